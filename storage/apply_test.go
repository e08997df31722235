package storage

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/casemerge"
	"casefile/app/exchange"
	"casefile/assets"
)

func demoData(t *testing.T) app.CaseData {
	t.Helper()
	d, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func personByID(d app.CaseData, id string) *app.Person {
	for i := range d.People {
		if d.People[i].ID == id {
			return &d.People[i]
		}
	}
	return nil
}

func orgByID(d app.CaseData, id string) *app.Organization {
	for i := range d.Organizations {
		if d.Organizations[i].ID == id {
			return &d.Organizations[i]
		}
	}
	return nil
}

func eventByID(d app.CaseData, id string) *app.Event {
	for i := range d.Events {
		if d.Events[i].ID == id {
			return &d.Events[i]
		}
	}
	return nil
}

// TestApplyMergesTwoCopies edits the demo in the case file (ours) and in a
// colleague's copy (theirs) differently, plans the import, takes theirs
// for the fields the colleague edited, applies it and checks every edit of
// both sides; one Undo takes the whole import back.
func TestApplyMergesTwoCopies(t *testing.T) {
	db := mustCreate(t, demoData(t))

	// Our edits, through the store.
	cuci, _ := db.Person("p-cuci")
	cuci.Role = "Minister of Interior (ours)"
	if err := db.UpdatePerson(cuci); err != nil {
		t.Fatal(err)
	}
	mek, _ := db.Organization("o-mek")
	mek.Aliases = append(mek.Aliases, app.Alias{Name: "OursAlias"})
	if err := db.UpdateOrganization(mek); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateEvent(&app.Event{ID: "e-ours", Title: "Our new event", Date: app.Date{EDTF: "2024-01"}}); err != nil {
		t.Fatal(err)
	}
	ours := mustLoad(t, db)

	// Their edits, in memory (as from their Casefile JSON). The colleague
	// also gave Çuçi another id: the same-name rule must find ours.
	theirs := demoData(t)
	personByID(theirs, "p-cuci").ID = "p-bledar"
	for i := range theirs.Events {
		for j, p := range theirs.Events[i].Participants {
			if p == "p-cuci" {
				theirs.Events[i].Participants[j] = "p-bledar"
			}
		}
	}
	for i := range theirs.Relations {
		if theirs.Relations[i].From == "p-cuci" {
			theirs.Relations[i].From = "p-bledar"
		}
	}
	orgByID(theirs, "o-ncri").Notes = "Their note on the NCRI."
	orgByID(theirs, "o-mek").Aliases = append(orgByID(theirs, "o-mek").Aliases, app.Alias{Name: "TheirAlias", Note: "theirs"})
	theirs.People = append(theirs.People, app.Person{ID: "p-new", Name: "A New Person", Role: "their addition"})
	theirs.Relations = append(theirs.Relations, app.Relation{ID: "r-new", From: "p-new", To: "o-mek", Kind: "member of"})
	raid := eventByID(theirs, "e-2023-raid")
	raid.Participants = append(raid.Participants, "p-new", "p-bledar")
	// An item with the same id is the same item: its fields are compared.
	theirs.Events = append(theirs.Events, app.Event{ID: "e-ours", Title: "Their event with our id", Date: app.Date{EDTF: "1999"}})
	theirs.Figures[0].Assessment = "Their assessment."
	theirs.Figures[0].Claims = append(theirs.Figures[0].Claims, app.Claim{ID: "c-new", Figure: theirs.Figures[0].ID, Source: theirs.Sources[0].ID, Text: "some 7", Low: f64(7), High: f64(7), Qualifier: app.QualApproximate})

	plan := casemerge.Compare(ours, theirs, "colleague.json")
	theirFields := map[string]bool{"o-ncri/notes": true, "o-mek/aliases": true, "e-2023-raid/participants": true, theirs.Figures[0].ID + "/assessment": true}
	for i := range plan.Changes {
		c := &plan.Changes[i]
		for j := range c.Fields {
			f := &c.Fields[j]
			switch {
			case theirFields[c.ID+"/"+f.Name] && f.List:
				f.Take = casemerge.KeepBoth
			case theirFields[c.ID+"/"+f.Name]:
				f.Take = casemerge.TakeTheirs
			default:
				f.Take = casemerge.KeepOurs
			}
		}
	}
	var desc strings.Builder
	plan.Describe(&desc)
	t.Logf("plan:\n%s", desc.String())
	for _, want := range []string{"add person ‘A New Person’", "add relation", "add claim ‘some 7’", "change event ‘Our new event’", "title: ours ‘Our new event’; theirs ‘Their event with our id’ (keep ours)", "change person ‘Bledar Çuçi’", "role: ours ‘Minister of Interior (ours)’"} {
		if !strings.Contains(desc.String(), want) {
			t.Errorf("the plan does not say %q", want)
		}
	}

	undoBefore := db.UndoLabel()
	if err := db.Apply(plan.Batch()); err != nil {
		t.Fatalf("Apply: %v", err)
	}
	if got := db.UndoLabel(); got != "import ‘colleague.json’" {
		t.Errorf("undo label %q", got)
	}
	got := mustLoad(t, db)

	// Ours kept.
	if p := personByID(got, "p-cuci"); p == nil || p.Role != "Minister of Interior (ours)" {
		t.Errorf("our edit of p-cuci is lost: %+v", p)
	}
	if personByID(got, "p-bledar") != nil {
		t.Error("their copy of Çuçi was added instead of matched by name")
	}
	if e := eventByID(got, "e-ours"); e == nil || e.Title != "Our new event" {
		t.Errorf("our new event: %+v", e)
	}
	names := func(as []app.Alias) (out []string) {
		for _, a := range as {
			out = append(out, a.Name)
		}
		return out
	}
	m := orgByID(got, "o-mek")
	if !slices.Contains(names(m.Aliases), "OursAlias") || !slices.Contains(names(m.Aliases), "TheirAlias") {
		t.Errorf("MEK's aliases %q lack one side's", names(m.Aliases))
	}
	// Theirs taken.
	if n := orgByID(got, "o-ncri").Notes; n != "Their note on the NCRI." {
		t.Errorf("their note on the NCRI: %q", n)
	}
	if p := personByID(got, "p-new"); p == nil || p.Role != "their addition" {
		t.Errorf("their new person: %+v", p)
	}
	found := false
	for _, r := range got.Relations {
		found = found || r.From == "p-new" && r.To == "o-mek" && r.Kind == "member of"
	}
	if !found {
		t.Error("their new relation is missing")
	}
	if r := eventByID(got, "e-2023-raid"); !slices.Contains(r.Participants, "p-new") || !slices.Contains(r.Participants, "p-cuci") || slices.Contains(r.Participants, "p-bledar") {
		t.Errorf("raid participants %q", r.Participants)
	}
	if got.Figures[0].Assessment != "Their assessment." || !slices.ContainsFunc(got.Figures[0].Claims, func(c app.Claim) bool { return c.Text == "some 7" }) {
		t.Errorf("figure: %q, %d claims", got.Figures[0].Assessment, len(got.Figures[0].Claims))
	}
	if n := len(got.People) + len(got.Organizations) + len(got.Events) + len(got.Relations); n != len(ours.People)+len(ours.Organizations)+len(ours.Events)+len(ours.Relations)+2 {
		t.Errorf("%d items after the import; want 2 more than before", n)
	}

	// One undo step takes it all back.
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	sameCase(t, "after undoing the import", mustLoad(t, db), ours)
	if db.UndoLabel() != undoBefore {
		t.Errorf("undo label after undo %q, want %q", db.UndoLabel(), undoBefore)
	}

	// Importing the same copy again after the import changes nothing.
	if _, err := db.Redo(); err != nil {
		t.Fatal(err)
	}
	again := casemerge.Compare(mustLoad(t, db), mustLoad(t, db), "again")
	if !again.Empty() {
		t.Errorf("a case compared with itself plans %d adds and %d changes", len(again.Adds), len(again.Changes))
	}
}

// TestApplyAllOrNothing: a batch with a bad item writes nothing.
func TestApplyAllOrNothing(t *testing.T) {
	db := mustCreate(t, demoData(t))
	before := mustLoad(t, db)
	b := app.Batch{Label: "import ‘bad’",
		Create: app.CaseData{
			People:    []app.Person{{ID: "p-fine", Name: "Fine"}},
			Relations: []app.Relation{{ID: "r-bad", From: "p-fine", To: "o-nowhere", Kind: "member of"}},
		}}
	err := db.Apply(b)
	if err == nil || app.ErrorMessage(err) == "" {
		t.Fatalf("Apply of a relation to a missing organization: %v", err)
	}
	sameCase(t, "after a failed import", mustLoad(t, db), before)
}
