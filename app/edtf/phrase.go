package edtf

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrNotUnderstood is wrapped by the error ParsePhrase returns for a phrase
// it cannot read. Nothing is guessed in that case.
var ErrNotUnderstood = errors.New("not understood")

// ErrNeedsReference is wrapped by the error ParsePhrase returns for a phrase
// such as "Tuesday" or "yesterday" when the reference date is zero.
var ErrNeedsReference = errors.New("needs a reference date")

// maxPhrase is the longest phrase ParsePhrase tries to read, in bytes.
const maxPhrase = 200

// refPlaceholder stands for the reference date in Reading's template.
const refPlaceholder = "{ref}"

// DefaultRefLabel is how Explanation names the reference date.
const DefaultRefLabel = "the reference date"

// Reading is what ParsePhrase made of a phrase.
type Reading struct {
	Date        Date   // the date read
	EDTF        string // Date in canonical EDTF, such as "1980/1983"
	Phrase      string // the phrase as given, without surrounding spaces
	Explanation string // how the phrase was read, naming DefaultRefLabel where a reference date was used

	template string // Explanation with refPlaceholder for the reference date
	words    string // Words with refPlaceholder for the reference date
}

// Words is the reading in words alone, for a person, with no EDTF: what
// the date is, and how a phrase was read against the reference date named
// by label: "some time in the 1970s (1970 to 1979)", "early 1980s (1980 to
// 1983)", "20 June 2023, the Tuesday before the source's date of 21 June
// 2023". An empty label names DefaultRefLabel.
func (r Reading) Words(label string) string {
	if label == "" {
		label = DefaultRefLabel
	}
	return strings.ReplaceAll(r.words, refPlaceholder, label)
}

// Explain returns the Explanation with the reference date named by label,
// such as "the source's date": "Tuesday → 20 June 2023, the Tuesday before
// the source's date of 21 June 2023". An empty label gives Explanation.
func (r Reading) Explain(label string) string {
	if label == "" {
		label = DefaultRefLabel
	}
	return strings.ReplaceAll(r.template, refPlaceholder, label)
}

