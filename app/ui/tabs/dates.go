package tabs

import (
	"strings"
	"time"

	"casefile/app"
)

// This file is the window's only contact with app/edtf: reading what the
// analyst types into a date field, showing a date in words, and ordering
// dates on the timeline.

// parseDateInput reads a date field as app.ReadDate does (the one reading
// of a typed date), with the field's error sentence.
func parseDateInput(field, text string, ref time.Time) (app.Date, error) {
	d, _, err := app.ReadDate(text, ref)
	if err != nil {
		return app.Date{Phrase: strings.TrimSpace(text)}, app.DateError(field, text, err)
	}
	return d, nil
}
