package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Objects lists o and everything under it, shown or hidden, parents
// first, as they are now (test.LaidOutObjects lays them out again).
func Objects(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	walk(o, false, func(x fyne.CanvasObject) { out = append(out, x) })
	return out
}

// Find is the first object of type T under o, shown or hidden.
func Find[T fyne.CanvasObject](o fyne.CanvasObject) (T, bool) {
	for _, x := range Objects(o) {
		if t, ok := x.(T); ok {
			return t, true
		}
	}
	var zero T
	return zero, false
}

// Shown reports whether x is under root and shown: it and everything
// above it up to root visible.
func Shown(root, x fyne.CanvasObject) bool {
	found := false
	walk(root, true, func(o fyne.CanvasObject) { found = found || o == x })
	return found
}

// walk visits o and what it holds (only what is visible when visible is
// set): a container's objects and a widget's renderer's.
func walk(o fyne.CanvasObject, visible bool, visit func(fyne.CanvasObject)) {
	if o == nil || visible && !o.Visible() {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			walk(x, visible, visit)
		}
	case fyne.Widget:
		for _, x := range test.WidgetRenderer(c).Objects() {
			walk(x, visible, visit)
		}
	}
}

// All lists the objects of type T under o, shown or hidden, parents first.
func All[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	for _, x := range Objects(o) {
		if t, ok := x.(T); ok {
			out = append(out, t)
		}
	}
	return out
}
