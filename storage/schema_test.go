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
	if !app.OpensReadOnly(err) {
		t.Error("the refusal does not say the case opens read-only")
	}

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

// TestCheckComparesTheSearchCopy checks that a text changed in only one of
// its two copies (the row and the search index) is found.
func TestCheckComparesTheSearchCopy(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "copies.casefile")
	sdb, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	res, err := sdb.Exec("UPDATE search SET name = name || 'x' WHERE field = 'title' AND item = (SELECT id FROM events ORDER BY seq LIMIT 1)")
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("%d rows changed", n)
	}
	var id string
	sdb.QueryRow("SELECT id FROM events ORDER BY seq LIMIT 1").Scan(&id)
	sdb.Close()
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	if r.OK() || len(r.Problems) != 1 || !strings.Contains(r.Problems[0], "The title of ‘"+id+"’ differs from the search index's copy") {
		t.Errorf("check: %+v", r)
	}
}

// TestBrokenReferenceRefusedForChanges checks that a file whose rows refer
// to missing items is not opened for changes, and opens read-only.
func TestBrokenReferenceRefusedForChanges(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "broken.casefile")
	sdb, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path)+"?_foreign_keys=off")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("UPDATE aliases SET owner = 'ghost' WHERE seq = (SELECT min(seq) FROM aliases)"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	_, err = Open(path, Options{})
	wantCode(t, err, app.ENOTCASE)
	if !strings.Contains(app.ErrorMessage(err), "1 row refers to items that do not exist") {
		t.Errorf("message: %s", app.ErrorMessage(err))
	}
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if r, err := ro.Check(); err != nil || r.OK() {
		t.Errorf("check: %+v, %v", r, err)
	}
}

// TestMislabelledFileNamesNoTemporaryBackup opens read-only a file that
// says it is version 1 but holds version 2's tables: bringing the private
// copy up to date fails, and the message must not point to a backup in a
// temporary folder that is already gone.
func TestMislabelledFileNamesNoTemporaryBackup(t *testing.T) {
	if SchemaVersion() < 2 {
		t.Skip("needs two schema versions")
	}
	dir := t.TempDir()
	path := newCaseFile(t, dir, "label.casefile")
	sdb, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	_, err = Open(path, Options{ReadOnly: true})
	if err == nil {
		t.Fatal("a mislabelled file opened")
	}
	msg := app.ErrorMessage(err)
	if strings.Contains(msg, "bak-v") || !strings.Contains(msg, "the file itself is unchanged") {
		t.Errorf("message: %s", msg)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("folder holds %q", names)
	}
}

// TestCheckNewerFile checks that a file from a newer Casefile is checked
// without comparing a schema this build does not know.
func TestCheckNewerFile(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "newer.casefile")
	rawExec(t, path, "PRAGMA user_version = 99")
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, err := db.Check()
	if err != nil || !r.OK() || r.Version != 99 {
		t.Errorf("check: %+v, %v", r, err)
	}
}
