// Package anchor ties quotes to a text that may change, the way the W3C Web
// Annotation model does: a quote is kept both as a TextQuoteSelector (the
// exact words, with up to ContextLen code points of context on either side)
// and as a TextPositionSelector (start and end offsets).
//
// Offsets count Unicode code points, never bytes, and are logical: text in
// a right-to-left script is anchored in the order it is stored, whatever
// order it is displayed in. Text is compared code point by code point,
// without Unicode normalization, so callers should store text and quotes in
// one normalization form (NFC is the usual choice).
//
// Locating a quote tries, in order: its position (the text there still
// equals Exact); an exact search for Exact, using Prefix, Suffix and the
// distance from the old position to choose among repeats; an approximate
// search that accepts text within MinSimilarity of Exact, nearest the old
// position first. A quote found none of these ways is Orphaned: the caller
// keeps it and lists it as orphaned, never drops it.
//
// The package imports only the standard library, so the domain may use it.
package anchor

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// ContextLen is how many code points of context Capture keeps on each side
// of a quote, as Prefix and Suffix.
const ContextLen = 32

// MinSimilarity is the least similarity, 1 − (edit distance ÷ length of
// Exact), at which an approximate match is accepted.
const MinSimilarity = 0.8

// MaxFuzzyLen is the longest Exact, in code points, that is searched for
// approximately; a longer quote that no longer appears word for word is
// orphaned. It keeps the work bounded on large texts.
const MaxFuzzyLen = 2000

// Quote is a selector for a span of a text: the W3C TextQuoteSelector
// (Exact, Prefix, Suffix) plus the TextPositionSelector (Start, End),
// offsets in code points, End exclusive. It mirrors app.Quote field for
// field, so callers convert with a plain struct conversion.
type Quote struct {
	Exact  string
	Prefix string
	Suffix string
	Start  int
	End    int
}

// Method says how a quote was anchored.
type Method uint8

// The ways a quote can be anchored. The zero Method is Orphaned, so a zero
// Result never claims a match.
const (
	// Orphaned: the quote was not found; Result.Start = Result.End is only
	// a hint of where it used to be.
	Orphaned Method = iota
	// ByPosition: the text at the quote's old position still equals Exact.
	ByPosition
	// ByQuote: Exact was found word for word elsewhere, chosen among
	// repeats by prefix, suffix and distance from the old position.
	ByQuote
	// ByFuzzy: text close to Exact (similarity ≥ MinSimilarity) was found.
	ByFuzzy
)

// String names the method: "orphaned", "position", "quote" or "fuzzy".
func (m Method) String() string {
	switch m {
	case ByPosition:
		return "position"
	case ByQuote:
		return "quote"
	case ByFuzzy:
		return "fuzzy"
	default:
		return "orphaned"
	}
}

// Result is where a quote was anchored in a text.
type Result struct {
	// Start and End are the span found, in code points, End exclusive,
	// always within the text. For an orphaned quote the span is empty, at
	// the old start clamped to the text.
	Start, End int
	// Method says how the quote was found.
	Method Method
	// Score is a confidence in [0, 1]: 1 for a match by position; for a
	// match by quote 0.8 to 1 depending on how much of the prefix and
	// suffix still agree; for an approximate match lower again, in step with
	// its similarity to Exact; 0 when orphaned.
	Score float64
}

// Anchored reports whether the quote was found.
func (r Result) Anchored() bool { return r.Method != Orphaned }

// Text is a text prepared for anchoring: its code points are indexed once,
// so that capturing and locating many quotes in it costs no more
// conversions. A Text is immutable and safe for concurrent use.
type Text struct {
	s     string // valid UTF-8: invalid bytes replaced, one U+FFFD each
	runes []rune // the code points of s
	// checkpoints[k] is the byte offset of code point k×checkpointEvery;
	// nil when s is ASCII and offsets in bytes and code points agree.
	checkpoints []int32
}

const checkpointEvery = 32

// NewText indexes s. Each byte of s that is not valid UTF-8 counts as one
// code point, U+FFFD, as in a conversion to []rune.
func NewText(s string) *Text {
	runes := []rune(s)
	if len(runes) == len(s) {
		return &Text{s: s, runes: runes}
	}
	if !utf8.ValidString(s) {
		s = string(runes)
	}
	t := &Text{s: s, runes: runes, checkpoints: make([]int32, 0, len(runes)/checkpointEvery+1)}
	b := 0
	for i, r := range runes {
		if i%checkpointEvery == 0 {
			t.checkpoints = append(t.checkpoints, int32(b))
		}
		b += utf8.RuneLen(r)
	}
	return t
}

