package briefing

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Right-to-left text. fpdf draws glyphs left to right and neither joins
// Arabic letters nor reorders runs. So the briefing shapes Arabic and Persian
// itself: each letter is replaced by its contextual presentation form
// (isolated, final, initial or medial; lam-alef as one ligature), and every
// right-to-left run is reversed into visual order, with digits inside it kept
// left to right. Words of a right-to-left run that wrap over several lines
// are reordered line by line (see orderLine in the renderer). Arabic vowel
// marks (harakat) are left out, as they are in most printed Persian and
// Arabic: without glyph positioning they would print on the wrong letter.
// Arabic-script letters outside the table below (Urdu, Pashto, Sindhi…)
// cannot be joined correctly, so a run that has one is replaced by the note
// "[text in Arabic script not shown]"; so is any run of a script the font
// does not cover, with the script's name. Nothing is ever printed as an
// empty box or as unjoined or reversed letters.

// forms lists the presentation forms of each letter: isolated, final,
// initial, medial. A letter with no initial form joins only to the letter
// before it (right-joining); hamza joins to nothing.
var forms = map[rune][4]rune{
	0x0621: {0xFE80, 0, 0, 0},                // hamza
	0x0622: {0xFE81, 0xFE82, 0, 0},           // alef with madda
	0x0623: {0xFE83, 0xFE84, 0, 0},           // alef with hamza above
	0x0624: {0xFE85, 0xFE86, 0, 0},           // waw with hamza
	0x0625: {0xFE87, 0xFE88, 0, 0},           // alef with hamza below
	0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, // yeh with hamza
	0x0627: {0xFE8D, 0xFE8E, 0, 0},           // alef
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92}, // beh
	0x0629: {0xFE93, 0xFE94, 0, 0},           // teh marbuta
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98}, // teh
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, // theh
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, // jeem
	0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, // hah
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, // khah
	0x062F: {0xFEA9, 0xFEAA, 0, 0},           // dal
	0x0630: {0xFEAB, 0xFEAC, 0, 0},           // thal
	0x0631: {0xFEAD, 0xFEAE, 0, 0},           // reh
	0x0632: {0xFEAF, 0xFEB0, 0, 0},           // zain
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, // seen
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, // sheen
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, // sad
	0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0}, // dad
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, // tah
	0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8}, // zah
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC}, // ain
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0}, // ghain
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4}, // feh
	0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8}, // qaf
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, // kaf
	0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0}, // lam
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, // meem
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, // noon
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, // heh
	0x0648: {0xFEED, 0xFEEE, 0, 0},           // waw
	0x0649: {0xFEEF, 0xFEF0, 0, 0},           // alef maksura
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4}, // yeh
	0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	0x0698: {0xFB8A, 0xFB8B, 0, 0},           // jeh
	0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh (Persian kaf)
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
}

// lamAlef gives the isolated and final lam-alef ligature for each alef.
var lamAlef = map[rune][2]rune{
	0x0622: {0xFEF5, 0xFEF6},
	0x0623: {0xFEF7, 0xFEF8},
	0x0625: {0xFEF9, 0xFEFA},
	0x0627: {0xFEFB, 0xFEFC},
}

const (
	tatweel = 0x0640
	zwnj    = 0x200C
	zwj     = 0x200D
)

// isHaraka reports whether r is an Arabic combining mark (left out).
func isHaraka(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED)
}

// isRTLLetter reports whether r is a letter written right to left.
func isRTLLetter(r rune) bool {
	switch {
	case r >= 0x0590 && r <= 0x08FF: // Hebrew, Arabic, Syriac, Thaana, NKo…
		return unicode.IsLetter(r)
	case r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC: // presentation forms
		return true
	}
	return false
}

