package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"casefile/app"
)

func TestMergeViaUIAndUndo(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindPerson, "p-cuci")
	test.Tap(tabButton(t, cw.people, "Merge into…"))
	pickFirst(t, cw, "maria")
	tapOverlay(t, cw, "Merge")

	d := load(t, cw)
	if len(d.People) != 1 || d.People[0].ID != "p-maria" {
		t.Fatalf("people after merge = %+v", d.People)
	}
	keep := d.People[0]
	var aliases []string
	for _, a := range keep.Aliases {
		aliases = append(aliases, a.Name)
	}
	if !slices.Contains(aliases, "Arben Çuçi") || !slices.Contains(aliases, "The Colonel") {
		t.Errorf("aliases after merge = %v", aliases)
	}
	if len(keep.Citations) != 1 {
		t.Errorf("citations after merge = %d, want 1", len(keep.Citations))
	}
	if r := d.Relations[0]; r.From != "p-maria" || r.To != "o-police" {
		t.Errorf("relation after merge = %+v", r)
	}
	if !slices.Contains(d.Events[0].Participants, "p-maria") {
		t.Errorf("participants after merge = %v", d.Events[0].Participants)
	}
	if cw.people.Pane().Selected != "p-maria" {
		t.Errorf("selected after merge = %q, want the kept person", cw.people.Pane().Selected)
	}

	cw.Undo()
	d = load(t, cw)
	if len(d.People) != 2 {
		t.Fatalf("people after Undo = %d, want 2", len(d.People))
	}
	for _, p := range d.People {
		switch p.ID {
		case "p-cuci":
			if len(p.Aliases) != 1 || len(p.Citations) != 1 {
				t.Errorf("Çuçi after Undo: %d aliases, %d citations", len(p.Aliases), len(p.Citations))
			}
		case "p-maria":
			if len(p.Aliases) != 0 || len(p.Citations) != 0 {
				t.Errorf("María after Undo: %d aliases, %d citations", len(p.Aliases), len(p.Citations))
			}
		}
	}
	if r := d.Relations[0]; r.From != "p-cuci" {
		t.Errorf("relation after Undo = %+v", r)
	}
}

func TestMergePickerListsSameKindOnly(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindOrganization, "o-police")
	test.Tap(tabButton(t, cw.orgs, "Merge into…"))
	if l := overlayList(t, cw); l.Length() != 1 {
		t.Fatalf("merge picker lists %d items, want 1", l.Length())
	}
	if !slices.Contains(overlayLabels(cw), "Ministry of the Interior") {
		t.Fatalf("merge picker shows %q", overlayLabels(cw))
	}
	tapOverlay(t, cw, "Cancel")
}
