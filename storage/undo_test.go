package storage

import (
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"casefile/app"
)

// ftsRows lists the search index's rows (without rowids), sorted.
func ftsRows(tb testing.TB, db *DB) []string {
	tb.Helper()
	rows, err := db.sql.Query("SELECT item, field, name, body FROM search")
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a, b, c, d string
		if err := rows.Scan(&a, &b, &c, &d); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a+"|"+b+"|"+c+"|"+d)
	}
	sort.Strings(out)
	return out
}

// checkIndex fails unless the search index holds exactly the rows a fresh
// import of the case would give it, and passes FTS5's integrity check.
func checkIndex(tb testing.TB, db *DB) {
	tb.Helper()
	if _, err := db.sql.Exec("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"); err != nil {
		tb.Fatalf("search index integrity: %v", err)
	}
	fresh, err := Create(filepath.Join(tb.TempDir(), "fresh.casefile"), mustLoad(tb, db), false)
	if err != nil {
		tb.Fatalf("re-import: %v", err)
	}
	defer fresh.Close()
	got, want := ftsRows(tb, db), ftsRows(tb, fresh)
	if !reflect.DeepEqual(got, want) {
		tb.Fatalf("search index differs from a fresh one:\n got %q\nwant %q", got, want)
	}
	var n int
	db.sql.QueryRow("SELECT count(*) FROM items WHERE id NOT IN (SELECT id FROM sources UNION ALL SELECT id FROM people UNION ALL SELECT id FROM organizations UNION ALL SELECT id FROM relations UNION ALL SELECT id FROM events UNION ALL SELECT id FROM figures UNION ALL SELECT id FROM claims UNION ALL SELECT id FROM annotations UNION ALL SELECT id FROM questions)").Scan(&n)
	if n != 0 {
		tb.Fatalf("%d items rows without their item", n)
	}
}

type undoOp struct {
	label string
	do    func(db *DB) error
}

