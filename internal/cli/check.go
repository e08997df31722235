package cli

import (
	"fmt"
	"os"
	"sort"

	"casefile/app"
)

// checkCmd counts the items of a case file and checks its integrity.
func (c *CLI) checkCmd(args []string) error {
	const usage = "casefile check FILE.casefile"
	pos, _, err := parseArgs(args, usage, map[string]bool{})
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef(usage, "check takes one case file.")
	}
	path := pos[0]
	if _, err := os.Stat(path); err != nil {
		return fileError(err, path)
	}
	store, err := c.Opener.Open(path, true)
	if err != nil {
		return err
	}
	report, err := store.Check()
	var data app.CaseData
	var loadErr error
	if err == nil {
		data, loadErr = store.Load()
	}
	if cerr := store.Close(); err == nil && cerr != nil {
		err = app.Internal(cerr, "%s could not be closed.", path)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "%s (schema version %d)\n", path, report.Version)
	kinds := make([]app.Kind, 0, len(report.Counts))
	for k := range report.Counts {
		kinds = append(kinds, k)
	}
	order := map[app.Kind]int{}
	for i, k := range []app.Kind{app.KindSource, app.KindPerson, app.KindOrganization, app.KindRelation, app.KindEvent, app.KindFigure, app.KindClaim, app.KindCitation, app.KindAnnotation} {
		order[k] = i + 1
	}
	sort.Slice(kinds, func(i, j int) bool {
		oi, oj := order[kinds[i]], order[kinds[j]]
		if oi == 0 {
			oi = len(order) + 1
		}
		if oj == 0 {
			oj = len(order) + 1
		}
		if oi != oj {
			return oi < oj
		}
		return kinds[i] < kinds[j]
	})
	for _, k := range kinds {
		fmt.Fprintf(c.Stdout, "  %-18s %d\n", kindPlural(k), report.Counts[k])
	}
	fmt.Fprintf(c.Stdout, "integrity: %s\n", report.Integrity)
	problems := report.Problems
	if loadErr != nil {
		problems = append(problems, "The case cannot be read: "+errorText(loadErr))
	} else {
		problems = append(problems, c.ruleProblems(data, true)...)
	}
	for _, p := range problems {
		fmt.Fprintf(c.Stdout, "problem: %s\n", printable(p))
	}
	if !report.OK() || len(problems) > 0 {
		n := len(problems)
		if report.Integrity != "ok" {
			n++
		}
		fmt.Fprintf(c.Stderr, "casefile: %s is damaged: the check found %s.\n", printable(path), app.Plural(n, "problem"))
		return exitStatus(1)
	}
	return nil
}

// kindPlural names many items of kind k: "people", "disputed figures".
func kindPlural(k app.Kind) string { return app.PluralNoun(2, k.Label()) }
