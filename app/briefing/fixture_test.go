package briefing

import (
	"fmt"
	"strings"

	"casefile/app"
)

func fp(v float64) *float64 { return &v }

func cite(src, exact string) app.Citation {
	c := app.Citation{Source: src}
	if exact != "" {
		c.Quote = &app.Quote{Exact: exact}
	}
	return c
}

// fixtureCase is a small case modelled on the seed article (the June 2023
// raid on Ashraf-3): names in Albanian, Persian (Arabic script), Turkish,
// Vietnamese and Cyrillic; fuzzy dates of every kind; figures on linear and
// logarithmic axes with every qualifier.
func fixtureCase() app.CaseData {
	return app.CaseData{
		Case: app.Case{
			Title:   "Police raid on Ashraf-3, Albania (June 2023)",
			Summary: "On Tuesday 20 June 2023 Albanian police searched the Ashraf-3 camp of the Mujahedin-e Khalq (MEK) at Manëz, seizing computers on suspicion of cyberattacks against Albania and other states. One resident died; how many people were injured is disputed.\n\nThe MEK and the NCRI call the raid criminal and repressive; the Albanian authorities say it was a lawful search ordered by a court.",
			Marking: "UNCLASSIFIED // FOR TRAINING",
			Author:  "Desk analyst",
			AsOf:    app.Date{EDTF: "2023-06-30"},
		},
		Sources: []app.Source{
			{ID: "s-fox", Title: "Iranian dissidents injured, one killed in Albania camp raid", Publisher: "Fox News", Author: "Caitlin McFall",
				URL: "https://www.foxnews.com/world/iranian-dissidents-injured-albania-camp-raid", Published: app.Date{EDTF: "2023-06-21"},
				Kind: app.SourceArticle, Reliability: "B", Interest: app.InterestIndependent},
			{ID: "s-ncri", Title: "Statement on the criminal raid on Ashraf-3", Publisher: "National Council of Resistance of Iran",
				Published: app.Date{EDTF: "2023-06-20"}, Kind: app.SourceStatement, Reliability: "D", Interest: app.InterestParty},
			{ID: "s-adn", Title: "Police operation at Ashraf-3 camp in Manëz", Publisher: "Albanian Daily News",
				Published: app.Date{EDTF: "2023-06-20"}, Kind: app.SourceArticle, Reliability: "C", Interest: app.InterestIndependent},
			{ID: "s-asp", Title: "Njoftim për operacionin në kampin Ashraf-3", Publisher: "Policia e Shtetit",
				Published: app.Date{EDTF: "2023-06-20"}, Kind: app.SourceStatement, Reliability: "C", Interest: app.InterestGovernment},
			{ID: "s-tas", Title: "خبرگزاری تسنیم: یورش پلیس آلبانی به اردوگاه منافقین", Publisher: "Tasnim",
				Published: app.Date{EDTF: "2023-06-21"}, Kind: app.SourceArticle, Reliability: "E", Interest: app.InterestGovernment},
		},
		People: []app.Person{
			{ID: "p-maryam", Name: "Maryam Rajavi", Aliases: []app.Alias{{Name: "مریم رجوی", Note: "in Persian"}}, Role: "President-elect of the NCRI",
				Nationality: "Iranian", Born: app.Date{EDTF: "1953-12-04"}, Citations: []app.Citation{cite("s-ncri", "")}},
			{ID: "p-cuci", Name: "Bledar Çuçi", Role: "Minister of the Interior of Albania", Nationality: "Albanian",
				Notes: "Spoke for the government after the raid.", Citations: []app.Citation{cite("s-adn", "")}},
			{ID: "p-ali", Name: "Ali Mostashari", Aliases: []app.Alias{{Name: "علی مستشاری"}}, Role: "Camp resident", Died: app.Date{EDTF: "2023-06-20"},
				Citations: []app.Citation{cite("s-ncri", "one resident, Ali Mostashari, died")}},
			{ID: "p-ozturk", Name: "Şükrü Öztürk", Role: "Observer, Istanbul bar association", Nationality: "Turkish"},
			{ID: "p-nguyen", Name: "Nguyễn Thị Hương", Role: "Correspondent", Nationality: "Vietnamese"},
			{ID: "p-sidorov", Name: "Андрей Сидоров", Aliases: []app.Alias{{Name: "Andrei Sidorov", Note: "transliteration"}}, Role: "Commentator"},
		},
		Organizations: []app.Organization{
			{ID: "o-mek", Name: "Mujahedin-e Khalq (MEK)", Aliases: []app.Alias{{Name: "مجاهدین خلق ایران", Note: "own name, in Persian"}, {Name: "Monafeqin", Note: "used by the Iranian government"}},
				Kind: "Armed opposition group", Country: "Iran / Albania"},
			{ID: "o-ncri", Name: "National Council of Resistance of Iran (NCRI)", Kind: "Political coalition", Country: "France"},
			{ID: "o-asp", Name: "Albanian State Police", Aliases: []app.Alias{{Name: "Policia e Shtetit"}}, Kind: "Police", Country: "Albania"},
			{ID: "o-spak", Name: "Special Prosecution against Corruption and Organized Crime (SPAK)", Kind: "Prosecutor", Country: "Albania"},
		},
		Relations: []app.Relation{
			{ID: "r1", From: "o-ncri", To: "o-mek", Kind: "political arm of", Start: app.Date{EDTF: "1981"}, Citations: []app.Citation{cite("s-fox", "")}},
			{ID: "r2", From: "p-maryam", To: "o-ncri", Kind: "leads", Start: app.Date{EDTF: "1993"}},
			{ID: "r3", From: "p-ali", To: "o-mek", Kind: "member of"},
		},
		Events: []app.Event{
			{ID: "e-found", Title: "MEK founded", Date: app.Date{EDTF: "1965"}, Participants: []string{"o-mek"}},
			{ID: "e-iraq", Title: "MEK moves its base to Iraq", Date: app.Date{EDTF: "1986~", Phrase: "around 1986"}, Participants: []string{"o-mek"}},
			{ID: "e-exile", Title: "Leadership in exile in France", Date: app.Date{EDTF: "1981/1983", Phrase: "early 1980s"}, Participants: []string{"o-mek", "o-ncri"}},
			{ID: "e-attacks", Title: "Armed raids into Iran", Date: app.Date{EDTF: "198X"}, Participants: []string{"o-mek"}},
			{ID: "e-albania", Title: "Residents relocated from Iraq to Albania", Date: app.Date{EDTF: "2013/2016"}, Participants: []string{"o-mek"}},
			{ID: "e-cyber", Title: "Cyberattack on Albanian government systems", Date: app.Date{EDTF: "2022-07", Phrase: "July 2022"},
				Description: "Government portals were taken offline; Albania later cut diplomatic ties with Iran.", Key: true, Citations: []app.Citation{cite("s-fox", "")}},
			{ID: "e-raid", Title: "Police raid on Ashraf-3", Date: app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}, Place: "Manëz, Durrës County",
				Description: "Police from the Special Prosecution unit searched the camp and seized computers and devices.", Key: true,
				Participants: []string{"o-asp", "o-spak", "o-mek"},
				Citations:    []app.Citation{cite("s-fox", "descended upon the Ashraf-3 and Ashraf-4 camps"), cite("s-adn", "calm")}},
			{ID: "e-death", Title: "Death of Ali Mostashari", Date: app.Date{EDTF: "2023-06-20"}, Key: true, Participants: []string{"p-ali"},
				Citations: []app.Citation{cite("s-ncri", "")}},
			{ID: "e-court", Title: "Court hearing on seized devices", Date: app.Date{EDTF: "2023-06?"}, Participants: []string{"o-spak"}},
			{ID: "e-talks", Title: "Talks on the camp's future", Date: app.Date{EDTF: "2023-07%"}, Participants: []string{"o-mek", "p-cuci"}},
			{ID: "e-since", Title: "Camp under police watch", Date: app.Date{EDTF: "2023-06-21/.."}, Participants: []string{"o-asp"}},
		},
		Figures: []app.Figure{
			{ID: "f-injured", Question: "People injured in the raid", Unit: "people", Event: "e-raid",
				Assessment: "The police count covers officers only. A figure of several dozen injured residents is likely; more than 100 is not supported by independent reporting.",
				Claims: []app.Claim{
					{ID: "c1", Source: "s-ncri", Claimant: "o-ncri", Text: "more than 100 residents were injured", Low: fp(100), Qualifier: app.QualAtLeast, Credibility: 4},
					{ID: "c2", Source: "s-fox", Text: "dozens of Iranian dissidents … were reportedly injured", Low: fp(24), High: fp(99), Qualifier: app.QualRange, Credibility: 3},
					{ID: "c3", Source: "s-asp", Claimant: "o-asp", Text: "15 police officers were injured", Low: fp(15), High: fp(15), Qualifier: app.QualExact, Credibility: 3},
					{ID: "c4", Source: "s-tas", Text: "some 40 were hurt", Low: fp(40), High: fp(40), Qualifier: app.QualApproximate, Credibility: 5},
					{ID: "c5", Source: "s-adn", Text: "no reliable estimate can be made", Qualifier: app.QualExact, Credibility: 6},
					{ID: "c6", Source: "s-asp", Text: "no more than 20 people needed treatment", High: fp(20), Qualifier: app.QualAtMost, Credibility: 3},
				}},
			{ID: "f-police", Question: "Police officers taking part", Unit: "officers", Event: "e-raid",
				Claims: []app.Claim{
					{ID: "c7", Source: "s-fox", Text: "an alleged 1,000 Albanian police officers", Low: fp(1000), High: fp(1000), Qualifier: app.QualApproximate, Credibility: 3},
					{ID: "c8", Source: "s-asp", Claimant: "o-asp", Text: "about 300 officers", Low: fp(300), High: fp(300), Qualifier: app.QualApproximate, Credibility: 2},
				}},
			{ID: "f-damage", Question: "Damage from the 2022 cyberattack", Unit: "euros", Event: "e-cyber",
				Claims: []app.Claim{
					{ID: "c9", Source: "s-fox", Text: "millions of euros", Low: fp(1e6), High: fp(9e6), Qualifier: app.QualRange, Credibility: 4},
					{ID: "c10", Source: "s-tas", Text: "no damage at all", Low: fp(0), High: fp(0), Qualifier: app.QualExact, Credibility: 5},
					{ID: "c11", Source: "s-adn", Text: "at least €5,000 in repairs", Low: fp(5000), Qualifier: app.QualAtLeast, Credibility: 3},
				}},
		},
		Annotations: []app.Annotation{
			{ID: "a1", Source: "s-fox", Note: "The figure of 1,000 officers is attributed to no one.", Quote: &app.Quote{Exact: "An alleged 1,000 Albanian police officers"}},
			{ID: "a2", Source: "s-adn", Note: "Reports the early phase as calm, before devices were demanded."},
		},
	}
}

