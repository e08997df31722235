package briefing

import (
	"strconv"

	"casefile/app/chartlayout"
)

// Claim-spread charts: one row per claim, on one value axis chosen by
// app/chartlayout. A value is a dot (filled when exact, hollow when
// approximate), a range a bar between end caps, "at least" a cap with an
// arrow to the right, "up to" a cap with an arrow back to zero. Each row is
// labelled with its claim number, its source and the numbers as said, so
// that the chart reads without colour. A long chart continues on the next
// page under a repeated axis.

const (
	chartRowH  = 4.2
	chartLineH = sizeChart * ptToMM * leading
)

// chartCaption is the line above a chart.
func chartCaption(c *Chart) string {
	caption := "Each row is one claim, numbered as in the table below; [n] is its source. Scale: linear, from zero."
	if c.Axis.Log {
		caption = "Each row is one claim, numbered as in the table below; [n] is its source. Scale: logarithmic, because the claims span more than a hundredfold; zero sits left of the break."
	}
	if c.Unit != "" {
		caption += " Unit: " + c.Unit + "."
	}
	return caption
}

// chartStart returns how much of a chart must fit on the page it starts on:
// all of it when it fits on a page, else its axis and three rows.
func (r *renderer) chartStart(c *Chart) float64 {
	capH := linesHeight(r.m.layout(Text{{Text: chartCaption(c)}}, r.width(), sizeSmall)) + 1
	axis := chartLineH + 0.8 + 0.6
	whole := capH + axis + float64(len(c.Rows))*chartRowH + 1.5 + 2*chartLineH
	if whole <= r.bottom()-r.p.Top {
		return whole
	}
	return capH + axis + 3*chartRowH
}

func (r *renderer) chart(c *Chart) {
	x0 := r.p.Left
	px := x0 + c.LabelWidth + 4
	pw := c.PlotWidth
	capLs := r.m.layout(Text{{Text: chartCaption(c)}}, r.width(), sizeSmall)
	r.ensure(r.chartStart(c))
	for _, l := range capLs {
		r.drawLineGrey(l, x0, r.y, greyMuted)
		r.y += l.h
	}
	r.y += 1
	for i := 0; i < len(c.Rows); {
		if i > 0 {
			r.newPage()
		}
		top := r.axisHeader(c, px, pw)
		n := int((r.bottom() - top) / chartRowH)
		if n < 1 {
			continue // cannot happen on a fresh page
		}
		end := min(len(c.Rows), i+n)
		bottom := top + float64(end-i)*chartRowH
		// Shading, then the grid, then the marks on top.
		r.fill(greyShade)
		for k := i; k < end; k++ {
			if k%2 == 1 {
				r.pdf.Rect(x0, top+float64(k-i)*chartRowH, c.LabelWidth+4+pw, chartRowH, "F")
			}
		}
		r.chartFrame(c, px, pw, top, bottom)
		for k := i; k < end; k++ {
			row := c.Rows[k]
			rowTop := top + float64(k-i)*chartRowH
			yc := rowTop + chartRowH/2
			ty := yc - chartLineH/2
			r.textAt(row.Label, regular, sizeChart, x0, ty, greyText)
			if row.Cite > 0 {
				ct := "[" + strconv.Itoa(row.Cite) + "]"
				cw := r.m.textWidth(ct, regular, sizeChart)
				cx := x0 + c.LabelWidth - cw
				r.textAt(ct, regular, sizeChart, cx, ty, greyMuted)
				if id, ok := r.links[row.Cite]; ok {
					r.pdf.Link(cx, rowTop, cw, chartRowH, id)
				}
			}
			r.claimMark(row, px, pw, yc)
		}
		r.y = bottom
		i = end
	}
	r.y += 1.5
	r.chartLegend()
	r.y += 3
}

// axisHeader draws the tick labels and the axis line, and returns the top
// of the rows.
func (r *renderer) axisHeader(c *Chart, px, pw float64) float64 {
	for _, t := range c.Axis.Ticks {
		w := r.m.textWidth(t.Label, regular, sizeChart)
		x := clampF(t.Pos*pw-w/2, 0, pw-w)
		r.textAt(t.Label, regular, sizeChart, px+x, r.y, greyText)
	}
	r.y += chartLineH + 0.8
	r.stroke(greyText)
	r.pdf.SetLineWidth(0.3)
	r.pdf.Line(px, r.y, px+pw, r.y)
	for _, t := range c.Axis.Ticks {
		r.pdf.Line(px+t.Pos*pw, r.y-0.8, px+t.Pos*pw, r.y)
	}
	if bp := c.Axis.BreakPos(); bp >= 0 {
		r.axisBreak(px+bp*pw, r.y)
	}
	r.y += 0.6
	return r.y
}

// chartFrame draws the grid lines, zero line and the bottom axis over rows
// drawn from top to bottom.
func (r *renderer) chartFrame(c *Chart, px, pw, top, bottom float64) {
	r.stroke(greyLight)
	r.pdf.SetLineWidth(0.15)
	r.pdf.SetDashPattern([]float64{0.5, 0.5}, 0)
	for _, t := range c.Axis.Ticks {
		if t.Value != 0 {
			r.pdf.Line(px+t.Pos*pw, top, px+t.Pos*pw, bottom)
		}
	}
	r.pdf.SetDashPattern(nil, 0)
	// Zero is always visible, as a solid line.
	r.stroke(greyText)
	r.pdf.SetLineWidth(0.35)
	zx := px + c.Axis.Pos(0)*pw
	r.pdf.Line(zx, top-0.6, zx, bottom)
	r.pdf.SetLineWidth(0.3)
	r.pdf.Line(px, bottom, px+pw, bottom)
	if bp := c.Axis.BreakPos(); bp >= 0 {
		r.axisBreak(px+bp*pw, bottom)
	}
}

