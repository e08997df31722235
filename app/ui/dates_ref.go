package ui

import (
	"strings"
	"time"

	"casefile/app"
	"casefile/app/edtf"
	"casefile/widgets"
)

// This file says what words for days ("Tuesday", "yesterday") are read
// against in each date field, and how lists write a date that was typed
// with a weekday.

// Labels naming the reference date in a date field's caption.
const (
	refSourceLabel = "the source's date"
	refCaseLabel   = "the case's as-of date"
	refTodayLabel  = "today"
)

// publishedTime is the first instant of a source's published date, or false
// when the source has none that reads.
func publishedTime(s *app.Source) (time.Time, bool) {
	if s == nil || s.Published.EDTF == "" {
		return time.Time{}, false
	}
	p, err := edtf.Parse(s.Published.EDTF)
	if err != nil {
		return time.Time{}, false
	}
	return p.Earliest(), true
}

// sourceDateReference is what a claim's as-of date is read against: the
// published date of the source making the claim, else the case's as-of
// date, else today.
func (cw *caseWindow) sourceDateReference(sourceID string) (time.Time, string) {
	if t, ok := publishedTime(cw.idx().Source(sourceID)); ok {
		return t, refSourceLabel
	}
	return cw.dateReference()
}

// eventDateReference is what an event's date is read against: the
// published date of the first source it cites that has one, else the
// case's as-of date, else today.
func (cw *caseWindow) eventDateReference(ev *app.Event) (time.Time, string) {
	for _, c := range ev.Citations {
		if t, ok := publishedTime(cw.idx().Source(c.Source)); ok {
			return t, refSourceLabel
		}
	}
	return cw.dateReference()
}

// weekdayWords are the day names (and their usual abbreviations) whose
// presence in a date's phrase makes lists name the weekday.
var weekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// phraseNamesWeekday reports whether a date's phrase names a day of the
// week, as "Tuesday" or "last Friday" do.
func phraseNamesWeekday(phrase string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		if weekdayWords[w] {
			return true
		}
	}
	return false
}

// listDate writes a parsed date for a list: edtf's human wording ("early
// 1980s", "20 June 2023"), with the weekday ("Tuesday 20 June 2023") when
// the analyst wrote the date with one.
func listDate(d app.Date, p edtf.Date) string {
	if phraseNamesWeekday(d.Phrase) {
		return p.HumanWithWeekday()
	}
	return p.Human()
}

// dialogDate is a date field for a dialog (a relation's start and end):
// a widgets.DateEntry showing d, reading words for days against the case's
// as-of date.
func (cw *caseWindow) dialogDate(d app.Date) *widgets.DateEntry {
	e := widgets.NewDateEntry()
	e.SetReference(cw.dateReference())
	e.SetDate(d)
	cw.guard(e)
	return e
}
