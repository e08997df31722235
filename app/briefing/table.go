package briefing

// Tables: every cell is laid out with measured line heights; a row that
// does not fit on what is left of the page goes to the next one, under a
// repeated header row; a row taller than a whole page is split between
// lines, cell by cell, and continues under the header on the next page.

const (
	cellPadX = 1.2
	cellPadY = 1.0
)

type tableLayout struct {
	t      *Table
	xs     []float64 // left edge of each column
	header [][]line
	headH  float64
}

func (r *renderer) layoutHeader(t *Table) *tableLayout {
	tl := &tableLayout{t: t}
	x := r.p.Left
	for _, c := range t.Columns {
		tl.xs = append(tl.xs, x)
		ls := r.m.layout(Text{{Text: c.Title, Bold: true}}, c.Width-2*cellPadX, sizeTable-0.5)
		tl.header = append(tl.header, ls)
		if h := linesHeight(ls) + 2*cellPadY; h > tl.headH {
			tl.headH = h
		}
		x += c.Width
	}
	return tl
}

func (r *renderer) drawHeader(tl *tableLayout) {
	y := r.y
	r.fill(greyHeader)
	r.pdf.Rect(r.p.Left, y, r.width(), tl.headH, "F")
	for i, c := range tl.t.Columns {
		ly := y + cellPadY
		for _, l := range tl.header[i] {
			r.drawLine(l, tl.xs[i]+cellPadX, ly, c.Width-2*cellPadX, c.Align)
			ly += l.h
		}
	}
	r.stroke(greyText)
	r.pdf.SetLineWidth(0.3)
	r.pdf.Line(r.p.Left, y+tl.headH, r.p.Left+r.width(), y+tl.headH)
	r.y = y + tl.headH
}

// rowHeight returns the height of a row laid out in a table's columns.
func (r *renderer) rowHeight(t *Table, row *Row) float64 {
	h := 0.0
	for i, c := range t.Columns {
		if i < len(row.Cells) {
			h = max(h, linesHeight(r.m.layout(row.Cells[i], c.Width-2*cellPadX, sizeTable)))
		}
	}
	return h + 2*cellPadY
}

func (r *renderer) table(t *Table) {
	if len(t.Columns) == 0 {
		return
	}
	tl := r.layoutHeader(t)
	cells := make([][]line, len(t.Columns))
	first := true
	for ri := range t.Rows {
		row := &t.Rows[ri]
		rowH := 0.0
		for i, c := range t.Columns {
			var txt Text
			if i < len(row.Cells) {
				txt = row.Cells[i]
			}
			cells[i] = r.m.layout(txt, c.Width-2*cellPadX, sizeTable)
			if h := linesHeight(cells[i]); h > rowH {
				rowH = h
			}
		}
		rowH += 2 * cellPadY
		full := r.bottom() - r.p.Top - tl.headH
		switch {
		case first:
			// The header and the first row (or a good part of a row taller
			// than a page) together.
			if r.y+tl.headH+rowH > r.bottom() && (rowH <= full || r.y+tl.headH+30 > r.bottom()) {
				r.newPage()
			}
			r.drawHeader(tl)
			first = false
		case r.y+rowH > r.bottom() && (rowH <= full || r.bottom()-r.y < 30):
			r.newPage()
			r.drawHeader(tl)
		}
		r.drawRow(tl, row, cells, rowH)
	}
	r.y += 4
}

// drawRow draws one row, splitting it across pages when it must.
func (r *renderer) drawRow(tl *tableLayout, row *Row, cells [][]line, rowH float64) {
	next := make([]int, len(cells)) // the next line of each cell to draw
	firstPart := true
	for {
		// What fits of each cell on this page.
		avail := r.bottom() - r.y - 2*cellPadY
		partH := 0.0
		ends := make([]int, len(cells))
		done := true
		for i, ls := range cells {
			h, j := 0.0, next[i]
			for j < len(ls) && h+ls[j].h <= avail+1e-9 {
				h += ls[j].h
				j++
			}
			ends[i] = j
			if h > partH {
				partH = h
			}
			if j < len(ls) {
				done = false
			}
		}
		progress := false
		for i := range cells {
			if ends[i] > next[i] {
				progress = true
			}
		}
		if !progress && !done {
			r.newPage()
			r.drawHeader(tl)
			continue
		}
		h := partH + 2*cellPadY
		if done && firstPart {
			h = rowH
		}
		top := r.y
		if row.Key {
			r.fill(greyShade)
			r.pdf.Rect(r.p.Left, top, r.width(), h, "F")
		}
		if row.Target > 0 && firstPart {
			if id, ok := r.links[row.Target]; ok {
				r.pdf.SetLink(id, top, r.pdf.PageNo())
			}
		}
		for i, c := range tl.t.Columns {
			y := top + cellPadY
			for _, l := range cells[i][next[i]:ends[i]] {
				r.drawLine(l, tl.xs[i]+cellPadX, y, c.Width-2*cellPadX, c.Align)
				y += l.h
			}
			next[i] = ends[i]
		}
		r.y = top + h
		r.stroke(greyRule)
		r.pdf.SetLineWidth(0.15)
		r.pdf.Line(r.p.Left, r.y, r.p.Left+r.width(), r.y)
		if done {
			return
		}
		firstPart = false
		r.newPage()
		r.drawHeader(tl)
	}
}
