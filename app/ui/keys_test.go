package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
)

// overlayKeyEntries lists the KeyEntry fields of the topmost dialog, in
// order: the fields the keys of a dialog are typed into.
func overlayKeyEntries(t testing.TB, cw *caseWindow) []*kit.KeyEntry {
	t.Helper()
	var out []*kit.KeyEntry
	for _, o := range overlayObjects(t, cw) {
		if e, ok := o.(*kit.KeyEntry); ok {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Fatal("the dialog has no field that takes Enter and Escape")
	}
	return out
}

// press sends key to a field the way the window does when it has the focus.
func press(e fyne.Focusable, key fyne.KeyName) { e.TypedKey(&fyne.KeyEvent{Name: key}) }

// noDialog fails if a dialog is still open.
func noDialog(t testing.TB, cw *caseWindow, after string) {
	t.Helper()
	if top := cw.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("after %s a dialog is still open", after)
	}
}

// TestNewItemDialogKeys: in New event, Enter in a field adds the event
// once its fields are valid, Escape closes the dialog and adds nothing.
func TestNewItemDialogKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(0)
	events := len(load(t, cw).Events)

	test.Tap(tabButton(t, cw.timeline, "Add event"))
	title := overlayKeyEntries(t, cw)[0]
	if cw.win.Canvas().Focused() != title {
		t.Error("New event does not start in its title")
	}
	test.Type(title, "Hearing in Tirana")
	press(title, fyne.KeyReturn) // no date yet: nothing is added
	if got := len(load(t, cw).Events); got != events {
		t.Fatalf("Enter without a date added an event (%d events)", got)
	}
	date := overlayEntries(t, cw)[1]
	test.Type(date, "July 2023")
	press(title, fyne.KeyReturn)
	noDialog(t, cw, "Enter in New event")
	d := load(t, cw)
	if len(d.Events) != events+1 || d.Events[len(d.Events)-1].Title != "Hearing in Tirana" || d.Events[len(d.Events)-1].Date.EDTF != "2023-07" {
		t.Fatalf("Enter in New event left the events %+v", d.Events)
	}

	// Enter in the date field adds too.
	test.Tap(tabButton(t, cw.timeline, "Add event"))
	test.Type(overlayKeyEntries(t, cw)[0], "Second hearing")
	date = overlayEntries(t, cw)[1]
	test.Type(date, "August 2023")
	press(date, fyne.KeyReturn)
	noDialog(t, cw, "Enter in the date of New event")
	if got := len(load(t, cw).Events); got != events+2 {
		t.Errorf("Enter in the date field: %d events, want %d", got, events+2)
	}

	test.Tap(tabButton(t, cw.timeline, "Add event"))
	title = overlayKeyEntries(t, cw)[0]
	test.Type(title, "Not wanted")
	press(title, fyne.KeyEscape)
	noDialog(t, cw, "Escape in New event")
	if got := len(load(t, cw).Events); got != events+2 {
		t.Errorf("Escape in New event added an event (%d events)", got)
	}
}

// TestSelectionFormKeys: the forms that make an item from a selected
// phrase close with Escape and make nothing.
func TestSelectionFormKeys(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	from := at(t, annotText, "Gent Hoxha")
	for _, action := range []string{"New person", "New event", "Note"} {
		dragSelect(t, cw, a, from, from+len("Gent Hoxha"))
		test.Tap(barButton(t, a, action))
		press(overlayKeyEntries(t, cw)[0], fyne.KeyEscape)
		noDialog(t, cw, "Escape in "+action)
	}
	d := load(t, cw)
	if len(d.People) != 2 || len(d.Events) != 3 || len(d.Annotations) != 0 {
		t.Errorf("Escape made items: %d people, %d events, %d notes", len(d.People), len(d.Events), len(d.Annotations))
	}
	if got := cw.s.UndoLabel(); got != "" {
		t.Errorf("after Escape there is %q to undo", got)
	}
}

