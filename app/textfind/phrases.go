package textfind

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"casefile/app"
	"casefile/app/edtf"
)

// Reading a selection into what a new item is pre-filled with: a title or
// a name from the phrase, a date from a date phrase in the sentence around
// it.

// TrimSpan narrows the code points [s, e) of runes so that they neither
// start nor end with white space: a drag often takes the space after a
// word with it.
func TrimSpan(runes []rune, s, e int) (int, int) {
	s, e = max(0, min(s, len(runes))), max(0, min(e, len(runes)))
	for s < e && unicode.IsSpace(runes[s]) {
		s++
	}
	for e > s && unicode.IsSpace(runes[e-1]) {
		e--
	}
	return s, e
}

// SnapToWords widens the span [s, e) of runes so that neither end falls
// inside a word: a drag that stops one letter short ("countr") still
// quotes the whole word.
func SnapToWords(runes []rune, s, e int) (int, int) {
	for s > 0 && s < len(runes) && isNameRune(runes[s-1]) && isNameRune(runes[s]) {
		s--
	}
	for e > 0 && e < len(runes) && isNameRune(runes[e-1]) && isNameRune(runes[e]) {
		e++
	}
	return s, e
}

// NameFromPhrase makes a person's or organization's name of a selected
// phrase: one line, without the punctuation, quotation marks or possessive
// ending a selection of a name tends to carry ("Çuçi’s" is Çuçi).
func NameFromPhrase(s string) string {
	const cut = " \"“”‘’'«»,;:!?()[]"
	s = strings.Trim(app.OneLine(s), cut)
	for _, poss := range []string{"’s", "'s"} {
		if strings.HasSuffix(s, poss) && len(s) > len(poss)+1 {
			s = strings.Trim(strings.TrimSuffix(s, poss), cut)
			break
		}
	}
	if strings.HasSuffix(s, ".") && !keepsDot(s) {
		s = strings.TrimRight(s, ".")
	}
	return app.Shorten(s, app.MaxNameLen)
}

// keepsDot reports whether a name's final full stop belongs to it: an
// initial ("John F.") or an abbreviation such as "Jr." or "Inc.".
func keepsDot(s string) bool {
	words := strings.Fields(s)
	last := strings.TrimSuffix(words[len(words)-1], ".")
	if r := []rune(last); len(r) == 1 && unicode.IsUpper(r[0]) {
		return true
	}
	switch strings.ToLower(last) {
	case "jr", "sr", "inc", "ltd", "co", "corp", "bros", "st":
		return true
	}
	return false
}

// TitleFromPhrase makes an event's title of a selected phrase: one line,
// without a final full stop or comma, first letter capitalised.
func TitleFromPhrase(s string) string {
	s = strings.TrimRight(app.OneLine(s), ".,;: ")
	s = strings.Trim(s, "\"“”‘’'")
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return app.Shorten(string(r), 200)
}

// maxSentence bounds how far around a selection the sentence is looked
// for, in code points on each side.
const maxSentence = 400

// SentenceAround returns the span of the sentence holding the code points
// [s, e) of runes: from after the previous full stop, question or
// exclamation mark (followed by a space) or line break, to the next one,
// at most maxSentence code points either side of the selection.
func SentenceAround(runes []rune, s, e int) (int, int) {
	lo := max(0, s-maxSentence)
	start := s
	for start > lo {
		r := runes[start-1]
		if r == '\n' || (isSentenceEnd(r) && start < len(runes) && unicode.IsSpace(runes[start])) {
			break
		}
		start--
	}
	hi := min(len(runes), e+maxSentence)
	end := e
	for end < hi {
		r := runes[end]
		if r == '\n' {
			break
		}
		end++
		if isSentenceEnd(r) && (end == len(runes) || unicode.IsSpace(runes[end])) {
			break
		}
	}
	return start, end
}

func isSentenceEnd(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '。' }

// Reference is the day that words such as "Tuesday" in a source are
// read against: the source's published date when it is known to the day,
// else none (the zero time), so that such words are not guessed.
func Reference(published app.Date) time.Time {
	d, err := edtf.Parse(published.EDTF)
	if err != nil || d.IsInterval() || d.Precision() > edtf.PrecisionDay || d.Precision() == edtf.PrecisionNone {
		return time.Time{}
	}
	return d.Earliest()
}

// maxDateWords is the longest date phrase looked for, in words ("between
// 2009 and 2014", "Tuesday, 20 June 2023").
const maxDateWords = 6

// wordSpan is a word of a sentence and where it is, in code points.
type wordSpan struct {
	text       string
	start, end int
}

// spaceWords splits runes[s:e] at white space.
func spaceWords(runes []rune, s, e int) []wordSpan {
	var out []wordSpan
	i := s
	for i < e {
		for i < e && unicode.IsSpace(runes[i]) {
			i++
		}
		j := i
		for j < e && !unicode.IsSpace(runes[j]) {
			j++
		}
		if j > i {
			out = append(out, wordSpan{text: string(runes[i:j]), start: i, end: j})
		}
		i = j
	}
	return out
}

