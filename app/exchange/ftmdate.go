package exchange

import (
	"strings"
	"time"

	"casefile/app"
	"casefile/app/edtf"
)

// ftmDate returns the FtM value for a case date ("" for none) and whether
// it says exactly what the date's EDTF says. FtM dates are ISO 8601
// prefixes (2023, 2023-06, 2023-06-20, 2023-06-20T01:23:40) with years from
// 1000 to 2999, and a prefix means "some time in": so a date is written as
// its longest certain prefix, the longest prefix that its first and last
// possible days share, and nothing is invented:
//
//   - a plain year, month, day or time is written as it is, and is exact;
//     a month with an unspecified day (2022-07-XX) as the month;
//   - an interval within one month or year as that month or year
//     (2023-06-20/2023-06-21 as 2023-06), a season as its year; a decade
//     (198X), a century, or an interval across years gets no value;
//   - a date marked uncertain or approximate, one with an open or unknown
//     end, a year outside 1000–2999 and a date that is not valid EDTF get
//     no value.
//
// A date that is not exact is also written out in words by dateNote, in
// the entity's notes or summary, with the source's phrase. An interval's
// ends go to startDate and endDate (see ftmRange) where the schema has them.
func ftmDate(d app.Date) (string, bool) {
	ed, ok := parseDate(d)
	if !ok || ed.Approximate() || ed.Uncertain() || ed.OpenStart() || ed.OpenEnd() || ed.UnknownStart() || ed.UnknownEnd() {
		return "", false
	}
	p := certainPrefix(ed.Earliest(), ed.Latest(), ed.Precision() == edtf.PrecisionSecond)
	exact := !ed.IsInterval()
	switch ed.Precision() {
	case edtf.PrecisionSecond, edtf.PrecisionDay, edtf.PrecisionMonth, edtf.PrecisionYear:
	default:
		exact = false
	}
	return p, exact && p != ""
}

// ftmRange returns the startDate and endDate of an interval: each end's
// longest certain prefix (see ftmDate), "" for an open, unknown,
// uncertain or approximate end, or an end that has none. A date that is not
// an interval has neither.
func ftmRange(d app.Date) (start, end string) {
	ed, ok := parseDate(d)
	if !ok || !ed.IsInterval() {
		return "", ""
	}
	part := func(p edtf.Date) string {
		if p.IsZero() || p.Approximate() || p.Uncertain() {
			return ""
		}
		return certainPrefix(p.Earliest(), p.Latest(), p.Precision() == edtf.PrecisionSecond)
	}
	return part(ed.Start()), part(ed.End())
}

// certainPrefix writes the longest ISO 8601 prefix that lo and hi share:
// a year, a month, a day, or (withTime, when lo and hi are one second) the
// time to the second; "" when they lie in different years or the year is
// outside 1000–2999.
func certainPrefix(lo, hi time.Time, withTime bool) string {
	if lo.Year() != hi.Year() || lo.Year() < 1000 || lo.Year() > 2999 {
		return ""
	}
	switch {
	case lo.Month() != hi.Month():
		return lo.Format("2006")
	case lo.Day() != hi.Day():
		return lo.Format("2006-01")
	case withTime && lo.Truncate(time.Second).Equal(hi.Truncate(time.Second)):
		return lo.Format("2006-01-02T15:04:05")
	}
	return lo.Format("2006-01-02")
}

// dateNote writes a date in words for an entity's notes: "Born:
// 1956–1957; as reported: “66 years old in June 2023”." It is "" for an unset date,
// and for an exact date (see ftmDate) whose phrase adds nothing.
func dateNote(label string, d app.Date, exact bool) string {
	if d.IsZero() {
		return ""
	}
	written := humanDate(d, false)
	extra := extraPhrase(d, humanDate(d, true))
	switch {
	case exact && extra == "":
		return ""
	case d.EDTF == "":
		return label + ": “" + strings.TrimSpace(d.Phrase) + "”."
	case extra != "":
		return label + ": " + written + "; as reported: “" + extra + "”."
	}
	return label + ": " + written + "."
}

// parseDate reads a case date's EDTF; ok is false when it is unset or not
// valid.
func parseDate(d app.Date) (edtf.Date, bool) {
	if d.EDTF == "" {
		return edtf.Date{}, false
	}
	ed, err := edtf.Parse(d.EDTF)
	if err != nil || ed.IsZero() {
		return edtf.Date{}, false
	}
	return ed, true
}

// humanDate writes a case date as people read it: edtf's Human (or
// HumanWithWeekday), "July 2022", "early 1980s"; the EDTF as stored when it
// is not valid; the phrase when there is no EDTF; "" when unset.
func humanDate(d app.Date, weekday bool) string {
	if d.EDTF == "" {
		return strings.TrimSpace(d.Phrase)
	}
	ed, ok := parseDate(d)
	switch {
	case !ok:
		return d.EDTF
	case weekday:
		return ed.HumanWithWeekday()
	}
	return ed.Human()
}

// extraPhrase returns the phrase the source used for d when it says more
// than written, the date in words: "since at least 2009" for 2009, but ""
// for "Tuesday" beside "Tuesday 20 June 2023" or "July 2022" beside "July
// 2022" (compared without case and diacritics). It is "" when d has no
// EDTF, because then the phrase is the written date.
func extraPhrase(d app.Date, written string) string {
	ph := strings.TrimSpace(d.Phrase)
	if ph == "" || d.EDTF == "" || strings.Contains(app.Fold(written), app.Fold(ph)) {
		return ""
	}
	return ph
}

// sentence ends s with a full stop unless it already ends with one, a
// question mark, an exclamation mark or an ellipsis.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}
