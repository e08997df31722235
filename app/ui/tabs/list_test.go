package tabs

import (
	"fmt"
	"net/url"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/uitest"
)

// A list tab on a real case file in a test window of its own, as the
// window's selected tab, told of the session's changes as the window
// tells it. What the window does around a tab (the other tabs, Back, the
// menus) is tested with the window (app/ui).

// listBench is one list tab and what it was built from.
type listBench struct {
	h      *host.Host
	st     app.Store
	deps   *Deps
	tab    Tab
	opened []string // the addresses OpenURL was asked to open
}

// newListBench opens data and shows the tab build makes from the bench's
// Deps.
func newListBench(t testing.TB, data app.CaseData, build func(*Deps) Tab) *listBench {
	t.Helper()
	b := &listBench{}
	b.h, b.st = openCase(t, data)
	b.deps = &Deps{
		Host:          b.h,
		Selected:      func() *container.TabItem { return b.tab.Item() },
		LastActor:     func() string { return "" },
		Show:          func(_ app.Kind, id string) { b.show(id) },
		Evidence:      func(string) *fyne.MenuItem { return nil },
		QuoteEvidence: func(string, app.Quote) *fyne.MenuItem { return nil },
		DeleteNote:    func(app.Kind, string) string { return "" },
		ImportText:    func() {},
		OpenURL:       func(u *url.URL) error { b.opened = append(b.opened, u.String()); return nil },
	}
	b.deps.Merger = itemedit.NewMerger(b.h, b.deps.Show)
	b.tab = build(b.deps)
	t.Cleanup(b.h.Session.Subscribe(func(c session.Change) { b.tab.Changed(c) }))
	b.h.Window.SetContent(b.tab.Item().Content)
	b.h.Window.Resize(fyne.NewSize(1180, 740))
	b.tab.Changed(session.Change{Reloaded: true})
	return b
}

// show selects item id in the list and shows it, as the window does.
func (b *listBench) show(id string) {
	b.tab.Pane().Show(id)
	b.tab.ShowItem(id)
}

// TestAliasRowsAreReused: showing another person fills the same alias
// rows again instead of making new widgets, without recording an edit.
func TestAliasRowsAreReused(t *testing.T) {
	b := newListBench(t, uitest.SampleCase(), func(d *Deps) Tab { return NewPeople(d) })
	a := b.tab.(*Actors[app.Person]).aliases
	b.show("p-cuci")
	if len(a.rows) != 1 {
		t.Fatalf("Çuçi shows %d aliases", len(a.rows))
	}
	first := a.rows[0]
	b.show("p-maria")
	if len(a.rows) != 0 || len(a.box.Objects) != 0 || a.box.Visible() {
		t.Errorf("María shows %d alias rows (%d in the box, box shown %v), want none",
			len(a.rows), len(a.box.Objects), a.box.Visible())
	}
	test.Tap(a.addBtn) // the spare row comes back blank
	if len(a.rows) != 1 || a.rows[0] != first || first.name.Text != "" || first.note.Text != "" {
		t.Errorf("Add alias for María: %d rows, reused %v, %q / %q", len(a.rows), len(a.rows) > 0 && a.rows[0] == first,
			first.name.Text, first.note.Text)
	}
	b.show("p-cuci")
	if len(a.rows) != 1 || first.name.Text != "The Colonel" || first.note.Text != "used by the press" {
		t.Errorf("Çuçi again: %d rows, %q / %q", len(a.rows), first.name.Text, first.note.Text)
	}
	if p, _ := b.st.Person("p-cuci"); len(p.Aliases) != 1 || p.Aliases[0].Name != "The Colonel" {
		t.Errorf("showing and adding a blank row changed the stored aliases: %+v", p.Aliases)
	}
}

// withThreeClaims is the sample case with a second figure of three claims
// beside f-injured's two.
func withThreeClaims() (app.CaseData, *app.Figure, *app.Figure) {
	d := uitest.SampleCase()
	f := app.Figure{ID: "f-three", Question: "People detained", Unit: "people"}
	for i := range 3 {
		f.Claims = append(f.Claims, app.Claim{ID: fmt.Sprintf("c-d%d", i), Figure: f.ID, Source: "s-times",
			Text: fmt.Sprintf("%d people", 20+i), Low: uitest.Num(float64(20 + i)), High: uitest.Num(float64(20 + i))})
	}
	d.Figures = append(d.Figures, f)
	return d, &d.Figures[len(d.Figures)-1], &d.Figures[0]
}

