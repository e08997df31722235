package widgets

// This file is how the timeline strip answers the pointer and the keyboard:
// taps select or zoom, hovering lists what a count holds, the wheel zooms
// about the pointer, dragging pans, and the keys move the selection and
// zoom.

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Tapped selects the event under the pointer and calls OnSelected; on a
// count marker it zooms in to the marker's events, or, where they cannot
// come apart, lists them and selects the first. A tap also gives the strip
// the keyboard focus.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	t.requestFocus()
	if t.r == nil {
		return
	}
	n := t.r.hitTest(ev.Position)
	if n == nil {
		t.pinned = false
		t.Refresh()
		return
	}
	if n.item >= 0 {
		t.pinned = false
		t.choose(n.item)
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, m := range t.r.layout.members[n.first : n.first+n.count] {
		lo, hi = math.Min(lo, t.spans[m].lo), math.Max(hi, t.spans[m].hi)
	}
	if span := hi - lo; span > timelineMinSpan/4 && (t.end-t.start) > timelineMinSpan*1.01 {
		pad := span * 0.15
		t.setRange(lo-pad, hi+pad)
		t.follow = false
		t.pinned = false
		t.Refresh()
		return
	}
	// Events that cannot come apart: list them where the pointer is, and
	// select the first.
	t.hover, t.hovering, t.pinned = ev.Position, true, true
	t.choose(t.r.layout.members[n.first])
}

// choose selects item i as the user did, and tells OnSelected.
func (t *Timeline) choose(i int) {
	t.selected = i
	t.Refresh()
	if t.OnSelected != nil {
		t.OnSelected(t.items[i].ID)
	}
}

func (t *Timeline) requestFocus() { takeFocus(t) }

// takeFocus gives w the keyboard focus on its canvas, as a click on a
// focusable widget does.
func takeFocus(w interface {
	fyne.CanvasObject
	fyne.Focusable
}) {
	a := fyne.CurrentApp()
	if a == nil {
		return
	}
	if c := a.Driver().CanvasForObject(w); c != nil && c.Focused() != w {
		c.Focus(w)
	}
}

// MouseIn starts showing what is under the pointer; part of
// desktop.Hoverable.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved shows, beside the pointer, the events of a count marker or
// the title of the event under it; part of desktop.Hoverable.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	before := t.hoverTarget()
	t.hover, t.hovering = ev.Position, true
	if after := t.hoverTarget(); after != before || after != nil {
		if after != before {
			t.pinned = false
		}
		t.Refresh()
	}
}

// MouseOut hides the list; part of desktop.Hoverable.
func (t *Timeline) MouseOut() {
	t.hovering, t.pinned = false, false
	t.Refresh()
}

func (t *Timeline) hoverTarget() *tlNode {
	if !t.hovering || t.r == nil {
		return nil
	}
	return t.r.hitTest(t.hover)
}

// Scrolled zooms about the pointer with the vertical wheel (or a pinch
// the system reports as one) and pans with the horizontal wheel or with
// Shift held.
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	var mods fyne.KeyModifier
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(desktop.Driver); ok {
			mods = d.CurrentKeyModifiers()
		}
	}
	dx, dy := ev.Scrolled.DX, ev.Scrolled.DY
	if mods&fyne.KeyModifierShift != 0 && dx == 0 {
		dx, dy = dy, 0
	}
	if dy != 0 && math.Abs(float64(dy)) >= math.Abs(float64(dx)) {
		at := 0.5
		if w := t.Size().Width; w > 0 {
			at = math.Min(math.Max(float64(ev.Position.X/w), 0), 1)
		}
		// A wheel tick (25 on most systems) zooms by one fifth.
		t.zoom(math.Pow(1.25, -float64(dy)/25), at)
		return
	}
	t.pan(-dx)
}

// Dragged pans the view with the pointer.
func (t *Timeline) Dragged(ev *fyne.DragEvent) { t.pan(-ev.Dragged.DX) }

// DragEnd is part of fyne.Draggable; nothing happens at the end of a drag.
func (t *Timeline) DragEnd() {}

// FocusGained draws the focus ring; part of fyne.Focusable.
func (t *Timeline) FocusGained() {
	t.focused = true
	t.Refresh()
}

// FocusLost removes the focus ring; part of fyne.Focusable.
func (t *Timeline) FocusLost() {
	t.focused = false
	t.Refresh()
}

// TypedRune zooms: + (or =) in and - out, about the selected event if it
// is in view; 0 fits all. Part of fyne.Focusable.
func (t *Timeline) TypedRune(r rune) {
	switch r {
	case '+', '=':
		t.zoom(1/timelineZoomStep, t.keyPivot())
	case '-', '−':
		t.zoom(timelineZoomStep, t.keyPivot())
	case '0':
		t.FitAll()
	}
}

// TypedKey moves the selection: Left and Right to the previous and next
// event in time, Home and End to the first and last, bringing it into view
// and calling OnSelected. Part of fyne.Focusable.
func (t *Timeline) TypedKey(ev *fyne.KeyEvent) {
	if len(t.items) == 0 {
		return
	}
	i := t.selected
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		i = max(i-1, 0)
		if t.selected < 0 {
			i = len(t.items) - 1
		}
	case fyne.KeyRight, fyne.KeyDown:
		i = min(i+1, len(t.items)-1)
	case fyne.KeyHome:
		i = 0
	case fyne.KeyEnd:
		i = len(t.items) - 1
	default:
		return
	}
	if i == t.selected {
		return
	}
	t.reveal(i)
	t.choose(i)
}

// keyPivot is where keyboard zoom centres: the selected event if it is in
// view, else the middle.
func (t *Timeline) keyPivot() float64 {
	if t.selected < 0 || t.end <= t.start {
		return 0.5
	}
	sp := t.spans[t.selected]
	c := (sp.lo + sp.hi) / 2
	if c < t.start || c > t.end {
		return 0.5
	}
	return (c - t.start) / (t.end - t.start)
}

// reveal pans so that event i is in view, if it is not.
func (t *Timeline) reveal(i int) {
	sp := t.spans[i]
	c := (sp.lo + sp.hi) / 2
	if sp.day {
		c = sp.lo + (sp.hi-sp.lo)*sp.frac
	}
	if c >= t.start && c <= t.end {
		return
	}
	w := t.end - t.start
	t.start, t.end = c-w/2, c+w/2
	t.follow = false
}

// zoom scales the visible span by f, keeping the instant at fraction at of
// the width in place.
func (t *Timeline) zoom(f, at float64) {
	w := t.end - t.start
	pivot := t.start + w*at
	nw := math.Min(math.Max(w*f, timelineMinSpan), timelineMaxSpan)
	t.start = pivot - nw*at
	t.end = t.start + nw
	t.follow = false
	t.Refresh()
}

// pan moves the view by dx pixels (positive shows later times).
func (t *Timeline) pan(dx float32) {
	width := float64(t.Size().Width)
	if width <= 0 || dx == 0 {
		return
	}
	d := float64(dx) * (t.end - t.start) / width
	w := t.end - t.start
	c := (t.start+t.end)/2 + d
	if len(t.spans) > 0 { // keep some event in reach
		c = math.Min(math.Max(c, t.minT-w/2), t.maxT+w/2)
	}
	t.start, t.end = c-w/2, c+w/2
	t.follow = false
	t.Refresh()
}