// ParsePhrase reads a date the way people write it and returns it as EDTF.
// It is not sensitive to case and ignores surrounding spaces and punctuation.
// Valid EDTF passes through unchanged. It understands, among others:
//
//	1970s, the 1970s               → 197X (the 1900s, 1800s… are decades too: 190X)
//	early / mid / late 1980s       → 1980/1983, 1984/1986, 1987/1989
//	early / mid / late 2019        → 2019-01/2019-04, 2019-05/2019-08, 2019-09/2019-12
//	early / mid / late July 2022   → days 1–10, 11–20, 21 to the end
//	19th century, nineteenth century → 18XX (early/mid/late: 1800/1833, 1834/1866, 1867/1899)
//	July 2022, Jul. 2022           → 2022-07
//	20 June 2023, June 20, 2023, 20th June 2023, Tuesday 20 June 2023 → 2023-06-20
//	20/06/2023, 06/20/2023         → 2023-06-20 (refused when day and month could swap)
//	spring 2009 … winter 2009      → 2009-21 … 2009-24 (fall = autumn)
//	in 2014, 476 AD, 44 BC         → 2014, 0476, -0043
//	circa / c. / ca. / around / about 1950 → 1950~
//	probably / possibly 1984       → 1984?   (both kinds of word: 1984%)
//	by / before 2012               → ../2012
//	since / since at least / after / from 2009, 2009 onwards → 2009/..
//	between 2009 and 2014, from 2009 to 2014, 2009–2014 → 2009/2014
//
// Words for days are read against ref, the source's published date or the
// case's as-of date (only its calendar day, in its own location, counts):
// "today" is ref's day, "yesterday" the day before; a weekday such as
// "Tuesday" or "on Tuesday" is the most recent Tuesday on or before ref (ref
// itself when ref is a Tuesday); "last Tuesday" is the most recent Tuesday
// strictly before ref (a week before when ref is a Tuesday). With a zero ref
// these phrases fail with ErrNeedsReference.
//
// "By X" and "before X" run up to the end of X, and "since X" and "after X"
// from the start of X: EDTF has no "strictly before", so X itself is
// included. Around a span, "before" takes the end of the span and "since"
// its start: "before the late 1990s" is ../1999, "since the early 1980s" is
// 1980/...
// Month names without a year ("in June") and two-digit years ("'70s") are
// not read: they would need a guess.
//
// A phrase that cannot be read fails with an error wrapping
// ErrNotUnderstood (so does a numeric date whose day and month could swap);
// a phrase made only of EDTF characters that Parse refuses fails with Parse's
// *ParseError; a phrase that names an impossible date ("30 February 2023")
// fails with an error saying so.
func ParsePhrase(phrase string, ref time.Time) (Reading, error) {
	kept := strings.TrimSpace(phrase)
	if kept == "" {
		return Reading{}, fmt.Errorf("the phrase is empty: %w", ErrNotUnderstood)
	}
	quoted := quoteShort(kept)
	if len(kept) > maxPhrase {
		return Reading{}, fmt.Errorf("%s is too long to be a date: %w", quoted, ErrNotUnderstood)
	}
	rd := &reader{ref: ref}
	d, edtfErr := Parse(kept)
	if edtfErr != nil {
		var err error
		d, err = rd.read(normalize(kept))
		var inv *invalid
		switch {
		case err == nil:
		case errors.Is(err, ErrNeedsReference):
			return Reading{}, fmt.Errorf("%s %w", quoted, ErrNeedsReference)
		case errors.As(err, &inv) && inv.ambiguous:
			return Reading{}, fmt.Errorf("%s: %w: %s", quoted, ErrNotUnderstood, inv.msg)
		case errors.As(err, &inv):
			return Reading{}, fmt.Errorf("%s: %s", quoted, inv.msg)
		case looksEDTF(kept):
			return Reading{}, edtfErr
		default:
			return Reading{}, fmt.Errorf("%s: %w", quoted, ErrNotUnderstood)
		}
	}
	edtf := d.String()
	if again, err := Parse(edtf); err != nil || again != d {
		// Cannot happen: every Date built here is valid. Refuse rather than guess.
		return Reading{}, fmt.Errorf("%s: %w (read as %q, which does not read back)", quoted, ErrNotUnderstood, edtf)
	}
	var tmpl, words string
	if len(rd.notes) > 0 && rd.dayWords {
		words = d.Human() + ", " + strings.Join(rd.notes, "; ")
		tmpl = kept + " → " + words
	} else {
		tmpl = kept + " → " + edtf + ", " + d.Describe()
		words = d.Words()
		if len(rd.notes) > 0 {
			tmpl += "; " + strings.Join(rd.notes, "; ")
			words += "; " + strings.Join(rd.notes, "; ")
		}
	}
	return Reading{
		Date:        d,
		EDTF:        edtf,
		Phrase:      kept,
		Explanation: strings.ReplaceAll(tmpl, refPlaceholder, DefaultRefLabel),
		template:    tmpl,
		words:       words,
	}, nil
}

// quoteShort quotes a phrase for an error message, cutting it short.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:57]) + "…"
	}
	return strconv.Quote(s)
}

// looksEDTF reports whether s is made only of the characters EDTF uses, so
// that Parse's complaint is the most useful thing to say about it.
func looksEDTF(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789XYTZ-+:/.?~%", rune(s[i])) {
			return false
		}
	}
	return true
}

// thousands matches a thousands separator, as in 170,000,002.
var thousands = regexp.MustCompile(`(\d),(\d{3})(\D|$)`)

// normalize lowers case, unifies dashes and apostrophes, turns commas and
// abbreviation dots into spaces, collapses spaces and trims punctuation.
func normalize(s string) string {
	for prev := ""; prev != s; {
		prev, s = s, thousands.ReplaceAllString(s, "$1$2$3")
	}
	var b strings.Builder
	prevLetter := false
	for _, r := range strings.ToLower(s) {
		switch {
		case strings.ContainsRune("‐‑‒–—―−", r):
			r = '-'
		case strings.ContainsRune("’‘`´", r):
			r = '\''
		case strings.ContainsRune("“”\",", r), unicode.IsSpace(r):
			r = ' '
		case r == '.' && prevLetter:
			r = ' '
		}
		b.WriteRune(r)
		prevLetter = unicode.IsLetter(r)
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	out = strings.TrimRight(out, ".;:! '")
	return strings.TrimLeft(out, "' ")
}

// invalid is a phrase that was understood but names no valid date, or is
// ambiguous.
type invalid struct {
	msg       string
	ambiguous bool
}

func (e *invalid) Error() string { return e.msg }

// errNoMatch means "this rule does not apply"; the reader tries the next.
var errNoMatch = errors.New("no match")

// reader reads one phrase. It collects notes about how day words were read.
type reader struct {
	ref      time.Time
	notes    []string
	dayWords bool // a weekday, today or yesterday was read against ref
}

// fromEDTF parses an EDTF string the reader built, turning a complaint into
// an *invalid that keeps only the reason.
func fromEDTF(s string) (Date, error) {
	d, err := Parse(s)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return Date{}, &invalid{msg: pe.Reason}
		}
		return Date{}, err
	}
	return d, nil
}

