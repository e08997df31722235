package exchange

import (
	"encoding/json"
	"io"
	"strings"

	"casefile/app"
	"casefile/app/edtf"
)

// KeyEventsGroup is the TimelineJS group that EncodeTimelineJS gives key
// events; other events have no group.
const KeyEventsGroup = "Key events"

// EncodeTimelineJS writes d's events as a TimelineJS3 JSON document (the
// format of https://timeline.knightlab.com/docs/json-format.html), with
// only key events when keyOnly is set. The title slide holds the case's
// title as headline and its marking and summary as text. Each event is a
// slide:
//
//   - start_date: the parts of the date's start that are known (year;
//     year and month; year, month and day; a time to the second, in UTC);
//     for a season, the year and first month;
//   - end_date: for an interval, the parts of its end; for a decade,
//     century or season, its last year or month ("197X" runs from 1970 to
//     1979). An interval with an open or unknown start ("../2009") starts at
//     its end, and one with an open or unknown end has no end_date;
//   - display_date: the date in words, edtf's HumanWithWeekday: "early
//     1980s", "July 2022", "Tuesday 20 June 2023", "before 2009";
//   - text: the title as headline; the description, the place, the
//     participants' names and the phrase the source used for the date (when
//     it says more than display_date) as HTML paragraphs;
//   - group: "Key events" for a key event;
//   - unique_id: the event's id.
//
// Events come in the timeline's order (app.SortEvents: earliest instant,
// then latest, then title). Text is HTML-escaped (&, <, >), since TimelineJS
// shows it as HTML. An event whose date is not valid EDTF cannot be placed
// and is left out. When a year lies beyond what TimelineJS's human scale
// shows (±271,820), the document asks for the cosmological scale.
//
// The output is deterministic: two-space indentation, keys in the order
// above, a final newline, no timestamps.
func EncodeTimelineJS(w io.Writer, d app.CaseData, keyOnly bool) error {
	doc := tlDocument{Events: []tlSlide{}}
	title := tlText{Headline: htmlText(d.Case.Title)}
	if m := strings.TrimSpace(d.Case.Marking); m != "" {
		title.Text = "<p><strong>" + htmlText(m) + "</strong></p>"
	}
	title.Text += htmlParagraphs(d.Case.Summary)
	doc.Title = &tlSlide{Text: title}

	events := make([]app.Event, 0, len(d.Events))
	for _, ev := range d.Events {
		if !keyOnly || ev.Key {
			events = append(events, ev)
		}
	}
	app.SortEvents(events)
	x := newIndex(&d)
	for i := range events {
		ev := &events[i]
		ed, ok := parseDate(ev.Date)
		if !ok {
			continue
		}
		start, end := tlSpan(ed)
		if start == nil {
			continue
		}
		for _, t := range []*tlDate{start, end} {
			if t != nil && (t.Year > maxHumanYear || t.Year < -maxHumanYear) {
				doc.Scale = "cosmological"
			}
		}
		slide := tlSlide{
			StartDate:   start,
			EndDate:     end,
			DisplayDate: humanDate(ev.Date, true),
			Text:        tlText{Headline: htmlText(ev.Title), Text: eventHTML(x, ev)},
			UniqueID:    ev.ID,
		}
		if ev.Key {
			slide.Group = KeyEventsGroup
		}
		doc.Events = append(doc.Events, slide)
	}

	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return app.Internal(err, "The case could not be written as TimelineJS.")
	}
	if _, err := io.WriteString(w, buf.String()); err != nil {
		return app.Internal(err, "The case could not be written.")
	}
	return nil
}

// maxHumanYear is the furthest year from 0 that TimelineJS's human scale
// (JavaScript's Date) can show.
const maxHumanYear = 271820

// tlDocument is a TimelineJS3 document.
type tlDocument struct {
	Title  *tlSlide  `json:"title,omitempty"`
	Events []tlSlide `json:"events"`
	Scale  string    `json:"scale,omitempty"`
}

// tlSlide is a TimelineJS3 slide: the title or an event.
type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tlDate is a TimelineJS3 date: the year, and the finer parts only when
// they are known. A time of day is written whole (hour 0 included).
type tlDate struct {
	Year   int  `json:"year"`
	Month  int  `json:"month,omitempty"`
	Day    int  `json:"day,omitempty"`
	Hour   *int `json:"hour,omitempty"`
	Minute *int `json:"minute,omitempty"`
	Second *int `json:"second,omitempty"`
}

// tlSpan returns the start_date and end_date of a date (see
// EncodeTimelineJS); start is nil when the date has no known end at all.
func tlSpan(ed edtf.Date) (start, end *tlDate) {
	if !ed.IsInterval() {
		return tlPoint(ed)
	}
	s, e := ed.Start(), ed.End()
	switch {
	case s.IsZero() && e.IsZero():
		return nil, nil
	case s.IsZero():
		return tlPoint(e)
	case e.IsZero():
		return tlPoint(s)
	}
	start, _ = tlPoint(s)
	e1, e2 := tlPoint(e)
	if e2 != nil {
		return start, e2
	}
	return start, e1
}

// tlPoint returns the start and end of a single date: a year, month, day or
// time has only a start; a season, decade or century also has an end.
func tlPoint(p edtf.Date) (start, end *tlDate) {
	lo, hi := p.Earliest(), p.Latest()
	switch p.Precision() {
	case edtf.PrecisionSecond:
		h, m, s := lo.Clock()
		return &tlDate{Year: lo.Year(), Month: int(lo.Month()), Day: lo.Day(), Hour: &h, Minute: &m, Second: &s}, nil
	case edtf.PrecisionDay:
		return &tlDate{Year: lo.Year(), Month: int(lo.Month()), Day: lo.Day()}, nil
	case edtf.PrecisionMonth:
		return &tlDate{Year: lo.Year(), Month: int(lo.Month())}, nil
	case edtf.PrecisionSeason:
		return &tlDate{Year: lo.Year(), Month: int(lo.Month())}, &tlDate{Year: hi.Year(), Month: int(hi.Month())}
	case edtf.PrecisionDecade, edtf.PrecisionCentury:
		return &tlDate{Year: lo.Year()}, &tlDate{Year: hi.Year()}
	}
	return &tlDate{Year: lo.Year()}, nil
}

// eventHTML writes an event's slide text: its description, place,
// participants and the source's phrase for the date, each a paragraph.
func eventHTML(x *caseIndex, ev *app.Event) string {
	var b strings.Builder
	b.WriteString(htmlParagraphs(ev.Description))
	if p := strings.TrimSpace(ev.Place); p != "" {
		b.WriteString("<p>Place: " + htmlText(p) + "</p>")
	}
	if len(ev.Participants) > 0 {
		names := make([]string, 0, len(ev.Participants))
		for _, id := range ev.Participants {
			names = append(names, htmlText(x.actor(id)))
		}
		b.WriteString("<p>Participants: " + strings.Join(names, ", ") + "</p>")
	}
	if ph := extraPhrase(ev.Date, humanDate(ev.Date, true)); ph != "" {
		b.WriteString("<p>Date as reported: “" + htmlText(ph) + "”</p>")
	}
	return b.String()
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// htmlText escapes s for HTML text (not an attribute).
func htmlText(s string) string { return htmlEscaper.Replace(s) }

// htmlParagraphs writes each non-blank line of s as an HTML paragraph.
func htmlParagraphs(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("<p>" + htmlText(line) + "</p>")
		}
	}
	return b.String()
}
