package writeerr

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casefile/app"
	"casefile/internal/atomicfile"
)

// TestExplain writes through atomicfile into real trouble and checks the
// sentence: it names the file, is one sentence with no raw cause in it,
// keeps the cause in the chain, and adds the caller's advice only where
// choosing another name is the way out.
func TestExplain(t *testing.T) {
	dir := t.TempDir()
	write := func(path string, fill func(io.Writer) error) error {
		return Explain(atomicfile.WriteFile(path, fill), path, "choose a file name")
	}
	ok := func(io.Writer) error { return nil }
	full := func(io.Writer) error { return &os.PathError{Op: "write", Path: "x", Err: diskFull[0]} }
	for _, c := range []struct {
		name, path string
		fill       func(io.Writer) error
		code, want string
		advice     bool
	}{
		{"a folder", dir, ok, app.EINVALID, "is a folder", true},
		{"a missing folder", filepath.Join(dir, "nope", "x.json"), ok, app.ENOTFOUND, "does not exist", false},
		{"a full disk", filepath.Join(dir, "x.json"), full, app.EINVALID, "not enough space on the disk", false},
		{"a device", os.DevNull, ok, app.EINVALID, "is not a regular file", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := write(c.path, c.fill)
			msg := app.ErrorMessage(err)
			if app.ErrorCode(err) != c.code || !strings.Contains(msg, c.want) || !strings.Contains(msg, "“"+c.path+"”") {
				t.Errorf("%s: %v %q", c.name, app.ErrorCode(err), msg)
			}
			if strings.HasSuffix(msg, "; choose a file name.") != c.advice {
				t.Errorf("advice in %q: want %v", msg, c.advice)
			}
			if strings.Contains(msg, "syscall") || strings.Contains(msg, "write ") || strings.Count(msg, "\n") > 0 {
				t.Errorf("the raw cause leaks into %q", msg)
			}
			var ae *app.Error
			if !errors.As(err, &ae) || ae.Err == nil {
				t.Errorf("the cause is not kept: %#v", err)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.json")); err == nil {
		t.Error("a failed write left a file")
	}
	// What the writer itself refused passes through; nil stays nil.
	own := &app.Error{Code: app.EINVALID, Message: "The figure has no claims."}
	if err := write(filepath.Join(dir, "y.json"), func(io.Writer) error { return own }); err != own {
		t.Errorf("an exporter's own error became %v", err)
	}
	if err := Explain(nil, "x", ""); err != nil {
		t.Errorf("nil became %v", err)
	}
}

// TestExplainSystemErrors: every error number this system reports for a
// full disk, a read-only disk or a long name gets its sentence (on Windows
// these are its own numbers, not syscall's invented ENOSPC and EROFS).
func TestExplainSystemErrors(t *testing.T) {
	for _, c := range []struct {
		errs []error
		code string
		want string
	}{
		{diskFull, app.EINVALID, "not enough space on the disk"},
		{readOnlyDisk, app.EREADONLY, "is on a read-only disk"},
		{nameTooLong, app.EINVALID, "is too long for the disk"},
	} {
		for _, e := range c.errs {
			err := Explain(&os.PathError{Op: "open", Path: "x.pdf", Err: e}, "x.pdf", "")
			if msg := app.ErrorMessage(err); app.ErrorCode(err) != c.code || !strings.Contains(msg, c.want) {
				t.Errorf("%v: %s %q", e, app.ErrorCode(err), msg)
			}
		}
	}
}
