package exchange

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

func TestQuestionValues(t *testing.T) {
	d := mustDecode(t, readFile(t, "testdata/every-field.json"))
	if d.Case.Yardstick != app.YardstickICD203 || len(d.Questions) != 2 {
		t.Fatalf("yardstick %q, %d questions", d.Case.Yardstick, len(d.Questions))
	}
	q := d.Questions[0]
	if len(q.Hypotheses) != 3 || q.Hypotheses[1] != (app.Hypothesis{ID: "h-arson", Text: "Arson"}) {
		t.Errorf("hypotheses %+v", q.Hypotheses)
	}
	want := map[string]app.Rating{"h-wiring": "CC", "h-unknown": "N"}
	if e := q.EvidenceRow("v-event"); e == nil || !reflect.DeepEqual(e.Ratings, want) || e.Credibility != app.LevelLow || e.Relevance != app.LevelHigh {
		t.Errorf("v-event %+v", e)
	}
	if e := q.EvidenceRow("v-quote"); e.Ratings != nil || e.Item != "a-1" {
		t.Errorf("v-quote %+v", e)
	}
	if e := q.EvidenceRow("v-assume"); !e.IsAssumption() {
		t.Errorf("v-assume %+v", e)
	}
	if q.Conclusion.Hypothesis != "h-wiring" || q.Conclusion.Confidence != app.ConfidenceLow {
		t.Errorf("conclusion %+v", q.Conclusion)
	}
	if !d.Questions[1].Conclusion.IsZero() || d.Questions[1].Evidence != nil {
		t.Errorf("open question %+v", d.Questions[1])
	}
}

// badQuestions breaks each rule of questions once, in document order.
const badQuestions = `{"casefile": 1, "case": {"title": "T", "yardstick": "nato"},
 "sources": [{"id": "s1", "title": "S"}],
 "people": [{"id": "p1", "name": "P"}],
 "events": [{"id": "e1", "title": "E", "date": "2023"}],
 "questions": [
  {"id": "q1", "question": "Only one?", "hypotheses": [{"id": "h1", "text": "yes"}]},
  {"id": "q2", "question": "Q", "hypotheses": [{"id": "h2", "text": "a"}, {"id": "h3", "text": ""}],
   "evidence": [
     {"id": "v1", "item": "e1", "ratings": {"h2": "X", "h9": "C", "h3": 2}},
     {"id": "v2", "item": "p1"},
     {"id": "v3", "item": "gone"},
     {"id": "v4"},
     {"id": "v5", "item": "e1", "credibility": "huge"},
     {"id": "e1", "assumption": "x"}
   ],
   "conclusion": {"hypothesis": "h1", "likelihood": "maybe", "confidence": "total"}},
  {"id": "q3", "question": "Too many", "hypotheses": [{"id": "k1", "text": "1"}, {"id": "k2", "text": "2"}, {"id": "k3", "text": "3"},
     {"id": "k4", "text": "4"}, {"id": "k5", "text": "5"}, {"id": "k6", "text": "6"}, {"id": "k7", "text": "7"}, {"id": "k8", "text": "8"}]}
 ]}`

func TestQuestionProblems(t *testing.T) {
	d, _, err := Decode(strings.NewReader(badQuestions))
	if err == nil {
		t.Fatal("no error")
	}
	if !reflect.DeepEqual(d, app.CaseData{}) {
		t.Error("a failed decode returned data")
	}
	want := []string{
		"case.yardstick",
		"questions[0].hypotheses",             // one hypothesis
		"questions[1].hypotheses[1].text",     // empty
		"questions[1].evidence[0].ratings.h2", // not a rating
		"questions[1].evidence[0].ratings.h9", // no such hypothesis
		"questions[1].evidence[0].ratings.h3", // a number
		"questions[1].evidence[1].item",       // a person
		"questions[1].evidence[2].item",       // missing
		"questions[1].evidence[3]",            // neither item nor assumption
		"questions[1].evidence[4].credibility",
		"questions[1].evidence[5].id", // duplicates an event's id
		"questions[1].conclusion.hypothesis",
		"questions[1].conclusion.likelihood",
		"questions[1].conclusion.confidence",
		"questions[2].hypotheses", // eight
	}
	got := problemPaths(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problem paths:\n got %q\nwant %q", got, want)
	}
	for _, s := range []string{
		`The rating "X" is not one of CC, C, N, I, II or NA.`,
		`The id "p1" names a person (people[0]), not a claim, event, annotation or disputed figure.`,
		"A question needs 2 to 7 hypotheses, not 8.",
		`The id "e1" is already used by events[0]`,
	} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error lacks %q:\n%v", s, err)
		}
	}
}

func TestQuestionRatingsFollowHypothesisOrder(t *testing.T) {
	d := app.CaseData{Case: app.Case{Title: "T"}, Questions: []app.Question{{ID: "q", Text: "Q",
		Hypotheses: []app.Hypothesis{{ID: "z", Text: "last id first"}, {ID: "a", Text: "a"}},
		Evidence:   []app.Evidence{{ID: "v", Assumption: "x", Ratings: map[string]app.Rating{"a": "I", "z": "C"}}}}}}
	var b bytes.Buffer
	if err := Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	if i, j := strings.Index(b.String(), `"z": "C"`), strings.Index(b.String(), `"a": "I"`); i < 0 || j < i {
		t.Errorf("ratings not in hypothesis order:\n%s", b.String())
	}
	back := mustDecode(t, b.Bytes())
	if !reflect.DeepEqual(back.Questions, d.Questions) {
		t.Errorf("round trip %+v", back.Questions)
	}
}

func TestReferenceToAHypothesis(t *testing.T) {
	_, _, err := Decode(strings.NewReader(`{"casefile": 1, "case": {"title": "T"},
 "figures": [{"id": "f", "question": "Q", "claims": [{"id": "c", "source": "h1", "text": "x"}]}],
 "questions": [{"id": "q", "question": "Q", "hypotheses": [{"id": "h1", "text": "a"}, {"id": "h2", "text": "b"}]}]}`))
	if err == nil || !strings.Contains(err.Error(), `The id "h1" names a hypothesis (questions[0].hypotheses[0]), not a source.`) {
		t.Errorf("%v", err)
	}
}
