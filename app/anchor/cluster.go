package anchor

import "unicode"

// Grapheme clusters, approximately. Unicode's rules (UAX #29) need property
// tables the standard library does not carry; these cover what a reader of
// news and reports meets: combining marks, spacing marks (Indic vowel
// signs), ZWJ emoji sequences, skin-tone modifiers, variation selectors,
// emoji tag sequences (subdivision flags), keycaps, regional-indicator
// flags, CR LF and Hangul jamo.

// IsBoundary reports whether a user-perceived character (an approximate
// extended grapheme cluster) may begin at code point i of runes, that is
// whether a selection edge may fall there without splitting a character.
// The start and end of the text are boundaries; so is every offset outside
// the text.
func IsBoundary(runes []rune, i int) bool {
	if i <= 0 || i >= len(runes) {
		return true
	}
	prev, r := runes[i-1], runes[i]
	switch {
	case prev == '\r' && r == '\n':
		return false
	case prev == '\r' || prev == '\n' || r == '\r' || r == '\n':
		return true
	case extends(r):
		return false
	case prev == zwj:
		// A ZWJ joins what follows (UAX #29 only does so for emoji; in
		// other scripts it only shapes, and keeping the pair is harmless).
		return false
	case isRegionalIndicator(prev) && isRegionalIndicator(r):
		// Flags are pairs: break only after an even run of indicators.
		n := 0
		for j := i - 1; j >= 0 && isRegionalIndicator(runes[j]); j-- {
			n++
		}
		return n%2 == 0
	case hangulJoins(prev, r):
		return false
	}
	return true
}

const zwj = '\u200d'

// extends reports whether r attaches to the character before it.
func extends(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r == zwj,
		r >= 0xfe00 && r <= 0xfe0f, // variation selectors
		r >= 0xe0100 && r <= 0xe01ef,
		r >= 0x1f3fb && r <= 0x1f3ff, // emoji skin-tone modifiers
		r >= 0xe0020 && r <= 0xe007f: // emoji tags
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

type hangul uint8

const (
	hangulNone hangul = iota
	hangulL
	hangulV
	hangulT
	hangulLV
	hangulLVT
)

func hangulType(r rune) hangul {
	switch {
	case r >= 0x1100 && r <= 0x115f, r >= 0xa960 && r <= 0xa97c:
		return hangulL
	case r >= 0x1160 && r <= 0x11a7, r >= 0xd7b0 && r <= 0xd7c6:
		return hangulV
	case r >= 0x11a8 && r <= 0x11ff, r >= 0xd7cb && r <= 0xd7fb:
		return hangulT
	case r >= 0xac00 && r <= 0xd7a3:
		if (r-0xac00)%28 == 0 {
			return hangulLV
		}
		return hangulLVT
	}
	return hangulNone
}

func hangulJoins(prev, r rune) bool {
	a, b := hangulType(prev), hangulType(r)
	switch a {
	case hangulL:
		return b == hangulL || b == hangulV || b == hangulLV || b == hangulLVT
	case hangulLV, hangulV:
		return b == hangulV || b == hangulT
	case hangulLVT, hangulT:
		return b == hangulT
	}
	return false
}

// clusterStart moves i back to the start of the character it is in.
func clusterStart(runes []rune, i int) int {
	for !IsBoundary(runes, i) {
		i--
	}
	return i
}

// clusterEnd moves i forward to the end of the character it is in.
func clusterEnd(runes []rune, i int) int {
	for !IsBoundary(runes, i) {
		i++
	}
	return i
}

// ClusterSpan widens the code-point span [start, end) of runes to whole
// user-perceived characters, as Capture does, after clamping it to runes
// and ordering its ends.
func ClusterSpan(runes []rune, start, end int) (int, int) {
	n := len(runes)
	start = clamp(start, 0, n)
	end = clamp(end, 0, n)
	if end < start {
		start, end = end, start
	}
	return clusterStart(runes, start), clusterEnd(runes, end)
}
