package itemedit

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/app/ui/kit/kittest"
	"casefile/app/ui/uitest"
	"casefile/storage"
	"casefile/widgets"
)

// num is v as a claim's bound.
func num(v float64) *float64 { return uitest.Num(v) }

// sampleCase is the tests' small case with one of everything
// (uitest.SampleCase, which app/ui's tests share).
func sampleCase() app.CaseData { return uitest.SampleCase() }

// bar is the status bar the window would show: its last words.
type bar struct{ text string }

func (b *bar) Editing()      { b.text = "Editing…" }
func (b *bar) Saved()        { b.text = "All changes saved" }
func (b *bar) Done(w string) { b.text = w + " · all changes saved" }
func (b *bar) Say(w string)  { b.text = w }

// Failed shows err beside its field, as the window does; its words then
// start with "Not saved" like the window's.
func (b *bar) Failed(f *kit.DetailForm, err error) {
	if f != nil && f.ShowError(err) {
		b.text = "Not saved: " + app.ErrorMessage(err)
		return
	}
	b.text = "Not saved"
}

// trail is a navigator that remembers where the editors sent the analyst;
// the window's navigator is tested with the window (app/ui).
type trail struct {
	kind       app.Kind
	id, quoted string
}

func (n *trail) GoTo(kind app.Kind, id string) { n.kind, n.id = kind, id }
func (n *trail) OpenQuote(source string, q *app.Quote) {
	n.kind, n.id = app.KindSource, source
	if q != nil {
		n.quoted = q.Exact
	}
}

// history is Undo and Redo as the window does them: saving what is
// pending first.
type history struct{ h *host.Host }

func (u history) Undo() { u.h.Saver.Flush(); _, _ = u.h.Session.Undo() }
func (u history) Redo() { u.h.Saver.Flush(); _, _ = u.h.Session.Redo() }

// bench is a person's and an organization's Relations sections on a real
// case file in a test window, brought up to date after every change as
// the People and Organizations tabs do (not the section whose own edit
// made the change).
type bench struct {
	h            *host.Host
	st           app.Store
	win          fyne.Window
	path         string
	bar          *bar
	nav          *trail
	people, orgs *RelationList
	origin       *RelationList // the section whose own change is being told
	closed       bool
}

// newBench creates the case data in a temporary folder and opens it.
func newBench(t testing.TB, data app.CaseData) *bench {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	b := &bench{path: filepath.Join(t.TempDir(), "test.casefile"), bar: &bar{}, nav: &trail{}}
	st, err := storage.Opener{}.Create(b.path, data, false)
	if err != nil {
		t.Fatalf("creating the case: %v", err)
	}
	s, err := session.Open(st)
	if err != nil {
		_ = st.Close()
		t.Fatalf("opening the case: %v", err)
	}
	b.st = st
	b.win = a.NewWindow("Casefile")
	b.h = &host.Host{Session: s, Window: b.win, Saver: &kit.Autosaver{}, Nav: b.nav, Status: b.bar}
	b.h.History = history{b.h}
	b.people = NewRelationList(b.h, b.own(&b.people))
	b.orgs = NewRelationList(b.h, b.own(&b.orgs))
	unsubscribe := s.Subscribe(func(session.Change) {
		for _, l := range []*RelationList{b.people, b.orgs} {
			if l != b.origin && l.actor != "" {
				l.Show(l.actor)
			}
		}
	})
	b.win.SetContent(container.NewVScroll(container.NewVBox(b.people.Object(), b.orgs.Object())))
	b.win.Resize(fyne.NewSize(1180, 740))
	t.Cleanup(func() {
		unsubscribe()
		b.close()
		b.win.Close()
	})
	return b
}

// own is a section's way of making its own change.
func (b *bench) own(l **RelationList) func(func() error) error {
	return func(change func() error) error {
		prev := b.origin
		b.origin = *l
		defer func() { b.origin = prev }()
		return change()
	}
}

// close saves what is pending and closes the case (once).
func (b *bench) close() {
	if b.closed {
		return
	}
	b.closed = true
	b.h.Saver.Flush()
	_ = b.h.Session.Close()
}

// reopen closes the case and reads the file afresh.
func (b *bench) reopen(t testing.TB) app.CaseData {
	t.Helper()
	b.close()
	st, err := storage.Opener{}.Open(b.path, true)
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

// editDate replaces the text of a date field as a user does.
func (b *bench) editDate(d *widgets.DateEntry, text string) { uitest.EditDate(b.win, d, text) }

// overlayObjects lists what the topmost dialog holds, laid out.
func (b *bench) overlayObjects(t testing.TB) []fyne.CanvasObject {
	t.Helper()
	return uitest.OverlayObjects(t, b.win)
}

// overlayLabels lists the texts of the labels in the topmost dialog.
func (b *bench) overlayLabels() []string { return uitest.OverlayLabels(b.win) }

// overlayKeyEntries lists the KeyEntry fields of the topmost dialog, in
// order: the fields the keys of a dialog are typed into.
func (b *bench) overlayKeyEntries(t testing.TB) []*kit.KeyEntry {
	t.Helper()
	var out []*kit.KeyEntry
	for _, o := range b.overlayObjects(t) {
		if e, ok := o.(*kit.KeyEntry); ok {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Fatal("the dialog has no field that takes Enter and Escape")
	}
	return out
}

// tapOverlay taps the button with the given text in the topmost dialog.
func (b *bench) tapOverlay(t testing.TB, text string) {
	t.Helper()
	uitest.TapOverlay(t, b.win, text)
}

// overlayList is the list in the topmost dialog (a picker's).
func (b *bench) overlayList(t testing.TB) *widget.List {
	t.Helper()
	return uitest.OverlayList(t, b.win)
}

// pickFirst types into the open picker's filter and chooses its first row.
func (b *bench) pickFirst(t testing.TB, filter string) {
	t.Helper()
	b.overlayKeyEntries(t)[0].SetText(filter)
	l := b.overlayList(t)
	if l.Length() == 0 {
		t.Fatalf("the picker shows nothing for %q", filter)
	}
	l.Select(0)
}

// noDialog fails if a dialog is still open.
func (b *bench) noDialog(t testing.TB, after string) {
	t.Helper()
	if top := b.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("after %s a dialog is still open", after)
	}
}

// press sends key to a field the way the window does when it has the focus.
func press(e fyne.Focusable, key fyne.KeyName) { e.TypedKey(&fyne.KeyEvent{Name: key}) }

// labelsIn lists the texts of the labels under o.
func labelsIn(o fyne.CanvasObject) []string { return uitest.LabelsIn(o) }

// findHyperlink is the link under o that reads text, or nil.
func findHyperlink(o fyne.CanvasObject, text string) *widget.Hyperlink {
	return uitest.FindHyperlink(o, text)
}

// findKindField is the relation dialog's Kind (its first KeyEntry).
func (b *bench) findKindField() *kit.KeyEntry {
	for _, x := range test.LaidOutObjects(b.win.Canvas().Overlays().Top()) {
		if s, ok := x.(*kit.KeyEntry); ok {
			return s
		}
	}
	return nil
}

// asButton is o as a push button (kittest.Button).
func asButton(o fyne.CanvasObject) (*widget.Button, bool) { return kittest.Button(o) }
