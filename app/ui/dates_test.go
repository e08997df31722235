package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/widgets"
)

func TestEventWeekdayReadAgainstCitedSource(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	tl := cw.timeline
	// The raid cites The Times, published 21 June 2023.
	cw.show(app.KindEvent, "e-raid")
	editDate(cw, dateField(t, tl, "Date"), "Tuesday")
	want := "20 June 2023, the Tuesday before the source's date of 21 June 2023"
	if c := dateField(t, tl, "Date").Caption(); c != want {
		t.Errorf("caption = %q, want %q", c, want)
	}
	if e, _ := storeOf(cw).Event("e-raid"); e.Date != (app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}) {
		t.Errorf("date = %+v", e.Date)
	}
	// The list says the day with its weekday.
	for _, r := range tl.Pane().Rows {
		if r.ID == "e-raid" && r.Detail != "Tuesday 20 June 2023" {
			t.Errorf("list shows %q", r.Detail)
		}
		if r.ID == "e-founding" && r.Detail != "1980s" {
			t.Errorf("list shows %q for the 1980s", r.Detail)
		}
	}
	// Shown again, the stored phrase is explained against the same date.
	cw.show(app.KindEvent, "e-statement")
	cw.show(app.KindEvent, "e-raid")
	if c := dateField(t, tl, "Date").Caption(); c != want {
		t.Errorf("caption when shown again = %q", c)
	}

	// An event citing no source reads against the case's as-of date
	// (Saturday 1 July 2023).
	cw.show(app.KindEvent, "e-statement")
	editDate(cw, dateField(t, tl, "Date"), "Tuesday")
	if c := dateField(t, tl, "Date").Caption(); !strings.Contains(c, "27 June 2023") || !strings.Contains(c, "the case's as-of date") {
		t.Errorf("caption = %q", c)
	}
	// Citing a dated source reads the typed phrase again against it.
	test.Tap(sectionButton(t, section(t, tl, "Sources cited"), "Cite a source…"))
	pickFirst(t, cw, "Police raid camp at dawn") // The Times
	if c := dateField(t, tl, "Date").Caption(); c != want {
		t.Errorf("caption after citing The Times = %q", c)
	}
}

// TestCitingThroughThePickerReadsTheDateAgain: an event whose "Tuesday"
// was saved against the case's as-of date reads it again against the
// source the analyst then cites with the picker, and saves that reading.
func TestCitingThroughThePickerReadsTheDateAgain(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	tl := cw.timeline
	cw.show(app.KindEvent, "e-statement")
	editDate(cw, dateField(t, tl, "Date"), "Tuesday")
	cw.saver.Flush()
	if e, _ := storeOf(cw).Event("e-statement"); e.Date.EDTF != "2023-06-27" {
		t.Fatalf("before citing, Tuesday is %+v, want 27 June 2023 (before the as-of date)", e.Date)
	}
	test.Tap(sectionButton(t, section(t, tl, "Sources cited"), "Cite a source…"))
	pickFirst(t, cw, "Police raid camp at dawn") // The Times, 21 June 2023
	cw.saver.Flush()
	want := "20 June 2023, the Tuesday before the source's date of 21 June 2023"
	if c := dateField(t, tl, "Date").Caption(); c != want {
		t.Errorf("caption after citing The Times = %q, want %q", c, want)
	}
	if e, _ := storeOf(cw).Event("e-statement"); e.Date != (app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}) || len(e.Citations) != 1 {
		t.Errorf("stored after citing: date %+v, %d citations", e.Date, len(e.Citations))
	}
	// Shown again, the saved reading stands.
	cw.show(app.KindEvent, "e-raid")
	cw.show(app.KindEvent, "e-statement")
	if c := dateField(t, tl, "Date").Caption(); c != want {
		t.Errorf("caption when shown again = %q", c)
	}

	// Citing and the date it changed are one step of Undo, which shows
	// the event with both taken back.
	if got := cw.s.UndoLabel(); got != "change the sources cited for event ‘Ministry statement’" {
		t.Errorf("after citing, the undo label is %q", got)
	}
	cw.show(app.KindPerson, "p-cuci")
	cw.Undo()
	e, _ := storeOf(cw).Event("e-statement")
	if e.Date.EDTF != "2023-06-27" || len(e.Citations) != 0 {
		t.Errorf("one Undo left the date %+v and %d citations; want both as before citing", e.Date, len(e.Citations))
	}
	if cw.tabs.SelectedIndex() != 0 || tl.Pane().Selected != "e-statement" || shownDate(t, cw).EDTF != "2023-06-27" {
		t.Errorf("after Undo the window shows tab %d, %q dated %+v", cw.tabs.SelectedIndex(), tl.Pane().Selected, shownDate(t, cw))
	}
	cw.Redo()
	if e, _ := storeOf(cw).Event("e-statement"); e.Date.EDTF != "2023-06-20" || len(e.Citations) != 1 {
		t.Errorf("Redo gave the date %+v and %d citations", e.Date, len(e.Citations))
	}

	// Removing the citation reads Tuesday against the as-of date again,
	// in one step too.
	test.Tap(removeButton(t, section(t, tl, "Sources cited")))
	cw.saver.Flush()
	if e, _ := storeOf(cw).Event("e-statement"); e.Date.EDTF != "2023-06-27" || len(e.Citations) != 0 {
		t.Errorf("after removing the citation: date %+v, %d citations", e.Date, len(e.Citations))
	}
	cw.Undo()
	if e, _ := storeOf(cw).Event("e-statement"); e.Date.EDTF != "2023-06-20" || len(e.Citations) != 1 {
		t.Errorf("one Undo of the removal gave the date %+v and %d citations", e.Date, len(e.Citations))
	}
}

