package search

import (
	"bytes"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/assets"
	"casefile/storage"
)

// visit is one link Find followed.
type visit struct {
	kind   app.Kind
	id     string
	source string
	quote  *app.Quote
}

// trail is a navigator that remembers where Find sent the analyst; the
// window's navigator is tested with the window (app/ui).
type trail struct{ visits []visit }

func (n *trail) GoTo(kind app.Kind, id string) {
	n.visits = append(n.visits, visit{kind: kind, id: id})
}

func (n *trail) OpenQuote(sourceID string, q *app.Quote) {
	n.visits = append(n.visits, visit{kind: app.KindSource, source: sourceID, quote: q})
}

// last is where Find went last.
func (n *trail) last(t *testing.T) visit {
	t.Helper()
	if len(n.visits) == 0 {
		t.Fatal("Find opened nothing")
	}
	return n.visits[len(n.visits)-1]
}

// demoHost opens the demo case in a real case file and a test window.
func demoHost(t *testing.T) (*host.Host, *trail) {
	t.Helper()
	data, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatalf("decoding the demo case: %v", err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	st, err := storage.Opener{}.Create(filepath.Join(t.TempDir(), "demo.casefile"), data, false)
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Open(st)
	if err != nil {
		_ = st.Close()
		t.Fatal(err)
	}
	win := a.NewWindow("Casefile")
	win.Resize(fyne.NewSize(1180, 740))
	t.Cleanup(func() {
		win.Close()
		_ = s.Close()
	})
	nav := &trail{}
	return &host.Host{Session: s, Window: win, Saver: &kit.Autosaver{}, Nav: nav}, nav
}

// findFor opens Find (unless it is open) and types q, searching at once.
func findFor(t *testing.T, h *host.Host, q string) *box {
	t.Helper()
	old := Delay
	Delay = 0
	t.Cleanup(func() { Delay = old })
	if top := h.Window.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if e, ok := o.(*Entry); ok {
				e.SetText(q)
				return e.box
			}
		}
		t.Fatal("the Find dialog has no search field")
	}
	b := open(h)
	b.entry.SetText(q)
	return b
}

// shownHeaders lists the group headers of the results, in order.
func shownHeaders(b *box) []string {
	var out []string
	for _, o := range b.results.Objects {
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				if l, ok := x.(*widget.Label); ok {
					out = append(out, l.Text)
				}
			}
		}
	}
	return out
}
