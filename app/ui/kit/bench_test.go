package kit

import (
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/internal/casegen"

	"casefile/widgets"
)

var (
	largeOnce sync.Once
	largeIdx  *session.Index
)

// largeIndex is the session index of casegen's 10,000-event case.
func largeIndex() *session.Index {
	largeOnce.Do(func() { largeIdx = session.NewIndex(casegen.Large()) })
	return largeIdx
}

// drawnPane is a list pane of the large case's events in a test window at
// the size the window gives it at 1366×768, drawn once.
func drawnPane(b *testing.B, a fyne.App) (*ListPane, fyne.Window) {
	p := NewListPane(app.KindEvent, "events", []session.SortMode{{Label: "Date", Cmp: session.ByDate}}, nil)
	w := a.NewWindow("bench")
	w.SetContent(p.BuildUI(widgets.NewButton("Add", nil, nil), widgets.NewButton("Delete", nil, nil)))
	w.Resize(fyne.NewSize(460, 420))
	p.SetRows(largeIndex().Rows(app.KindEvent))
	w.Canvas().Capture()
	return p, w
}

// BenchmarkListPaneFirstDraw builds a tab's list pane for 10,000 events
// and draws it the first time (Fyne's test driver paints in software):
// the widget-building part of a tab's first draw, whose budget in the
// window is 150 ms.
func BenchmarkListPaneFirstDraw(b *testing.B) {
	a := test.NewTempApp(b)
	largeIndex()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, w := drawnPane(b, a)
		w.Close()
	}
}

// BenchmarkListPaneScrollScreen scrolls the pane by about a screen and
// draws it: what each step of scrolling a list from top to bottom costs.
func BenchmarkListPaneScrollScreen(b *testing.B) {
	a := test.NewTempApp(b)
	p, w := drawnPane(b, a)
	defer w.Close()
	n := len(p.Shown)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.List.ScrollTo(widget.ListItemID((i * 7 * 97) % n))
		w.Canvas().Capture()
	}
}

// BenchmarkListPaneSelectRow selects another row and draws the pane: the
// list's part of filling the detail form, whose budget is 50 ms.
func BenchmarkListPaneSelectRow(b *testing.B) {
	a := test.NewTempApp(b)
	p, w := drawnPane(b, a)
	defer w.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.List.Select(widget.ListItemID(i % 6))
		w.Canvas().Capture()
	}
}
