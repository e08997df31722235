package edtf

import (
	"time"
)

// maxYear is the largest year magnitude used for arithmetic; Y-prefixed years
// beyond it are clamped (see the package documentation).
const maxYear = 999_999_999

// sentinelYear is the year of MinTime and MaxTime, beyond every clamped year.
const sentinelYear = 1_000_000_000

var (
	minTime = time.Date(-sentinelYear, time.January, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(sentinelYear, time.December, 31, 23, 59, 59, 999_999_999, time.UTC)
)

// MinTime returns the sentinel that Earliest gives for an interval whose start
// is open ("..") or unknown (empty): 1 January of the year -1,000,000,000 UTC,
// earlier than any date this package accepts.
func MinTime() time.Time { return minTime }

// MaxTime returns the sentinel that Latest gives for an interval whose end is
// open ("..") or unknown (empty): the last nanosecond of the year
// 1,000,000,000 UTC, later than any date this package accepts.
func MaxTime() time.Time { return maxTime }

// endKind says what one end of a date is.
type endKind uint8

const (
	endNone    endKind = iota // no date at all (the zero Date)
	endDate                   // a real date
	endOpen                   // ".." in an interval
	endUnknown                // "" in an interval
)

// qualifier is a bit set: uncertain (?) and approximate (~); both is %.
type qualifier uint8

const (
	qualUncertain qualifier = 1 << iota
	qualApprox
	qualBoth = qualUncertain | qualApprox
)

// zoneKind says how a time's zone was written.
type zoneKind uint8

const (
	zoneNone   zoneKind = iota // no zone: read as UTC
	zoneUTC                    // Z
	zoneOffset                 // ±hh:mm
)

// Seasons, as EDTF Level 1 numbers them in the month position.
const (
	seasonSpring = 21
	seasonSummer = 22
	seasonAutumn = 23
	seasonWinter = 24
)

// point is one date: a single Date, or one end of an interval.
type point struct {
	kind   endKind
	long   bool   // Y-prefixed year
	digits string // long years: the year's magnitude as written, no leading zeros
	year   int64  // astronomical year; with yearX > 0 the unspecified digits count as 0; long years clamped
	yearX  uint8  // trailing unspecified digits of the year: 0, 1 or 2

	month  uint8 // 0 when absent or unspecified; 1–12 a month; 21–24 a season
	monthX bool  // month written XX
	day    uint8 // 0 when absent or unspecified
	dayX   bool  // day written XX

	hasTime              bool
	hour, minute, second uint8
	zone                 zoneKind
	offset               int16 // minutes east of UTC when zone is zoneOffset

	qual qualifier
}

func (p point) isSeason() bool { return p.month >= seasonSpring && p.month <= seasonWinter }
func (p point) hasMonth() bool { return p.month >= 1 && p.month <= 12 }
func (p point) hasDay() bool   { return p.day != 0 }

// Date is an EDTF date: either a single date or an interval of two ends. The
// zero Date means "no date". Dates are comparable with ==, and
// Parse(d.String()) == d for every Date that Parse returns.
type Date struct {
	start    point
	end      point
	interval bool
}

// IsZero reports whether d is the zero Date, which stands for no date at all.
func (d Date) IsZero() bool { return d.start.kind == endNone }

// IsInterval reports whether d is an interval (written with "/").
func (d Date) IsInterval() bool { return d.interval }

// Start returns the start of an interval as a single Date, or d itself when d
// is a single date. It returns the zero Date when the start is open or unknown.
func (d Date) Start() Date {
	if !d.interval {
		return d
	}
	if d.start.kind != endDate {
		return Date{}
	}
	return Date{start: d.start}
}

// End returns the end of an interval as a single Date, or d itself when d is a
// single date. It returns the zero Date when the end is open or unknown.
func (d Date) End() Date {
	if !d.interval {
		return d
	}
	if d.end.kind != endDate {
		return Date{}
	}
	return Date{start: d.end}
}

// OpenStart reports whether d is an interval whose start is open (".."), as in
// "../2012": it reaches back without limit.
func (d Date) OpenStart() bool { return d.interval && d.start.kind == endOpen }

// OpenEnd reports whether d is an interval whose end is open (".."), as in
// "2009/..": it goes on without limit.
func (d Date) OpenEnd() bool { return d.interval && d.end.kind == endOpen }

// UnknownStart reports whether d is an interval whose start is unknown
// (empty), as in "/2012".
func (d Date) UnknownStart() bool { return d.interval && d.start.kind == endUnknown }

// UnknownEnd reports whether d is an interval whose end is unknown (empty), as
// in "2009/".
func (d Date) UnknownEnd() bool { return d.interval && d.end.kind == endUnknown }

// Approximate reports whether d is marked approximate (~ or %). For an
// interval it reports whether either end is; ask Start and End for each end.
func (d Date) Approximate() bool {
	return d.start.qual&qualApprox != 0 || d.end.qual&qualApprox != 0
}

// Uncertain reports whether d is marked uncertain (? or %). For an interval it
// reports whether either end is; ask Start and End for each end.
func (d Date) Uncertain() bool {
	return d.start.qual&qualUncertain != 0 || d.end.qual&qualUncertain != 0
}

// HasTime reports whether d, or either end of it, carries a time of day.
func (d Date) HasTime() bool { return d.start.hasTime || d.end.hasTime }

// Level returns the EDTF conformance level d needs: 0 for plain dates, dates
// with times and closed intervals of those; 1 when it uses any Level 1
// feature (qualifiers, unspecified digits, negative or Y-prefixed years,
// seasons, open or unknown interval ends). The zero Date is level 0.
func (d Date) Level() int {
	if d.start.level() == 1 || d.end.level() == 1 {
		return 1
	}
	return 0
}

func (p point) level() int {
	switch {
	case p.kind == endOpen || p.kind == endUnknown:
		return 1
	case p.kind != endDate:
		return 0
	case p.long, p.year < 0, p.yearX > 0, p.monthX, p.dayX, p.isSeason(), p.qual != 0:
		return 1
	}
	return 0
}

// Precision is how finely a date is known.
type Precision int

// The precisions, from finest to coarsest.
const (
	PrecisionNone    Precision = iota // the zero Date, or an interval with no known end
	PrecisionSecond                   // a date with a time
	PrecisionDay                      // 2023-06-20
	PrecisionMonth                    // 2023-06, 2023-06-XX
	PrecisionSeason                   // 2009-21
	PrecisionYear                     // 2023, 2023-XX, 2023-XX-XX, Y170000002
	PrecisionDecade                   // 198X
	PrecisionCentury                  // 19XX
)

var precisionNames = [...]string{"none", "second", "day", "month", "season", "year", "decade", "century"}

// String returns the precision's name in lower case, such as "day".
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "unknown"
	}
	return precisionNames[p]
}

