package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app/briefing"
	"casefile/app/ui/kit"
)

// canvasKey sends key to the window with no field focused, as the driver
// does.
func canvasKey(t *testing.T, cw *caseWindow, key fyne.KeyName) {
	t.Helper()
	cw.win.Canvas().Unfocus()
	h := cw.win.Canvas().OnTypedKey()
	if h == nil {
		t.Fatalf("%s with nothing focused goes nowhere", key)
	}
	h(&fyne.KeyEvent{Name: key})
}

// TestCaseDetailsKeys: the title has the focus; Enter in any one-line
// field or the date saves, Escape anywhere cancels, and Enter with no
// field focused saves too.
func TestCaseDetailsKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.onCaseDetails()
	es := overlayKeyEntries(t, cw)
	if cw.win.Canvas().Focused() != es[0] {
		t.Errorf("the focus is on %T, not the title", cw.win.Canvas().Focused())
	}
	es[0].SetText("The raid")
	press(es[2], fyne.KeyEscape) // the marking
	noDialog(t, cw, "Escape")
	if c, _ := storeOf(cw).Case(); c.Title == "The raid" {
		t.Error("Escape saved the title")
	}

	cw.onCaseDetails()
	es = overlayKeyEntries(t, cw)
	es[0].SetText("The raid")
	press(es[3], fyne.KeyReturn) // the author
	noDialog(t, cw, "Enter")
	if c, _ := storeOf(cw).Case(); c.Title != "The raid" {
		t.Errorf("Enter did not save: title %q", c.Title)
	}

	cw.onCaseDetails()
	es = overlayKeyEntries(t, cw)
	press(es[1], fyne.KeyEscape) // the summary: Enter there is a new line
	noDialog(t, cw, "Escape in the summary")

	cw.onCaseDetails()
	overlayKeyEntries(t, cw)[0].SetText("The raid on the camp")
	canvasKey(t, cw, fyne.KeyReturn)
	noDialog(t, cw, "Enter with nothing focused")
	if c, _ := storeOf(cw).Case(); c.Title != "The raid on the camp" {
		t.Errorf("Enter with nothing focused did not save: title %q", c.Title)
	}

	cw.onCaseDetails()
	d := overlayDates(t, cw)[0]
	editDateEntry(cw, d, "June 2023")
	press(d.FocusTarget(), fyne.KeyReturn)
	noDialog(t, cw, "Enter in the as-of date")
	if c, _ := storeOf(cw).Case(); c.AsOf.Phrase != "June 2023" {
		t.Errorf("Enter in the date saved %+v", c.AsOf)
	}
	if cw.win.Canvas().OnTypedKey() != nil {
		t.Error("the closed dialogs left a key handler on the window")
	}
}

// TestPDFDialogKeys: Enter on any of the briefing dialog's fields, a
// section's check box included, goes on to the save dialog; Escape
// cancels.
func TestPDFDialogKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	var checks []*kit.KeyCheck
	var paper *kit.KeySelect
	open := func() {
		cw.onExportPDF()
		checks, paper = nil, nil
		for _, o := range overlayObjects(t, cw) {
			switch w := o.(type) {
			case *kit.KeyCheck:
				checks = append(checks, w)
			case *kit.KeySelect:
				paper = w
			}
		}
		if len(checks) < 2 || paper == nil {
			t.Fatalf("the dialog has %d check boxes that take Enter, paper %v", len(checks), paper != nil)
		}
	}
	open()
	if _, ok := cw.win.Canvas().Focused().(*kit.KeyEntry); !ok {
		t.Errorf("the focus is on %T, not the marking", cw.win.Canvas().Focused())
	}
	press(checks[1], fyne.KeyEscape)
	noDialog(t, cw, "Escape on a section")

	open()
	press(paper, fyne.KeyEscape)
	noDialog(t, cw, "Escape on the paper")

	open()
	cw.win.Canvas().Focus(checks[1])
	test.Type(checks[1], " ") // Space still ticks
	press(checks[1], fyne.KeyReturn)
	es := overlayKeyEntries(t, cw)
	if !strings.HasSuffix(es[0].Text, ".pdf") {
		t.Fatalf("Enter on a section did not go on to the save dialog (its field reads %q)", es[0].Text)
	}
	press(es[0], fyne.KeyEscape)
	noDialog(t, cw, "Escape in the save dialog")
	want := 0
	for _, c := range checks[:len(checks)-1] { // the last is "Only key events"
		if c.Checked {
			want++
		}
	}
	if ch := loadPDFChoices(cw.app.Preferences(), ""); len(ch.sections) != want || slices.Contains(ch.sections, briefing.AllSections()[1]) != checks[1].Checked {
		t.Errorf("after Space on the second section and Enter: %q kept", ch.sections)
	}
}
