package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casefile/app"
	"casefile/assets"
)

// TestImportRefusesItsOwnInput checks that import never writes over the
// document it reads.
func TestImportRefusesItsOwnInput(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "same.json"), assets.DemoCase)
	r := runCLI(t, "import", in, "-o", in, "--force")
	if r.code != 1 || !strings.Contains(r.stderr, "would replace the document being imported") {
		t.Errorf("import same -o same: %v", r)
	}
	if b, _ := os.ReadFile(in); !bytes.Equal(b, assets.DemoCase) {
		t.Error("the input was changed")
	}
}

// TestErrorsAreOneSentence checks what is really printed for an internal
// error: the message alone; the cause only with --verbose.
func TestErrorsAreOneSentence(t *testing.T) {
	var out, errOut bytes.Buffer
	c := &CLI{Stdout: &out, Stderr: &errOut}
	cause := os.ErrDeadlineExceeded
	code := c.exit(app.Internal(cause, "The case could not be read"))
	if code != 1 || errOut.String() != "casefile: The case could not be read.\n" {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
	errOut.Reset()
	c.verbose = true
	c.exit(app.Internal(cause, "The case could not be read."))
	if want := "casefile: The case could not be read.\ncasefile: cause: " + cause.Error() + "\n"; errOut.String() != want {
		t.Errorf("--verbose: %q, want %q", errOut.String(), want)
	}
	errOut.Reset()
	c.verbose = false
	c.exit(os.ErrClosed) // no *app.Error: a general sentence, no raw text
	if strings.Contains(errOut.String(), os.ErrClosed.Error()) || strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("a plain error printed %q", errOut.String())
	}
}

// TestControlCharactersInNames checks that a file name with terminal
// escape codes is printed escaped.
func TestControlCharactersInNames(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b[2J\x07.json")
	r := runCLI(t, "import", name, "-o", filepath.Join(dir, "x.casefile"))
	if r.code != 1 || strings.ContainsAny(r.stderr, "\x1b\x07") || !strings.Contains(r.stderr, `evil\x1b[2J\a.json`) {
		t.Errorf("stderr %q", r.stderr)
	}
	r = runCLI(t, "--verbose", "import", name, "-o", filepath.Join(dir, "x.casefile"))
	if strings.ContainsAny(r.stderr, "\x1b\x07") || !strings.Contains(r.stderr, "casefile: cause: ") {
		t.Errorf("--verbose stderr %q", r.stderr)
	}
	if got := printable("ok\tname\n"); got != "ok\tname\n" {
		t.Errorf("printable changed plain text: %q", got)
	}
	if got := printable("bad\xffbyte \u202eevil"); got != `bad\xffbyte \u202eevil` {
		t.Errorf("printable(invalid UTF-8, bidi) = %q", got)
	}
}

// TestEveryErrorIsOneSentence runs the command line's error paths and
// checks what is really printed: one line, "casefile: " and a sentence,
// with no raw cause from the system or SQLite in it.
func TestEveryErrorIsOneSentence(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	notCase := writeFile(t, filepath.Join(dir, "notes.casefile"), []byte("just some notes"))
	jsonCase := writeFile(t, filepath.Join(dir, "doc.casefile"), []byte(`{"casefile": 1}`))
	empty := writeFile(t, filepath.Join(dir, "empty.casefile"), nil)
	bad := writeFile(t, filepath.Join(dir, "bad.json"), []byte(`{"casefile": 1, "case": {"title": "T"}, "sources": [{"id": "s", "title": "S", "reliability": "Z"}]}`))
	for _, args := range [][]string{
		{"import", filepath.Join(dir, "missing.json"), "-o", filepath.Join(dir, "x.casefile")},
		{"import", folder, "-o", filepath.Join(dir, "x.casefile")},
		{"import", bad, "-o", filepath.Join(dir, "x.casefile")},
		{"import", filepath.Join(dir, "demo.json"), "-o", filepath.Join(dir, "no", "x.casefile")},
		{"import", filepath.Join(dir, "demo.json"), "-o", folder, "--force"},
		{"import", filepath.Join(dir, "demo.json"), "-o", c},
		{"export", folder, "--json", "-"},
		{"export", notCase, "--json", "-"},
		{"export", jsonCase, "--json", "-"},
		{"export", empty, "--json", "-"},
		{"export", c, "--json", folder},
		{"export", c, "--pdf", folder},
		{"export", c, "--json", filepath.Join(dir, "no", "x.json")},
		{"export", c, "--pdf", filepath.Join(dir, "no", "x.pdf")},
		{"export", c, "--csv", filepath.Join(dir, "no", "tables")},
		{"check", folder},
		{"check", notCase},
		{"check", empty},
		{"check", filepath.Join(dir, "missing.casefile")},
	} {
		r := runCLI(t, args...)
		if r.code != 1 || r.stdout != "" {
			t.Errorf("%q: %v", args, r)
			continue
		}
		msg := r.stderr
		t.Logf("%s", msg)
		if args[1] == bad {
			continue // a decode error lists its problems, one a line
		}
		if !strings.HasPrefix(msg, "casefile: ") || strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, ".\n") {
			t.Errorf("%q: not one sentence: %q", args, msg)
		}
		for _, raw := range []string{"no such file", "is a directory", "open /", "stat /", "rename ", "database or disk", "sqlite", ".: "} {
			if strings.Contains(strings.ToLower(msg), raw) {
				t.Errorf("%q: raw cause %q in %q", args, raw, msg)
			}
		}
	}
}
