package itemedit

import (
	"time"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/widgets"
)

// The date fields of the item forms and dialogs: what words for days
// ("Tuesday", "yesterday") are read against in each, and reading a
// field's date with the sentence for the field when it is not one.

// Labels naming the reference date in a date field's caption.
const (
	refSourceLabel = "the source's date"
	refCaseLabel   = "the case's as-of date"
	refTodayLabel  = "today"
)

// DateInput makes a date field (widgets.DateEntry: it says under the
// field how it reads what is typed) that autosaves like the other fields:
// a date that reads starts the pause timer, and leaving the field saves at
// once (showing beside it why a date that does not read was not saved).
// While *loading the form is being filled, and nothing is saved.
func DateInput(h *host.Host, loading *bool, key func() string, save func()) *widgets.DateEntry {
	d := widgets.NewDateEntry()
	t, label := DateReference(h.Index())
	d.SetReference(t, label)
	d.OnChanged = func(app.Date) {
		if !*loading {
			h.Edited(key(), save)
		}
	}
	d.OnFocusLost = func() {
		if !*loading {
			h.Edited(key(), save)
			h.Saver.Flush()
		}
	}
	h.Guard(d)
	return d
}

// DateReference is what words such as "Tuesday" are read against: the
// case's as-of date, else today.
func DateReference(x *session.Index) (time.Time, string) {
	if x.Data().Case.AsOf.EDTF != "" {
		t, _ := x.Case().AsOfTime()
		return t, refCaseLabel
	}
	return time.Now(), refTodayLabel
}

// SourceDateReference is what a claim's as-of date is read against: the
// published date of the source making the claim, else the case's as-of
// date, else today.
func SourceDateReference(x *session.Index, sourceID string) (time.Time, string) {
	if t, ok := x.Source(sourceID).PublishedTime(); ok {
		return t, refSourceLabel
	}
	return DateReference(x)
}

// EventDateReference is what an event's date is read against: the
// published date of the first source it cites that has one, else the
// case's as-of date, else today.
func EventDateReference(x *session.Index, ev *app.Event) (time.Time, string) {
	for _, c := range ev.Citations {
		if t, ok := x.Source(c.Source).PublishedTime(); ok {
			return t, refSourceLabel
		}
	}
	return DateReference(x)
}

// DialogDate is a date field for a dialog (a relation's start and end):
// a widgets.DateEntry showing d, reading words for days against the case's
// as-of date.
func DialogDate(h *host.Host, d app.Date) *widgets.DateEntry {
	e := widgets.NewDateEntry()
	e.SetReference(DateReference(h.Index()))
	e.SetDate(d)
	h.Guard(e)
	return e
}

// ReadDate returns a date field's date, or an error for the field that
// says why the text is not a date.
func ReadDate(field string, d *widgets.DateEntry) (app.Date, error) {
	date, err := d.Date()
	if err != nil {
		return date, app.DateError(field, d.Text(), err)
	}
	return date, nil
}
