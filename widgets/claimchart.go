package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/chartlayout"
)

// ChartClaim is one claim as the claim chart draws it: Label names the
// source (the row's label); Low and High are the numbers, either of which
// may be nil for an open-ended claim; Interest picks the mark's shape and
// colour.
type ChartClaim struct {
	ID, Label string
	Low, High *float64
	Qualifier app.Qualifier
	Interest  app.Interest
}

// ClaimChart draws every claim about a disputed figure on one value axis,
// one row per claim labelled with its source: a point for a value, a bar
// for a range, an arrow for "at least" (to the right) or "up to" (towards
// zero). Approximate values are drawn hollow, as in the briefing, with
// ±10% whiskers (or a "~" where a log scale makes them too short to see)
// and a "~" in the value written at the row's end. Zero is always on the axis; when the positive
// values span more than a hundredfold the axis is logarithmic, with zero in
// a slot of its own left of a break. Marks are shaped and coloured by the
// source's interest, as the legend above the rows shows: independent ●,
// party to the dispute ■, government ▲, affiliated ◆, unknown ✕.
//
// The chart is as tall as its rows; put it in a vertical scroll container
// when there are many.
type ClaimChart struct {
	widget.BaseWidget

	// OnSelected is called with a claim's id when the user taps its row.
	OnSelected func(claimID string)

	claims   []ChartClaim
	rows     []chartRow
	values   []float64 // every number, for the axis
	selected int
	unit     string

	r *chartRenderer
}

// NewClaimChart returns an empty chart; give it claims with SetClaims.
func NewClaimChart() *ClaimChart {
	c := &ClaimChart{selected: -1}
	c.ExtendBaseWidget(c)
	return c
}

// SetClaims replaces the claims drawn, one row each in the order given.
// The selection is kept if its claim is still there.
func (c *ClaimChart) SetClaims(claims []ChartClaim) {
	sel := c.Selected()
	c.claims = append(c.claims[:0], claims...)
	c.rows = c.rows[:0]
	c.selected = -1
	for i, cl := range c.claims {
		c.rows = append(c.rows, newChartRow(cl.Low, cl.High, string(cl.Qualifier)))
		if sel != "" && cl.ID == sel {
			c.selected = i
		}
	}
	c.values = chartValues(c.rows, c.values)
	if c.r != nil {
		c.r.invalidate()
	}
	c.Refresh()
}

// SetUnit sets the unit written under the axis ("people injured").
func (c *ClaimChart) SetUnit(unit string) {
	c.unit = unit
	c.Refresh()
}

// Select highlights the claim with the given id without calling
// OnSelected; an unknown or empty id clears the selection.
func (c *ClaimChart) Select(id string) {
	c.selected = -1
	for i, cl := range c.claims {
		if id != "" && cl.ID == id {
			c.selected = i
			break
		}
	}
	c.Refresh()
}

// Selected returns the selected claim's id, or "".
func (c *ClaimChart) Selected() string {
	if c.selected < 0 || c.selected >= len(c.claims) {
		return ""
	}
	return c.claims[c.selected].ID
}

// Logarithmic reports whether the value axis is logarithmic at present.
func (c *ClaimChart) Logarithmic() bool {
	return chartlayout.NewAxis(c.values, 2).Log
}

// Tapped selects the claim whose row is under the pointer and calls
// OnSelected.
func (c *ClaimChart) Tapped(ev *fyne.PointEvent) {
	if c.r == nil {
		return
	}
	i := c.r.rowAt(ev.Position)
	if i < 0 {
		return
	}
	c.selected = i
	c.Refresh()
	if c.OnSelected != nil {
		c.OnSelected(c.claims[i].ID)
	}
}

// MinSize is room for the legend, every row and the axis.
func (c *ClaimChart) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	return c.BaseWidget.MinSize()
}

// CreateRenderer is part of fyne.Widget.
func (c *ClaimChart) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &chartRenderer{c: c, axis: newLine(), selBg: newRect(), empty: newText(), legendW: map[string]float32{}}
	c.r = r
	return r
}

