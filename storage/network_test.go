package storage

import (
	"database/sql"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

func TestNodePositions(t *testing.T) {
	db := mustOpen(t)
	before := mustLoad(t, db)
	if pos, err := db.NodePositions(); err != nil || len(pos) != 0 {
		t.Fatalf("positions of a new case: %v, %v", pos, err)
	}
	if err := db.SetNodePosition("p1", app.Point{X: 10, Y: 20}); err != nil {
		t.Fatal(err)
	}
	if got := db.UndoLabel(); got != "move ‘Bledar Çuçi’ in the network" {
		t.Errorf("undo label %q", got)
	}
	if err := db.SetNodePosition("o1", app.Point{X: -5.25, Y: 1e6}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetNodePosition("p1", app.Point{X: 11, Y: 20}); err != nil {
		t.Fatal(err)
	}
	want := map[string]app.Point{"p1": {X: 11, Y: 20}, "o1": {X: -5.25, Y: 1e6}}
	if pos, _ := db.NodePositions(); !reflect.DeepEqual(pos, want) {
		t.Errorf("positions %v, want %v", pos, want)
	}
	// The same position again is no change.
	label := db.UndoLabel()
	n := len(db.undo)
	if err := db.SetNodePosition("p1", app.Point{X: 11, Y: 20}); err != nil {
		t.Fatal(err)
	}
	if len(db.undo) != n || db.UndoLabel() != label {
		t.Error("an unchanged position made an undo step")
	}
	// Positions are not part of the case's content.
	sameCase(t, "after moving nodes", mustLoad(t, db), before)

	ch, err := db.Undo()
	if err != nil {
		t.Fatal(err)
	}
	if ch.Kind != app.KindPerson || ch.Item != "p1" {
		t.Errorf("undo change %+v", ch)
	}
	if pos, _ := db.NodePositions(); pos["p1"] != (app.Point{X: 10, Y: 20}) {
		t.Errorf("after undo p1 at %v", pos["p1"])
	}
	if _, err := db.Redo(); err != nil {
		t.Fatal(err)
	}
	// Deleting the item takes its position along; undo brings it back.
	if err := db.DeleteOrganization("o1"); err != nil {
		t.Fatal(err)
	}
	if pos, _ := db.NodePositions(); len(pos) != 1 {
		t.Errorf("after delete: %v", pos)
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	if pos, _ := db.NodePositions(); !reflect.DeepEqual(pos, want) {
		t.Errorf("after undo of delete %v, want %v", pos, want)
	}

	wantCode(t, db.SetNodePosition("ghost", app.Point{}), app.ENOTFOUND)
	wantCode(t, db.SetNodePosition("p1", app.Point{X: math.NaN()}), app.EINVALID)
	wantCode(t, db.SetNodePosition("p1", app.Point{Y: math.Inf(1)}), app.EINVALID)

	// Positions stay in the file, and in a copy of it.
	path := db.Path()
	cp := filepath.Join(t.TempDir(), "copy.casefile")
	if err := db.SaveCopy(cp); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, p := range []string{path, cp} {
		ro, err := Open(p, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		if pos, _ := ro.NodePositions(); !reflect.DeepEqual(pos, want) {
			t.Errorf("%s: positions %v, want %v", filepath.Base(p), pos, want)
		}
		wantCode(t, ro.SetNodePosition("p1", app.Point{}), app.EREADONLY)
		ro.Close()
	}
}

// makeV1 writes a case file of schema version 1 (as the first Casefile
// wrote it) holding d.
func makeV1(tb testing.TB, path string, d app.CaseData) {
	tb.Helper()
	saved := migrations
	migrations = saved[:1]
	defer func() { migrations = saved }()
	// Version 1 has no figure summaries; this build writes figures with
	// them, so the version 1 file holds no figures.
	d.Figures = nil
	db, err := Create(path, d, false)
	if err != nil {
		tb.Fatal(err)
	}
	if db.Version() != 1 {
		tb.Fatalf("version %d", db.Version())
	}
	db.Close()
}

func TestMigrateFromV1(t *testing.T) {
	if SchemaVersion() < 2 {
		t.Skip("no version 2")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "v1.casefile")
	makeV1(t, path, mergeCase())
	sum := fileSHA(t, path)

	// Read-only, a version 1 file is shown as it is.
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ok, why := ro.ReadOnly(); !ok || !strings.Contains(why, "older Casefile format") {
		t.Errorf("read-only reason %q", why)
	}
	if pos, err := ro.NodePositions(); err != nil || len(pos) != 0 {
		t.Errorf("positions of a version 1 file: %v, %v", pos, err)
	}
	v1data := mustLoad(t, ro)
	ro.Close()
	if fileSHA(t, path) != sum {
		t.Fatal("opening read-only changed the file")
	}

	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Version() != SchemaVersion() {
		t.Errorf("version %d after opening, want %d", db.Version(), SchemaVersion())
	}
	if fileSHA(t, path+".bak-v1") != sum {
		t.Error("no exact backup of the version 1 file")
	}
	var uv int
	db.sql.QueryRow("PRAGMA user_version").Scan(&uv)
	if uv != SchemaVersion() {
		t.Errorf("user_version %d", uv)
	}
	sameCase(t, "after migrating", mustLoad(t, db), v1data)
	// The new table and triggers work, with undo.
	if err := db.SetNodePosition("p3", app.Point{X: 3, Y: 4}); err != nil {
		t.Fatal(err)
	}
	if err := db.Merge("p1", "p3"); err != nil {
		t.Fatal(err)
	}
	if pos, _ := db.NodePositions(); pos["p1"] != (app.Point{X: 3, Y: 4}) {
		t.Errorf("positions %v", pos)
	}
	checkIndex(t, db)
	db.Undo()
	db.Undo()
	sameCase(t, "after undo", mustLoad(t, db), v1data)
	checkIndex(t, db)
	if r, err := db.Check(); err != nil || !r.OK() || r.Version != SchemaVersion() {
		t.Errorf("check: %+v, %v", r, err)
	}
	// The migrated file has the same schema as a new one.
	fresh := filepath.Join(dir, "fresh.casefile")
	nd, err := Create(fresh, app.CaseData{Case: app.Case{Title: "x"}}, false)
	if err != nil {
		t.Fatal(err)
	}
	nd.Close()
	db.Close()
	if a, b := schemaOf(t, path), schemaOf(t, fresh); !reflect.DeepEqual(a, b) {
		t.Errorf("migrated schema differs from a new file's:\n%q\n%q", a, b)
	}
	os.Remove(path + ".bak-v1")
}

// schemaOf lists a file's schema objects (type and name), sorted.
func schemaOf(tb testing.TB, path string) []string {
	tb.Helper()
	sdb, err := sql.Open("sqlite3", fileURI(path, "mode=ro"))
	if err != nil {
		tb.Fatal(err)
	}
	defer sdb.Close()
	rows, err := sdb.Query("SELECT type || ' ' || name FROM sqlite_schema ORDER BY 1")
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}
