package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/ui/search"
)

// finder is the open Find dialog as a test sees it on the canvas: its
// field and its result rows, in the order shown.
type finder struct {
	entry *search.Entry
	rows  []*search.Row
}

// close closes the dialog (Escape in its field).
func (f finder) close() { f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

// findFor opens Find on cw (from the Edit menu's action) and types q,
// searching at once.
func findFor(t *testing.T, cw *caseWindow, q string) finder {
	t.Helper()
	old := search.Delay
	search.Delay = 0
	t.Cleanup(func() { search.Delay = old })
	if cw.win.Canvas().Overlays().Top() == nil {
		search.Open(cw.h)
	}
	var f finder
	for _, o := range overlayObjects(t, cw) {
		if e, ok := o.(*search.Entry); ok {
			f.entry = e
		}
	}
	if f.entry == nil {
		t.Fatal("the Find dialog has no search field")
	}
	f.entry.SetText(q)
	for _, o := range overlayObjects(t, cw) {
		if r, ok := o.(*search.Row); ok {
			f.rows = append(f.rows, r)
		}
	}
	return f
}

func TestSearchEnterOpensItemAndBackReturns(t *testing.T) {
	cw := demoWindow(t)
	cw.show(app.KindEvent, cw.timeline.Pane().Rows[cw.timeline.Pane().Shown[0]].ID)
	f := findFor(t, cw, "cuci")
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if cw.tabs.Selected() != cw.people.Item() || cw.people.Pane().Selected != "p-cuci" {
		t.Fatalf("Enter did not open Bledar Çuçi on the People tab")
	}
	if cw.win.Canvas().Overlays().Top() != nil {
		t.Error("the Find dialog is still open")
	}
	cw.back()
	if cw.tabs.Selected() != cw.timeline.Item() {
		t.Error("Back did not return to the timeline")
	}

	// A tap on a result opens it.
	f = findFor(t, cw, "mujahedin")
	test.Tap(f.rows[0])
	if cw.tabs.Selected() != cw.orgs.Item() || cw.orgs.Pane().Selected != "o-mek" {
		t.Error("tapping the MEK did not open it")
	}
}

func TestSearchSourceTextHitOpensSource(t *testing.T) {
	cw := demoWindow(t)
	f := findFor(t, cw, "cuci")
	for _, r := range f.rows {
		if h := r.Hit(); h.Kind == app.KindSource && h.Offset >= 0 {
			test.Tap(r)
			if cw.tabs.Selected() != cw.sources.Item() || cw.sources.Pane().Selected != h.ID {
				t.Errorf("the text hit in %s did not open the source", h.ID)
			}
			return
		}
	}
	t.Fatal("no hit in a source's text for “cuci”")
}
