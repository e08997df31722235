package tabs

import (
	"strings"
	"time"

	"casefile/app"
)

// Reading what the analyst types into a new item's date: the domain's one
// reading of a typed date (app.ReadDate), with the field's error sentence.

// parseDateInput reads a date field as app.ReadDate does (the one reading
// of a typed date), with the field's error sentence.
func parseDateInput(field, text string, ref time.Time) (app.Date, error) {
	d, _, err := app.ReadDate(text, ref)
	if err != nil {
		return app.Date{Phrase: strings.TrimSpace(text)}, app.DateError(field, text, err)
	}
	return d, nil
}