func undoOps() []undoOp {
	return []undoOp{
		{"edit case details", func(db *DB) error {
			c, _ := db.Case()
			c.Title, c.Marking = "Raid at Manëz", "RESTRICTED"
			return db.UpdateCase(c)
		}},
		{"add source ‘Second report’", func(db *DB) error {
			return db.CreateSource(&app.Source{ID: "s3", Title: "Second report", Text: "Zërat e Çuçit; injured residents."})
		}},
		{"edit source ‘Second report, revised’", func(db *DB) error {
			s, _ := db.Source("s3")
			s.Title, s.Text = "Second report, revised", "Entirely new text about Durrës."
			return db.UpdateSource(s)
		}},
		{"add person ‘Ali Khamenei’", func(db *DB) error {
			return db.CreatePerson(&app.Person{ID: "p3", Name: "Ali Khamenei", Aliases: []app.Alias{{Name: "Rahbar", Note: "Persian"}},
				Citations: []app.Citation{{Source: "s3", Note: "named in report"}}})
		}},
		{"edit person ‘Ali Hosseini Khamenei’", func(db *DB) error {
			p, _ := db.Person("p3")
			p.Name, p.Aliases = "Ali Hosseini Khamenei", []app.Alias{{Name: "Supreme Leader"}, {Name: "Rahbar"}}
			return db.UpdatePerson(p)
		}},
		{"add organization ‘Ministry of the Interior’", func(db *DB) error {
			return db.CreateOrganization(&app.Organization{ID: "o4", Name: "Ministry of the Interior", Aliases: []app.Alias{{Name: "MoI"}}})
		}},
		{"edit organization ‘Ministria e Brendshme’", func(db *DB) error {
			o, _ := db.Organization("o4")
			o.Name, o.Aliases, o.Country = "Ministria e Brendshme", nil, "Albania"
			return db.UpdateOrganization(o)
		}},
		{"add relation ‘Bledar Çuçi leads Ministria e B…’", func(db *DB) error {
			return db.CreateRelation(&app.Relation{ID: "r3", From: "p1", To: "o4", Kind: "leads", Citations: []app.Citation{{Source: "s1"}}})
		}},
		{"edit relation ‘Bledar Çuçi led Ministria e Bre…’", func(db *DB) error {
			r, _ := db.Relation("r3")
			r.Kind, r.End = "led", app.Date{EDTF: "2024"}
			return db.UpdateRelation(r)
		}},
		{"add event ‘Arrests at the camp’", func(db *DB) error {
			return db.CreateEvent(&app.Event{ID: "e3", Title: "Arrests at the camp", Date: app.Date{EDTF: "2023-06"}, Place: "Manëz",
				Participants: []string{"o3", "p3"}, Citations: []app.Citation{{Source: "s3", Quote: &app.Quote{Exact: "Durrës", Start: 24, End: 30}}}})
		}},
		{"edit event ‘Arrests at Ashraf-3’", func(db *DB) error {
			e, _ := db.Event("e3")
			e.Title, e.Participants, e.Key = "Arrests at Ashraf-3", []string{"o4"}, true
			return db.UpdateEvent(e)
		}},
		{"add disputed figure ‘people arrested’", func(db *DB) error {
			return db.CreateFigure(&app.Figure{ID: "f2", Question: "people arrested", Event: "e3", Claims: []app.Claim{
				{ID: "c5", Source: "s3", Claimant: "o4", Text: "twelve", Low: f64(12), High: f64(12), Citations: []app.Citation{{Source: "s1"}}},
			}})
		}},
		{"edit disputed figure ‘people detained’", func(db *DB) error {
			f, _ := db.Figure("f2")
			f.Question, f.Assessment = "people detained", "Unknown."
			return db.UpdateFigure(f)
		}},
		{"add claim ‘about forty’", func(db *DB) error {
			return db.CreateClaim(&app.Claim{ID: "c6", Figure: "f2", Source: "s1", Text: "about forty", Low: f64(35), High: f64(45), Credibility: 4})
		}},
		{"edit claim ‘forty-one’", func(db *DB) error {
			c, _ := db.Claim("c6")
			c.Text, c.Low, c.High, c.Credibility = "forty-one", f64(41), nil, 0
			return db.UpdateClaim(c)
		}},
		{"add citation to claim ‘forty-one’", func(db *DB) error {
			return db.AddCitation(&app.Citation{ID: "cit-x", Item: "c6", Source: "s2", Note: "statement"})
		}},
		{"edit citation of claim ‘forty-one’", func(db *DB) error {
			return db.UpdateCitation(app.Citation{ID: "cit-x", Source: "s1", Note: "article", Quote: &app.Quote{Exact: "injured"}})
		}},
		{"add annotation ‘Doubtful.’", func(db *DB) error {
			return db.CreateAnnotation(&app.Annotation{ID: "a3", Source: "s3", Note: "Doubtful.", Quote: &app.Quote{Exact: "Durrës"}})
		}},
		{"edit annotation ‘Very doubtful.’", func(db *DB) error {
			return db.UpdateAnnotation(app.Annotation{ID: "a3", Source: "s3", Note: "Very doubtful."})
		}},
		{"move ‘Bledar Çuçi’ in the network", func(db *DB) error { return db.SetNodePosition("p1", app.Point{X: 12.5, Y: -3}) }},
		{"move ‘Ali Hosseini Khamenei’ in the network", func(db *DB) error { return db.SetNodePosition("p3", app.Point{X: 40, Y: 7}) }},
		{"merge ‘Ali Hosseini Khamenei’ into ‘Bledar Çuçi’", func(db *DB) error { return db.Merge("p1", "p3") }},
		{"delete citation of claim ‘forty-one’", func(db *DB) error { return db.DeleteCitation("cit-x") }},
		{"delete annotation ‘Very doubtful.’", func(db *DB) error { return db.DeleteAnnotation("a3") }},
		{"delete claim ‘forty-one’", func(db *DB) error { return db.DeleteClaim("c6") }},
		{"delete disputed figure ‘people detained’", func(db *DB) error { return db.DeleteFigure("f2") }},
		{"delete relation ‘Bledar Çuçi led Ministria e Bre…’", func(db *DB) error { return db.DeleteRelation("r3") }},
		{"delete event ‘Police raid on Ashraf-3’", func(db *DB) error { return db.DeleteEvent("e1") }},
		{"delete person ‘Bledar Çuçi’", func(db *DB) error { return db.DeletePerson("p1") }},
		{"delete organization ‘People's Mojahedin Organization…’", func(db *DB) error { return db.DeleteOrganization("o1") }},
		{"delete source ‘Raid on the camp’", func(db *DB) error { return db.DeleteSource("s1") }},
		{"delete source ‘Second report, revised’", func(db *DB) error { return db.DeleteSource("s3") }},
	}
}