// DateNear finds a date phrase in the sentence around the code
// points [s, e) of runes and reads it with edtf.ParsePhrase against ref:
// the longest phrase that reads, the one nearest the selection among
// equals. ok is false when the sentence holds none.
func DateNear(runes []rune, s, e int, ref time.Time) (d app.Date, ok bool) {
	ss, se := SentenceAround(runes, s, e)
	words := spaceWords(runes, ss, se)
	for n := min(maxDateWords, len(words)); n >= 1; n-- {
		bestDist := -1
		for i := 0; i+n <= len(words); i++ {
			phrase := joinWords(words[i : i+n])
			if !mayBeDate(phrase, n, ref) {
				continue
			}
			r, err := edtf.ParsePhrase(phrase, ref)
			if err != nil {
				continue
			}
			dist := spanDistance(words[i].start, words[i+n-1].end, s, e)
			if bestDist < 0 || dist < bestDist {
				bestDist = dist
				d = app.Date{EDTF: r.EDTF, Phrase: r.Phrase}
			}
		}
		if bestDist >= 0 {
			d.Phrase = plainDatePhrase(d, ref)
			return d, true
		}
	}
	return app.Date{}, false
}

// plainDatePhrase is d's phrase without the punctuation around it and
// without a leading "on", "in" or "during" that does not change the date:
// "On Tuesday," is kept as "Tuesday".
func plainDatePhrase(d app.Date, ref time.Time) string {
	phrase := strings.TrimFunc(d.Phrase, func(r rune) bool { return unicode.IsPunct(r) && r != '.' })
	if cut := strings.TrimRight(phrase, "."); cut != phrase && cut != "" {
		if r, err := edtf.ParsePhrase(cut, ref); err == nil && r.EDTF == d.EDTF {
			phrase = cut // the sentence's full stop, not an abbreviation's
		}
	}
	for {
		w, rest, ok := strings.Cut(phrase, " ")
		switch strings.ToLower(w) {
		case "on", "in", "during":
		default:
			ok = false
		}
		if !ok {
			return phrase
		}
		if r, err := edtf.ParsePhrase(rest, ref); err != nil || r.EDTF != d.EDTF {
			return phrase
		}
		phrase = rest
	}
}

func joinWords(ws []wordSpan) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// spanDistance is how far apart [a0, a1) and [b0, b1) are (0 when they
// overlap).
func spanDistance(a0, a1, b0, b1 int) int {
	switch {
	case a1 <= b0:
		return b0 - a1
	case b1 <= a0:
		return a0 - b1
	}
	return 0
}

// dateWords are words that can make a phrase a date without a digit.
var dateWords = []string{
	"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"century", "spring", "summer", "autumn", "fall", "winter",
}

// mayBeDate cheaply rules out phrases that cannot be dates, and bare
// numbers that are more likely counts than years ("some 1500 people").
func mayBeDate(phrase string, words int, ref time.Time) bool {
	lower := strings.ToLower(phrase)
	hasDigit := strings.ContainsFunc(lower, unicode.IsDigit)
	if !hasDigit {
		for _, w := range dateWords {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
	bare := strings.TrimFunc(lower, func(r rune) bool { return !unicode.IsDigit(r) })
	if words == 1 && len(bare) == 4 && !strings.ContainsFunc(bare, func(r rune) bool { return !unicode.IsDigit(r) }) &&
		!strings.ContainsAny(lower, "s'’") {
		year := int(bare[0]-'0')*1000 + int(bare[1]-'0')*100 + int(bare[2]-'0')*10 + int(bare[3]-'0')
		top := time.Now().Year() + 1
		if !ref.IsZero() {
			top = ref.Year() + 1
		}
		return year >= 1900 && year <= top
	}
	return true
}

// foldRune lower-cases r and strips its accents, one code point for one
// (unlike app.Fold), so that an offset in a folded text is the same
// offset in the text. cache keeps what non-ASCII code points fold to.
func foldRune(r rune, cache map[rune]rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	if f, ok := cache[r]; ok {
		return f
	}
	f := unicode.ToLower(r)
	if d := []rune(norm.NFD.String(string(f))); len(d) > 0 && !unicode.Is(unicode.Mn, d[0]) {
		f = d[0]
	}
	switch f {
	case 'ø':
		f = 'o'
	case 'ł':
		f = 'l'
	case 'đ':
		f = 'd'
	case 'ı':
		f = 'i'
	case '’', 'ʼ', '‘':
		f = '\''
	case '‐', '‑', '–':
		f = '-'
	}
	cache[r] = f
	return f
}

// foldRunes folds every code point of runes with foldRune.
func foldRunes(runes []rune) []rune {
	cache := map[rune]rune{}
	out := make([]rune, len(runes))
	for i, r := range runes {
		out[i] = foldRune(r, cache)
	}
	return out
}

// isNameRune reports whether r belongs to a word of a name.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
