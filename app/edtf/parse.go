package edtf

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseError reports why a string is not a valid EDTF date.
type ParseError struct {
	Input  string // the string given to Parse
	Reason string // what is wrong, as a sentence without the input
}

// Error returns the input, quoted, and the reason, such as
// `"2023-02-30": February 2023 has no day 30`. Very long inputs are cut short.
func (e *ParseError) Error() string {
	in := e.Input
	if utf8.RuneCountInString(in) > 60 {
		r := []rune(in)
		in = string(r[:57]) + "…"
	}
	return strconv.Quote(in) + ": " + e.Reason
}

// short cuts a piece of the input quoted in a message to 24 characters.
func short(s string) string {
	if utf8.RuneCountInString(s) > 24 {
		return string([]rune(s)[:23]) + "…"
	}
	return s
}

func errorf(input, format string, args ...any) error {
	return &ParseError{Input: input, Reason: fmt.Sprintf(format, args...)}
}

// Parse reads an EDTF Level 0 or Level 1 date or interval, such as "1984",
// "2004-06~", "198X", "2009-21", "1986-04-26T01:23:40Z", "2009/2014" or
// "../1985-04". Surrounding spaces are not allowed. Anything else is refused
// with a *ParseError that says what is wrong.
func Parse(s string) (Date, error) {
	if s == "" {
		return Date{}, errorf(s, "the date is empty")
	}
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		if s == ".." {
			return Date{}, errorf(s, `".." (an open end) is only allowed as one end of an interval, as in ../2012 or 2009/..`)
		}
		p, err := parsePoint(s, s)
		if err != nil {
			return Date{}, err
		}
		return Date{start: p}, nil
	}
	if n := strings.Count(s, "/"); n > 1 {
		return Date{}, errorf(s, "an interval has exactly one '/', but this has %d", n)
	}
	a, err := parseEnd(s, s[:slash])
	if err != nil {
		return Date{}, err
	}
	b, err := parseEnd(s, s[slash+1:])
	if err != nil {
		return Date{}, err
	}
	return makeInterval(s, a, b)
}

// parseEnd reads one end of an interval: "" (unknown), ".." (open) or a date.
func parseEnd(input, s string) (point, error) {
	switch s {
	case "":
		return point{kind: endUnknown}, nil
	case "..":
		return point{kind: endOpen}, nil
	}
	return parsePoint(input, s)
}

// makeInterval checks and joins two interval ends.
func makeInterval(input string, a, b point) (Date, error) {
	if a.kind != endDate && b.kind != endDate {
		return Date{}, errorf(input, "an interval needs at least one known end")
	}
	if a.kind == endDate && b.kind == endDate {
		lo, _ := a.bounds()
		_, hi := b.bounds()
		if hi.Before(lo) {
			return Date{}, errorf(input, "the end (%s) is before the start (%s)", short(b.String()), short(a.String()))
		}
	}
	return Date{start: a, end: b, interval: true}, nil
}

// scanner walks one date, byte by byte.
type scanner struct {
	input string // the whole string given to Parse, for messages
	s     string // the date being read
	i     int
}

func (sc *scanner) peek() byte {
	if sc.i < len(sc.s) {
		return sc.s[sc.i]
	}
	return 0
}

func (sc *scanner) eof() bool { return sc.i >= len(sc.s) }

// run reads the longest run of digits and X (either case).
func (sc *scanner) run() string {
	start := sc.i
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		if !isDigit(c) && c != 'X' && c != 'x' {
			break
		}
		sc.i++
	}
	return sc.s[start:sc.i]
}

// digits reads the longest run of decimal digits.
func (sc *scanner) digits() string {
	start := sc.i
	for sc.i < len(sc.s) && isDigit(sc.s[sc.i]) {
		sc.i++
	}
	return sc.s[start:sc.i]
}

func (sc *scanner) fail(format string, args ...any) error {
	return errorf(sc.input, format, args...)
}

