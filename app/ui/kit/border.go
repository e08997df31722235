package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// NewBorder is container.NewBorder with its objects in the order the eye
// reads them: top, left, the centre, right, bottom. Fyne moves the
// keyboard focus with Tab in the order of a container's objects, and its
// own NewBorder puts the centre first, so Tab from a list's filter went to
// Add and Delete, then the whole form, and only then back up to the list
// above them. The layout is Fyne's border layout, so sizes and positions
// are the same as container.NewBorder's; nil edges are left out.
func NewBorder(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	objs := make([]fyne.CanvasObject, 0, len(center)+4)
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	for _, o := range center {
		if o != nil {
			objs = append(objs, o)
		}
	}
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objs...)
}