// TestRelationDialogKeys: Relate… from the keyboard. The picker takes the
// other party with Enter; in the dialog Tab goes from Kind to the dates
// (not to the arrow of suggestions) and keeps what was typed; Enter saves.
func TestRelationDialogKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(1)
	cw.show(app.KindPerson, "p-maria")
	relations := len(load(t, cw).Relations)
	test.Tap(sectionButton(t, section(t, cw.people, "Relations"), "Add relation…"))
	f := overlayKeyEntries(t, cw)[0]
	test.Type(f, "ministry")
	press(f, fyne.KeyReturn)

	kind := overlayKeyEntries(t, cw)[0]
	c := cw.win.Canvas()
	if c.Focused() != kind {
		t.Fatalf("the relation dialog starts on %T, not Kind", c.Focused())
	}
	test.Type(kind, "adviser to")
	c.FocusNext()
	from, ok := c.Focused().(fyne.Widget)
	if !ok || from == fyne.Widget(kind) {
		t.Fatalf("Tab from Kind went to %T", c.Focused())
	}
	if o, _ := c.Focused().(fyne.CanvasObject); o != nil && isButton(o) {
		t.Fatal("Tab from Kind stopped on a button")
	}
	test.Type(c.Focused().(fyne.Focusable), "2019")
	if kind.Text != "adviser to" {
		t.Errorf("after Tab the kind reads %q", kind.Text)
	}
	press(c.Focused().(fyne.Focusable), fyne.KeyReturn)
	noDialog(t, cw, "Enter in the relation dialog")
	d := load(t, cw)
	if len(d.Relations) != relations+1 {
		t.Fatalf("Enter added %d relations", len(d.Relations)-relations)
	}
	r := d.Relations[len(d.Relations)-1]
	if r.From != "p-maria" || r.To != "o-ministry" || r.Kind != "adviser to" || r.Start.EDTF != "2019" {
		t.Errorf("the new relation is %+v", r)
	}
}

// TestTabSkipsAliasRemove: Tab goes from an alias's note to what follows,
// never to the alias's remove icon.
func TestTabSkipsAliasRemove(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(1)
	cw.show(app.KindPerson, "p-cuci")
	fields := aliasFields(t, cw.people) // name, note
	if len(fields) != 2 {
		t.Fatalf("Çuçi shows %d alias fields", len(fields))
	}
	c := cw.win.Canvas()
	c.Focus(fields[1])
	c.FocusNext()
	if c.Focused() != focusButton(t, cw.people, "Add alias") {
		t.Errorf("Tab from the alias's note went to %T, not Add alias", c.Focused())
	}
}

// inView reports whether o lies wholly inside the visible part of s.
func inView(s *container.Scroll, o fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	return y >= s.Offset.Y && y+o.Size().Height <= s.Offset.Y+s.Size().Height
}

// TestAddClaimShowsTheNewRow: with more claims than the form shows, Add
// claim… ends with the new empty row in view and its phrase focused, so
// the analyst types what the source said at once.
func TestAddClaimShowsTheNewRow(t *testing.T) {
	d := sampleCase()
	f := &d.Figures[0]
	for i := range 14 {
		f.Claims = append(f.Claims, app.Claim{ID: fmt.Sprintf("c-x%d", i), Source: "s-times", Text: fmt.Sprintf("%d people", 10+i),
			Low: num(float64(10 + i)), High: num(float64(10 + i))})
	}
	cw, _ := newTestWindow(t, d)
	cw.show(app.KindFigure, "f-injured")
	test.Tap(tabButton(t, cw.figures, "Add claim…"))
	press(overlayKeyEntries(t, cw)[0], fyne.KeyReturn)
	noDialog(t, cw, "choosing the source")
	rows := claimRows(t, cw)
	if len(rows) != len(f.Claims)+1 {
		t.Fatalf("%d claim rows after Add claim…, want the %d claims and the new one", len(rows), len(f.Claims))
	}
	r := rows[len(rows)-1]
	phrase := claimPhrase(t, r)
	if phrase.Text != "" {
		t.Fatalf("the last row is the claim %q, not the new one", phrase.Text)
	}
	if cw.win.Canvas().Focused() != phrase {
		t.Errorf("after Add claim… the focus is on %T, not the new phrase", cw.win.Canvas().Focused())
	}
	form := formScroll(t, cw.figures, "Question")
	if !inView(form, r) {
		t.Errorf("the new row is out of view (form scrolled to %v of %v)", form.Offset.Y, form.Content.Size().Height)
	}
}

