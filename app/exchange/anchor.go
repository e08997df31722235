package exchange

import (
	"sort"
	"strings"
	"unicode/utf8"

	"casefile/app"
)

// Anchor places q in text the way Decode does: it keeps q where it is when
// the text between Start and End (Unicode code points) equals q.Exact, and
// otherwise moves Start and End to an occurrence of q.Exact, choosing among
// repeats the one whose surroundings best match q.Prefix and q.Suffix (and,
// on a tie, the one nearest the old Start). It reports whether q is
// anchored; a quote not found is left unchanged.
func Anchor(text string, q *app.Quote) bool {
	if q == nil {
		return false
	}
	return newTextIndex(text).anchor(q)
}

// Anchored reports whether q sits in text exactly at its Start and End.
func Anchored(text string, q app.Quote) bool {
	return newTextIndex(text).at(q)
}

// textIndex converts between code-point and byte offsets in a text without
// holding the whole text as runes: it remembers the byte offset of every
// markEvery-th code point.
type textIndex struct {
	text  string
	ascii bool
	n     int   // length in code points
	marks []int // marks[k] is the byte offset of code point k*markEvery
}

const markEvery = 256

func newTextIndex(text string) *textIndex {
	ix := &textIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ix.ascii = false
			break
		}
	}
	if ix.ascii {
		ix.n = len(text)
		return ix
	}
	ix.marks = make([]int, 0, len(text)/markEvery+1)
	n := 0
	for b := range text {
		if n%markEvery == 0 {
			ix.marks = append(ix.marks, b)
		}
		n++
	}
	ix.n = n
	return ix
}

// byteOffset returns the byte offset of code point r (0 ≤ r ≤ n).
func (ix *textIndex) byteOffset(r int) int {
	if ix.ascii {
		return r
	}
	if r >= ix.n {
		return len(ix.text)
	}
	k := r / markEvery
	b := ix.marks[k]
	for i := k * markEvery; i < r; i++ {
		_, size := utf8.DecodeRuneInString(ix.text[b:])
		b += size
	}
	return b
}

// runeOffset returns the code-point offset of byte offset b, which must be
// at the start of a code point.
func (ix *textIndex) runeOffset(b int) int {
	if ix.ascii {
		return b
	}
	k := sort.Search(len(ix.marks), func(i int) bool { return ix.marks[i] > b }) - 1
	return k*markEvery + utf8.RuneCountInString(ix.text[ix.marks[k]:b])
}

// at reports whether the text between q.Start and q.End equals q.Exact.
func (ix *textIndex) at(q app.Quote) bool {
	if q.Exact == "" || q.Start < 0 || q.End <= q.Start || q.End > ix.n {
		return false
	}
	bs, be := ix.byteOffset(q.Start), ix.byteOffset(q.End)
	return ix.text[bs:be] == q.Exact
}

func (ix *textIndex) anchor(q *app.Quote) bool {
	if ix.at(*q) {
		return true
	}
	if q.Exact == "" {
		return false
	}
	b := -1
	if q.Prefix != "" || q.Suffix != "" {
		// The usual case: the text around the quote is unchanged.
		if c := ix.nearest(q.Prefix+q.Exact+q.Suffix, q.Start-utf8.RuneCountInString(q.Prefix)); c >= 0 {
			b = c + len(q.Prefix)
		} else {
			b = ix.bestScored(q)
		}
	} else {
		b = ix.nearest(q.Exact, q.Start)
	}
	if b < 0 {
		return false
	}
	q.Start = ix.runeOffset(b)
	q.End = q.Start + utf8.RuneCountInString(q.Exact)
	return true
}

// nearest returns the byte offset of the occurrence of s whose start is
// nearest code point hint (the earlier one on a tie), or -1.
func (ix *textIndex) nearest(s string, hint int) int {
	hint = max(0, min(hint, ix.n))
	hb := ix.byteOffset(hint)
	fwd := strings.Index(ix.text[hb:], s)
	if fwd >= 0 {
		fwd += hb
	}
	back := strings.LastIndex(ix.text[:min(len(ix.text), hb+len(s)-1)], s)
	switch {
	case back < 0:
		return fwd
	case fwd < 0:
		return back
	case ix.runeOffset(fwd)-hint < hint-ix.runeOffset(back):
		return fwd
	default:
		return back
	}
}

// bestScored returns the byte offset of the occurrence of q.Exact whose
// surroundings share the most bytes with q.Prefix and q.Suffix (the nearest
// to q.Start on a tie), or -1.
func (ix *textIndex) bestScored(q *app.Quote) int {
	best, bestScore, bestDist := -1, -1, 0
	for from := 0; from <= len(ix.text); {
		i := strings.Index(ix.text[from:], q.Exact)
		if i < 0 {
			break
		}
		b := from + i
		score := commonSuffix(ix.text[:b], q.Prefix) + commonPrefix(ix.text[b+len(q.Exact):], q.Suffix)
		dist := 0
		if score >= bestScore {
			dist = ix.runeOffset(b) - q.Start
			if dist < 0 {
				dist = -dist
			}
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = b, score, dist
		}
		_, size := utf8.DecodeRuneInString(ix.text[b:])
		from = b + size
	}
	return best
}

// commonSuffix returns how many bytes at the end of a and b agree.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// commonPrefix returns how many bytes at the start of a and b agree.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
