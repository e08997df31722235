package storage

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

func TestSaveCopy(t *testing.T) {
	db := mustOpen(t)
	if err := db.CreateSource(&app.Source{ID: "s9", Title: "Added before the copy"}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "copy.casefile")
	os.WriteFile(target, []byte("old contents"), 0o644)
	if err := db.SaveCopy(target); err != nil {
		t.Fatal(err)
	}
	if got := dirNames(t, dir); !reflect.DeepEqual(got, []string{"copy.casefile"}) {
		t.Errorf("files in the target folder: %v", got)
	}
	cp, err := Open(target, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sameCase(t, "copy", mustLoad(t, cp), mustLoad(t, db))
	if r, err := cp.Check(); err != nil || !r.OK() {
		t.Errorf("copy check: %+v %v", r, err)
	}
	if hits := mustSearch(t, cp, "added before"); len(hits) != 1 {
		t.Errorf("search in the copy: %v", hitIDs(hits))
	}
	cp.Close()
	// The store stays on its own file, with its undo.
	if err := db.UpdateCase(app.Case{Title: "After the copy"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	if db.UndoLabel() != "add source ‘Added before the copy’" {
		t.Errorf("undo label %q", db.UndoLabel())
	}
	wantCode(t, db.SaveCopy(db.Path()), app.EINVALID)
	wantCode(t, db.SaveCopy(filepath.Join(dir, "no", "such", "x.casefile")), app.ENOTFOUND)
	wantCode(t, db.SaveCopy(dir), app.EINVALID)
	// A read-only store (here a snapshot, as db has the file) can save a
	// copy too.
	ro, err := Open(db.Path(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.SaveCopy(filepath.Join(dir, "from-ro.casefile")); err != nil {
		t.Fatal(err)
	}
	cp, err = Open(filepath.Join(dir, "from-ro.casefile"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	sameCase(t, "copy of snapshot", mustLoad(t, cp), mustLoad(t, db))
}

func TestSaveCopyFailureLeavesNothing(t *testing.T) {
	db := mustOpen(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "copy.casefile")
	os.WriteFile(target, []byte("old contents"), 0o644)
	// A folder where the target should be renamed fails the rename.
	blocked := filepath.Join(dir, "blocked.casefile")
	os.Mkdir(blocked, 0o755)
	os.WriteFile(filepath.Join(blocked, "x"), nil, 0o644)
	if err := db.backupTo(blocked); err == nil {
		t.Fatal("backup over a folder worked")
	}
	if got := dirNames(t, dir); !reflect.DeepEqual(got, []string{"blocked.casefile", "copy.casefile"}) {
		t.Errorf("files left: %v", got)
	}
	if b, _ := os.ReadFile(target); string(b) != "old contents" {
		t.Error("target changed")
	}
}

func TestCreateAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.casefile")
	d := sampleCase()
	d.Events[1].Participants = []string{"o1", "ghost"}
	_, err := Create(path, d, false)
	wantCode(t, err, app.ENOTFOUND)
	if app.ErrorField(err) != "events[1].participants" {
		t.Errorf("field %q", app.ErrorField(err))
	}
	if msg := app.ErrorMessage(err); !strings.Contains(msg, "Event ‘e2’") || !strings.Contains(msg, "ghost") {
		t.Errorf("message %q", msg)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("files left: %v", names)
	}
	for _, tc := range []struct {
		mod   func(d *app.CaseData)
		code  string
		field string
	}{
		{func(d *app.CaseData) { d.Case.Title = "" }, app.EINVALID, "case.title"},
		{func(d *app.CaseData) { d.Sources[1].ID = "s1" }, app.ECONFLICT, "sources[1].id"},
		{func(d *app.CaseData) { d.People[1].ID = "s1" }, app.ECONFLICT, "people[1].id"},
		{func(d *app.CaseData) { d.Figures[0].Claims[2].Low = f64(-3) }, app.EINVALID, "figures[0].claims[2].low"},
		{func(d *app.CaseData) { d.Figures[0].Claims[0].Citations[0].Source = "nope" }, app.ENOTFOUND, "figures[0].claims[0].citations[0].source"},
		{func(d *app.CaseData) { d.Relations[0].To = "s1" }, app.EINVALID, "relations[0].to"},
		{func(d *app.CaseData) { d.Figures[0].Event = "ghost" }, app.ENOTFOUND, "figures[0].event"},
		{func(d *app.CaseData) { d.Annotations[0].Source = "ghost" }, app.ENOTFOUND, "annotations[0].source"},
		{func(d *app.CaseData) { d.People[0].Citations[0].Quote.End = -1 }, app.EINVALID, "people[0].citations[0].quote"},
	} {
		d := sampleCase()
		tc.mod(&d)
		_, err := Create(path, d, false)
		wantCode(t, err, tc.code)
		if app.ErrorField(err) != tc.field {
			t.Errorf("field %q, want %q (%v)", app.ErrorField(err), tc.field, err)
		}
		if names := dirNames(t, dir); len(names) != 0 {
			t.Errorf("files left: %v", names)
		}
	}
	// An existing file is kept unless overwrite is set.
	os.WriteFile(path, []byte("precious"), 0o644)
	_, err = Create(path, sampleCase(), false)
	wantCode(t, err, app.ECONFLICT)
	oneSentence(t, app.ErrorMessage(err), "new.casefile")
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Error("existing file changed")
	}
	bad := sampleCase()
	bad.Case.Title = ""
	_, err = Create(path, bad, true)
	wantCode(t, err, app.EINVALID)
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Error("existing file changed by a failed overwrite")
	}
	db, err := Create(path, sampleCase(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := dirNames(t, dir); !reflect.DeepEqual(got, []string{"new.casefile", "new.casefile-journal"}) && !reflect.DeepEqual(got, []string{"new.casefile"}) {
		t.Errorf("files: %v", got)
	}
	_, err = Create(filepath.Join(dir, "missing", "x.casefile"), sampleCase(), false)
	wantCode(t, err, app.ENOTFOUND)
	st, err := (Opener{}).Create(path, sampleCase(), false)
	if st != nil || err == nil {
		t.Errorf("Opener.Create = %v, %v", st, err)
	}
}

func TestCreateEmptyCase(t *testing.T) {
	db := mustCreate(t, app.CaseData{Case: app.Case{Title: "Empty"}})
	d := mustLoad(t, db)
	sameCase(t, "empty", d, app.CaseData{Case: app.Case{Title: "Empty"}})
	if hits := mustSearch(t, db, "empty"); len(hits) != 0 {
		t.Errorf("hits %v", hitIDs(hits))
	}
}

func TestFilePragmas(t *testing.T) {
	db := mustOpen(t)
	var appID, version int64
	var journal, fk, locking string
	var sync int
	db.sql.QueryRow("PRAGMA application_id").Scan(&appID)
	db.sql.QueryRow("PRAGMA user_version").Scan(&version)
	db.sql.QueryRow("PRAGMA journal_mode").Scan(&journal)
	db.sql.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	db.sql.QueryRow("PRAGMA locking_mode").Scan(&locking)
	db.sql.QueryRow("PRAGMA synchronous").Scan(&sync)
	if appID != ApplicationID || version != int64(SchemaVersion()) || journal != "delete" || fk != "1" || locking != "exclusive" || sync != 2 {
		t.Errorf("application_id %x, user_version %d, journal_mode %s, foreign_keys %s, locking_mode %s, synchronous %d",
			appID, version, journal, fk, locking, sync)
	}
}

func TestMigration(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "old.casefile")
	sum := fileSHA(t, path)
	saved := migrations
	defer func() { migrations = saved }()
	cur := len(saved) // the version of the file made above
	bakName := fmt.Sprintf("old.casefile.bak-v%d", cur)
	bakPath := filepath.Join(dir, bakName)
	next := fmt.Sprintf("%04d", cur+1)

	// A failing migration leaves the file at its version, with a backup.
	migrations = append(slicesClone(saved), migration{version: cur + 1, name: next + "_bad.sql", sql: "ALTER TABLE nosuch ADD COLUMN x TEXT;"})
	_, err := Open(path, Options{})
	wantCode(t, err, app.EINTERNAL)
	if !strings.Contains(app.ErrorMessage(err), bakName) {
		t.Errorf("message %q", app.ErrorMessage(err))
	}
	if fileSHA(t, path) != sum {
		t.Error("a failed migration changed the file")
	}
	if fileSHA(t, bakPath) != sum {
		t.Error("the backup differs from the file")
	}
	os.Remove(bakPath)

	migrations = append(slicesClone(saved), migration{version: cur + 1, name: next + "_test.sql",
		sql: "ALTER TABLE case_info ADD COLUMN language TEXT NOT NULL DEFAULT 'en';"})
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if db.Version() != cur+1 {
		t.Errorf("version %d", db.Version())
	}
	var lang string
	db.sql.QueryRow("SELECT language FROM case_info").Scan(&lang)
	if lang != "en" {
		t.Errorf("migration not applied: %q", lang)
	}
	// Undo works with the new column.
	if err := db.UpdateCase(app.Case{Title: "Migrated"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if fileSHA(t, bakPath) != sum {
		t.Error("backup is not the old file")
	}
	bak, err := Open(bakPath, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ro, why := bak.ReadOnly(); !ro || !strings.Contains(why, "older Casefile format") {
		t.Errorf("the backup (format %d) should show as an updated read-only copy: %v %q", cur, ro, why)
	}
	bak.Close()
	// An older build then sees a newer file.
	migrations = saved
	_, err = Open(path, Options{})
	wantCode(t, err, app.ECONFLICT)
}

func slicesClone(m []migration) []migration { return append([]migration(nil), m...) }
