package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app/ui/kit"
)

// TestAddFocusesTheNewItem: after Add in a tab, the keyboard is in the
// new item's form (its first field, the cursor after the name typed in
// the dialog; an event's Place, its title and date being asked in the
// dialog), not back on the Add button, so what the analyst types next
// goes into the new item.
func TestAddFocusesTheNewItem(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cases := []struct {
		tab   int
		add   func()
		field *kit.FieldEntry
		name  string
	}{
		{1, tabButton(t, cw.people, "Add person").OnTapped, field(t, cw.people, "Name"), "Ilir Meta"},
		{2, tabButton(t, cw.orgs, "Add organization").OnTapped, field(t, cw.orgs, "Name"), "Special Court"},
		{3, tabButton(t, cw.figures, "Add figure").OnTapped, field(t, cw.figures, "Question"), "People detained"},
		{4, tabButton(t, cw.sources, "Add source").OnTapped, field(t, cw.sources, "Title"), "Court ruling"},
		{0, tabButton(t, cw.timeline, "Add event").OnTapped, field(t, cw.timeline, "Place"), "Hearing"},
	}
	for _, c := range cases {
		cw.selectTab(c.tab)
		c.add()
		first := overlayKeyEntries(t, cw)[0]
		test.Type(first, c.name)
		if c.tab == 0 {
			test.Type(overlayEntries(t, cw)[1], "July 2023")
		}
		press(first, fyne.KeyReturn)
		noDialog(t, cw, "Add "+c.name)
		if got := cw.win.Canvas().Focused(); got != c.field {
			t.Errorf("after adding %q the focus is on %T, not the new item's field", c.name, got)
			continue
		}
		for _, r := range " X" { // as the window hands keys to the focused widget
			cw.win.Canvas().Focused().TypedRune(r)
		}
		if !strings.HasSuffix(c.field.Text, " X") || (c.tab != 0 && c.field.Text != c.name+" X") {
			t.Errorf("typing after adding %q left the field %q", c.name, c.field.Text)
		}
	}
}