// String returns the text.
func (t *Text) String() string { return t.s }

// Len returns the length of the text in code points.
func (t *Text) Len() int { return len(t.runes) }

// Slice returns the code points [start, end) of the text as a string,
// clamping the span to the text.
func (t *Text) Slice(start, end int) string {
	start, end = t.clampSpan(start, end)
	return string(t.runes[start:end])
}

func (t *Text) clampSpan(start, end int) (int, int) {
	n := len(t.runes)
	start = clamp(start, 0, n)
	end = clamp(end, 0, n)
	if end < start {
		start, end = end, start
	}
	return start, end
}

// runeOffset converts a byte offset (at a code point boundary) into a code
// point offset.
func (t *Text) runeOffset(b int) int {
	if t.checkpoints == nil {
		return b
	}
	// The last checkpoint at or before b, then count on from there.
	lo, hi := 0, len(t.checkpoints)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(t.checkpoints[mid]) <= b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	k := lo - 1
	return k*checkpointEvery + utf8.RuneCountInString(t.s[t.checkpoints[k]:b])
}

// Capture returns a quote for the code points [start, end) of text, with
// up to ContextLen code points of prefix and suffix. See Text.Capture.
func Capture(text string, start, end int) Quote {
	return NewText(text).Capture(start, end)
}

// Capture returns a quote for the code points [start, end) of the text,
// with up to ContextLen code points of prefix and suffix.
//
// The span is clamped to the text (and its ends swapped if reversed), then
// widened to whole user-perceived characters: a base letter is never split
// from its combining marks, nor an emoji sequence (ZWJ sequences, skin-tone
// modifiers, variation selectors, flags, keycaps) from its parts, nor CR
// from LF, nor a Hangul syllable from its jamo. The rules approximate
// Unicode's extended grapheme clusters (UAX #29) without their tables: the
// "Prepend" class and the finer emoji rules are left out, and a ZWJ joins
// whatever follows it.
//
// An empty span gives a quote with an empty Exact, which Locate reports as
// orphaned.
func (t *Text) Capture(start, end int) Quote {
	start, end = t.clampSpan(start, end)
	start = clusterStart(t.runes, start)
	end = clusterEnd(t.runes, end)
	ps := max(0, start-ContextLen)
	se := min(len(t.runes), end+ContextLen)
	return Quote{
		Exact:  string(t.runes[start:end]),
		Prefix: string(t.runes[ps:start]),
		Suffix: string(t.runes[end:se]),
		Start:  start,
		End:    end,
	}
}

// Locate anchors q in text. See Text.Locate.
func Locate(text string, q Quote) Result {
	return NewText(text).Locate(q)
}

// Locate anchors q in the text: by position if the code points at q.Start
// still equal q.Exact; otherwise by an exact search for q.Exact, choosing
// among repeats by how much of q.Prefix and q.Suffix match around each and
// then by nearness to q.Start; otherwise by an approximate search (edit
// distance, Myers' bit-parallel algorithm) for text at least MinSimilarity
// similar to q.Exact, first near q.Start and then, within a work budget,
// over the whole text. An approximate match whose context agrees also wins
// over a word-for-word repeat whose context does not, so that a quote
// edited in place is not mistaken for an unrelated repeat of its old words.
//
// A quote with an empty Exact, or one that is not found, is Orphaned.
// Locate never panics on any input, and every span it returns lies within
// the text.
func (t *Text) Locate(q Quote) Result {
	return t.locate(q, true)
}

// locate is Locate, trying the position first only when byPosition is set.
func (t *Text) locate(q Quote, byPosition bool) Result {
	n := len(t.runes)
	exact := []rune(q.Exact)
	m := len(exact)
	hint := clamp(q.Start, 0, n)
	orphan := Result{Start: hint, End: hint, Method: Orphaned}
	if m == 0 {
		return orphan
	}
	if byPosition && q.Start >= 0 && q.Start <= n-m && runesEqual(t.runes[q.Start:q.Start+m], exact) {
		return Result{Start: q.Start, End: q.Start + m, Method: ByPosition, Score: 1}
	}
	l := &locator{t: t, exact: exact, prefix: []rune(q.Prefix), suffix: []rune(q.Suffix), hint: hint}
	l.searchExact(string(exact))
	hasContext := len(l.prefix)+len(l.suffix) > 0
	if l.found && (l.best.ctx >= 0.5 || !hasContext) {
		return l.result()
	}
	if m > MaxFuzzyLen {
		if l.found {
			return l.result()
		}
		return orphan
	}
	// Near the old position first: cheap, and the likeliest place.
	w := max(2048, 4*m)
	l.searchFuzzy(hint-w, hint+m+w)
	if !l.found && (hint-w > 0 || hint+m+w < n) {
		// Then everywhere, if the work stays bounded.
		blocks := (m + 63) / 64
		if n*blocks <= fuzzyBudget {
			l.searchFuzzy(0, n)
		}
	}
	if !l.found {
		return orphan
	}
	return l.result()
}

