package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/assets"
)

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
