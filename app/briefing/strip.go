package briefing

import "codeberg.org/go-pdf/fpdf"

// Timeline strips: a day is a dot, a longer period a bar as wide as what is
// known. Certainty is drawn by fill and outline (solid; hollow; dotted
// outline; grey with dotted outline), never by colour, so it survives a
// grey printer.

const (
	laneH      = 2.6
	markH      = 1.7
	stripFont  = sizeStrip
	stripLineH = sizeStrip * ptToMM * leading
)

// stripHeight returns the height a strip takes, its legend included.
func (r *renderer) stripHeight(s *Strip) float64 {
	titleLs := r.m.layout(Text{{Text: s.Title, Bold: true}}, r.width(), sizeSmall+0.5)
	h := linesHeight(titleLs) + 1 + stripLineH + 2.2 + float64(s.Lanes)*laneH + 1.5 + stripLineH + 1 + 3
	if len(s.Counts) > 0 {
		h += stripLineH + 1.2
	}
	if s.Legend {
		h += 3 * stripLineH
	}
	return h
}

func (r *renderer) strip(s *Strip) {
	titleLs := r.m.layout(Text{{Text: s.Title, Bold: true}}, r.width(), sizeSmall+0.5)
	r.ensure(r.stripHeight(s))
	x0 := r.p.Left
	for _, l := range titleLs {
		r.drawLine(l, x0, r.y, r.width(), "")
		r.y += l.h
	}
	r.y += 1
	// Key event labels and markers.
	for _, l := range s.Labels {
		w := r.m.textWidth(l.Text, bold, stripFont)
		r.textAt(l.Text, bold, stripFont, x0+l.X-w/2, r.y, greyText)
	}
	r.y += stripLineH
	r.fill(greyText)
	for _, kx := range s.Keys {
		x := x0 + kx
		r.poly("F", x-0.8, r.y+0.3, x+0.8, r.y+0.3, x, r.y+1.7)
	}
	r.y += 2.2
	lanesTop := r.y
	lanesH := float64(s.Lanes) * laneH
	// Guides at the ticks.
	r.stroke(greyLight)
	r.pdf.SetLineWidth(0.15)
	for _, t := range s.Ticks {
		r.pdf.Line(x0+t.X, lanesTop, x0+t.X, lanesTop+lanesH)
	}
	for _, m := range s.Marks {
		yc := lanesTop + float64(m.Lane)*laneH + laneH/2
		r.drawEventMark(x0+m.X0, x0+m.X1, yc, m.Dot, m.Certainty, m.OpenStart, m.OpenEnd)
	}
	r.y = lanesTop + lanesH + 0.5
	if len(s.Counts) > 0 {
		r.stroke(greyMuted)
		r.pdf.SetLineWidth(0.2)
		for _, c := range s.Counts {
			if c.X1-c.X0 > 0.4 {
				r.pdf.Line(x0+c.X0, r.y+0.4, x0+c.X1, r.y+0.4)
			}
			r.pdf.Line(x0+c.X0, r.y, x0+c.X0, r.y+0.8)
			r.pdf.Line(x0+c.X1, r.y, x0+c.X1, r.y+0.8)
		}
		r.y += 1.2
		for _, c := range s.Counts {
			w := r.m.textWidth(c.Label, italic, stripFont)
			r.textAt(c.Label, italic, stripFont, x0+c.X-w/2, r.y, greyMuted)
		}
		r.y += stripLineH
	}
	// Axis and ticks.
	r.stroke(greyText)
	r.pdf.SetLineWidth(0.3)
	r.pdf.Line(x0, r.y, x0+s.Width, r.y)
	r.pdf.SetLineWidth(0.2)
	for _, t := range s.Ticks {
		r.pdf.Line(x0+t.X, r.y, x0+t.X, r.y+1)
	}
	r.y += 1.3
	for _, t := range s.Ticks {
		w := r.m.textWidth(t.Label, regular, stripFont)
		x := clampF(t.X-w/2, 0, s.Width-w)
		r.textAt(t.Label, regular, stripFont, x0+x, r.y, greyText)
	}
	r.y += stripLineH + 1
	if s.Legend {
		r.stripLegend()
	}
	r.y += 3
}

