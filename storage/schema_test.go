package storage

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"casefile/app"
)

// TestForeignTriggerIsRefused checks that a case file that brought its own
// trigger is not opened for changes (the trigger would run at the next
// edit), opens read-only, and that Check names it.
func TestForeignTriggerIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "crafted.casefile")
	sdb, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("CREATE TRIGGER wipe AFTER UPDATE ON events BEGIN DELETE FROM sources; END"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	before := fileSHA(t, path)

	_, err = Open(path, Options{})
	wantCode(t, err, app.ENOTCASE)
	if !strings.Contains(app.ErrorMessage(err), "trigger ‘wipe’") {
		t.Errorf("message: %s", app.ErrorMessage(err))
	}
	oneSentence(t, app.ErrorMessage(err), "crafted.casefile")

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open: %v", err)
	}
	defer ro.Close()
	r, err := ro.Check()
	if err != nil {
		t.Fatal(err)
	}
	if r.OK() || len(r.Problems) != 1 || !strings.Contains(r.Problems[0], "trigger ‘wipe’ that Casefile did not make") {
		t.Errorf("check: %+v", r)
	}
	if fileSHA(t, path) != before {
		t.Error("the file was changed")
	}
}

// TestSchemaMatchesAfterCreate checks that a new case has exactly the
// expected schema, so that the comparison does not cry wolf.
func TestSchemaMatchesAfterCreate(t *testing.T) {
	db := mustOpen(t)
	p, err := db.schemaProblems()
	if err != nil || len(p) != 0 {
		t.Errorf("problems %q, %v", p, err)
	}
	r, err := db.Check()
	if err != nil || !r.OK() {
		t.Errorf("check %+v, %v", r, err)
	}
}