// fuzzyBudget bounds a whole-text approximate search, in text code points
// times 64-code-point pattern blocks: about 10 ms per million here, so a
// quote that is gone costs at most some 80 ms to declare orphaned (2 ms in
// a 200 KB text).
const fuzzyBudget = 8 << 20

// Reanchor anchors quotes, captured in oldText, in newText after an edit.
// Positions are first carried across the edit: the part common to the
// start of both texts and the part common to their ends are unchanged, so
// a quote wholly inside either, with its prefix and suffix, keeps its place
// (shifted by the change in length when after the edit) and is anchored by
// position. A quote that the changed part touches is searched for as Locate
// does, except that whatever now stands at its carried position is no
// proof, only the place the search favours. Several scattered edits are
// handled as one that spans them all, which costs more searching but stays
// correct. The results are in the order of quotes.
//
// To anchor many quotes in a text that has not changed (on import, say),
// call NewText once and Text.Locate for each quote.
func Reanchor(oldText, newText string, quotes []Quote) []Result {
	nt := NewText(newText)
	oldLen, cp, cs := commonEnds(oldText, newText)
	editEnd := oldLen - cs // old text [cp, editEnd) became new [cp, len(new)-cs)
	delta := nt.Len() - oldLen
	results := make([]Result, len(quotes))
	for i, q := range quotes {
		m := utf8.RuneCountInString(q.Exact)
		pl, sl := utf8.RuneCountInString(q.Prefix), utf8.RuneCountInString(q.Suffix)
		byPosition := true
		switch {
		case q.Start < 0 || q.Start > oldLen:
			// Not a position in the old text: Locate copes.
		case q.Start+m+sl <= cp:
			// It and its context are before the edit: unchanged.
		case q.Start-pl >= editEnd:
			// After the edit: moved by its change in length.
			q.Start += delta
		default:
			// The edit touches the quote or its context. The common start
			// and end of two texts are ambiguous where text repeats ("aaa"
			// less one "a"), so whatever stands at the carried position is
			// no proof: search, preferring that position.
			switch {
			case q.Start+m <= cp:
			case q.Start >= editEnd:
				q.Start += delta
			default:
				q.Start = min(q.Start, cp)
			}
			byPosition = false
		}
		q.End = q.Start + m
		results[i] = nt.locate(q, byPosition)
	}
	return results
}

// commonEnds returns the length of a in code points, and how many code
// points a and b have in common at their start (cp) and, after that, at
// their end (cs).
func commonEnds(a, b string) (n, cp, cs int) {
	if !utf8.ValidString(a) || !utf8.ValidString(b) {
		ar, br := []rune(a), []rune(b)
		for cp < len(ar) && cp < len(br) && ar[cp] == br[cp] {
			cp++
		}
		for cs < len(ar)-cp && cs < len(br)-cp && ar[len(ar)-1-cs] == br[len(br)-1-cs] {
			cs++
		}
		return len(ar), cp, cs
	}
	// Valid UTF-8: compare bytes, then back off to code point boundaries.
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for p > 0 && ((p < len(a) && !utf8.RuneStart(a[p])) || (p < len(b) && !utf8.RuneStart(b[p]))) {
		p--
	}
	q := 0
	for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
		q++
	}
	for q > 0 && !utf8.RuneStart(a[len(a)-q]) {
		q--
	}
	return utf8.RuneCountInString(a), utf8.RuneCountInString(a[:p]), utf8.RuneCountInString(a[len(a)-q:])
}

// candidate is one place a quote might be.
type candidate struct {
	start, end int
	dist       int     // edit distance to Exact
	ctx        float64 // how much of prefix and suffix agree, 0..1
	rank       float64
}

type locator struct {
	t              *Text
	exact          []rune
	prefix, suffix []rune
	hint           int
	found          bool
	best           candidate
}

// Ranking weights: similarity to Exact first, then agreement of context,
// then nearness to the old position, which only breaks ties: its weight is
// below what one code point of context adds (at least 1/64).
const (
	weightSim  = 4
	weightCtx  = 1
	weightNear = 0.01
)

