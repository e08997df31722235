package quantity

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, lower-cased
	tNum                  // a run of digits with separators
	tPunct                // any other single character
)

// numFault says what is wrong with a run of digits.
type numFault uint8

const (
	numOK       numFault = iota
	numUnclear           // "3,5" (usable before a scale word), or too large
	numDateLike          // "10:30", "12/03/2014", "1,2,3": not a count at all
)

// token is one word, number or punctuation character of a phrase.
type token struct {
	kind tokKind
	text string // word lower-cased; punct with every dash as "-"; number as written
	cap  bool   // a word starting with an upper-case letter
	sp   bool   // preceded by white space or the start of the phrase

	// For numbers.
	val   float64  // value, when fault is numOK
	lit   string   // plain decimal literal of val ("3000", "1.5")
	alt   string   // decimal literal if the separator may be a decimal mark ("1.250" → "1.250", "3,5" → "3.5")
	fault numFault // why the number cannot be used as it stands
	year  bool     // four bare digits from 1800 to 2199
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// lex splits a phrase into tokens.
func lex(s string) []token {
	toks := make([]token, 0, len(s)/3+1)
	sp := true
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			sp = true
			i += w
			continue
		case isDigit(s[i]) || (s[i] == '.' && sp && i+1 < len(s) && isDigit(s[i+1])):
			end, run := scanRun(s, i)
			toks = append(toks, numToken(run, sp))
			i = end
		case unicode.IsLetter(r):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += w2
					continue
				}
				if r2 == '\'' || r2 == '\u2019' {
					if r3, _ := utf8.DecodeRuneInString(s[j+w2:]); j+w2 < len(s) && unicode.IsLetter(r3) {
						j += w2
						continue
					}
				}
				break
			}
			toks = append(toks, token{kind: tWord, text: strings.ToLower(s[i:j]), cap: unicode.IsUpper(r), sp: sp})
			i = j
		default:
			text := string(r)
			if isDash(r) {
				text = "-"
			}
			toks = append(toks, token{kind: tPunct, text: text, sp: sp})
			i += w
		}
		sp = false
	}
	return toks
}

// scanRun reads a run of digits and separators starting at s[i] and returns
// its end and the run with every separator as one ASCII byte ("3 000" with a
// narrow no-break space becomes "3 000"). A space continues the run only in
// "d ddd", "dd ddd ddd"… (a first group of one to three digits not starting
// with 0, then groups of three, all separated by spaces).
func scanRun(s string, i int) (int, string) {
	var b strings.Builder
	j := i
	spaceOK := true // the run so far may be continued by a space group
	if s[j] == '.' {
		b.WriteString("0.")
		spaceOK = false
		j++
	}
	first := true
	for {
		d := j
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		b.WriteString(s[d:j])
		if first {
			spaceOK = spaceOK && leadGroup(s[d:j])
			first = false
		}
		if j >= len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		next := j + w
		if r == ',' || r == '.' || r == ':' || r == '/' || r == '\'' || r == '\u2019' {
			if next < len(s) && isDigit(s[next]) {
				sep := byte(r)
				if r == '\u2019' {
					sep = '\''
				}
				b.WriteByte(sep)
				spaceOK = false
				j = next
				continue
			}
			break
		}
		if unicode.IsSpace(r) && spaceOK && threeDigitsEnd(s, next) {
			b.WriteByte(' ')
			j = next
			continue
		}
		break
	}
	return j, b.String()
}

// threeDigitsEnd reports whether s[k:] starts with exactly three digits.
func threeDigitsEnd(s string, k int) bool {
	if k+3 > len(s) {
		return false
	}
	for x := k; x < k+3; x++ {
		if !isDigit(s[x]) {
			return false
		}
	}
	return k+3 == len(s) || !isDigit(s[k+3])
}

// numToken makes the token for a run of digits.
func numToken(run string, sp bool) token {
	t := token{kind: tNum, text: run, sp: sp}
	t.lit, t.alt, t.fault = parseRun(run)
	if t.fault == numOK {
		v, err := strconv.ParseFloat(t.lit, 64)
		if err != nil {
			t.fault = numUnclear
		} else {
			t.val = v
		}
	}
	t.year = t.fault == numOK && len(run) == 4 && t.val >= 1800 && t.val <= 2199
	return t
}

// leadGroup reports whether g may be the first group of a grouped number.
func leadGroup(g string) bool { return len(g) >= 1 && len(g) <= 3 && g[0] != '0' }

// parseRun reads a run from scanRun. lit is the plain decimal literal; alt,
// when set, is the literal read with the separator as a decimal mark, used
// before a scale word.
func parseRun(run string) (lit, alt string, fault numFault) {
	if strings.ContainsAny(run, ":/") {
		return "", "", numDateLike
	}
	var groups []string
	var seps []byte
	start := 0
	for k := 0; k < len(run); k++ {
		if !isDigit(run[k]) {
			groups = append(groups, run[start:k])
			seps = append(seps, run[k])
			start = k + 1
		}
	}
	groups = append(groups, run[start:])
	if len(seps) == 0 {
		return run, "", numOK
	}
	if len(seps) == 1 {
		in, fr := groups[0], groups[1]
		grouped := leadGroup(in) && len(fr) == 3
		switch seps[0] {
		case '.':
			if grouped {
				return in + fr, in + "." + fr, numOK
			}
			return in + "." + fr, "", numOK
		case ',':
			if grouped {
				return in + fr, "", numOK
			}
			return "", in + "." + fr, numUnclear
		default: // ' ' or '\''
			if grouped {
				return in + fr, "", numOK
			}
			return "", "", numUnclear
		}
	}
	g := seps[0]
	if g == ',' && indian(groups, seps) {
		return strings.Join(groups, ""), "", numOK
	}
	if !leadGroup(groups[0]) {
		return "", "", numDateLike
	}
	var in strings.Builder
	in.WriteString(groups[0])
	for k := 1; k < len(groups); k++ {
		sep, grp := seps[k-1], groups[k]
		if sep == g && len(grp) == 3 {
			in.WriteString(grp)
			continue
		}
		if k == len(groups)-1 && decimalMark(sep, g) {
			return in.String() + "." + grp, "", numOK
		}
		return "", "", numDateLike
	}
	return in.String(), "", numOK
}

// indian reports whether comma groups are Indian style: "1,00,000",
// "12,34,56,789" (a lead of one or two digits, two-digit groups, a last
// group of three).
func indian(groups []string, seps []byte) bool {
	for _, s := range seps {
		if s != ',' {
			return false
		}
	}
	last := len(groups) - 1
	if len(groups[0]) < 1 || len(groups[0]) > 2 || groups[0][0] == '0' || len(groups[last]) != 3 {
		return false
	}
	for _, g := range groups[1:last] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

// decimalMark reports whether d may be the decimal mark after groups
// separated by g.
func decimalMark(d, g byte) bool {
	switch g {
	case '.':
		return d == ','
	case ' ':
		return d == '.' || d == ','
	default: // ',' or '\''
		return d == '.'
	}
}
