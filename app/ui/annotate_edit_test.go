package ui

import (
	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/textfind"
	"casefile/app/ui/kit"
	"casefile/app/ui/kit/kittest"
	"casefile/widgets"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestAnnotateEditReanchorsAndReattaches(t *testing.T) {
	d := annotCase()
	q := func(words string) *app.Quote {
		s := at(t, annotText, words)
		aq := app.Quote(anchor.Capture(annotText, s, s+len([]rune(words))))
		return &aq
	}
	d.Events[0].Citations = []app.Citation{{Source: "s-times", Quote: q("raided the camp")}}
	d.People[1].Citations = []app.Citation{{Source: "s-times", Quote: q("A spokesman")}}
	d.Annotations = []app.Annotation{{ID: "a-1", Source: "s-times", Note: "Which ministry?", Quote: q("The Ministry of the Interior")}}
	cw, _ := newTestWindow(t, d)
	a := openSource(t, cw, "s-times")
	if a.orphans.box.Visible() {
		t.Fatal("orphans listed before any edit")
	}

	// Edit: a paragraph added before, "A spokesman" reworded away.
	edited := "UPDATED 22 June.\n\n" + strings.Replace(annotText, "A spokesman, ", "Then ", 1)
	test.Tap(a.editBtn)
	if !a.editing || !a.t.text.Visible() {
		t.Fatal("Edit text did not show the editor")
	}
	edit(cw, cw.sources.text, edited)
	test.Tap(a.editBtn) // Done editing
	if a.editing {
		t.Fatal("still editing after Done")
	}
	s, _ := storeOf(cw).Source("s-times")
	if s.Text != edited {
		t.Fatalf("text = %q", s.Text)
	}
	ev, _ := storeOf(cw).Event("e-raid")
	wantQuote(t, "moved quote", quoteOf(t, ev.Citations, "s-times"), edited, "raided the camp")
	notes, _ := storeOf(cw).Annotations()
	wantQuote(t, "moved note", *notes[0].Quote, edited, "The Ministry of the Interior")
	maria, _ := storeOf(cw).Person("p-maria")
	if got := quoteOf(t, maria.Citations, "s-times"); got != *d.People[1].Citations[0].Quote {
		t.Errorf("the orphaned quote changed: %+v", got)
	}
	if !a.orphans.box.Visible() || a.orphans.head.Text != "1 quote no longer found in the text" {
		t.Fatalf("orphans: visible %v, %q", a.orphans.box.Visible(), a.orphans.head.Text)
	}
	if !strings.Contains(cw.status.Text, "1 quote no longer found") {
		t.Errorf("status = %q", cw.status.Text)
	}
	// The quotes moved in one step: one Undo puts them back.
	if got := storeOf(cw).UndoLabel(); !strings.HasPrefix(got, "move 2 quotes with the text of") {
		t.Errorf("undo label after re-anchoring = %q", got)
	}
	if !a.orphans.buttons[0].Disabled() {
		t.Error("Re-attach here is enabled with nothing selected")
	}
	// Re-attach: select the new words, press Re-attach here.
	from := at(t, edited, "Then")
	dragSelect(t, cw, a, from, from+len("Then"))
	if a.orphans.buttons[0].Disabled() {
		t.Fatal("Re-attach here is disabled with a selection")
	}
	test.Tap(a.orphans.buttons[0])
	maria, _ = storeOf(cw).Person("p-maria")
	wantQuote(t, "re-attached", quoteOf(t, maria.Citations, "s-times"), edited, "Then")
	if a.orphans.box.Visible() {
		t.Error("the orphan is still listed after re-attaching")
	}
	if h, ok := highlightAt(a, from); !ok || h.Kind != widgets.HighlightPerson {
		t.Errorf("re-attached quote highlighted as %+v", h)
	}
}

func TestAnnotateLargeText(t *testing.T) {
	d := annotCase()
	var b strings.Builder
	for b.Len() < 200_000 {
		b.WriteString(annotText + "\n\n")
	}
	text := b.String()
	d.Sources[0].Text = text
	for i := range 300 {
		s := at(t, text, "raided") + i*len(annotText+"\n\n")
		q := app.Quote(anchor.Capture(text, s, s+len("raided")))
		d.Events[0].Citations = append(d.Events[0].Citations, app.Citation{Source: "s-times", Quote: &q})
	}
	cw, _ := newTestWindow(t, d)
	start := time.Now()
	a := openSource(t, cw, "s-times")
	took := time.Since(start)
	if len(a.marks) != 300 || len(a.hits) == 0 {
		t.Fatalf("%d quotes, %d suggestions", len(a.marks), len(a.hits))
	}
	t.Logf("showing 200 KB with 300 quotes and %d suggestions took %v", len(a.hits), took)
	// The bar follows its selection when the text scrolls (a timer calls
	// placeBar in the window).
	from := at(t, text, "Gent Hoxha")
	dragSelect(t, cw, a, from, from+len("Gent Hoxha"))
	barY := a.bar.Position().Y
	kittest.Wheel(cw.win.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(a.view).Add(fyne.NewPos(50, 50)), -25)
	a.placeBar()
	if got := a.bar.Position().Y; got > barY-kit.WheelStep()+1 || !a.bar.Visible() {
		t.Errorf("after a notch of the wheel the bar moved from %v to %v (visible %v)", barY, got, a.bar.Visible())
	}
}

func TestAnnotateEditUndoAndSwitch(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	test.Tap(a.editBtn)
	if cw.sources.text.Text != annotText {
		t.Fatal("Edit text did not load the text into the editor")
	}
	edit(cw, cw.sources.text, "Short.")
	// Undo while editing puts the text back in the editor, not an empty one.
	cw.Undo()
	if s, _ := storeOf(cw).Source("s-times"); s.Text != annotText {
		t.Fatalf("after Undo the text is %q", s.Text)
	}
	if !a.editing || cw.sources.text.Text != annotText {
		t.Errorf("after Undo: editing %v, editor holds %q", a.editing, cw.sources.text.Text)
	}
	// Another source ends the editing; its text is not loaded into the editor.
	cw.show(app.KindSource, "s-ministry")
	if a.editing || cw.sources.text.Text != "" || !a.empty.Visible() {
		t.Errorf("after switching: editing %v, editor %q, empty note shown %v", a.editing, cw.sources.text.Text, a.empty.Visible())
	}
	// Editing a grade of a source with text leaves the text alone.
	cw.show(app.KindSource, "s-times")
	cw.sources.reliability.SetSelected("A completely reliable")
	if s, _ := storeOf(cw).Source("s-times"); s.Text != annotText || s.Reliability != "A" {
		t.Errorf("after a grade change: %q, %q", s.Reliability, s.Text)
	}
}

func TestAnnotateSelectionSnapsToWords(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	from := at(t, annotText, "the camp at dawn")
	dragSelect(t, cw, a, from+2, from+len("the camp at daw")) // "e camp at daw"
	q, ok := a.selectedQuote()
	if !ok || q.Exact != "the camp at dawn" {
		t.Errorf("quote = %q", q.Exact)
	}
	if s, e := a.view.Selection(); s != from || e != from+len("the camp at dawn") {
		t.Errorf("the view shows %d–%d", s, e)
	}
	ref := time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC)
	text := []rune("Police entered the camp on Tuesday 20 June 2023.")
	if d, _ := textfind.DateNear(text, 0, 6, ref); d.Phrase != "Tuesday 20 June 2023" || d.EDTF != "2023-06-20" {
		t.Errorf("date = %+v", d)
	}
}
