package exchange

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

func decodeFTM(t testing.TB, b []byte) (app.CaseData, []Warning) {
	t.Helper()
	d, w, err := DecodeFTM(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("DecodeFTM: %v", err)
	}
	return d, w
}

// TestFTMRoundTrip exports each fixture to FtM and reads it back: every
// person, organization, relation, event and source comes back with its id
// and its own fields, and only figures and claims are reported unused.
func TestFTMRoundTrip(t *testing.T) {
	for name, d := range fixtures(t) {
		back, warnings := decodeFTM(t, encodeFTM(t, d))
		for _, w := range warnings {
			if !strings.Contains(w.Message, "Note (disputed figure)") && !strings.Contains(w.Message, "Note (claim)") {
				t.Errorf("%s: unexpected warning %s", name, w)
			}
		}
		if len(back.People) != len(d.People) || len(back.Organizations) != len(d.Organizations) || len(back.Relations) != len(d.Relations) ||
			len(back.Events) != len(d.Events) || len(back.Sources) != len(d.Sources) || len(back.Annotations) != len(d.Annotations) {
			t.Fatalf("%s: counts differ: %d/%d people, %d/%d organizations, %d/%d relations, %d/%d events, %d/%d sources, %d/%d annotations", name,
				len(back.People), len(d.People), len(back.Organizations), len(d.Organizations), len(back.Relations), len(d.Relations),
				len(back.Events), len(d.Events), len(back.Sources), len(d.Sources), len(back.Annotations), len(d.Annotations))
		}
		for i, p := range d.People {
			b := back.People[i]
			if b.ID != p.ID || b.Name != p.Name || !reflect.DeepEqual(b.Aliases, p.Aliases) || b.Role != p.Role || b.Notes != p.Notes || len(b.Citations) != len(p.Citations) {
				t.Errorf("%s: person %s came back as %+v", name, p.ID, b)
			}
			if p.Born.EDTF != "" && (b.Born.EDTF != "" && b.Born.EDTF != p.Born.EDTF) {
				t.Errorf("%s: %s born %q came back as %q", name, p.ID, p.Born.EDTF, b.Born.EDTF)
			}
		}
		for i, o := range d.Organizations {
			b := back.Organizations[i]
			if b.ID != o.ID || b.Name != o.Name || !reflect.DeepEqual(b.Aliases, o.Aliases) || b.Kind != o.Kind || b.Notes != o.Notes || len(b.Citations) != len(o.Citations) {
				t.Errorf("%s: organization %s came back as %+v", name, o.ID, b)
			}
			if codes, _ := countryCodes(o.Country, ""); len(codes) > 0 && b.Country == "" {
				t.Errorf("%s: %s lost its country %q", name, o.ID, o.Country)
			}
		}
		for i, r := range d.Relations {
			b := back.Relations[i]
			if b.ID != r.ID || b.From != r.From || b.To != r.To || b.Kind != r.Kind {
				t.Errorf("%s: relation %s %s–%s–%s came back as %s %s–%s–%s", name, r.ID, r.From, r.Kind, r.To, b.ID, b.From, b.Kind, b.To)
			}
		}
		for i, e := range d.Events {
			b := back.Events[i]
			if b.ID != e.ID || b.Title != e.Title || b.Key != e.Key || b.Place != e.Place || !reflect.DeepEqual(b.Participants, e.Participants) || len(b.Citations) != len(e.Citations) {
				t.Errorf("%s: event %s came back as %+v", name, e.ID, b)
			}
			if b.Date.EDTF == "" {
				t.Errorf("%s: event %s lost its date", name, e.ID)
			}
		}
		for i, s := range d.Sources {
			b := back.Sources[i]
			if b.ID != s.ID || b.Title != s.Title || b.Text != s.Text || b.URL != s.URL || b.Kind != s.Kind || b.Reliability != s.Reliability || b.Interest != s.Interest {
				t.Errorf("%s: source %s came back as %+v", name, s.ID, b)
			}
		}
	}
}

