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
//     1979);
//   - an open range is drawn from its known end: one with an open or
//     unknown end ("2014/..", "since 2014") runs from its start to the
//     case's as-of date, or else to the latest date on the timeline; one
//     with an open or unknown start ("../2009", "before 2009") runs from the
//     earliest date on the timeline to its end; either says so on the slide
//     ("Open range: from 2014 on; drawn up to June 2023, the case's as-of
//     date."), and one with nothing to run to is a point;
//   - years: TimelineJS counts years before 1 as 1 BCE, 2 BCE… (year -44
//     is shown as 44 BCE), while EDTF counts astronomically (0000 is 1 BC,
//     -0044 is 45 BC), so a year y below 1 is written as y-1;
//   - display_date: the date in words, edtf's HumanWithWeekday: "early
//     1980s", "July 2022", "Tuesday 20 June 2023", "before 2009";
//   - text: the title as headline; the description, the place, the
//     participants' names, the phrase the source used for the date (when
//     it says more than display_date), the open range's note, and the
//     sources the event cites with their Admiralty reliability ("Sources:
//     Fox News Digital (reliability B); NCRI statement (reliability D)") as
//     HTML paragraphs;
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
	bounds := timelineBounds(d, events)
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
		start, end, openNote := openRange(ed, start, end, bounds)
		for _, t := range []*tlDate{start, end} {
			if t != nil && (t.Year > maxHumanYear || t.Year < -maxHumanYear) {
				doc.Scale = "cosmological"
			}
		}
		slide := tlSlide{
			StartDate:   start,
			EndDate:     end,
			DisplayDate: humanDate(ev.Date, true),
			Text:        tlText{Headline: htmlText(ev.Title), Text: eventHTML(x, ev, openNote)},
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

// tlYear writes an astronomical year (EDTF's: 0 is 1 BC) as TimelineJS
// counts it (-1 is 1 BCE).
func tlYear(y int) int {
	if y < 1 {
		return y - 1
	}
	return y
}

// bound is a point at one end of the timeline, with how it is described.
type bound struct {
	date *tlDate
	what string // "June 2023, the case's as-of date"
}

// timelineBounds returns where open ranges are drawn to: the earliest
// start and the latest end of the bounded dates on the timeline, and the
// case's as-of date as the latest when it is set.
func timelineBounds(d app.CaseData, events []app.Event) (b [2]bound) {
	var lo, hi *edtf.Date
	for i := range events {
		ed, ok := parseDate(events[i].Date)
		if !ok || ed.OpenStart() || ed.OpenEnd() || ed.UnknownStart() || ed.UnknownEnd() {
			continue
		}
		if lo == nil || ed.Earliest().Before(lo.Earliest()) {
			lo = &ed
		}
		if hi == nil || ed.Latest().After(hi.Latest()) {
			hi = &ed
		}
	}
	if lo != nil {
		s, _ := tlSpan(*lo)
		b[0] = bound{s, humanDate(app.Date{EDTF: lo.String()}, false) + ", the earliest date on this timeline"}
	}
	if asOf, ok := parseDate(d.Case.AsOf); ok && !asOf.IsInterval() {
		s, e := tlPoint(asOf)
		if e == nil {
			e = s
		}
		b[1] = bound{e, humanDate(d.Case.AsOf, false) + ", the case's as-of date"}
	} else if hi != nil {
		s, e := tlSpan(*hi)
		if e == nil {
			e = s
		}
		b[1] = bound{e, humanDate(app.Date{EDTF: hi.String()}, false) + ", the latest date on this timeline"}
	}
	return b
}

// openRange draws an interval with an open or unknown end from its known
// end to the timeline's bound (see EncodeTimelineJS) and returns the note
// that says so; other dates come back as they are.
func openRange(ed edtf.Date, start, end *tlDate, b [2]bound) (*tlDate, *tlDate, string) {
	if !ed.IsInterval() {
		return start, end, ""
	}
	openEnd, openStart := ed.OpenEnd() || ed.UnknownEnd(), ed.OpenStart() || ed.UnknownStart()
	switch {
	case openEnd && !openStart:
		known := humanDate(app.Date{EDTF: ed.Start().String()}, false)
		if b[1].date == nil || !tlBefore(start, b[1].date) {
			return start, nil, "Open range: from " + known + " on."
		}
		return start, b[1].date, "Open range: from " + known + " on; drawn up to " + b[1].what + "."
	case openStart && !openEnd:
		known := humanDate(app.Date{EDTF: ed.End().String()}, false)
		if b[0].date == nil || !tlBefore(b[0].date, start) {
			return start, nil, "Open range: up to " + known + "."
		}
		return b[0].date, start, "Open range: up to " + known + "; drawn from " + b[0].what + "."
	}
	return start, end, ""
}

// tlBefore reports whether a is before b, comparing year, month and day.
func tlBefore(a, b *tlDate) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// tlPoint returns the start and end of a single date: a year, month, day or
// time has only a start; a season, decade or century also has an end.
func tlPoint(p edtf.Date) (start, end *tlDate) {
	lo, hi := p.Earliest(), p.Latest()
	switch p.Precision() {
	case edtf.PrecisionSecond:
		h, m, s := lo.Clock()
		return &tlDate{Year: tlYear(lo.Year()), Month: int(lo.Month()), Day: lo.Day(), Hour: &h, Minute: &m, Second: &s}, nil
	case edtf.PrecisionDay:
		return &tlDate{Year: tlYear(lo.Year()), Month: int(lo.Month()), Day: lo.Day()}, nil
	case edtf.PrecisionMonth:
		return &tlDate{Year: tlYear(lo.Year()), Month: int(lo.Month())}, nil
	case edtf.PrecisionSeason:
		return &tlDate{Year: tlYear(lo.Year()), Month: int(lo.Month())}, &tlDate{Year: tlYear(hi.Year()), Month: int(hi.Month())}
	case edtf.PrecisionDecade, edtf.PrecisionCentury:
		return &tlDate{Year: tlYear(lo.Year())}, &tlDate{Year: tlYear(hi.Year())}
	}
	return &tlDate{Year: tlYear(lo.Year())}, nil
}

// eventHTML writes an event's slide text: its description, place,
// participants and the source's phrase for the date, each a paragraph.
func eventHTML(x *caseIndex, ev *app.Event, openNote string) string {
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
	if openNote != "" {
		b.WriteString("<p>" + htmlText(openNote) + "</p>")
	}
	var srcs []string
	for _, id := range citedSources(ev.Citations) {
		s := htmlText(x.sourceTitle(id))
		if src := x.sources[id]; src != nil && src.Reliability != "" {
			s += " (reliability " + string(src.Reliability) + ")"
		} else {
			s += " (not graded)"
		}
		srcs = append(srcs, s)
	}
	if len(srcs) > 0 {
		b.WriteString("<p>Sources: " + strings.Join(srcs, "; ") + "</p>")
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
