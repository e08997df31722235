package reader

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/app/ui/uitest"
	"casefile/storage"
)

// The reading view on a real case file in a test window, with a Sources
// tab of its own that shows the view's source again after every change,
// as the window's does. What the window does with a link (going to the
// item, Back) is tested with the window (app/ui).

const annotText = uitest.AnnotText

// bar is the status bar the window would show: its last words.
type bar struct{ text string }

func (b *bar) Editing()                      { b.text = "Editing…" }
func (b *bar) Saved()                        { b.text = "All changes saved" }
func (b *bar) Failed(*kit.DetailForm, error) { b.text = "Not saved" }
func (b *bar) Done(w string)                 { b.text = w + " · all changes saved at " + time.Now().Format("15:04") }
func (b *bar) Say(w string)                  { b.text = w }

// trail is a navigator that remembers where the view sent the analyst.
type trail struct{ visits []app.Kind }

func (n *trail) GoTo(kind app.Kind, _ string) { n.visits = append(n.visits, kind) }
func (n *trail) OpenQuote(string, *app.Quote) { n.visits = append(n.visits, app.KindSource) }

// history is Undo and Redo as the window does them.
type history struct{ h *host.Host }

func (u history) Undo() { u.h.Saver.Flush(); _, _ = u.h.Session.Undo() }
func (u history) Redo() { u.h.Saver.Flush(); _, _ = u.h.Session.Redo() }

// tab is the Sources tab as the view sees it: the source shown and an
// editor for Edit text.
type tab struct {
	cur    app.Source
	has    bool
	editor *kit.FieldEntry
}

func (t *tab) Source() (*app.Source, bool) { return &t.cur, t.has }
func (t *tab) FitBody()                    {}
func (t *tab) LoadText()                   { t.editor.SetText(t.cur.Text) }
func (t *tab) OnScreen() bool              { return t.has }

// bench is a reading view in a window on a case file.
type bench struct {
	h   *host.Host
	st  app.Store
	win fyne.Window
	bar *bar
	nav *trail
	tab *tab
	v   *View
}

// newBench creates the case data in a temporary folder and opens it, read
// only when readOnly is set.
func newBench(t testing.TB, data app.CaseData, readOnly bool) *bench {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	path := filepath.Join(t.TempDir(), "test.casefile")
	st, err := storage.Opener{}.Create(path, data, false)
	if err != nil {
		t.Fatalf("creating the case: %v", err)
	}
	if readOnly {
		_ = st.Close()
		if st, err = (storage.Opener{}).Open(path, true); err != nil {
			t.Fatalf("opening read-only: %v", err)
		}
	}
	s, err := session.Open(st)
	if err != nil {
		_ = st.Close()
		t.Fatalf("opening the case: %v", err)
	}
	b := &bench{st: st, win: a.NewWindow("Casefile"), bar: &bar{}, nav: &trail{}, tab: &tab{editor: kit.NewTextArea(6)}}
	ro, why := s.ReadOnly()
	b.h = &host.Host{Session: s, Window: b.win, Saver: &kit.Autosaver{}, Nav: b.nav, Status: b.bar, ReadOnly: ro, ReadOnlyWhy: why}
	b.h.History = history{b.h}
	b.v = New(b.h, Parts{Tab: b.tab, Editor: b.tab.editor, EditorField: b.tab.editor, Import: func() {}})
	unsubscribe := s.Subscribe(func(session.Change) {
		if src := b.h.Index().Source(b.tab.cur.ID); src != nil && b.tab.has {
			b.tab.cur = *src
			b.v.Show()
		}
	})
	b.win.SetContent(b.v.Content())
	b.win.Resize(fyne.NewSize(1180, 740))
	t.Cleanup(func() {
		unsubscribe()
		b.h.Saver.Flush()
		_ = s.Close()
		b.win.Close()
	})
	return b
}

// open shows source id in the view.
func (b *bench) open(t testing.TB, id string) *View {
	t.Helper()
	src := b.h.Index().Source(id)
	if src == nil {
		t.Fatalf("no source %s", id)
	}
	b.tab.cur, b.tab.has = *src, true
	b.v.Show()
	if b.v.shown != id || b.v.editing {
		t.Fatalf("the reading view shows %q (editing %v)", b.v.shown, b.v.editing)
	}
	return b.v
}

// at is the code-point offset of sub in s.
func at(t testing.TB, s, sub string) int {
	t.Helper()
	return uitest.At(t, s, sub)
}

// dragSelect selects the code points [from, to) by dragging the mouse.
func (b *bench) dragSelect(t testing.TB, from, to int) {
	t.Helper()
	uitest.DragSelect(t, b.win, b.v.view, from, to)
}

// barButton returns the action bar's button, checking the bar is shown
// beside the selection.
func (b *bench) barButton(t testing.TB, label string) *widget.Button {
	t.Helper()
	return uitest.BarButton(t, b.v.view, b.v.bar, label)
}
