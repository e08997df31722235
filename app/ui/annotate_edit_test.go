package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/ui/uitest"
	"casefile/widgets"
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
	if a.orphanHead() != "" || len(a.reattachButtons()) != 0 {
		t.Fatal("orphans listed before any edit")
	}

	// Edit: a paragraph added before, "A spokesman" reworded away.
	edited := "UPDATED 22 June.\n\n" + strings.Replace(annotText, "A spokesman, ", "Then ", 1)
	test.Tap(a.editButton(t))
	if !a.editing() || !uitest.Shown(a.content(), sourceText(t, cw)) {
		t.Fatal("Edit text did not show the editor")
	}
	edit(cw, sourceText(t, cw), edited)
	test.Tap(a.editButton(t)) // Done editing
	if a.editing() {
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
	if got := a.orphanHead(); got != "1 quote no longer found in the text" {
		t.Fatalf("orphans: %q", got)
	}
	if !strings.Contains(cw.status.Text, "1 quote no longer found") {
		t.Errorf("status = %q", cw.status.Text)
	}
	// The quotes moved in one step: one Undo puts them back.
	if got := storeOf(cw).UndoLabel(); !strings.HasPrefix(got, "move 2 quotes with the text of") {
		t.Errorf("undo label after re-anchoring = %q", got)
	}
	reattach := a.reattachButtons()
	if len(reattach) != 1 {
		t.Fatalf("%d Re-attach here buttons for one quote no longer found", len(reattach))
	}
	if !reattach[0].Disabled() {
		t.Error("Re-attach here is enabled with nothing selected")
	}
	// Re-attach: select the new words, press Re-attach here.
	from := at(t, edited, "Then")
	dragSelect(t, cw, a, from, from+len("Then"))
	if reattach[0].Disabled() {
		t.Fatal("Re-attach here is disabled with a selection")
	}
	test.Tap(reattach[0])
	maria, _ = storeOf(cw).Person("p-maria")
	wantQuote(t, "re-attached", quoteOf(t, maria.Citations, "s-times"), edited, "Then")
	if a.orphanHead() != "" || len(a.reattachButtons()) != 0 {
		t.Error("the orphan is still listed after re-attaching")
	}
	if h, ok := highlightAt(a, from); !ok || h.Kind != widgets.HighlightPerson {
		t.Errorf("re-attached quote highlighted as %+v", h)
	}
}

func TestAnnotateEditUndoAndSwitch(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	test.Tap(a.editButton(t))
	if sourceText(t, cw).Text != annotText {
		t.Fatal("Edit text did not load the text into the editor")
	}
	edit(cw, sourceText(t, cw), "Short.")
	// Undo while editing puts the text back in the editor, not an empty one.
	cw.Undo()
	if s, _ := storeOf(cw).Source("s-times"); s.Text != annotText {
		t.Fatalf("after Undo the text is %q", s.Text)
	}
	if !a.editing() || sourceText(t, cw).Text != annotText {
		t.Errorf("after Undo: editing %v, editor holds %q", a.editing(), sourceText(t, cw).Text)
	}
	// Another source ends the editing; its text is not loaded into the editor.
	cw.show(app.KindSource, "s-ministry")
	if a.editing() || sourceText(t, cw).Text != "" || !a.emptyShown() {
		t.Errorf("after switching: editing %v, editor %q, empty note shown %v", a.editing(), sourceText(t, cw).Text, a.emptyShown())
	}
	// Editing a grade of a source with text leaves the text alone.
	cw.show(app.KindSource, "s-times")
	choice(t, cw.sources, "Reliability").SetSelected("A completely reliable")
	if s, _ := storeOf(cw).Source("s-times"); s.Text != annotText || s.Reliability != "A" {
		t.Errorf("after a grade change: %q, %q", s.Reliability, s.Text)
	}
}
