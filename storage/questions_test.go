package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/exchange"
)

// questionCase is the sample case with one disputed question rated against
// a claim, an event, a quote, the figure and an assumption.
func questionCase() app.CaseData {
	d := sampleCase()
	d.Case.Yardstick = app.YardstickICD203
	d.Questions = []app.Question{{
		ID: "q1", Text: "Why did the police enter the camp?",
		Hypotheses: []app.Hypothesis{{ID: "h1", Text: "To enforce a court decision"}, {ID: "h2", Text: "Under foreign pressure"}, {ID: "h3", Text: "A routine search"}},
		Evidence: []app.Evidence{
			{ID: "v1", Item: "c1", Ratings: map[string]app.Rating{"h1": "I", "h2": "C", "h3": "II"}},
			{ID: "v2", Item: "e1", Credibility: app.LevelLow, Relevance: app.LevelHigh, Ratings: map[string]app.Rating{"h1": "C", "h2": "C", "h3": "NA"}},
			{ID: "v3", Item: "a1", Note: "a quote", Ratings: map[string]app.Rating{"h1": "N"}},
			{ID: "v4", Item: "f1"},
			{ID: "v5", Assumption: "Courts in Albania act on police requests.", Ratings: map[string]app.Rating{"h2": "CC"}},
		},
		Conclusion: app.Conclusion{Hypothesis: "h1", Likelihood: "roughly-even-chance", Confidence: app.ConfidenceLow, Reasoning: "Thin evidence.", Indicators: "A published court order."},
	}}
	return d
}

func TestQuestionsRoundTrip(t *testing.T) {
	d := questionCase()
	db := mustCreate(t, d)
	sameCase(t, "after create", normalize(mustLoad(t, db)), normalize(d))
	if r, err := db.Check(); err != nil || !r.OK() || r.Counts[app.KindQuestion] != 1 {
		t.Fatalf("check %+v %v", r, err)
	}
	q, err := db.Question("q1")
	if err != nil || !reflect.DeepEqual(q, d.Questions[0]) {
		t.Fatalf("Question: %v\n%+v", err, q)
	}
}

func TestQuestionChangesUndo(t *testing.T) {
	db := mustCreate(t, questionCase())
	before := mustLoad(t, db)
	steps := []struct {
		name  string
		do    func() error
		check func(q app.Question) bool
	}{
		{"rate", func() error { return db.Rate("v4", "h2", app.RatingVeryInconsistent) },
			func(q app.Question) bool { return q.EvidenceRow("v4").Ratings["h2"] == "II" }},
		{"re-rate", func() error { return db.Rate("v1", "h1", app.RatingConsistent) },
			func(q app.Question) bool { return q.EvidenceRow("v1").Ratings["h1"] == "C" }},
		{"clear", func() error { return db.Rate("v1", "h3", app.RatingUnrated) },
			func(q app.Question) bool { _, ok := q.EvidenceRow("v1").Ratings["h3"]; return !ok }},
		{"add hypothesis", func() error { return db.AddHypothesis("q1", &app.Hypothesis{ID: "h4", Text: "A provocation"}) },
			func(q app.Question) bool { return len(q.Hypotheses) == 4 && q.Hypotheses[3].ID == "h4" }},
		{"move hypothesis", func() error { return db.MoveHypothesis("h3", 0) },
			func(q app.Question) bool { return q.Hypotheses[0].ID == "h3" && q.Hypotheses[1].ID == "h1" }},
		{"edit hypothesis", func() error { return db.UpdateHypothesis(app.Hypothesis{ID: "h2", Text: "Under pressure from Tehran"}) },
			func(q app.Question) bool { return q.Hypothesis("h2").Text == "Under pressure from Tehran" }},
		{"delete concluded hypothesis", func() error { return db.DeleteHypothesis("h1") },
			func(q app.Question) bool {
				return q.Hypothesis("h1") == nil && q.Conclusion.Hypothesis == "" && q.EvidenceRow("v2").Ratings["h1"] == ""
			}},
		{"add evidence", func() error {
			return db.AddEvidence("q1", &app.Evidence{ID: "v6", Item: "c2", Ratings: map[string]app.Rating{"h2": "I"}})
		},
			func(q app.Question) bool { return len(q.Evidence) == 6 && q.Evidence[5].Ratings["h2"] == "I" }},
		{"move evidence", func() error { return db.MoveEvidence("v6", 1) },
			func(q app.Question) bool { return q.Evidence[1].ID == "v6" && q.Evidence[2].ID == "v2" }},
		{"update evidence", func() error {
			return db.UpdateEvidence(app.Evidence{ID: "v5", Assumption: "Courts act on requests.", Credibility: app.LevelHigh, Relevance: app.LevelLow, Note: "n"})
		}, func(q app.Question) bool {
			e := q.EvidenceRow("v5")
			return e.Assumption == "Courts act on requests." && e.Credibility == app.LevelHigh && e.Ratings["h2"] == "CC"
		}},
		{"delete evidence", func() error { return db.DeleteEvidence("v3") },
			func(q app.Question) bool { return q.EvidenceRow("v3") == nil && len(q.Evidence) == 5 }},
		{"update question", func() error {
			q, _ := db.Question("q1")
			q.Text = "Why did the police enter Ashraf-3?"
			q.Conclusion = app.Conclusion{Hypothesis: "h2", Likelihood: "unlikely", Confidence: app.ConfidenceModerate}
			return db.UpdateQuestion(q)
		}, func(q app.Question) bool {
			return q.Text == "Why did the police enter Ashraf-3?" && q.Conclusion.Hypothesis == "h2"
		}},
		{"quote evidence", func() error {
			return db.AddQuoteEvidence("q1", &app.Annotation{ID: "a9", Source: "s1", Quote: &app.Quote{Exact: "police raided", Start: 20, End: 33}}, &app.Evidence{ID: "v9"})
		}, func(q app.Question) bool { return q.EvidenceRow("v9") != nil && q.EvidenceRow("v9").Item == "a9" }},
	}
	var states []app.CaseData
	for _, s := range steps {
		states = append(states, mustLoad(t, db))
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		q, err := db.Question("q1")
		if err != nil || !s.check(q) {
			t.Fatalf("%s: %v %+v", s.name, err, q)
		}
		if db.UndoLabel() == "" {
			t.Fatalf("%s: no undo step", s.name)
		}
	}
	after := mustLoad(t, db)
	checkIndex(t, db)
	for i := len(steps) - 1; i >= 0; i-- {
		ch, err := db.Undo()
		if err != nil {
			t.Fatalf("undo %s: %v", steps[i].name, err)
		}
		if ch.Kind != app.KindQuestion || ch.Item != "q1" {
			t.Errorf("undo %s: change %+v", steps[i].name, ch)
		}
		sameCase(t, "undo "+steps[i].name, mustLoad(t, db), states[i])
	}
	sameCase(t, "all undone", mustLoad(t, db), before)
	for range steps {
		if _, err := db.Redo(); err != nil {
			t.Fatal(err)
		}
	}
	sameCase(t, "all redone", mustLoad(t, db), after)
	checkIndex(t, db)
}