// Word lists. Longer entries come before their prefixes.
var (
	approxWords    = []string{"some time around", "sometime around", "at around", "at about", "approximately", "approx", "circa", "around", "about", "roughly", "ca", "c"}
	uncertainWords = []string{"probably", "possibly", "perhaps", "maybe", "likely", "presumably"}
	fillerWords    = []string{"at some point in", "at some point during", "some time in", "sometime in", "some time during", "sometime during", "some time", "sometime", "during", "in", "on", "the", "year"}
	openStartWords = []string{"no later than", "not later than", "prior to", "earlier than", "up until", "up to", "until", "till", "before", "by"}
	openEndWords   = []string{"since at least", "at least since", "no earlier than", "not earlier than", "later than", "starting in", "starting from", "starting", "beginning in", "beginning", "since", "after", "from"}
	openStartTails = []string{"or earlier", "and earlier", "or before", "and before", "at the latest"}
	openEndTails   = []string{"onwards", "onward", "or later", "and later", "or after", "and after", "at the earliest"}
	uncertainTails = []string{"(uncertain)", "(probably)", "?"}
	approxTails    = []string{"(approximate)", "(approximately)", "(approx)", "(circa)"}
	rangeSeps      = []string{" to ", " until ", " till ", " through ", " thru "}
)

// cutWord removes a leading word (or words) followed by a space.
func cutWord(s string, words []string) (string, bool) {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w+" "); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// cutTail removes a trailing word (or words), with or without a space before.
func cutTail(s string, words []string) (string, bool) {
	for _, w := range words {
		if rest, ok := strings.CutSuffix(s, w); ok {
			rest = strings.TrimRight(rest, " ")
			if rest != "" && (w[0] == '(' || w == "?" || strings.HasSuffix(s, " "+w)) {
				return rest, true
			}
		}
	}
	return s, false
}

// read reads a whole phrase: qualifiers, then a single date, a range, or an
// open-ended bound.
func (r *reader) read(s string) (Date, error) {
	s, q := stripQual(s)
	var unknownStart, unknownEnd bool
	if rest, ok := strings.CutSuffix(s, " (start unknown)"); ok {
		s, unknownStart = rest, true
	} else if rest, ok := strings.CutSuffix(s, " (end unknown)"); ok {
		s, unknownEnd = rest, true
	}
	d, err := r.bounded(s)
	if err != nil {
		return Date{}, err
	}
	switch {
	case unknownStart && d.OpenStart():
		d.start.kind = endUnknown
	case unknownEnd && d.OpenEnd():
		d.end.kind = endUnknown
	case unknownStart, unknownEnd:
		return Date{}, errNoMatch
	}
	return qualify(d, q)
}

// stripQual removes qualifier and filler words from both ends of s and
// returns the qualifier they add up to.
func stripQual(s string) (string, qualifier) {
	var q qualifier
	for {
		var ok bool
		if strings.HasPrefix(s, "~") && len(s) > 1 {
			s, q = strings.TrimLeft(s[1:], " "), q|qualApprox
			continue
		}
		if s, ok = cutWord(s, approxWords); ok {
			q |= qualApprox
			continue
		}
		if s, ok = cutWord(s, uncertainWords); ok {
			q |= qualUncertain
			continue
		}
		if s, ok = cutWord(s, fillerWords); ok {
			continue
		}
		if s, ok = cutTail(s, uncertainTails); ok {
			q |= qualUncertain
			continue
		}
		if s, ok = cutTail(s, approxTails); ok {
			q |= qualApprox
			continue
		}
		return s, q
	}
}

// qualify marks every known end of d with q.
func qualify(d Date, q qualifier) (Date, error) {
	if q == 0 {
		return d, nil
	}
	if d.HasTime() {
		return Date{}, &invalid{msg: "a date with a time cannot be marked approximate or uncertain"}
	}
	if d.start.kind == endDate {
		d.start.qual |= q
	}
	if d.interval && d.end.kind == endDate {
		d.end.qual |= q
	}
	return d, nil
}

