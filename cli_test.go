package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"casefile/app/ui"
	"casefile/assets"
	"casefile/storage"
)

// result is what one in-process run of the command line did.
type result struct {
	code           int
	stdout, stderr string
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

func TestImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "demo.json"), assets.DemoCase)
	out := filepath.Join(dir, "demo.casefile")
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("import: %v", r)
	}
	if !strings.Contains(r.stdout, "19 events") || !strings.Contains(r.stdout, "4 disputed figures") {
		t.Errorf("import said %q", r.stdout)
	}

	// To a file: the same bytes as the document imported.
	exported := filepath.Join(dir, "again.json")
	r = runCLI(t, "export", out, "--json", exported)
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("export: %v", r)
	}
	got, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, assets.DemoCase) {
		t.Error("import → export did not give back the same bytes")
	}
	if fi, _ := os.Stat(exported); fi.Mode().Perm() != 0o644 {
		t.Errorf("exported file mode %v", fi.Mode())
	}

	// To standard output: the document and nothing else, on either stream.
	r = runCLI(t, "export", out, "--json=-")
	if r.code != 0 || r.stderr != "" || r.stdout != string(assets.DemoCase) {
		t.Errorf("export to stdout: exit %d, stderr %q, %d bytes", r.code, r.stderr, len(r.stdout))
	}
	onlyFiles(t, dir, "again.json", "demo.casefile", "demo.json")

	// Exporting over an existing file replaces it whole.
	writeFile(t, exported, []byte("old"))
	if r = runCLI(t, "export", "--json", exported, out); r.code != 0 {
		t.Fatalf("export over a file: %v", r)
	}
	if got, _ := os.ReadFile(exported); !bytes.Equal(got, assets.DemoCase) {
		t.Error("export over a file did not replace it")
	}
}

func TestImportRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "demo.json"), assets.DemoCase)
	out := writeFile(t, filepath.Join(dir, "taken.casefile"), []byte("precious"))
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "already exists; add --force") || r.stdout != "" {
		t.Errorf("import over a file: %v", r)
	}
	if b, _ := os.ReadFile(out); string(b) != "precious" {
		t.Error("the existing file was changed")
	}
	r = runCLI(t, "import", "--force", in, "-o", out)
	if r.code != 0 {
		t.Fatalf("import --force: %v", r)
	}
	if r = runCLI(t, "check", out); r.code != 0 {
		t.Errorf("check after --force: %v", r)
	}
}

func TestImportFailureWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, filepath.Join(dir, "bad.json"), []byte(`{"casefile": 1,
  "case": {"title": "T"},
  "sources": [{"id": "s", "title": "S"}],
  "figures": [{"id": "f", "question": "Q", "claims": [
    {"id": "c", "source": "s", "text": "x", "low": "many"},
    {"id": "d", "source": "nowhere", "text": "y"}]}],
  "colour": "red"}`))
	out := filepath.Join(dir, "out.casefile")
	r := runCLI(t, "import", bad, "-o", out)
	if r.code != 1 || r.stdout != "" {
		t.Errorf("bad import: %v", r)
	}
	for _, s := range []string{
		"casefile: warning: colour: ",
		"(2 problems)",
		"figures[0].claims[0].low: Expected a number, found text.",
		`figures[0].claims[1].source: No source has the id "nowhere".`,
	} {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
	mustNotExist(t, out)

	for name, content := range map[string]string{
		"notjson.json": "this is not JSON",
		"v2.json":      `{"casefile": 2, "case": {"title": "T"}}`,
		"empty.json":   "",
	} {
		in := writeFile(t, filepath.Join(dir, name), []byte(content))
		if r := runCLI(t, "import", in, "-o", out); r.code != 1 || r.stderr == "" {
			t.Errorf("%s: %v", name, r)
		}
		mustNotExist(t, out)
	}
	r = runCLI(t, "import", filepath.Join(dir, "missing.json"), "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "There is no file") {
		t.Errorf("missing input: %v", r)
	}
	mustNotExist(t, out)
	if r := runCLI(t, "import", bad, "-o", filepath.Join(dir, "no", "such", "dir.casefile")); r.code != 1 {
		t.Errorf("output in a missing folder: %v", r)
	}
	onlyFiles(t, dir, "bad.json", "empty.json", "notjson.json", "v2.json")
}

func TestImportWarningsStillImport(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "w.json"), []byte(`{"casefile": 1, "case": {"title": "T", "colour": "red"},
	  "sources": [{"id": "s", "title": "S", "text": "abc"}],
	  "annotations": [{"id": "a", "source": "s", "note": "n", "quote": {"exact": "xyz"}}]}`))
	out := filepath.Join(dir, "w.casefile")
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 0 {
		t.Fatalf("import: %v", r)
	}
	want := "casefile: warning: case.colour: The key \"colour\" is not part of Casefile JSON v1; it was left out.\n" +
		"casefile: warning: annotations[0].quote: The quote \"xyz\" was not found in the text of source \"s\"; it is kept but not anchored.\n"
	if r.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, want)
	}
}

