package exchange

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/edtf"
	"casefile/internal/casegen"
)

func encodeTimeline(t testing.TB, d app.CaseData, keyOnly bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeTimelineJS(&buf, d, keyOnly); err != nil {
		t.Fatalf("EncodeTimelineJS: %v", err)
	}
	return buf.Bytes()
}

// readTimeline parses a TimelineJS document strictly: only the keys
// EncodeTimelineJS writes.
func readTimeline(t *testing.T, b []byte) tlDocument {
	t.Helper()
	var doc tlDocument
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("not a TimelineJS document: %v", err)
	}
	return doc
}

func TestTimelineJSGolden(t *testing.T) {
	golden(t, "ashraf3.timeline.json", encodeTimeline(t, demoCase(t), false))
}

func slideByID(t *testing.T, doc tlDocument, id string) tlSlide {
	t.Helper()
	for _, s := range doc.Events {
		if s.UniqueID == id {
			return s
		}
	}
	t.Fatalf("no slide %s", id)
	return tlSlide{}
}

func tlKey(d *tlDate) [3]int { return [3]int{d.Year, d.Month, d.Day} }

// TestTimelineJSDemo checks the demo case's timeline: every event, in date
// order, with the dates of "early 1980s", "July 2022" and "Tuesday".
func TestTimelineJSDemo(t *testing.T) {
	d := demoCase(t)
	doc := readTimeline(t, encodeTimeline(t, d, false))
	if doc.Title == nil || doc.Title.Text.Headline != d.Case.Title ||
		!strings.HasPrefix(doc.Title.Text.Text, "<p><strong>UNCLASSIFIED // FOR TRAINING</strong></p><p>On 20 June 2023") {
		t.Errorf("title slide: %+v", doc.Title)
	}
	if doc.Scale != "" {
		t.Errorf("scale %q", doc.Scale)
	}
	if len(doc.Events) != len(d.Events) {
		t.Fatalf("%d slides for %d events", len(doc.Events), len(d.Events))
	}
	for i := 1; i < len(doc.Events); i++ {
		a, b := tlKey(doc.Events[i-1].StartDate), tlKey(doc.Events[i].StartDate)
		for j := range a {
			if a[j] != b[j] {
				if a[j] > b[j] {
					t.Errorf("slide %d (%s, %v) comes after %s (%v)", i, doc.Events[i].UniqueID, b, doc.Events[i-1].UniqueID, a)
				}
				break
			}
		}
	}
	for _, tc := range []struct {
		id         string
		start, end *tlDate
		display    string
		group      string
	}{
		{"e-1980s-evasion", &tlDate{Year: 1980}, &tlDate{Year: 1983}, "early 1980s", ""},
		{"e-1970s-campaign", &tlDate{Year: 1970}, &tlDate{Year: 1979}, "1970s", ""},
		{"e-2022-cyberattack", &tlDate{Year: 2022, Month: 7}, nil, "July 2022", KeyEventsGroup},
		{"e-2023-raid", &tlDate{Year: 2023, Month: 6, Day: 20}, nil, "Tuesday 20 June 2023", KeyEventsGroup},
		{"e-2023-court-decision", &tlDate{Year: 2023, Month: 6}, nil, "June 2023 (uncertain)", ""},
		{"e-2023-calls", &tlDate{Year: 2023, Month: 6}, nil, "c. June 2023", ""},
	} {
		s := slideByID(t, doc, tc.id)
		if !reflect.DeepEqual(s.StartDate, tc.start) || !reflect.DeepEqual(s.EndDate, tc.end) || s.DisplayDate != tc.display || s.Group != tc.group {
			t.Errorf("%s: start %+v, end %+v, display %q, group %q; want %+v, %+v, %q, %q",
				tc.id, s.StartDate, s.EndDate, s.DisplayDate, s.Group, tc.start, tc.end, tc.display, tc.group)
		}
	}
	raid := slideByID(t, doc, "e-2023-raid")
	if raid.Text.Headline != "Police raid on the Ashraf-3 camp" ||
		!strings.Contains(raid.Text.Text, "<p>Participants: Albanian State Police, Special Prosecution against Corruption and Organized Crime, Mujahedin-e Khalq</p>") ||
		!strings.Contains(raid.Text.Text, "<p>Place: Ashraf-3 camp, Maneza, western Albania</p>") ||
		strings.Contains(raid.Text.Text, "Date as reported") {
		t.Errorf("raid text: %+v", raid.Text)
	}
	if !strings.Contains(raid.Text.Text, "<p>Sources: ") || !strings.Contains(raid.Text.Text, "(reliability B)") {
		t.Errorf("the raid's slide does not name its sources: %q", raid.Text.Text)
	}
	if s := slideByID(t, doc, "e-2009-iraq"); !strings.Contains(s.Text.Text, "<p>Date as reported: “since at least 2009”</p>") {
		t.Errorf("e-2009-iraq text: %q", s.Text.Text)
	}
}

