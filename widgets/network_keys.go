package widgets

// This file is how the network view answers the keyboard: it takes the
// focus (by Tab or a click) and shows a ring; the arrow keys move the
// selection to the nearest node that way, Shift with an arrow moves the
// selected node itself as a drag does, Enter opens the selected node as a
// click does, and + - 0 zoom and fit as on the timeline strip.

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// netNudge is how far Shift with an arrow moves a node, in screen pixels.
const netNudge = 16

var (
	_ fyne.Focusable  = (*NetworkView)(nil)
	_ desktop.Keyable = (*NetworkView)(nil)
)

// FocusGained draws the focus ring; part of fyne.Focusable.
func (v *NetworkView) FocusGained() {
	v.focused = true
	v.Refresh()
}

// FocusLost removes the focus ring; part of fyne.Focusable.
func (v *NetworkView) FocusLost() {
	v.focused, v.shift = false, false
	v.Refresh()
}

// TypedRune zooms: + (or =) in and - out, about the selected node if it is
// in view; 0 fits all. Part of fyne.Focusable.
func (v *NetworkView) TypedRune(r rune) {
	switch r {
	case '+', '=':
		p := v.keyPivot()
		v.zoomAt(netZoomStep, p.X, p.Y)
	case '-', '−':
		p := v.keyPivot()
		v.zoomAt(1/netZoomStep, p.X, p.Y)
	case '0':
		v.FitAll()
	}
}

// TypedKey moves the selection with the arrow keys to the nearest node
// shown in that direction (with none selected, to the node nearest the
// middle of the view), bringing it into view; with Shift held (see
// KeyDown) an arrow moves the selected node instead, as dragging it does.
// Enter (or Space) opens the selected node, calling OnNodeTapped as a
// click does. Part of fyne.Focusable.
func (v *NetworkView) TypedKey(ev *fyne.KeyEvent) {
	dirs := map[fyne.KeyName][2]float64{fyne.KeyLeft: {-1, 0}, fyne.KeyRight: {1, 0}, fyne.KeyUp: {0, -1}, fyne.KeyDown: {0, 1}}
	if d, ok := dirs[ev.Name]; ok {
		if v.shift {
			v.nudge(d[0], d[1])
		} else {
			v.step(d[0], d[1])
		}
		return
	}
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter || ev.Name == fyne.KeySpace {
		if id := v.Selected(); id != "" && v.OnNodeTapped != nil {
			v.OnNodeTapped(id)
		}
	}
}

// nudge moves the selected node netNudge pixels in the direction (dx, dy)
// and pins it there, calling OnNodeMoved as the end of a drag does: the
// keyboard's way to arrange the drawing.
func (v *NetworkView) nudge(dx, dy float64) {
	i := v.selected
	if i < 0 || i >= len(v.nodes) || !v.shown(i) || v.scale <= 0 {
		return
	}
	n := &v.nodes[i]
	n.X = min(max(n.X+dx*netNudge/v.scale, -netDragRoom), 1+netDragRoom)
	n.Y = min(max(n.Y+dy*netNudge/v.scale, -netDragRoom), 1+netDragRoom)
	n.Pinned = true
	v.Refresh()
	if v.OnNodeMoved != nil {
		v.OnNodeMoved(n.ID, n.X, n.Y)
	}
}

// step selects the node nearest the selected one in the direction
// (dx, dy), one of the four axes.
func (v *NetworkView) step(dx, dy float64) {
	from := v.selected
	if from < 0 || from >= len(v.nodes) || !v.shown(from) {
		if i := v.nearestToMiddle(); i >= 0 {
			v.Select(v.nodes[i].ID)
		}
		return
	}
	if i := v.nearestToward(from, dx, dy); i >= 0 {
		v.Select(v.nodes[i].ID)
	}
}

// nearestToward is the shown node closest to node from in the direction
// (dx, dy): the distance along the direction counts once and the distance
// across it twice, so a node straight ahead wins over one nearer but off
// to the side. -1 if there is none that way.
func (v *NetworkView) nearestToward(from int, dx, dy float64) int {
	best, bestScore := -1, math.Inf(1)
	f := v.nodes[from]
	for i, n := range v.nodes {
		if i == from || !v.shown(i) {
			continue
		}
		ox, oy := n.X-f.X, n.Y-f.Y
		along := ox*dx + oy*dy
		across := math.Abs(ox*dy - oy*dx)
		if along <= 1e-9 {
			continue
		}
		if s := along + 2*across; s < bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// nearestToMiddle is the shown node nearest the middle of the view, or -1.
func (v *NetworkView) nearestToMiddle() int {
	cx, cy := v.cx, v.cy
	if v.scale <= 0 {
		cx, cy = 0.5, 0.5
	}
	best, bestD := -1, math.Inf(1)
	for i, n := range v.nodes {
		if !v.shown(i) {
			continue
		}
		if d := math.Hypot(n.X-cx, n.Y-cy); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// shown reports whether node i is drawn under the present filters.
func (v *NetworkView) shown(i int) bool { return i < len(v.visNode) && v.visNode[i] }

// keyPivot is where keyboard zoom centres: the selected node if it is in
// view, else the middle.
func (v *NetworkView) keyPivot() fyne.Position {
	size := v.Size()
	mid := fyne.NewPos(size.Width/2, size.Height/2)
	if v.selected < 0 || v.selected >= len(v.nodes) || !v.shown(v.selected) || v.scale <= 0 {
		return mid
	}
	p := v.toScreen(v.nodes[v.selected].X, v.nodes[v.selected].Y)
	if p.X < 0 || p.Y < 0 || p.X > size.Width || p.Y > size.Height {
		return mid
	}
	return p
}

// requestFocus gives the view the keyboard focus, as a click does.
func (v *NetworkView) requestFocus() { takeFocus(v) }

// drawFocus rings the view while it has the keyboard focus.
func (r *networkRenderer) drawFocus(size fyne.Size) {
	if !r.v.focused {
		return
	}
	th := r.v.Theme()
	vr := fyne.CurrentApp().Settings().ThemeVariant()
	ring := Legible(th.Color(theme.ColorNameFocus, vr), th.Color(theme.ColorNameBackground, vr), th.Color(theme.ColorNameForeground, vr), MarkContrast)
	setRect(r.ring, nil, ring, 2, 4)
	r.ring.Move(fyne.NewPos(1, 1))
	r.ring.Resize(fyne.NewSize(size.Width-2, size.Height-2))
	r.objects = append(r.objects, r.ring)
}
