package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