// drawEventMark draws a dot or bar centred vertically on yc.
func (r *renderer) drawEventMark(x0, x1, yc float64, dot bool, c Certainty, openStart, openEnd bool) {
	r.pdf.SetLineWidth(0.25)
	r.stroke(greyMark)
	style := "FD"
	switch c {
	case Approximate:
		r.fill(255)
	case Uncertain:
		r.fill(255)
		r.pdf.SetDashPattern([]float64{0.35, 0.35}, 0)
	case Both:
		r.fill(190)
		r.pdf.SetDashPattern([]float64{0.35, 0.35}, 0)
	default:
		r.fill(greyMark)
	}
	if dot {
		r.pdf.Circle((x0+x1)/2, yc, (x1-x0)/2*0.95, style)
	} else {
		r.pdf.Rect(x0, yc-markH/2, x1-x0, markH, style)
	}
	r.pdf.SetDashPattern(nil, 0)
	r.fill(greyMark)
	if openStart {
		r.poly("F", x0-1.3, yc, x0-0.1, yc-0.9, x0-0.1, yc+0.9)
	}
	if openEnd {
		r.poly("F", x1+1.3, yc, x1+0.1, yc-0.9, x1+0.1, yc+0.9)
	}
}

// stripLegend draws the key to a strip's symbols, wrapping as needed.
func (r *renderer) stripLegend() {
	type item struct {
		draw func(x, yc float64) float64 // draws the symbol, returns its width
		text string
	}
	bar := func(c Certainty) func(x, yc float64) float64 {
		return func(x, yc float64) float64 { r.drawEventMark(x, x+5, yc, false, c, false, false); return 5 }
	}
	items := []item{
		{func(x, yc float64) float64 { r.drawEventMark(x, x+1.8, yc, true, Certain, false, false); return 1.8 }, "a day"},
		{bar(Certain), "a month, year or decade, as wide as what is known"},
		{bar(Approximate), "approximate (c.)"},
		{bar(Uncertain), "uncertain (?)"},
		{bar(Both), "approximate and uncertain"},
		{func(x, yc float64) float64 { r.drawEventMark(x+1.4, x+4, yc, false, Certain, true, false); return 4 }, "open-ended, or runs beyond the strip"},
		{func(x, yc float64) float64 {
			r.fill(greyText)
			r.poly("F", x, yc-0.8, x+1.6, yc-0.8, x+0.8, yc+0.6)
			return 1.6
		}, "key event, numbered as in the table"},
		{func(x, yc float64) float64 { return r.textAt("+n", italic, stripFont, x, yc-stripLineH/2, greyMuted) }, "events not drawn one by one for lack of room"},
	}
	x := r.p.Left
	y := r.y
	for _, it := range items {
		tw := r.m.textWidth(it.text, regular, stripFont)
		w := 6 + 1.2 + tw + 4
		if x+w > r.p.Left+r.width() && x > r.p.Left {
			x = r.p.Left
			y += stripLineH
		}
		yc := y + stripLineH/2
		sw := it.draw(x+0.5, yc)
		r.textAt(it.text, regular, stripFont, x+0.5+sw+1.2, y, greyMuted)
		x += 0.5 + sw + 1.2 + tw + 4
	}
	r.y = y + stripLineH
}

// poly draws a polygon through the points x0, y0, x1, y1, …
func (r *renderer) poly(style string, xy ...float64) {
	pts := make([]fpdf.PointType, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		pts = append(pts, fpdf.PointType{X: xy[i], Y: xy[i+1]})
	}
	r.pdf.Polygon(pts, style)
}
