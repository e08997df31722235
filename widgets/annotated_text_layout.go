package widgets

import (
	"math"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/text/unicode/bidi"

	"casefile/app/anchor"
)

// Text layout for AnnotatedText: paragraphs wrapped into lines once per
// width (cheaply, from cached widths of single code points), and each
// visible line measured exactly, with Fyne's own text measurement, only
// when it is drawn or hit.

// atLine is one wrapped line: the code points [start, end) it shows. A
// line break that ends a paragraph is not part of the line; the next line
// starts after it. A soft-wrapped line keeps its trailing spaces.
type atLine struct {
	start, end int32
	rtl        bool // its paragraph reads right to left: the line is right-aligned
}

// atPiece is a directional run of a line, in visual order, as drawn by one
// canvas.Text: Fyne 2.7 shapes each bidi run in its own direction but lays
// the runs out in logical order, so AnnotatedText orders them itself.
type atPiece struct {
	start, end int     // code points
	x, w       float32 // left edge within the column, and width
	rtl        bool    // laid out right to left
	mirror     bool    // neutrals in a right-to-left run: drawn reversed
	text       string  // as drawn
}

// atMetrics are the sizes the layout is made of, read from the theme.
type atMetrics struct {
	textSize   float32
	textHeight float32 // of a line of text as canvas.Text draws it
	ascent     float32 // top of the text box to its baseline
	lineHeight float32
	textTop    float32 // top of the text box within its line
	padX, padY float32 // around the column
	scrollBar  float32 // kept free at the right for the scroll bar
	maxColumn  float32 // a comfortable line length
	spaceW     float32
}

// atComfortableChars is the line length, in average characters, beyond
// which the column stops growing: long lines are hard to read.
const atComfortableChars = 76

func atReadMetrics(th fyne.Theme) atMetrics {
	var m atMetrics
	m.textSize = th.Size(theme.SizeNameText)
	size, base := fyne.CurrentApp().Driver().RenderedTextSize("Mg", m.textSize, fyne.TextStyle{}, nil)
	m.textHeight = size.Height
	m.ascent = base
	m.lineHeight = float32(math.Ceil(float64(m.textHeight * 1.42)))
	m.textTop = float32(math.Floor(float64(m.lineHeight-m.textHeight) / 4))
	m.padX = 2 * th.Size(theme.SizeNameInnerPadding)
	m.padY = th.Size(theme.SizeNameInnerPadding)
	m.scrollBar = th.Size(theme.SizeNameScrollBar)
	alphabet := "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"
	avg := fyne.MeasureText(alphabet, m.textSize, fyne.TextStyle{}).Width / float32(len(alphabet))
	m.maxColumn = float32(math.Ceil(float64(avg * atComfortableChars)))
	m.spaceW = fyne.MeasureText(" ", m.textSize, fyne.TextStyle{}).Width
	return m
}

// atLayout is the wrapped text and the caches that go with it.
type atLayout struct {
	valid   bool    // lines match the text, the width and the metrics
	width   float32 // the surface width laid out for
	column  float32 // the wrap width
	left    float32 // x of the column within the surface
	m       atMetrics
	lines   []atLine
	runeW   map[rune]float32   // estimated advance of single code points
	pieces  map[int][]atPiece  // by line, for lines drawn or hit
	prefixW map[[2]int]float32 // exact width of code points [a, b) of a piece
	piecesQ []int              // lines in pieces, oldest first, to bound the cache
}

// Bounds of the measurement caches: lines whose pieces are kept, and
// prefix widths.
const (
	atPieceCacheLines = 512
	atPrefixCacheSize = 1 << 15
)

func (l *atLayout) reset() {
	l.valid = false
	l.pieces = map[int][]atPiece{}
	l.piecesQ = l.piecesQ[:0]
	l.prefixW = map[[2]int]float32{}
}

// contentHeight is the height of the surface that holds all lines.
func (l *atLayout) contentHeight() float32 {
	return 2*l.m.padY + float32(len(l.lines))*l.m.lineHeight
}

