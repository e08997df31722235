package ui

import (
	"casefile/app"
	"casefile/widgets"
	"time"
)

// newDateInput makes a date field (widgets.DateEntry: it says under the
// field how it reads what is typed) that autosaves like the other fields:
// a date that reads starts the pause timer, and leaving the field saves at
// once (showing beside it why a date that does not read was not saved).
func (cw *caseWindow) newDateInput(loading *bool, key func() string, save func()) *widgets.DateEntry {
	d := widgets.NewDateEntry()
	t, label := cw.dateReference()
	d.SetReference(t, label)
	d.OnChanged = func(app.Date) {
		if !*loading {
			cw.h.Edited(key(), save)
		}
	}
	d.OnFocusLost = func() {
		if !*loading {
			cw.h.Edited(key(), save)
			cw.saver.Flush()
		}
	}
	cw.h.Guard(d)
	return d
}

// dateReference is what words such as "Tuesday" are read against.
func (cw *caseWindow) dateReference() (time.Time, string) {
	if cw.idx().Data().Case.AsOf.EDTF != "" {
		t, _ := cw.idx().Case().AsOfTime()
		return t, "the case's as-of date"
	}
	return time.Now(), "today"
}

// readDateInput returns a date field's date, or an error for the field
// that says why the text is not a date.
func readDateInput(field string, d *widgets.DateEntry) (app.Date, error) {
	date, err := d.Date()
	if err != nil {
		return date, app.DateError(field, d.Text(), err)
	}
	return date, nil
}
