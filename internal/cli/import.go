package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"casefile/app"
	"casefile/app/exchange"
)

// importCmd creates a case file from a Casefile JSON document or a
// FollowTheMoney export.
func (c *CLI) importCmd(args []string) error {
	const usage = "casefile import CASE.json|FILE.ftm -o FILE.casefile [--force]"
	pos, flags, err := parseArgs(args, usage, map[string]bool{"o": true, "out": true, "force": false})
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef(usage, "import takes one Casefile JSON document or FollowTheMoney file (or - for standard input).")
	}
	in, out := pos[0], flags["o"]
	if o := flags["out"]; o != "" {
		if out != "" {
			return usagef(usage, "Give the case file once, with -o.")
		}
		out = o
	}
	if out == "" {
		return usagef(usage, "import needs the case file to create, given with -o.")
	}
	force := flags["force"] != ""
	if !force {
		if _, err := os.Lstat(out); err == nil {
			return app.Errorf(app.ECONFLICT, "%s already exists; add --force to replace it.", out)
		}
	}
	if in != "-" && sameFile(in, out) {
		return app.Errorf(app.EINVALID, "The case file %s would replace the document being imported; choose another name.", out)
	}
	data, warnings, err := c.decodeInput(in)
	for _, w := range warnings {
		fmt.Fprintf(c.Stderr, "casefile: warning: %s\n", printable(w.String()))
	}
	if err != nil {
		return err
	}
	store, err := c.Opener.Create(out, data, force)
	if err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return app.Internal(err, "%s was imported but could not be closed.", out)
	}
	fmt.Fprintf(c.Stdout, "Imported %s into %s.\n", countsSentence(data), printable(out))
	return nil
}

// fileError turns a failure to read a file into a sentence.
func fileError(err error, name string) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return &app.Error{Code: app.ENOTFOUND, Message: fmt.Sprintf("There is no file %s.", name), Err: err}
	case errors.Is(err, os.ErrPermission):
		return &app.Error{Code: app.EINVALID, Message: fmt.Sprintf("%s cannot be read: permission denied.", name), Err: err}
	case errors.Is(err, syscall.EISDIR):
		return &app.Error{Code: app.EINVALID, Message: fmt.Sprintf("%s is a folder, not a file.", name), Err: err}
	default:
		return app.Internal(err, "%s could not be read.", name)
	}
}

// decodeInput reads the Casefile JSON document in ("-": standard input)
// through a bound: a regular file larger than exchange.MaxDocumentSize is
// refused before it is read, a device (such as /dev/zero) is refused, and a
// pipe is read up to the bound.
func (c *CLI) decodeInput(in string) (app.CaseData, []exchange.Warning, error) {
	var r io.Reader = c.Stdin
	if r == nil {
		r = os.Stdin
	}
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return app.CaseData{}, nil, fileError(err, in)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return app.CaseData{}, nil, fileError(err, in)
		}
		switch mode := fi.Mode(); {
		case mode.IsDir():
			return app.CaseData{}, nil, app.Errorf(app.EINVALID, "%s is a folder, not a Casefile JSON document.", in)
		case mode&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeSocket|fs.ModeIrregular) != 0:
			return app.CaseData{}, nil, app.Errorf(app.EINVALID, "%s is a device, not a Casefile JSON document.", in)
		case mode.IsRegular() && fi.Size() > exchange.MaxDocumentSize:
			return app.CaseData{}, nil, app.Errorf(app.EINVALID, "%s is larger than %d MiB, the most Casefile imports; nothing was read.", in, exchange.MaxDocumentSize>>20)
		}
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<16)
	if head, _ := br.Peek(1 << 16); exchange.IsFTM(in, head) {
		return exchange.DecodeFTM(br)
	}
	return exchange.Decode(br)
}

// countsSentence says how much a case holds: "19 events, 6 people, …".
func countsSentence(d app.CaseData) string {
	claims := 0
	for _, f := range d.Figures {
		claims += len(f.Claims)
	}
	parts := []string{
		app.Plural(len(d.Sources), "source"),
		app.Plural(len(d.People), "person"),
		app.Plural(len(d.Organizations), "organization"),
		app.Plural(len(d.Relations), "relation"),
		app.Plural(len(d.Events), "event"),
		app.Plural(len(d.Figures), "disputed figure"),
		app.Plural(claims, "claim"),
		app.Plural(len(d.Annotations), "annotation"),
	}
	return strings.Join(parts, ", ")
}
