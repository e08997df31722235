// Package uitest holds what the window's tests share: the small sample
// case and helpers that find and press what a dialog or a view shows, on
// Fyne's test driver. Only tests import it (internal/archtest checks).
package uitest

import "casefile/app"

// Num is v as a claim's bound.
func Num(v float64) *float64 { return &v }

// SampleCase is a small case with one of everything, names with
// diacritics and aliases, links and citations.
func SampleCase() app.CaseData {
	return app.CaseData{
		Case: app.Case{Title: "Raid on the camp", Marking: "UNCLASSIFIED", AsOf: app.Date{EDTF: "2023-07-01"}},
		Sources: []app.Source{
			{ID: "s-times", Title: "Police raid camp at dawn", Publisher: "The Times", Published: app.Date{EDTF: "2023-06-21"},
				Kind: app.SourceArticle, Reliability: "B", Interest: app.InterestIndependent, Text: "Police raided the camp at dawn. Some 100 people were injured."},
			{ID: "s-ministry", Title: "Statement on the operation", Publisher: "Ministry of the Interior",
				Kind: app.SourceStatement, Reliability: "C", Interest: app.InterestGovernment},
		},
		People: []app.Person{
			{ID: "p-cuci", Name: "Arben Çuçi", Aliases: []app.Alias{{Name: "The Colonel", Note: "used by the press"}}, Role: "police commander",
				Citations: []app.Citation{{Source: "s-times"}}},
			{ID: "p-maria", Name: "María Núñez", Role: "spokesperson"},
		},
		Organizations: []app.Organization{
			{ID: "o-police", Name: "National Police", Aliases: []app.Alias{{Name: "PN"}}, Kind: "police force", Country: "Albania"},
			{ID: "o-ministry", Name: "Ministry of the Interior", Kind: "ministry"},
		},
		Relations: []app.Relation{
			{ID: "r-1", From: "p-cuci", To: "o-police", Kind: "member of"},
			{ID: "r-2", From: "o-police", To: "o-ministry", Kind: "part of"},
		},
		Events: []app.Event{
			{ID: "e-raid", Title: "Police raid on the camp", Date: app.Date{EDTF: "2023-06-20"}, Place: "Camp Ashraf", Key: true,
				Participants: []string{"p-cuci", "o-police"}, Citations: []app.Citation{{Source: "s-times"}}},
			{ID: "e-founding", Title: "Camp founded", Date: app.Date{EDTF: "198X", Phrase: "the 1980s"}},
			{ID: "e-statement", Title: "Ministry statement", Date: app.Date{EDTF: "2023-06-22"}, Participants: []string{"o-ministry"}},
		},
		Figures: []app.Figure{
			{ID: "f-injured", Question: "People injured in the raid", Unit: "people", Event: "e-raid", Claims: []app.Claim{
				{ID: "c-1", Source: "s-times", Text: "some 100", Low: Num(100), High: Num(100), Qualifier: app.QualApproximate, Credibility: 3},
				{ID: "c-2", Source: "s-ministry", Claimant: "o-ministry", Text: "no one was injured", Low: Num(0), High: Num(0), Qualifier: app.QualExact, Credibility: 5},
			}},
		},
	}
}
