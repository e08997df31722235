package briefing

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

// FuzzPrintAnyText prints a case whose texts are arbitrary strings: Build
// and Render must not fail, clean must leave only what the font covers, and
// no laid-out line may be wider than its column.
func FuzzPrintAnyText(f *testing.F) {
	for _, s := range []string{"", "Çuçi", "مریم رجوی (MEK) ۱۳۹۹", "لا إله", "习近平 😀", "a\x00b\r\n\tc", strings.Repeat("W", 300),
		"1,000,000–9,000,000 https://x.org/a/b", "\u202ertl override\u202c", "ٹیم", "\U00010000", "עברית 123"} {
		f.Add(s)
	}
	m := getMetrics()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 2000 {
			return // the domain refuses invalid UTF-8; long texts are tested elsewhere
		}
		c := clean(s)
		for _, r := range c {
			if r != '\n' && !m.covers(regular, r) {
				t.Fatalf("clean(%q) keeps %U", s, r)
			}
		}
		for _, l := range m.layout(Text{{Text: c}, {Text: c, Bold: true}, {Text: c, Italic: true}}, 25, 9) {
			w := 0.0
			for i, wd := range l.words {
				w += wd.w
				if i < len(l.words)-1 && !l.words[i+1].join {
					w += wd.space
				}
			}
			if w > 25+1e-6 {
				t.Fatalf("a line of %.2f mm in a 25 mm column for %q", w, s)
			}
		}
		d := app.CaseData{
			Case:    app.Case{Title: s, Marking: s, Summary: s, Author: s},
			Sources: []app.Source{{ID: "s", Title: s, Publisher: s, URL: s}},
			People:  []app.Person{{ID: "p", Name: s, Aliases: []app.Alias{{Name: s, Note: s}}, Notes: s}},
			Events: []app.Event{{ID: "e", Title: s, Date: app.Date{EDTF: "2023-06-20", Phrase: s}, Description: s,
				Participants: []string{"p"}, Key: true, Citations: []app.Citation{{Source: "s", Quote: &app.Quote{Exact: s}}}}},
			Figures: []app.Figure{{ID: "f", Question: s, Unit: s, Assessment: s,
				Claims: []app.Claim{{ID: "c", Source: "s", Claimant: "p", Text: s, Low: fp(1), High: fp(2), Qualifier: app.QualRange}}}},
			Annotations: []app.Annotation{{ID: "a", Source: "s", Note: s, Quote: &app.Quote{Exact: s}}},
		}
		doc, err := Build(d, Options{Printed: printed})
		if err != nil {
			t.Fatal(err)
		}
		if err := Render(doc, io.Discard); err != nil {
			t.Fatal(err)
		}
	})
}
