package ui

import (
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/app/ui/kit/kittest"
	"casefile/app/ui/uitest"
	"casefile/storage"
	"casefile/widgets"
)

// num is v as a claim's bound.
func num(v float64) *float64 { return uitest.Num(v) }

// sampleCase is the tests' small case with one of everything
// (uitest.SampleCase, which itemedit's and the reading view's tests share).
func sampleCase() app.CaseData { return uitest.SampleCase() }

// newTestWindow creates a case file holding data in a temporary folder
// and opens the case window on it with Fyne's test driver.
func newTestWindow(t testing.TB, data app.CaseData) (*caseWindow, string) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	path := filepath.Join(t.TempDir(), "test.casefile")
	st, err := storage.Opener{}.Create(path, data, false)
	if err != nil {
		t.Fatalf("creating the case: %v", err)
	}
	return openTestWindow(t, a, st), path
}

// testStores are the stores of the test windows, for tests that read the
// case back item by item (the window itself reads only its session).
var testStores sync.Map // *caseWindow -> app.Store

// storeOf is the store under a test window's session.
func storeOf(cw *caseWindow) app.Store {
	st, _ := testStores.Load(cw)
	return st.(app.Store)
}

// openTestWindow shows store in a case window sized like a laptop's, in a
// shell of its own as Run makes one.
func openTestWindow(t testing.TB, a fyne.App, st app.Store) *caseWindow {
	t.Helper()
	cs, err := startSession(st)
	if err != nil {
		t.Fatalf("opening the case: %v", err)
	}
	sh := newShell(a, Options{Opener: storage.Opener{}})
	cw := newCaseWindow(sh, a.NewWindow("Casefile"), cs)
	sh.windows = append(sh.windows, cw)
	testStores.Store(cw, st)
	cw.saver.Delay = 0 // saves happen on focus loss and flush only
	cw.win.Resize(fyne.NewSize(1180, 740))
	t.Cleanup(func() {
		cw.closeCase()
		cw.win.Close()
		testStores.Delete(cw)
	})
	return cw
}

// load reads the case back through the store.
func load(t testing.TB, cw *caseWindow) app.CaseData {
	t.Helper()
	d, err := cw.s.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return d
}

// reopen closes the window's case and reads the file afresh.
func reopen(t testing.TB, cw *caseWindow, path string) app.CaseData {
	t.Helper()
	cw.closeCase()
	st, err := storage.Opener{}.Open(path, true)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	defer st.Close()
	d, err := st.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return d
}

// edit replaces an entry's text the way a user does: focus, select all,
// type, leave the field.
func edit(cw *caseWindow, e *kit.FieldEntry, text string) {
	c := cw.win.Canvas()
	c.Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if text == "" {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	} else {
		test.Type(e, text)
	}
	c.Unfocus()
}

// editDate replaces the text of a date field as a user does.
func editDate(cw *caseWindow, d *widgets.DateEntry, text string) { uitest.EditDate(cw.win, d, text) }

// overlayButton finds a button with the given text in the topmost dialog.
func overlayButton(t testing.TB, cw *caseWindow, text string) *widget.Button {
	t.Helper()
	return uitest.OverlayButton(t, cw.win, text)
}

// tapOverlay taps the button with the given text in the topmost dialog.
func tapOverlay(t testing.TB, cw *caseWindow, text string) {
	t.Helper()
	uitest.TapOverlay(t, cw.win, text)
}

// findButton walks the tree under o for a button with the given text.
func findButton(o fyne.CanvasObject, text string) *widget.Button { return uitest.FindButton(o, text) }

// overlayLabels lists the texts of the labels in the topmost dialog.
func overlayLabels(cw *caseWindow) []string { return uitest.OverlayLabels(cw.win) }

// overlayObjects lists what the topmost dialog holds, laid out.
func overlayObjects(t testing.TB, cw *caseWindow) []fyne.CanvasObject {
	t.Helper()
	return uitest.OverlayObjects(t, cw.win)
}

// overlayEntries lists the text entries of the topmost dialog, in order.
func overlayEntries(t testing.TB, cw *caseWindow) []*widget.Entry {
	t.Helper()
	return uitest.OverlayEntries(t, cw.win)
}

// overlayField is the entry labelled label in the topmost dialog's form.
func overlayField(t testing.TB, cw *caseWindow, label string) *widget.Entry {
	t.Helper()
	return uitest.OverlayField(t, cw.win, label)
}

// overlayList is the list in the topmost dialog (a picker's).
func overlayList(t testing.TB, cw *caseWindow) *widget.List {
	t.Helper()
	return uitest.OverlayList(t, cw.win)
}

// pickFirst types into the open picker's filter and chooses its first row.
func pickFirst(t testing.TB, cw *caseWindow, filter string) {
	t.Helper()
	uitest.PickFirst(t, cw.win, filter)
}

// newItem fills the new-item dialog's entries and taps Add.
func newItem(t testing.TB, cw *caseWindow, values ...string) {
	t.Helper()
	entries := overlayEntries(t, cw)
	if len(entries) < len(values) {
		t.Fatalf("the new-item dialog has %d fields, want %d", len(entries), len(values))
	}
	for i, v := range values {
		entries[i].SetText(v)
	}
	tapOverlay(t, cw, "Add")
}

// rowIDs lists the ids shown in a tab's list, in order.
func rowIDs(p *kit.ListPane) []string {
	var out []string
	for _, i := range p.Shown {
		out = append(out, p.Rows[i].ID)
	}
	return out
}

// asButton is o as a push button (kittest.Button).
func asButton(o fyne.CanvasObject) (*widget.Button, bool) { return kittest.Button(o) }

// isButton reports whether o is a push button (see asButton).
func isButton(o fyne.CanvasObject) bool { _, ok := asButton(o); return ok }

// labelsIn lists the texts of the labels under o.
func labelsIn(o fyne.CanvasObject) []string { return uitest.LabelsIn(o) }

// sectionButton is the button reading text in a form's section
// ("Add relation…", "Cite a source…").
func sectionButton(t testing.TB, section fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	b := findButton(section, text)
	if b == nil {
		t.Fatalf("no button %q in the section", text)
	}
	return b
}

// removeButton is the last remove button (a button with an icon and no
// words) in a links section.
func removeButton(t testing.TB, section fyne.CanvasObject) *widget.Button {
	t.Helper()
	var del *widget.Button
	for _, x := range test.LaidOutObjects(section) {
		if b, ok := asButton(x); ok && b.Text == "" {
			del = b
		}
	}
	if del == nil {
		t.Fatal("no remove button in the section")
	}
	return del
}
