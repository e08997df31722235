package storage

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
	"casefile/internal/casegen"
)

// loadByRows is load reading every table row by row, as before the JSON
// readers.
func loadByRows(q querier) (d app.CaseData, err error) {
	if d.Case, err = readCase(q); err != nil {
		return d, err
	}
	cites, err := readAllCitations(q)
	if err != nil {
		return d, err
	}
	aliases, err := readAllAliases(q)
	if err != nil {
		return d, err
	}
	parts, err := readAllParticipants(q)
	if err != nil {
		return d, err
	}
	if d.Sources, err = readSources(q); err != nil {
		return d, err
	}
	if d.People, err = people.readAll(q, aliases, cites); err != nil {
		return d, err
	}
	if d.Organizations, err = orgs.readAll(q, aliases, cites); err != nil {
		return d, err
	}
	if d.Relations, err = readRelations(q, cites); err != nil {
		return d, err
	}
	if d.Events, err = readEvents(q, parts, cites); err != nil {
		return d, err
	}
	if d.Figures, err = readFigures(q, cites); err != nil {
		return d, err
	}
	d.Annotations, err = readAnnotations(q)
	return d, err
}

// awkwardCase has text that JSON must escape, numbers that print long, and
// every optional value both set and unset.
func awkwardCase() app.CaseData {
	d := sampleCase()
	odd := "quote \" backslash \\ slash / tab\t line\nbreak \r cr \x01 \x1f \u2028 🙂 Çuçi"
	d.People[0].Notes = odd
	d.People[0].Aliases = append(d.People[0].Aliases, app.Alias{Name: `"Cuci"`, Note: odd})
	d.Events[0].Description = odd
	d.Events[1].Key = false
	d.Organizations[0].Notes = strings.Repeat("long notes ", 2000)
	d.Relations[0].Start.Phrase = odd
	d.Figures[0].Claims[0].Low = f64(0.1 + 0.2)
	d.Figures[0].Claims[0].High = f64(math.MaxFloat64)
	d.Figures[0].Claims[1].Low, d.Figures[0].Claims[1].High = f64(5e-324), f64(1e-300)
	d.Figures[0].Claims[1].Note = odd
	d.Events[0].Citations[0].Note = odd
	d.Events[0].Citations[0].Quote.Prefix = "\"\\"
	d.Annotations[0].Note = odd
	d.Figures = append(d.Figures, app.Figure{ID: "f2", Question: "no claims"})
	return d
}

// TestFastReadersMatchRowReaders checks that Load (tables read as JSON)
// gives exactly what reading row by row gives.
func TestFastReadersMatchRowReaders(t *testing.T) {
	for name, d := range map[string]app.CaseData{
		"sample":  sampleCase(),
		"merge":   mergeCase(),
		"awkward": awkwardCase(),
		"small":   casegen.Small(),
		"empty":   {Case: app.Case{Title: "Empty"}},
	} {
		db := mustCreate(t, d)
		got := mustLoad(t, db)
		want, err := loadByRows(db.sql)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: JSON readers and row readers differ\n got %+v\nwant %+v", name, got, want)
		}
		sameCase(t, name, got, normalizeIDs(t, db, normalize(d)))
		// Each reader alone, as the list methods use them.
		for _, fast := range []func(querier) error{
			func(q querier) error { _, err := jsonAllCitations(q); return err },
			func(q querier) error { _, err := jsonAllAliases(q); return err },
			func(q querier) error { _, err := jsonAllParticipants(q); return err },
			func(q querier) error { _, err := jsonPeople(q, nil, nil); return err },
			func(q querier) error { _, err := jsonOrgs(q, nil, nil); return err },
			func(q querier) error { _, err := jsonRelations(q, nil); return err },
			func(q querier) error { _, err := jsonEvents(q, nil, nil); return err },
			func(q querier) error { _, err := jsonFigures(q, nil); return err },
			func(q querier) error { _, err := jsonAnnotations(q); return err },
		} {
			if err := fast(db.sql); err != nil {
				t.Errorf("%s: a JSON reader failed: %v", name, err)
			}
		}
		ps, _ := db.People()
		es, _ := db.Events()
		fs, _ := db.Figures()
		if !reflect.DeepEqual(ps, got.People) || !reflect.DeepEqual(es, got.Events) || !reflect.DeepEqual(fs, got.Figures) {
			t.Errorf("%s: list methods differ from Load", name)
		}
	}
}

// normalizeIDs fills in the citation ids the store assigned, so that d can
// be compared with what Load gives.
func normalizeIDs(tb testing.TB, db *DB, d app.CaseData) app.CaseData {
	tb.Helper()
	got := mustLoad(tb, db)
	fill := func(want, have []app.Citation) {
		for i := range want {
			if i < len(have) {
				want[i].ID = have[i].ID
			}
		}
	}
	for i := range d.People {
		if i < len(got.People) {
			fill(d.People[i].Citations, got.People[i].Citations)
		}
	}
	for i := range d.Organizations {
		if i < len(got.Organizations) {
			fill(d.Organizations[i].Citations, got.Organizations[i].Citations)
		}
	}
	for i := range d.Relations {
		if i < len(got.Relations) {
			fill(d.Relations[i].Citations, got.Relations[i].Citations)
		}
	}
	for i := range d.Events {
		if i < len(got.Events) {
			fill(d.Events[i].Citations, got.Events[i].Citations)
		}
	}
	for i := range d.Figures {
		for j := range d.Figures[i].Claims {
			if i < len(got.Figures) && j < len(got.Figures[i].Claims) {
				fill(d.Figures[i].Claims[j].Citations, got.Figures[i].Claims[j].Citations)
			}
		}
	}
	return d
}

// TestLoadFallsBackToRows damages a value so that SQLite cannot write the
// table as JSON (a BLOB where text belongs): Load still reads the case,
// row by row.
func TestLoadFallsBackToRows(t *testing.T) {
	db := mustOpen(t)
	if _, err := db.sql.Exec("UPDATE events SET place = x'4d616eeb7a' WHERE id = 'e1'"); err != nil {
		t.Fatal(err)
	}
	if _, err := jsonEvents(db.sql, nil, nil); err == nil {
		t.Fatal("the JSON reader read a BLOB")
	}
	got := mustLoad(t, db)
	want, err := loadByRows(db.sql)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fallback differs:\n got %+v\nwant %+v", got.Events, want.Events)
	}
}

func TestGroupByAndInOrder(t *testing.T) {
	m := groupBy([]string{"a", "b", "a", "c", "a"}, []int{1, 2, 3, 4, 5})
	if !reflect.DeepEqual(m, map[string][]int{"a": {1, 3, 5}, "b": {2}, "c": {4}}) {
		t.Errorf("groupBy: %v", m)
	}
	m["b"] = append(m["b"], 9) // must not write into c's group
	if m["c"][0] != 4 {
		t.Error("groups share capacity")
	}
	seqs, rows := []int64{3, 1, 2, 1}, []string{"c", "a", "b", "a2"}
	inOrder(seqs, rows)
	if !reflect.DeepEqual(rows, []string{"a", "a2", "b", "c"}) || !reflect.DeepEqual(seqs, []int64{1, 1, 2, 3}) {
		t.Errorf("inOrder: %v %v", seqs, rows)
	}
}
