package cli

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tamper runs SQL on a case file behind Casefile's back, as a damaged or
// crafted file would come.
func tamper(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=off")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// TestCheckFindsDamage damages copies of the demo case in the ways a
// byte flip or a crafted file can, and checks that check fails, naming
// the problem, and that export refuses what import would refuse.
func TestCheckFindsDamage(t *testing.T) {
	dir := t.TempDir()
	demo := importDemo(t, dir)
	orig, err := os.ReadFile(demo)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		stmts  []string
		want   string
		export bool // export refuses too
	}{
		{"kind", []string{"UPDATE sources SET kind = 'bogus' WHERE seq = 1"}, "Source ‘", true},
		{"reliability", []string{"UPDATE sources SET reliability = 'Z' WHERE seq = 2"}, "sources[1].reliability", true},
		{"fk", []string{"UPDATE aliases SET owner = 'ghost' WHERE seq = 1"}, "refers to a row of ‘items’ that does not exist", false},
		{"trigger", []string{"CREATE TRIGGER evil AFTER UPDATE ON events BEGIN DELETE FROM events; END"}, "trigger ‘evil’ that Casefile did not make", false},
		{"table", []string{"CREATE TABLE extra (x)"}, "table ‘extra’ that Casefile did not make", false},
		{"view", []string{"CREATE VIEW peek AS SELECT * FROM sources"}, "view ‘peek’ that Casefile did not make", false},
		{"dropped index", []string{"DROP INDEX aliases_owner"}, "index ‘aliases_owner’ is missing", false},
	} {
		path := filepath.Join(dir, tc.name+".casefile")
		writeFile(t, path, orig)
		tamper(t, path, tc.stmts...)
		r := runCLI(t, "check", path)
		if r.code != 1 || !strings.Contains(r.stdout, "problem: ") || !strings.Contains(r.stdout, tc.want) || !strings.Contains(r.stderr, "is damaged: the check found") {
			t.Errorf("%s: check: %v", tc.name, r)
		}
		out := filepath.Join(dir, tc.name+".json")
		r = runCLI(t, "export", path, "--json", out)
		if tc.export {
			if r.code != 1 || !strings.Contains(r.stderr, "is damaged: it breaks Casefile's rules") {
				t.Errorf("%s: export: %v", tc.name, r)
			}
			mustNotExist(t, out)
		} else if r.code == 0 {
			// What was exported must import again.
			if r := runCLI(t, "import", out, "-o", filepath.Join(dir, tc.name+"-again.casefile")); r.code != 0 {
				t.Errorf("%s: the export of a file check fails does not import: %v", tc.name, r)
			}
		}
	}
}

func TestInvalidText(t *testing.T) {
	d := demoData(t)
	if p := invalidText(d); len(p) != 0 {
		t.Fatalf("the demo case: %q", p)
	}
	d.Events[2].Title = "bad \xff byte"
	p := invalidText(d)
	if len(p) != 1 || !strings.Contains(p[0], "Events 3 (id ‘"+d.Events[2].ID+"’) holds text that is not valid UTF-8") {
		t.Errorf("%q", p)
	}
}