// bounded reads a single date, a range, or a date with an open end.
func (r *reader) bounded(s string) (Date, error) {
	d, err := r.side(s)
	if err != errNoMatch {
		return d, err
	}
	if d, err := r.rangeOf(s); err != errNoMatch {
		return d, err
	}
	if rest, ok := cutWord(s, openStartWords); ok {
		return r.openStart(rest)
	}
	if rest, ok := cutTail(s, openStartTails); ok {
		return r.openStart(rest)
	}
	if rest, ok := cutWord(s, openEndWords); ok {
		return r.openEnd(rest)
	}
	if rest, ok := cutTail(s, openEndTails); ok {
		return r.openEnd(rest)
	}
	return Date{}, errNoMatch
}

// startOf and endOf give the first and last end of a date, if known.
func startOf(d Date) (point, bool) { return d.start, d.start.kind == endDate }

func endOf(d Date) (point, bool) {
	if !d.interval {
		return d.start, true
	}
	return d.end, d.end.kind == endDate
}

// openStart reads "before X": an interval from an open start to X's end.
func (r *reader) openStart(s string) (Date, error) {
	x, err := r.side(s)
	if err != nil {
		return Date{}, err
	}
	e, ok := endOf(x)
	if !ok {
		return Date{}, errNoMatch
	}
	return Date{start: point{kind: endOpen}, end: e, interval: true}, nil
}

// openEnd reads "since X": an interval from X's start to an open end.
func (r *reader) openEnd(s string) (Date, error) {
	x, err := r.side(s)
	if err != nil {
		return Date{}, err
	}
	b, ok := startOf(x)
	if !ok {
		return Date{}, errNoMatch
	}
	return Date{start: b, end: point{kind: endOpen}, interval: true}, nil
}

// rangeOf reads "between X and Y", "from X to Y", "X to Y" and "X–Y". The
// start may borrow the end's trailing words: "20–25 June 2023",
// "June–August 2023".
func (r *reader) rangeOf(s string) (Date, error) {
	seps := rangeSeps
	if rest, ok := strings.CutPrefix(s, "between "); ok {
		s, seps = rest, []string{" and "}
	} else if rest, ok := strings.CutPrefix(s, "from "); ok {
		s = rest
	}
	var firstErr error
	try := func(x, y string) (Date, bool) {
		x, y = strings.TrimSpace(x), strings.TrimSpace(y)
		if x == "" || y == "" {
			return Date{}, false
		}
		b, err := r.side(y)
		if err != nil {
			if err != errNoMatch && firstErr == nil {
				firstErr = err
			}
			return Date{}, false
		}
		a, err := r.sideBorrowing(x, y)
		if err != nil {
			if err != errNoMatch && firstErr == nil {
				firstErr = err
			}
			return Date{}, false
		}
		d, err := joinRange(a, b)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return Date{}, false
		}
		return d, true
	}
	for _, sep := range seps {
		for i := 0; ; {
			j := strings.Index(s[i:], sep)
			if j < 0 {
				break
			}
			j += i
			if d, ok := try(s[:j], s[j+len(sep):]); ok {
				return d, nil
			}
			i = j + 1
		}
	}
	if len(seps) > 1 { // not after "between": also split at a dash
		for i := 1; i < len(s)-1; i++ {
			if s[i] == '-' {
				if d, ok := try(s[:i], s[i+1:]); ok {
					return d, nil
				}
			}
		}
	}
	if firstErr != nil {
		return Date{}, firstErr
	}
	return Date{}, errNoMatch
}

// sideBorrowing reads x, and if that fails, x followed by the last words of
// y, shortest first.
func (r *reader) sideBorrowing(x, y string) (Date, error) {
	d, err := r.side(x)
	if err != errNoMatch {
		return d, err
	}
	words := strings.Fields(y)
	for k := 1; k < len(words); k++ {
		d, err := r.side(x + " " + strings.Join(words[len(words)-k:], " "))
		if err != errNoMatch {
			return d, err
		}
	}
	return Date{}, errNoMatch
}

// joinRange makes the interval from a's start to b's end.
func joinRange(a, b Date) (Date, error) {
	s, ok1 := startOf(a)
	e, ok2 := endOf(b)
	if !ok1 || !ok2 {
		return Date{}, errNoMatch
	}
	d, err := makeInterval("", s, e)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return Date{}, &invalid{msg: pe.Reason}
		}
		return Date{}, err
	}
	return d, nil
}

