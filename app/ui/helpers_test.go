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
	"casefile/storage"
	"casefile/widgets"
)

func num(v float64) *float64 { return &v }

// sampleCase is a small case with one of everything, names with
// diacritics and aliases, links and citations.
func sampleCase() app.CaseData {
	return app.CaseData{
		Case: app.Case{Title: "Raid on the camp", Marking: "UNCLASSIFIED", AsOf: app.Date{EDTF: "2023-07-01"}},
		Sources: []app.Source{
			{ID: "s-times", Title: "Police raid camp at dawn", Publisher: "The Times", Published: app.Date{EDTF: "2023-06-21"},
				Kind: app.SourceArticle, Reliability: "B", Interest: app.InterestIndependent, Text: "Police raided the camp at dawn. Some 100 people were injured."},
			{ID: "s-ministry", Title: "Statement on the operation", Publisher: "Ministry of the Interior",
				Kind: app.SourceStatement, Reliability: "C", Interest: app.InterestGovernment},
		},
		People: []app.Person{
			{ID: "p-cuci", Name: "Arben Çuçi", Aliases: []app.Alias{{Name: "The Colonel", Note: "used by the press"}}, Role: "police commander",
				Citations: []app.Citation{{Source: "s-times"}}},
			{ID: "p-maria", Name: "María Núñez", Role: "spokesperson"},
		},
		Organizations: []app.Organization{
			{ID: "o-police", Name: "National Police", Aliases: []app.Alias{{Name: "PN"}}, Kind: "police force", Country: "Albania"},
			{ID: "o-ministry", Name: "Ministry of the Interior", Kind: "ministry"},
		},
		Relations: []app.Relation{
			{ID: "r-1", From: "p-cuci", To: "o-police", Kind: "member of"},
			{ID: "r-2", From: "o-police", To: "o-ministry", Kind: "part of"},
		},
		Events: []app.Event{
			{ID: "e-raid", Title: "Police raid on the camp", Date: app.Date{EDTF: "2023-06-20"}, Place: "Camp Ashraf", Key: true,
				Participants: []string{"p-cuci", "o-police"}, Citations: []app.Citation{{Source: "s-times"}}},
			{ID: "e-founding", Title: "Camp founded", Date: app.Date{EDTF: "198X", Phrase: "the 1980s"}},
			{ID: "e-statement", Title: "Ministry statement", Date: app.Date{EDTF: "2023-06-22"}, Participants: []string{"o-ministry"}},
		},
		Figures: []app.Figure{
			{ID: "f-injured", Question: "People injured in the raid", Unit: "people", Event: "e-raid", Claims: []app.Claim{
				{ID: "c-1", Source: "s-times", Text: "some 100", Low: num(100), High: num(100), Qualifier: app.QualApproximate, Credibility: 3},
				{ID: "c-2", Source: "s-ministry", Claimant: "o-ministry", Text: "no one was injured", Low: num(0), High: num(0), Qualifier: app.QualExact, Credibility: 5},
			}},
		},
	}
}

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
func editDate(cw *caseWindow, d *widgets.DateEntry, text string) {
	c := cw.win.Canvas()
	f := d.FocusTarget()
	c.Focus(f)
	f.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{})
	if text == "" {
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	} else {
		test.Type(f, text)
	}
	c.Unfocus()
}

// overlayButton finds a button with the given text in the topmost dialog.
func overlayButton(t testing.TB, cw *caseWindow, text string) *widget.Button {
	t.Helper()
	top := cw.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open (looking for %q)", text)
	}
	if b := findButton(top, text); b != nil {
		return b
	}
	t.Fatalf("no button %q in the dialog", text)
	return nil
}

// tapOverlay taps the button with the given text in the topmost dialog.
func tapOverlay(t testing.TB, cw *caseWindow, text string) {
	t.Helper()
	test.Tap(overlayButton(t, cw, text))
}

// findButton walks the tree under o for a button with the given text.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := asButton(x); ok && b.Text == text {
			return b
		}
	}
	return nil
}

// overlayText reports whether a label in the topmost dialog contains s.
func overlayLabels(cw *caseWindow) []string {
	top := cw.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	for _, x := range test.LaidOutObjects(top) {
		if l, ok := x.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

// overlayObjects lists what the topmost dialog holds, laid out.
func overlayObjects(t testing.TB, cw *caseWindow) []fyne.CanvasObject {
	t.Helper()
	top := cw.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return test.LaidOutObjects(top)
}

// overlayEntries lists the text entries of the topmost dialog, in order.
func overlayEntries(t testing.TB, cw *caseWindow) []*widget.Entry {
	t.Helper()
	var out []*widget.Entry
	for _, o := range overlayObjects(t, cw) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *kit.FieldEntry:
			out = append(out, &e.Entry)
		case *kit.KeyEntry:
			out = append(out, &e.Entry)
		case *widgets.DateEntry:
			out = append(out, e.TextEntry())
		}
	}
	return out
}

// overlayField is the entry labelled label in the topmost dialog's form.
func overlayField(t testing.TB, cw *caseWindow, label string) *widget.Entry {
	t.Helper()
	for _, o := range overlayObjects(t, cw) {
		f, ok := o.(*widget.Form)
		if !ok {
			continue
		}
		for _, it := range f.Items {
			if it.Text != label {
				continue
			}
			switch e := it.Widget.(type) {
			case *widget.Entry:
				return e
			case *kit.KeyEntry:
				return &e.Entry
			}
		}
	}
	t.Fatalf("no field %q in the dialog", label)
	return nil
}

// overlayList is the list in the topmost dialog (a picker's).
func overlayList(t testing.TB, cw *caseWindow) *widget.List {
	t.Helper()
	for _, o := range overlayObjects(t, cw) {
		if l, ok := o.(*widget.List); ok {
			return l
		}
	}
	t.Fatal("no list in the dialog")
	return nil
}

// pickFirst types into the open picker's filter and chooses its first row.
func pickFirst(t testing.TB, cw *caseWindow, filter string) {
	t.Helper()
	entries := overlayEntries(t, cw)
	if len(entries) == 0 {
		t.Fatal("no picker is open")
	}
	entries[0].SetText(filter)
	l := overlayList(t, cw)
	if l.Length() == 0 {
		t.Fatalf("the picker shows nothing for %q", filter)
	}
	l.Select(0)
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

// textField is an actor tab's own text field with the form key key.
func (t *actorTab[T]) textField(key string) *kit.FieldEntry {
	for i, f := range t.k.texts {
		if f.key == key {
			return t.texts[i]
		}
	}
	panic("no text field " + key)
}

// dateField is an actor tab's own date with the form key key.
func (t *actorTab[T]) dateField(key string) *widgets.DateEntry {
	for i, f := range t.k.dates {
		if f.key == key {
			return t.dates[i]
		}
	}
	panic("no date field " + key)
}

// asButton is o as a push button (kittest.Button).
func asButton(o fyne.CanvasObject) (*widget.Button, bool) { return kittest.Button(o) }

// isButton reports whether o is a push button (see asButton).
func isButton(o fyne.CanvasObject) bool { _, ok := asButton(o); return ok }

// labelsIn lists the texts of the labels under o.
func labelsIn(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

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
