package kit

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

func key(c fyne.Canvas, name fyne.KeyName) {
	c.Focused().TypedKey(&fyne.KeyEvent{Name: name})
}

// TestConfirmDialogKeysOnItsButtons: with the focus on a dialog's button,
// as Tab puts it there, Enter presses that button and Escape cancels.
func TestConfirmDialogKeysOnItsButtons(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("window"))
	w.Resize(fyne.NewSize(600, 400))
	var got []bool
	open := func() *ConfirmDialog {
		d := NewConfirm("Merge?", "Merge the two?", "Merge", "Cancel", func(ok bool) { got = append(got, ok) }, w)
		d.Show()
		return d
	}

	d := open()
	w.Canvas().Focus(d.confirm)
	key(w.Canvas(), fyne.KeyReturn)
	d = open()
	w.Canvas().Focus(d.cancel)
	key(w.Canvas(), fyne.KeyReturn)
	d = open()
	w.Canvas().Focus(d.confirm)
	key(w.Canvas(), fyne.KeyEscape)
	if len(got) != 3 || !got[0] || got[1] || got[2] {
		t.Errorf("Enter on Merge, Enter on Cancel, Escape on Merge answered %v, want [true false false]", got)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("a dialog is still open")
	}
}

func TestFormDialogSubmitsOnlyWhenValid(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("window"))
	w.Resize(fyne.NewSize(600, 400))
	name := widget.NewEntry()
	name.Validator = func(s string) error {
		if s == "" {
			return errors.New("enter a name")
		}
		return nil
	}
	var got []bool
	d := NewFormDialog("New person", "Add", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)},
		func(ok bool) { got = append(got, ok) }, w)
	d.Show()
	if !d.confirm.Disabled() {
		t.Fatal("Add is enabled with the required name empty")
	}
	d.Submit()
	d.confirm.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // a disabled button takes no focus
	if len(got) != 0 {
		t.Fatalf("an invalid form closed: %v", got)
	}
	test.Type(name, "Edi Rama")
	if d.confirm.Disabled() {
		t.Fatal("Add stayed disabled with a name")
	}
	d.Submit()
	if len(got) != 1 || !got[0] {
		t.Errorf("Submit answered %v, want [true]", got)
	}
}

func TestCustomDialogEscapeOnItsButton(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("window"))
	w.Resize(fyne.NewSize(600, 400))
	closed := 0
	d := NewCustomDialog("Find", "Close", widget.NewLabel("results"), w)
	d.SetOnClosed(func() { closed++ })
	d.Show()
	var btn *widgets.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if b, ok := o.(*widgets.Button); ok && b.Text == "Close" {
			btn = b
		}
	}
	if btn == nil {
		t.Fatal("no Close button")
	}
	w.Canvas().Focus(btn)
	key(w.Canvas(), fyne.KeyEscape)
	if closed != 1 || w.Canvas().Overlays().Top() != nil {
		t.Errorf("Escape on Close closed the dialog %d times; still open: %v", closed, w.Canvas().Overlays().Top() != nil)
	}
}
