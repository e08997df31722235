package sourcefile

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glyph is one character of a PDF page with its box, in points from the
// page's bottom left corner (Y1 above Y0).
type glyph struct {
	R              rune
	X0, Y0, X1, Y1 float64
}

// pdfPage is one page's characters in the order of the page's content,
// with PDFium's generated spaces and line ends, and the page's size.
type pdfPage struct {
	W, H  float64
	Chars []glyph
}

// line is a run of characters on one baseline, left to right.
type line struct {
	text           []rune
	x0, y0, x1, y1 float64
	size           float64 // the tallest character's height
	base           float64 // the baseline: the median of the characters' bottoms
	bottoms        []float64
	col            int     // 0 full width, 1 left column, 2 right column
	left, right    float64 // the edges of the line's column
	rtl            bool    // the line runs right to left (Arabic, Hebrew script)
	lastX0, lastX1 float64 // the box of the last character added
	note           bool    // part of a footnote (see footnotesLast)
}

// layoutPages turns the pages' characters into a document's text in
// reading order: lines built from the characters, running headers,
// footers and page numbers left out, two-column pages read column by
// column, lines joined into paragraphs with hyphens at line ends joined,
// ligatures written as letters. Pages holds where each page's text starts.
func layoutPages(pages []pdfPage) Document {
	all := make([][]line, len(pages))
	for i, p := range pages {
		all[i] = buildLines(p.Chars)
	}
	dropRunning(all, pages)
	var w paraWriter
	doc := Document{Pages: make([]int, len(pages))}
	for i, p := range pages {
		ls := footnotesLast(readingOrder(all[i], p.W), p.H)
		w.pageBreak()
		doc.Pages[i] = w.n
		w.start = &doc.Pages[i]
		w.lines(ls)
	}
	doc.Text = string(w.b)
	return doc
}

// ligatures maps the presentation forms PDFs carry to their letters.
var ligatures = map[rune]string{
	'\ufb00': "ff", '\ufb01': "fi", '\ufb02': "fl", '\ufb03': "ffi", '\ufb04': "ffl", '\ufb05': "st", '\ufb06': "st",
}

// buildLines groups a page's characters into lines: a new line where
// PDFium put a line end, where a character does not share the line's
// height, goes back to the left, or lies beyond a gap as wide as a
// column gutter. A space goes where PDFium put one or between characters
// further apart than a fifth of their height.
func buildLines(chars []glyph) []line {
	var out []line
	var cur *line
	brk, space := false, false
	for _, g := range chars {
		switch {
		case g.R == '\r' || g.R == '\n':
			brk = true
			continue
		case g.R == ' ' || g.R == '\t' || g.R == '\u00a0' || unicode.IsSpace(g.R):
			space = true
			continue
		case g.R == 2 || g.R == '\u00ad':
			g.R = '\u00ad' // a soft hyphen: PDFium's mark of a word broken at a line end
		case g.R < ' ' || g.R == '\ufffd' || g.R == '\ufffe' || g.R == '\uffff' || unicode.Is(unicode.Co, g.R):
			continue
		}
		h := g.Y1 - g.Y0
		if h <= 0 {
			h = 1
		}
		if cur != nil {
			gap := cur.gapTo(g)
			sz := max(cur.size, h)
			overlap := min(cur.y1, g.Y1) - max(cur.y0, g.Y0)
			if overlap < 0.3*min(cur.size, h) || gap < -sz || gap > 2.5*sz || (brk && (gap < 0 || gap > 2*sz)) {
				cur = nil
			} else if g.R != '\u00ad' && (space || brk || gap > 0.45*cur.size) {
				cur.text = append(cur.text, ' ')
			}
		}
		if cur == nil {
			out = append(out, line{x0: g.X0, y0: g.Y0, x1: g.X1, y1: g.Y1, size: h})
			cur = &out[len(out)-1]
		}
		if l, ok := ligatures[g.R]; ok {
			cur.text = append(cur.text, []rune(l)...)
		} else {
			cur.text = append(cur.text, g.R)
		}
		cur.x0, cur.x1 = min(cur.x0, g.X0), max(cur.x1, g.X1)
		cur.y0, cur.y1 = min(cur.y0, g.Y0), max(cur.y1, g.Y1)
		cur.size = max(cur.size, h)
		cur.lastX0, cur.lastX1 = g.X0, g.X1
		if isRTL(g.R) {
			cur.rtl = true
		}
		if h > 0.3*cur.size {
			cur.bottoms = append(cur.bottoms, g.Y0)
		}
		brk, space = false, false
	}
	for i := range out {
		out[i].base = out[i].y0
		if len(out[i].bottoms) > 0 {
			out[i].base = median(out[i].bottoms)
		}
		out[i].bottoms = nil
	}
	return out
}

