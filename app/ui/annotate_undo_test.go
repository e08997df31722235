package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/ui/uitest"
)

// quotedAnywhere reports whether any item of the case cites a quote with
// the words exact.
func quotedAnywhere(d app.CaseData, exact string) bool {
	var cites []app.Citation
	for _, e := range d.Events {
		cites = append(cites, e.Citations...)
	}
	for _, p := range d.People {
		cites = append(cites, p.Citations...)
	}
	for _, o := range d.Organizations {
		cites = append(cites, o.Citations...)
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			cites = append(cites, c.Citations...)
		}
	}
	for _, c := range cites {
		if c.Quote != nil && c.Quote.Exact == exact {
			return true
		}
	}
	return false
}

// TestAnnotateNewItemIsOneUndoStep makes an event, and a claim about a new
// disputed figure, from selected phrases: each is one undo step that takes
// the item and its citation away together, and Redo brings both back and
// shows the item.
func TestAnnotateNewItemIsOneUndoStep(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	phrase := "police raided the camp"
	from := at(t, annotText, phrase)
	dragSelect(t, cw, a, from, from+len(phrase))
	test.Tap(barButton(t, a, "New event"))
	tapOverlay(t, cw, "Save")
	if got := cw.s.UndoLabel(); got != "add event ‘Police raided the camp’" {
		t.Fatalf("after New event the undo label is %q", got)
	}
	cw.Undo()
	d := load(t, cw)
	if len(d.Events) != 3 || quotedAnywhere(d, phrase) {
		t.Errorf("one Undo left %d events, the quote cited: %v", len(d.Events), quotedAnywhere(d, phrase))
	}
	if got := cw.s.UndoLabel(); got != "" {
		t.Errorf("after one Undo there is still %q to undo", got)
	}
	cw.Redo()
	d = load(t, cw)
	ev := d.Events[len(d.Events)-1]
	wantQuote(t, "redone event", quoteOf(t, ev.Citations, "s-times"), annotText, phrase)
	if cw.tabs.SelectedIndex() != 0 || cw.timeline.Pane().Selected != ev.ID {
		t.Errorf("after Redo the window shows tab %d, %q", cw.tabs.SelectedIndex(), cw.timeline.Pane().Selected)
	}

	// A claim about a new figure: the figure, the claim and the citation
	// are one step.
	a = openSource(t, cw, "s-times")
	phrase = "no one was hurt"
	from = at(t, annotText, phrase)
	dragSelect(t, cw, a, from, from+len(phrase))
	test.Tap(barButton(t, a, "New claim"))
	menu := uitest.PopUpItems(t, cw.win)
	last := menu[len(menu)-1]
	if last.Label != "New disputed figure…" {
		t.Fatalf("the claim menu ends with %q", last.Label)
	}
	last.Tap()
	overlayField(t, cw, "Question").SetText("People hurt in the raid")
	tapOverlay(t, cw, "Save")
	if got := cw.s.UndoLabel(); got != "add disputed figure ‘People hurt in the raid’" {
		t.Fatalf("after the new claim the undo label is %q", got)
	}
	if d = load(t, cw); len(d.Figures) != 2 || !quotedAnywhere(d, phrase) {
		t.Fatalf("the new figure and its quoted claim are not in the case: %d figures", len(d.Figures))
	}
	cw.Undo()
	if d = load(t, cw); len(d.Figures) != 1 || quotedAnywhere(d, phrase) {
		t.Errorf("one Undo left %d figures, the quote cited: %v", len(d.Figures), quotedAnywhere(d, phrase))
	}
	if got := cw.s.UndoLabel(); got != "add event ‘Police raided the camp’" {
		t.Errorf("one Undo of the claim went back to %q", got)
	}
}

// TestAnnotateUndoCitationShowsItsSource cites a selection for an existing
// item, goes to another tab, and checks that Undo and Redo of the citation
// show the source it belongs to, selected, on the Sources tab.
func TestAnnotateUndoCitationShowsItsSource(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	phrase := "at dawn"
	from := at(t, annotText, phrase)
	dragSelect(t, cw, a, from, from+len(phrase))
	test.Tap(barButton(t, a, "Cite for"))
	menu := uitest.PopUpItems(t, cw.win)
	menu[len(menu)-1].Tap()
	pickFirst(t, cw, "camp founded")
	if e, _ := storeOf(cw).Event("e-founding"); len(e.Citations) != 1 {
		t.Fatalf("the event has %d citations after Cite for", len(e.Citations))
	}
	for _, step := range []struct {
		name      string
		do        func()
		citations int
	}{{"Undo", cw.Undo, 0}, {"Redo", cw.Redo, 1}} {
		cw.selectTab(0)
		cw.show(app.KindEvent, "e-raid")
		step.do()
		if e, _ := storeOf(cw).Event("e-founding"); len(e.Citations) != step.citations {
			t.Errorf("after %s the event has %d citations, want %d", step.name, len(e.Citations), step.citations)
		}
		if cw.tabs.SelectedIndex() != 4 || cw.sources.Pane().Selected != "s-times" {
			t.Errorf("after %s of the citation the window shows tab %d, %q", step.name, cw.tabs.SelectedIndex(), cw.sources.Pane().Selected)
		}
	}
}