// side reads one date with its own qualifiers, but no range or bound.
func (r *reader) side(s string) (Date, error) {
	s, q := stripQual(s)
	d, err := r.core(s)
	if err != nil {
		return Date{}, err
	}
	return qualify(d, q)
}

// Regular-expression pieces for the phrase rules.
const (
	reThird   = `(?:(?P<third>early|mid|middle|late)[ -]?)?`
	reMonth   = `(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`
	reYear    = `(?:(?P<pre>ad|ce) )?(?P<year>\d{1,9})(?: (?P<post>bc|bce|ad|ce))?`
	reDay     = `(?P<day>\d{1,2})(?:st|nd|rd|th)?`
	reWeekday = `(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)`
	rePartDay = `(?: (?:morning|afternoon|evening|night))?`
	reClock   = `(?: (?P<hh>\d{2}):(?P<mm>\d{2}):(?P<ss>\d{2})(?: (?P<utc>utc)(?P<off>[+-]\d{2}:\d{2})?)?)?`
)

// rule is one phrase pattern and how to turn a match into a date.
type rule struct {
	re *regexp.Regexp
	fn func(r *reader, m match) (Date, error)
}

// match gives a rule its named groups.
type match struct {
	re *regexp.Regexp
	m  []string
}

func (m match) get(name string) string {
	if i := m.re.SubexpIndex(name); i >= 0 {
		return m.m[i]
	}
	return ""
}

var rules = []rule{
	{regexp.MustCompile(`^(?:(?P<last>last|this past|past) )?` + reWeekday + rePartDay + `$`), (*reader).weekdayRule},
	{regexp.MustCompile(`^(?P<rel>today|earlier today|yesterday|day before yesterday)` + rePartDay + `$`), (*reader).relativeRule},
	{regexp.MustCompile(`^` + reThird + `(?:(?P<ad>ad|ce) (?P<early>\d{0,3}0)|(?P<decade>\d{2,3}0))'?s$`), (*reader).decadeRule},
	{regexp.MustCompile(`^` + reThird + `(?P<n>\d{1,3})(?:st|nd|rd|th)[ -]century(?: (?:ad|ce))?$`), (*reader).centuryRule},
	{regexp.MustCompile(`^` + reThird + `(?P<word>` + ordinalWords + `)[ -]century(?: (?:ad|ce))?$`), (*reader).centuryRule},
	{regexp.MustCompile(`^` + reThird + reYear + `$`), (*reader).yearRule},
	{regexp.MustCompile(`^` + reThird + reMonth + `(?: of)? ` + reYear + `$`), (*reader).monthRule},
	{regexp.MustCompile(`^(?:` + reWeekday + ` )?(?:the )?` + reDay + ` (?:of )?` + reMonth + ` ` + reYear + reClock + `$`), (*reader).dayRule},
	{regexp.MustCompile(`^(?:` + reWeekday + ` )?` + reMonth + ` (?:the )?` + reDay + ` ` + reYear + reClock + `$`), (*reader).dayRule},
	{regexp.MustCompile(`^(?P<season>spring|summer|autumn|fall|winter)(?: of)? ` + reYear + `(?:[-/](?P<next>\d{2}|\d{4}))?$`), (*reader).seasonRule},
	{regexp.MustCompile(`^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})$`), (*reader).numericRule},
	{regexp.MustCompile(`^(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})$`), (*reader).isoishRule},
}

// core reads a single date: EDTF (any case), or one of the rules.
func (r *reader) core(s string) (Date, error) {
	if s == "" {
		return Date{}, errNoMatch
	}
	if d, err := Parse(strings.ToUpper(s)); err == nil {
		return d, nil
	}
	for _, ru := range rules {
		if m := ru.re.FindStringSubmatch(s); m != nil {
			d, err := ru.fn(r, match{ru.re, m})
			if err != errNoMatch {
				return d, err
			}
		}
	}
	return Date{}, errNoMatch
}

// third picks the span for "early", "mid" (or "middle") or "late"; it
// reports false when there is no such word.
func third(word string, early, mid, late [2]int) ([2]int, bool) {
	switch word {
	case "":
		return [2]int{}, false
	case "early":
		return early, true
	case "mid", "middle":
		return mid, true
	}
	return late, true
}

