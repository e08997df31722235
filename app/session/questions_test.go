package session

import (
	"reflect"
	"slices"
	"testing"

	"casefile/app"
)

// questionData is a small case with a claim, an event and a source text
// to rate against.
func questionData() app.CaseData {
	return app.CaseData{
		Case:    app.Case{Title: "Questions"},
		Sources: []app.Source{{ID: "s1", Title: "Wire", Reliability: "B", Text: "The police entered the camp at dawn."}},
		Events:  []app.Event{{ID: "e1", Title: "Police enter the camp", Date: app.Date{EDTF: "2023-06-20"}}},
		Figures: []app.Figure{{ID: "f1", Question: "people hurt", Claims: []app.Claim{{ID: "c1", Source: "s1", Text: "dozens", Credibility: 3}}}},
	}
}

func TestSessionQuestions(t *testing.T) {
	s := openTest(t, questionData())
	var heard []Change
	s.Subscribe(func(c Change) { heard = append(heard, c) })
	// assertQuestions checks that the index holds the file's questions and
	// that the last change named question id.
	assertQuestions := func(what, id string) {
		t.Helper()
		d, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(s.Index().Data().Questions, d.Questions) {
			t.Fatalf("%s: index %+v\nfile %+v", what, s.Index().Data().Questions, d.Questions)
		}
		if len(heard) == 0 || !heard[len(heard)-1].Has(app.KindQuestion, id) {
			t.Fatalf("%s: subscribers heard %+v", what, heard)
		}
		heard = nil
	}
	q := app.Question{Text: "Why did the police enter?", Hypotheses: []app.Hypothesis{{Text: "A court order"}, {Text: "Pressure"}}}
	if err := s.CreateQuestion(&q); err != nil {
		t.Fatal(err)
	}
	assertQuestions("create", q.ID)
	h1, h2 := q.Hypotheses[0].ID, q.Hypotheses[1].ID
	e := app.Evidence{Item: "c1"}
	if err := s.AddEvidence(q.ID, &e); err != nil {
		t.Fatal(err)
	}
	assertQuestions("add evidence", q.ID)
	steps := []struct {
		name string
		do   func() error
	}{
		{"rate", func() error { return s.Rate(e.ID, h1, app.RatingInconsistent) }},
		{"rate again", func() error { return s.Rate(e.ID, h2, app.RatingConsistent) }},
		{"add hypothesis", func() error { return s.AddHypothesis(q.ID, &app.Hypothesis{Text: "A search"}) }},
		{"move hypothesis", func() error { return s.MoveHypothesis(h2, 0) }},
		{"edit hypothesis", func() error { return s.UpdateHypothesis(app.Hypothesis{ID: h1, Text: "A court decision"}) }},
		{"assumption", func() error { return s.AddEvidence(q.ID, &app.Evidence{Assumption: "Courts are slow."}) }},
		{"update evidence", func() error {
			return s.UpdateEvidence(app.Evidence{ID: e.ID, Credibility: app.LevelLow, Relevance: app.LevelHigh})
		}},
		{"move evidence", func() error { return s.MoveEvidence(e.ID, 1) }},
		{"conclude", func() error {
			c := *s.Index().Question(q.ID)
			c.Conclusion = app.Conclusion{Hypothesis: h2, Likelihood: "likely", Confidence: app.ConfidenceLow}
			return s.UpdateQuestion(c)
		}},
		{"delete hypothesis", func() error { return s.DeleteHypothesis(h2) }},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		assertQuestions(st.name, q.ID)
	}
	if got := s.Index().Question(q.ID).Conclusion.Hypothesis; got != "" {
		t.Errorf("conclusion kept a deleted hypothesis %q", got)
	}
	a := app.Annotation{Source: "s1", Quote: &app.Quote{Exact: "entered the camp", Start: 11, End: 27}}
	qe := app.Evidence{Relevance: app.LevelHigh}
	if err := s.AddQuoteEvidence(q.ID, &a, &qe); err != nil {
		t.Fatal(err)
	}
	if s.Index().Annotation(a.ID) == nil || !heard[0].Has(app.KindAnnotation, a.ID) || !heard[0].Has(app.KindSource, "s1") {
		t.Errorf("the quote's note is not in the index or not announced: %+v", heard)
	}
	assertQuestions("quote evidence", q.ID)
	if u := s.Index().QuestionsUsing("c1"); len(u) != 1 || u[0].Question != q.ID {
		t.Errorf("QuestionsUsing %+v", u)
	}
	if err := s.DeleteEvidence(qe.ID); err != nil {
		t.Fatal(err)
	}
	assertQuestions("delete evidence", q.ID)
	// Undo goes back through every step, with the index following.
	for s.UndoLabel() != "" {
		if _, err := s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.Index().Data().Questions) != 0 {
		t.Errorf("questions after undoing all: %+v", s.Index().Data().Questions)
	}
}