func TestExportFailureWritesNothing(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	garbage := writeFile(t, filepath.Join(dir, "garbage.casefile"), bytes.Repeat([]byte("not a case "), 500))
	out := filepath.Join(dir, "out")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export", filepath.Join(dir, "missing.casefile"), "--json", out}, 1, "There is no file"},
		{[]string{"export", garbage, "--json", out}, 1, ""},
		{[]string{"export", c, "--pdf", out, "--sections", "no-such-section"}, 1, ""},
		{[]string{"export", c, "--ftm", out}, 1, "Export to FollowTheMoney is not supported yet."},
		{[]string{"export", c, "--timelinejs", out}, 1, "Export to TimelineJS is not supported yet."},
		{[]string{"export", c, "--csv", out}, 1, "Export to CSV is not supported yet."},
		{[]string{"export", c, "--json", c}, 1, "is the case file itself"},
	} {
		r := runCLI(t, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("%q: %v", tc.args, r)
		}
		if !strings.HasPrefix(r.stderr, "casefile: ") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%q: the error is not one line: %q", tc.args, r.stderr)
		}
		mustNotExist(t, out)
	}
	if r := runCLI(t, "export", c, "--json", filepath.Join(dir, "nodir", "x.json")); r.code != 1 {
		t.Errorf("export into a missing folder: %v", r)
	}
	onlyFiles(t, dir, "demo.casefile", "demo.json", "garbage.casefile")
	if r := runCLI(t, "check", c); r.code != 0 {
		t.Errorf("the case was harmed: %v", r)
	}
}

func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	out := filepath.Join(dir, "briefing.pdf")
	r := runCLI(t, "export", c, "--pdf", out, "--paper", "letter", "--marking", "TEST", "--key-only", "--date", "2023-06-21")
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("export --pdf: %v", r)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("not a PDF (%v)", err)
	}
	r = runCLI(t, "export", c, "--pdf", "-", "--paper", "letter", "--marking", "TEST", "--key-only", "--date", "2023-06-21")
	if r.code != 0 || r.stderr != "" || r.stdout != string(b) {
		t.Errorf("export --pdf -: exit %d, stderr %q, same bytes %v", r.code, r.stderr, r.stdout == string(b))
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	r := runCLI(t, "check", c)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("check: %v", r)
	}
	for _, s := range []string{"schema version", "events             19", "people             6", "organizations      18", "disputed figures   4", "claims             8", "integrity: ok"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("check output lacks %q:\n%s", s, r.stdout)
		}
	}
	garbage := writeFile(t, filepath.Join(dir, "garbage.casefile"), []byte("SQLite format 3\x00 but not really"))
	if r := runCLI(t, "check", garbage); r.code != 1 || r.stderr == "" {
		t.Errorf("check of garbage: %v", r)
	}
	if r := runCLI(t, "check", filepath.Join(dir, "missing.casefile")); r.code != 1 || !strings.Contains(r.stderr, "There is no file") {
		t.Errorf("check of a missing file: %v", r)
	}
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
func TestWindow(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	c := importDemo(t, dir)
	var got []ui.Options
	old := openWindow
	openWindow = func(o ui.Options) error { got = append(got, o); return nil }
	defer func() { openWindow = old }()

	if r := runCLI(t); r.code != 0 {
		t.Fatalf("casefile: %v", r)
	}
	if r := runCLI(t, c); r.code != 0 {
		t.Fatalf("casefile FILE: %v", r)
	}
	if r := runCLI(t, filepath.Join(dir, "missing.casefile")); r.code != 1 || !strings.Contains(r.stderr, "There is no file") {
		t.Errorf("casefile MISSING: %v", r)
	}
	if len(got) != 2 {
		t.Fatalf("window opened %d times", len(got))
	}
	if got[0].Path != "" || got[1].Path != c || got[0].Version != version || got[0].DemoPath == nil {
		t.Errorf("options: %+v", got)
	}
	if _, ok := got[0].Opener.(storage.Opener); !ok {
		t.Errorf("opener %T", got[0].Opener)
	}
	p, err := got[0].DemoPath()
	if err != nil || p != filepath.Join(dir, "data", "Casefile", assets.DemoName) {
		t.Errorf("DemoPath() = %q, %v", p, err)
	}
}

var fixedTime = time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)

func TestDemoPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_DATA_HOME", "")
	want := filepath.Join(dir, ".local", "share", "Casefile", assets.DemoName)

	p, err := demoPath(storage.Opener{})
	if err != nil || p != want {
		t.Fatalf("demoPath() = %q, %v; want %q", p, err, want)
	}
	store, err := storage.Opener{}.Open(p, true)
	if err != nil {
		t.Fatal(err)
	}
	d, err := store.Load()
	store.Close()
	if err != nil || len(d.Events) != 19 || d.Case.Marking != "UNCLASSIFIED // FOR TRAINING" {
		t.Fatalf("demo case: %d events, %v", len(d.Events), err)
	}

	// The second time the existing file is used as it is.
	if err := os.Chtimes(p, fixedTime, fixedTime); err != nil {
		t.Fatal(err)
	}
	if p2, err := demoPath(storage.Opener{}); err != nil || p2 != p {
		t.Fatalf("second demoPath() = %q, %v", p2, err)
	}
	if fi, _ := os.Stat(p); !fi.ModTime().Equal(fixedTime) {
		t.Error("the demo case was written again")
	}

	// XDG_DATA_HOME wins over HOME when set.
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "xdg"))
	if p, err := demoPath(storage.Opener{}); err != nil || p != filepath.Join(dir, "xdg", "Casefile", assets.DemoName) {
		t.Errorf("with XDG_DATA_HOME: %q, %v", p, err)
	}
}
