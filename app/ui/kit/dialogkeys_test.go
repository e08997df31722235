package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func typeOnCanvas(w fyne.Window, key fyne.KeyName) {
	if h := w.Canvas().OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: key})
	}
}

// TestConfirmKeys: with no field focused, Enter confirms and Escape
// dismisses; a dialog opened by another's answer gets the keys, and once
// every dialog is closed the window's own key handler is back.
func TestConfirmKeys(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(800, 600))
	t.Cleanup(w.Close)
	var own []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { own = append(own, ev.Name) })

	deleted := 0
	ConfirmDelete(w, "the event", "", func() { deleted++ })
	typeOnCanvas(w, fyne.KeyEscape)
	if deleted != 0 || w.Canvas().Overlays().Top() != nil {
		t.Fatalf("Escape: deleted %d, dialog open %v", deleted, w.Canvas().Overlays().Top() != nil)
	}
	ConfirmDelete(w, "the event", "", func() { deleted++ })
	typeOnCanvas(w, fyne.KeyReturn)
	if deleted != 1 || w.Canvas().Overlays().Top() != nil {
		t.Fatalf("Enter: deleted %d, dialog open %v", deleted, w.Canvas().Overlays().Top() != nil)
	}

	// The answer to the first opens the second, which then has the keys.
	Confirm(w, "First?", "", "Yes", "No", func() {
		ShowMessage(w, "Second", "Done.")
	})
	typeOnCanvas(w, fyne.KeyReturn)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("the second dialog did not open")
	}
	typeOnCanvas(w, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close the dialog the first one opened")
	}
	typeOnCanvas(w, fyne.KeyF5)
	if len(own) != 1 || own[0] != fyne.KeyF5 {
		t.Errorf("the window's own key handler got %v after the dialogs closed", own)
	}
}

// TestDialogSelectKeys: a dialog's choice steps with Up and Down, opens
// its list with Space and gets the focus back when the list closes; Enter
// on it then submits the dialog and Escape cancels it.
func TestDialogSelectKeys(t *testing.T) {
	pressFocused := func(c fyne.Canvas, key fyne.KeyName) { c.Focused().TypedKey(&fyne.KeyEvent{Name: key}) }
	test.NewTempApp(t)
	submitted, cancelled := 0, 0
	k := &DialogKeys{Submit: func() { submitted++ }, Cancel: func() { cancelled++ }}
	s := k.Select([]string{"A4", "US Letter"}, nil)
	w := test.NewTempWindow(t, container.NewVBox(widget.NewEntry(), s))
	w.Resize(fyne.NewSize(300, 200))
	c := w.Canvas()
	c.Focus(s)
	pressFocused(c, fyne.KeyDown)
	if s.Selected != "A4" || s.IsOpen() {
		t.Fatalf("Down on the closed choice: %q, open %v; want A4 chosen at once", s.Selected, s.IsOpen())
	}
	pressFocused(c, fyne.KeySpace)
	if !s.IsOpen() {
		t.Fatal("Space did not open the list")
	}
	pressFocused(c, fyne.KeyDown)
	pressFocused(c, fyne.KeyReturn)
	if s.Selected != "US Letter" || submitted != 0 {
		t.Fatalf("Down and Enter in the open list: %q, %d submits; want US Letter and no submit", s.Selected, submitted)
	}
	if c.Focused() != fyne.Focusable(s) {
		t.Fatalf("after the list closed the focus is on %T, not the dialog's choice", c.Focused())
	}
	pressFocused(c, fyne.KeyReturn)
	pressFocused(c, fyne.KeyEscape)
	if submitted != 1 || cancelled != 1 {
		t.Errorf("Enter and Escape on the closed choice: %d submits, %d cancels; want 1 and 1", submitted, cancelled)
	}
}