type chartRenderer struct {
	c        *ClaimChart
	objects  []fyne.CanvasObject
	marks    []chartlayout.Mark
	labels   []string // row labels, truncated to fit
	labelW   []float32
	valueW   float32 // widest value text, measured at text size valueAt
	valueAt  float32
	legendW  map[string]float32 // legend words, measured at text size legendAt
	legendAt float32

	axis  *canvas.Line
	selBg *canvas.Rectangle
	empty *canvas.Text

	grid, under, markLines objPool[*canvas.Line]
	stripes, bars, squares objPool[*canvas.Rectangle]
	polys                  objPool[*canvas.Polygon]
	circles                objPool[*canvas.Circle]
	texts                  objPool[*canvas.Text]

	// geometry of the last layout, for taps and tests
	rowsTop, rowH float32
	plotL, plotR  float32
	ax            chartlayout.Axis

	fg, muted, sep, selCol, bg, stripe, caption color.Color
	textSize, pad, textH                        float32
	interestCol                                 [5]color.Color
}

// interestIndex orders interests as app.Interests does; anything else is
// "unknown".
func interestIndex(in app.Interest) int {
	for i, x := range app.Interests {
		if x == in {
			return i
		}
	}
	return 4
}

func (r *chartRenderer) Destroy() {}

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *chartRenderer) readTheme() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.fg = th.Color(theme.ColorNameForeground, v)
	r.bg = th.Color(theme.ColorNameBackground, v)
	r.muted = Legible(th.Color(theme.ColorNameDisabled, v), r.bg, r.fg, MarkContrast)
	r.sep = th.Color(theme.ColorNameSeparator, v)
	r.selCol = th.Color(theme.ColorNameSelection, v)
	r.stripe = th.Color(theme.ColorNameHover, v)
	r.caption = Legible(th.Color(theme.ColorNamePlaceHolder, v), r.bg, r.fg, TextContrast)
	r.textSize = th.Size(theme.SizeNameCaptionText)
	r.pad = th.Size(theme.SizeNamePadding)
	r.textH = fyne.MeasureText("0", r.textSize, fyne.TextStyle{}).Height
	r.interestCol = [5]color.Color{
		theme.PrimaryColorNamed(theme.ColorBlue),
		theme.PrimaryColorNamed(theme.ColorRed),
		theme.PrimaryColorNamed(theme.ColorGreen),
		theme.PrimaryColorNamed(theme.ColorPurple),
		r.fg,
	}
	// Marks stand out 3:1 from the plain rows and from the striped ones.
	stripe := OverBackground(r.stripe, r.bg)
	for i, c := range r.interestCol {
		r.interestCol[i] = Legible(Legible(c, r.bg, r.fg, MarkContrast), stripe, r.fg, MarkContrast)
	}
}

// geometry returns the heights of the legend, a row and the axis.
func (r *chartRenderer) geometry(width float32) (legendH, rowH, axisH float32) {
	legendH = float32(r.legendLines(width))*(r.textH+r.pad) + r.pad
	rowH = max(r.textH+r.pad*1.5, 20)
	axisH = r.pad + tickLen + r.textH + r.pad + r.textH + r.pad
	return
}

func (r *chartRenderer) MinSize() fyne.Size {
	r.readTheme()
	legendH, rowH, axisH := r.geometry(r.c.Size().Width)
	n := max(len(r.c.claims), 1)
	return fyne.NewSize(chartMinWidth, legendH+float32(n)*rowH+axisH)
}

func (r *chartRenderer) Refresh() {
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *chartRenderer) rowAt(p fyne.Position) int {
	if r.rowH <= 0 || p.Y < r.rowsTop {
		return -1
	}
	i := int((p.Y - r.rowsTop) / r.rowH)
	if i >= len(r.c.claims) {
		return -1
	}
	return i
}

const markSize = 10 // a mark's width and height

// chartMinWidth is the narrowest the chart asks to be.
const chartMinWidth = 320

