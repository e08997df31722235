package app

import (
	"errors"
	"strings"
	"time"

	"casefile/app/edtf"
)

// ReadDate reads a date as an analyst types it into any date field of the
// window or the command line: EDTF ("2023-06-20", "198X~", "1980/1983"),
// kept as EDTF with no phrase, or an everyday phrase ("early 1980s", "20
// June 2023", "last Tuesday") read against ref and kept with its phrase.
// Surrounding spaces are ignored and empty text is the zero Date. The
// reading is returned too, for a caption that explains it. The error wraps
// the edtf package's (edtf.ErrNotUnderstood, edtf.ErrNeedsReference);
// DateError turns it into a sentence for the user.
func ReadDate(text string, ref time.Time) (Date, edtf.Reading, error) {
	kept := strings.TrimSpace(text)
	if kept == "" {
		return Date{}, edtf.Reading{}, nil
	}
	r, err := edtf.ParsePhrase(kept, ref)
	if err != nil {
		return Date{}, r, err
	}
	if _, perr := edtf.Parse(kept); perr == nil {
		return Date{EDTF: r.EDTF}, r, nil // EDTF as typed: no phrase to keep
	}
	return Date{EDTF: r.EDTF, Phrase: r.Phrase}, r, nil
}

// DateError is the field error for text that does not read as a date
// (err from ReadDate): a sentence that says why and what would read.
func DateError(field, text string, err error) error {
	text = strings.TrimSpace(text)
	msg := "“" + text + "” is not a date Casefile understands. Try 2023-06-20, June 2023, 2023, the 1980s or early 1980s."
	switch {
	case errors.Is(err, edtf.ErrNeedsReference):
		msg = "“" + text + "” needs a reference date: set the case's as-of date, or write the date itself."
	case !errors.Is(err, edtf.ErrNotUnderstood):
		msg = "“" + text + "” is not a possible date: " + err.Error() + "."
	}
	return &Error{Code: EINVALID, Field: field, Message: msg, Err: err}
}

// HumanDate says d in words for lists and links ("20 June 2023", "early
// 1980s"), with the weekday ("Tuesday 20 June 2023") when the analyst
// wrote the date with one; "" when unset. A date that does not parse is
// shown as stored.
func HumanDate(d Date) string {
	if d.EDTF == "" {
		return d.Phrase
	}
	p, err := edtf.Parse(d.EDTF)
	if err != nil {
		return d.EDTF
	}
	return HumanParsed(d, p)
}

// HumanParsed is HumanDate for a date already parsed into p.
func HumanParsed(d Date, p edtf.Date) string {
	if phraseNamesWeekday(d.Phrase) {
		return p.HumanWithWeekday()
	}
	return p.Human()
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

// AsOfTime is the "now" that phrases such as "last Tuesday" are read
// against in a case: its as-of date when it has one (ok), else today.
func (c Case) AsOfTime() (t time.Time, ok bool) {
	if c.AsOf.EDTF != "" {
		if p, err := edtf.Parse(c.AsOf.EDTF); err == nil {
			return p.Earliest(), true
		}
	}
	return time.Now(), false
}

// PublishedTime is the first instant of a source's published date, or
// false when the source has none that reads.
func (s *Source) PublishedTime() (time.Time, bool) {
	if s == nil || s.Published.EDTF == "" {
		return time.Time{}, false
	}
	p, err := edtf.Parse(s.Published.EDTF)
	if err != nil {
		return time.Time{}, false
	}
	return p.Earliest(), true
}
