package briefing

// This file is the seam to the domain's leaf packages: fuzzy dates
// (app/edtf) and claim numbers (app/quantity). Nothing else in the package
// calls them.

import (
	"math"
	"strconv"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/edtf"
	"casefile/app/quantity"
	"casefile/app/timelinelayout"
)

// dateInfo is what the briefing needs of a fuzzy date.
type dateInfo struct {
	valid       bool   // the EDTF parsed and names a time
	human       string // "early 1980s", "July 2022", "20 June 2023"
	weekday     string // as human, with the weekday of a single day: "Tuesday 20 June 2023"
	phrase      string // the source's own phrase, when it says more than human
	start, end  float64
	openStart   bool // no known start: "before 1985"
	openEnd     bool // no known end: "since 2009"
	dot         bool // known to the day or finer
	certainty   Certainty
	earliestKey time.Time // for sorting; zero when not valid
	latestKey   time.Time
}

// readDate reads a case date. A date whose EDTF does not parse (a case file
// should never hold one) prints as its phrase, or as the EDTF itself.
func readDate(d app.Date) dateInfo {
	var di dateInfo
	if d.EDTF != "" {
		if ed, err := edtf.Parse(d.EDTF); err == nil && !ed.IsZero() {
			di.valid = true
			di.human = ed.Human()
			di.weekday = ed.HumanWithWeekday()
			lo, hi := ed.Earliest(), ed.Latest()
			di.openStart = lo.Equal(edtf.MinTime())
			di.openEnd = hi.Equal(edtf.MaxTime())
			switch {
			case di.openStart && di.openEnd:
				di.valid = false
			case di.openStart:
				lo = hi
			case di.openEnd:
				hi = lo
			}
			di.earliestKey, di.latestKey = lo, hi
			di.start, di.end = timelinelayout.Days(lo), timelinelayout.Days(hi)
			p := ed.Precision()
			di.dot = (p == edtf.PrecisionDay || p == edtf.PrecisionSecond) && !ed.IsInterval()
			switch {
			case ed.Approximate() && ed.Uncertain():
				di.certainty = Both
			case ed.Approximate():
				di.certainty = Approximate
			case ed.Uncertain():
				di.certainty = Uncertain
			default:
				di.certainty = Certain
			}
		} else {
			di.human = d.EDTF
			di.weekday = d.EDTF
		}
	}
	if ph := strings.TrimSpace(d.Phrase); ph != "" {
		if di.human == "" {
			di.human, di.weekday = ph, ph
		} else if !strings.EqualFold(ph, di.human) && !strings.EqualFold(ph, di.weekday) {
			di.phrase = ph
		}
	}
	return di
}

// formatNumbers writes a claim's numbers: "about 100", "at least 3,000",
// "30,000–60,000"; "" when the claim gives none.
func formatNumbers(c app.Claim) string {
	return quantity.Format(tidy(c.Low), tidy(c.High), quantity.Qualifier(c.Qualifier))
}

// formatValue writes one number as claims are written ("1,234.5").
func formatValue(v float64) string {
	v = *tidy(&v)
	return quantity.Format(&v, &v, quantity.Exact)
}

// tidy rounds a number to 12 significant digits, so that the residue of
// binary arithmetic (5049.599999999999) prints as the number meant
// (5,049.6). nil stays nil.
func tidy(v *float64) *float64 {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return v
	}
	t, err := strconv.ParseFloat(strconv.FormatFloat(*v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return &t
}
