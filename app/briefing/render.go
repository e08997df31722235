package briefing

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"casefile/app"
)

// This file is the only adapter to the PDF library: it draws a Document.
// Pages are filled top to bottom with explicit page breaks (fpdf's
// automatic break is off), so that tables can repeat their header and no
// line ever runs into the margin. The cover's contents, the page headers
// and footers ("Page 3 of 41", the marking) are drawn last, once the page
// count and every section's page are known.

const family = "dejavu"

// Grey levels (0 black … 255 white). Nothing carries meaning by colour.
const (
	greyText   = 0
	greyMuted  = 90
	greyRule   = 150
	greyLight  = 225
	greyShade  = 242
	greyMark   = 45
	greyHeader = 232
)

// tocEntry is one line of the contents: a section or a figure.
type tocEntry struct {
	title string
	level int
	page  int
	y     float64
}

type renderer struct {
	pdf   *fpdf.Fpdf
	doc   *Document
	p     Paper
	m     *metrics
	y     float64
	links map[int]int // source number → fpdf link
	// forms are the Arabic presentation forms drawn, for the fonts'
	// ToUnicode maps (see fixToUnicode).
	forms map[rune]bool
	toc   []tocEntry
	// The contents start at tocY on page tocPage (the cover, unless a
	// very long title pushed them over) and may continue on the pages
	// reserved after it, up to page tocLast.
	tocPage, tocLast int
	tocY             float64

	curStyle fontStyle
	curSize  float64
	curText  int
	curFill  int
}

// Render draws the document as PDF to w. The same document always gives the
// same bytes.
func Render(doc *Document, w io.Writer) error {
	if doc == nil {
		return app.Errorf(app.EINVALID, "There is no briefing to print.")
	}
	r := newRenderer(doc)
	r.draw()
	if err := r.pdf.Error(); err != nil {
		return app.Internal(err, "The PDF briefing could not be made")
	}
	var buf bytes.Buffer
	if err := r.pdf.Output(&buf); err != nil {
		return app.Internal(err, "The PDF briefing could not be written")
	}
	out, err := fixToUnicode(buf.Bytes(), r.forms)
	if err != nil {
		return app.Internal(err, "The PDF briefing could not be made")
	}
	if _, err := w.Write(out); err != nil {
		return app.Internal(err, "The PDF briefing could not be written")
	}
	return nil
}

func newRenderer(doc *Document) *renderer {
	p := doc.Paper
	if p.Width == 0 {
		p = papers["a4"]
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: fpdf.SizeType{Wd: p.Width, Ht: p.Height}})
	pdf.SetCatalogSort(true)
	created, err := time.Parse(time.RFC3339, doc.Created)
	if err != nil {
		created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetTitle(doc.Title, true)
	if doc.Author != "" {
		pdf.SetAuthor(doc.Author, true)
	}
	pdf.SetSubject(doc.Subject, true)
	pdf.SetKeywords(doc.Keywords, true)
	pdf.SetCreator("Casefile", true)
	pdf.SetProducer("Casefile", true)
	pdf.SetLang("en")
	pdf.SetMargins(p.Left, p.Top, p.Right)
	pdf.SetAutoPageBreak(false, p.Bottom)
	pdf.SetCellMargin(0)
	for s := fontStyle(0); s < numStyles; s++ {
		pdf.AddUTF8FontFromBytes(family, s.fpdfStyle(), s.ttf())
	}
	pdf.SetFont(family, "", sizeBody)
	r := &renderer{pdf: pdf, doc: doc, p: p, m: getMetrics(), links: map[int]int{}, curStyle: -1}
	for _, n := range doc.Cited {
		r.links[n] = pdf.AddLink()
	}
	return r
}

// ---- state ----

func (r *renderer) font(st fontStyle, size float64) {
	if st == r.curStyle && size == r.curSize {
		return
	}
	r.pdf.SetFont(family, st.fpdfStyle(), size)
	r.curStyle, r.curSize = st, size
}

// textGrey sets the colour of text. PDF paints text with the fill colour,
// so the fill is set to the same grey: fpdf then writes the text as it is,
// without saving and restoring the graphics state around it.
func (r *renderer) textGrey(g int) {
	if g != r.curText {
		r.pdf.SetTextColor(g, g, g)
		r.curText = g
	}
	if g != r.curFill {
		r.pdf.SetFillColor(g, g, g)
		r.curFill = g
	}
}

