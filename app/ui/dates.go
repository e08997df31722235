package ui

import (
	"errors"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/edtf"
)

// This file is the window's only contact with app/edtf: reading what the
// analyst types into a date field, showing a date in words, and ordering
// dates on the timeline.

// parseDateInput reads a date field: an EDTF string ("2023-06-20", "198X~")
// or an everyday phrase ("early 1980s", "last Tuesday") read against ref.
// field names the field in the error. An empty input is the zero date.
func parseDateInput(field, text string, ref time.Time) (app.Date, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return app.Date{}, nil
	}
	if _, err := edtf.Parse(text); err == nil {
		return app.Date{EDTF: text}, nil
	}
	r, err := edtf.ParsePhrase(text, ref)
	if err != nil {
		return app.Date{Phrase: text}, dateError(field, text, err)
	}
	return app.Date{EDTF: r.EDTF, Phrase: text}, nil
}

// dateError is the field error for text that does not read as a date.
func dateError(field, text string, err error) error {
	text = strings.TrimSpace(text)
	msg := "“" + text + "” is not a date Casefile understands. Try 2023-06-20, June 2023, 2023, the 1980s or early 1980s."
	switch {
	case errors.Is(err, edtf.ErrNeedsReference):
		msg = "“" + text + "” needs a reference date: set the case's as-of date, or write the date itself."
	case !errors.Is(err, edtf.ErrNotUnderstood):
		msg = "“" + text + "” is not a possible date: " + err.Error() + "."
	}
	return &app.Error{Code: app.EINVALID, Field: field, Message: msg, Err: err}
}

// dateInputText is what a date field shows for d: the phrase the source
// used when there is one, else the EDTF string.
func dateInputText(d app.Date) string {
	if d.Phrase != "" {
		return d.Phrase
	}
	return d.EDTF
}

// humanDate says d in words ("20 June 2023", "Tuesday 20 June 2023" when
// it was written with a weekday), or "" when unset. A date that does not
// parse is shown as stored.
func humanDate(d app.Date) string {
	if d.EDTF == "" {
		return d.Phrase
	}
	p, err := edtf.Parse(d.EDTF)
	if err != nil {
		return d.EDTF
	}
	return listDate(d, p)
}

// referenceTime is the "now" that phrases such as "last Tuesday" are read
// against: the case's as-of date when it has one, else today.
func referenceTime(c app.Case) time.Time {
	if c.AsOf.EDTF != "" {
		if p, err := edtf.Parse(c.AsOf.EDTF); err == nil {
			return p.Earliest()
		}
	}
	return time.Now()
}
