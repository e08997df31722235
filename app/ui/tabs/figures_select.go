package tabs

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// This file ties the claims table to the chart: clicking a claim in the
// chart selects its row (scrolled into view and highlighted), and clicking
// or focusing a row highlights its claim in the chart.

// rowBackground is the background of a claim row: it shows the selection
// highlight and selects the row when the analyst clicks between its
// fields.
type rowBackground struct {
	widget.BaseWidget
	rect  *canvas.Rectangle
	on    bool
	onTap func()
}

func newRowBackground(onTap func()) *rowBackground {
	b := &rowBackground{rect: canvas.NewRectangle(color.Transparent), onTap: onTap}
	b.rect.CornerRadius = theme.InputRadiusSize()
	b.ExtendBaseWidget(b)
	return b
}

// setOn shows or hides the highlight.
func (b *rowBackground) setOn(on bool) {
	if b.on == on {
		return
	}
	b.on = on
	b.Refresh()
}

// Tapped selects the row.
func (b *rowBackground) Tapped(*fyne.PointEvent) {
	if b.onTap != nil {
		b.onTap()
	}
}

// CreateRenderer is part of fyne.Widget.
func (b *rowBackground) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	return &rowBackgroundRenderer{b: b}
}

type rowBackgroundRenderer struct{ b *rowBackground }

func (r *rowBackgroundRenderer) Destroy()                     {}
func (r *rowBackgroundRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.b.rect} }
func (r *rowBackgroundRenderer) MinSize() fyne.Size           { return fyne.Size{} }

func (r *rowBackgroundRenderer) Layout(s fyne.Size) {
	r.b.rect.Move(fyne.Position{})
	r.b.rect.Resize(s)
}

func (r *rowBackgroundRenderer) Refresh() {
	var fill color.Color = color.Transparent
	if r.b.on {
		fill = r.b.Theme().Color(theme.ColorNameSelection, fyne.CurrentApp().Settings().ThemeVariant())
	}
	if r.b.rect.FillColor != fill {
		r.b.rect.FillColor = fill
		r.b.rect.Refresh()
	}
}

// onChartSelected selects the row of the claim clicked in the chart.
func (t *Figures) onChartSelected(claimID string) {
	for _, r := range t.rows {
		if r.claim.ID == claimID {
			t.selectRow(r, true)
			return
		}
	}
}

// selectRow highlights r in the table and its claim in the chart, and
// with scroll brings the row into view.
func (t *Figures) selectRow(r *claimRow, scroll bool) {
	t.selRow = r
	for _, x := range t.rows {
		x.bg.setOn(x == r)
	}
	id := ""
	if r != nil {
		id = r.claim.ID
	}
	if t.chart.Selected() != id {
		t.chart.Select(id)
	}
	if scroll && r != nil {
		t.scrollTo(r.obj)
	}
}

// reselect highlights again, after the table was rebuilt, the row of the
// claim that was selected.
func (t *Figures) reselect() {
	var sel *claimRow
	if t.selRow != nil {
		for _, r := range t.rows {
			if r == t.selRow || (r.claim.ID != "" && r.claim.ID == t.selRow.claim.ID) {
				sel = r
				break
			}
		}
	}
	t.selectRow(sel, false)
}

// scrollTo scrolls the form so that o is in view, a little below the top
// when it was out of view.
func (t *Figures) scrollTo(o fyne.CanvasObject) {
	s := t.frame.scroll
	if s.Content == nil || !s.Visible() {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	top, view := s.Offset.Y, s.Size().Height
	if y >= top && y+o.Size().Height <= top+view {
		return // already in view
	}
	off := y - theme.Padding()*4
	off = min(off, s.Content.Size().Height-view)
	off = max(off, 0)
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, off))
}

// rowLabel names a field inside a claim row.
func rowLabel(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewVBox(l)
}