func TestQuestionRules(t *testing.T) {
	db := mustCreate(t, questionCase())
	wantCode(t, db.Rate("v1", "h1", "maybe"), app.EINVALID)
	wantCode(t, db.Rate("v1", "nope", "C"), app.ENOTFOUND)
	wantCode(t, db.Rate("nope", "h1", "C"), app.ENOTFOUND)
	wantCode(t, db.AddEvidence("q1", &app.Evidence{Item: "p1"}), app.EINVALID) // a person is not evidence
	wantCode(t, db.AddEvidence("q1", &app.Evidence{Item: "gone"}), app.ENOTFOUND)
	wantCode(t, db.AddEvidence("q1", &app.Evidence{Item: "c2", Ratings: map[string]app.Rating{"hx": "C"}}), app.EINVALID)
	wantCode(t, db.AddEvidence("q1", &app.Evidence{ID: "v1", Item: "c2"}), app.ECONFLICT)
	wantCode(t, db.AddQuoteEvidence("q1", &app.Annotation{Source: "s1"}, &app.Evidence{}), app.EINVALID)
	if err := db.DeleteHypothesis("h3"); err != nil {
		t.Fatal(err)
	}
	err := db.DeleteHypothesis("h2")
	wantCode(t, err, app.EINVALID)
	oneSentence(t, err.Error(), "")
	for i := 0; i < 5; i++ {
		if err := db.AddHypothesis("q1", &app.Hypothesis{Text: "more"}); err != nil {
			t.Fatal(err)
		}
	}
	wantCode(t, db.AddHypothesis("q1", &app.Hypothesis{Text: "an eighth"}), app.EINVALID)
	wantCode(t, db.CreateQuestion(&app.Question{Text: "One answer?", Hypotheses: []app.Hypothesis{{Text: "yes"}}}), app.EINVALID)
	wantCode(t, db.CreateQuestion(&app.Question{ID: "c1", Text: "Taken id", Hypotheses: []app.Hypothesis{{Text: "a"}, {Text: "b"}}}), app.ECONFLICT)
	n := len(mustLoad(t, db).Questions)
	q := app.Question{Text: "Was anyone killed?", Hypotheses: []app.Hypothesis{{Text: "yes"}, {Text: "no"}}}
	if err := db.CreateQuestion(&q); err != nil || q.ID == "" || q.Hypotheses[1].ID == "" {
		t.Fatalf("create: %v %+v", err, q)
	}
	if len(mustLoad(t, db).Questions) != n+1 {
		t.Error("question not added")
	}
	if err := db.DeleteQuestion(q.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteQuestion(q.ID), app.ENOTFOUND)
	checkIndex(t, db)
}

