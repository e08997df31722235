package app

import (
	"strings"
	"testing"
)

func twoHyp() Question {
	return Question{ID: "question-1", Text: "Why?", Hypotheses: []Hypothesis{{ID: "h1", Text: "One"}, {ID: "h2", Text: "Two"}}}
}

func TestQuestionValidate(t *testing.T) {
	ok := twoHyp()
	ok.Evidence = []Evidence{{ID: "e1", Item: "claim-1", Ratings: map[string]Rating{"h1": RatingInconsistent, "h2": RatingNotApplicable}},
		{ID: "e2", Assumption: "Nobody lies twice.", Credibility: LevelHigh, Relevance: LevelLow}}
	ok.Conclusion = Conclusion{Hypothesis: "h2", Likelihood: "realistic-possibility", Confidence: ConfidenceLow}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid question: %v", err)
	}
	cases := []struct {
		change func(q *Question)
		field  string
		words  string
	}{
		{func(q *Question) { q.Text = " " }, "text", "required"},
		{func(q *Question) { q.Hypotheses = q.Hypotheses[:1] }, "hypotheses", "2 to 7"},
		{func(q *Question) {
			for i := 0; i < 6; i++ {
				q.Hypotheses = append(q.Hypotheses, Hypothesis{Text: "more"})
			}
		}, "hypotheses", "not 8"},
		{func(q *Question) { q.Hypotheses[1].Text = "" }, "hypotheses[1].text", "required"},
		{func(q *Question) { q.Hypotheses[1].ID = "h1" }, "hypotheses[1].id", "Two hypotheses"},
		{func(q *Question) { q.Evidence[0].Ratings["h1"] = "X" }, "evidence[0].ratings", "not one of CC"},
		{func(q *Question) { q.Evidence[0].Ratings["h9"] = "C" }, "evidence[0].ratings", "does not have"},
		{func(q *Question) { q.Evidence[1].Assumption = "" }, "evidence[1].item", "needs an item"},
		{func(q *Question) { q.Evidence[0].Assumption = "also" }, "evidence[0].assumption", "not both"},
		{func(q *Question) { q.Evidence[1].Relevance = "huge" }, "evidence[1].relevance", "not high"},
		{func(q *Question) { q.Conclusion.Hypothesis = "h7" }, "conclusion.hypothesis", "does not have"},
		{func(q *Question) { q.Conclusion.Likelihood = "maybe" }, "conclusion.likelihood", "yardstick"},
		{func(q *Question) { q.Conclusion.Confidence = "total" }, "conclusion.confidence", "not low"},
	}
	for i, c := range cases {
		q := ok
		q.Hypotheses = append([]Hypothesis(nil), ok.Hypotheses...)
		q.Evidence = []Evidence{ok.Evidence[0], ok.Evidence[1]}
		q.Evidence[0].Ratings = map[string]Rating{"h1": RatingInconsistent}
		c.change(&q)
		err := q.Validate()
		if err == nil {
			t.Errorf("case %d: no error", i)
			continue
		}
		if ErrorField(err) != c.field || !strings.Contains(err.Error(), c.words) {
			t.Errorf("case %d: field %q, %q; want %q containing %q", i, ErrorField(err), err, c.field, c.words)
		}
	}
}

func TestGradeCredibility(t *testing.T) {
	cases := []struct {
		r    Reliability
		c    int
		want Level
	}{
		{"A", 0, LevelHigh}, {"B", 5, LevelHigh}, {"", 1, LevelHigh}, {"E", 2, LevelHigh},
		{"C", 0, LevelMedium}, {"D", 3, LevelMedium}, {"C", 4, LevelMedium},
		{"D", 4, LevelLow}, {"F", 6, LevelLow}, {"", 0, LevelLow},
	}
	for _, c := range cases {
		if got := GradeCredibility(c.r, c.c); got != c.want {
			t.Errorf("%s%d: %s, want %s", c.r, c.c, got, c.want)
		}
	}
}

