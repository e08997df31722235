package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
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

// TestPickerKeys: a picker filters as the analyst types, Up and Down move
// the highlight, Enter chooses the highlighted row (the first match when
// nothing was moved), Escape closes it without choosing.
func TestPickerKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	items := cw.actorItems(nil)
	var picked []string
	pick := func(id string) { picked = append(picked, id) }

	cw.pickActor("Choose", nil, pick)
	f := overlayKeyEntries(t, cw)[0]
	if cw.win.Canvas().Focused() != f {
		t.Error("the picker's filter does not have the focus")
	}
	press(f, fyne.KeyDown)
	press(f, fyne.KeyDown)
	press(f, fyne.KeyDown)
	press(f, fyne.KeyUp)
	press(f, fyne.KeyReturn)
	if len(picked) != 1 || picked[0] != items[2].id {
		t.Errorf("Down, Down, Down, Up, Enter picked %q, want %q (%s)", picked, items[2].id, items[2].label)
	}
	noDialog(t, cw, "Enter")

	// Up at the top and Down at the bottom stay in the list.
	cw.pickActor("Choose", nil, pick)
	f = overlayKeyEntries(t, cw)[0]
	press(f, fyne.KeyUp)
	for range len(items) + 2 {
		press(f, fyne.KeyDown)
	}
	press(f, fyne.KeyReturn)
	if last := picked[len(picked)-1]; last != items[len(items)-1].id {
		t.Errorf("Down past the end picked %q, want the last row %q", last, items[len(items)-1].id)
	}

	// Typing narrows the list and starts again at its first row.
	cw.pickActor("Choose", nil, pick)
	f = overlayKeyEntries(t, cw)[0]
	press(f, fyne.KeyDown)
	test.Type(f, "nunez")
	press(f, fyne.KeyReturn)
	if last := picked[len(picked)-1]; last != "p-maria" {
		t.Errorf("typing “nunez”, Enter picked %q, want p-maria", last)
	}

	n := len(picked)
	cw.pickActor("Choose", nil, pick)
	press(overlayKeyEntries(t, cw)[0], fyne.KeyEscape)
	noDialog(t, cw, "Escape in a picker")
	if len(picked) != n {
		t.Errorf("Escape picked %q", picked[n:])
	}
}

// TestNewItemDialogKeys: in New event, Enter in a field adds the event
// once its fields are valid, Escape closes the dialog and adds nothing.
func TestNewItemDialogKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(0)
	events := len(load(t, cw).Events)

	cw.timeline.onAdd()
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
	cw.timeline.onAdd()
	test.Type(overlayKeyEntries(t, cw)[0], "Second hearing")
	date = overlayEntries(t, cw)[1]
	test.Type(date, "August 2023")
	press(date, fyne.KeyReturn)
	noDialog(t, cw, "Enter in the date of New event")
	if got := len(load(t, cw).Events); got != events+2 {
		t.Errorf("Enter in the date field: %d events, want %d", got, events+2)
	}

	cw.timeline.onAdd()
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
	cw.people.relations.onAdd()
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
	if _, isButton := c.Focused().(*widget.Button); isButton {
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
	rows := cw.people.aliases.rows
	if len(rows) != 1 {
		t.Fatalf("Çuçi shows %d aliases", len(rows))
	}
	c := cw.win.Canvas()
	c.Focus(rows[0].note)
	c.FocusNext()
	if c.Focused() != cw.people.aliases.addBtn {
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
	ft := cw.figures
	test.Tap(ft.addClaim)
	press(overlayKeyEntries(t, cw)[0], fyne.KeyReturn)
	noDialog(t, cw, "choosing the source")
	r := ft.rows[len(ft.rows)-1]
	if r.claim.ID != "" {
		t.Fatalf("the last row is the claim %q, not the new one", r.claim.ID)
	}
	if cw.win.Canvas().Focused() != r.phrase {
		t.Errorf("after Add claim… the focus is on %T, not the new phrase", cw.win.Canvas().Focused())
	}
	if !inView(ft.frame.scroll, r.obj) {
		t.Errorf("the new row is out of view (form scrolled to %v of %v)", ft.frame.scroll.Offset.Y, ft.frame.scroll.Content.Size().Height)
	}
}

// TestRelationEditorKindKeys: in a relation's editor Tab goes from Kind to
// its From date, and the arrow beside Kind still offers the common kinds,
// saving the one chosen.
func TestRelationEditorKindKeys(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindPerson, "p-cuci")
	ed := openRelation(t, cw.people.relations, "r-1")
	c := cw.win.Canvas()
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
	if r, _ := storeOf(cw).Relation("r-1"); r.Kind != relationKinds[1] {
		t.Errorf("choosing %q saved the kind %q", relationKinds[1], r.Kind)
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
	cw.timeline.onAdd()
	test.Type(overlayKeyEntries(t, cw)[0], "Hearing in Tirana")
	escapeInDate("New event", 0)

	cw.onCaseDetails()
	escapeInDate("Case details", 0)

	cw.selectTab(1)
	cw.show(app.KindPerson, "p-maria")
	cw.people.relations.onAdd()
	f := overlayKeyEntries(t, cw)[0]
	test.Type(f, "ministry")
	press(f, fyne.KeyReturn)
	escapeInDate("the relation dialog (From)", 0)
	cw.people.relations.onAdd()
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
	c.Focus(cw.timeline.title)
	cw.selectTab(1)
	if f := c.Focused(); f != nil {
		t.Fatalf("after switching to People the focus is still on %T", f)
	}
	cw.selectTab(0)
	cw.pickActor("Choose", nil, func(string) {})
	box := c.Focused()
	if box == nil {
		t.Fatal("the picker has no focus")
	}
	cw.selectTab(2)
	if c.Focused() != box {
		t.Errorf("switching tabs under a picker moved its focus to %T", c.Focused())
	}
}

// TestAliasRowsAreReused: showing another person fills the same alias
// rows again instead of making new widgets, without recording an edit.
func TestAliasRowsAreReused(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(1)
	a := cw.people.aliases
	cw.show(app.KindPerson, "p-cuci")
	if len(a.rows) != 1 {
		t.Fatalf("Çuçi shows %d aliases", len(a.rows))
	}
	first := a.rows[0]
	cw.show(app.KindPerson, "p-maria")
	if len(a.rows) != 0 || len(a.box.Objects) != 0 || a.box.Visible() {
		t.Errorf("María shows %d alias rows (%d in the box, box shown %v), want none",
			len(a.rows), len(a.box.Objects), a.box.Visible())
	}
	test.Tap(a.addBtn) // the spare row comes back blank
	if len(a.rows) != 1 || a.rows[0] != first || first.name.Text != "" || first.note.Text != "" {
		t.Errorf("Add alias for María: %d rows, reused %v, %q / %q", len(a.rows), len(a.rows) > 0 && a.rows[0] == first,
			first.name.Text, first.note.Text)
	}
	cw.show(app.KindPerson, "p-cuci")
	if len(a.rows) != 1 || first.name.Text != "The Colonel" || first.note.Text != "used by the press" {
		t.Errorf("Çuçi again: %d rows, %q / %q", len(a.rows), first.name.Text, first.note.Text)
	}
	if p, _ := storeOf(cw).Person("p-cuci"); len(p.Aliases) != 1 || p.Aliases[0].Name != "The Colonel" {
		t.Errorf("showing and adding a blank row changed the stored aliases: %+v", p.Aliases)
	}
}