// Precision returns how finely d is known. For an interval it is the coarser
// precision of its known ends.
func (d Date) Precision() Precision {
	a, b := d.start.precision(), d.end.precision()
	if b > a {
		return b
	}
	return a
}

func (p point) precision() Precision {
	switch {
	case p.kind != endDate:
		return PrecisionNone
	case p.yearX == 2:
		return PrecisionCentury
	case p.yearX == 1:
		return PrecisionDecade
	case p.isSeason():
		return PrecisionSeason
	case !p.hasMonth():
		return PrecisionYear
	case !p.hasDay():
		return PrecisionMonth
	case p.hasTime:
		return PrecisionSecond
	}
	return PrecisionDay
}

// Earliest returns the first instant d may refer to, in UTC: midnight at the
// start of its first possible day (or the exact time, for a date with a
// time). An open or unknown start gives MinTime. The zero Date gives the zero
// time.Time.
func (d Date) Earliest() time.Time {
	switch d.start.kind {
	case endDate:
		lo, _ := d.start.bounds()
		return lo
	case endOpen, endUnknown:
		return minTime
	}
	return time.Time{}
}

// Latest returns the last instant d may refer to, in UTC: the last nanosecond
// of its last possible day, such as 1983-12-31T23:59:59.999999999Z for 198X
// (or the last nanosecond of the second, for a date with a time). An open or
// unknown end gives MaxTime. The zero Date gives the zero time.Time.
func (d Date) Latest() time.Time {
	p := d.start
	if d.interval {
		p = d.end
	}
	switch p.kind {
	case endDate:
		_, hi := p.bounds()
		return hi
	case endOpen, endUnknown:
		return maxTime
	}
	return time.Time{}
}

// bounds returns the first and last instants of a point of kind endDate.
func (p point) bounds() (lo, hi time.Time) {
	yLo := int(p.year)
	yHi := yLo
	switch p.yearX {
	case 1:
		yHi += 9
	case 2:
		yHi += 99
	}
	switch {
	case p.hasTime:
		loc := time.UTC
		if p.zone == zoneOffset {
			loc = time.FixedZone("", int(p.offset)*60)
		}
		t := time.Date(yLo, time.Month(p.month), int(p.day), int(p.hour), int(p.minute), int(p.second), 0, loc).UTC()
		return t, t.Add(time.Second - 1)
	case p.hasDay():
		t := time.Date(yLo, time.Month(p.month), int(p.day), 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 0, 1).Add(-1)
	case p.hasMonth():
		t := time.Date(yLo, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 1, 0).Add(-1)
	case p.isSeason():
		first := 3 + 3*int(p.month-seasonSpring) // March, June, September, December
		t := time.Date(yLo, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 3, 0).Add(-1)
	}
	return time.Date(yLo, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(yHi+1, time.January, 1, 0, 0, 0, 0, time.UTC).Add(-1)
}

// Compare orders dates by Earliest, then by Latest, and returns -1, 0 or +1.
// The zero Date sorts after every other date. Dates that cover the same span
// (2022 and 2022-XX, or 1950 and 1950~) compare equal; callers add their own
// further key, such as a title.
func Compare(a, b Date) int {
	switch az, bz := a.IsZero(), b.IsZero(); {
	case az && bz:
		return 0
	case az:
		return 1
	case bz:
		return -1
	}
	if c := a.Earliest().Compare(b.Earliest()); c != 0 {
		return c
	}
	return a.Latest().Compare(b.Latest())
}

// daysIn returns the number of days in a month of an astronomical year.
func daysIn(year int64, month int) int {
	switch month {
	case 2:
		if isLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