func (r *chartRenderer) Layout(size fyne.Size) {
	c := r.c
	r.readTheme()
	r.grid.reset()
	r.under.reset()
	r.markLines.reset()
	r.stripes.reset()
	r.bars.reset()
	r.squares.reset()
	r.polys.reset()
	r.circles.reset()
	r.texts.reset()
	r.objects = r.objects[:0]
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	legendH, rowH, axisH := r.geometry(size.Width)
	n := len(c.claims)
	// Given less height than MinSize asked (a legend that wraps more at
	// this width, a small window), the rows close up, down to a line of
	// text each, so that the axis and its labels stay in view.
	if room := size.Height - legendH - axisH; n > 0 && room < float32(n)*rowH {
		rowH = max(room/float32(n), r.textH+2)
	}
	r.rowH = rowH
	r.rowsTop = legendH

	// Legend: every interest, shape and word; then what hollow means.
	r.legend(size.Width, true)

	rowsH := float32(max(n, 1)) * rowH
	axisY := legendH + rowsH

	// Columns: labels, plot, values.
	labelCol := min(size.Width*0.32, 220)
	if r.valueAt != r.textSize {
		r.valueAt, r.valueW = r.textSize, 0
		for _, row := range c.rows {
			r.valueW = max(r.valueW, fyne.MeasureText(row.text, r.textSize, fyne.TextStyle{Bold: true}).Width)
		}
	}
	valueCol := r.valueW + 2*r.pad
	plotL := labelCol + r.pad + markSize
	plotR := size.Width - valueCol - 2*markSize - r.pad // room for the arrows of "at least"
	if plotR-plotL < 60 {
		plotR = plotL + 60
	}
	r.plotL, r.plotR = plotL, plotR
	tickW := max(fyne.MeasureText("100,000", r.textSize, fyne.TextStyle{}).Width+2*r.pad, 48)
	ax := chartlayout.NewAxis(c.values, max(int((plotR-plotL)/tickW), 2))
	r.ax = ax
	r.marks = r.marks[:0]
	for _, row := range c.rows {
		r.marks = append(r.marks, chartlayout.Place(ax, row.claim))
	}

	// Grid, axis, ticks.
	for _, tk := range ax.Ticks {
		tx := r.px(tk.Pos)
		col := r.sep
		if tk.Value == 0 {
			col = r.muted
		}
		setLine(r.grid.get(newLine), col, 1, fyne.NewPos(tx, legendH), fyne.NewPos(tx, axisY))
		setLine(r.grid.get(newLine), r.muted, 1, fyne.NewPos(tx, axisY), fyne.NewPos(tx, axisY+tickLen))
		t := r.texts.get(newText)
		setTextAligned(t, tk.Label, r.fg, r.textSize, false, fyne.TextAlignCenter)
		t.Resize(fyne.NewSize(80, r.textH))
		t.Move(fyne.NewPos(tx-40, axisY+tickLen+1))
	}
	if ax.Log {
		// The axis breaks between the zero slot and the log part.
		bx := r.px(ax.BreakPos())
		setLine(r.axis, r.muted, 1, fyne.NewPos(plotL, axisY), fyne.NewPos(bx-3, axisY))
		setLine(r.grid.get(newLine), r.muted, 1, fyne.NewPos(bx+3, axisY), fyne.NewPos(plotR, axisY))
		setLine(r.grid.get(newLine), r.muted, 1, fyne.NewPos(bx-6, axisY+4), fyne.NewPos(bx-1, axisY-4))
		setLine(r.grid.get(newLine), r.muted, 1, fyne.NewPos(bx+1, axisY+4), fyne.NewPos(bx+6, axisY-4))
	} else {
		setLine(r.axis, r.muted, 1, fyne.NewPos(plotL, axisY), fyne.NewPos(plotR, axisY))
	}
	caption := c.unit
	if ax.Log {
		if caption != "" {
			caption += " — "
		}
		caption += "logarithmic scale"
	}
	if caption != "" {
		t := r.texts.get(newText)
		setTextAligned(t, caption, r.caption, r.textSize, false, fyne.TextAlignCenter)
		t.Resize(fyne.NewSize(plotR-plotL, r.textH))
		t.Move(fyne.NewPos(plotL, axisY+tickLen+1+r.textH+r.pad/2))
	}

	if n == 0 {
		setText(r.empty, "No claims", Legible(r.muted, r.bg, r.fg, TextContrast), r.textSize, false)
		r.empty.Move(fyne.NewPos(r.pad, legendH+(rowH-r.textH)/2))
	}

	// Rows.
	r.fitLabels(labelCol - r.pad)
	showSel := false
	for i := range c.claims {
		top := legendH + float32(i)*rowH
		cy := top + rowH/2
		if i%2 == 1 { // stripes lead the eye from label to mark
			st := r.stripes.get(newRect)
			setRect(st, r.stripe, color.Transparent, 0, 0)
			st.Move(fyne.NewPos(0, top))
			st.Resize(fyne.NewSize(size.Width, rowH))
		}
		if i == c.selected {
			showSel = true
			setRect(r.selBg, r.selCol, color.Transparent, 0, 4)
			r.selBg.Move(fyne.NewPos(0, top))
			r.selBg.Resize(fyne.NewSize(size.Width, rowH))
		}
		lbl := r.texts.get(newText)
		setText(lbl, r.labels[i], r.fg, r.textSize, i == c.selected)
		lbl.Move(fyne.NewPos(r.pad, cy-r.textH/2))
		val := r.texts.get(newText)
		setText(val, c.rows[i].text, r.fg, r.textSize, i == c.selected)
		val.Move(fyne.NewPos(size.Width-valueCol+r.pad, cy-r.textH/2))
		r.drawMark(r.marks[i], c.rows[i], interestIndex(c.claims[i].Interest), cy)
	}

	appendPool(&r.objects, &r.stripes)
	if showSel {
		r.objects = append(r.objects, r.selBg)
	}
	appendPool(&r.objects, &r.grid)
	r.objects = append(r.objects, r.axis)
	if n == 0 {
		r.objects = append(r.objects, r.empty)
	}
	appendPool(&r.objects, &r.under)
	appendPool(&r.objects, &r.bars)
	appendPool(&r.objects, &r.squares)
	appendPool(&r.objects, &r.polys)
	appendPool(&r.objects, &r.circles)
	appendPool(&r.objects, &r.markLines)
	appendPool(&r.objects, &r.texts)
}

