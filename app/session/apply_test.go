package session

import (
	"testing"

	"casefile/app"
	"casefile/app/casemerge"
)

// TestApplyImport plans an import of an edited copy, applies it, and
// checks that the index is current, that subscribers heard the added and
// changed items, and that one Undo takes it back.
func TestApplyImport(t *testing.T) {
	s := openTest(t, demoCase(t))
	theirs := demoCase(t)
	theirs.People = append(theirs.People, app.Person{ID: "p-colleague", Name: "Added by a colleague"})
	theirs.Organizations[0].Notes = "A colleague's note."
	plan, err := s.PlanImport(theirs, "colleague.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Adds) != 1 || len(plan.Changes) != 1 {
		t.Fatalf("plan: %d adds, %d changes", len(plan.Adds), len(plan.Changes))
	}
	plan.Changes[0].Fields[0].Take = casemerge.TakeTheirs
	var r recorder
	defer r.listen(s)()
	if err := s.Apply(plan); err != nil {
		t.Fatal(err)
	}
	assertCurrent(t, s, "after the import")
	c := r.last(t)
	if !c.Reloaded || !c.Has(app.KindPerson, "p-colleague") || !c.Has(app.KindOrganization, theirs.Organizations[0].ID) {
		t.Errorf("change %+v", c)
	}
	if s.Index().Data().Organizations[0].Notes != "A colleague's note." {
		t.Error("the change taken from theirs is not in the index")
	}
	if s.UndoLabel() != "import ‘colleague.json’" {
		t.Errorf("undo label %q", s.UndoLabel())
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	assertCurrent(t, s, "after undoing the import")
	if len(s.Index().Data().People) != len(theirs.People)-1 {
		t.Error("undo left the added person")
	}
	// Nothing to do: nothing written, nobody told.
	n := len(r.got)
	same, _ := s.PlanImport(demoCase(t), "same.json")
	if err := s.Apply(same); err != nil || len(r.got) != n {
		t.Errorf("an empty plan: %v, %d changes announced", err, len(r.got)-n)
	}
}
