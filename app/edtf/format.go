package edtf

import (
	"strconv"
	"strings"
	"time"
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var seasonNames = [...]string{"spring", "summer", "autumn", "winter"}

// String returns d in canonical EDTF, such as "1984?", "198X", "2009/..",
// or "1986-04-26T01:23:40+04:00". Time-zone offsets are always written
// ±hh:mm and Y-prefixed years without leading zeros. The zero Date gives "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if !d.interval {
		return d.start.String()
	}
	return d.start.String() + "/" + d.end.String()
}

// MarshalText writes d as canonical EDTF; the zero Date is written as "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads EDTF as Parse does, except that "" gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// String writes one point in canonical EDTF.
func (p point) String() string {
	switch p.kind {
	case endOpen:
		return ".."
	case endDate:
	default:
		return ""
	}
	var b strings.Builder
	if p.long {
		b.WriteByte('Y')
		if p.year < 0 {
			b.WriteByte('-')
		}
		b.WriteString(p.digits)
	} else {
		b.WriteString(yearString(p))
	}
	switch {
	case p.monthX:
		b.WriteString("-XX")
	case p.month != 0:
		b.WriteString("-" + two(int(p.month)))
	}
	switch {
	case p.dayX:
		b.WriteString("-XX")
	case p.day != 0:
		b.WriteString("-" + two(int(p.day)))
	}
	if p.hasTime {
		b.WriteString("T" + two(int(p.hour)) + ":" + two(int(p.minute)) + ":" + two(int(p.second)))
		b.WriteString(zoneString(p))
	}
	switch p.qual {
	case qualUncertain:
		b.WriteByte('?')
	case qualApprox:
		b.WriteByte('~')
	case qualBoth:
		b.WriteByte('%')
	}
	return b.String()
}

func zoneString(p point) string {
	switch p.zone {
	case zoneUTC:
		return "Z"
	case zoneOffset:
		sign, off := "+", int(p.offset)
		if off < 0 {
			sign, off = "-", -off
		}
		return sign + two(off/60) + ":" + two(off%60)
	}
	return ""
}

// yearString writes a four-character EDTF year with its unspecified digits.
func yearString(p point) string {
	s := yearEDTF(p.year)
	if p.yearX > 0 {
		s = s[:len(s)-int(p.yearX)] + strings.Repeat("X", int(p.yearX))
	}
	return s
}