func TestUndoRedoEachChange(t *testing.T) {
	db := mustOpen(t)
	for _, op := range undoOps() {
		before := mustLoad(t, db)
		if err := op.do(db); err != nil {
			t.Fatalf("%s: %v", op.label, err)
		}
		after := mustLoad(t, db)
		if db.UndoLabel() != op.label {
			t.Fatalf("undo label %q, want %q", db.UndoLabel(), op.label)
		}
		ch, err := db.Undo()
		if err != nil {
			t.Fatalf("undo %s: %v", op.label, err)
		}
		if ch.Label != op.label {
			t.Errorf("undo change label %q", ch.Label)
		}
		sameCase(t, "after undo of "+op.label, mustLoad(t, db), before)
		checkIndex(t, db)
		if db.RedoLabel() != op.label {
			t.Fatalf("redo label %q, want %q", db.RedoLabel(), op.label)
		}
		if _, err := db.Redo(); err != nil {
			t.Fatalf("redo %s: %v", op.label, err)
		}
		sameCase(t, "after redo of "+op.label, mustLoad(t, db), after)
		checkIndex(t, db)
		if db.RedoLabel() != "" {
			t.Errorf("redo label %q after redo", db.RedoLabel())
		}
	}
}

func TestUndoAllRedoAll(t *testing.T) {
	db := mustOpen(t)
	start := mustLoad(t, db)
	ops := undoOps()
	var states []app.CaseData
	for _, op := range ops {
		if err := op.do(db); err != nil {
			t.Fatalf("%s: %v", op.label, err)
		}
		states = append(states, mustLoad(t, db))
	}
	for i := len(ops) - 1; i >= 0; i-- {
		ch, err := db.Undo()
		if err != nil {
			t.Fatalf("undo %s: %v", ops[i].label, err)
		}
		if ch.Label != ops[i].label {
			t.Fatalf("undid %q, want %q", ch.Label, ops[i].label)
		}
		want := start
		if i > 0 {
			want = states[i-1]
		}
		sameCase(t, "after undo of "+ops[i].label, mustLoad(t, db), want)
	}
	if db.UndoLabel() != "" {
		t.Errorf("undo label %q at the start", db.UndoLabel())
	}
	wantCode(t, func() error { _, err := db.Undo(); return err }(), app.EINVALID)
	checkIndex(t, db)
	for i := range ops {
		if _, err := db.Redo(); err != nil {
			t.Fatalf("redo %s: %v", ops[i].label, err)
		}
		sameCase(t, "after redo of "+ops[i].label, mustLoad(t, db), states[i])
	}
	checkIndex(t, db)
	// Undo twice, then a new change drops the redo steps.
	db.Undo()
	db.Undo()
	if db.RedoLabel() == "" {
		t.Fatal("no redo")
	}
	if err := db.CreateSource(&app.Source{Title: "New"}); err != nil {
		t.Fatal(err)
	}
	if db.RedoLabel() != "" {
		t.Errorf("redo label %q after a new change", db.RedoLabel())
	}
	_, err := db.Redo()
	wantCode(t, err, app.EINVALID)
	// The undo log was trimmed of the dropped redo steps.
	var n int
	db.sql.QueryRow("SELECT count(*) FROM temp.undolog").Scan(&n)
	var logged int
	for _, s := range db.undo {
		logged += int(s.hi - s.lo + 1)
	}
	if n != logged {
		t.Errorf("undolog has %d rows, undo steps cover %d", n, logged)
	}
}