// fill sets the fill colour of shapes.
func (r *renderer) fill(g int) {
	if g != r.curFill {
		r.pdf.SetFillColor(g, g, g)
		r.curFill = g
	}
}

// resetState forgets the cached font and colours, for a new page or after
// SetPage.
func (r *renderer) resetState() {
	r.curStyle, r.curSize = -1, 0
	r.curText, r.curFill = -1, -1
	r.textGrey(greyText)
}

func (r *renderer) bottom() float64 { return r.p.Height - r.p.Bottom }
func (r *renderer) width() float64  { return r.p.TextWidth() }

func (r *renderer) newPage() {
	r.pdf.AddPage()
	r.y = r.p.Top
	r.resetState()
}

// ensure starts a new page unless h millimetres fit below y.
func (r *renderer) ensure(h float64) {
	if r.y+h > r.bottom() {
		r.newPage()
	}
}

// ---- drawing ----

func (r *renderer) draw() {
	r.cover()
	for i := range r.doc.Sections {
		r.section(&r.doc.Sections[i])
	}
	r.contents()
	r.pageFurniture()
}

// drawLine draws one laid-out line with its top at y, starting at x, in a
// box of the given width aligned "", "C" or "R". Text is black and
// citation numbers grey.
func (r *renderer) drawLine(l line, x, y, width float64, align string) {
	r.drawLineIn(l, x, y, width, align, greyText)
}

// drawLineIn is drawLine with the text in grey level g.
func (r *renderer) drawLineIn(l line, x, y, width float64, align string, g int) {
	ws := orderLine(l.words)
	total := 0.0
	for i, w := range ws {
		total += w.w
		if i < len(ws)-1 && !ws[i+1].join {
			total += w.space
		}
	}
	switch align {
	case "R":
		x += width - total
	case "C":
		x += (width - total) / 2
	}
	base := y + l.size*ptToMM*(leading-1.164)/2 + l.size*ptToMM*0.928
	// Consecutive pieces of one style and grey are drawn as one string;
	// citations are grey and each gets its link.
	var run []byte
	var runX float64
	var runSt fontStyle
	var runSize float64
	runGrey := -1
	flush := func() {
		if len(run) > 0 {
			r.font(runSt, runSize)
			r.textGrey(runGrey)
			r.text(runX, base, string(run))
			run = run[:0]
		}
	}
	for i, w := range ws {
		for _, p := range w.pieces {
			pg := g
			if p.cite > 0 {
				pg = greyMuted
				if id, ok := r.links[p.cite]; ok {
					r.pdf.Link(x, y, p.w, l.h, id)
				}
			}
			if p.url != "" {
				r.pdf.LinkString(x, y, p.w, l.h, p.url)
			}
			if len(run) > 0 && (p.style != runSt || p.size != runSize || pg != runGrey) {
				flush()
			}
			if len(run) == 0 {
				runX, runSt, runSize, runGrey = x, p.style, p.size, pg
			}
			run = append(run, p.text...)
			x += p.w
		}
		if i < len(ws)-1 && !ws[i+1].join {
			next := ws[i+1].pieces[0]
			ng := g
			if next.cite > 0 {
				ng = greyMuted
			}
			if len(run) > 0 && next.style == runSt && next.size == runSize && ng == runGrey {
				run = append(run, ' ')
			} else {
				flush()
			}
			x += w.space
		}
	}
	flush()
}

// paragraph draws running text, breaking pages between lines. keep is how
// much of the next block must share the page with the paragraph's last
// lines (0: nothing).
func (r *renderer) paragraph(p *Paragraph, keep float64) {
	size, before, after := sizeBody, 0.0, 2.0
	switch p.Style {
	case StyleLead:
		size, after = sizeLead, 3
	case StyleNote:
		size, after = sizeSmall, 2.5
	case StyleLabel:
		size, before, after = sizeBody, 2, 1.5
	}
	indent := p.Indent
	if p.Bullet {
		indent += 4
	}
	ls := r.m.layout(p.Text, r.width()-indent, size)
	if len(ls) == 0 {
		return
	}
	if p.Style == StyleLabel {
		// Keep a label with a few lines of what follows.
		r.ensure(before + linesHeight(ls) + 12)
	}
	if r.y > r.p.Top {
		r.y += before
	}
	tail := max(len(ls)-2, 0) // the lines kept with the next block
	for i, l := range ls {
		if keep > 0 && i == tail {
			r.ensure(linesHeight(ls[tail:]) + after + keep)
		}
		if r.y+l.h > r.bottom() {
			r.newPage()
		}
		if p.Bullet && i == 0 {
			r.textAt("•", bold, size, r.p.Left+p.Indent+0.5, r.y+(l.h-size*ptToMM*leading), greyText)
		}
		if p.Style == StyleNote {
			r.drawLineGrey(l, r.p.Left+indent, r.y, greyMuted)
		} else {
			r.drawLine(l, r.p.Left+indent, r.y, r.width()-indent, "")
		}
		r.y += l.h
	}
	r.y += after
}

