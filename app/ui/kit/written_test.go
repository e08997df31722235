package kit

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/widgets"
)

// tapButton taps the button labelled text in the topmost dialog.
func tapButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog to tap %q in", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widgets.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q in the dialog", text)
}

// TestShowWritten: Open opens the file's address, Show in folder its
// folder's, Enter is Open, Escape and Close open nothing.
func TestShowWritten(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(800, 600))
	t.Cleanup(w.Close)
	dir := filepath.Join(t.TempDir(), "Briefings 2023")
	os.Mkdir(dir, 0o755)
	path := filepath.Join(dir, "Raid – first week.pdf")
	os.WriteFile(path, []byte("%PDF"), 0o644)
	var opened []string
	open := func(u *url.URL) error {
		opened = append(opened, u.String())
		if u.Scheme != "file" {
			t.Errorf("opened %q, not a file address", u)
		}
		return nil
	}
	show := func() { ShowWritten(w, "Briefing written", "Wrote it.", path, open, nil) }

	show()
	tapButton(t, w, "Open")
	show()
	tapButton(t, w, "Show in folder")
	show()
	typeOnCanvas(w, fyne.KeyReturn)
	show()
	typeOnCanvas(w, fyne.KeyEscape)
	show()
	tapButton(t, w, "Close")
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open")
	}
	want := []string{FileURL(path).String(), FileURL(dir).String(), FileURL(path).String()}
	if len(opened) != 3 || opened[0] != want[0] || opened[1] != want[1] || opened[2] != want[2] {
		t.Fatalf("opened %q, want %q", opened, want)
	}
	if u, err := url.Parse(opened[0]); err != nil || u.Path != filepath.ToSlash(path) {
		t.Errorf("the file's address %q reads back as %v, %v", opened[0], u, err)
	}

	// A case file opens in Casefile itself.
	called := 0
	ShowWritten(w, "Copy saved", "Saved.", path, open, func() { called++ })
	tapButton(t, w, "Open")
	if called != 1 || len(opened) != 3 {
		t.Errorf("Open of a case: openFile called %d times, addresses opened %q", called, opened)
	}
}