// gapTo is the distance from the line's last character to g in the
// line's direction of writing: PDFium gives characters in logical order,
// so right-to-left text steps leftwards (and so does a neutral character
// such as a space or a comma within it).
func (l *line) gapTo(g glyph) float64 {
	if isRTL(g.R) || (l.rtl && !isStrongLTR(g.R)) {
		return l.lastX0 - g.X1
	}
	return g.X0 - l.lastX1
}

// isRTL reports whether r is a letter of a script written right to left.
func isRTL(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)
}

// isStrongLTR reports whether r is a letter or digit written left to
// right.
func isStrongLTR(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isRTL(r)
}

// readingOrder orders a page's lines for reading. A page with two columns
// is read band by band (a band ends at a line that spans both columns),
// the left column of a band before the right; other pages keep the order
// of their content.
func readingOrder(ls []line, pageW float64) []line {
	if len(ls) == 0 {
		return nil
	}
	lo, hi := ls[0].x0, ls[0].x1
	for _, l := range ls {
		lo, hi = min(lo, l.x0), max(hi, l.x1)
	}
	mid, width := (lo+hi)/2, hi-lo
	tol := width * 0.02
	left, right := 0, 0
	for i := range ls {
		l := &ls[i]
		switch {
		case l.x1-l.x0 > 0.6*width:
			l.col = 0
		case l.x1 <= mid+tol:
			l.col, left = 1, left+1
		case l.x0 >= mid-tol:
			l.col, right = 2, right+1
		}
	}
	if right < 5 || left < 5 || right*5 < len(ls) {
		for i := range ls {
			ls[i].col, ls[i].left, ls[i].right = 0, lo, hi
		}
		return ls
	}
	edges := [3][2]float64{{lo, hi}, {hi, lo}, {hi, lo}}
	for _, l := range ls {
		e := &edges[l.col]
		e[0], e[1] = min(e[0], l.x0), max(e[1], l.x1)
	}
	for i := range ls {
		ls[i].left, ls[i].right = edges[ls[i].col][0], edges[ls[i].col][1]
	}
	sorted := append([]line(nil), ls...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].y1 > sorted[j].y1 })
	out := make([]line, 0, len(ls))
	var lcol, rcol []line
	flush := func() {
		out = append(append(out, lcol...), rcol...)
		lcol, rcol = lcol[:0], rcol[:0]
	}
	for _, l := range sorted {
		switch l.col {
		case 0:
			flush()
			out = append(out, l)
		case 1:
			lcol = append(lcol, l)
		default:
			rcol = append(rcol, l)
		}
	}
	flush()
	return out
}

// paraWriter joins lines into paragraphs: a paragraph ends where the next
// line stands further below than the usual line spacing, is indented, or
// comes after a jump to another column far below; a word broken by a
// hyphen at a line end is joined.
type paraWriter struct {
	b       []byte
	n       int    // code points written
	pending string // the separator owed before the next text
	last    *line  // the previous line, nil at a page's start
	lastEnd rune   // the last character written
	pitches []float64
	start   *int // where the page's text starts, set at its first line
}

func (w *paraWriter) write(s string) {
	w.b = append(w.b, s...)
	w.n += utf8.RuneCountInString(s)
	if r, _ := utf8.DecodeLastRuneInString(s); s != "" {
		w.lastEnd = r
	}
}

