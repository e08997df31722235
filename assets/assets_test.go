package assets_test

import (
	"bytes"
	"image/png"
	"testing"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/assets"
)

// TestDemoCase checks that the demo imports with no errors and no
// warnings, is in the encoder's canonical form, anchors every quote
// exactly, and has the content the first run promises.
func TestDemoCase(t *testing.T) {
	d, warnings, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatalf("the demo case does not import: %v", err)
	}
	for _, w := range warnings {
		t.Errorf("warning: %s", w)
	}
	var buf bytes.Buffer
	if err := exchange.Encode(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), assets.DemoCase) {
		t.Error("the demo case is not in canonical form (or a quote's start/end is off); run `go generate ./assets`")
	}

	// Every quote sits exactly at its start and end, in code points.
	quotes := 0
	check := func(where string, source string, q *app.Quote) {
		if q == nil {
			return
		}
		quotes++
		s := d.SourceByID(source)
		if s == nil || s.Text == "" {
			t.Errorf("%s: quote %q cites a source without text", where, q.Exact)
			return
		}
		if !exchange.Anchored(s.Text, *q) {
			t.Errorf("%s: quote %q is not at %d..%d", where, q.Exact, q.Start, q.End)
		}
		if r := []rune(s.Text); q.End > len(r) || string(r[q.Start:q.End]) != q.Exact {
			t.Errorf("%s: quote %q: text at %d..%d differs", where, q.Exact, q.Start, q.End)
		}
	}
	cits := func(where string, cs []app.Citation) {
		for _, c := range cs {
			check(where, c.Source, c.Quote)
		}
	}
	for _, p := range d.People {
		cits(p.ID, p.Citations)
	}
	for _, o := range d.Organizations {
		cits(o.ID, o.Citations)
	}
	for _, r := range d.Relations {
		cits(r.ID, r.Citations)
	}
	for _, e := range d.Events {
		cits(e.ID, e.Citations)
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			cits(c.ID, c.Citations)
		}
	}
	for _, a := range d.Annotations {
		check(a.ID, a.Source, a.Quote)
	}
	if quotes < 20 {
		t.Errorf("only %d quotes", quotes)
	}

	if d.Case.Marking != "UNCLASSIFIED // FOR TRAINING" || d.Case.Author != "Casefile demo" || d.Case.AsOf.EDTF != "2023-06-21" || d.Case.Summary == "" {
		t.Errorf("case fields: %+v", d.Case)
	}
	if len(d.Events) < 15 || len(d.People) < 6 || len(d.Organizations) < 12 || len(d.Sources) < 5 || len(d.Figures) != 4 {
		t.Errorf("counts: %d events, %d people, %d organizations, %d sources, %d figures",
			len(d.Events), len(d.People), len(d.Organizations), len(d.Sources), len(d.Figures))
	}
	events := map[string]app.Event{}
	for _, e := range d.Events {
		events[e.ID] = e
	}
	for id, want := range map[string]app.Date{
		"e-1970s-killings":      {EDTF: "197X", Phrase: "in the 1970s"},
		"e-1980s-evasion":       {EDTF: "1980/1983", Phrase: "early 1980s"},
		"e-2012-delisting":      {EDTF: "2012", Phrase: "by 2012"},
		"e-2014-transfers":      {EDTF: "2014", Phrase: "beginning in 2014"},
		"e-2022-cyberattack":    {EDTF: "2022-07", Phrase: "July 2022"},
		"e-2023-court-decision": {EDTF: "2023-06?", Phrase: "before the raid; date not reported"},
		"e-2023-raid":           {EDTF: "2023-06-20", Phrase: "Tuesday"},
		"e-2023-calls":          {EDTF: "2023-06~", Phrase: "after the raid"},
	} {
		if got := events[id].Date; got != want {
			t.Errorf("%s date = %+v, want %+v", id, got, want)
		}
	}
	if !events["e-2023-raid"].Key || !events["e-2023-death"].Key {
		t.Error("the raid and the death must be key events")
	}
	claims := 0
	for _, f := range d.Figures {
		if f.Event != "e-2023-raid" || f.Assessment == "" || len(f.Claims) == 0 {
			t.Errorf("figure %s: %+v", f.ID, f)
		}
		claims += len(f.Claims)
	}
	if claims != 8 {
		t.Errorf("%d claims, want 8", claims)
	}
}

func TestIcon(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(assets.Icon))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Errorf("icon is %v, want 256×256", b)
	}
}
