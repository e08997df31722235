package app

import (
	"errors"
	"strings"
	"testing"
)

func num(v float64) *float64 { return &v }

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Çuçi":               "cuci",
		"Bledar ÇUÇI":        "bledar cuci",
		"Mujahedin-e Khalq":  "mujahedin-e khalq",
		"Ëë Straße Łódź Øre": "ee strasse lodz ore",
		"Tiếng Việt":         "tieng viet",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestValidateNamesField(t *testing.T) {
	cases := []struct {
		name  string
		err   error
		field string
	}{
		{"empty person", (&Person{}).Validate(), "name"},
		{"blank org", (&Organization{Name: "  "}).Validate(), "name"},
		{"bad born", (&Person{Name: "A", Born: Date{EDTF: "2023-02-30"}}).Validate(), "born"},
		{"event without date", (&Event{Title: "Raid"}).Validate(), "date"},
		{"event bad date", (&Event{Title: "Raid", Date: Date{EDTF: "1984-13"}}).Validate(), "date"},
		{"event phrase not understood", (&Event{Title: "Raid", Date: Date{Phrase: "one day"}}).Validate(), "date"},
		{"duplicate participant", (&Event{Title: "Raid", Date: Date{EDTF: "2023"}, Participants: []string{"a", "a"}}).Validate(), "participants"},
		{"source reliability", (&Source{Title: "S", Reliability: "G"}).Validate(), "reliability"},
		{"source interest", (&Source{Title: "S", Interest: "friendly"}).Validate(), "interest"},
		{"source kind", (&Source{Title: "S", Kind: "rumour"}).Validate(), "kind"},
		{"claim low > high", (&Claim{Source: "s", Text: "x", Low: num(5), High: num(3)}).Validate(), "high"},
		{"claim negative", (&Claim{Source: "s", Text: "x", Low: num(-1)}).Validate(), "low"},
		{"claim credibility", (&Claim{Source: "s", Text: "x", Credibility: 7}).Validate(), "credibility"},
		{"claim qualifier", (&Claim{Source: "s", Text: "x", Qualifier: "roughly"}).Validate(), "qualifier"},
		{"claim without phrase", (&Claim{Source: "s"}).Validate(), "text"},
		{"relation to itself", (&Relation{From: "a", To: "a", Kind: "member of"}).Validate(), "to"},
		{"relation without kind", (&Relation{From: "a", To: "b"}).Validate(), "kind"},
		{"quote without exact", (&Citation{Source: "s", Quote: &Quote{}}).Validate(), "quote"},
		{"quote bad span", (&Citation{Source: "s", Quote: &Quote{Exact: "x", Start: 5, End: 2}}).Validate(), "quote"},
		{"annotation without note", (&Annotation{Source: "s"}).Validate(), "note"},
		{"case without title", (&Case{}).Validate(), "title"},
		{"figure without question", (&Figure{}).Validate(), "question"},
		{"figure with bad claim", (&Figure{Question: "q", Claims: []Claim{{Text: "x"}}}).Validate(), "source"},
	}
	for _, c := range cases {
		if c.err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if ErrorCode(c.err) != EINVALID || ErrorField(c.err) != c.field {
			t.Errorf("%s: code %q field %q, want %q %q (%v)", c.name, ErrorCode(c.err), ErrorField(c.err), EINVALID, c.field, c.err)
		}
		if msg := ErrorMessage(c.err); !strings.HasSuffix(msg, ".") || len(msg) < 10 {
			t.Errorf("%s: message %q is not a sentence", c.name, msg)
		}
	}
}

