package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// selectWindow is a window with a field, the choice and another field, the
// choice focused.
func selectWindow(t *testing.T, changed func(string)) (*Select, *widget.Entry, fyne.Canvas) {
	t.Helper()
	test.NewTempApp(t)
	s := NewSelect([]string{"Oldest first", "Newest first", "Title A–Z"}, changed)
	before, after := widget.NewEntry(), widget.NewEntry()
	w := test.NewTempWindow(t, container.NewVBox(before, s, after))
	w.Resize(fyne.NewSize(400, 300))
	c := w.Canvas()
	c.Focus(s)
	return s, after, c
}

func key(c fyne.Canvas, name fyne.KeyName) { c.Focused().TypedKey(&fyne.KeyEvent{Name: name}) }

func TestSelectUpAndDownChooseAtOnce(t *testing.T) {
	var got []string
	s, _, c := selectWindow(t, func(v string) { got = append(got, v) })
	key(c, fyne.KeyDown) // no choice yet: the first
	key(c, fyne.KeyDown)
	key(c, fyne.KeyDown)
	key(c, fyne.KeyDown) // stays on the last
	if s.Selected != "Title A–Z" {
		t.Errorf("after four Downs the choice is %q, want the last option", s.Selected)
	}
	key(c, fyne.KeyUp)
	if s.Selected != "Newest first" {
		t.Errorf("Up chose %q, want the option before the last", s.Selected)
	}
	want := []string{"Oldest first", "Newest first", "Title A–Z", "Newest first"}
	if len(got) != len(want) {
		t.Fatalf("OnChanged ran for %q, want %q (once per change, not at the end)", got, want)
	}
	if s.IsOpen() || c.Overlays().Top() != nil {
		t.Error("Up or Down opened the list; on a closed choice they step through it")
	}
	if c.Focused() != s {
		t.Errorf("the focus moved to %T", c.Focused())
	}
}

func TestSelectListOpensOnTheCurrentOptionAndGivesTheFocusBack(t *testing.T) {
	s, after, c := selectWindow(t, nil)
	s.SetSelected("Newest first")
	key(c, fyne.KeySpace)
	if !s.IsOpen() || c.Overlays().Top() == nil {
		t.Fatal("Space did not open the list")
	}
	// The list starts on the current option: one Down goes to the next.
	key(c, fyne.KeyDown)
	key(c, fyne.KeyReturn)
	if s.Selected != "Title A–Z" {
		t.Errorf("Down and Enter in the list chose %q, want the option after the current one", s.Selected)
	}
	if s.IsOpen() || c.Overlays().Top() != nil {
		t.Error("the list stayed open after Enter")
	}
	if c.Focused() != s {
		t.Fatalf("after choosing, the focus is on %T, not the choice", c.Focused())
	}
	c.FocusNext()
	if c.Focused() != after {
		t.Errorf("Tab after choosing went to %T, not the next field", c.Focused())
	}
}

func TestSelectEscapeClosesTheListKeepingTheChoice(t *testing.T) {
	escaped := false
	s, _, c := selectWindow(t, nil)
	s.OnEscape = func() { escaped = true }
	s.SetSelected("Oldest first")
	key(c, fyne.KeyReturn)
	key(c, fyne.KeyDown)
	key(c, fyne.KeyEscape)
	if s.IsOpen() || s.Selected != "Oldest first" {
		t.Errorf("Escape in the list: open %v, choice %q; want it closed and the choice kept", s.IsOpen(), s.Selected)
	}
	if escaped {
		t.Error("Escape that closed the list also ran OnEscape (in a dialog it would close the dialog too)")
	}
	if c.Focused() != s {
		t.Fatalf("after Escape the focus is on %T", c.Focused())
	}
	key(c, fyne.KeyEscape)
	if !escaped {
		t.Error("Escape on the closed choice did not run OnEscape")
	}
}

func TestSelectAltDownOpensAndTapKeepsTheFocus(t *testing.T) {
	s, _, c := selectWindow(t, nil)
	s.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	if !s.IsOpen() {
		t.Fatal("Alt+Down did not open the list")
	}
	key(c, fyne.KeyEscape)
	c.Unfocus()
	test.Tap(s)
	if !s.IsOpen() {
		t.Fatal("a click did not open the list")
	}
	key(c, fyne.KeyDown)
	key(c, fyne.KeyReturn)
	if s.Selected != "Oldest first" || c.Focused() != s {
		t.Errorf("click, Down, Enter: choice %q, focus %T; want the first option and the focus on the choice", s.Selected, c.Focused())
	}
	s.Disable()
	test.Tap(s)
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if s.IsOpen() || s.Selected != "Oldest first" {
		t.Error("a disabled choice opened or changed")
	}
}