// unexpected describes the byte at the current position.
func (sc *scanner) unexpected() error {
	if sc.eof() {
		return sc.fail("the date ends too early after %q", short(sc.s))
	}
	r, _ := utf8.DecodeRuneInString(sc.s[sc.i:])
	var what string
	switch {
	case r == ' ':
		what = "a space"
	case r == utf8.RuneError:
		what = "an invalid byte"
	default:
		what = strconv.QuoteRune(r)
	}
	if sc.i == 0 {
		return sc.fail("unexpected %s at the start; a date begins with a year such as 1984", what)
	}
	return sc.fail("unexpected %s after %q", what, short(sc.s[:sc.i]))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parsePoint reads a single date (not an interval).
func parsePoint(input, s string) (point, error) {
	sc := &scanner{input: input, s: s}
	p := point{kind: endDate}
	var err error
	if sc.peek() == 'Y' {
		err = sc.longYear(&p)
	} else {
		err = sc.year(&p)
		if err == nil && sc.peek() == '-' {
			err = sc.month(&p)
		}
		if err == nil && sc.peek() == '-' {
			err = sc.day(&p)
		}
		if err == nil && sc.peek() == 'T' {
			err = sc.time(&p)
		}
	}
	if err != nil {
		return point{}, err
	}
	if q := qualifierOf(sc.peek()); q != 0 {
		if p.hasTime {
			return point{}, sc.fail("a date with a time cannot be marked uncertain or approximate")
		}
		p.qual = q
		sc.i++
		if qualifierOf(sc.peek()) != 0 {
			return point{}, sc.fail("only one qualifier is allowed; %% means both uncertain (?) and approximate (~)")
		}
	}
	if !sc.eof() {
		return point{}, sc.unexpected()
	}
	return p, nil
}

func qualifierOf(c byte) qualifier {
	switch c {
	case '?':
		return qualUncertain
	case '~':
		return qualApprox
	case '%':
		return qualBoth
	}
	return 0
}

// longYear reads a Y-prefixed year such as Y170000002 or Y-170000002.
func (sc *scanner) longYear(p *point) error {
	sc.i++ // Y
	neg := false
	if sc.peek() == '-' {
		neg = true
		sc.i++
	}
	ds := sc.digits()
	if ds == "" {
		if sc.eof() {
			return sc.fail("the Y prefix must be followed by a year, as in Y170000002")
		}
		return sc.unexpected()
	}
	if sc.peek() == '-' {
		return sc.fail("a Y-prefixed year cannot have a month or a day")
	}
	if sc.peek() == 'X' || sc.peek() == 'x' {
		return sc.fail("a Y-prefixed year cannot have unspecified digits (X)")
	}
	ds = strings.TrimLeft(ds, "0")
	if len(ds) <= 4 {
		n, _ := strconv.Atoi("0" + ds)
		if neg {
			n = -n
		}
		return sc.fail("the Y prefix is only for years of more than four digits; write %s", yearEDTF(int64(n)))
	}
	v := int64(maxYear)
	if len(ds) <= 9 {
		v, _ = strconv.ParseInt(ds, 10, 64)
	}
	if neg {
		v = -v
	}
	p.long, p.digits, p.year = true, ds, v
	return nil
}

// year reads a four-character year, possibly negative, possibly ending in X.
func (sc *scanner) year(p *point) error {
	neg := false
	if sc.peek() == '-' {
		neg = true
		sc.i++
	}
	r := sc.run()
	switch {
	case r == "":
		if neg && sc.eof() {
			return sc.fail("a year is missing after '-'")
		}
		return sc.unexpected()
	case strings.ContainsRune(r, 'x'):
		return sc.fail("unspecified digits are written with a capital X, as in 198X")
	case len(r) < 4:
		if sc.peek() == '-' || sc.eof() {
			return sc.fail("the year %q has only %d of the four digits EDTF needs; write %04s", r, len(r), r)
		}
		return sc.unexpected()
	case len(r) == 8 && !strings.ContainsRune(r, 'X') && !neg:
		return sc.fail("write the date with dashes, as in %s-%s-%s", r[:4], r[4:6], r[6:])
	case len(r) > 4:
		if strings.ContainsRune(r, 'X') {
			return sc.fail("the year %q is longer than four characters", short(r))
		}
		return sc.fail("years of more than four digits need the Y prefix, as in Y%s", short(strings.TrimLeft(r, "0")))
	}
	firstX := strings.IndexByte(r, 'X')
	if firstX >= 0 {
		if strings.ContainsAny(r[firstX:], "0123456789") {
			return sc.fail("unspecified digits (X) must be the last digits of the year, as in 198X or 19XX (other patterns are EDTF Level 2, which is not supported)")
		}
		if firstX < 2 {
			return sc.fail("a year with more than two unspecified digits (%s) is EDTF Level 2, which is not supported; the coarsest is a century such as 19XX", r)
		}
		if neg {
			return sc.fail("unspecified digits (X) are not supported in negative years")
		}
		p.yearX = uint8(4 - firstX)
		r = r[:firstX] + strings.Repeat("0", 4-firstX)
	}
	if neg && r == "0000" {
		return sc.fail("year zero is written 0000, not -0000")
	}
	v, _ := strconv.ParseInt(r, 10, 64)
	if neg {
		v = -v
	}
	p.year = v
	return nil
}

// twoChars reads the two-character field after a '-' for month or day.
func (sc *scanner) twoChars(what string) (string, error) {
	sc.i++ // '-'
	r := sc.run()
	switch {
	case r == "" && sc.eof():
		return "", sc.fail("the %s is missing after %q", what, short(sc.s[:sc.i]))
	case r == "":
		return "", sc.unexpected()
	case strings.ContainsRune(r, 'x'):
		return "", sc.fail("unspecified digits are written with a capital X, as in XX")
	case len(r) != 2:
		return "", sc.fail("the %s %q must have two digits", what, short(r))
	case r != "XX" && strings.ContainsRune(r, 'X'):
		return "", sc.fail("the %s %q is partly unspecified; at EDTF Level 1 it is either two digits or XX", what, r)
	}
	return r, nil
}

func (sc *scanner) month(p *point) error {
	if p.yearX > 0 {
		return sc.fail("a year with unspecified digits (%s) cannot have a month", yearString(*p))
	}
	r, err := sc.twoChars("month")
	if err != nil {
		return err
	}
	if r == "XX" {
		p.monthX = true
		return nil
	}
	n, _ := strconv.Atoi(r)
	switch {
	case n == 0:
		return sc.fail("there is no month 00; months are 01 to 12")
	case n <= 12, n >= seasonSpring && n <= seasonWinter:
		p.month = uint8(n)
	case n >= 25 && n <= 41:
		return sc.fail("season %d is EDTF Level 2, which is not supported; Level 1 seasons are 21 (spring) to 24 (winter)", n)
	default:
		return sc.fail("there is no month %d; months are 01 to 12 and seasons 21 to 24", n)
	}
	return nil
}

func (sc *scanner) day(p *point) error {
	if p.isSeason() {
		return sc.fail("a season (%02d) cannot have a day", p.month)
	}
	r, err := sc.twoChars("day")
	if err != nil {
		return err
	}
	if r == "XX" {
		p.dayX = true
		return nil
	}
	if p.monthX {
		return sc.fail("a known day in an unspecified month (XX-%s) is EDTF Level 2, which is not supported", r)
	}
	n, _ := strconv.Atoi(r)
	if n == 0 {
		return sc.fail("there is no day 00")
	}
	if n > daysIn(p.year, int(p.month)) {
		return sc.fail("%s %s has no day %d", monthNames[p.month], humanYear(p.year), n)
	}
	p.day = uint8(n)
	return nil
}

// time reads "Thh:mm:ss" and an optional zone: Z, ±hh, ±hh:mm or ±hhmm.
func (sc *scanner) time(p *point) error {
	if !p.hasMonth() || !p.hasDay() {
		return sc.fail("a time needs a complete date before it, as in 1986-04-26T01:23:40")
	}
	sc.i++ // T
	var hms [3]int
	for k := range hms {
		if k > 0 {
			if sc.peek() != ':' {
				return sc.fail("a time is written hh:mm:ss, as in T01:23:40")
			}
			sc.i++
		}
		ds := sc.digits()
		if len(ds) != 2 {
			return sc.fail("a time is written hh:mm:ss, as in T01:23:40")
		}
		hms[k], _ = strconv.Atoi(ds)
	}
	switch {
	case hms[0] > 23:
		return sc.fail("there is no hour %d; hours are 00 to 23", hms[0])
	case hms[1] > 59:
		return sc.fail("there is no minute %d; minutes are 00 to 59", hms[1])
	case hms[2] > 59:
		return sc.fail("there is no second %d; seconds are 00 to 59", hms[2])
	}
	p.hasTime = true
	p.hour, p.minute, p.second = uint8(hms[0]), uint8(hms[1]), uint8(hms[2])
	switch c := sc.peek(); c {
	case '.', ',':
		return sc.fail("fractions of a second are not part of EDTF")
	case 'Z':
		sc.i++
		p.zone = zoneUTC
	case '+', '-':
		sc.i++
		hh := sc.digits()
		mm := ""
		if len(hh) == 4 {
			hh, mm = hh[:2], hh[2:]
		} else if len(hh) == 2 && sc.peek() == ':' {
			sc.i++
			mm = sc.digits()
			if len(mm) != 2 {
				return sc.fail("a time-zone offset is written ±hh:mm, as in +04:30")
			}
		}
		if len(hh) != 2 {
			return sc.fail("a time-zone offset is written ±hh:mm, as in +04:30")
		}
		h, _ := strconv.Atoi(hh)
		m, _ := strconv.Atoi("0" + mm)
		if m > 59 || h*60+m > 14*60 {
			return sc.fail("a time-zone offset must be between -14:00 and +14:00")
		}
		off := h*60 + m
		if c == '-' {
			off = -off
		}
		p.zone, p.offset = zoneOffset, int16(off)
	}
	return nil
}