// axisBreak draws the two slanted strokes that mark a broken axis.
func (r *renderer) axisBreak(x, y float64) {
	r.fill(255)
	r.pdf.Rect(x-0.6, y-0.4, 1.2, 0.8, "F")
	r.stroke(greyText)
	r.pdf.SetLineWidth(0.25)
	r.pdf.Line(x-1, y+0.9, x-0.2, y-0.9)
	r.pdf.Line(x+0.2, y+0.9, x+1, y-0.9)
}

// claimMark draws one claim's mark and its value label on row centre yc.
func (r *renderer) claimMark(row ChartRow, px, pw, yc float64) {
	m := row.Mark
	x1, x2 := px+m.From*pw, px+m.To*pw
	r.stroke(greyMark)
	r.pdf.SetLineWidth(0.35)
	fill := func() string {
		if m.Approximate {
			r.fill(255)
		} else {
			r.fill(greyMark)
		}
		return "FD"
	}
	const cap = 1.3
	switch m.Kind {
	case chartlayout.Point:
		r.pdf.Circle(x1, yc, 1.0, fill())
		x1, x2 = x1-1, x2+1
	case chartlayout.Range:
		if x2-x1 < 0.8 {
			x2 = x1 + 0.8
		}
		r.pdf.Rect(x1, yc-0.75, x2-x1, 1.5, fill())
		r.pdf.Line(x1, yc-cap, x1, yc+cap)
		r.pdf.Line(x2, yc-cap, x2, yc+cap)
	case chartlayout.AtLeast:
		r.pdf.Line(x1, yc-cap, x1, yc+cap)
		r.pdf.Line(x1, yc, x2-1.6, yc)
		r.fill(greyMark)
		r.poly("F", x2, yc, x2-1.8, yc-0.9, x2-1.8, yc+0.9)
	case chartlayout.AtMost:
		r.pdf.Line(x2, yc-cap, x2, yc+cap)
		r.pdf.Line(x1+1.6, yc, x2, yc)
		r.fill(greyMark)
		r.poly("F", x1, yc, x1+1.8, yc-0.9, x1+1.8, yc+0.9)
	case chartlayout.NoValue:
		r.textAt("no number given", italic, sizeChart-0.5, px+1.5, yc-chartLineH/2, greyMuted)
		return
	}
	if row.Value == "" {
		return
	}
	const vs = sizeChart - 0.5
	w := r.m.textWidth(row.Value, regular, vs)
	lh := vs * ptToMM * leading
	ty := yc - lh/2
	var x float64
	switch {
	case m.Kind != chartlayout.AtLeast && x2+1.5+w <= px+pw:
		x = x2 + 1.5 // right of the mark
	case m.Kind != chartlayout.AtMost && x1-1.5-w >= px+0.5:
		x = x1 - 1.5 - w // left of the mark
	case m.Kind == chartlayout.AtMost && x2-2-w >= px+2:
		x = x2 - 2 - w // on the arrow, left of its cap
	case m.Kind != chartlayout.AtMost && x1+2+w <= px+pw-2:
		x = x1 + 2 // on the arrow or bar, right of its start
	default:
		return // the numbers are in the table
	}
	if x < x2 && x+w > x1 {
		// Over the mark: on a white ground, so the line does not cross it.
		r.fill(255)
		r.pdf.Rect(x-0.4, ty+0.2, w+0.8, lh-0.4, "F")
	}
	r.textAt(row.Value, regular, vs, x, ty, greyText)
}

// chartLegend draws the key to the chart's marks.
func (r *renderer) chartLegend() {
	type item struct {
		kind chartlayout.Kind
		appr bool
		text string
	}
	items := []item{
		{chartlayout.Point, false, "a value"},
		{chartlayout.Point, true, "an approximate value"},
		{chartlayout.Range, false, "a range"},
		{chartlayout.AtLeast, false, "at least"},
		{chartlayout.AtMost, false, "up to (down to zero)"},
	}
	r.ensure(chartLineH + 1)
	x := r.p.Left
	yc := r.y + chartLineH/2
	for _, it := range items {
		sw := 6.0
		if it.kind == chartlayout.Point {
			sw = 2.4
		}
		tw := r.m.textWidth(it.text, regular, sizeChart-0.5)
		if x+sw+1.2+tw > r.p.Left+r.width() {
			x = r.p.Left
			r.y += chartLineH
			yc = r.y + chartLineH/2
		}
		row := ChartRow{Mark: chartlayout.Mark{Kind: it.kind, Approximate: it.appr}}
		switch it.kind {
		case chartlayout.Point:
			row.Mark.From, row.Mark.To = 1.2/sw, 1.2/sw
		default:
			row.Mark.From, row.Mark.To = 0.1, 0.9
		}
		r.claimMark(row, x, sw, yc)
		r.textAt(it.text, regular, sizeChart-0.5, x+sw+1.2, yc-(sizeChart-0.5)*ptToMM*leading/2, greyMuted)
		x += sw + 1.2 + tw + 5
	}
	r.y += chartLineH
}