// lineTop is the y of line i within the surface.
func (l *atLayout) lineTop(i int) float32 { return l.m.padY + float32(i)*l.m.lineHeight }

// lineAtY returns the line at y (clamped to the lines).
func (l *atLayout) lineAtY(y float32) int {
	i := int(math.Floor(float64((y - l.m.padY) / l.m.lineHeight)))
	return max(0, min(i, len(l.lines)-1))
}

// lineOf returns the line that holds offset off: the last line starting at
// or before it (so an offset at a soft wrap belongs to the next line).
func (l *atLayout) lineOf(off int) int {
	lo, hi := 0, len(l.lines)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(l.lines[mid].start) <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return max(0, lo-1)
}

// isBreakSpace reports whether a line may wrap after r.
func isBreakSpace(r rune) bool {
	switch {
	case r == ' ', r == '\t', r == 0x1680, r == 0x205f, r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200b && r != 0x2007: // spaces, zero-width space; not figure space
		return true
	}
	return false
}

func isParagraphBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x0b || r == 0x0c || r == 0x85
}

// isRTLRune reports whether r belongs to a right-to-left script (Hebrew,
// Arabic, Syriac, Thaana, N'Ko and their presentation forms) or is an
// explicit right-to-left mark.
func isRTLRune(r rune) bool {
	switch {
	case r < 0x590:
		return false
	case r <= 0x8ff, r >= 0xfb1d && r <= 0xfdff, r >= 0xfe70 && r <= 0xfefc,
		r >= 0x10800 && r <= 0x10fff, r >= 0x1e800 && r <= 0x1efff:
		return true
	case r == 0x200f, r == 0x202b, r == 0x202e, r == 0x2067:
		return true
	}
	return false
}

// paragraphRTL reports whether the first strong character of runes is
// right-to-left, which makes the paragraph read right to left.
func paragraphRTL(runes []rune) bool {
	for _, r := range runes {
		if isRTLRune(r) {
			return true
		}
		if unicode.IsLetter(r) {
			return false
		}
	}
	return false
}

// estimate returns the estimated width of runes: the sum of each code
// point's own advance, marks and joiners counting nothing. It is what the
// wrapping uses; kerning and joined forms usually make the drawn text a
// little narrower, so lines rarely overflow the column.
func (l *atLayout) estimate(runes []rune) float32 {
	var w float32
	for _, r := range runes {
		cw, ok := l.runeW[r]
		if !ok {
			switch {
			case r == '\t':
				cw = 4 * l.m.spaceW
			case r < 0x20, r == 0x7f, r >= 0x200b && r <= 0x200f, r >= 0x2060 && r <= 0x206f,
				r == 0xfeff, unicode.In(r, unicode.Mn, unicode.Me), r >= 0xfe00 && r <= 0xfe0f,
				r >= 0x1f3fb && r <= 0x1f3ff:
				cw = 0
			default:
				cw = fyne.MeasureText(string(r), l.m.textSize, fyne.TextStyle{}).Width
			}
			l.runeW[r] = cw
		}
		w += cw
	}
	return w
}

// wrap breaks text into lines no wider than l.column.
func (l *atLayout) wrap(text []rune) {
	l.lines = l.lines[:0]
	if l.runeW == nil {
		l.runeW = map[rune]float32{}
	}
	n := len(text)
	ps := 0
	for {
		pe := ps
		for pe < n && !isParagraphBreak(text[pe]) {
			pe++
		}
		l.wrapParagraph(text, ps, pe)
		if pe >= n {
			break
		}
		ps = pe + 1
		if text[pe] == '\r' && ps < n && text[ps] == '\n' {
			ps++
		}
	}
}