// phraseYear turns a year with an optional era into an astronomical year.
// Without an era the year needs three or four digits.
func phraseYear(m match) (int64, bool) {
	n, err := strconv.ParseInt(m.get("year"), 10, 64)
	if err != nil {
		return 0, false
	}
	pre, post := m.get("pre"), m.get("post")
	if pre != "" && post != "" {
		return 0, false
	}
	switch pre + post {
	case "":
		return n, len(m.get("year")) >= 3
	case "ad", "ce":
		return n, n > 0
	}
	return 1 - n, n > 0 // BC, BCE
}

func (r *reader) yearRule(m match) (Date, error) {
	y, ok := phraseYear(m)
	if !ok {
		return Date{}, errNoMatch
	}
	ys := yearEDTF(y)
	if t, ok := third(m.get("third"), [2]int{1, 4}, [2]int{5, 8}, [2]int{9, 12}); ok {
		return fromEDTF(ys + "-" + two(t[0]) + "/" + ys + "-" + two(t[1]))
	}
	return fromEDTF(ys)
}

func (r *reader) decadeRule(m match) (Date, error) {
	y, _ := strconv.Atoi(m.get("decade") + m.get("early"))
	if y%100 == 0 {
		r.notes = append(r.notes, fmt.Sprintf("“%ds” is read as the decade %d–%d; for the century write “%s century”",
			y, y, y+9, ordinal(int64(y/100+1))))
	}
	if t, ok := third(m.get("third"), [2]int{0, 3}, [2]int{4, 6}, [2]int{7, 9}); ok {
		return fromEDTF(yearEDTF(int64(y+t[0])) + "/" + yearEDTF(int64(y+t[1])))
	}
	return fromEDTF(yearEDTF(int64(y))[:3] + "X")
}