// minContextRun is the fewest code points of prefix or suffix that must
// agree to count: one or two agreeing characters (a space, a comma) are
// coincidence, not evidence.
const minContextRun = 3

func (l *locator) consider(start, end, dist int) {
	c := candidate{start: start, end: end, dist: dist}
	c.ctx = l.context(start, end)
	sim := 1 - float64(dist)/float64(len(l.exact))
	d := start - l.hint
	if d < 0 {
		d = -d
	}
	near := 1 / (1 + float64(d)/64)
	c.rank = weightSim*sim + weightCtx*c.ctx + weightNear*near
	if !l.found || c.rank > l.best.rank {
		l.best = c
		l.found = true
	}
}

// context measures how much of the quote's prefix and suffix agree with the
// text around [start, end): the code points that match, reading outwards
// from the span, as a fraction of all context code points.
func (l *locator) context(start, end int) float64 {
	total := len(l.prefix) + len(l.suffix)
	if total == 0 {
		return 0
	}
	runes := l.t.runes
	pm := 0
	for pm < len(l.prefix) && start-1-pm >= 0 && runes[start-1-pm] == l.prefix[len(l.prefix)-1-pm] {
		pm++
	}
	if pm < minContextRun && pm < len(l.prefix) {
		pm = 0
	}
	sm := 0
	for sm < len(l.suffix) && end+sm < len(runes) && runes[end+sm] == l.suffix[sm] {
		sm++
	}
	if sm < minContextRun && sm < len(l.suffix) {
		sm = 0
	}
	return float64(pm+sm) / float64(total)
}

// maxOccurrences bounds the repeats of Exact that are weighed.
const maxOccurrences = 1 << 16

func (l *locator) searchExact(exact string) {
	s := l.t.s
	m := len(l.exact)
	from := 0
	for count := 0; count < maxOccurrences; count++ {
		i := strings.Index(s[from:], exact)
		if i < 0 {
			return
		}
		b := from + i
		p := l.t.runeOffset(b)
		l.consider(p, p+m, 0)
		// Step one code point, so that overlapping repeats are seen too.
		_, size := utf8.DecodeRuneInString(s[b:])
		from = b + size
	}
}

// searchFuzzy looks for approximate matches of Exact ending within
// [lo, hi) (clamped to the text) and considers the best of them.
func (l *locator) searchFuzzy(lo, hi int) {
	n := len(l.t.runes)
	lo = clamp(lo, 0, n)
	hi = clamp(hi, 0, n)
	m := len(l.exact)
	maxK := int((1 - MinSimilarity) * float64(m))
	if hi <= lo {
		return
	}
	window := l.t.runes[lo:hi]
	// Each run of neighbouring end positions within maxK errors is one
	// place; keep its best end.
	type end struct{ at, k int }
	var ends []end
	last := -2
	scanApprox(l.exact, window, maxK, func(j, k int) {
		if j == last+1 && len(ends) > 0 {
			if k < ends[len(ends)-1].k {
				ends[len(ends)-1] = end{j, k}
			}
		} else {
			ends = append(ends, end{j, k})
		}
		last = j
	})
	if len(ends) == 0 {
		return
	}
	// Finding each start costs about m² steps: weigh only the most
	// promising places (fewest errors, then nearest) within a budget.
	limit := clamp(startBudget/(m*(m+maxK)+1), 2, 32)
	if len(ends) > limit {
		hint := l.hint
		slices.SortFunc(ends, func(a, b end) int {
			if a.k != b.k {
				return a.k - b.k
			}
			return abs(lo+a.at-hint) - abs(lo+b.at-hint)
		})
		ends = ends[:limit]
	}
	for _, e := range ends {
		endPos := lo + e.at
		start, k := matchStart(l.exact, l.t.runes, endPos, maxK)
		if k > maxK {
			continue
		}
		l.consider(start, endPos, k)
	}
}

// startBudget bounds the code-point comparisons spent finding where
// approximate matches start.
const startBudget = 8 << 20

func (l *locator) result() Result {
	b := l.best
	sim := 1 - float64(b.dist)/float64(len(l.exact))
	ctx := b.ctx
	if len(l.prefix)+len(l.suffix) == 0 {
		ctx = 1
	}
	method := ByQuote
	if b.dist > 0 {
		method = ByFuzzy
	}
	return Result{
		Start:  b.start,
		End:    b.end,
		Method: method,
		Score:  (weightSim*sim + weightCtx*ctx) / (weightSim + weightCtx),
	}
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