func (l *atLayout) wrapParagraph(text []rune, ps, pe int) {
	rtl := paragraphRTL(text[ps:pe])
	add := func(s, e int) { l.lines = append(l.lines, atLine{start: int32(s), end: int32(e), rtl: rtl}) }
	width := l.column
	lineStart := ps
	var x, pendingSpace float32 // width of the line so far (without trailing spaces), and of those spaces
	pos := ps
	for pos < pe {
		wEnd := pos
		for wEnd < pe && !isBreakSpace(text[wEnd]) {
			wEnd++
		}
		sEnd := wEnd
		for sEnd < pe && isBreakSpace(text[sEnd]) {
			sEnd++
		}
		ww := l.estimate(text[pos:wEnd])
		if pos > lineStart && x+pendingSpace+ww > width {
			add(lineStart, pos)
			lineStart, x, pendingSpace = pos, 0, 0
		}
		if pos == lineStart && ww > width {
			// A word longer than the line: break it between characters.
			k := pos
			var cw float32
			for k < wEnd {
				next := k + 1
				for next < wEnd && !anchor.IsBoundary(text, next) {
					next++
				}
				w := l.estimate(text[k:next])
				if cw+w > width && k > lineStart {
					add(lineStart, k)
					lineStart, cw = k, 0
				}
				cw += w
				k = next
			}
			x = cw
		} else {
			x += pendingSpace + ww
		}
		pendingSpace = l.estimate(text[wEnd:sEnd])
		pos = sEnd
	}
	add(lineStart, pe)
}

// piecesOf returns line i's pieces, measuring and caching them.
func (a *AnnotatedText) piecesOf(i int) []atPiece {
	l := &a.lay
	if p, ok := l.pieces[i]; ok {
		return p
	}
	if len(l.piecesQ) >= atPieceCacheLines {
		old := l.piecesQ[0]
		l.piecesQ = l.piecesQ[1:]
		delete(l.pieces, old)
	}
	line := l.lines[i]
	s, e := int(line.start), int(line.end)
	var ps []atPiece
	hasRTL := false
	for _, r := range a.text[s:e] {
		if isRTLRune(r) {
			hasRTL = true
			break
		}
	}
	if !hasRTL {
		ps = []atPiece{{start: s, end: e}}
	} else {
		ps = atBidiPieces(a.text, s, e, line.rtl)
	}
	var x float32
	for j := range ps {
		if ps[j].mirror {
			ps[j].text = atMirrored(a.text[ps[j].start:ps[j].end])
		} else {
			ps[j].text = string(a.text[ps[j].start:ps[j].end])
		}
		ps[j].w = a.measure(ps[j].text)
		ps[j].x = x
		x += ps[j].w
	}
	if line.rtl {
		shift := max(0, l.column-x)
		for j := range ps {
			ps[j].x += shift
		}
	}
	l.pieces[i] = ps
	l.piecesQ = append(l.piecesQ, i)
	return ps
}

func (a *AnnotatedText) measure(s string) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(s, a.lay.m.textSize, fyne.TextStyle{}).Width
}