func appendPool[T fyne.CanvasObject](objs *[]fyne.CanvasObject, p *objPool[T]) {
	for _, o := range p.all[:p.used] {
		*objs = append(*objs, o)
	}
}

// fitLabels truncates the row labels to width, remembering the results so
// that an unchanged layout measures nothing.
func (r *chartRenderer) fitLabels(width float32) {
	claims := r.c.claims
	if len(r.labels) != len(claims) {
		r.labels = make([]string, len(claims))
		r.labelW = make([]float32, len(claims))
	}
	for i, cl := range claims {
		if r.labelW[i] == width && r.labels[i] != "" {
			continue
		}
		r.labels[i] = fitText(cl.Label, width, r.textSize)
		r.labelW[i] = width
	}
}

// invalidate forgets the fitted labels and measured values (the claims
// changed).
func (r *chartRenderer) invalidate() {
	r.labels = r.labels[:0]
	r.valueAt = 0
}

// fitText shortens s with an ellipsis until it fits width.
func fitText(s string, width, size float32) string {
	if s == "" {
		return " "
	}
	if fyne.MeasureText(s, size, fyne.TextStyle{Bold: true}).Width <= width {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi { // longest prefix that fits with "…"
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(rs[:mid])+"…", size, fyne.TextStyle{Bold: true}).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(rs[:lo]) + "…"
}

// legendApprox is the legend's last entry, shown with a hollow mark.
const legendApprox = "approximate (±10%)"

// legend lays out the legend's entries in lines across width, drawing them
// if draw, and returns the number of lines.
func (r *chartRenderer) legend(width float32, draw bool) int {
	x, line := r.pad, 0
	for i := range len(app.Interests) + 1 {
		word := legendApprox
		if i < len(app.Interests) {
			word = app.Interests[i].Words()
		}
		w := markSize + r.pad + r.measureLegend(word)
		if x > r.pad && x+w > width-r.pad {
			x, line = r.pad, line+1
		}
		if draw {
			top := r.pad + float32(line)*(r.textH+r.pad)
			if i < len(app.Interests) {
				r.drawShape(i, x+markSize/2, top+r.textH/2, r.interestCol[i], false)
			} else {
				r.drawShape(0, x+markSize/2, top+r.textH/2, r.fg, true)
			}
			t := r.texts.get(newText)
			setText(t, word, r.fg, r.textSize, false)
			t.Move(fyne.NewPos(x+markSize+r.pad, top))
		}
		x += w + 3*r.pad
	}
	return line + 1
}

func (r *chartRenderer) legendLines(width float32) int {
	if width <= 0 {
		return 1
	}
	return r.legend(width, false)
}

// measureLegend returns a legend word's width, remembered per text size.
func (r *chartRenderer) measureLegend(s string) float32 {
	if r.legendAt != r.textSize {
		r.legendAt = r.textSize
		clear(r.legendW)
	}
	if w, ok := r.legendW[s]; ok {
		return w
	}
	w := fyne.MeasureText(s, r.textSize, fyne.TextStyle{}).Width
	r.legendW[s] = w
	return w
}

// px returns the pixel of a fraction of the plot's width.
func (r *chartRenderer) px(frac float64) float32 {
	return r.plotL + float32(frac)*(r.plotR-r.plotL)
}

func (r *chartRenderer) drawMark(m chartlayout.Mark, row chartRow, interest int, cy float32) {
	col := r.interestCol[interest]
	xa, xb := r.px(m.From), r.px(m.To)
	half := float32(markSize / 2)
	at := xa // where the mark's shape goes
	switch m.Kind {
	case chartlayout.NoValue:
		return
	case chartlayout.Range:
		b := r.bars.get(newRect)
		setRect(b, withAlpha(col, 0x70), color.Transparent, 0, 2)
		b.Move(fyne.NewPos(xa, cy-3))
		b.Resize(fyne.NewSize(max(xb-xa, 1), 6))
	case chartlayout.AtLeast:
		r.arrow(xa+half, xb+1.5*markSize, cy, col, 90)
	case chartlayout.AtMost:
		r.arrow(xb-half, xa, cy, col, -90)
		at = xb
	}
	if m.Approximate {
		r.whiskers(row.lo, cy, col)
		if row.hi != row.lo {
			r.whiskers(row.hi, cy, col)
		}
		v := row.hi
		if d := r.px(r.ax.Pos(v*(1+approxTolerance))) - r.px(r.ax.Pos(v)); v != 0 && d < markSize {
			// Whiskers hidden by the mark (a log scale): say "~" instead.
			t := r.texts.get(newText)
			setText(t, "~", col, r.textSize*1.3, true)
			x := xb
			if m.Kind == chartlayout.AtMost {
				x = at
			}
			t.Move(fyne.NewPos(x+half+1, cy-r.textH*0.95))
		}
	}
	r.drawShape(interest, at, cy, col, m.Approximate)
	if m.Kind == chartlayout.Range {
		r.drawShape(interest, xb, cy, col, m.Approximate)
	}
}

// whiskers draws the ±10% tolerance of an approximate value v.
func (r *chartRenderer) whiskers(v float64, cy float32, col color.Color) {
	if v == 0 {
		return
	}
	lo, hi := r.px(r.ax.Pos(v*(1-approxTolerance))), r.px(r.ax.Pos(v*(1+approxTolerance)))
	if lo > hi {
		lo, hi = hi, lo
	}
	// The hollow mark sits between the two arms, which stop at its edge.
	x, half := r.px(r.ax.Pos(v)), float32(markSize/2+1)
	if x-half > lo {
		setLine(r.under.get(newLine), col, 1, fyne.NewPos(lo, cy), fyne.NewPos(x-half, cy))
	}
	if x+half < hi {
		setLine(r.under.get(newLine), col, 1, fyne.NewPos(x+half, cy), fyne.NewPos(hi, cy))
	}
	setLine(r.under.get(newLine), col, 1, fyne.NewPos(lo, cy-4), fyne.NewPos(lo, cy+4))
	setLine(r.under.get(newLine), col, 1, fyne.NewPos(hi, cy-4), fyne.NewPos(hi, cy+4))
}

// arrow draws a shaft from x0 to x1 at height y, with a head at x1 turned
// by angle degrees (90 points right, -90 left).
func (r *chartRenderer) arrow(x0, x1, y float32, col color.Color, angle float32) {
	head := float32(9)
	dir := float32(1)
	if x1 < x0 {
		dir = -1
	}
	if (x1-x0)*dir < head+2 {
		x1 = x0 + dir*(head+2)
	}
	setLine(r.under.get(newLine), col, 2, fyne.NewPos(x0, y), fyne.NewPos(x1-dir*head/2, y))
	p := r.polys.get(newPolygon)
	setPolygon(p, 3, angle, col, nil, 0)
	p.Move(fyne.NewPos(x1-dir*head/2-head/2, y-head/2))
	p.Resize(fyne.NewSize(head, head))
}

// drawShape draws the interest's mark centred on (x, y): independent ●,
// party ■, government ▲, affiliated ◆, unknown ✕; hollow for an
// approximate value, as the briefing draws it.
func (r *chartRenderer) drawShape(interest int, x, y float32, col color.Color, hollow bool) {
	s := float32(markSize)
	fill, stroke, sw := col, r.bg, float32(1)
	if hollow {
		fill, stroke, sw = color.Transparent, col, 2
	}
	switch interest {
	case 0:
		c := r.circles.get(newCircle)
		setCircle(c, fill, stroke, sw)
		c.Move(fyne.NewPos(x-s/2, y-s/2))
		c.Resize(fyne.NewSize(s, s))
	case 1:
		q := r.squares.get(newRect)
		s -= 1
		setRect(q, fill, stroke, sw, 0)
		q.Move(fyne.NewPos(x-s/2, y-s/2))
		q.Resize(fyne.NewSize(s, s))
	case 2, 3:
		p := r.polys.get(newPolygon)
		sides, k := uint(3), float32(1.45) // a triangle looks small in its circle
		if interest == 3 {
			sides, k = 4, 1.35
		}
		s *= k
		setPolygon(p, sides, 0, fill, stroke, sw)
		dy := float32(0)
		if sides == 3 {
			dy = s / 8 // centre the triangle's area, not its circle
		}
		p.Move(fyne.NewPos(x-s/2, y-s/2+dy))
		p.Resize(fyne.NewSize(s, s))
	default:
		h := s/2 - 0.5
		setLine(r.markLines.get(newLine), col, 2.5, fyne.NewPos(x-h, y-h), fyne.NewPos(x+h, y+h))
		setLine(r.markLines.get(newLine), col, 2.5, fyne.NewPos(x-h, y+h), fyne.NewPos(x+h, y-h))
	}
}

func setPolygon(p *canvas.Polygon, sides uint, angle float32, fill, stroke color.Color, sw float32) {
	if p.Sides == sides && p.Angle == angle && p.FillColor == fill && p.StrokeColor == stroke && p.StrokeWidth == sw {
		return
	}
	p.Sides, p.Angle, p.FillColor, p.StrokeColor, p.StrokeWidth = sides, angle, fill, stroke, sw
	p.Refresh()
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := toNRGBA(c)
	n.A = uint8(math.Round(float64(n.A) * float64(a) / 255))
	return n
}
