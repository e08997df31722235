package kit

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// saveDialog opens ChooseSaveFile in a test window whose last folder is
// dir and returns the window and its file-name field.
func saveDialog(t *testing.T, dir string, chosen *[]string) (fyne.Window, *KeyEntry) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefLastDir, dir)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(900, 600))
	t.Cleanup(w.Close)
	ChooseSaveFile(a, w, "Save the PDF briefing", "Raid: the first week", ".pdf", func(path string) { *chosen = append(*chosen, path) })
	e, ok := w.Canvas().Focused().(*KeyEntry)
	if !ok {
		t.Fatalf("the save dialog's focus is on %T, not its file name", w.Canvas().Focused())
	}
	return w, e
}

func TestSaveDialogKeys(t *testing.T) {
	dir := t.TempDir()
	var chosen []string
	w, e := saveDialog(t, dir, &chosen)
	if e.Text != "Raid - the first week.pdf" {
		t.Errorf("the save dialog suggests %q", e.Text)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := filepath.Join(dir, "Raid - the first week.pdf"); len(chosen) != 1 || chosen[0] != want {
		t.Errorf("Enter chose %q, want %q", chosen, want)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the save dialog stays open after Enter")
	}

	// A name Windows refuses: Enter saves nothing and the dialog stays.
	w, e = saveDialog(t, dir, &chosen)
	e.SetText("a|b.pdf")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(chosen) != 1 || w.Canvas().Overlays().Top() == nil {
		t.Errorf("Enter on a forbidden name: chosen %q, dialog open %v", chosen, w.Canvas().Overlays().Top() != nil)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil || len(chosen) != 1 {
		t.Errorf("Escape: chosen %q, dialog open %v", chosen, w.Canvas().Overlays().Top() != nil)
	}
	if names, _ := os.ReadDir(dir); len(names) != 0 {
		t.Errorf("the dialog wrote %d files; the caller writes", len(names))
	}
}

// TestTabLeavesTextAreas: the window gives Tab to a widget that accepts it
// (Fyne's multi-line Entry does, typing a tab character into the item and
// keeping the focus); a form's text area and a dialog's note pass it on,
// so Tab and Shift+Tab go to the next and previous field.
func TestTabLeavesTextAreas(t *testing.T) {
	note := NewKeyEntry()
	note.MultiLine = true
	for name, e := range map[string]fyne.Tabbable{"NewTextArea": NewTextArea(3), "NewFieldEntry": NewFieldEntry(), "a multi-line KeyEntry": note} {
		if e.AcceptsTab() {
			t.Errorf("%s keeps Tab to itself", name)
		}
	}
}
