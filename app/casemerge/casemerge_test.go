package casemerge

import (
	"reflect"
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