func TestQuestionsAffected(t *testing.T) {
	d := questionData()
	d.Annotations = []app.Annotation{{ID: "n1", Source: "s1", Note: "n"}}
	d.Questions = []app.Question{{ID: "q", Text: "Q", Hypotheses: []app.Hypothesis{{ID: "a", Text: "a"}, {ID: "b", Text: "b"}},
		Evidence: []app.Evidence{{ID: "v1", Item: "c1"}, {ID: "v2", Item: "n1"}, {ID: "v3", Item: "e1"}, {ID: "v4", Assumption: "x"}}}}
	x := openTest(t, d).Index()
	for _, c := range []struct {
		k    app.Kind
		id   string
		rows int
	}{
		{app.KindSource, "s1", 2}, // its claim and its note
		{app.KindFigure, "f1", 1}, // its claim
		{app.KindEvent, "e1", 1},
		{app.KindClaim, "c1", 1},
		{app.KindPerson, "nobody", 0},
	} {
		u := x.QuestionsAffected(c.k, c.id)
		got := 0
		if len(u) == 1 {
			got = u[0].Rows
		}
		if got != c.rows || (c.rows == 0) != (len(u) == 0) {
			t.Errorf("%s %s: %+v, want %d rows", c.k, c.id, u, c.rows)
		}
	}
}

func TestSessionYardstickAndDelete(t *testing.T) {
	s := openTest(t, questionData())
	var heard []Change
	s.Subscribe(func(c Change) { heard = append(heard, c) })
	if err := s.UpdateYardstick(app.YardstickICD203); err != nil || s.Index().Case().Yardstick != app.YardstickICD203 {
		t.Fatalf("yardstick: %v", err)
	}
	if len(heard) == 0 || !heard[len(heard)-1].Touches(app.KindQuestion, KindCase) {
		t.Errorf("yardstick change heard as %+v", heard)
	}
	q2 := app.Question{Text: "Gone soon", Hypotheses: []app.Hypothesis{{Text: "a"}, {Text: "b"}}}
	if err := s.CreateQuestion(&q2); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteQuestion(q2.ID); err != nil {
		t.Fatal(err)
	}
	if s.Index().Question(q2.ID) != nil || !slices.ContainsFunc(heard, func(c Change) bool { return c.Has(app.KindQuestion, q2.ID) }) {
		t.Error("deleted question still in the index")
	}
}

// TestIndexFindsEvidenceAsTheFileDoes: the Questions tab looks its rows'
// items up in the session's index (app.NewItemFinderOn) rather than in an
// index of its own. Before and after changes made through the session,
// that finder must say of every item what a finder built from the file
// says.
func TestIndexFindsEvidenceAsTheFileDoes(t *testing.T) {
	s := openTest(t, demoCase(t))
	check := func(after string) {
		t.Helper()
		d, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		want := app.NewItemFinder(&d)
		got := app.NewItemFinderOn(s.Index().Data(), s.Index())
		ids := []string{"no-such-item", d.Sources[0].ID}
		for _, e := range d.Events {
			ids = append(ids, e.ID)
		}
		for _, n := range d.Annotations {
			ids = append(ids, n.ID)
		}
		for _, f := range d.Figures {
			ids = append(ids, f.ID)
			for _, c := range f.Claims {
				ids = append(ids, c.ID)
			}
		}
		for _, id := range ids {
			e := &app.Evidence{Item: id}
			if g, w := got.KindOf(id), want.KindOf(id); g != w {
				t.Errorf("%s: %s is a %q to the index, a %q to the file", after, id, g, w)
			}
			if g, w := got.Origin(e), want.Origin(e); !reflect.DeepEqual(g, w) {
				t.Errorf("%s: %s comes from %+v to the index, %+v to the file", after, id, g, w)
			}
			if g, w := got.DefaultCredibility(e), want.DefaultCredibility(e); g != w {
				t.Errorf("%s: %s is of %s credibility to the index, %s to the file", after, id, g, w)
			}
		}
	}
	check("opened")
	d := s.Index().Data()
	c := d.Figures[0].Claims[0]
	c.Credibility = 1
	if err := s.UpdateClaim(c); err != nil {
		t.Fatal(err)
	}
	src := *s.Index().Source(c.Source)
	src.Reliability = "E"
	if err := s.UpdateSource(src); err != nil {
		t.Fatal(err)
	}
	n := app.Annotation{Source: src.ID, Note: "a note made after opening"}
	if err := s.CreateAnnotation(&n); err != nil {
		t.Fatal(err)
	}
	check("after changes")
	if err := s.DeleteEvent(d.Events[0].ID); err != nil {
		t.Fatal(err)
	}
	check("after a deletion")
}