// atBidiPieces splits the code points [s, e) of text into directional
// runs with the Unicode bidi algorithm (the golang.org/x/text package Fyne
// itself uses), and returns them in visual order: right-to-left runs, with
// the numbers embedded in them, are reversed as groups (rule L2 of UAX #9,
// approximated from run directions). Spaces and punctuation at the edges
// of a right-to-left run are split off, so that each piece draws the same
// on its own as within the line.
func atBidiPieces(text []rune, s, e int, rtl bool) (pieces []atPiece) {
	defer func() {
		if recover() != nil {
			pieces = []atPiece{{start: s, end: e}}
		}
	}()
	if s == e {
		return []atPiece{{start: s, end: e}}
	}
	dir := bidi.LeftToRight
	if rtl {
		dir = bidi.RightToLeft
	}
	var p bidi.Paragraph
	if _, err := p.SetString(string(text[s:e]), bidi.DefaultDirection(dir)); err != nil {
		return []atPiece{{start: s, end: e}}
	}
	o, err := p.Order()
	if err != nil || o.NumRuns() == 0 {
		return []atPiece{{start: s, end: e}}
	}
	type run struct {
		start, end int
		rtl        bool
		strongL    bool // holds a left-to-right letter: ends a right-to-left group
	}
	var runs []run
	isNeutral := func(r rune) bool {
		return !isRTLRune(r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !anchorMark(r)
	}
	for i := 0; i < o.NumRuns(); i++ {
		r := o.Run(i)
		rs, re := r.Pos()
		rs, re = s+rs, s+re+1
		if rs >= re || rs < s || re > e {
			continue
		}
		if r.Direction() != bidi.RightToLeft {
			strong := false
			for _, c := range text[rs:re] {
				if unicode.IsLetter(c) && !isRTLRune(c) {
					strong = true
					break
				}
			}
			runs = append(runs, run{rs, re, false, strong})
			continue
		}
		// Peel neutral edges off a right-to-left run.
		a, b := rs, re
		for a < b && isNeutral(text[a]) {
			a++
		}
		for b > a && isNeutral(text[b-1]) {
			b--
		}
		if a > rs {
			runs = append(runs, run{rs, a, true, false})
		}
		if b > a {
			runs = append(runs, run{a, b, true, false})
		}
		if re > b {
			runs = append(runs, run{b, re, true, false})
		}
	}
	if len(runs) == 0 {
		return []atPiece{{start: s, end: e}}
	}
	// Visual order. In a right-to-left paragraph every run is embedded
	// (level ≥ 1): reverse them all. In a left-to-right one, reverse each
	// group that starts at a right-to-left run and goes on through
	// right-to-left runs and runs without left-to-right letters (numbers,
	// which the algorithm raises to level 2, and punctuation).
	order := make([]run, 0, len(runs))
	if rtl {
		for i := len(runs) - 1; i >= 0; i-- {
			order = append(order, runs[i])
		}
	} else {
		for i := 0; i < len(runs); {
			if !runs[i].rtl {
				order = append(order, runs[i])
				i++
				continue
			}
			j := i + 1
			for j < len(runs) && !runs[j].strongL {
				j++
			}
			// Do not carry trailing left-to-right neutrals into the group.
			for j > i+1 && !runs[j-1].rtl {
				j--
			}
			for k := j - 1; k >= i; k-- {
				order = append(order, runs[k])
			}
			i = j
		}
	}
	pieces = make([]atPiece, len(order))
	for i, r := range order {
		// Neutrals on their own would draw left to right: reverse them.
		mirror := r.rtl && allNeutral(text[r.start:r.end], isNeutral)
		pieces[i] = atPiece{start: r.start, end: r.end, rtl: r.rtl, mirror: mirror}
	}
	return pieces
}

// atMirrored returns neutrals reversed, with paired brackets mirrored, as
// a right-to-left run shows them.
func atMirrored(runes []rune) string {
	out := make([]rune, len(runes))
	for i, r := range runes {
		switch r {
		case '(':
			r = ')'
		case ')':
			r = '('
		case '[':
			r = ']'
		case ']':
			r = '['
		case '{':
			r = '}'
		case '}':
			r = '{'
		case '<':
			r = '>'
		case '>':
			r = '<'
		case '«':
			r = '»'
		case '»':
			r = '«'
		}
		out[len(runes)-1-i] = r
	}
	return string(out)
}

func allNeutral(runes []rune, isNeutral func(rune) bool) bool {
	for _, r := range runes {
		if !isNeutral(r) {
			return false
		}
	}
	return true
}

func anchorMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) }

// prefixWidth is the exact width of the code points [p.start, k) of p.
func (a *AnnotatedText) prefixWidth(p *atPiece, k int) float32 {
	if k <= p.start {
		return 0
	}
	if k >= p.end {
		return p.w
	}
	key := [2]int{p.start, k}
	if w, ok := a.lay.prefixW[key]; ok {
		return w
	}
	prefix := string(a.text[p.start:k])
	if isJoining(a.text[k-1]) && isJoining(a.text[k]) {
		// Cut inside a word of a joining script (Arabic, Syriac, N'Ko):
		// a zero-width joiner keeps the last letter in the joined form
		// it has in the whole word, so the width is the same as there.
		prefix += "‍"
	}
	w := a.measure(prefix)
	if len(a.lay.prefixW) >= atPrefixCacheSize {
		clear(a.lay.prefixW)
	}
	a.lay.prefixW[key] = w
	return w
}

