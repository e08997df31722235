package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// shiftKey remembers whether a Shift key is down, for a focusable widget
// that reads Shift with an arrow: Fyne reports Shift+arrow to a focused
// widget as the arrow alone. Embedded, it makes the widget a
// desktop.Keyable.
type shiftKey struct {
	shift bool // a Shift key is down
}

// KeyDown notes that a Shift key is down. Part of desktop.Keyable.
func (s *shiftKey) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		s.shift = true
	}
}

// KeyUp notes that a Shift key is up. Part of desktop.Keyable.
func (s *shiftKey) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		s.shift = false
	}
}