func TestTimelineStripAndListSelectTogether(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	tl := cw.timeline
	strip := timelineStrip(t, cw)
	cw.show(app.KindEvent, "e-founding")
	if strip.Selected() != "e-founding" {
		t.Fatalf("list selection not shown on the strip: %q", strip.Selected())
	}
	// Tap along the strip until an event other than the selected one is hit.
	size := strip.Size()
	hit := ""
	for y := float32(2); y < size.Height && hit == ""; y += 3 {
		for x := float32(2); x < size.Width; x += 3 {
			test.TapAt(strip, fyne.NewPos(x, y))
			if s := strip.Selected(); s != "" && s != "e-founding" {
				hit = s
				break
			}
		}
	}
	if hit == "" {
		t.Fatal("no tap on the strip selected another event")
	}
	if tl.Pane().Selected != hit || !formShows(t, cw, hit) {
		t.Errorf("strip tap on %s: list selects %q, form shows %q", hit, tl.Pane().Selected, field(t, tl, "Title").Text)
	}
	if i := tl.Pane().IndexOf(hit); i < 0 {
		t.Errorf("%s is not in the list", hit)
	}
	// Choosing in the list highlights on the strip.
	i := tl.Pane().IndexOf("e-founding")
	tl.Pane().List.Select(i)
	if strip.Selected() != "e-founding" || !formShows(t, cw, "e-founding") {
		t.Errorf("list selection: strip %q, form %q", strip.Selected(), field(t, tl, "Title").Text)
	}
}

// overlayDates lists the date fields in the topmost dialog.
func overlayDates(t *testing.T, cw *caseWindow) []*widgets.DateEntry {
	t.Helper()
	top := cw.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	var out []*widgets.DateEntry
	for _, o := range test.LaidOutObjects(top) {
		if d, ok := o.(*widgets.DateEntry); ok {
			out = append(out, d)
		}
	}
	return out
}

func TestDialogDatesUseDateEntry(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	// A relation's start and end.
	cw.show(app.KindPerson, "p-cuci")
	test.Tap(sectionButton(t, section(t, cw.people, "Relations"), "Add relation…"))
	pickFirst(t, cw, "ministry")
	ds := overlayDates(t, cw)
	if len(ds) != 2 {
		t.Fatalf("relation dialog has %d date fields, want 2", len(ds))
	}
	findKindField(cw).SetText("member of")
	editDateEntry(cw, ds[0], "early 1980s")
	if c := ds[0].Caption(); !strings.Contains(c, "1980") {
		t.Errorf("start caption = %q", c)
	}
	tapOverlay(t, cw, "Save")
	var got app.Relation
	for _, r := range relationsOf(load(t, cw), "p-cuci") {
		if r.To == "o-ministry" {
			got = r
		}
	}
	if got.Start.Phrase != "early 1980s" || got.Start.EDTF == "" || !got.End.IsZero() {
		t.Errorf("relation = %+v", got)
	}

	// The case's as-of date.
	cw.onCaseDetails()
	ds = overlayDates(t, cw)
	if len(ds) != 1 || ds[0].Text() != "2023-07-01" {
		t.Fatalf("case details: %d date fields", len(ds))
	}
	editDateEntry(cw, ds[0], "June 2023")
	tapOverlay(t, cw, "Save")
	if c := load(t, cw).Case; c.AsOf != (app.Date{EDTF: "2023-06", Phrase: "June 2023"}) {
		t.Errorf("as-of = %+v", c.AsOf)
	}
}

// editDateEntry types into a date field in a dialog.
func editDateEntry(cw *caseWindow, d *widgets.DateEntry, text string) {
	f := d.FocusTarget()
	cw.win.Canvas().Focus(f)
	f.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(f, text)
}

// TestNewEventDialogReadsTheDate checks that the New event dialog's date is
// a DateEntry: it shows how the phrase reads as the analyst types, and the
// dialog will not add an event whose date does not read.
func TestNewEventDialogReadsTheDate(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	test.Tap(tabButton(t, cw.timeline, "Add event"))
	entries := overlayEntries(t, cw)
	if len(entries) != 2 {
		t.Fatalf("the New event dialog has %d fields, want a title and a date", len(entries))
	}
	entries[0].SetText("Talks in Tirana")
	entries[1].SetText("early 1980s")
	if ds := overlayDates(t, cw); len(ds) != 1 || ds[0].Caption() != "early 1980s (1980 to 1983)" {
		t.Errorf("the dialog does not show how the date reads in words: %d date fields", len(ds))
	}
	entries[1].SetText("the day after the thing")
	if b := overlayButton(t, cw, "Add"); !b.Disabled() {
		t.Error("Add is enabled with a date that does not read")
	}
	entries[1].SetText("July 2022")
	tapOverlay(t, cw, "Add")
	d := load(t, cw)
	var found bool
	for _, e := range d.Events {
		if e.Title == "Talks in Tirana" {
			found = e.Date.EDTF == "2022-07" && e.Date.Phrase == "July 2022"
		}
	}
	if !found {
		t.Errorf("the event was not added with its date: %+v", d.Events)
	}
}
