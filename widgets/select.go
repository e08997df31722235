package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Select is a drop-down choice that answers the keys of a desktop one.
// Fyne's Select opens its list on Up and Down, starts that list with
// nothing highlighted, and leaves the window with no focus once the list
// closes, so the next Tab started again from the top of the window. This
// one, when it has the focus: Up and Down choose the previous or next
// option at once (as a closed drop-down does on Windows); Space, Enter and
// Alt+Down open the list with the current option highlighted, where Up,
// Down, Enter and Escape work as in a menu; and whichever way the list
// closes, the focus comes back here, so Tab goes on to the next field.
// Escape on the closed choice runs OnEscape, which in a dialog closes it.
type Select struct {
	widget.Select
	// OnEscape runs when Escape is pressed while the closed choice has
	// the focus; nil ignores it.
	OnEscape func()

	popUp *widget.PopUpMenu
	// self is the widget as the window holds it: this Select, or the type
	// that embeds it (ExtendBaseWidget), which is what gets the focus.
	self fyne.Widget
}

// ExtendBaseWidget is used by a type that embeds Select, as Fyne's own
// ExtendBaseWidget; the embedding type is then what the list gives the
// focus back to.
func (s *Select) ExtendBaseWidget(w fyne.Widget) {
	s.self = w
	s.Select.ExtendBaseWidget(w)
}

// focusWidget is a widget that takes the keyboard focus.
type focusWidget interface {
	fyne.Widget
	fyne.Focusable
}

// focusable is the widget the window holds.
func (s *Select) focusable() focusWidget {
	if f, ok := s.self.(focusWidget); ok {
		return f
	}
	return s
}

// NewSelect makes a Select of options that calls changed with the option
// chosen.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey steps through the options on Up and Down, opens the list on
// Space and Enter and runs OnEscape on Escape. Part of fyne.Focusable.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if s.Disabled() {
		return
	}
	switch ev.Name {
	case fyne.KeyUp:
		s.step(-1)
	case fyne.KeyDown:
		s.step(1)
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		s.Open()
	case fyne.KeyEscape:
		if s.OnEscape != nil {
			s.OnEscape()
		}
	}
}

// TypedShortcut opens the list on Alt+Down, the desktop key for it.
func (s *Select) TypedShortcut(sc fyne.Shortcut) {
	if k, ok := sc.(*desktop.CustomShortcut); ok && k.KeyName == fyne.KeyDown && k.Modifier == fyne.KeyModifierAlt {
		s.Open()
	}
}

// Tapped opens the list, as Fyne's does, with the focus kept here.
func (s *Select) Tapped(*fyne.PointEvent) {
	if s.Disabled() {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.focusable()); c != nil {
		c.Focus(s.focusable())
	}
	s.Open()
}

// step chooses the option by places before or after the current one,
// stopping at the ends (no choice yet starts from the first).
func (s *Select) step(by int) {
	if len(s.Options) == 0 {
		return
	}
	i := s.SelectedIndex()
	switch {
	case i < 0:
		i = 0
	default:
		i = min(max(i+by, 0), len(s.Options)-1)
	}
	if i != s.SelectedIndex() {
		s.SetSelectedIndex(i)
	}
}

// Open shows the list of options under the choice, the current one
// highlighted.
func (s *Select) Open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s.focusable())
	if c == nil || len(s.Options) == 0 || s.popUp != nil {
		return
	}
	items := make([]*fyne.MenuItem, len(s.Options))
	for i, text := range s.Options {
		items[i] = fyne.NewMenuItem(text, func() { s.SetSelected(text) })
	}
	pop := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pop.OnDismiss = func() {
		pop.Hide()
		s.popUp = nil
		c.Focus(s.focusable())
	}
	s.popUp = pop
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.focusable())
	pop.ShowAtPosition(at.AddXY(0, s.Size().Height-theme.InputBorderSize()))
	pop.Resize(fyne.NewSize(s.Size().Width, pop.MinSize().Height))
	for range s.SelectedIndex() + 1 {
		pop.ActivateNext()
	}
}

// IsOpen reports whether the list of options is showing.
func (s *Select) IsOpen() bool { return s.popUp != nil }