// TestEscapeInADateCancels: Escape in a date field closes its dialog and
// saves nothing — New event, the case details' as-of date, a relation's
// dates and New event from a selected phrase.
func TestEscapeInADateCancels(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	before := load(t, cw)
	escapeInDate := func(what string, i int) {
		t.Helper()
		ds := overlayDates(t, cw)
		if len(ds) <= i {
			t.Fatalf("%s has %d date fields", what, len(ds))
		}
		editDateEntry(cw, ds[i], "June 2023")
		press(ds[i].FocusTarget(), fyne.KeyEscape)
		noDialog(t, cw, "Escape in the date of "+what)
	}

	cw.selectTab(0)
	test.Tap(tabButton(t, cw.timeline, "Add event"))
	test.Type(overlayKeyEntries(t, cw)[0], "Hearing in Tirana")
	escapeInDate("New event", 0)

	cw.onCaseDetails()
	escapeInDate("Case details", 0)

	cw.selectTab(1)
	cw.show(app.KindPerson, "p-maria")
	test.Tap(sectionButton(t, section(t, cw.people, "Relations"), "Add relation…"))
	f := overlayKeyEntries(t, cw)[0]
	test.Type(f, "ministry")
	press(f, fyne.KeyReturn)
	escapeInDate("the relation dialog (From)", 0)
	test.Tap(sectionButton(t, section(t, cw.people, "Relations"), "Add relation…"))
	f = overlayKeyEntries(t, cw)[0]
	test.Type(f, "ministry")
	press(f, fyne.KeyReturn)
	escapeInDate("the relation dialog (Until)", 1)

	after := load(t, cw)
	if len(after.Events) != len(before.Events) || len(after.Relations) != len(before.Relations) || after.Case.AsOf != before.Case.AsOf {
		t.Errorf("Escape saved: %d→%d events, %d→%d relations, as-of %+v→%+v", len(before.Events), len(after.Events),
			len(before.Relations), len(after.Relations), before.Case.AsOf, after.Case.AsOf)
	}
}

// TestEscapeInTheDateOfASelectionForm: New event from a selected phrase
// closes with Escape in its date too.
func TestEscapeInTheDateOfASelectionForm(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	events := len(load(t, cw).Events)
	from := at(t, annotText, "Gent Hoxha")
	dragSelect(t, cw, a, from, from+len("Gent Hoxha"))
	test.Tap(barButton(t, a, "New event"))
	d := overlayDates(t, cw)
	if len(d) != 1 {
		t.Fatalf("New event from the text has %d date fields", len(d))
	}
	editDateEntry(cw, d[0], "June 2023")
	press(d[0].FocusTarget(), fyne.KeyEscape)
	noDialog(t, cw, "Escape in the date of New event from the text")
	if got := len(load(t, cw).Events); got != events {
		t.Errorf("Escape made an event (%d events, were %d)", got, events)
	}
}

// TestTabSwitchLeavesTheHiddenForm: after Ctrl+2 the keys no longer go to
// the Timeline's form (Fyne kept the focus on a field that was no longer
// shown, so typing changed the hidden event); a picker keeps its focus.
func TestTabSwitchLeavesTheHiddenForm(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(0)
	c := cw.win.Canvas()
	c.Focus(field(t, cw.timeline, "Title"))
	cw.selectTab(1)
	if f := c.Focused(); f != nil {
		t.Fatalf("after switching to People the focus is still on %T", f)
	}
	cw.selectTab(0)
	itemedit.PickActor(cw.h, "Choose", nil, func(string) {})
	box := c.Focused()
	if box == nil {
		t.Fatal("the picker has no focus")
	}
	cw.selectTab(2)
	if c.Focused() != box {
		t.Errorf("switching tabs under a picker moved its focus to %T", c.Focused())
	}
}
