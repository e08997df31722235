package casemerge

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"casefile/app"
)

func ours() app.CaseData {
	return app.CaseData{
		Sources: []app.Source{{ID: "s1", Title: "Report", URL: "https://example.org/r", Text: "The minister said 12 were hurt."}},
		People:  []app.Person{{ID: "p1", Name: "Bledar Çuçi", Role: "minister", Citations: []app.Citation{{ID: "c1", Item: "p1", Source: "s1", Note: "ours"}}}},
		Organizations: []app.Organization{
			{ID: "o1", Name: "Mujahedin-e Khalq", Aliases: []app.Alias{{Name: "MEK"}}},
		},
		Relations: []app.Relation{{ID: "r1", From: "p1", To: "o1", Kind: "hostile to"}},
	}
}

// theirs has other ids for everything, as an FtM import from another tool.
func theirs() app.CaseData {
	return app.CaseData{
		Sources: []app.Source{{ID: "x-s", Title: "Report (copy)", URL: "https://example.org/r"}},
		People: []app.Person{{ID: "x-p", Name: "bledar cuci", Role: "", Notes: "theirs",
			Citations: []app.Citation{{Source: "x-s", Note: "ours"}, {Source: "x-s", Note: "theirs"}}}},
		Organizations: []app.Organization{{ID: "x-o", Name: "PMOI", Aliases: []app.Alias{{Name: "mek"}, {Name: "PMOI"}}}},
		Relations: []app.Relation{
			{ID: "x-r", From: "x-p", To: "x-o", Kind: "Hostile to"},
			{ID: "x-r2", From: "x-o", To: "x-p", Kind: "denounced by"},
		},
	}
}

func TestCompareMatchesByNameURLAndContent(t *testing.T) {
	p := Compare(ours(), theirs(), "theirs.ftm")
	if len(p.Adds) != 1 || p.Adds[0].Kind != app.KindRelation || p.Adds[0].ID != "x-r2" {
		t.Fatalf("adds %+v", p.Adds)
	}
	byID := map[string]Change{}
	for _, c := range p.Changes {
		byID[c.ID] = c
	}
	person := byID["p1"]
	if person.TheirID != "x-p" {
		t.Errorf("person matched %q", person.TheirID)
	}
	fields := map[string]Field{}
	for _, f := range person.Fields {
		fields[f.Name] = f
	}
	if f := fields["name"]; f.Ours != "Bledar Çuçi" || f.Theirs != "bledar cuci" || f.Take != KeepOurs {
		t.Errorf("name %+v", f)
	}
	if f := fields["notes"]; f.Take != TakeTheirs {
		t.Errorf("an empty field of ours should take theirs: %+v", f)
	}
	if _, ok := fields["role"]; !ok {
		t.Error("role differs (theirs is empty) and is not listed")
	}
	if f := fields["citations"]; !f.List || f.Take != KeepBoth {
		t.Errorf("citations %+v", f)
	}
	b := p.Batch()
	if len(b.Create.Relations) != 1 || b.Create.Relations[0].From != "o1" || b.Create.Relations[0].To != "p1" {
		t.Errorf("the new relation is not on our ids: %+v", b.Create.Relations)
	}
	if len(b.Citations) != 1 || b.Citations[0].Item != "p1" || b.Citations[0].Source != "s1" || b.Citations[0].Note != "theirs" {
		t.Errorf("citations to add %+v", b.Citations)
	}
	var up *app.Person
	for i := range b.Update.People {
		up = &b.Update.People[i]
	}
	if up == nil || up.Name != "Bledar Çuçi" || up.Role != "minister" || up.Notes != "theirs" || up.Citations != nil {
		t.Errorf("updated person %+v", up)
	}
	for _, o := range b.Update.Organizations {
		if !reflect.DeepEqual(o.Aliases, []app.Alias{{Name: "MEK"}, {Name: "mek"}, {Name: "PMOI"}}) || o.Name != "Mujahedin-e Khalq" {
			t.Errorf("organization %+v", o)
		}
	}
	// The plan's inputs are not changed by Batch.
	if o := ours(); len(o.Organizations[0].Aliases) != 1 {
		t.Error("ours changed")
	}
}

