package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"casefile/app/ui/kit"
	"casefile/app/ui/kit/kittest"
)

// The wheel over a field of an event's form scrolls the form, three lines
// a notch, and over the list it scrolls the list.
func TestWheelOverAFieldScrollsTheEventForm(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.win.Resize(fyne.NewSize(1024, 480)) // short enough that the form scrolls
	tl := cw.timeline
	ids := rowIDs(tl.Pane())
	if len(ids) == 0 {
		t.Fatal("the sample case has no events")
	}
	tl.Pane().List.Select(0)
	c := cw.win.Canvas()
	d := fyne.CurrentApp().Driver()
	for _, field := range []fyne.CanvasObject{field(t, tl, "Title"), field(t, tl, "Place"), field(t, tl, "Description")} {
		// Bring the field's top into view, leaving room to scroll on.
		form := formScroll(t, tl, "Title")
		form.ScrollToOffset(fyne.NewPos(0, 0))
		top := d.AbsolutePositionForObject(field).Y - d.AbsolutePositionForObject(form).Y
		form.ScrollToOffset(fyne.NewPos(0, max(0, top-10)))
		before := form.Offset.Y
		at := d.AbsolutePositionForObject(field).Add(fyne.NewPos(field.Size().Width/2, 15))
		kittest.Wheel(c, at, -25)
		want := min(kit.WheelStep(), form.Content.Size().Height-form.Size().Height-before)
		if got := form.Offset.Y - before; got != want || want <= 0 {
			t.Errorf("a notch over %q moved the form %v, want %v", field.(*kit.FieldEntry).PlaceHolder, got, want)
		}
	}
}

// The wheel over the reading view scrolls its text three lines a notch.
func TestWheelScrollsTheReadingView(t *testing.T) {
	data := sampleCase()
	data.Sources[0].Text = strings.Repeat("A line of the source's text, long enough to read.\n", 200)
	cw, _ := newTestWindow(t, data)
	a := openSource(t, cw, data.Sources[0].ID)
	off := at(t, data.Sources[0].Text, "A line") + 14*len("A line of the source's text, long enough to read.\n")
	kittest.Wheel(cw.win.Canvas(), middleOf(a.view), -25*3)
	before, _ := charBox(t, a, off)
	kittest.Wheel(cw.win.Canvas(), middleOf(a.view), -25)
	after, _ := charBox(t, a, off)
	if got := before.Y - after.Y; got != kit.WheelStep() {
		t.Errorf("a notch over the reading view moved its text %v, want %v", got, kit.WheelStep())
	}
}

// middleOf is the centre of o on its canvas.
func middleOf(o fyne.CanvasObject) fyne.Position {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}