// yearEDTF writes an astronomical year as EDTF: four digits, a minus sign
// for negative years, and the Y prefix beyond four digits.
func yearEDTF(y int64) string {
	neg := y < 0
	if neg {
		y = -y
	}
	s := strconv.FormatInt(y, 10)
	if len(s) > 4 {
		if neg {
			return "Y-" + s
		}
		return "Y" + s
	}
	s = strings.Repeat("0", 4-len(s)) + s
	if neg {
		s = "-" + s
	}
	return s
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// humanYear writes an astronomical year as people do: 1984, AD 476, and
// years before AD 1 as BC (year 0 is 1 BC, -43 is 44 BC).
func humanYear(y int64) string {
	switch {
	case y <= 0:
		return groupDigits(strconv.FormatInt(1-y, 10)) + " BC"
	case y < 1000:
		return "AD " + strconv.FormatInt(y, 10)
	}
	return groupDigits(strconv.FormatInt(y, 10))
}

// groupDigits puts thousands separators into numbers of more than four digits.
func groupDigits(s string) string {
	if len(s) <= 4 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// incDecimal adds one to a string of decimal digits.
func incDecimal(s string) string {
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// pointYear writes the year of a point (not its unspecified digits) as
// people do, keeping every digit of a Y-prefixed year.
func pointYear(p point) string {
	if !p.long {
		return humanYear(p.year)
	}
	if p.year < 0 {
		return groupDigits(incDecimal(p.digits)) + " BC"
	}
	return groupDigits(p.digits)
}

func ordinal(n int64) string {
	s := strconv.FormatInt(n, 10)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

// decadeName writes 198X as "1980s" and 047X as "AD 470s"; centuryName
// writes 18XX as "19th century".
func decadeName(y int64) string {
	if y < 1000 {
		return "AD " + strconv.FormatInt(y, 10) + "s"
	}
	return strconv.FormatInt(y, 10) + "s"
}

func centuryName(y int64) string { return ordinal(y/100+1) + " century" }

// clock writes a point's time of day and zone, such as "01:23:40 UTC+04:00".
func clock(p point) string {
	s := two(int(p.hour)) + ":" + two(int(p.minute)) + ":" + two(int(p.second))
	switch p.zone {
	case zoneUTC:
		s += " UTC"
	case zoneOffset:
		s += " UTC" + zoneString(p)
	}
	return s
}

// plain writes a point without its qualifier, as people write it: "1970s",
// "19th century", "spring 2009", "July 2022", "20 June 2023",
// "26 April 1986, 01:23:40". With weekday, days get their weekday name.
func (p point) plain(weekday bool) string {
	switch {
	case p.yearX == 2:
		return centuryName(p.year)
	case p.yearX == 1:
		return decadeName(p.year)
	case p.isSeason() && p.month == seasonWinter && !p.long && p.year >= 1000 && p.year < 9999:
		// Winter runs into the next year: "winter 2009–10", "winter 1999–2000".
		this, next := strconv.FormatInt(p.year, 10), strconv.FormatInt(p.year+1, 10)
		if this[:2] == next[:2] {
			next = next[2:]
		}
		return "winter " + this + "–" + next
	case p.isSeason():
		return seasonNames[p.month-seasonSpring] + " " + pointYear(p)
	case !p.hasMonth():
		return pointYear(p)
	case !p.hasDay():
		return monthNames[p.month] + " " + pointYear(p)
	}
	s := strconv.Itoa(int(p.day)) + " " + monthNames[p.month] + " " + pointYear(p)
	if weekday {
		s = p.weekday().String() + " " + s
	}
	if p.hasTime {
		s += ", " + clock(p)
	}
	return s
}

// weekday returns the weekday of a point's calendar day (ignoring its zone).
func (p point) weekday() time.Weekday {
	return time.Date(int(p.year), time.Month(p.month), int(p.day), 12, 0, 0, 0, time.UTC).Weekday()
}

// human writes a point with its qualifier: "c. 1950", "1984 (uncertain)",
// "c. 1984 (uncertain)".
func (p point) human(weekday bool) string {
	return withQual(p.qual, p.plain(weekday))
}

// Human writes d as people write dates: "1970s", "early 1980s", "mid-1990s",
// "late 2019", "c. 1950", "1984 (uncertain)", "c. 1984 (uncertain)",
// "July 2022", "20 June 2023", "2009–2014", "before 2012", "since 2009",
// "spring 2009", "19th century", "45 BC", "26 April 1986, 01:23:40".
// Unspecified months and days are left out (2022-07-XX is "July 2022").
// Years before AD 1 are written BC, astronomically: -0044 is 45 BC. The zero
// Date gives "".
func (d Date) Human() string { return d.human(false) }

// HumanWithWeekday is Human with the weekday named for a single date known
// to the day, as in "Tuesday 20 June 2023". Other dates are written as Human
// writes them.
func (d Date) HumanWithWeekday() string { return d.human(true) }

func (d Date) human(weekday bool) string {
	if d.IsZero() {
		return ""
	}
	if !d.interval {
		return d.start.human(weekday)
	}
	a, b := d.start, d.end
	switch {
	case a.kind == endOpen:
		return "before " + b.human(false)
	case a.kind == endUnknown:
		return "until " + b.human(false) + " (start unknown)"
	case b.kind == endOpen:
		return "since " + a.human(false)
	case b.kind == endUnknown:
		return "from " + a.human(false) + " (end unknown)"
	}
	if a.qual != b.qual {
		return "from " + a.human(false) + " to " + b.human(false)
	}
	if s, ok := part(a, b); ok {
		return withQual(a.qual, s)
	}
	return withQual(a.qual, shortRange(a, b))
}

// withQual adds a qualifier to a phrase: "c. 1950", "1984 (uncertain)".
func withQual(q qualifier, s string) string {
	if q&qualApprox != 0 {
		s = "c. " + s
	}
	if q&qualUncertain != 0 {
		s += " (uncertain)"
	}
	return s
}

// shortRange writes two ends without their qualifiers, sharing the year and
// month where they have them in common: "20–25 June 2023", "June–August 2023".
func shortRange(a, b point) string {
	if !a.hasTime && !b.hasTime && !a.long && !b.long && a.year == b.year && a.yearX == 0 && b.yearX == 0 {
		y := pointYear(a)
		switch {
		case a.hasDay() && b.hasDay() && a.month == b.month:
			return strconv.Itoa(int(a.day)) + "–" + strconv.Itoa(int(b.day)) + " " + monthNames[a.month] + " " + y
		case a.hasDay() && b.hasDay():
			return strconv.Itoa(int(a.day)) + " " + monthNames[a.month] + " – " + strconv.Itoa(int(b.day)) + " " + monthNames[b.month] + " " + y
		case a.hasMonth() && b.hasMonth() && !a.hasDay() && !b.hasDay() && !a.dayX && !b.dayX:
			return monthNames[a.month] + "–" + monthNames[b.month] + " " + y
		}
	}
	return join(a.plain(false), b.plain(false))
}

// join writes two ends with an en dash, spaced when either end has a space.
func join(a, b string) string {
	if strings.ContainsRune(a, ' ') || strings.ContainsRune(b, ' ') {
		return a + " – " + b
	}
	return a + "–" + b
}

// part recognises the intervals the phrase reader makes for "early", "mid"
// and "late": thirds of a century, a decade, a year or a month. It returns
// the phrase without qualifiers.
func part(a, b point) (string, bool) {
	if a.long || b.long || a.hasTime || b.hasTime || a.year < 0 || a.yearX != 0 || b.yearX != 0 ||
		a.monthX || b.monthX || a.dayX || b.dayX {
		return "", false
	}
	yearOnly := a.month == 0 && b.month == 0
	if yearOnly && a.year/100 == b.year/100 {
		base := a.year / 100 * 100
		if name := thirdName(a.year-base, b.year-base, 0, 33, 34, 66, 67, 99); name != "" {
			return name + centuryName(base), true
		}
	}
	if yearOnly && a.year/10 == b.year/10 {
		base := a.year / 10 * 10
		if name := thirdName(a.year-base, b.year-base, 0, 3, 4, 6, 7, 9); name != "" {
			return name + decadeName(base), true
		}
	}
	if a.year == b.year && a.hasMonth() && b.hasMonth() && !a.hasDay() && !b.hasDay() {
		if name := thirdName(int64(a.month), int64(b.month), 1, 4, 5, 8, 9, 12); name != "" {
			return name + pointYear(a), true
		}
	}
	if a.year == b.year && a.hasDay() && b.hasDay() && a.month == b.month {
		last := int64(daysIn(a.year, int(a.month)))
		if name := thirdName(int64(a.day), int64(b.day), 1, 10, 11, 20, 21, last); name != "" {
			return name + monthNames[a.month] + " " + pointYear(a), true
		}
	}
	return "", false
}

// thirdName names [lo, hi] as "early ", "mid-" or "late " when it matches
// one of the three given ranges.
func thirdName(lo, hi, e1, e2, m1, m2, l1, l2 int64) string {
	switch {
	case lo == e1 && hi == e2:
		return "early "
	case lo == m1 && hi == m2:
		return "mid-"
	case lo == l1 && hi == l2:
		return "late "
	}
	return ""
}

// Words says d in words for the reading under a date field, with no EDTF:
// Describe's words for a single date or an open range ("some time in the
// 1970s (1970 to 1979)", "on 20 June 2023", "since 2014 (open end)"), and
// for a closed range its name if it has one, then its ends: "early 1980s
// (1980 to 1983)", "1980 to 1985", "June 2023 to August 2023".
func (d Date) Words() string {
	if !d.interval || d.start.kind != endDate || d.end.kind != endDate {
		return d.Describe()
	}
	a, b := d.start, d.end
	ends := a.human(false) + " to " + b.human(false)
	if a.qual == b.qual {
		if s, ok := part(a, b); ok {
			return withQual(a.qual, s) + " (" + a.plain(false) + " to " + b.plain(false) + ")"
		}
	}
	return ends
}

// Describe says in words what d covers, for showing how a date was read:
// "on 20 June 2023", "some time in July 2022", "around 1950 (approximate)",
// "some time in the 1970s (1970 to 1979)", "between 1 January 1980 and
// 31 December 1983", "before 2012 (open start)", "since 2009 (open end)".
// The zero Date gives "no date".
func (d Date) Describe() string {
	if d.IsZero() {
		return "no date"
	}
	if !d.interval {
		return d.start.describe()
	}
	a, b := d.start, d.end
	switch {
	case a.kind == endOpen:
		return "before " + b.human(false) + " (open start)"
	case a.kind == endUnknown:
		return "until " + b.human(false) + " (start unknown)"
	case b.kind == endOpen:
		return "since " + a.human(false) + " (open end)"
	case b.kind == endUnknown:
		return "from " + a.human(false) + " (end unknown)"
	}
	s := "between " + a.first() + " and " + b.last()
	switch {
	case a.qual == b.qual:
		s += qualNote(a.qual, "")
	default:
		s += qualNote(a.qual, "start ") + qualNote(b.qual, "end ")
	}
	return s
}

// first and last write the first and last day of a point, or the time for a
// point with a time, or the year for a Y-prefixed year.
func (p point) first() string {
	if p.long || p.hasTime {
		return p.plain(false)
	}
	lo, _ := p.bounds()
	return dayString(lo)
}

func (p point) last() string {
	if p.long || p.hasTime {
		return p.plain(false)
	}
	_, hi := p.bounds()
	return dayString(hi)
}

func dayString(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + monthNames[t.Month()] + " " + humanYear(int64(t.Year()))
}

func qualNote(q qualifier, prefix string) string {
	switch q {
	case qualApprox:
		return " (" + prefix + "approximate)"
	case qualUncertain:
		return " (" + prefix + "uncertain)"
	case qualBoth:
		return " (" + prefix + "approximate and uncertain)"
	}
	return ""
}

func (p point) describe() string {
	lead, body, detail := "some time in", p.plain(false), ""
	switch {
	case p.hasTime:
		lead, body = "at", clock(p)+" on "+strconv.Itoa(int(p.day))+" "+monthNames[p.month]+" "+pointYear(p)
	case p.hasDay():
		lead = "on"
	case p.yearX == 1 || p.yearX == 2:
		lo, hi := p.bounds()
		body = "the " + body
		detail = " (" + humanYear(int64(lo.Year())) + " to " + humanYear(int64(hi.Year())) + ")"
	case p.isSeason():
		detail = " (" + p.first() + " to " + p.last() + ")"
	case p.long:
		body = "the year " + body
	}
	if p.qual&qualApprox != 0 {
		lead = "around"
	}
	return lead + " " + body + detail + qualNote(p.qual, "")
}
