package questions

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit"
)

func press(f fyne.Focusable, key fyne.KeyName) { f.TypedKey(&fyne.KeyEvent{Name: key}) }

// dialogFields lists the key entries and check boxes of the open dialog.
func dialogFields(t *testing.T, w fyne.Window) ([]*kit.KeyEntry, []*kit.KeyCheck, *widget.List) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	var es []*kit.KeyEntry
	var cs []*kit.KeyCheck
	var list *widget.List
	for _, o := range test.LaidOutObjects(top) {
		switch v := o.(type) {
		case *kit.KeyEntry:
			es = append(es, v)
		case *kit.KeyCheck:
			cs = append(cs, v)
		case *widget.List:
			list = v
		}
	}
	if len(es) == 0 {
		t.Fatal("the dialog has no field that takes Enter and Escape")
	}
	return es, cs, list
}

func closed(t *testing.T, w fyne.Window, after string) {
	t.Helper()
	if w.Canvas().Overlays().Top() != nil {
		t.Errorf("after %s the dialog is still open", after)
	}
}

// TestNewQuestionKeys: the question has the focus, Enter adds, Escape
// cancels.
func TestNewQuestionKeys(t *testing.T) {
	tab, s, w, _ := newTestTab(t, fyne.NewSize(1366, 768))
	before := len(s.Index().Data().Questions)
	tab.newQuestion()
	es, _, _ := dialogFields(t, w)
	if w.Canvas().Focused() != es[0] {
		t.Errorf("the focus is on %T, not the question", w.Canvas().Focused())
	}
	es[0].SetText("Who ordered the raid?")
	es[1].SetText("The court")
	press(es[2], fyne.KeyEscape)
	closed(t, w, "Escape")
	tab.newQuestion()
	es, _, _ = dialogFields(t, w)
	es[0].SetText("Who ordered the raid?")
	es[1].SetText("The court")
	es[2].SetText("The ministry")
	press(es[2], fyne.KeyReturn)
	closed(t, w, "Enter")
	if n := len(s.Index().Data().Questions); n != before+1 {
		t.Errorf("%d questions after Escape and Enter, want %d", n, before+1)
	}
}

// TestAssumptionKeys: Escape cancels, Shift+Enter adds (Enter is a new
// line in a text of several lines).
func TestAssumptionKeys(t *testing.T) {
	tab, s, w, _ := newTestTab(t, fyne.NewSize(1366, 768))
	tab.Select("q-killed")
	n := len(question(s, "q-killed").Evidence)
	tab.addAssumption()
	es, _, _ := dialogFields(t, w)
	press(es[0], fyne.KeyEscape)
	closed(t, w, "Escape")
	if len(question(s, "q-killed").Evidence) != n {
		t.Error("Escape added the assumption")
	}
	tab.addAssumption()
	es, _, _ = dialogFields(t, w)
	test.Type(es[0], "The court acts only on request.")
	press(es[0], fyne.KeyReturn)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter in the assumption closed the dialog instead of starting a line")
	}
	es[0].KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(es[0], fyne.KeyReturn)
	es[0].KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	closed(t, w, "Shift+Enter")
	if len(question(s, "q-killed").Evidence) != n+1 {
		t.Error("Shift+Enter did not add the assumption")
	}
}

// TestEvidencePickerKeys: the filter has the focus and the first match is
// highlighted; Down moves the highlight and Enter adds it; Space ticks a
// row and Enter on it adds the ticked rows; Escape adds nothing.
func TestEvidencePickerKeys(t *testing.T) {
	tab, s, w, _ := newTestTab(t, fyne.NewSize(1366, 768))
	tab.Select("q-killed")
	count := func() int { return len(question(s, "q-killed").Evidence) }
	n := count()

	tab.pickEvidence()
	es, _, _ := dialogFields(t, w)
	if w.Canvas().Focused() != es[0] {
		t.Errorf("the focus is on %T, not the filter", w.Canvas().Focused())
	}
	press(es[0], fyne.KeyEscape)
	closed(t, w, "Escape")
	if count() != n {
		t.Error("Escape added evidence")
	}

	tab.pickEvidence()
	es, _, _ = dialogFields(t, w)
	offered := tab.candidates(question(s, "q-killed"))
	press(es[0], fyne.KeyDown)
	press(es[0], fyne.KeyReturn)
	closed(t, w, "Enter")
	q := question(s, "q-killed")
	if count() != n+1 || q.Evidence[len(q.Evidence)-1].Item != offered[1].id {
		t.Fatalf("Down, Enter: %d rows (want %d), the last %q (want the second offered, %q)", count(), n+1, q.Evidence[len(q.Evidence)-1].Item, offered[1].id)
	}

	tab.pickEvidence()
	_, cs, _ := dialogFields(t, w)
	if len(cs) < 2 {
		t.Fatalf("the picker shows %d rows that take Enter", len(cs))
	}
	w.Canvas().Focus(cs[1])
	test.Type(cs[1], " ")
	press(cs[1], fyne.KeyReturn)
	closed(t, w, "Space and Enter on a row")
	if count() != n+2 {
		t.Errorf("Space and Enter on a row: %d rows, want %d", count(), n+2)
	}
}