// drawLineGrey draws a line left-aligned in grey g.
func (r *renderer) drawLineGrey(l line, x, y float64, g int) {
	r.drawLineIn(l, x, y, 0, "", g)
}

func (r *renderer) section(s *Section) {
	r.newPage()
	r.pdf.Bookmark(s.Title, 0, r.y)
	r.toc = append(r.toc, tocEntry{title: s.Title, level: 0, page: r.pdf.PageNo(), y: r.y})
	ls := r.m.layout(Text{{Text: s.Title, Bold: true}}, r.width(), 16)
	for _, l := range ls {
		r.drawLine(l, r.p.Left, r.y, r.width(), "")
		r.y += l.h
	}
	r.y += 1
	r.pdf.SetDrawColor(greyText, greyText, greyText)
	r.pdf.SetLineWidth(0.4)
	r.pdf.Line(r.p.Left, r.y, r.p.Left+r.width(), r.y)
	r.y += 4
	for i := range s.Blocks {
		b := &s.Blocks[i]
		switch {
		case b.Heading != nil:
			r.heading(b.Heading, r.keepWith(s.Blocks[i+1:]))
		case b.Paragraph != nil:
			keep := 0.0
			if b.Paragraph.KeepWithNext {
				keep = r.keepWith(s.Blocks[i+1 : min(i+2, len(s.Blocks))])
			}
			r.paragraph(b.Paragraph, keep)
		case b.Table != nil:
			r.table(b.Table)
		case b.Strip != nil:
			r.strip(b.Strip)
		case b.Chart != nil:
			r.chart(b.Chart)
		case b.Network != nil:
			r.network(b.Network)
		}
	}
}

// heading draws a heading, on a new page unless it and the first keep
// millimetres of what follows fit on this one.
func (r *renderer) heading(h *Heading, keep float64) {
	ls := r.m.layout(Text{{Text: h.Text, Bold: true}}, r.width(), 12)
	hh := linesHeight(ls)
	// A heading is never the last thing on a page.
	r.ensure(3 + hh + 1.5 + keep)
	if r.y > r.p.Top {
		r.y += 3
	}
	if h.Bookmark {
		r.pdf.Bookmark(h.Text, 1, r.y)
		r.toc = append(r.toc, tocEntry{title: h.Text, level: 1, page: r.pdf.PageNo(), y: r.y})
	}
	for _, l := range ls {
		r.drawLine(l, r.p.Left, r.y, r.width(), "")
		r.y += l.h
	}
	r.y += 1.5
}

// keepWith returns how much of the blocks after a heading must go on the
// heading's page: short paragraphs whole, then the start of the next block
// (a table's header and first row, a whole chart or strip when it fits on a
// page, two lines of a long paragraph).
func (r *renderer) keepWith(next []Block) float64 {
	h := 0.0
	for i, b := range next {
		if i >= 3 {
			break
		}
		switch {
		case b.Paragraph != nil:
			size := sizeBody
			if b.Paragraph.Style == StyleNote {
				size = sizeSmall
			}
			ls := r.m.layout(b.Paragraph.Text, r.width()-b.Paragraph.Indent, size)
			if len(ls) <= 3 {
				h += linesHeight(ls) + 2.5
				continue
			}
			return h + linesHeight(ls[:2])
		case b.Table != nil:
			tl := r.layoutHeader(b.Table)
			h += tl.headH
			if len(b.Table.Rows) > 0 {
				h += min(r.rowHeight(b.Table, &b.Table.Rows[0]), 40)
			}
			return h
		case b.Chart != nil:
			return h + r.chartStart(b.Chart)
		case b.Strip != nil:
			return h + r.stripHeight(b.Strip)
		case b.Network != nil:
			return h + b.Network.Height + 4
		}
		return h
	}
	return h
}

// ---- cover and contents ----

