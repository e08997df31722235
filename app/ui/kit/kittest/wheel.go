// Package kittest holds helpers for tests of the window's widgets that
// stand in for what Fyne's desktop driver does and its test driver does
// not.
package kittest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Wheel turns the mouse wheel at pos on c as Fyne's desktop driver does:
// the event goes to the innermost, last drawn fyne.Scrollable under the
// pointer, with the position relative to it and dy in the driver's units
// (25 a notch on Linux and Windows). test.Scroll finds the same object but
// gives no position. Wheel returns what took the event, or nil.
func Wheel(c fyne.Canvas, pos fyne.Position, dy float32) fyne.CanvasObject {
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
	var found fyne.CanvasObject
	var at fyne.Position
	walk(root, root.Position(), func(o fyne.CanvasObject, origin fyne.Position) {
		if _, ok := o.(fyne.Scrollable); ok {
			found, at = o, pos.Subtract(origin)
		}
	}, pos)
	if found == nil {
		return nil
	}
	found.(fyne.Scrollable).Scrolled(&fyne.ScrollEvent{
		PointEvent: fyne.PointEvent{Position: at, AbsolutePosition: pos},
		Scrolled:   fyne.Delta{DY: dy},
	})
	return found
}

// walk visits o and everything visible inside it under pos, parents
// before children and in drawing order, as the driver's search does.
func walk(o fyne.CanvasObject, origin fyne.Position, visit func(fyne.CanvasObject, fyne.Position), pos fyne.Position) {
	if o == nil || !o.Visible() {
		return
	}
	size := o.Size()
	if pos.X < origin.X || pos.Y < origin.Y || pos.X >= origin.X+size.Width || pos.Y >= origin.Y+size.Height {
		return
	}
	visit(o, origin)
	var children []fyne.CanvasObject
	switch t := o.(type) {
	case *fyne.Container:
		children = t.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(t).Objects()
	}
	for _, c := range children {
		if c != nil {
			walk(c, origin.Add(c.Position()), visit, pos)
		}
	}
}