// TestFigureClaimRowsAreFilledAgain: showing another figure fills the
// same claim rows again, and an edit still waiting is saved to its own
// claim before its row shows another's.
func TestFigureClaimRowsAreFilledAgain(t *testing.T) {
	d, three, two := withThreeClaims()
	b := newListBench(t, d, func(d *Deps) Tab { return NewFigures(d) })
	ft := b.tab.(*Figures)
	shows := func(f *app.Figure) {
		t.Helper()
		if len(ft.rows) != len(f.Claims) {
			t.Fatalf("%d rows for %d claims", len(ft.rows), len(f.Claims))
		}
		for i, r := range ft.rows {
			if c := f.Claims[i]; r.claim.ID != c.ID || r.phrase.Text != c.Text || r.form.ErrorText("text") != "" {
				t.Errorf("row %d shows %s %q, want %s %q", i, r.claim.ID, r.phrase.Text, c.ID, c.Text)
			}
		}
	}
	b.show(three.ID)
	shows(three)
	made := append([]*claimRow(nil), ft.rows...)
	// Another figure is shown in the same rows; the third waits.
	b.show(two.ID)
	shows(two)
	if ft.rows[0] != made[0] || ft.rows[1] != made[1] {
		t.Error("showing another figure made new claim rows")
	}
	b.show(three.ID)
	shows(three)
	for i, r := range ft.rows {
		if r != made[i] {
			t.Errorf("row %d was made again", i)
		}
	}
	// An edit still waiting to be saved is saved to its own claim before
	// its row shows another figure's, even when the form is filled
	// without showing the figure anew.
	r := ft.rows[0]
	b.h.Window.Canvas().Focus(r.phrase)
	r.phrase.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(r.phrase, "some 50")
	ft.fill(two.ID)
	if _, c := b.h.Index().Claim(three.Claims[0].ID); c == nil || c.Text != "some 50" {
		t.Errorf("the waiting edit was not saved: %+v", c)
	}
	if _, c := b.h.Index().Claim(two.Claims[0].ID); c == nil || c.Text != two.Claims[0].Text {
		t.Errorf("the waiting edit went to the other figure's claim: %+v", c)
	}
	shows(b.h.Index().Figure(two.ID))
}

// TestFigureChartAndTableSelectTogether: a claim tapped in the chart
// highlights its row alone and scrolls it into view; focusing or clicking
// a row selects its claim in the chart; a save keeps the selection.
func TestFigureChartAndTableSelectTogether(t *testing.T) {
	b := newListBench(t, uitest.SampleCase(), func(d *Deps) Tab { return NewFigures(d) })
	ft := b.tab.(*Figures)
	b.show("f-injured")
	ft.frame.scroll.ScrollToTop()
	// Tap down the chart until the second claim's row is hit.
	tapped := false
	for y := float32(0); y < ft.chart.Size().Height; y += 2 {
		test.TapAt(ft.chart, fyne.NewPos(ft.chart.Size().Width/2, y))
		if ft.chart.Selected() == "c-2" {
			tapped = true
			break
		}
	}
	if !tapped {
		t.Fatal("no tap on the chart selected the second claim")
	}
	r := ft.rows[1]
	if ft.selRow != r || !r.bg.on || ft.rows[0].bg.on {
		t.Fatal("tapping the claim in the chart did not highlight its row alone")
	}
	// The row was scrolled into view.
	s := ft.frame.scroll
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(r.obj).Y - d.AbsolutePositionForObject(s.Content).Y
	if y < s.Offset.Y || y+r.obj.Size().Height > s.Offset.Y+s.Size().Height {
		t.Errorf("row at %v–%v is out of view %v–%v", y, y+r.obj.Size().Height, s.Offset.Y, s.Offset.Y+s.Size().Height)
	}
	// Focusing a row's field highlights its claim in the chart.
	b.h.Window.Canvas().Focus(ft.rows[0].phrase)
	if ft.chart.Selected() != "c-1" || !ft.rows[0].bg.on || r.bg.on {
		t.Errorf("focusing the first row: chart selects %q", ft.chart.Selected())
	}
	// Clicking between a row's fields selects it too.
	test.Tap(r.bg)
	if ft.chart.Selected() != "c-2" {
		t.Errorf("clicking the second row: chart selects %q", ft.chart.Selected())
	}
	// The selection survives a save of the claim.
	b.h.Window.Canvas().Unfocus()
	b.h.Window.Canvas().Focus(r.phrase)
	r.phrase.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(r.phrase, "nobody was injured")
	b.h.Window.Canvas().Unfocus()
	if ft.chart.Selected() != "c-2" || !ft.selRow.bg.on || ft.selRow.claim.ID != "c-2" {
		t.Errorf("after a save the chart selects %q", ft.chart.Selected())
	}
}
