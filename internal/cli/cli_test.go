package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"casefile/app/ui"
	"casefile/assets"
	_ "casefile/internal/cleanlocale" // quiet Fyne's locale complaint, as main.go does
	"casefile/storage"
)

// result is what one in-process run of the command line did.
type result struct {
	code           int
	stdout, stderr string
}

// version and openWindow are what run hands to the command line; tests
// change them.
var (
	version    = "dev"
	openWindow = func(ui.Options) error { return errors.New("no window in this test") }
)

// run runs the command line as main.go wires it, with the real store.
func run(args []string, stdout, stderr io.Writer) int {
	c := &CLI{
		Opener:     storage.Opener{},
		Stdout:     stdout,
		Stderr:     stderr,
		OpenWindow: func(o ui.Options) error { return openWindow(o) },
		Version:    version,
	}
	return c.Run(args)
}

func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func (r result) String() string {
	return "exit " + strconv.Itoa(r.code) + "\nstdout: " + r.stdout + "\nstderr: " + r.stderr
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustNotExist(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Lstat(path); !os.IsNotExist(err) {
		t.Errorf("%s exists after a failed command (err %v)", path, err)
	}
}

// onlyFiles checks that dir holds exactly the named files (no temp files
// left behind).
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}

// importDemo imports the demo case into dir and returns its path.
func importDemo(t *testing.T, dir string) string {
	t.Helper()
	in := writeFile(t, filepath.Join(dir, "demo.json"), assets.DemoCase)
	out := filepath.Join(dir, "demo.casefile")
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 0 {
		t.Fatalf("import: %v", r)
	}
	return out
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	for _, args := range [][]string{
		{"import"},
		{"import", "a.json"},
		{"import", "a.json", "b.json", "-o", "x"},
		{"import", "a.json", "-o"},
		{"import", "a.json", "-o", "x", "--bogus"},
		{"import", "a.json", "-o", "x", "-o", "y"},
		{"import", "a.json", "-o", "x", "--force=yes"},
		{"export", c},
		{"export", c, "--json", "a", "--pdf", "b"},
		{"export", c, "--json", "a", "--paper", "a4"},
		{"export", c, "--pdf", "a", "--paper", "a5"},
		{"export", c, "--pdf", "a", "--date", "21/06/2023"},
		{"export", c, "--json", "a", "--key-only"},
		{"export", c, "--ftm", "a", "--key-only"},
		{"export", c, "--timelinejs", "a", "--paper", "a4"},
		{"export", c, "--ftm", "a", "--table", "events"},
		{"export", c, "--csv", "a", "--table", "figures"},
		{"export", c, "--csv", "a.csv"},
		{"export", c, "--csv", "-", "--table"},
		{"export", c, "--csv", "a", "--timelinejs", "b"},
		{"export", "--json", "a"},
		{"check"},
		{"check", c, c},
		{"--frobnicate"},
		{"one", "two"},
		{filepath.Join(dir, "demo.json")},
	} {
		r := runCLI(t, args...)
		if r.code != 2 || !strings.Contains(r.stderr, "usage: casefile") || r.stdout != "" {
			t.Errorf("%q: %v", args, r)
		}
	}
	mustNotExist(t, "x")
	mustNotExist(t, "a")
	mustNotExist(t, "a.csv")
}

func TestHelpAndVersion(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "help"} {
		r := runCLI(t, arg)
		if r.code != 0 || !strings.Contains(r.stdout, "casefile import CASE.json -o FILE.casefile") || r.stderr != "" {
			t.Errorf("%s: %v", arg, r)
		}
	}
	old := version
	version = "1.2.3"
	defer func() { version = old }()
	if r := runCLI(t, "--version"); r.code != 0 || r.stdout != "casefile 1.2.3\n" {
		t.Errorf("--version: %v", r)
	}
}

// TestWindow checks what the command line hands to the window, with a fake
// window.
