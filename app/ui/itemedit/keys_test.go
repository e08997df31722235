package itemedit

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app/ui/kit"
)

// TestPickerKeys: a picker filters as the analyst types, Up and Down move
// the highlight, Enter chooses the highlighted row (the first match when
// nothing was moved), Escape closes it without choosing.
func TestPickerKeys(t *testing.T) {
	b := newBench(t, sampleCase())
	items := ActorItems(b.h.Index(), nil)
	var picked []string
	pick := func(id string) { picked = append(picked, id) }

	PickActor(b.h, "Choose", nil, pick)
	f := b.overlayKeyEntries(t)[0]
	if b.win.Canvas().Focused() != f {
		t.Error("the picker's filter does not have the focus")
	}
	press(f, fyne.KeyDown)
	press(f, fyne.KeyDown)
	press(f, fyne.KeyDown)
	press(f, fyne.KeyUp)
	press(f, fyne.KeyReturn)
	if len(picked) != 1 || picked[0] != items[2].ID {
		t.Errorf("Down, Down, Down, Up, Enter picked %q, want %q (%s)", picked, items[2].ID, items[2].Label)
	}
	b.noDialog(t, "Enter")

	// Up at the top and Down at the bottom stay in the list.
	PickActor(b.h, "Choose", nil, pick)
	f = b.overlayKeyEntries(t)[0]
	press(f, fyne.KeyUp)
	for range len(items) + 2 {
		press(f, fyne.KeyDown)
	}
	press(f, fyne.KeyReturn)
	if last := picked[len(picked)-1]; last != items[len(items)-1].ID {
		t.Errorf("Down past the end picked %q, want the last row %q", last, items[len(items)-1].ID)
	}

	// Typing narrows the list and starts again at its first row.
	PickActor(b.h, "Choose", nil, pick)
	f = b.overlayKeyEntries(t)[0]
	press(f, fyne.KeyDown)
	test.Type(f, "nunez")
	press(f, fyne.KeyReturn)
	if last := picked[len(picked)-1]; last != "p-maria" {
		t.Errorf("typing “nunez”, Enter picked %q, want p-maria", last)
	}

	n := len(picked)
	PickActor(b.h, "Choose", nil, pick)
	press(b.overlayKeyEntries(t)[0], fyne.KeyEscape)
	b.noDialog(t, "Escape in a picker")
	if len(picked) != n {
		t.Errorf("Escape picked %q", picked[n:])
	}
}

// TestRelationEditorKindKeys: in a relation's editor Tab goes from Kind to
// its From date, and the arrow beside Kind still offers the common kinds,
// saving the one chosen.
func TestRelationEditorKindKeys(t *testing.T) {
	b := newBench(t, sampleCase())
	b.people.Show("p-cuci")
	ed := openRelation(t, b.people, "r-1")
	c := b.win.Canvas()
	c.Focus(ed.kind)
	c.FocusNext()
	if c.Focused() != ed.start.FocusTarget() {
		t.Errorf("Tab from Kind went to %T, not the From date", c.Focused())
	}
	arrow, ok := ed.kind.ActionItem.(*kit.TapIcon)
	if !ok {
		t.Fatalf("the kind's arrow is a %T", ed.kind.ActionItem)
	}
	test.Tap(arrow)
	var items []fyne.Tappable // the menu's rows
	for _, o := range c.Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			if fmt.Sprintf("%T", x) == "*widget.menuItem" {
				items = append(items, x.(fyne.Tappable))
			}
		}
	}
	if len(items) != len(relationKinds) {
		t.Fatalf("the arrow offers %d kinds, want %d", len(items), len(relationKinds))
	}
	test.Tap(items[1])
	if r, _ := b.st.Relation("r-1"); r.Kind != relationKinds[1] {
		t.Errorf("choosing %q saved the kind %q", relationKinds[1], r.Kind)
	}
}