// pageBreak ends a page: the next page starts a paragraph unless its text
// runs on (decided by separator).
func (w *paraWriter) pageBreak() {
	if len(w.b) > 0 {
		w.pending = "\n\n"
	}
	w.last = nil
	w.pitches = w.pitches[:0]
}

// lines writes a page's lines in reading order.
func (w *paraWriter) lines(ls []line) {
	for i := range ls {
		l := &ls[i]
		text := strings.TrimSpace(string(l.text))
		if text == "" {
			continue
		}
		// A soft hyphen marks a word broken at the line end; elsewhere it
		// is invisible.
		soft := strings.HasSuffix(text, "\u00ad")
		text = strings.ReplaceAll(text, "\u00ad", "")
		if soft {
			text += "-"
		}
		word, _, _ := strings.Cut(text, " ")
		sep := w.separator(l, word)
		if len(w.b) == 0 {
			sep = ""
		}
		if sep == "-" {
			w.b = w.b[:len(w.b)-1] // the hyphen, one byte
			w.n--
			sep = ""
		}
		w.pending = ""
		w.write(sep)
		if w.start != nil {
			*w.start, w.start = w.n, nil
		}
		w.write(text)
		w.last = l
	}
}

// separator decides what goes between the previous line and l: "-" when a
// word broken by a hyphen is joined, " " within a paragraph, "\n\n"
// between paragraphs.
func (w *paraWriter) separator(l *line, word string) string {
	first, _ := utf8.DecodeRuneInString(word)
	hyphen := w.lastEnd == '-' && unicode.IsLower(first)
	prev := w.last
	if prev != nil && l.note && (!prev.note || noteStart(word)) {
		return "\n\n" // each footnote a paragraph of its own
	}
	if prev == nil {
		// A page's first line runs on from the last page when that did
		// not end a sentence and this line starts in lower case.
		if w.pending != "" && unicode.IsLower(first) && !sentenceEnd(w.lastEnd) {
			if hyphen {
				return "-"
			}
			return " "
		}
		return w.pending
	}
	size := max(prev.size, l.size)
	pitch := prev.base - l.base
	if hyphen && pitch > 0 && pitch < 3*size {
		return "-" // a word broken at the line end goes on below
	}
	sameCol := prev.col == l.col && pitch > 0 && pitch < 3*size
	if sameCol {
		if len(w.pitches) == 0 && pitch > 1.8*size {
			w.pitches = append(w.pitches, pitch)
			return "\n\n"
		}
		if len(w.pitches) >= 1 && pitch > 1.3*median(w.pitches) {
			w.pitches = append(w.pitches, pitch)
			return "\n\n"
		}
		w.pitches = append(w.pitches, pitch)
		if l.x0 > prev.x0+0.8*size && l.x0-prev.x0 < 8*size && prev.x1-prev.x0 > 12*size {
			return "\n\n" // an indented first line
		}
		// The last line of a paragraph: the next word would have fitted
		// after it, and it ends a sentence or is a short heading.
		fits := prev.right-prev.x1 > float64(utf8.RuneCountInString(word)+1)*0.55*size
		if fits && (w.endsSentence() || prev.x1-prev.x0 < 0.6*(prev.right-prev.left)) {
			return "\n\n"
		}
	} else if pitch > 0 || sentenceEnd(w.lastEnd) {
		// Far below, or up into the next column after a sentence's end.
		return "\n\n"
	}
	if hyphen {
		return "-"
	}
	return " "
}

// endsSentence reports whether the text written so far ends a sentence,
// a footnote's number after the full stop aside ("fiction.2").
func (w *paraWriter) endsSentence() bool {
	b := w.b
	for len(b) > 0 && b[len(b)-1] >= '0' && b[len(b)-1] <= '9' {
		b = b[:len(b)-1]
	}
	r, _ := utf8.DecodeLastRune(b)
	return sentenceEnd(r)
}

// sentenceEnd reports whether r ends a sentence or a heading.
func sentenceEnd(r rune) bool { return strings.ContainsRune(".!?:;\"”’)", r) }

// median is the middle of xs (the upper of the two middles).
func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// hasLetters reports whether s holds at least one letter or digit.
func hasLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