// TestDecodeFTMAleph reads an Aleph-style export with schemata Casefile
// does not use, a line that is not JSON and a repeated id.
func TestDecodeFTMAleph(t *testing.T) {
	d, warnings := decodeFTM(t, readFile(t, "testdata/aleph.ftm.json"))
	var msgs []string
	for _, w := range warnings {
		msgs = append(msgs, w.Message)
	}
	for _, want := range []string{
		"2 entities not imported: Payment.",
		"1 entity not imported: Vessel.",
		"1 entity not imported: Event without a date.",
		"1 entity not imported: UnknownLink whose ends are not both people or organizations in the file.",
		"1 entity not imported: Event participant not in the file.",
		"1 line not read as FollowTheMoney entities (the first is line 18).",
		"1 entity repeated an id already read and was left out.",
	} {
		if !containsString(msgs, want) {
			t.Errorf("warnings %q lack %q", msgs, want)
		}
	}
	if len(d.People) != 1 || len(d.Organizations) != 3 || len(d.Relations) != 3 || len(d.Events) != 1 || len(d.Sources) != 1 || len(d.Annotations) != 1 {
		t.Fatalf("counts: %d people, %d organizations, %d relations, %d events, %d sources, %d annotations",
			len(d.People), len(d.Organizations), len(d.Relations), len(d.Events), len(d.Sources), len(d.Annotations))
	}
	p := d.People[0]
	if p.ID != "a1" || p.Name != "Jana Novák" || !reflect.DeepEqual(p.Aliases, []app.Alias{{Name: "Jana Novak"}, {Name: "J. Novák"}}) || p.Role != "Treasurer" ||
		p.Nationality != "Czechia" || p.Born.EDTF != "1971-03" || p.Notes != "Date: seen in the registry." {
		t.Errorf("person %+v", p)
	}
	if len(p.Citations) != 1 || p.Citations[0].Quote == nil || p.Citations[0].Quote.Exact != "Jana Novák owns most" || p.Citations[0].Note != "Named as owner." {
		t.Errorf("citations %+v", p.Citations)
	}
	if o := d.Organizations[1]; o.Kind != "government ministry" || o.Country != "Czechia" {
		t.Errorf("public body %+v", o)
	}
	if o := d.Organizations[0]; o.Kind != "company" || o.Country != "Czechia" || !strings.Contains(o.Notes, "Shares its address") {
		t.Errorf("company %+v", o)
	}
	want := []app.Relation{
		{ID: "a5", From: "a1", To: "a2", Kind: "owns", Start: app.Date{EDTF: "2015"}},
		{ID: "a6", From: "a1", To: "a3", Kind: "adviser", Start: app.Date{EDTF: "2010-01"}, End: app.Date{EDTF: "2014"}},
		{ID: "a7", From: "a1", To: "a4", Kind: "director of"},
	}
	if !reflect.DeepEqual(d.Relations, want) {
		t.Errorf("relations %+v", d.Relations)
	}
	ev := d.Events[0]
	if ev.Date.EDTF != "2015-02/2015-03" || !ev.Key || !reflect.DeepEqual(ev.Participants, []string{"a1", "a2"}) || ev.Place != "Prague" {
		t.Errorf("event %+v", ev)
	}
	s := d.Sources[0]
	if s.Kind != app.SourceArticle || s.Author != "Ann Lee; Tom Roe" || s.Published.EDTF != "2021-05-04" || s.URL != "https://example.org/holdings" {
		t.Errorf("source %+v", s)
	}
	if a := d.Annotations[0]; a.Source != "a8" || a.Note != "Check the share register." || a.Quote == nil || a.Quote.Exact != "owns most of the company" {
		t.Errorf("annotation %+v", a)
	}
}

func TestDecodeFTMRefuses(t *testing.T) {
	for name, in := range map[string]string{
		"empty":     "",
		"not JSON":  "hello\nworld\n",
		"no use":    `{"id": "x", "schema": "Payment", "properties": {}}`,
		"no schema": `{"id": "x", "properties": {"name": ["A"]}}`,
	} {
		_, _, err := DecodeFTM(strings.NewReader(in))
		if app.ErrorCode(err) != app.EINVALID || strings.Contains(app.ErrorMessage(err), "json") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzDecodeFTM: any input is read or refused with a sentence, and what is
// read is a valid case that exports again.
func FuzzDecodeFTM(f *testing.F) {
	f.Add(readFile(f, "testdata/aleph.ftm.json"))
	f.Add(readFile(f, "testdata/every-field.ftm.json"))
	f.Add([]byte(`{"id":"a","schema":"Event","properties":{"name":["x"],"date":["20"]}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, _, err := DecodeFTM(bytes.NewReader(b))
		if err != nil {
			if app.ErrorMessage(err) == "" {
				t.Fatalf("error without a sentence: %v", err)
			}
			return
		}
		for i := range d.People {
			if err := d.People[i].Validate(); err != nil {
				t.Fatalf("invalid person: %v", err)
			}
		}
		for i := range d.Events {
			if err := d.Events[i].Validate(); err != nil {
				t.Fatalf("invalid event: %v", err)
			}
		}
		if err := EncodeFTM(&bytes.Buffer{}, d); err != nil {
			t.Fatalf("read but not written again: %v", err)
		}
	})
}
