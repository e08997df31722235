package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The widgets of a view's form as a test finds them on the canvas: the
// input beside a form label, the error shown under it, a headed section
// and a button.

// formCell is the cell beside the form label label under root: the
// grids of kit.DetailForm hold a label (in a box of its own) and then
// its input.
func formCell(root fyne.CanvasObject, label string) (fyne.CanvasObject, bool) {
	if grid, ok := formGrid(root, label); ok {
		for i := 0; i+1 < len(grid.Objects); i += 2 {
			if labelBox(grid.Objects[i], label) {
				return grid.Objects[i+1], true
			}
		}
	}
	return nil, false
}

// labelBox reports whether o is a form label reading label in a box of
// its own.
func labelBox(o fyne.CanvasObject, label string) bool {
	box, ok := o.(*fyne.Container)
	if !ok || len(box.Objects) != 1 {
		return false
	}
	l, ok := box.Objects[0].(*widget.Label)
	return ok && l.Text == label
}

// formGrid is the grid of labels and inputs under root that has the
// label label.
func formGrid(root fyne.CanvasObject, label string) (*fyne.Container, bool) {
	for _, o := range Objects(root) {
		c, ok := o.(*fyne.Container)
		if !ok {
			continue
		}
		for i := 0; i+1 < len(c.Objects); i += 2 {
			if labelBox(c.Objects[i], label) {
				return c, true
			}
		}
	}
	return nil, false
}

// FormGrid is the grid of labels and inputs under root that has the form
// label label (a kit.DetailForm's Grid).
func FormGrid(t testing.TB, root fyne.CanvasObject, label string) *fyne.Container {
	t.Helper()
	grid, ok := formGrid(root, label)
	if !ok {
		t.Fatalf("no form has the field %q", label)
	}
	return grid
}

// FormInput is the first object of type T in the cell beside the form
// label label under root.
func FormInput[T fyne.CanvasObject](t testing.TB, root fyne.CanvasObject, label string) T {
	t.Helper()
	cell, ok := formCell(root, label)
	if !ok {
		t.Fatalf("no form field %q", label)
	}
	in, ok := Find[T](cell)
	if !ok {
		t.Fatalf("the form field %q has no %T", label, in)
	}
	return in
}

// FormError is the error shown under the form field labelled label, ""
// when none is shown.
func FormError(t testing.TB, root fyne.CanvasObject, label string) string {
	t.Helper()
	cell, ok := formCell(root, label)
	if !ok {
		t.Fatalf("no form field %q", label)
	}
	c, ok := cell.(*fyne.Container)
	if !ok || len(c.Objects) < 2 {
		t.Fatalf("the form field %q has no room for an error", label)
	}
	l, ok := c.Objects[len(c.Objects)-1].(*widget.Label)
	if !ok {
		t.Fatalf("the form field %q has no error label", label)
	}
	if !l.Visible() {
		return ""
	}
	return l.Text
}

// Section is the section headed title under root (kit.Section: a
// separator, the heading with its buttons, and the body).
func Section(t testing.TB, root fyne.CanvasObject, title string) *fyne.Container {
	t.Helper()
	for _, o := range Objects(root) {
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects) != 3 {
			continue
		}
		if _, ok := c.Objects[0].(*widget.Separator); !ok {
			continue
		}
		head, ok := c.Objects[1].(*fyne.Container)
		if !ok {
			continue
		}
		for _, x := range head.Objects {
			if l, ok := x.(*widget.Label); ok && l.Text == title {
				return c
			}
		}
	}
	t.Fatalf("no section %q", title)
	return nil
}

// SectionBody is what the section headed title under root shows below
// its heading.
func SectionBody(t testing.TB, root fyne.CanvasObject, title string) fyne.CanvasObject {
	t.Helper()
	return Section(t, root, title).Objects[2]
}

// Button is the button reading text under root, first in the tree.
func Button(t testing.TB, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	b := FindButton(root, text)
	if b == nil {
		t.Fatalf("no button %q", text)
	}
	return b
}

// FormScroll is the innermost scroller under root that holds the form
// field labelled label: the scrolling form of a list tab's item.
func FormScroll(t testing.TB, root fyne.CanvasObject, label string) *container.Scroll {
	t.Helper()
	var found *container.Scroll
	for _, o := range Objects(root) {
		if sc, ok := o.(*container.Scroll); ok {
			if _, has := formCell(sc.Content, label); has {
				found = sc // parents come first
			}
		}
	}
	if found == nil {
		t.Fatalf("no scroller holds the form field %q", label)
	}
	return found
}
