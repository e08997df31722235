package storage

import (
	"strings"
	"testing"

	"casefile/app"
	"casefile/internal/casegen"
)

// demoLikeCase is a small case shaped like the demo case: the Ashraf-3 raid,
// with names in several spellings, aliases, and a source with a long text
// that mentions everyone.
func demoLikeCase() app.CaseData {
	text := strings.Repeat("Reports from Manëz describe the police raid at length. ", 20) +
		"Interior minister Bledar Çuçi said the raid on the Mujahedin camp was lawful; Çuçi repeated it later. " +
		"Some 1 or 2 officers were hurt, the police said, and the People's Mojahedin disputed it. " +
		strings.Repeat("The camp has housed members since 2014. ", 20)
	return app.CaseData{
		Case: app.Case{Title: "Ashraf-3"},
		Sources: []app.Source{
			{ID: "src-summary", Title: "Analyst's summary of press coverage", Text: text},
			{ID: "src-fox", Title: "Report on the Albanian police raid on the Ashraf-3 camp", Publisher: "Fox News Digital"},
			{ID: "src-interior", Title: "Statement by the Albanian Minister of Interior"},
		},
		People: []app.Person{
			{ID: "p-rama", Name: "Edi Rama", Role: "Prime minister", Nationality: "Albanian"},
			{ID: "p-cuci", Name: "Bledar Çuçi", Aliases: []app.Alias{{Name: "Bledar Cuci"}}, Role: "Minister of Interior", Nationality: "Albanian",
				Notes: "Spoke for the government after the raid."},
			{ID: "p-rajavi", Name: "Maryam Rajavi", Role: "Leader of the MEK"},
		},
		Organizations: []app.Organization{
			{ID: "o-police", Name: "Albanian State Police", Aliases: []app.Alias{{Name: "State Police"}}, Kind: "police", Country: "Albania"},
			{ID: "o-mek", Name: "Mujahedeen-e-Khalq", Aliases: []app.Alias{{Name: "MEK"}, {Name: "PMOI"}, {Name: "Mujahedin-e Khalq", Note: "usual English spelling"}},
				Kind: "armed group", Country: "Iran", Notes: "Known to the police of several countries."},
			{ID: "o-interior", Name: "Ministry of Interior of Albania", Kind: "ministry"},
		},
		Relations: []app.Relation{
			{ID: "r-lead", From: "p-rajavi", To: "o-mek", Kind: "leads"},
			{ID: "r-min", From: "p-cuci", To: "o-interior", Kind: "heads"},
		},
		Events: []app.Event{
			{ID: "e-raid", Title: "Police raid on Ashraf-3", Date: app.Date{EDTF: "2023-06-20"}, Place: "Manëz, Albania",
				Description: "Officers searched the camp and seized computers.", Participants: []string{"o-police", "o-mek"}},
			{ID: "e-visit", Title: "Çuçi speaks to the press", Date: app.Date{EDTF: "2023-06-21"}, Place: "Tirana",
				Participants: []string{"p-cuci"}},
			{ID: "e-transfer", Title: "MEK members begin moving to Albania", Date: app.Date{EDTF: "2014"}, Place: "Albania",
				Description: "The first members of the Mujahedin arrive; the police escort them."},
		},
		Figures: []app.Figure{
			{ID: "f-injured", Question: "officers injured in the raid", Event: "e-raid", Claims: []app.Claim{
				{ID: "c-police", Source: "src-fox", Claimant: "o-police", Text: "some 1 or 2", Low: f64(1), High: f64(2), Qualifier: app.QualRange},
				{ID: "c-mek", Source: "src-summary", Claimant: "o-mek", Text: "some 100", Low: f64(80), High: f64(120), Qualifier: app.QualApproximate},
			}},
		},
	}
}

// nameFields are the fields whose hits are names or titles.
var nameFields = map[string]bool{"name": true, "alias": true, "title": true, "question": true, "kind": true}

// wantNamesBeforeText fails unless, among the hits holding the same number
// of the query's words, every hit on a name or title comes before every
// hit on a source's full text.
func wantNamesBeforeText(tb testing.TB, db *DB, q string, hits []app.SearchHit) {
	tb.Helper()
	d := mustLoad(tb, db)
	words := queryWords(q)
	firstText := map[int]int{} // words held -> index of the first source-text hit
	for i, h := range hits {
		n := wordsHeld(d, h, words)
		if h.Kind == app.KindSource && h.Field == "text" {
			if _, ok := firstText[n]; !ok {
				firstText[n] = i
			}
			continue
		}
		if j, ok := firstText[n]; ok && nameFields[h.Field] {
			tb.Errorf("%q: %s hit %d (%s:%s) comes after the source-text hit %d, holding as many words: %v", q, h.Field, i, h.Kind, h.ID, j, hitIDs(hits))
			return
		}
	}
}

// wantScoresDescending fails unless hits are ordered by score.
func wantScoresDescending(tb testing.TB, q string, hits []app.SearchHit) {
	tb.Helper()
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			tb.Errorf("%q: hit %d scores %.3f above hit %d's %.3f", q, i, hits[i].Score, i-1, hits[i-1].Score)
		}
	}
}

