package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Button is a push button that answers the keys of a desktop one when it
// has the focus: Space and Enter press it (Fyne's button takes Space
// only), and Escape runs OnEscape, which in a dialog closes the dialog
// (Fyne's button swallows it, so Escape did nothing once Tab had reached
// a dialog's buttons).
type Button struct {
	widget.Button
	// OnEscape runs when Escape is pressed while the button has the
	// focus; nil ignores it.
	OnEscape func()
}

// NewButton makes a Button with a label, an optional icon and its action.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Space and Enter and runs OnEscape on
// Escape. Part of fyne.Focusable.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() {
			b.Tapped(nil)
		}
	case fyne.KeyEscape:
		if b.OnEscape != nil {
			b.OnEscape()
		}
	}
}
