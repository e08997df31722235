package kit

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

// DialogKeys gives a dialog the keys of a desktop dialog: Enter runs its
// default action (Submit) and Escape cancels it (Cancel), wherever the
// focus is — in one of its fields made here, or nowhere (Attach). Fyne's
// dialogs know neither key, and a focused check box or choice swallows
// both.
type DialogKeys struct {
	// Submit is the dialog's default action (FormDialog.Submit,
	// ConfirmDialog.Confirm …).
	Submit func()
	// Cancel closes the dialog without acting (Hide).
	Cancel func()
}

// Entry is a one-line field of the dialog: Enter submits, Escape cancels.
func (k *DialogKeys) Entry() *KeyEntry {
	e := NewKeyEntry()
	e.OnSubmitted = func(string) { k.submit() }
	e.OnEscape = k.cancel
	return e
}

// MultiLineEntry is a field of several lines: Enter starts a new line as
// in any editor, Shift+Enter submits and Escape cancels.
func (k *DialogKeys) MultiLineEntry() *KeyEntry {
	e := k.Entry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// Check is a check box of the dialog: Space ticks it, Enter submits,
// Escape cancels.
func (k *DialogKeys) Check(label string, changed func(bool)) *KeyCheck {
	c := &KeyCheck{keys: k}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// Select is a drop-down choice of the dialog: Up and Down choose, Space
// opens it (widgets.Select), Enter submits, Escape cancels.
func (k *DialogKeys) Select(options []string, changed func(string)) *KeySelect {
	s := &KeySelect{keys: k}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

// Attach makes Enter and Escape act on d while it is open and no field has
// the focus (a message, a confirmation, a dialog just opened).
func (k *DialogKeys) Attach(win fyne.Window, d dialog.Dialog) {
	c := win.Canvas()
	stacksMu.Lock()
	st := stacks[c]
	if st == nil {
		st = &keyStack{base: c.OnTypedKey()}
		stacks[c] = st
	}
	st.open = append(st.open, k)
	stacksMu.Unlock()
	c.SetOnTypedKey(st.typed)
	d.SetOnClosed(func() {
		stacksMu.Lock()
		st.open = slices.DeleteFunc(st.open, func(o *DialogKeys) bool { return o == k })
		last := len(st.open) == 0
		if last {
			delete(stacks, c)
		}
		stacksMu.Unlock()
		if last {
			c.SetOnTypedKey(st.base)
		}
	})
}

func (k *DialogKeys) submit() {
	if k.Submit != nil {
		k.Submit()
	}
}

func (k *DialogKeys) cancel() {
	if k.Cancel != nil {
		k.Cancel()
	}
}

// typed handles Enter and Escape for a dialog; it reports whether the key
// was one of them.
func (k *DialogKeys) typed(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		k.submit()
	case fyne.KeyEscape:
		k.cancel()
	default:
		return false
	}
	return true
}

// keyStack is the dialogs open on one canvas, the newest last, and the
// canvas's own key handler from before the first of them.
type keyStack struct {
	base func(*fyne.KeyEvent)
	open []*DialogKeys
}

// stacks holds the open dialogs per canvas. The window opens and closes
// dialogs on the UI goroutine, but Fyne's test driver runs fyne.Do on the
// goroutine that calls it, so a background job's dialog may come from
// another goroutine: stacksMu guards the map and every stack's open list.
var (
	stacksMu sync.Mutex
	stacks   = map[fyne.Canvas]*keyStack{}
)

func (s *keyStack) typed(ev *fyne.KeyEvent) {
	stacksMu.Lock()
	var top *DialogKeys
	if len(s.open) > 0 {
		top = s.open[len(s.open)-1]
	}
	stacksMu.Unlock()
	if top != nil && top.typed(ev) {
		return
	}
	if s.base != nil {
		s.base(ev)
	}
}

// KeyCheck is a check box that passes Enter and Escape to its dialog.
type KeyCheck struct {
	widget.Check
	keys *DialogKeys
}

// TypedKey runs the dialog's Enter and Escape.
func (c *KeyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !c.keys.typed(ev) {
		c.Check.TypedKey(ev)
	}
}

// KeySelect is a drop-down choice that passes Enter and Escape to its
// dialog.
type KeySelect struct {
	widgets.Select
	keys *DialogKeys
}

// TypedKey runs the dialog's Enter and Escape and passes other keys to the
// choice.
func (s *KeySelect) TypedKey(ev *fyne.KeyEvent) {
	if !s.keys.typed(ev) {
		s.Select.TypedKey(ev)
	}
}
