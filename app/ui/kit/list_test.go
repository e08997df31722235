package kit

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/session"

	"casefile/widgets"
)

// The count under a list reads "19 events" where that fits and shortens
// to the number, not to "1…", in a narrow pane.
func TestListCountShortensToTheNumber(t *testing.T) {
	test.NewTempApp(t)
	p := NewListPane(app.KindEvent, "events", []session.SortMode{{Label: "Date", Cmp: session.ByDate}}, nil)
	var rows []session.Row
	for i := range 19 {
		rows = append(rows, session.Row{ID: fmt.Sprint(i), Title: fmt.Sprint("Event ", i), Filter: fmt.Sprint("event ", i), Order: i})
	}
	p.SetRows(rows)
	ui := p.BuildUI(widgets.NewButton("Add event", nil, nil), widgets.NewButton("Delete", nil, nil))
	w := test.NewWindow(ui)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(500, 400))
	if p.count.Text != "19 events" {
		t.Errorf("in a wide pane the count reads %q", p.count.Text)
	}
	w.Resize(fyne.NewSize(ui.MinSize().Width+12, 400))
	if p.count.Text != "19" {
		t.Errorf("in a narrow pane the count reads %q, want the number", p.count.Text)
	}
	p.Filter.SetText("Event 1")
	w.Resize(fyne.NewSize(ui.MinSize().Width+12, 400))
	if p.count.Text != "10/19" {
		t.Errorf("filtered in a narrow pane the count reads %q", p.count.Text)
	}
}