// hugeCase is a generated case with n events and a figure with claims
// claims, for pagination and overlap tests.
func hugeCase(n, claims int) app.CaseData {
	d := fixtureCase()
	d.Events = nil
	for i := range n {
		y := 1990 + i%34
		m := 1 + i%12
		day := 1 + i%28
		var date app.Date
		switch i % 5 {
		case 0:
			date = app.Date{EDTF: fmt.Sprintf("%04d-%02d-%02d", y, m, day)}
		case 1:
			date = app.Date{EDTF: fmt.Sprintf("%04d-%02d", y, m)}
		case 2:
			date = app.Date{EDTF: fmt.Sprintf("%04d~", y)}
		case 3:
			date = app.Date{EDTF: fmt.Sprintf("%04d-%02d-%02d?", y, m, day)}
		default:
			date = app.Date{EDTF: fmt.Sprintf("%03dX", y/10)}
		}
		d.Events = append(d.Events, app.Event{ID: fmt.Sprintf("e%d", i), Title: fmt.Sprintf("Generated event number %d with a title of some length", i),
			Date: date, Key: i%50 == 0, Description: strings.Repeat("Words of a description. ", 1+i%7),
			Participants: []string{"o-mek", "p-cuci"}, Citations: []app.Citation{cite("s-fox", ""), cite("s-adn", "")}})
	}
	f := app.Figure{ID: "f-big", Question: "A figure with very many claims", Unit: "people"}
	for i := range claims {
		v := float64(1 + i*37%5000)
		c := app.Claim{ID: fmt.Sprintf("cc%d", i), Source: d.Sources[i%len(d.Sources)].ID, Text: fmt.Sprintf("claim number %d says about %d", i, int(v)),
			Low: fp(v), High: fp(v * 1.5), Qualifier: app.QualRange, Credibility: 1 + i%6}
		switch i % 4 {
		case 1:
			c.High, c.Qualifier = nil, app.QualAtLeast
		case 2:
			c.Low, c.Qualifier = nil, app.QualAtMost
		case 3:
			c.High, c.Qualifier = c.Low, app.QualApproximate
		}
		f.Claims = append(f.Claims, c)
	}
	d.Figures = append(d.Figures, f)
	return d
}
