package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"casefile/widgets"
)

// TestTabFollowsTheListPaneTopToBottom checks that Tab goes through each
// list tab as the eye reads it: the filter, the sort choice, the list
// under them, Add and Delete under the list, then the form on the right.
// Fyne moves the focus in the order of a container's objects, and its
// Border container puts the centre first, so Tab went from the sort
// choice to Add, through the whole form, and reached the list last.
func TestTabFollowsTheListPaneTopToBottom(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	c := cw.win.Canvas()
	for i, tab := range cw.all {
		cw.selectTab(i)
		p := tab.Pane()
		if len(p.Shown) == 0 {
			t.Fatalf("tab %d shows no rows", i)
		}
		tab.ShowItem(p.Rows[p.Shown[0]].ID)
		c.Focus(p.Filter)
		var order []fyne.Focusable
		for range 5 {
			c.FocusNext()
			order = append(order, c.Focused())
		}
		if order[0] != fyne.Focusable(p.SortSel) {
			t.Errorf("tab %d: Tab from the filter went to %T, not the sort choice", i, order[0])
		}
		if order[1] != fyne.Focusable(p.List) {
			t.Errorf("tab %d: Tab from the sort choice went to %T, not the list under it", i, order[1])
		}
		add, ok := order[2].(*widgets.Button)
		if !ok || !strings.HasPrefix(add.Text, "Add ") {
			t.Errorf("tab %d: Tab from the list went to %T, not its Add button", i, order[2])
		}
		if del, ok := order[3].(*widgets.Button); !ok || del.Text != "Delete" {
			t.Errorf("tab %d: Tab from Add went to %T, not Delete", i, order[3])
		}
		if b, ok := order[4].(*widgets.Button); ok && (b.Text == "Delete" || strings.HasPrefix(b.Text, "Add ")) {
			t.Errorf("tab %d: Tab from Delete stayed in the list pane", i)
		}
	}
}

// TestTabThroughTheReadingView checks the Sources tab below the form: a
// source with text has Edit text and Import… above it, then the text; a
// source without text offers Paste or type it and Import a file… alone,
// with no second pair of buttons doing the same.
func TestTabThroughTheReadingView(t *testing.T) {
	cw := demoWindow(t)
	c := cw.win.Canvas()
	src := cw.all[4]
	cw.selectTab(4)
	for _, withText := range []bool{true, false} {
		id := ""
		for _, s := range cw.s.Index().Data().Sources {
			if (s.Text != "") == withText {
				id = s.ID
				break
			}
		}
		if id == "" {
			t.Fatalf("the demo has no source with text %v", withText)
		}
		src.ShowItem(id)
		c.Focus(src.Pane().Filter)
		var buttons []string
		reachedText := false
		for range 80 {
			c.FocusNext()
			switch f := c.Focused().(type) {
			case *widgets.Button:
				buttons = append(buttons, f.Text)
			case *widgets.AnnotatedText:
				reachedText = true
			}
			if c.Focused() == fyne.Focusable(src.Pane().Filter) {
				break
			}
		}
		got := strings.Join(buttons, ", ")
		want := "Add source, Delete, Edit text, Import…"
		if !withText {
			want = "Add source, Delete, Paste or type it, Import a file…"
		}
		if got != want || reachedText != withText {
			t.Errorf("source with text %v: Tab reaches the buttons %q and the text %v; want %q", withText, got, reachedText, want)
		}
	}
}
