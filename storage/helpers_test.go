package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"casefile/app"
)

// TestMain runs this test binary as a helper child process when the
// environment asks for one (see child_test.go), and as the tests otherwise.
func TestMain(m *testing.M) {
	if mode := os.Getenv(childEnv); mode != "" {
		os.Exit(runChild(mode))
	}
	code := m.Run()
	if largeDir != "" {
		os.RemoveAll(largeDir)
	}
	os.Exit(code)
}

// mustOpen creates a case file holding sampleCase in a temp folder and
// opens it; it is closed when the test ends.
func mustOpen(tb testing.TB) *DB {
	tb.Helper()
	return mustCreate(tb, sampleCase())
}

// mustCreate creates a case file holding d in a temp folder.
func mustCreate(tb testing.TB, d app.CaseData) *DB {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "test.casefile")
	db, err := Create(path, d, false)
	if err != nil {
		tb.Fatalf("Create: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func f64(v float64) *float64 { return &v }

// sampleCase is a small case with every kind of item, references between
// them, quotes, and names with diacritics.
func sampleCase() app.CaseData {
	text := "On 20 June 2023 the police raided Ashraf-3. Bledar Çuçi said some 100 people were injured. " +
		"The ministry said no one was injured. Later, the ministry said 15 people were injured."
	return app.CaseData{
		Case: app.Case{Title: "Ashraf-3 raid", Summary: "Police raided the camp.", Marking: "UNCLASSIFIED", Author: "Analyst", AsOf: app.Date{EDTF: "2023-07"}},
		Sources: []app.Source{
			{ID: "s1", Title: "Raid on the camp", Publisher: "Tirana Times", Author: "E. Hoxha", URL: "https://example.org/raid",
				Published: app.Date{EDTF: "2023-06-21", Phrase: "Wednesday"}, Kind: app.SourceArticle, Reliability: "B",
				Interest: app.InterestIndependent, Text: text},
			{ID: "s2", Title: "Ministry statement", Kind: app.SourceStatement, Interest: app.InterestGovernment, Reliability: "C"},
		},
		People: []app.Person{
			{ID: "p1", Name: "Bledar Çuçi", Aliases: []app.Alias{{Name: "Cuci", Note: "used by the press"}}, Role: "Minister of the Interior",
				Nationality: "Albanian", Born: app.Date{EDTF: "1970"}, Notes: "Spoke after the raid.",
				Citations: []app.Citation{{Source: "s1", Quote: &app.Quote{Exact: "Bledar Çuçi", Prefix: "Ashraf-3. ", Suffix: " said", Start: 44, End: 55}}}},
			{ID: "p2", Name: "Maryam Rajavi", Role: "Leader", Died: app.Date{Phrase: "unknown"}},
		},
		Organizations: []app.Organization{
			{ID: "o1", Name: "People's Mojahedin Organization of Iran", Aliases: []app.Alias{{Name: "MEK"}, {Name: "PMOI", Note: "own use"}}, Kind: "party", Country: "Iran"},
			{ID: "o2", Name: "National Council of Resistance of Iran", Aliases: []app.Alias{{Name: "NCRI"}}, Kind: "coalition"},
			{ID: "o3", Name: "Albanian State Police", Kind: "police", Country: "Albania", Notes: "Carried out the raid."},
		},
		Relations: []app.Relation{
			{ID: "r1", From: "o2", To: "o1", Kind: "political arm of", Start: app.Date{EDTF: "1981"}},
			{ID: "r2", From: "p2", To: "o1", Kind: "leads", Citations: []app.Citation{{Source: "s2", Note: "as stated"}}},
		},
		Events: []app.Event{
			{ID: "e1", Title: "Police raid on Ashraf-3", Date: app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}, Description: "Police searched the camp.",
				Place: "Manëz, Albania", Key: true, Participants: []string{"o3", "o1"},
				Citations: []app.Citation{{Source: "s1", Quote: &app.Quote{Exact: "the police raided Ashraf-3", Prefix: "2023 ", Suffix: ".", Start: 16, End: 42}}}},
			{ID: "e2", Title: "Camp founded", Date: app.Date{EDTF: "2013/2016"}, Participants: []string{"o1"}},
		},
		Figures: []app.Figure{
			{ID: "f1", Question: "people injured in the raid", Unit: "people", Event: "e1", Assessment: "Probably dozens.",
				Claims: []app.Claim{
					{ID: "c1", Source: "s1", Claimant: "p1", Text: "some 100", Low: f64(80), High: f64(120), Qualifier: app.QualApproximate, Credibility: 3,
						Citations: []app.Citation{{Source: "s1", Quote: &app.Quote{Exact: "some 100", Start: 67, End: 75}}}},
					{ID: "c2", Source: "s2", Text: "no one", Low: f64(0), High: f64(0), Qualifier: app.QualExact},
					{ID: "c3", Source: "s2", Text: "no reliable estimate", Note: "later"},
					{ID: "c4", Source: "s1", Text: "at least 15", Low: f64(15), Qualifier: app.QualAtLeast, AsOf: app.Date{EDTF: "2023-06-22"}, Credibility: 6},
				}},
		},
		Annotations: []app.Annotation{
			{ID: "a1", Source: "s1", Note: "Check the ministry's later figure.", Quote: &app.Quote{Exact: "15 people", Start: 157, End: 166}},
			{ID: "a2", Source: "s2", Note: "No text yet."},
		},
	}
}

// normalize clears what the store assigns (citation ids) and sets what it
// fills in (citation items, claim figures), so that a case before and
// after a store round trip compare equal.
func normalize(d app.CaseData) app.CaseData {
	d = cloneCase(d)
	cites := func(item string, cs []app.Citation) {
		for i := range cs {
			cs[i].ID = ""
			cs[i].Item = item
		}
	}
	for i := range d.People {
		cites(d.People[i].ID, d.People[i].Citations)
	}
	for i := range d.Organizations {
		cites(d.Organizations[i].ID, d.Organizations[i].Citations)
	}
	for i := range d.Relations {
		cites(d.Relations[i].ID, d.Relations[i].Citations)
	}
	for i := range d.Events {
		cites(d.Events[i].ID, d.Events[i].Citations)
	}
	for i := range d.Figures {
		for j := range d.Figures[i].Claims {
			c := &d.Figures[i].Claims[j]
			c.Figure = d.Figures[i].ID
			cites(c.ID, c.Citations)
		}
	}
	return d
}

// mustLoad loads the whole case.
func mustLoad(tb testing.TB, db *DB) app.CaseData {
	tb.Helper()
	d, err := db.Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return d
}

// sameCase fails the test when a and b differ.
func sameCase(tb testing.TB, what string, got, want app.CaseData) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Fatalf("%s: case differs\n got: %+v\nwant: %+v", what, got, want)
	}
}

// wantCode fails the test unless err is an *app.Error with code.
func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("got no error, want %s", code)
	}
	if got := app.ErrorCode(err); got != code {
		tb.Fatalf("error code %q (%v), want %q", got, err, code)
	}
}

// fileSHA returns the SHA-256 of a file's bytes.
func fileSHA(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// dirNames lists the names in a folder, sorted.
func dirNames(tb testing.TB, dir string) []string {
	tb.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var ns []string
	for _, e := range es {
		ns = append(ns, e.Name())
	}
	sort.Strings(ns)
	return ns
}

// oneSentence fails unless msg is one sentence (one final full stop, no
// line breaks) naming the file.
func oneSentence(tb testing.TB, msg, name string) {
	tb.Helper()
	if !strings.Contains(msg, name) {
		tb.Errorf("message %q does not name %q", msg, name)
	}
	if strings.ContainsAny(msg, "\n") || !strings.HasSuffix(msg, ".") {
		tb.Errorf("message %q is not one sentence", msg)
	}
	trimmed := strings.TrimSuffix(msg, ".")
	if strings.Contains(trimmed, ". ") {
		tb.Errorf("message %q has more than one sentence", msg)
	}
}
