package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rich-text layout: a Text is broken into words, each made of pieces (runs
// of one style), measured with the font metrics fpdf uses, and set greedily
// into lines of a given width. A word wider than the line is broken between
// letters. Everything here is measurement; drawing is in render.go.

// Line heights are this many times the type size; DejaVu's ascent plus
// descent is 1.164 em, so lines never overlap.
const leading = 1.28

// piece is a run of one style within a word, in visual order.
type piece struct {
	text  string // as drawn: shaped and in visual order
	logic string // as written, for reordering in context
	style fontStyle
	size  float64
	w     float64
	cite  int
	url   string // the web address it links to, or ""
}

// word is a unit that never breaks across lines (unless it is too wide).
type word struct {
	pieces []piece
	w      float64
	space  float64 // the width of the space after this word
	rtl    bool    // a right-to-left word
	join   bool    // no space before it: it continues the word before, after a dash or slash
	weak   bool    // no letters at all (numbers, punctuation)
	brk    bool    // a forced line break comes before this word
}

// line is one laid-out line.
type line struct {
	words []word
	size  float64 // the largest type size on the line
	h     float64
}

// styleOf returns the face and size of a span in a context whose base size
// is base.
func styleOf(s Span, base float64) (fontStyle, float64) {
	st := regular
	switch {
	case s.Cite > 0:
		st = regular
	case s.Bold:
		st = bold
	case s.Italic:
		st = italic
	}
	size := base
	if s.Small {
		size = base - 1.5
	}
	return st, size
}

// makePiece shapes and measures a run of text (no spaces) in a style,
// falling back to the regular face for letters the style's face lacks.
func (m *metrics) makePiece(text string, st fontStyle, size float64, cite int) piece {
	// ASCII, the common case, needs neither shaping nor a fallback face.
	w := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			w = -1
			break
		}
		w += int(m.width[st][c])
	}
	if w >= 0 {
		return piece{text: text, logic: text, style: st, size: size, w: float64(w) * size / 1000 * ptToMM, cite: cite}
	}
	v := visualWord(bmpOnly(text))
	if st != regular {
		for _, r := range v {
			if !m.covers(st, r) && m.covers(regular, r) {
				st = regular
				break
			}
		}
	}
	return piece{text: v, logic: text, style: st, size: size, w: m.textWidth(v, st, size), cite: cite}
}

// bmpOnly replaces characters beyond the Basic Multilingual Plane, which
// fpdf cannot print (clean has already replaced them in text from Build),
// by U+FFFD.
func bmpOnly(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}

// words splits a Text into measured words. Words break at spaces and line
// breaks only (a no-break space holds), and after dashes and slashes.
func (m *metrics) words(t Text, base float64) []word {
	n := 0
	for _, s := range t {
		n += 1 + strings.Count(s.Text, " ")
	}
	out := make([]word, 0, n)
	slab := make([]piece, 0, n) // every word's pieces, in one backing array
	start := 0
	var cur word
	have, pendingBreak := false, false
	flush := func() {
		if have {
			cur.pieces = slab[start:len(slab):len(slab)]
			rtl, ltr := hasRTLPieces(cur.pieces), hasLTRPieces(cur.pieces)
			cur.rtl = rtl && !ltr
			cur.weak = !rtl && !ltr
			out = append(out, cur)
		}
		cur, have = word{}, false
		start = len(slab)
	}
	var url string // the URL of the span being read
	add := func(p piece) {
		p.url = url
		if !have {
			cur.brk = pendingBreak
			pendingBreak = false
			have = true
		}
		slab = append(slab, p)
		cur.w += p.w
		cur.space = m.spaceWidth(p.style, p.size)
	}
	for _, s := range t {
		if s.Break {
			flush()
			pendingBreak = true
		}
		st, size := styleOf(s, base)
		url = s.URL
		if s.Cite > 0 {
			if have && slab[len(slab)-1].cite > 0 {
				// A line may break between two citations: "[12]" "[200]".
				flush()
				cur.join = true
			}
			add(m.makePiece(s.Text, st, size, s.Cite))
			continue
		}
		text := s.Text
		for i := 0; i < len(text); {
			switch text[i] {
			case '\n':
				flush()
				pendingBreak = true
				i++
				continue
			case ' ':
				flush()
				i++
				continue
			}
			j := i
			for j < len(text) && text[j] != ' ' && text[j] != '\n' {
				j++
			}
			field := text[i:j]
			i = j
			if !strings.ContainsAny(field, breakChars) || hasRTL(field) {
				add(m.makePiece(field, st, size, 0))
				continue
			}
			for k, seg := range breakAfterDashes(field) {
				if k > 0 {
					flush()
					cur.join = true
				}
				add(m.makePiece(seg, st, size, 0))
			}
		}
	}
	flush()
	return out
}

// spaceWidth is the width of a space in a face and size.
func (m *metrics) spaceWidth(st fontStyle, size float64) float64 {
	return float64(m.width[st][' ']) * size / 1000 * ptToMM
}

// breakChars are where a line may break inside a field without a space:
// after an en or em dash, a slash, a hyphen or a hyphen-minus.
const breakChars = "–—/-‐"

// breakAfterDashes splits a field after each en or em dash, slash and
// hyphen (not at its ends), where a line may break without a space:
// "1,000–9,000", "https://example.org/a/b", "Hohenzollern-Sigmaringen". A
// hyphen-minus breaks only between two letters (not in "-3" or "1-2").
// Right-to-left text is never split.
func breakAfterDashes(f string) []string {
	if !strings.ContainsAny(f, breakChars) || hasRTL(f) {
		return []string{f}
	}
	var out []string
	start := 0
	for i, r := range f {
		if r == '-' && !(letterBefore(f, i) && i+1 < len(f) && letterAt(f, i+1)) {
			continue
		}
		if (r == '–' || r == '—' || r == '/' || r == '-' || r == '‐') && i > start {
			end := i + utf8.RuneLen(r)
			if end < len(f) && f[end] != '/' {
				out = append(out, f[start:end])
				start = end
			}
		}
	}
	return append(out, f[start:])
}