func TestValidateAcceptsGoodItems(t *testing.T) {
	good := []interface{ Validate() error }{
		&Case{Title: "Ashraf-3", AsOf: Date{EDTF: "2023-06-21"}},
		&Source{Title: "Article", Reliability: "B", Interest: InterestIndependent, Kind: SourceArticle, Published: Date{EDTF: "2023-06-21"}},
		&Person{Name: "Bledar Çuçi", Aliases: []Alias{{Name: "Cuci", Note: "English-language press"}}, Born: Date{EDTF: "197X"}},
		&Organization{Name: "MEK", Aliases: []Alias{{Name: "PMOI"}, {Name: "MKO", Note: "Iranian government"}}},
		&Relation{From: "a", To: "b", Kind: "political arm of", Start: Date{EDTF: "../1985-04"}},
		&Event{Title: "Raid", Date: Date{EDTF: "2023-06-20", Phrase: "Tuesday"}, Key: true, Participants: []string{"a", "b"}},
		&Claim{Source: "s", Text: "at least 3,000", Low: num(3000), Qualifier: QualAtLeast, Credibility: 3},
		&Claim{Source: "s", Text: "no reliable estimate"},
		&Annotation{Source: "s", Note: "check this", Quote: &Quote{Exact: "raid", Start: 3, End: 7}},
	}
	for _, g := range good {
		if err := g.Validate(); err != nil {
			t.Errorf("%T: %v", g, err)
		}
	}
}

func TestErrorHelpers(t *testing.T) {
	if ErrorCode(nil) != "" || ErrorMessage(nil) != "" {
		t.Error("nil error should have no code or message")
	}
	plain := errors.New("disk on fire")
	if ErrorCode(plain) != EINTERNAL || strings.Contains(ErrorMessage(plain), "fire") {
		t.Errorf("plain errors are internal and their text is not shown: %q", ErrorMessage(plain))
	}
	wrapped := Internal(plain, "Could not save the event.")
	if !errors.Is(wrapped, plain) || ErrorMessage(wrapped) != "Could not save the event." {
		t.Errorf("Internal: %v", wrapped)
	}
	if id := NewID(KindEvent); !strings.HasPrefix(id, "event-") || len(id) != len("event-")+12 || id == NewID(KindEvent) {
		t.Errorf("NewID gave %q", id)
	}
}

func TestGrade(t *testing.T) {
	for _, c := range []struct {
		r    Reliability
		cred int
		want string
	}{{"B", 3, "B3"}, {"F", 6, "F6"}, {"", 2, "?2"}, {"A", 0, "A?"}, {"", 0, "??"}, {"C", 7, "C?"}} {
		if got := Grade(c.r, c.cred); got != c.want {
			t.Errorf("Grade(%q,%d) = %q, want %q", c.r, c.cred, got, c.want)
		}
	}
}

// demoLike builds the injured figure of the demo case.
func demoLike() (*CaseData, *Figure) {
	d := &CaseData{
		Sources: []Source{
			{ID: "ncri", Title: "NCRI statement", Publisher: "NCRI", Interest: InterestParty},
			{ID: "local", Title: "Local reporting", Publisher: "Albanian Daily News", Interest: InterestIndependent},
			{ID: "moi", Title: "Minister's statement", Publisher: "Albanian Ministry of Interior", Interest: InterestGovernment},
		},
		People: []Person{{ID: "cuci", Name: "Bledar Çuçi"}},
	}
	f := &Figure{ID: "injured", Question: "People injured in the raid", Claims: []Claim{
		{ID: "c1", Source: "ncri", Text: "some 100", Low: num(100), High: num(100), Qualifier: QualApproximate},
		{ID: "c2", Source: "local", Text: "around three dozen", Low: num(36), High: num(36), Qualifier: QualApproximate},
		{ID: "c3", Source: "moi", Claimant: "cuci", Text: "denied any injuries", Low: num(0), High: num(0), Qualifier: QualExact},
	}}
	return d, f
}

