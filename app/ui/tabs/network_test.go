package tabs

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/app/ui/uitest"
	"casefile/storage"
)

// A tab on a real case file in a test window of its own. What the window
// does with a link (going to the item, Back) and with the session's
// changes is tested with the window (app/ui).

// bar is the status bar the window would show: its last words.
type bar struct{ text string }

func (b *bar) Editing()                      { b.text = "Editing…" }
func (b *bar) Saved()                        { b.text = "All changes saved" }
func (b *bar) Failed(*kit.DetailForm, error) { b.text = "Not saved" }
func (b *bar) Done(w string)                 { b.text = w + " · all changes saved at " + time.Now().Format("15:04") }
func (b *bar) Say(w string)                  { b.text = w }

// trail is a navigator that remembers where the tab sent the analyst.
type trail struct{ visits []string }

func (n *trail) GoTo(_ app.Kind, id string)   { n.visits = append(n.visits, id) }
func (n *trail) OpenQuote(string, *app.Quote) {}

// history is Undo and Redo as the window does them.
type history struct{ h *host.Host }

func (u history) Undo() { u.h.Saver.Flush(); _, _ = u.h.Session.Undo() }
func (u history) Redo() { u.h.Saver.Flush(); _, _ = u.h.Session.Redo() }

// newHost opens data as a case file in a temporary folder, with a test
// window, and returns what a tab is built from.
func newHost(t testing.TB, data app.CaseData) *host.Host {
	t.Helper()
	h, _ := openCase(t, data)
	return h
}

// openCase opens data as a case file in a temporary folder, with a test
// window, and returns what a tab is built from and the store under it.
func openCase(t testing.TB, data app.CaseData) (*host.Host, app.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	st, err := storage.Opener{}.Create(filepath.Join(t.TempDir(), "test.casefile"), data, false)
	if err != nil {
		t.Fatalf("creating the case: %v", err)
	}
	s, err := session.Open(st)
	if err != nil {
		_ = st.Close()
		t.Fatalf("opening the case: %v", err)
	}
	h := &host.Host{Session: s, Window: a.NewWindow("Casefile"), Saver: &kit.Autosaver{}, Nav: &trail{}, Status: &bar{}}
	h.History = history{h}
	t.Cleanup(func() {
		h.Saver.Flush()
		_ = s.Close()
		h.Window.Close()
	})
	return h, st
}

// newNetwork shows the Network tab of data in a window of its own, as
// the window's selected tab.
func newNetwork(t testing.TB, data app.CaseData) *Network {
	t.Helper()
	h := newHost(t, data)
	var n *Network
	n = NewNetwork(Deps{Host: h, Selected: func() *container.TabItem { return n.Item() }, LastActor: func() string { return "" }})
	h.Window.SetContent(n.Item().Content)
	h.Window.Resize(fyne.NewSize(1180, 740))
	n.Shown()
	return n
}

// TestKindWordsSwitchTheKind: a click on a relation kind's words switches
// the kind off, its box and the drawing's filter both.
func TestKindWordsSwitchTheKind(t *testing.T) {
	n := newNetwork(t, uitest.SampleCase())
	kinds := n.view.Kinds()
	if len(kinds) == 0 || len(n.kinds.Objects) != len(kinds) {
		t.Fatalf("%d rows for the kinds %v", len(n.kinds.Objects), kinds)
	}
	k := kinds[0]
	row := n.kinds.Objects[0].(*fyne.Container)
	test.Tap(row.Objects[0].(*tapArea))
	if n.checks[k].Checked || n.kindOn[k] {
		t.Errorf("a click on %q did not switch it off", k)
	}
	test.Tap(row.Objects[0].(*tapArea))
	if !n.checks[k].Checked || !n.kindOn[k] {
		t.Errorf("a second click on %q did not switch it on again", k)
	}
}
