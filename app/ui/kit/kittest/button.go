package kittest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

// Button is o as a push button: a Fyne button, or the Fyne button inside
// a widgets.Button (the window's and the dialogs' buttons), so that tests
// find and tap both.
func Button(o fyne.CanvasObject) (*widget.Button, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return b, true
	case *widgets.Button:
		return &b.Button, true
	}
	return nil, false
}