const ordinalWords = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty first`

func (r *reader) centuryRule(m match) (Date, error) {
	n, _ := strconv.Atoi(m.get("n"))
	if w := m.get("word"); w != "" {
		for i, o := range strings.Split(ordinalWords, "|") {
			if o == w {
				n = min(i+1, 21) // the list ends with two spellings of 21st
			}
		}
	}
	if n < 1 || n > 100 {
		return Date{}, errNoMatch
	}
	base := (n - 1) * 100
	if t, ok := third(m.get("third"), [2]int{0, 33}, [2]int{34, 66}, [2]int{67, 99}); ok {
		return fromEDTF(yearEDTF(int64(base+t[0])) + "/" + yearEDTF(int64(base+t[1])))
	}
	return fromEDTF(yearEDTF(int64(base))[:2] + "XX")
}

// monthNumber reads a month name or abbreviation.
func monthNumber(s string) int {
	for i := 1; i <= 12; i++ {
		n := strings.ToLower(monthNames[i])
		if s == n || s == n[:3] || (i == 9 && s == "sept") {
			return i
		}
	}
	return 0
}

func (r *reader) monthRule(m match) (Date, error) {
	y, ok := phraseYear(m)
	if !ok {
		return Date{}, errNoMatch
	}
	mo := monthNumber(m.get("month"))
	ym := yearEDTF(y) + "-" + two(mo)
	last := daysIn(y, mo)
	if t, ok := third(m.get("third"), [2]int{1, 10}, [2]int{11, 20}, [2]int{21, last}); ok {
		return fromEDTF(ym + "-" + two(t[0]) + "/" + ym + "-" + two(t[1]))
	}
	return fromEDTF(ym)
}

func (r *reader) dayRule(m match) (Date, error) {
	y, ok := phraseYear(m)
	if !ok {
		return Date{}, errNoMatch
	}
	day, _ := strconv.Atoi(m.get("day"))
	s := yearEDTF(y) + "-" + two(monthNumber(m.get("month"))) + "-" + two(day)
	if hh := m.get("hh"); hh != "" {
		s += "T" + hh + ":" + m.get("mm") + ":" + m.get("ss")
		switch {
		case m.get("off") != "":
			s += m.get("off")
		case m.get("utc") != "":
			s += "Z"
		}
	}
	d, err := fromEDTF(s)
	if err != nil {
		return Date{}, err
	}
	if w := m.get("weekday"); w != "" {
		want := weekdayNumber(w)
		if got := d.start.weekday(); got != want {
			return Date{}, &invalid{msg: fmt.Sprintf("%s was a %s, not a %s", d.start.plain(false), got, want)}
		}
	}
	return d, nil
}

func (r *reader) seasonRule(m match) (Date, error) {
	y, ok := phraseYear(m)
	if !ok {
		return Date{}, errNoMatch
	}
	n := map[string]int{"spring": seasonSpring, "summer": seasonSummer, "autumn": seasonAutumn, "fall": seasonAutumn, "winter": seasonWinter}[m.get("season")]
	if next := m.get("next"); next != "" {
		// "winter 2009/10" or "winter 2009-2010": the winter that starts in 2009.
		want := strconv.FormatInt(y+1, 10)
		if n != seasonWinter || m.get("post") != "" || y < 0 || !strings.HasSuffix(want, next) {
			return Date{}, errNoMatch
		}
	}
	return fromEDTF(yearEDTF(y) + "-" + strconv.Itoa(n))
}

// numericRule reads 20/06/2023 and 06/20/2023 but refuses 06/05/2023, which
// could be either.
func (r *reader) numericRule(m match) (Date, error) {
	a, _ := strconv.Atoi(m.get("a"))
	b, _ := strconv.Atoi(m.get("b"))
	y := m.get("y")
	var day, month int
	switch {
	case a == b || (a > 12 && b <= 12):
		day, month = a, b
	case b > 12 && a <= 12:
		day, month = b, a
	case a > 12 && b > 12:
		return Date{}, &invalid{msg: fmt.Sprintf("neither %d nor %d can be a month", a, b)}
	default:
		return Date{}, &invalid{ambiguous: true, msg: fmt.Sprintf("it could be %d %s %s or %s %d, %s; write the month as a word",
			a, monthNames[b], y, monthNames[a], b, y)}
	}
	if month == 0 {
		return Date{}, &invalid{msg: "there is no month 0"}
	}
	return fromEDTF(y + "-" + two(month) + "-" + two(day))
}

// isoishRule reads year-first numeric dates such as 2023/06/20 or 2023-6-20.
func (r *reader) isoishRule(m match) (Date, error) {
	mo, _ := strconv.Atoi(m.get("m"))
	d, _ := strconv.Atoi(m.get("d"))
	return fromEDTF(m.get("y") + "-" + two(mo) + "-" + two(d))
}

func weekdayNumber(s string) time.Weekday {
	for w := time.Sunday; w <= time.Saturday; w++ {
		if strings.HasPrefix(strings.ToLower(w.String()), s[:3]) {
			return w
		}
	}
	return time.Sunday
}

// refDay returns the reference date's calendar day, or an error if there is
// no reference date.
func (r *reader) refDay() (time.Time, error) {
	if r.ref.IsZero() {
		return time.Time{}, ErrNeedsReference
	}
	y, mo, d := r.ref.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), nil
}

func dayDate(t time.Time) (Date, error) {
	return fromEDTF(yearEDTF(int64(t.Year())) + "-" + two(int(t.Month())) + "-" + two(t.Day()))
}

func (r *reader) weekdayRule(m match) (Date, error) {
	ref, err := r.refDay()
	if err != nil {
		return Date{}, err
	}
	want := weekdayNumber(m.get("weekday"))
	back := (int(ref.Weekday()) - int(want) + 7) % 7
	last := m.get("last") != ""
	if last && back == 0 {
		back = 7
	}
	day := ref.AddDate(0, 0, -back)
	refText := dayString(ref)
	var note string
	switch {
	case last:
		note = fmt.Sprintf("the last %s strictly before %s of %s", want, refPlaceholder, refText)
	case back == 0:
		note = fmt.Sprintf("%s of %s itself, a %s", refPlaceholder, refText, want)
	default:
		note = fmt.Sprintf("the %s before %s of %s", want, refPlaceholder, refText)
	}
	r.notes = append(r.notes, note)
	r.dayWords = true
	return dayDate(day)
}

func (r *reader) relativeRule(m match) (Date, error) {
	ref, err := r.refDay()
	if err != nil {
		return Date{}, err
	}
	refText := dayString(ref)
	var back int
	var note string
	switch m.get("rel") {
	case "yesterday":
		back, note = 1, "the day before "+refPlaceholder+" of "+refText
	case "day before yesterday":
		back, note = 2, "two days before "+refPlaceholder+" of "+refText
	default:
		note = refPlaceholder + " of " + refText + " itself"
	}
	r.notes = append(r.notes, note)
	r.dayWords = true
	return dayDate(ref.AddDate(0, 0, -back))
}