func TestChoices(t *testing.T) {
	p := Compare(ours(), theirs(), "")
	for i := range p.Changes {
		for j := range p.Changes[i].Fields {
			p.Changes[i].Fields[j].Take = TakeTheirs
		}
	}
	b := p.Batch()
	if b.Label != "import into this case" {
		t.Errorf("label %q", b.Label)
	}
	for _, x := range b.Update.People {
		if x.Name != "bledar cuci" || x.Role != "" {
			t.Errorf("take theirs: %+v", x)
		}
	}
	for _, o := range b.Update.Organizations {
		if len(o.Aliases) != 3 { // a list never loses ours
			t.Errorf("aliases %+v", o.Aliases)
		}
	}
	for i := range p.Changes {
		for j := range p.Changes[i].Fields {
			p.Changes[i].Fields[j].Take = KeepOurs
		}
	}
	b = p.Batch()
	for _, x := range b.Update.People {
		if !reflect.DeepEqual(x, func() app.Person { y := ours().People[0]; y.Citations = nil; return y }()) {
			t.Errorf("keep ours: %+v", x)
		}
	}
	if len(b.Citations) != 0 {
		t.Errorf("keep ours added citations %+v", b.Citations)
	}
}

func TestCompareSame(t *testing.T) {
	p := Compare(ours(), ours(), "x")
	if !p.Empty() || len(p.Same) != 4 {
		t.Errorf("adds %v changes %v same %d", p.Adds, p.Changes, len(p.Same))
	}
	b := p.Batch()
	if !b.Empty() {
		t.Errorf("batch of nothing: %+v", b)
	}
}

// TestSourceFilePagesAndMail: a copy whose source has another page map,
// another file and is attached to a mail lists each as a difference;
// taking theirs brings the text with its pages and the mail under our id.
func TestSourceFilePagesAndMail(t *testing.T) {
	o := ours()
	o.Sources = append(o.Sources, app.Source{ID: "m1", Title: "Fwd: report", Text: "See attached."})
	th := theirs()
	th.Sources[0].Text = "Page one.\n\nPage two."
	th.Sources[0].Pages = []int{0, 11}
	th.Sources[0].Original = &app.Original{Name: "r.pdf", Type: "application/pdf", Size: 9, SHA256: strings.Repeat("0f", 32)}
	th.Sources[0].AttachedTo = "x-m"
	th.Sources = append(th.Sources, app.Source{ID: "x-m", Title: "Fwd: report", Text: "See attached."})
	p := Compare(o, th, "theirs.json")
	var ch *Change
	for i := range p.Changes {
		if p.Changes[i].ID == "s1" {
			ch = &p.Changes[i]
		}
	}
	if ch == nil {
		t.Fatalf("the report is not listed as changed: %+v", p.Changes)
	}
	fields := map[string]*Field{}
	for i := range ch.Fields {
		fields[ch.Fields[i].Name] = &ch.Fields[i]
	}
	for _, name := range []string{"text", "file", "attached to"} {
		if fields[name] == nil {
			t.Fatalf("%s not listed: %+v", name, ch.Fields)
		}
		fields[name].Take = TakeTheirs
	}
	if f := fields["attached to"]; f.Theirs != "Fwd: report" {
		t.Errorf("attached to shows %q", f.Theirs)
	}
	if f := fields["text"]; !strings.HasSuffix(f.Theirs, "[2 pages]") {
		t.Errorf("text shows %q", f.Theirs)
	}
	b := p.Batch()
	var got *app.Source
	for i := range b.Update.Sources {
		if b.Update.Sources[i].ID == "s1" {
			got = &b.Update.Sources[i]
		}
	}
	if got == nil || got.Text != th.Sources[0].Text || !slices.Equal(got.Pages, []int{0, 11}) ||
		got.Original == nil || got.Original.Name != "r.pdf" || got.AttachedTo != "m1" {
		t.Fatalf("taken: %+v", got)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("the merged source does not validate: %v", err)
	}
	th.Sources[0].Pages[0] = 5 // the plan holds copies
	if got.Pages[0] != 0 {
		t.Error("the batch shares their page map")
	}
}