// isArabicLetter reports whether r is a letter of the Arabic script.
func isArabicLetter(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// joinsBefore reports whether a letter can join to the letter after it
// (logically), that is, it has initial and medial forms.
func joinsNext(r rune) bool {
	if r == tatweel || r == zwj {
		return true
	}
	f, ok := forms[r]
	return ok && f[2] != 0
}

// joinsPrev reports whether a letter can join to the letter before it.
func joinsPrev(r rune) bool {
	if r == tatweel || r == zwj {
		return true
	}
	f, ok := forms[r]
	return ok && f[1] != 0
}

// shape replaces the Arabic letters of s by their contextual presentation
// forms, in logical order. Letters join within a word only.
func shape(s string) string {
	rs := []rune(s)
	var out []rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := forms[r]
		if !ok {
			if r != zwnj && r != zwj {
				out = append(out, r)
			}
			continue
		}
		prev := i > 0 && joinsNext(rs[i-1])
		if r == 0x0644 && i+1 < len(rs) {
			if la, ok := lamAlef[rs[i+1]]; ok {
				if prev {
					out = append(out, la[1])
				} else {
					out = append(out, la[0])
				}
				i++
				continue
			}
		}
		next := i+1 < len(rs) && joinsPrev(rs[i+1]) && f[2] != 0
		switch {
		case prev && next:
			out = append(out, f[3])
		case prev && f[1] != 0:
			out = append(out, f[1])
		case next:
			out = append(out, f[2])
		default:
			out = append(out, f[0])
		}
	}
	return string(out)
}

// hasRTL reports whether s has a right-to-left letter.
func hasRTL(s string) bool {
	for _, r := range s {
		if isRTLLetter(r) {
			return true
		}
	}
	return false
}

// hasLTR reports whether s has a strong left-to-right letter.
func hasLTR(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !isRTLLetter(r) {
			return true
		}
	}
	return false
}

// visualWord returns a word (a string without spaces) as it is drawn left to
// right: Arabic letters shaped, and each run from the first to the last
// right-to-left letter reversed, with digit sequences inside it kept in
// order. Mirrored brackets inside a reversed run are swapped.
func visualWord(w string) string { return visualWordCtx(w, false, false) }

// visualWordCtx is visualWord for a word inside a right-to-left run of
// words: when head (or tail) is true, the punctuation before the first (or
// after the last) right-to-left letter belongs to the run too, as it lies
// between two right-to-left words, and is reversed with it.
func visualWordCtx(w string, head, tail bool) string {
	if !hasRTL(w) {
		return w
	}
	rs := []rune(shape(w))
	first := true
	for i := 0; i < len(rs); {
		if !isRTLLetter(rs[i]) {
			i++
			continue
		}
		start := i
		if first && head {
			start = 0
			for k := 0; k < i; k++ {
				if unicode.IsLetter(rs[k]) {
					start = i
				}
			}
		}
		first = false
		// The run extends to the last RTL letter before the next LTR letter.
		end := i
		ltrAfter := false
		for j := i; j < len(rs); j++ {
			if isRTLLetter(rs[j]) || unicode.IsDigit(rs[j]) {
				// Digits after a right-to-left letter belong to its run.
				end = j
			} else if unicode.IsLetter(rs[j]) {
				ltrAfter = true
				break
			}
		}
		if tail && !ltrAfter {
			end = len(rs) - 1
		}
		reverseRun(rs[start : end+1])
		i = end + 1
	}
	return string(rs)
}

// reverseRun reverses rs in place, keeping runs of digits (with their
// separators) in their own order and mirroring brackets.
func reverseRun(rs []rune) {
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			rs[i] = mirror(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || ((rs[j] == ',' || rs[j] == '.' || rs[j] == 0x066B || rs[j] == 0x066C) && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
			j++
		}
		for a, b := i, j-1; a < b; a, b = a+1, b-1 {
			rs[a], rs[b] = rs[b], rs[a]
		}
		i = j
	}
}

func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '«':
		return '»'
	case '»':
		return '«'
	case '<':
		return '>'
	case '>':
		return '<'
	}
	return r
}