func TestDeletingEvidenceItem(t *testing.T) {
	db := mustCreate(t, questionCase())
	uses, err := db.QuestionsUsing("c1")
	if err != nil || len(uses) != 1 || uses[0].Question != "q1" || uses[0].Rows != 1 || !strings.Contains(uses[0].Text, "police") {
		t.Fatalf("uses %+v %v", uses, err)
	}
	if uses, _ := db.QuestionsUsing("c3"); len(uses) != 0 {
		t.Errorf("c3 used by %+v", uses)
	}
	before := mustLoad(t, db)
	// Deleting the figure takes its claims, so rows v1 (claim c1) and v4
	// (the figure) go with their ratings; Undo brings them back.
	if err := db.DeleteFigure("f1"); err != nil {
		t.Fatal(err)
	}
	q, _ := db.Question("q1")
	if q.EvidenceRow("v1") != nil || q.EvidenceRow("v4") != nil || len(q.Evidence) != 3 {
		t.Fatalf("after delete: %+v", q.Evidence)
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	sameCase(t, "undo delete", mustLoad(t, db), before)
}

func TestSearchFindsQuestions(t *testing.T) {
	db := mustCreate(t, questionCase())
	for _, word := range []string{"enter the camp", "court decision", "Thin evidence", "published court order"} {
		hits, err := db.Search(word, 10)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range hits {
			if h.Kind == app.KindQuestion && h.ID == "q1" && h.Title == "Why did the police enter the camp?" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no question hit in %+v", word, hits)
		}
	}
	if err := db.UpdateHypothesis(app.Hypothesis{ID: "h3", Text: "A scheduled inspection"}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := db.Search("scheduled inspection", 5); len(hits) == 0 || hits[0].Kind != app.KindQuestion {
		t.Errorf("edited hypothesis not found: %+v", hits)
	}
	checkIndex(t, db)
}

// TestMergeKeepsRatings merges the claimant of a rated claim into another
// person: the claim, its evidence row and the row's ratings stay.
func TestMergeKeepsRatings(t *testing.T) {
	db := mustCreate(t, questionCase())
	before, _ := db.Question("q1")
	if err := db.Merge("p2", "p1"); err != nil {
		t.Fatal(err)
	}
	after, err := db.Question("q1")
	if err != nil || !reflect.DeepEqual(after, before) {
		t.Fatalf("after merge: %v\n%+v\nwant %+v", err, after, before)
	}
	if c, _ := db.Claim("c1"); c.Claimant != "p2" {
		t.Errorf("claimant %q", c.Claimant)
	}
}

// TestJSONRoundTripThroughFile imports the exchange format's every-field
// fixture (questions included) into a case file and exports it again: the
// bytes are the same.
func TestJSONRoundTripThroughFile(t *testing.T) {
	in, err := os.ReadFile("../app/exchange/testdata/every-field.json")
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := exchange.Decode(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	db := mustCreate(t, d)
	var out bytes.Buffer
	if err := exchange.Encode(&out, mustLoad(t, db)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), in) {
		t.Errorf("export after import differs from the fixture:\n%s", out.String())
	}
}

// TestMigrateToQuestions opens a file of schema version 3 (before
// questions): it is backed up, updated, keeps its content, and takes
// questions, with undo, from then on.
func TestMigrateToQuestions(t *testing.T) {
	saved := migrations
	migrations = saved[:3]
	dir := t.TempDir()
	path := filepath.Join(dir, "v3.casefile")
	old, err := Create(path, sampleCase(), false)
	migrations = saved
	if err != nil {
		t.Fatal(err)
	}
	if old.Version() != 3 {
		t.Fatalf("version %d", old.Version())
	}
	old.Close() // (this build cannot read a version 3 file it has not updated)
	v3 := normalize(sampleCase())
	sum := fileSHA(t, path)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Version() != SchemaVersion() || fileSHA(t, path+".bak-v3") != sum {
		t.Fatalf("version %d, backup kept: %v", db.Version(), fileSHA(t, path+".bak-v3") == sum)
	}
	sameCase(t, "after migrating", normalize(mustLoad(t, db)), v3)
	q := questionCase().Questions[0]
	if err := db.CreateQuestion(&q); err != nil {
		t.Fatal(err)
	}
	c, _ := db.Case()
	c.Yardstick = app.YardstickICD203
	if err := db.UpdateCase(c); err != nil {
		t.Fatal(err)
	}
	if hits, _ := db.Search("routine search", 5); len(hits) == 0 || hits[0].Kind != app.KindQuestion {
		t.Errorf("search after migrating: %+v", hits)
	}
	checkIndex(t, db)
	for range 2 {
		if _, err := db.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	sameCase(t, "after undo", normalize(mustLoad(t, db)), v3)
}