func TestFigureSummary(t *testing.T) {
	d, f := demoLike()
	want := "Claims range from 0 (Bledar Çuçi, government) to about 100 (NCRI, party to the dispute); the only independent report gives about 36."
	if got := d.FigureSummary(f); got != want {
		t.Errorf("demo summary:\n got %q\nwant %q", got, want)
	}
	st := d.Stats(f)
	if st.Claims != 3 || st.Low != 0 || st.High != 100 || !st.Independent {
		t.Errorf("stats %+v", st)
	}

	parties := &Figure{Claims: []Claim{f.Claims[0], f.Claims[2]}}
	if got := d.FigureSummary(parties); !strings.Contains(got, "every claim comes from a party to the dispute") {
		t.Errorf("all parties: %q", got)
	}
	if d.Stats(parties).Independent {
		t.Error("no independent source supports a value here")
	}
	one := &Figure{Claims: []Claim{f.Claims[1]}}
	if got := d.FigureSummary(one); got != "One claim gives a number: about 36 (Albanian Daily News, independent)." {
		t.Errorf("one claim: %q", got)
	}
	same := &Figure{Claims: []Claim{f.Claims[0], {Source: "local", Text: "about 100", Low: num(100), High: num(100), Qualifier: QualApproximate}}}
	if got := d.FigureSummary(same); got != "All 2 claims agree: about 100; 1 of them from an independent source." {
		t.Errorf("agree: %q", got)
	}
	indep := &Figure{Claims: []Claim{f.Claims[1], {Source: "local", Text: "some 40", Low: num(40), High: num(40), Qualifier: QualApproximate}}}
	if got := d.FigureSummary(indep); got != "Claims range from about 36 (Albanian Daily News, independent) to about 40 (Albanian Daily News, independent); every claim comes from an independent source." {
		t.Errorf("all independent: %q", got)
	}
	none := &Figure{Claims: []Claim{{Source: "local", Text: "no reliable estimate"}}}
	if got := d.FigureSummary(none); got != "1 claim, none with a number." {
		t.Errorf("no numbers: %q", got)
	}
	if got := d.FigureSummary(&Figure{}); got != "No claims recorded yet." {
		t.Errorf("empty: %q", got)
	}
	open := &Figure{Claims: []Claim{
		{Source: "ncri", Text: "at least 3,000", Low: num(3000), Qualifier: QualAtLeast},
		{Source: "local", Text: "some 2,700", Low: num(2700), High: num(2700), Qualifier: QualApproximate},
		{Source: "local", Text: "unclear"},
	}}
	want = "Claims range from about 2,700 (Albanian Daily News, independent) to at least 3,000 (NCRI, party to the dispute); the only independent report gives about 2,700; 1 claim without a number."
	if got := d.FigureSummary(open); got != want {
		t.Errorf("open-ended:\n got %q\nwant %q", got, want)
	}
}

func TestSortEvents(t *testing.T) {
	evs := []Event{
		{ID: "raid", Title: "Raid", Date: Date{EDTF: "2023-06-20"}},
		{ID: "bad", Title: "Unreadable", Date: Date{EDTF: "not a date"}},
		{ID: "decade", Title: "Campaign", Date: Date{EDTF: "197X"}},
		{ID: "year", Title: "Attack", Date: Date{EDTF: "1970"}},
		{ID: "cyber", Title: "Cyberattack", Date: Date{EDTF: "2022-07"}},
		{ID: "b-raid", Title: "Death", Date: Date{EDTF: "2023-06-20"}},
	}
	SortEvents(evs)
	var got []string
	for _, e := range evs {
		got = append(got, e.ID)
	}
	if want := "year decade cyber b-raid raid bad"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}

func TestNameKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Mujahedin-e Khalq", "MUJAHEDIN E KHALQ"},
		{"Bledar Çuçi", "bledar cuci"},
		{"Ali  Mostashari", "ali-mostashari"},
	} {
		if !SameName(c.a, c.b) {
			t.Errorf("SameName(%q, %q) = false", c.a, c.b)
		}
	}
	for _, c := range []struct{ a, b string }{
		{"Ali", "Alia"},
		{"--", "  "},
		{"", ""},
	} {
		if SameName(c.a, c.b) {
			t.Errorf("SameName(%q, %q) = true", c.a, c.b)
		}
	}
	if got := NameKey("Mujahedin-e Khalq"); got != "mujahedinekhalq" {
		t.Errorf("NameKey = %q", got)
	}
	if !SameActorName("MEK", []Alias{{Name: "Mojahedin-e Khalq"}}, "PMOI", []Alias{{Name: "mojahedin e khalq"}}) {
		t.Error("SameActorName misses a shared alias")
	}
	if SameActorName("MEK", nil, "PMOI", []Alias{{Name: "NCRI"}}) {
		t.Error("SameActorName matched different names")
	}
}
