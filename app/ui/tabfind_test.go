package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/app/ui/tabs"
	"casefile/app/ui/uitest"
	"casefile/widgets"
)

// A tab's widgets as the window's tests find them on the canvas, under
// the tab's item, by the words the analyst reads: a form label, a
// section's heading, a button's text.

// field is the text field labelled label on tab tb.
func field(t testing.TB, tb tabs.Tab, label string) *kit.FieldEntry {
	t.Helper()
	return uitest.FormInput[*kit.FieldEntry](t, tb.Item().Content, label)
}

// dateField is the date field labelled label on tab tb.
func dateField(t testing.TB, tb tabs.Tab, label string) *widgets.DateEntry {
	t.Helper()
	return uitest.FormInput[*widgets.DateEntry](t, tb.Item().Content, label)
}

// choice is the drop-down labelled label on tab tb.
func choice(t testing.TB, tb tabs.Tab, label string) *widgets.Select {
	t.Helper()
	return uitest.FormInput[*widgets.Select](t, tb.Item().Content, label)
}

// fieldError is the error shown under the field labelled label on tab
// tb, "" when none.
func fieldError(t testing.TB, tb tabs.Tab, label string) string {
	t.Helper()
	return uitest.FormError(t, tb.Item().Content, label)
}

// section is the section headed title on tab tb, heading and body.
func section(t testing.TB, tb tabs.Tab, title string) fyne.CanvasObject {
	t.Helper()
	return uitest.Section(t, tb.Item().Content, title)
}

// sectionBody is the body of the section headed title on tab tb.
func sectionBody(t testing.TB, tb tabs.Tab, title string) fyne.CanvasObject {
	t.Helper()
	return uitest.SectionBody(t, tb.Item().Content, title)
}

// tabButton is the first button reading text on tab tb: "Add event" and
// "Delete" are the list's.
func tabButton(t testing.TB, tb tabs.Tab, text string) *widget.Button {
	t.Helper()
	return uitest.Button(t, tb.Item().Content, text)
}

// tabCheck is the checkbox reading text on tab tb.
func tabCheck(t testing.TB, tb tabs.Tab, text string) *widget.Check {
	t.Helper()
	for _, c := range uitest.All[*widget.Check](tb.Item().Content) {
		if c.Text == text {
			return c
		}
	}
	t.Fatalf("no checkbox %q on the tab", text)
	return nil
}

// aliasFields are the name and note fields of the aliases on tab tb, in
// order: name, note, name, note…
func aliasFields(t testing.TB, tb tabs.Tab) []*kit.FieldEntry {
	t.Helper()
	cell := uitest.FormInput[*fyne.Container](t, tb.Item().Content, "Aliases")
	return uitest.All[*kit.FieldEntry](cell)
}

// rowRemoveButton is the remove button of the row that links to text in
// the links box (a section's body).
func rowRemoveButton(t testing.TB, box fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	c, ok := box.(*fyne.Container)
	if !ok {
		t.Fatal("the section's body is not a box of rows")
	}
	for _, row := range c.Objects {
		if row.Visible() && findHyperlink(row, text) != nil {
			return removeButton(t, row)
		}
	}
	t.Fatalf("no row links to %q", text)
	return nil
}

// claimRows are the rows of the Figures tab's claims table, in order,
// without its heading.
func claimRows(t testing.TB, cw *caseWindow) []fyne.CanvasObject {
	t.Helper()
	box, ok := sectionBody(t, cw.figures, "Claims").(*fyne.Container)
	if !ok {
		t.Fatal("the Claims section has no table")
	}
	if len(box.Objects) <= 1 {
		return nil // only "No claims yet"
	}
	rows := append([]fyne.CanvasObject(nil), box.Objects[1:]...)
	return rows
}

// sourceText is the Sources tab's text field (shown by Edit text).
func sourceText(t testing.TB, cw *caseWindow) *kit.FieldEntry {
	t.Helper()
	for _, e := range uitest.All[*kit.FieldEntry](cw.sources.Item().Content) {
		if strings.HasPrefix(e.PlaceHolder, "Paste or type the source's full text") {
			return e
		}
	}
	t.Fatal("the Sources tab has no text field")
	return nil
}

// timelineStrip is the Timeline tab's strip of events on a time axis.
func timelineStrip(t testing.TB, cw *caseWindow) *widgets.Timeline {
	t.Helper()
	s, ok := uitest.Find[*widgets.Timeline](cw.timeline.Item().Content)
	if !ok {
		t.Fatal("the Timeline tab has no strip")
	}
	return s
}

// formShows reports whether the Timeline's form shows event id: its
// title is the event's.
func formShows(t testing.TB, cw *caseWindow, id string) bool {
	t.Helper()
	e, err := storeOf(cw).Event(id)
	if err != nil {
		t.Fatalf("event %s: %v", id, err)
	}
	return field(t, cw.timeline, "Title").Text == e.Title
}

// shownDate is the date the Timeline's form reads.
func shownDate(t testing.TB, cw *caseWindow) app.Date {
	t.Helper()
	d, err := dateField(t, cw.timeline, "Date").Date()
	if err != nil {
		t.Fatalf("the Timeline's date does not read: %v", err)
	}
	return d
}

// formScroll is the scroller of tab tb's item form, the one holding the
// field labelled label.
func formScroll(t testing.TB, tb tabs.Tab, label string) *container.Scroll {
	t.Helper()
	return uitest.FormScroll(t, tb.Item().Content, label)
}

// openURLButton is the Sources tab's Open button beside the URL.
func openURLButton(t testing.TB, cw *caseWindow) *widgets.Button {
	t.Helper()
	return uitest.FormInput[*widgets.Button](t, cw.sources.Item().Content, "URL")
}

// focusButton is the first of the app's buttons (widgets.Button, which
// takes the focus) reading text on tab tb.
func focusButton(t testing.TB, tb tabs.Tab, text string) *widgets.Button {
	t.Helper()
	for _, b := range uitest.All[*widgets.Button](tb.Item().Content) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q on the tab", text)
	return nil
}

// dupHint is the People form's same-name hint: the strip with Open it
// and Merge into it… (hidden while no other entry looks like the person).
func dupHint(t testing.TB, cw *caseWindow) *fyne.Container {
	t.Helper()
	for _, c := range uitest.All[*fyne.Container](cw.people.Item().Content) {
		for _, x := range c.Objects {
			hb, ok := x.(*fyne.Container)
			if !ok || len(hb.Objects) != 2 {
				continue
			}
			if b, ok := hb.Objects[0].(*widgets.Button); ok && b.Text == "Open it" {
				return c
			}
		}
	}
	t.Fatal("the People form has no same-name hint")
	return nil
}

// claimPhrase is the phrase field of a claim row (its first field).
func claimPhrase(t testing.TB, row fyne.CanvasObject) *kit.FieldEntry {
	t.Helper()
	fs := uitest.All[*kit.FieldEntry](row)
	if len(fs) == 0 {
		t.Fatal("the claim row has no fields")
	}
	return fs[0]
}

// sourcesBody is the Sources tab's right side while a source is shown:
// its form above, its text below, with a divider between.
func sourcesBody(t testing.TB, cw *caseWindow) *container.Split {
	t.Helper()
	for _, s := range uitest.All[*container.Split](cw.sources.Item().Content) {
		if !s.Horizontal {
			return s
		}
	}
	t.Fatal("the Sources tab has no form above its text")
	return nil
}