// wantOnePerItem fails when an item is two hits (a source's text and its
// other fields are two).
func wantOnePerItem(tb testing.TB, q string, hits []app.SearchHit) {
	tb.Helper()
	seen := map[string]bool{}
	for _, h := range hits {
		k := h.ID
		if h.Kind == app.KindSource && h.Field == "text" {
			k += "#text"
		}
		if seen[k] {
			tb.Errorf("%q: %s is more than one hit: %v", q, k, hitIDs(hits))
		}
		seen[k] = true
		if h.Kind == "" || h.Title == "" {
			tb.Errorf("%q: hit without kind or title: %+v", q, h)
		}
	}
}

func TestSearchQualityDemoLike(t *testing.T) {
	db := mustCreate(t, demoLikeCase())
	check := func(q string) []app.SearchHit {
		t.Helper()
		hits := mustSearch(t, db, q)
		wantNamesBeforeText(t, db, q, hits)
		wantScoresDescending(t, q, hits)
		wantOnePerItem(t, q, hits)
		return hits
	}
	// Through an alias: the name is spelled "Mujahedeen".
	hits := check("mujahedin")
	if len(hits) == 0 || hits[0].ID != "o-mek" || hits[0].Field != "alias" || hits[0].Title != "Mujahedeen-e-Khalq" {
		t.Errorf("mujahedin: %v", hitIDs(hits))
	}
	if m := hits[0].Marks; len(m) != 1 || hits[0].Snippet[m[0][0]:m[0][1]] != "Mujahedin" {
		t.Errorf("mujahedin: snippet %q marks %v", hits[0].Snippet, m)
	}
	// Case and diacritics aside, the person named Çuçi first; the source
	// text that mentions him after every name and title.
	for _, q := range []string{"cuci", "ÇUÇI", "Cuç"} {
		hits := check(q)
		if len(hits) < 3 || hits[0].ID != "p-cuci" || hits[0].Field != "name" {
			t.Errorf("%s: %v", q, hitIDs(hits))
		}
		if !has(hits, app.KindEvent, "e-visit", "title") || !has(hits, app.KindSource, "src-summary", "text") {
			t.Errorf("%s: %v", q, hitIDs(hits))
		}
	}
	// Names and titles before text.
	hits = check("police")
	if hits[0].ID != "o-police" || !has(hits, app.KindSource, "src-summary", "text") {
		t.Errorf("police: %v", hitIDs(hits))
	}
	// Several words: the items holding all of them first, even when the
	// words are in different fields ("raid" and "police" in the title,
	// "Manëz" in the place), then items holding some.
	hits = check("police raid manez")
	if len(hits) < 2 || hits[0].ID != "e-raid" {
		t.Errorf("police raid manez: %v", hitIDs(hits))
	}
	if !has(hits, app.KindSource, "src-summary", "text") {
		t.Errorf("police raid manez: the source text holding all three words is missing: %v", hitIDs(hits))
	}
	wantAllWordsFirst(t, db, "police raid manez", hits)
	hits = check("bledar minister")
	if len(hits) == 0 || hits[0].ID != "p-cuci" {
		t.Errorf("bledar minister: %v", hitIDs(hits))
	}
	wantAllWordsFirst(t, db, "bledar minister", hits)
	// A one-letter word is a whole word: "some 1" finds "some 1 or 2"
	// first, and "some 100" only as holding "some".
	hits = check("some 1")
	if len(hits) == 0 || hits[0].ID != "c-police" {
		t.Errorf("some 1: %v", hitIDs(hits))
	}
	wantAllWordsFirst(t, db, "some 1", hits)
	// Prefixes.
	if hits := check("minis interi"); len(hits) == 0 || hits[0].ID != "p-cuci" && hits[0].ID != "o-interior" {
		t.Errorf("minis interi: %v", hitIDs(hits))
	}
}

// wantAllWordsFirst fails unless the hits for q come in the order of how
// many words of q they hold (in any of their item's fields, as Search
// matches words), checked against the case itself: those holding every
// word first.
func wantAllWordsFirst(tb testing.TB, db *DB, q string, hits []app.SearchHit) {
	tb.Helper()
	d := mustLoad(tb, db)
	words := queryWords(q)
	for i := 1; i < len(hits); i++ {
		if a, b := wordsHeld(d, hits[i-1], words), wordsHeld(d, hits[i], words); b > a {
			tb.Errorf("%q: hit %d (%s) holds %d words, hit %d (%s) before it %d: %v", q, i, hits[i].ID, b, i-1, hits[i-1].ID, a, hitIDs(hits))
			return
		}
	}
}

