package kit

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne's desktop driver gives the wheel to the innermost scroller under
// the pointer, and every entry has a scroller of its own: over a text
// field a form stopped scrolling. A Wheel lies over a form's scroller or a
// list as a transparent layer that is the innermost scroller there, so the
// wheel reaches it first; it then scrolls the first thing under the
// pointer that can still move that way: a multi-line FieldEntry whose text
// overflows, a nested Wheel, or else its own target. Widgets that use the
// wheel for something else (a zoom) get the event untouched.
//
// Taps, hovers, drags and the keyboard pass the layer by: it answers only
// the wheel.

// driverNotch is how far Fyne's desktop driver reports one notch of a
// mouse wheel (its scrollSpeed); on macOS the system's own distances are
// kept as they come.
func driverNotch() float32 {
	if runtime.GOOS == "darwin" {
		return 0
	}
	return 25
}

// WheelStep is how far one notch of the mouse wheel moves a form, a list
// or a text: three lines of text, as desktop systems do by default.
func WheelStep() float32 {
	th := theme.Current()
	size := th.Size(theme.SizeNameText)
	line := fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height + th.Size(theme.SizeNameLineSpacing)
	return 3 * line
}

// wheelDelta turns the driver's distance into WheelStep per notch.
func wheelDelta(d fyne.Delta) fyne.Delta {
	notch := driverNotch()
	if notch == 0 {
		return d
	}
	f := WheelStep() / notch
	return fyne.Delta{DX: d.DX * f, DY: d.DY * f}
}

// Wheel is the layer that takes the mouse wheel over a form or a list; see
// NewWheel.
type Wheel struct {
	widget.BaseWidget
	target fyne.CanvasObject
	layer  *wheelLayer
}

// NewWheel lays a Wheel over target, a *container.Scroll, a *widget.List
// or a widget with a ScrollBy(dy float32) bool method, which it scrolls by WheelStep a notch wherever the pointer
// is over it (a field inside included). A multi-line FieldEntry in a
// scroller's content scrolls its own text first while that overflows.
func NewWheel(target fyne.CanvasObject) *Wheel {
	w := &Wheel{target: target}
	w.layer = &wheelLayer{owner: w}
	w.layer.ExtendBaseWidget(w.layer)
	w.ExtendBaseWidget(w)
	return w
}

// Target is the object the Wheel scrolls and lies over.
func (w *Wheel) Target() fyne.CanvasObject { return w.target }

// CreateRenderer stacks the layer over the target.
func (w *Wheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(w.target, w.layer))
}

// Scroll moves what lies under pos (relative to the Wheel) by the
// driver's distance d, as a wheel there would; it reports whether
// anything moved or took the event.
func (w *Wheel) Scroll(pos fyne.Position, d fyne.Delta) bool {
	var path []fyne.CanvasObject
	var at []fyne.Position
	collect(w.target, pos, func(o fyne.CanvasObject, p fyne.Position) {
		path = append(path, o)
		at = append(at, p)
	})
	for i := len(path) - 1; i >= 0; i-- {
		if wheelMoves(path[i], at[i], d) {
			return true
		}
	}
	return false
}

// wheelMoves offers the wheel to one object under the pointer and reports
// whether it took it.
func wheelMoves(o fyne.CanvasObject, at fyne.Position, d fyne.Delta) bool {
	switch t := o.(type) {
	case *Wheel:
		return t.Scroll(at, d)
	case *FieldEntry:
		s := t.textScroll()
		return s != nil && scrollMoves(s, wheelDelta(d))
	case *container.Scroll:
		return scrollMoves(t, wheelDelta(d))
	case *widget.List:
		return listMoves(t, wheelDelta(d).DY)
	case scrollsBy:
		return t.ScrollBy(wheelDelta(d).DY)
	case fyne.Scrollable:
		t.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: d})
		return true
	}
	return false
}

// scrollsBy is a widget that scrolls its own view, such as the reading
// view (widgets.AnnotatedText).
type scrollsBy interface {
	ScrollBy(dy float32) bool
}

// collect calls found for o and each object inside it under pos that may
// take the wheel, outermost first. Widgets other than a Wheel are not
// looked into: their insides are theirs.
func collect(o fyne.CanvasObject, pos fyne.Position, found func(fyne.CanvasObject, fyne.Position)) {
	if o == nil || !o.Visible() {
		return
	}
	size := o.Size()
	if pos.X < 0 || pos.Y < 0 || pos.X >= size.Width || pos.Y >= size.Height {
		return
	}
	var children []fyne.CanvasObject
	switch t := o.(type) {
	case *Wheel:
		found(o, pos)
		return
	case *container.Scroll:
		found(o, pos)
		children = []fyne.CanvasObject{t.Content}
	case *fyne.Container:
		children = t.Objects
	case *FieldEntry, *widget.List, scrollsBy, fyne.Scrollable:
		found(o, pos)
		return
	default:
		return
	}
	for _, c := range children {
		if c != nil {
			collect(c, pos.Subtract(c.Position()), found)
		}
	}
}

// scrollMoves scrolls s by d if it can move that way and reports whether
// it moved. A scroller that moves only sideways takes a vertical wheel
// sideways, as Fyne's does.
func scrollMoves(s *container.Scroll, d fyne.Delta) bool {
	if s.Content == nil {
		return false
	}
	if s.Direction == container.ScrollNone {
		return false
	}
	if s.Direction == container.ScrollHorizontalOnly && d.DX == 0 {
		d.DX, d.DY = d.DY, 0
	}
	if s.Direction == container.ScrollVerticalOnly {
		d.DX = 0
	}
	content, view := s.Content.MinSize().Max(s.Content.Size()), s.Size()
	off := s.Offset
	next := fyne.NewPos(clampOffset(off.X-d.DX, content.Width-view.Width), clampOffset(off.Y-d.DY, content.Height-view.Height))
	if next == off {
		return false
	}
	s.ScrollToOffset(next)
	if s.OnScrolled != nil {
		s.OnScrolled(next)
	}
	return true
}

// listMoves scrolls l by dy if it can move that way.
func listMoves(l *widget.List, dy float32) bool {
	before := l.GetScrollOffset()
	l.ScrollToOffset(before - dy)
	return l.GetScrollOffset() != before
}

// clampOffset keeps an offset between 0 and limit.
func clampOffset(v, limit float32) float32 {
	if limit <= 0 || v < 0 {
		return 0
	}
	return min(v, limit)
}

// wheelLayer is the transparent object over a Wheel's target that the
// driver finds as the innermost scroller under the pointer.
type wheelLayer struct {
	widget.BaseWidget
	owner *Wheel
}

// Scrolled hands the wheel to the Wheel.
func (l *wheelLayer) Scrolled(ev *fyne.ScrollEvent) {
	l.owner.Scroll(ev.Position, ev.Scrolled)
}

// CreateRenderer draws nothing.
func (l *wheelLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}