func TestUndoChangeItem(t *testing.T) {
	db := mustOpen(t)
	e := app.Event{Title: "Raid", Date: app.Date{EDTF: "2023"}}
	if err := db.CreateEvent(&e); err != nil {
		t.Fatal(err)
	}
	ch, _ := db.Undo()
	if ch.Kind != app.KindEvent || ch.Item != "" {
		t.Errorf("undo of add: %+v", ch)
	}
	ch, _ = db.Redo()
	if ch.Kind != app.KindEvent || ch.Item != e.ID {
		t.Errorf("redo of add: %+v", ch)
	}
	if err := db.DeleteEvent(e.ID); err != nil {
		t.Fatal(err)
	}
	ch, _ = db.Undo()
	if ch.Item != e.ID || !strings.HasPrefix(ch.Label, "delete event") {
		t.Errorf("undo of delete: %+v", ch)
	}
	// A failed change leaves the undo stack alone.
	label := db.UndoLabel()
	bad := app.Event{Title: "x", Date: app.Date{EDTF: "2023"}, Participants: []string{"ghost"}}
	if err := db.CreateEvent(&bad); err == nil {
		t.Fatal("no error")
	}
	if db.UndoLabel() != label {
		t.Errorf("undo label %q after a failed change", db.UndoLabel())
	}
}

func TestUndoNotStoredInFile(t *testing.T) {
	db := mustOpen(t)
	if err := db.CreateSource(&app.Source{Title: "x"}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.sql.QueryRow("SELECT count(*) FROM main.sqlite_schema WHERE name LIKE '%undo%'").Scan(&n); err != nil || n != 0 {
		t.Errorf("undo objects in the file: %d, %v", n, err)
	}
	path := db.Path()
	db.Close()
	db2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if db2.UndoLabel() != "" {
		t.Errorf("undo label %q after reopening", db2.UndoLabel())
	}
}

// TestUndoNamesTheSource checks that undoing and redoing a change to a
// citation or a note says which source it belongs to, also when the
// citation or note itself is gone afterwards.
func TestUndoNamesTheSource(t *testing.T) {
	db := mustOpen(t)
	want := func(what string, ch app.Change, kind app.Kind, item, source string) {
		t.Helper()
		if ch.Kind != kind || ch.Item != item || ch.Source != source {
			t.Errorf("%s: %+v, want kind %q, item %q, source %q", what, ch, kind, item, source)
		}
	}
	step := func(what string, do func() (app.Change, error)) app.Change {
		t.Helper()
		ch, err := do()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return ch
	}
	c := app.Citation{Item: "e2", Source: "s2", Note: "founding"}
	if err := db.AddCitation(&c); err != nil {
		t.Fatal(err)
	}
	want("undo add citation", step("undo", db.Undo), app.KindCitation, "", "s2")
	want("redo add citation", step("redo", db.Redo), app.KindCitation, c.ID, "s2")
	c.Source = "s1"
	if err := db.UpdateCitation(c); err != nil {
		t.Fatal(err)
	}
	want("undo move citation", step("undo", db.Undo), app.KindCitation, c.ID, "s2")
	want("redo move citation", step("redo", db.Redo), app.KindCitation, c.ID, "s1")
	if err := db.DeleteCitation(c.ID); err != nil {
		t.Fatal(err)
	}
	want("undo delete citation", step("undo", db.Undo), app.KindCitation, c.ID, "s1")
	want("redo delete citation", step("redo", db.Redo), app.KindCitation, "", "s1")

	if err := db.DeleteAnnotation("a2"); err != nil {
		t.Fatal(err)
	}
	want("undo delete note", step("undo", db.Undo), app.KindAnnotation, "a2", "s2")
	want("redo delete note", step("redo", db.Redo), app.KindAnnotation, "", "s2")
	n := app.Annotation{Source: "s1", Note: "Compare with the ministry."}
	if err := db.CreateAnnotation(&n); err != nil {
		t.Fatal(err)
	}
	want("undo add note", step("undo", db.Undo), app.KindAnnotation, "", "s1")
	want("redo add note", step("redo", db.Redo), app.KindAnnotation, n.ID, "s1")

	// Other kinds name no source.
	if err := db.UpdateEvent(app.Event{ID: "e2", Title: "Camp opened", Date: app.Date{EDTF: "2013/2016"}, Participants: []string{"o1"}}); err != nil {
		t.Fatal(err)
	}
	want("undo edit event", step("undo", db.Undo), app.KindEvent, "e2", "")
}
