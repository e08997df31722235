package ui

import (
	"time"

	"casefile/app"
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

// sourceDateReference is what a claim's as-of date is read against: the
// published date of the source making the claim, else the case's as-of
// date, else today.
func (cw *caseWindow) sourceDateReference(sourceID string) (time.Time, string) {
	if t, ok := cw.idx().Source(sourceID).PublishedTime(); ok {
		return t, refSourceLabel
	}
	return cw.dateReference()
}

// eventDateReference is what an event's date is read against: the
// published date of the first source it cites that has one, else the
// case's as-of date, else today.
func (cw *caseWindow) eventDateReference(ev *app.Event) (time.Time, string) {
	for _, c := range ev.Citations {
		if t, ok := cw.idx().Source(c.Source).PublishedTime(); ok {
			return t, refSourceLabel
		}
	}
	return cw.dateReference()
}

// dialogDate is a date field for a dialog (a relation's start and end):
// a widgets.DateEntry showing d, reading words for days against the case's
// as-of date.
func (cw *caseWindow) dialogDate(d app.Date) *widgets.DateEntry {
	e := widgets.NewDateEntry()
	e.SetReference(cw.dateReference())
	e.SetDate(d)
	cw.h.Guard(e)
	return e
}