// isJoining reports whether r belongs to a script whose letters join
// their neighbours (approximately: Arabic, Syriac, Thaana, N'Ko, and the
// combining marks that sit on them).
func isJoining(r rune) bool {
	return r >= 0x600 && r <= 0x7ff || r >= 0x860 && r <= 0x8ff || r >= 0xfb50 && r <= 0xfdff || r >= 0xfe70 && r <= 0xfefc
}

// xOf returns the x (within the column) of the caret at offset off on line
// i; off is clamped to the line.
func (a *AnnotatedText) xOf(i, off int) float32 {
	ps := a.piecesOf(i)
	line := a.lay.lines[i]
	off = max(int(line.start), min(off, int(line.end)))
	for j := range ps {
		p := &ps[j]
		if off >= p.start && (off < p.end || (off == p.end && off == int(line.end))) {
			w := a.prefixWidth(p, off)
			if p.rtl {
				return p.x + p.w - w
			}
			return p.x + w
		}
	}
	if len(ps) == 0 {
		return 0
	}
	if line.rtl {
		return ps[0].x
	}
	return ps[len(ps)-1].x + ps[len(ps)-1].w
}

// spanXs appends to buf the x intervals (within the column) that the code
// points [s, e) of line i cover: one per piece they touch.
func (a *AnnotatedText) spanXs(i, s, e int, buf [][2]float32) [][2]float32 {
	ps := a.piecesOf(i)
	for j := range ps {
		p := &ps[j]
		ss, ee := max(s, p.start), min(e, p.end)
		if ss >= ee {
			continue
		}
		x0, x1 := a.prefixWidth(p, ss), a.prefixWidth(p, ee)
		if p.rtl {
			x0, x1 = p.w-x1, p.w-x0
		}
		x0, x1 = p.x+x0, p.x+x1
		if n := len(buf); n > 0 && math.Abs(float64(buf[n-1][1]-x0)) < 0.5 {
			buf[n-1][1] = x1
			continue
		}
		buf = append(buf, [2]float32{x0, x1})
	}
	return buf
}

// hit finds what lies at x (within the column) on line i: the nearest
// caret offset (at a character boundary), and the code point under x, or
// -1 when x is beside the text.
func (a *AnnotatedText) hit(i int, x float32) (caret, under int) {
	ps := a.piecesOf(i)
	line := a.lay.lines[i]
	if len(ps) == 0 || line.start == line.end {
		return int(line.start), -1
	}
	first, last := &ps[0], &ps[len(ps)-1]
	if x < first.x {
		if first.rtl {
			return first.end, -1
		}
		return first.start, -1
	}
	if x >= last.x+last.w {
		if last.rtl {
			return last.start, -1
		}
		return last.end, -1
	}
	for j := range ps {
		p := &ps[j]
		if x >= p.x+p.w && j < len(ps)-1 {
			continue
		}
		local := x - p.x
		if p.rtl {
			local = p.w - local
		}
		// The last code point whose start is at or before local.
		lo, hi := p.start, p.end
		for lo < hi {
			mid := int(uint(lo+hi+1) >> 1)
			if a.prefixWidth(p, mid) <= local {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		k := lo
		for k > p.start && !anchor.IsBoundary(a.text, k) {
			k--
		}
		under = k
		if k >= p.end { // at the far edge of the piece
			under = k - 1
			for under > p.start && !anchor.IsBoundary(a.text, under) {
				under--
			}
			return k, under
		}
		next := k + 1
		for next < p.end && !anchor.IsBoundary(a.text, next) {
			next++
		}
		if local-a.prefixWidth(p, k) > a.prefixWidth(p, next)-local {
			return next, under
		}
		return k, under
	}
	return int(line.end), -1
}