// clean prepares a string from the case for print: composed (NFC), line
// breaks as "\n", tabs and other control characters as spaces, Arabic vowel
// marks left out, and every run the font cannot show replaced by a note in
// square brackets that names its script.
func clean(s string) string {
	if s == "" || plainASCII(s) || printable(s) {
		return s
	}
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	m := getMetrics()
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			b.WriteRune('\n')
			i++
		case r == '\r' || r == '\t' || r == 0x2028 || r == 0x2029:
			b.WriteRune(' ')
			i++
		case unicode.IsControl(r) || r == 0xFEFF || r == 0x200B || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F:
			i++ // invisible controls, bidi embeddings and marks: our own ordering applies
		case isHaraka(r):
			i++
		case isArabicLetter(r):
			// An Arabic-script run: letters, marks, joiners and the spaces
			// and punctuation between letters.
			j, ok := i, true
			last := i
			for k := i; k < len(rs); k++ {
				c := rs[k]
				if isArabicLetter(c) {
					if _, in := forms[c]; !in {
						ok = false
					}
					last = k
					continue
				}
				if isHaraka(c) || c == zwnj || c == zwj || c == tatweel || c == ' ' || (unicode.Is(unicode.Arabic, c) && m.covers(regular, c)) {
					continue
				}
				break
			}
			j = last + 1
			if ok {
				for _, c := range rs[i:j] {
					if !isHaraka(c) {
						b.WriteRune(c)
					}
				}
			} else {
				b.WriteString("[text in Arabic script not shown]")
			}
			i = j
		case m.covers(regular, r) || r == zwnj || r == zwj:
			b.WriteRune(r)
			i++
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r):
			i++ // a mark or format character the font lacks: leave it out
		default:
			// A run of characters the font cannot show (spaces inside it
			// included), named by the script of its first letter.
			j := i
			for j < len(rs) && (!m.covers(regular, rs[j]) || (rs[j] == ' ' && j+1 < len(rs) && !m.covers(regular, rs[j+1]))) && rs[j] != '\n' {
				j++
			}
			if j == i {
				j = i + 1
			}
			b.WriteString("[" + scriptNote(rs[i:j]) + " not shown]")
			i = j
		}
	}
	return b.String()
}

// plainASCII reports whether s is printable ASCII and newlines only, which
// clean leaves as it is.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n') || c > 0x7E {
			return false
		}
	}
	return true
}

// printable reports whether s needs nothing from clean: composed, and every
// character one the regular face shows as it is (no controls, no marks, no
// right-to-left letters).
func printable(s string) bool {
	m := getMetrics()
	for _, r := range s {
		if r == '\n' {
			continue
		}
		if r < 0x20 || (r >= 0x7F && r < 0xA0) || (r >= 0x0590 && r <= 0x08FF) ||
			(r >= 0x200B && r <= 0x200F) || (r >= 0x2028 && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F) ||
			r >= 0xFB1D || !m.covers(regular, r) || unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return norm.NFC.QuickSpanString(s) == len(s)
}

// scripts the font does not cover, by the name a reader knows them by.
var noteScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Chinese", unicode.Han}, {"Japanese", unicode.Hiragana}, {"Japanese", unicode.Katakana},
	{"Korean", unicode.Hangul}, {"Thai", unicode.Thai}, {"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali}, {"Tamil", unicode.Tamil}, {"Telugu", unicode.Telugu},
	{"Gujarati", unicode.Gujarati}, {"Gurmukhi", unicode.Gurmukhi}, {"Kannada", unicode.Kannada},
	{"Malayalam", unicode.Malayalam}, {"Sinhala", unicode.Sinhala}, {"Ethiopic", unicode.Ethiopic},
	{"Khmer", unicode.Khmer}, {"Myanmar", unicode.Myanmar}, {"Tibetan", unicode.Tibetan},
	{"Syriac", unicode.Syriac}, {"Thaana", unicode.Thaana}, {"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew}, {"Armenian", unicode.Armenian}, {"Georgian", unicode.Georgian},
	{"Mongolian", unicode.Mongolian}, {"Tifinagh", unicode.Tifinagh}, {"Cherokee", unicode.Cherokee},
}

func scriptNote(rs []rune) string {
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, s := range noteScripts {
			if unicode.Is(s.table, r) {
				return "text in " + s.name + " script"
			}
		}
		return "text in a script the font lacks"
	}
	if len(rs) == 1 {
		return "symbol"
	}
	return "symbols"
}