func TestEvidenceOriginAndDefaults(t *testing.T) {
	d := CaseData{
		Sources: []Source{{ID: "s1", Title: "Gov", Reliability: "C", Interest: InterestGovernment}, {ID: "s2", Title: "Wire", Reliability: "B"}},
		Events:  []Event{{ID: "ev1", Title: "Raid", Citations: []Citation{{Source: "s2", Quote: &Quote{Exact: "police entered"}}}}},
		Figures: []Figure{{ID: "f1", Question: "injured", Claims: []Claim{
			{ID: "c1", Figure: "f1", Source: "s1", Text: "none", Credibility: 4},
			{ID: "c2", Figure: "f1", Source: "s1", Text: "a few", Credibility: 2},
		}}},
		Annotations: []Annotation{{ID: "n1", Source: "s1", Note: "odd", Quote: &Quote{Exact: "court decision"}}},
	}
	f := NewItemFinder(&d)
	cases := []struct {
		e     Evidence
		kind  Kind
		grade string
		cred  Level
		title string
	}{
		{Evidence{Item: "c1"}, KindClaim, "C4", LevelMedium, "Gov: none"},
		{Evidence{Item: "ev1"}, KindEvent, "B?", LevelHigh, "Raid"},
		{Evidence{Item: "n1"}, KindAnnotation, "C?", LevelMedium, "“court decision”"},
		{Evidence{Item: "f1"}, KindFigure, "", LevelHigh, "injured (disputed figure)"},
		{Evidence{Assumption: "They planned it."}, "", "", LevelLow, "They planned it."},
		{Evidence{Item: "gone"}, "", "", LevelLow, "(item no longer in the case)"},
	}
	for _, c := range cases {
		o := f.Origin(&c.e)
		if o.Kind != c.kind || o.Grade != c.grade || o.Title != c.title {
			t.Errorf("%+v: origin %+v", c.e, o)
		}
		if got := f.DefaultCredibility(&c.e); got != c.cred {
			t.Errorf("%+v: credibility %s, want %s", c.e, got, c.cred)
		}
	}
	over := Evidence{Item: "c1", Credibility: LevelLow}
	if f.Credibility(&over) != LevelLow {
		t.Error("the analyst's credibility does not override the default")
	}
}

func TestAssessUsesHypothesisOrder(t *testing.T) {
	q := twoHyp()
	q.Evidence = []Evidence{{ID: "e1", Item: "x", Ratings: map[string]Rating{"h1": RatingVeryInconsistent, "h2": RatingConsistent}, Relevance: LevelHigh}}
	a := q.Assess([]Level{LevelHigh})
	if a.Scores[0].Inconsistency != 2 || a.Scores[1].Inconsistency != 0 {
		t.Fatalf("scores %+v", a.Scores)
	}
	if w := a.Scores[0].Weighted; w < 3.999 || w > 4.001 { // 2 × √2 × √2
		t.Errorf("weighted %v, want 4", w)
	}
	if len(a.Least) != 1 || a.Least[0] != 1 || a.Spread[0] != 3 || !a.Sensitive[0] {
		t.Errorf("assessment %+v", a)
	}
}

func TestYardsticks(t *testing.T) {
	l, ok := YardstickPHIA.Likelihood("realistic-possibility")
	if !ok || l.Label() != "realistic possibility (40–50%)" {
		t.Errorf("PHIA: %v %q", ok, l.Label())
	}
	if l, _ := YardstickPHIA.Likelihood("remote-chance"); l.Range() != "≈5%" {
		t.Errorf("remote chance %q", l.Range())
	}
	if l, _ := YardstickPHIA.Likelihood("almost-certain"); l.Range() != "≥95%" {
		t.Errorf("almost certain %q", l.Range())
	}
	if l, _ := YardstickICD203.Likelihood("likely"); l.Range() != "55–80%" {
		t.Errorf("ICD likely %q", l.Range())
	}
	if l, ok := YardstickICD203.Likelihood("highly-likely"); !ok || l.Range() != "80–90%" {
		t.Errorf("a PHIA word under ICD 203: %v %q", ok, l.Range())
	}
	if err := (&Case{Title: "x", Yardstick: "nato"}).Validate(); ErrorField(err) != "yardstick" {
		t.Errorf("unknown yardstick: %v", err)
	}
}

func TestHypothesisPlural(t *testing.T) {
	if got := Plural(3, "hypothesis"); got != "3 hypotheses" {
		t.Errorf("%q", got)
	}
}
