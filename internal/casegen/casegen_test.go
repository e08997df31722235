package casegen

import (
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

// check fails the test unless d is valid: every item passes Validate, ids
// are unique, references point to items of the right kind, and quotes are
// where they say in their source's text.
func check(t *testing.T, d app.CaseData) {
	t.Helper()
	kinds := map[string]app.Kind{}
	add := func(id string, k app.Kind) {
		if id == "" || kinds[id] != "" {
			t.Fatalf("id %q empty or used twice", id)
		}
		kinds[id] = k
	}
	texts := map[string][]rune{}
	for _, s := range d.Sources {
		add(s.ID, app.KindSource)
		texts[s.ID] = []rune(s.Text)
		if err := s.Validate(); err != nil {
			t.Fatalf("source %s: %v", s.ID, err)
		}
	}
	isActor := func(id string) bool { return kinds[id] == app.KindPerson || kinds[id] == app.KindOrganization }
	quote := func(src string, q *app.Quote) {
		if q == nil {
			return
		}
		r := texts[src]
		np, ns := len([]rune(q.Prefix)), len([]rune(q.Suffix))
		if q.End > len(r) || q.Start < np || q.End+ns > len(r) || string(r[q.Start:q.End]) != q.Exact ||
			string(r[q.Start-np:q.Start]) != q.Prefix || string(r[q.End:q.End+ns]) != q.Suffix {
			t.Fatalf("quote %+v not at its place in %s", q, src)
		}
	}
	cites := func(cs []app.Citation) {
		for _, c := range cs {
			if kinds[c.Source] != app.KindSource {
				t.Fatalf("citation of unknown source %q", c.Source)
			}
			quote(c.Source, c.Quote)
		}
	}
	for _, p := range d.People {
		add(p.ID, app.KindPerson)
		if err := p.Validate(); err != nil {
			t.Fatalf("person %s: %v", p.ID, err)
		}
		cites(p.Citations)
	}
	for _, o := range d.Organizations {
		add(o.ID, app.KindOrganization)
		if err := o.Validate(); err != nil {
			t.Fatalf("organization %s: %v", o.ID, err)
		}
		cites(o.Citations)
	}
	for _, r := range d.Relations {
		add(r.ID, app.KindRelation)
		if err := r.Validate(); err != nil || !isActor(r.From) || !isActor(r.To) {
			t.Fatalf("relation %+v: %v", r, err)
		}
		cites(r.Citations)
	}
	for _, e := range d.Events {
		add(e.ID, app.KindEvent)
		if err := e.Validate(); err != nil {
			t.Fatalf("event %s: %v", e.ID, err)
		}
		for _, p := range e.Participants {
			if !isActor(p) {
				t.Fatalf("event %s: participant %q", e.ID, p)
			}
		}
		cites(e.Citations)
	}
	for _, f := range d.Figures {
		add(f.ID, app.KindFigure)
		if err := f.Validate(); err != nil {
			t.Fatalf("figure %s: %v", f.ID, err)
		}
		if f.Event != "" && kinds[f.Event] != app.KindEvent {
			t.Fatalf("figure %s: event %q", f.ID, f.Event)
		}
		for _, c := range f.Claims {
			add(c.ID, app.KindClaim)
			if c.Figure != f.ID || kinds[c.Source] != app.KindSource || (c.Claimant != "" && !isActor(c.Claimant)) {
				t.Fatalf("claim %+v", c)
			}
			cites(c.Citations)
		}
	}
	for _, a := range d.Annotations {
		add(a.ID, app.KindAnnotation)
		if err := a.Validate(); err != nil || kinds[a.Source] != app.KindSource {
			t.Fatalf("annotation %+v: %v", a, err)
		}
		quote(a.Source, a.Quote)
	}
}

func countCitations(d app.CaseData) int {
	n := 0
	for _, p := range d.People {
		n += len(p.Citations)
	}
	for _, o := range d.Organizations {
		n += len(o.Citations)
	}
	for _, r := range d.Relations {
		n += len(r.Citations)
	}
	for _, e := range d.Events {
		n += len(e.Citations)
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			n += len(c.Citations)
		}
	}
	return n
}

func TestSmallIsValidAndDeterministic(t *testing.T) {
	a, b := Small(), Small()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs differ")
	}
	check(t, a)
	c := Generate(Config{Seed: 2, Events: 100, People: 20, Sources: 2, SourceTextBytes: 1000, Citations: 20})
	if reflect.DeepEqual(a.Events, c.Events) {
		t.Error("another seed gave the same events")
	}
	check(t, c)
}

func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	d := Large()
	check(t, d)
	claims := 0
	for _, f := range d.Figures {
		claims += len(f.Claims)
	}
	if len(d.Events) != 10_000 || len(d.People) != 2_000 || len(d.Organizations) != 500 || len(d.Figures) != 500 ||
		claims != 2_500 || len(d.Sources) != 200 || countCitations(d) != 5_000 || len(d.Relations) != 1_000 {
		t.Errorf("counts: %d events, %d people, %d organizations, %d figures, %d claims, %d sources, %d citations, %d relations",
			len(d.Events), len(d.People), len(d.Organizations), len(d.Figures), claims, len(d.Sources), countCitations(d), len(d.Relations))
	}
	for _, s := range d.Sources {
		if len(s.Text) < 20_000 || len(s.Text) > 21_000 {
			t.Fatalf("source %s has %d bytes of text", s.ID, len(s.Text))
		}
	}
	// Mixed date precision and names with diacritics.
	shapes := map[string]bool{}
	for _, e := range d.Events {
		s := e.Date.EDTF
		switch {
		case strings.Contains(s, "/"):
			shapes["interval"] = true
		case strings.HasSuffix(s, "~"):
			shapes["approximate"] = true
		case strings.HasSuffix(s, "?"):
			shapes["uncertain"] = true
		case strings.Contains(s, "X"):
			shapes["unspecified"] = true
		default:
			shapes[map[int]string{4: "year", 7: "month", 10: "day"}[len(s)]] = true
		}
	}
	if len(shapes) != 7 {
		t.Errorf("date shapes: %v", shapes)
	}
	diacritics := false
	for _, p := range d.People {
		if strings.ContainsAny(p.Name, "Çëüöø") {
			diacritics = true
		}
	}
	if !diacritics {
		t.Error("no names with diacritics")
	}
}

func BenchmarkLarge(b *testing.B) {
	for b.Loop() {
		Large()
	}
}
