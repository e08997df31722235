package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"casefile/app"
	"casefile/app/exchange"
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
		{[]string{"export", garbage, "--ftm", out}, 1, ""},
		{[]string{"export", garbage, "--timelinejs", out, "--key-only"}, 1, ""},
		{[]string{"export", garbage, "--csv", out}, 1, ""},
		{[]string{"export", garbage, "--csv", out, "--table", "claims"}, 1, ""},
		{[]string{"export", filepath.Join(dir, "missing.casefile"), "--csv", out}, 1, "There is no file"},
		{[]string{"export", c, "--csv", filepath.Join(out, "sub")}, 1, "cannot create the folder"},
		{[]string{"export", c, "--ftm", c}, 1, "is the case file itself"},
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

// demoData is the demo case as the exporters see it after import.
func demoData(t *testing.T) app.CaseData {
	t.Helper()
	d, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// exported returns what an exporter writes for the demo case.
func exported(t *testing.T, write func(io.Writer, app.CaseData) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf, demoData(t)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExportFTMAndTimelineJS checks that --ftm and --timelinejs write what
// the exporters write, to a file or to standard output.
func TestExportFTMAndTimelineJS(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	ftm := exported(t, exchange.EncodeFTM)
	timeline := exported(t, func(w io.Writer, d app.CaseData) error { return exchange.EncodeTimelineJS(w, d, false) })
	keyTimeline := exported(t, func(w io.Writer, d app.CaseData) error { return exchange.EncodeTimelineJS(w, d, true) })
	for _, tc := range []struct {
		args []string
		out  string
		want string
	}{
		{[]string{"--ftm", filepath.Join(dir, "case.ftm.json")}, "case.ftm.json", ftm},
		{[]string{"--ftm=-"}, "", ftm},
		{[]string{"--timelinejs", filepath.Join(dir, "timeline.json")}, "timeline.json", timeline},
		{[]string{"--timelinejs", "-", "--key-only"}, "", keyTimeline},
		{[]string{"--key-only", "--timelinejs", filepath.Join(dir, "key.json")}, "key.json", keyTimeline},
	} {
		r := runCLI(t, append([]string{"export", c}, tc.args...)...)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%q: %v", tc.args, r)
		}
		got := r.stdout
		if tc.out != "" {
			if r.stdout != "" {
				t.Errorf("%q wrote to standard output", tc.args)
			}
			got = readString(t, filepath.Join(dir, tc.out))
			if fi, _ := os.Stat(filepath.Join(dir, tc.out)); fi.Mode().Perm() != 0o644 {
				t.Errorf("%s has mode %v", tc.out, fi.Mode())
			}
		}
		if got != tc.want {
			t.Errorf("%q did not write what the exporter writes", tc.args)
		}
	}
	if keyTimeline == timeline || !strings.Contains(ftm, `"schema":"Directorship"`) {
		t.Error("the exports look wrong")
	}
	onlyFiles(t, dir, "case.ftm.json", "demo.casefile", "demo.json", "key.json", "timeline.json")
}

// TestExportCSV checks --csv into a folder (every table), into one file
// with --table, and to standard output.
func TestExportCSV(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	want := map[string]string{}
	var names []string
	for _, table := range exchange.CSVTables {
		want[table] = exported(t, func(w io.Writer, d app.CaseData) error { return exchange.EncodeCSV(w, d, table) })
		names = append(names, table+".csv")
	}
	sort.Strings(names)

	// A missing folder is created, with one file per table.
	tables := filepath.Join(dir, "tables")
	if r := runCLI(t, "export", c, "--csv", tables); r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("--csv FOLDER: %v", r)
	}
	onlyFiles(t, tables, names...)
	for _, table := range exchange.CSVTables {
		if got := readString(t, filepath.Join(tables, table+".csv")); got != want[table] {
			t.Errorf("%s.csv differs from what EncodeCSV writes", table)
		}
	}

	// An existing folder: the tables are replaced, other files left alone.
	writeFile(t, filepath.Join(tables, "events.csv"), []byte("old"))
	writeFile(t, filepath.Join(tables, "notes.txt"), []byte("mine"))
	if r := runCLI(t, "export", c, "--csv", tables); r.code != 0 {
		t.Fatalf("--csv into an existing folder: %v", r)
	}
	if readString(t, filepath.Join(tables, "events.csv")) != want["events"] || readString(t, filepath.Join(tables, "notes.txt")) != "mine" {
		t.Error("the existing folder was not updated as it should be")
	}

	// One table to a file, or to standard output.
	claims := filepath.Join(dir, "claims.csv")
	if r := runCLI(t, "export", c, "--csv", claims, "--table", "claims"); r.code != 0 || r.stdout != "" {
		t.Fatalf("--csv FILE --table claims: %v", r)
	}
	if readString(t, claims) != want["claims"] {
		t.Error("claims.csv differs from what EncodeCSV writes")
	}
	if r := runCLI(t, "export", c, "--csv", "-"); r.code != 0 || r.stderr != "" || r.stdout != want["events"] {
		t.Errorf("--csv -: %v", r)
	}
	if r := runCLI(t, "export", c, "--csv=-", "--table=people"); r.code != 0 || r.stderr != "" || r.stdout != want["people"] {
		t.Errorf("--csv - --table people: %v", r)
	}
	onlyFiles(t, dir, "claims.csv", "demo.casefile", "demo.json", "tables")
}

// TestExportCSVFailure checks that --csv into a folder writes no table
// when it cannot write them all, and leaves no temporary file behind.
func TestExportCSVFailure(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)

	// The folder is a file.
	file := writeFile(t, filepath.Join(dir, "afile"), []byte("precious"))
	if r := runCLI(t, "export", c, "--csv", file); r.code != 1 || !strings.Contains(r.stderr, "is a file, not a folder") {
		t.Errorf("--csv FILE: %v", r)
	}
	if readString(t, file) != "precious" {
		t.Error("the file was changed")
	}

	// events.csv cannot be replaced (it is a folder with something in it):
	// no table is written and no temporary file is left.
	tables := filepath.Join(dir, "tables")
	if err := os.MkdirAll(filepath.Join(tables, "events.csv", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, "export", c, "--csv", tables); r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "events.csv") {
		t.Errorf("--csv with events.csv a folder: %v", r)
	}
	onlyFiles(t, tables, "events.csv")
	onlyFiles(t, dir, "afile", "demo.casefile", "demo.json", "tables")
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