// wordsHeld counts the words that the item of hit h holds in its indexed
// fields (or, for what this does not look up, the hit's snippet).
func wordsHeld(d app.CaseData, h app.SearchHit, words []qword) int {
	texts := []string{h.Snippet}
	switch h.Kind {
	case app.KindSource:
		s := d.SourceByID(h.ID)
		if h.Field == "text" {
			texts = append(texts, s.Text)
		} else {
			texts = append(texts, s.Title, s.Publisher, s.Author, s.Text)
		}
	case app.KindPerson:
		for _, p := range d.People {
			if p.ID == h.ID {
				texts = append(texts, p.Name, p.Role, p.Nationality, p.Notes)
				for _, a := range p.Aliases {
					texts = append(texts, a.Name, a.Note)
				}
			}
		}
	case app.KindOrganization:
		for _, o := range d.Organizations {
			if o.ID == h.ID {
				texts = append(texts, o.Name, o.Kind, o.Country, o.Notes)
				for _, a := range o.Aliases {
					texts = append(texts, a.Name, a.Note)
				}
			}
		}
	case app.KindEvent:
		for _, e := range d.Events {
			if e.ID == h.ID {
				texts = append(texts, e.Title, e.Description, e.Place, e.Date.Phrase)
			}
		}
	case app.KindClaim:
		for _, f := range d.Figures {
			for _, c := range f.Claims {
				if c.ID == h.ID {
					texts = append(texts, c.Text, c.Note)
				}
			}
		}
	case app.KindFigure:
		for _, f := range d.Figures {
			if f.ID == h.ID {
				texts = append(texts, f.Question, f.Assessment, f.Unit)
			}
		}
	}
	n := 0
	for _, w := range words {
		found := false
		for _, t := range texts {
			for _, tok := range strings.FieldsFunc(t, func(r rune) bool { return !isTokenRune(r) }) {
				if matchWord(tok, []qword{w}) == 0 {
					found = true
				}
			}
		}
		if found {
			n++
		}
	}
	return n
}

// TestSearchQualityGenerated checks the same on a generated case of a few
// thousand rows, with the brief's spelling pair added.
func TestSearchQualityGenerated(t *testing.T) {
	d := casegen.Generate(casegen.Config{Seed: 7, Events: 1500, People: 300, Organizations: 60, Relations: 100, Figures: 50,
		ClaimsPerFigure: 4, Sources: 20, SourceTextBytes: 8000, Citations: 400, Annotations: 40})
	d.Organizations = append(d.Organizations, app.Organization{ID: "o-mek", Name: "Mujahedeen-e-Khalq",
		Aliases: []app.Alias{{Name: "Mujahedin-e Khalq"}}, Kind: "armed group"})
	db := mustCreate(t, d)

	hits := mustSearch(t, db, "mujahedin")
	if len(hits) == 0 || hits[0].ID != "o-mek" {
		t.Errorf("mujahedin: %v", hitIDs(hits))
	}
	for _, q := range []string{"cuci", "mërkuri durres", "ministry raid", "some 1", "police", "camp tirana", "hoxha minister", "raid"} {
		hits := mustSearch(t, db, q)
		if len(hits) == 0 {
			t.Errorf("%q found nothing", q)
			continue
		}
		wantNamesBeforeText(t, db, q, hits)
		wantScoresDescending(t, q, hits)
		wantOnePerItem(t, q, hits)
		wantAllWordsFirst(t, db, q, hits)
	}
	// "cuci": people named Çuçi first, by name.
	hits = mustSearch(t, db, "cuci")
	for _, h := range hits[:3] {
		if h.Kind != app.KindPerson || h.Field != "name" || !strings.Contains(h.Title, "Çuçi") {
			t.Errorf("cuci: %v", hitIDs(hits[:5]))
			break
		}
	}
	// A name and a role: people with both first.
	hits = mustSearch(t, db, "hoxha minister")
	if h := hits[0]; h.Kind != app.KindPerson || wordsHeld(mustLoad(t, db), h, queryWords("hoxha minister")) != 2 {
		t.Errorf("hoxha minister: %v", hitIDs(hits[:5]))
	}
}

// TestSearchQualityLimits runs the generated case's queries with the
// limits lowered, so that the ways Search saves time on a large case (no
// bm25 for common queries, no words spread over fields for common words,
// store order for much other text) are taken, and checks that the order
// rules still hold.
func TestSearchQualityLimits(t *testing.T) {
	saved := [3]int{rankCap, spreadCap, bodyRankCap}
	defer func() { rankCap, spreadCap, bodyRankCap = saved[0], saved[1], saved[2] }()
	d := casegen.Generate(casegen.Config{Seed: 7, Events: 800, People: 200, Organizations: 40, Relations: 60, Figures: 30,
		ClaimsPerFigure: 4, Sources: 12, SourceTextBytes: 6000, Citations: 200, Annotations: 20})
	db := mustCreate(t, d)
	for _, limits := range [][3]int{{2500, 4000, 400}, {200, 300, 20}, {50, 100, 5}} {
		rankCap, spreadCap, bodyRankCap = limits[0], limits[1], limits[2]
		for _, q := range []string{"the", "th", "cuci", "the camp", "some 1", "police raid", "mërkuri durres", "camp tirana"} {
			hits := mustSearch(t, db, q)
			if len(hits) == 0 {
				t.Errorf("%v %q found nothing", limits, q)
				continue
			}
			wantNamesBeforeText(t, db, q, hits)
			wantScoresDescending(t, q, hits)
			wantOnePerItem(t, q, hits)
			wantAllWordsFirst(t, db, q, hits)
		}
	}
}