func TestTimelineJSKeyOnly(t *testing.T) {
	d := demoCase(t)
	doc := readTimeline(t, encodeTimeline(t, d, true))
	var got []string
	for _, s := range doc.Events {
		got = append(got, s.UniqueID)
		if s.Group != KeyEventsGroup {
			t.Errorf("%s is in group %q", s.UniqueID, s.Group)
		}
	}
	want := []string{"e-2022-break", "e-2022-cyberattack", "e-2023-death", "e-2023-raid"} // 2022 starts before July 2022
	if !reflect.DeepEqual(got, want) {
		t.Errorf("key events %q, want %q", got, want)
	}
}

func TestTimelineJSDates(t *testing.T) {
	h := func(n int) *int { return &n }
	for _, tc := range []struct {
		edtf       string
		start, end *tlDate
	}{
		{"2023", &tlDate{Year: 2023}, nil},
		{"2022-07-XX", &tlDate{Year: 2022, Month: 7}, nil},
		{"2009-21", &tlDate{Year: 2009, Month: 3}, &tlDate{Year: 2009, Month: 5}},
		{"2009-24", &tlDate{Year: 2009, Month: 12}, &tlDate{Year: 2010, Month: 2}},
		{"19XX", &tlDate{Year: 1900}, &tlDate{Year: 1999}},
		{"2020-01-01T00:00:05Z", &tlDate{Year: 2020, Month: 1, Day: 1, Hour: h(0), Minute: h(0), Second: h(5)}, nil},
		{"1986-04-26T01:23:40+04:00", &tlDate{Year: 1986, Month: 4, Day: 25, Hour: h(21), Minute: h(23), Second: h(40)}, nil},
		{"2004-06/2006-08", &tlDate{Year: 2004, Month: 6}, &tlDate{Year: 2006, Month: 8}},
		{"1964/197X", &tlDate{Year: 1964}, &tlDate{Year: 1979}},
		{"../2009", &tlDate{Year: 2009}, nil},
		{"/2009-05", &tlDate{Year: 2009, Month: 5}, nil},
		{"2009/..", &tlDate{Year: 2009}, nil},
		{"2009-06-01/", &tlDate{Year: 2009, Month: 6, Day: 1}, nil},
		{"-0044", &tlDate{Year: -45}, nil}, // 45 BC, which TimelineJS labels 45 BCE
		{"0000", &tlDate{Year: -1}, nil},
		{"0001", &tlDate{Year: 1}, nil},
	} {
		ed, err := edtf.Parse(tc.edtf)
		if err != nil {
			t.Fatal(err)
		}
		start, end := tlSpan(ed)
		if !reflect.DeepEqual(start, tc.start) || !reflect.DeepEqual(end, tc.end) {
			t.Errorf("%s: %s, %s; want %s, %s", tc.edtf, jsonOf(start), jsonOf(end), jsonOf(tc.start), jsonOf(tc.end))
		}
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestTimelineJSText checks HTML escaping, paragraphs, events left out and
// the cosmological scale.
func TestTimelineJSText(t *testing.T) {
	d := app.CaseData{
		Case:   app.Case{Title: "Fish & <chips>", Summary: "One.\n\nTwo <b>."},
		People: []app.Person{{ID: "p", Name: "A & B"}},
		Events: []app.Event{
			{ID: "late", Title: "Late", Date: app.Date{EDTF: "2024-03-05"}, Description: "x < y\n  \nsecond line", Participants: []string{"p", "gone"}},
			{ID: "bad", Title: "Bad", Date: app.Date{EDTF: "not a date"}},
			{ID: "early", Title: "Early", Date: app.Date{EDTF: "2024"}},
		},
	}
	b := encodeTimeline(t, d, false)
	if !bytes.HasSuffix(b, []byte("}\n")) || bytes.Contains(b, []byte(`\u003c`)) {
		t.Errorf("output:\n%s", b)
	}
	doc := readTimeline(t, b)
	if doc.Title.Text.Headline != "Fish &amp; &lt;chips&gt;" || doc.Title.Text.Text != "<p>One.</p><p>Two &lt;b&gt;.</p>" {
		t.Errorf("title %+v", doc.Title.Text)
	}
	if len(doc.Events) != 2 || doc.Events[0].UniqueID != "early" || doc.Events[1].UniqueID != "late" {
		t.Fatalf("events %+v", doc.Events)
	}
	if got := doc.Events[1].Text.Text; got != "<p>x &lt; y</p><p>second line</p><p>Participants: A &amp; B, gone</p>" {
		t.Errorf("text %q", got)
	}

	d.Events = []app.Event{{ID: "far", Title: "Far", Date: app.Date{EDTF: "Y-300000"}}}
	if doc := readTimeline(t, encodeTimeline(t, d, false)); doc.Scale != "cosmological" || doc.Events[0].StartDate.Year != -300001 {
		t.Errorf("far past: scale %q, %+v", doc.Scale, doc.Events)
	}
	d.Events = nil
	if got := string(encodeTimeline(t, d, false)); !strings.Contains(got, `"events": []`) {
		t.Errorf("no events:\n%s", got)
	}
}

// BenchmarkExportLarge runs every exporter of this file's kind on the
// generated large case (10,000 events).
func BenchmarkExportLarge(b *testing.B) {
	d := casegen.Large()
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"ftm", func(w io.Writer) error { return EncodeFTM(w, d) }},
		{"timelinejs", func(w io.Writer) error { return EncodeTimelineJS(w, d, false) }},
		{"csv-events", func(w io.Writer) error { return EncodeCSV(w, d, "events") }},
		{"csv-claims", func(w io.Writer) error { return EncodeCSV(w, d, "claims") }},
	} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestTimelineJSOpenRanges: an open range is drawn from its known end to
// the case's as-of date or the timeline's earliest date, and says so.
func TestTimelineJSOpenRanges(t *testing.T) {
	d := app.CaseData{
		Case: app.Case{Title: "Open", AsOf: app.Date{EDTF: "2023-06-21"}},
		Events: []app.Event{
			{ID: "since", Title: "Since", Date: app.Date{EDTF: "2014/.."}},
			{ID: "before", Title: "Before", Date: app.Date{EDTF: "../2009"}},
			{ID: "decade", Title: "Decade", Date: app.Date{EDTF: "198X"}},
			{ID: "bce", Title: "Ides", Date: app.Date{EDTF: "-0043-03-15"}},
		},
	}
	doc := readTimeline(t, encodeTimeline(t, d, false))
	since := slideByID(t, doc, "since")
	if !reflect.DeepEqual(since.StartDate, &tlDate{Year: 2014}) || !reflect.DeepEqual(since.EndDate, &tlDate{Year: 2023, Month: 6, Day: 21}) ||
		!strings.Contains(since.Text.Text, "Open range: from 2014 on; drawn up to 21 June 2023, the case's as-of date.") {
		t.Errorf("since: %s, %s, %q", jsonOf(since.StartDate), jsonOf(since.EndDate), since.Text.Text)
	}
	before := slideByID(t, doc, "before")
	if !reflect.DeepEqual(before.StartDate, &tlDate{Year: -44, Month: 3, Day: 15}) || !reflect.DeepEqual(before.EndDate, &tlDate{Year: 2009}) ||
		!strings.Contains(before.Text.Text, "Open range: up to 2009; drawn from 15 March 44 BC, the earliest date on this timeline.") {
		t.Errorf("before: %s, %s, %q", jsonOf(before.StartDate), jsonOf(before.EndDate), before.Text.Text)
	}
	// Without an as-of date, the latest bounded date is the end.
	d.Case.AsOf = app.Date{}
	since = slideByID(t, readTimeline(t, encodeTimeline(t, d, false)), "since")
	if since.EndDate != nil || !strings.Contains(since.Text.Text, "Open range: from 2014 on.") {
		t.Errorf("since without an as-of date, with nothing later: %s, %q", jsonOf(since.EndDate), since.Text.Text)
	}
}
