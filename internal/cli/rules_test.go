package cli

import (
	"testing"

	"casefile/app"
)

// TestDescribeProblemNamesTheItem: a problem at a JSON path names the item
// it is about by its list's word and id, for every list of the case; a
// path it cannot place is given as it is.
func TestDescribeProblemNamesTheItem(t *testing.T) {
	d := app.CaseData{
		Case:          app.Case{Title: "Raid"},
		Sources:       []app.Source{{ID: "s1", Title: "Report"}},
		People:        []app.Person{{ID: "p1", Name: "A"}, {ID: "p2", Name: "B"}},
		Organizations: []app.Organization{{ID: "o1", Name: "Police"}},
		Relations:     []app.Relation{{ID: "r1", From: "p1", To: "o1", Kind: "member of"}},
		Events:        []app.Event{{ID: "e1", Title: "Raid"}},
		Figures:       []app.Figure{{ID: "f1", Question: "people injured"}},
		Annotations:   []app.Annotation{{ID: "a1", Source: "s1"}},
		Questions: []app.Question{{ID: "q1", Text: "Why?", Hypotheses: []app.Hypothesis{
			{ID: "h1", Text: "One"}, {ID: "h2", Text: "Two"}}}},
	}
	for path, want := range map[string]string{
		"sources[0].title":        "Source ‘s1’ (sources[0].title): bad",
		"people[1].name":          "Person ‘p2’ (people[1].name): bad",
		"organizations[0]":        "Organization ‘o1’ (organizations[0]): bad",
		"relations[0].to":         "Relation ‘r1’ (relations[0].to): bad",
		"events[0].date":          "Event ‘e1’ (events[0].date): bad",
		"figures[0].claims[0]":    "Disputed figure ‘f1’ (figures[0].claims[0]): bad",
		"annotations[0].quote":    "Annotation ‘a1’ (annotations[0].quote): bad",
		"questions[0].hypotheses": "Question ‘q1’ (questions[0].hypotheses): bad",
		"events[7].date":          "events[7].date: bad",
		"widgets[0]":              "widgets[0]: bad",
		"case.title":              "case.title: bad",
		"":                        "bad",
	} {
		if got := describeProblem(d, path, "bad"); got != want {
			t.Errorf("describeProblem(%q) = %q, want %q", path, got, want)
		}
	}
}
