package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// KeyEntry is the one-line entry of dialogs and pickers. Fyne sends a key
// only to the focused widget and its dialogs know no Escape, so the entry
// the analyst types in does what a desktop dialog does with the keys: Enter
// runs OnSubmitted (as any entry), Escape runs OnEscape (close the
// dialog), and Up and Down run OnMove with -1 and +1 (move through a
// picker's list). Without a handler a key does what it does in an Entry.
type KeyEntry struct {
	widget.Entry
	// OnEscape runs when Escape is pressed, typically to close the dialog.
	OnEscape func()
	// OnMove runs with -1 for Up and +1 for Down.
	OnMove func(delta int)
}

// NewKeyEntry returns an empty one-line KeyEntry.
func NewKeyEntry() *KeyEntry {
	e := &KeyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false: Tab moves to the next field, also out of a
// multi-line note (Fyne's multi-line Entry would type a tab character and
// keep the focus, so the keyboard could not leave it).
func (e *KeyEntry) AcceptsTab() bool { return false }

// TypedKey runs the handlers for Escape, Up and Down and passes other keys
// to the entry.
func (e *KeyEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && e.OnEscape != nil:
		e.OnEscape()
	case k.Name == fyne.KeyUp && e.OnMove != nil:
		e.OnMove(-1)
	case k.Name == fyne.KeyDown && e.OnMove != nil:
		e.OnMove(1)
	default:
		e.Entry.TypedKey(k)
	}
}
