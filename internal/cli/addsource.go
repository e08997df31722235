package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"casefile/app"
	"casefile/app/sourcefile"
)

// addSourceCmd reads a file (PDF, Word, OpenDocument, e-mail, HTML,
// Markdown or text) into a new source of a case file, keeping the file in
// the case; --attachments also adds each readable attachment of an e-mail
// as a source attached to it.
func (c *CLI) addSourceCmd(args []string) error {
	const usage = "casefile add-source CASE.casefile FILE [--title TEXT] [--password TEXT] [--attachments]"
	pos, flags, err := parseArgs(args, usage, map[string]bool{"title": true, "password": true, "attachments": false})
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef(usage, "add-source takes the case file and the file to add.")
	}
	path, file := pos[0], pos[1]
	if _, err := os.Stat(path); err != nil {
		return fileError(err, path)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return fileError(err, file)
	}
	name := filepath.Base(file)
	ctx := context.Background()
	opt := sourcefile.Options{Password: flags["password"]}
	doc, err := sourcefile.Read(ctx, name, raw, opt)
	if errors.Is(err, sourcefile.ErrPassword) && opt.Password == "" {
		return &app.Error{Code: app.EINVALID, Message: fmt.Sprintf("The PDF %s is protected by a password: give it with --password.", name), Err: err}
	}
	if err != nil {
		return err
	}
	src := doc.Source()
	if t, ok := flags["title"]; ok {
		src.Title = t
	}
	store, err := c.Opener.Open(path, false)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.ImportSource(&src, name, sourcefile.MediaType(name), raw); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Added the source %s%s to %s.\n", printable(quoteTitle(src.Title)), pagesNote(src.Pages), printable(path))
	if _, ok := flags["attachments"]; !ok {
		return nil
	}
	for i, a := range doc.Attachments {
		if !a.Readable {
			fmt.Fprintf(c.Stderr, "casefile: the attachment %s was left out: Casefile does not read its kind of file.\n", printable(a.Name))
			continue
		}
		adoc, aname, atype, data, err := sourcefile.ReadAttachment(ctx, name, raw, i, opt)
		if err != nil {
			fmt.Fprintf(c.Stderr, "casefile: the attachment %s was left out: %s\n", printable(a.Name), printable(errorText(err)))
			continue
		}
		as := adoc.Source()
		as.AttachedTo = src.ID
		if err := store.ImportSource(&as, aname, atype, data); err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "Added its attachment %s%s.\n", printable(quoteTitle(as.Title)), pagesNote(as.Pages))
	}
	return nil
}

// quoteTitle puts a title in quotation marks as messages do.
func quoteTitle(s string) string { return "‘" + s + "’" }

// pagesNote is " (12 pages)" for a paged source, else "".
func pagesNote(pages []int) string {
	if len(pages) == 0 {
		return ""
	}
	return " (" + app.Plural(len(pages), "page") + ")"
}