func hasRTLPieces(ps []piece) bool {
	for _, p := range ps {
		if hasRTL(p.text) {
			return true
		}
	}
	return false
}

func hasLTRPieces(ps []piece) bool {
	for _, p := range ps {
		if hasLTR(p.text) {
			return true
		}
	}
	return false
}

// splitWide breaks a word wider than width between letters. A break
// between two letters of a left-to-right word gets a hyphen, as a word
// broken inside a word should; right-to-left words, numbers and addresses
// (a piece that links) break without one.
func (m *metrics) splitWide(w word, width float64) []word {
	var out []word
	cur := word{brk: w.brk, join: w.join, rtl: w.rtl, weak: w.weak}
	for _, p := range w.pieces {
		rest := p.text
		hyphenate := !w.rtl && !w.weak && p.url == "" && p.cite == 0
		hw := m.textWidth("-", p.style, p.size)
		for rest != "" {
			// Take as many runes as fit on what is left of the current word,
			// leaving room for a hyphen.
			room := width - cur.w
			n, used := 0, 0.0
			for i, r := range rest {
				rw := m.textWidth(string(r), p.style, p.size)
				extra := 0.0
				if hyphenate && i+utf8.RuneLen(r) < len(rest) {
					extra = hw
				}
				if used+rw+extra > room && (n > 0 || cur.w > 0) {
					break
				}
				used += rw
				n = i + utf8.RuneLen(r)
			}
			if n == 0 {
				out = append(out, cur)
				cur = word{rtl: w.rtl, weak: w.weak}
				continue
			}
			text := rest[:n]
			if hyphenate && n < len(rest) && letterBefore(rest, n) && letterAt(rest, n) {
				text += "-"
				used += hw
			}
			cur.pieces = append(cur.pieces, piece{text: text, logic: text, style: p.style, size: p.size, w: used, cite: p.cite, url: p.url})
			cur.w += used
			cur.space = w.space
			rest = rest[n:]
			if rest != "" {
				out = append(out, cur)
				cur = word{rtl: w.rtl, weak: w.weak}
			}
		}
	}
	if len(cur.pieces) > 0 {
		out = append(out, cur)
	}
	return out
}

// letterBefore reports whether the rune before byte offset i of s is a
// letter; letterAt whether the rune at i is.
func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

func letterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// layout sets a Text into lines of at most width millimetres.
func (m *metrics) layout(t Text, width, base float64) []line {
	ws := m.words(t, base)
	lb := lineBuilder{placed: make([]word, 0, len(ws)), width: width}
	for _, w := range ws {
		if w.brk && (len(lb.placed) > lb.start || len(lb.lines) > 0) {
			lb.endLine()
		}
		if w.w > width {
			for _, p := range m.splitWide(w, width) {
				lb.place(p)
			}
		} else {
			lb.place(w)
		}
	}
	lb.endLine()
	for i := range lb.lines {
		if lb.lines[i].size == 0 {
			lb.lines[i].size = base
		}
		lb.lines[i].h = lb.lines[i].size * ptToMM * leading
	}
	return lb.lines
}

// lineBuilder fills lines greedily; the words of every line are a range of
// one backing array.
type lineBuilder struct {
	placed []word
	start  int // the first word of the current line
	x      float64
	size   float64
	width  float64
	lines  []line
}

func (lb *lineBuilder) endLine() {
	if len(lb.placed) > lb.start {
		lb.lines = append(lb.lines, line{words: lb.placed[lb.start:len(lb.placed):len(lb.placed)], size: lb.size})
	}
	lb.start, lb.x, lb.size = len(lb.placed), 0, 0
}

func (lb *lineBuilder) place(w word) {
	sp := 0.0
	if len(lb.placed) > lb.start && !w.join {
		sp = lb.placed[len(lb.placed)-1].space
	}
	if len(lb.placed) > lb.start && lb.x+sp+w.w > lb.width {
		lb.endLine()
		sp = 0
	}
	lb.x += sp + w.w
	lb.placed = append(lb.placed, w)
	for _, p := range w.pieces {
		lb.size = max(lb.size, p.size)
	}
}

// linesHeight sums the heights of lines.
func linesHeight(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.h
	}
	return h
}

// orderLine returns the words of a line in visual order: each maximal
// sequence of right-to-left words (with weak words between them) is
// reversed, as the Unicode bidirectional algorithm does in a left-to-right
// paragraph, and punctuation between two of its words is drawn on the
// right-to-left side.
func orderLine(ws []word) []word {
	has := false
	for _, w := range ws {
		if w.rtl {
			has = true
			break
		}
	}
	if !has {
		return ws
	}
	out := append([]word(nil), ws...)
	for i := 0; i < len(out); {
		if !out[i].rtl {
			i++
			continue
		}
		end := i
		for j := i + 1; j < len(out); j++ {
			if out[j].rtl {
				end = j
			} else if !out[j].weak {
				break
			}
		}
		for k := i; k <= end; k++ {
			if !out[k].rtl || (k == i && k == end) {
				continue
			}
			ps := append([]piece(nil), out[k].pieces...)
			for n := range ps {
				if ps[n].logic != "" {
					ps[n].text = visualWordCtx(ps[n].logic, k > i && n == 0, k < end && n == len(ps)-1)
				}
			}
			out[k].pieces = ps
		}
		for a, b := i, end; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		i = end + 1
	}
	return out
}
