package storage

import (
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

// hitIDs lists "kind:id:field" of each hit.
func hitIDs(hits []app.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, string(h.Kind)+":"+h.ID+":"+h.Field)
	}
	return out
}

func has(hits []app.SearchHit, kind app.Kind, id, field string) bool {
	for _, h := range hits {
		if h.Kind == kind && h.ID == id && (field == "" || h.Field == field) {
			return true
		}
	}
	return false
}

func mustSearch(tb testing.TB, db *DB, q string) []app.SearchHit {
	tb.Helper()
	hits, err := db.Search(q, 50)
	if err != nil {
		tb.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

func TestSearchDiacriticsAndPrefix(t *testing.T) {
	db := mustOpen(t)
	for _, q := range []string{"cuci", "Çuçi", "CUCI", "cuç", "bled cu", "Bledar"} {
		hits := mustSearch(t, db, q)
		if !has(hits, app.KindPerson, "p1", "name") {
			t.Errorf("Search(%q) = %v, want person p1 by name", q, hitIDs(hits))
		}
	}
	hits := mustSearch(t, db, "manez")
	if !has(hits, app.KindEvent, "e1", "place") {
		t.Errorf("manez: %v", hitIDs(hits))
	}
	// An alias leads to its owner; a citation note to the cited item.
	if hits := mustSearch(t, db, "pmoi"); !has(hits, app.KindOrganization, "o1", "alias") || hits[0].Title != "People's Mojahedin Organization of Iran" {
		t.Errorf("pmoi: %+v", hits)
	}
	if hits := mustSearch(t, db, "press"); !has(hits, app.KindPerson, "p1", "alias_note") {
		t.Errorf("press: %v", hitIDs(hits))
	}
	if hits := mustSearch(t, db, "stated"); !has(hits, app.KindRelation, "r2", "citation_note") || hits[0].Title != "Maryam Rajavi leads People's Mojahedin Organization of Iran" {
		t.Errorf("stated: %+v", hits)
	}
	if hits := mustSearch(t, db, "some 100"); !has(hits, app.KindClaim, "c1", "text") || hits[0].Title != "some 100 — people injured in the raid" {
		t.Errorf("some 100: %+v", hits)
	}
	if hits := mustSearch(t, db, "ministry later"); !has(hits, app.KindAnnotation, "a1", "note") {
		t.Errorf("annotation: %v", hitIDs(hits))
	}
	if hits := mustSearch(t, db, "probably dozens"); !has(hits, app.KindFigure, "f1", "assessment") {
		t.Errorf("assessment: %v", hitIDs(hits))
	}
}

func TestSearchRanksNamesFirst(t *testing.T) {
	db := mustOpen(t)
	// "raid" is in an event's title, a source's title, a note and texts.
	hits := mustSearch(t, db, "raid")
	if len(hits) < 3 {
		t.Fatalf("raid: %v", hitIDs(hits))
	}
	for _, h := range hits[:2] {
		if h.Field != "title" {
			t.Errorf("raid: titles should rank first: %v", hitIDs(hits))
		}
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("scores not descending: %v", hits)
		}
	}
	if hits := mustSearch(t, db, "raid"); len(hits) > 0 {
		if h, _ := db.Search("raid", 1); len(h) != 1 {
			t.Errorf("limit 1 gave %d hits", len(h))
		}
	}
}

func TestSearchSnippetMarksOffset(t *testing.T) {
	db := mustOpen(t)
	hits := mustSearch(t, db, "injur")
	var src *app.SearchHit
	for i := range hits {
		if hits[i].Kind == app.KindSource && hits[i].Field == "text" {
			src = &hits[i]
		}
	}
	if src == nil {
		t.Fatalf("no source text hit: %v", hitIDs(hits))
	}
	if len(src.Marks) == 0 {
		t.Fatalf("no marks: %+v", src)
	}
	for _, m := range src.Marks {
		if w := strings.ToLower(src.Snippet[m[0]:m[1]]); !strings.HasPrefix(w, "injur") {
			t.Errorf("mark %v covers %q", m, w)
		}
	}
	s, _ := db.Source("s1")
	r := []rune(s.Text)
	if src.Offset < 0 || src.Offset+6 > len(r) || strings.ToLower(string(r[src.Offset:src.Offset+6])) != "injure" {
		t.Errorf("offset %d does not point at the match in %q", src.Offset, s.Text)
	}
	for _, h := range hits {
		if h.Field != "text" || h.Kind != app.KindSource {
			if h.Offset != -1 {
				t.Errorf("offset %d on a %s hit", h.Offset, h.Field)
			}
		}
	}
	// Offsets count code points, past letters with diacritics.
	text := strings.Repeat("Çuçi ë ö ü. ", 40) + "the needle is here"
	if err := db.CreateSource(&app.Source{ID: "s9", Title: "Long", Text: text}); err != nil {
		t.Fatal(err)
	}
	for _, h := range mustSearch(t, db, "needle") {
		if h.ID == "s9" {
			want := utf8.RuneCountInString(text[:strings.Index(text, "needle")])
			if h.Offset != want {
				t.Errorf("offset %d, want %d", h.Offset, want)
			}
			if h.Snippet[h.Marks[0][0]:h.Marks[0][1]] != "needle" || !strings.HasPrefix(h.Snippet, "…") {
				t.Errorf("snippet %q marks %v", h.Snippet, h.Marks)
			}
		}
	}
}

func TestSearchUserInputNeverFails(t *testing.T) {
	db := mustOpen(t)
	for _, q := range []string{"", "   ", `"`, `""`, "*", "AND", "OR NOT", "raid AND", "(raid", "raid)", "NEAR(a b)", "a:b", "^raid",
		"col:raid", "-raid", "+", "'", "“smart quotes”", "police-raid", "%_", "\x00", "\x02raid\x03", strings.Repeat("word ", 100), "🙂", "Ashraf-3"} {
		if _, err := db.Search(q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if hits := mustSearch(t, db, "Ashraf-3"); !has(hits, app.KindEvent, "e1", "title") {
		t.Errorf("Ashraf-3: %v", hitIDs(hits))
	}
	if hits := mustSearch(t, db, "AND"); len(hits) != 0 {
		t.Errorf("AND matched %v", hitIDs(hits))
	}
}

func TestSearchFollowsChanges(t *testing.T) {
	db := mustOpen(t)
	p, _ := db.Person("p1")
	p.Name = "Taulant Balla"
	p.Aliases = []app.Alias{{Name: "Balla"}}
	if err := db.UpdatePerson(p); err != nil {
		t.Fatal(err)
	}
	if hits := mustSearch(t, db, "cuci"); has(hits, app.KindPerson, "p1", "") {
		t.Errorf("old name still found: %v", hitIDs(hits))
	}
	if hits := mustSearch(t, db, "taulant"); !has(hits, app.KindPerson, "p1", "name") {
		t.Errorf("new name not found: %v", hitIDs(hits))
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	if hits := mustSearch(t, db, "cuci"); !has(hits, app.KindPerson, "p1", "name") {
		t.Errorf("name not found after undo: %v", hitIDs(hits))
	}
	if hits := mustSearch(t, db, "taulant"); len(hits) != 0 {
		t.Errorf("undone name found: %v", hitIDs(hits))
	}
	if err := db.DeletePerson("p1"); err != nil {
		t.Fatal(err)
	}
	if hits := mustSearch(t, db, "cuci"); has(hits, app.KindPerson, "p1", "") {
		t.Errorf("deleted person found: %v", hitIDs(hits))
	}
	if err := db.DeleteSource("s1"); err != nil {
		t.Fatal(err)
	}
	if hits := mustSearch(t, db, "hoxha"); len(hits) != 0 {
		t.Errorf("deleted source found: %v", hitIDs(hits))
	}
	s, _ := db.Source("s2")
	s.Text = "A statement about the Durrës harbour."
	if err := db.UpdateSource(s); err != nil {
		t.Fatal(err)
	}
	if hits := mustSearch(t, db, "durres harb"); !has(hits, app.KindSource, "s2", "text") {
		t.Errorf("new text not found: %v", hitIDs(hits))
	}
	s.Text = ""
	if err := db.UpdateSource(s); err != nil {
		t.Fatal(err)
	}
	if hits := mustSearch(t, db, "durres"); len(hits) != 0 {
		t.Errorf("cleared text found: %v", hitIDs(hits))
	}
	checkIndex(t, db)
}