func (r *renderer) cover() {
	r.newPage()
	d := r.doc
	r.y = r.p.Top + 8
	if d.Marking != "" {
		// The marking, large and boxed.
		ls := r.m.layout(Text{{Text: d.Marking, Bold: true}}, r.width()-8, 14)
		h := linesHeight(ls) + 5
		r.pdf.SetDrawColor(greyText, greyText, greyText)
		r.pdf.SetLineWidth(0.6)
		r.pdf.Rect(r.p.Left, r.y, r.width(), h, "D")
		y := r.y + 2.5
		for _, l := range ls {
			r.drawLine(l, r.p.Left+4, y, r.width()-8, "C")
			y += l.h
		}
		r.y += h + 12
	}
	for _, l := range r.m.layout(Text{{Text: d.Title, Bold: true}}, r.width(), 22) {
		r.ensure(l.h)
		r.drawLine(l, r.p.Left, r.y, r.width(), "")
		r.y += l.h
	}
	r.y += 6
	facts := []struct{ k, v string }{{"As of", d.AsOf}, {"Prepared by", d.Author}, {"Printed", d.Printed}}
	for _, f := range facts {
		if f.v == "" {
			continue
		}
		for _, l := range r.m.layout(Text{{Text: f.k + ": ", Bold: true}, {Text: f.v}}, r.width(), 11) {
			r.ensure(l.h)
			r.drawLine(l, r.p.Left, r.y, r.width(), "")
			r.y += l.h
		}
	}
	r.y += 2
	for _, l := range r.m.layout(Text{{Text: d.Stats}}, r.width(), sizeSmall+1) {
		r.ensure(l.h)
		r.drawLineGrey(l, r.p.Left, r.y, greyMuted)
		r.y += l.h
	}
	r.y += 10
	// Contents: the heading now, the entries once their pages are known.
	ls := r.m.layout(Text{{Text: "Contents", Bold: true}}, r.width(), 13)
	r.ensure(linesHeight(ls) + 20)
	for _, l := range ls {
		r.drawLine(l, r.p.Left, r.y, r.width(), "")
		r.y += l.h
	}
	r.y += 2
	r.tocY = r.y
	r.tocPage = r.pdf.PageNo()
	r.tocLast = r.tocPage
	// Reserve pages for a long contents list.
	n := len(r.doc.Sections)
	for _, s := range r.doc.Sections {
		for _, b := range s.Blocks {
			if b.Heading != nil && b.Heading.Bookmark {
				n++
			}
		}
	}
	lh := tocSize * ptToMM * 1.6
	fit := int((r.bottom() - r.tocY) / lh)
	for rest := n - fit; rest > 0; rest -= int((r.bottom() - r.p.Top) / lh) {
		r.newPage()
		r.tocLast++
	}
}

const tocSize = 10

func (r *renderer) contents() {
	lh := tocSize * ptToMM * 1.6
	page, y := r.tocPage, r.tocY
	for _, e := range r.toc {
		if y+lh > r.bottom() {
			page++
			y = r.p.Top
		}
		if page > r.tocLast {
			break // cannot happen: the pages were reserved
		}
		r.pdf.SetPage(page)
		r.resetState()
		st, indent, size := bold, 0.0, float64(tocSize)
		if e.level > 0 {
			st, indent, size = regular, 6, tocSize-1
		}
		num := strconv.Itoa(e.page)
		nw := r.m.textWidth(num, regular, size)
		avail := r.width() - indent - nw - 8
		title := r.fitText(e.title, st, size, avail)
		tw := r.m.textWidth(title, st, size)
		l := r.m.layout(Text{{Text: title, Bold: st == bold}}, avail+1, size)
		if len(l) > 0 {
			r.drawLine(l[0], r.p.Left+indent, y, avail+1, "")
		}
		base := y + size*ptToMM*(leading-1.164)/2 + size*ptToMM*0.928
		// Dotted leader.
		r.pdf.SetDrawColor(greyRule, greyRule, greyRule)
		r.pdf.SetLineWidth(0.2)
		r.pdf.SetDashPattern([]float64{0.3, 1.2}, 0)
		x0, x1 := r.p.Left+indent+tw+2, r.p.Left+r.width()-nw-2
		if x1 > x0 {
			r.pdf.Line(x0, base, x1, base)
		}
		r.pdf.SetDashPattern(nil, 0)
		r.font(regular, size)
		r.textGrey(greyText)
		r.text(r.p.Left+r.width()-nw, base, num)
		link := r.pdf.AddLink()
		r.pdf.SetLink(link, e.y, e.page)
		r.pdf.Link(r.p.Left+indent, y, r.width()-indent, lh, link)
		y += lh
	}
}

