package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"casefile/app"
	"casefile/app/casemerge"
)

// mergeCmd imports another copy of a case (Casefile JSON or
// FollowTheMoney) into a case file: it prints the plan (what it adds, what
// it changes field by field, what is the same) and, unless --dry-run,
// writes it as one change. On the command line every change keeps ours,
// except a field ours leaves empty, which takes theirs, and lists
// (aliases, participants, citations), which keep both; the window lets the
// analyst choose field by field.
func (c *CLI) mergeCmd(args []string) error {
	const usage = "casefile merge CASE.casefile OTHER.json|OTHER.ftm [--dry-run]"
	pos, flags, err := parseArgs(args, usage, map[string]bool{"dry-run": false})
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef(usage, "merge takes the case file and the copy to import into it.")
	}
	path, other := pos[0], pos[1]
	_, dryRun := flags["dry-run"]
	if other != "-" && sameFile(path, other) {
		return app.Errorf(app.EINVALID, "%s cannot be merged into itself.", path)
	}
	if _, err := os.Stat(path); err != nil {
		return fileError(err, path)
	}
	theirs, warnings, err := c.decodeInput(other)
	for _, w := range warnings {
		fmt.Fprintf(c.Stderr, "casefile: warning: %s\n", printable(w.String()))
	}
	if err != nil {
		return err
	}
	store, err := c.Opener.Open(path, dryRun)
	if err != nil {
		return err
	}
	defer store.Close()
	ours, err := store.Load()
	if err != nil {
		return err
	}
	plan := casemerge.Compare(ours, theirs, filepath.Base(other))
	if err := plan.Describe(c.Stdout); err != nil {
		return app.Internal(err, "The plan could not be printed.")
	}
	if dryRun || plan.Empty() {
		if dryRun {
			fmt.Fprintln(c.Stdout, "Nothing was written (--dry-run).")
		}
		return nil
	}
	if err := store.Apply(plan.Batch()); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Imported %s into %s: %s added, %s changed.\n", printable(filepath.Base(other)), printable(path),
		app.Plural(len(plan.Adds), "item"), app.Plural(len(plan.Changes), "item"))
	return nil
}