// fitText cuts s with an ellipsis so that it fits width.
func (r *renderer) fitText(s string, st fontStyle, size, width float64) string {
	if r.m.textWidth(visualWord(s), st, size) <= width {
		return s
	}
	room := width - r.m.textWidth("…", st, size)
	w, end := 0.0, 0
	for i, c := range s {
		w += r.m.textWidth(string(c), st, size)
		if w > room {
			break
		}
		end = i + utf8.RuneLen(c)
	}
	return strings.TrimSpace(s[:end]) + "…"
}

// pageFurniture draws the marking at the top and bottom of every page and
// "Page X of Y".
func (r *renderer) pageFurniture() {
	n := r.pdf.PageCount()
	d := r.doc
	for pg := 1; pg <= n; pg++ {
		r.pdf.SetPage(pg)
		r.resetState()
		if d.Marking != "" {
			r.drawMarking(d.Marking)
		}
		// Footer: the case's title on the left, the page on the right.
		fy := r.p.Height - 17
		r.pdf.SetDrawColor(greyRule, greyRule, greyRule)
		r.pdf.SetLineWidth(0.2)
		r.pdf.Line(r.p.Left, fy-0.5, r.p.Left+r.width(), fy-0.5)
		pageText := fmt.Sprintf("Page %d of %d", pg, n)
		pw := r.m.textWidth(pageText, regular, sizeSmall)
		title := r.fitText(d.Title, regular, sizeSmall, r.width()-pw-10)
		for _, it := range []struct {
			s     string
			x, w  float64
			align string
		}{{title, r.p.Left, r.width() - pw - 10, ""}, {pageText, r.p.Left + r.width() - pw - 1, pw + 1, "R"}} {
			l := r.m.layout(Text{{Text: it.s}}, it.w+1, sizeSmall)
			if len(l) > 0 {
				r.drawLineGrey(l[0], it.x, fy, greyMuted)
			}
		}
	}
}

// drawMarking draws the marking centred at the top and the bottom of the
// current page: on one line, in a smaller size if it must, or on two; what
// does not fit on two lines at 7 pt ends with an ellipsis.
func (r *renderer) drawMarking(mk string) {
	size := 9.0
	for size > 7 && r.m.textWidth(mk, bold, size) > r.width() {
		size -= 0.5
	}
	ls := r.m.layout(Text{{Text: mk, Bold: true}}, r.width(), size)
	if len(ls) > 2 {
		rest := lineString(ls[1])
		if first := lineString(ls[0]); strings.HasPrefix(mk, first) {
			rest = strings.TrimSpace(mk[len(first):])
		}
		rest = r.fitText(rest, bold, size, r.width()-1)
		ls = append(ls[:1], r.m.layout(Text{{Text: rest, Bold: true}}, r.width(), size)[0])
	}
	top, bottom := 8.0, r.p.Height-11
	if len(ls) == 2 {
		top, bottom = 5, r.p.Height-13.4
	}
	for _, y := range []float64{top, bottom} {
		for _, l := range ls {
			r.drawLine(l, r.p.Left, y, r.width(), "C")
			y += l.h
		}
	}
}

// lineString returns a line's text in logical order.
func lineString(l line) string {
	var b strings.Builder
	for i, w := range l.words {
		if i > 0 && !w.join {
			b.WriteByte(' ')
		}
		for _, p := range w.pieces {
			if p.logic != "" {
				b.WriteString(p.logic)
			} else {
				b.WriteString(p.text)
			}
		}
	}
	return b.String()
}

// ---- small drawing helpers ----

func (r *renderer) stroke(g int) { r.pdf.SetDrawColor(g, g, g) }

// textAt draws a single string with its top-left corner at (x, y).
func (r *renderer) textAt(s string, st fontStyle, size float64, x, y float64, g int) float64 {
	v := visualWord(bmpOnly(s))
	r.font(st, size)
	r.textGrey(g)
	base := y + size*ptToMM*(leading-1.164)/2 + size*ptToMM*0.928
	r.text(x, base, v)
	return r.m.textWidth(v, st, size)
}

func clampF(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// text draws s (shaped, in visual order) with its baseline at y, noting
// the presentation forms it uses.
func (r *renderer) text(x, y float64, s string) {
	for _, c := range s {
		if isPresentationForm(c) {
			if r.forms == nil {
				r.forms = map[rune]bool{}
			}
			r.forms[c] = true
		}
	}
	r.pdf.Text(x, y, s)
}
