package textfind

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"casefile/app"
	"casefile/app/edtf"
)

// at returns the code-point offset of sub in text.
func at(t *testing.T, text, sub string) int {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return utf8.RuneCountInString(text[:i])
}

// sampleActors is a case with names that have diacritics, aliases and an
// acronym.
func sampleActors() app.CaseData {
	return app.CaseData{
		Sources: []app.Source{{ID: "s-times"}, {ID: "s-ministry"}},
		People: []app.Person{
			{ID: "p-cuci", Name: "Arben Çuçi", Aliases: []app.Alias{{Name: "The Colonel"}}, Citations: []app.Citation{{Source: "s-times"}}},
			{ID: "p-maria", Name: "María Núñez"},
		},
		Organizations: []app.Organization{
			{ID: "o-police", Name: "National Police", Aliases: []app.Alias{{Name: "PN"}, {Name: "Police"}}},
		},
	}
}

func TestDateNear(t *testing.T) {
	ref := time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, sel, edtf string }{
		{"On Tuesday, police raided the camp.", "police raided", "2023-06-20"},
		{"Police raided the camp on 20 June 2023. Then they left.", "Police raided", "2023-06-20"},
		{"The camp, founded in the early 1980s, was raided.", "was raided", "1980/1983"},
		{"Some 1500 people were injured in the raid.", "raid", ""},
		{"Yesterday, protesters marched.", "marched", "2023-06-20"},
		{"The raid. In 2014 the camp opened.", "The raid", ""},
	} {
		runes := []rune(c.text)
		s := at(t, c.text, c.sel)
		d, ok := DateNear(runes, s, s+len([]rune(c.sel)), ref)
		if d.EDTF != c.edtf || ok != (c.edtf != "") {
			t.Errorf("date near %q in %q = %+v, %v; want %q", c.sel, c.text, d, ok, c.edtf)
		}
	}
	text := []rune("Police entered the camp on Tuesday 20 June 2023.")
	if d, _ := DateNear(text, 0, 6, ref); d.Phrase != "Tuesday 20 June 2023" || d.EDTF != "2023-06-20" {
		t.Errorf("date = %+v", d)
	}
}

func TestPhrases(t *testing.T) {
	for in, want := range map[string]string{
		"Çuçi’s":           "Çuçi",
		" “Gent\nHoxha,” ": "Gent Hoxha",
		"John F.":          "John F.",
		"the police.":      "the police",
		"Acme Inc.":        "Acme Inc.",
	} {
		if got := NameFromPhrase(in); got != want {
			t.Errorf("NameFromPhrase(%q) = %q, want %q", in, got, want)
		}
	}
	if got := TitleFromPhrase("police raided the camp at dawn."); got != "Police raided the camp at dawn" {
		t.Errorf("TitleFromPhrase = %q", got)
	}
	runes := []rune("  the camp at dawn ")
	if s, e := TrimSpan(runes, 0, len(runes)); string(runes[s:e]) != "the camp at dawn" {
		t.Errorf("TrimSpan gave %q", string(runes[s:e]))
	}
	runes = []rune("Police raided the camp at dawn")
	if s, e := SnapToWords(runes, 16, 29); string(runes[s:e]) != "the camp at dawn" {
		t.Errorf("SnapToWords gave %q", string(runes[s:e]))
	}
	runes = []rune("First. Police raided the camp! Last.")
	if s, e := SentenceAround(runes, 8, 12); strings.TrimSpace(string(runes[s:e])) != "Police raided the camp!" {
		t.Errorf("SentenceAround gave %q", string(runes[s:e]))
	}
	if r := Reference(app.Date{EDTF: "2023-06"}); !r.IsZero() {
		t.Errorf("a month is no reference for weekdays: %v", r)
	}
	if r := Reference(app.Date{EDTF: "2023-06-21"}); r.Day() != 21 {
		t.Errorf("Reference = %v", r)
	}
}

func TestUnlinkedIn(t *testing.T) {
	d := sampleActors()
	text := "CUCI and arben çuçi met the pn chief of PN; the Colonel left. National Police followed."
	names := NewNames(&d) // prepared once, searched for two sources
	hits := names.UnlinkedIn(&d, "s-ministry", []rune(text))
	var got []string
	for _, h := range hits {
		got = append(got, string([]rune(text)[h.Start:h.End]))
	}
	want := []string{"arben çuçi", "PN", "the Colonel", "National Police"}
	if !slices.Equal(got, want) {
		t.Errorf("names found %q, want %q", got, want)
	}
	// People citing the source are not suggested again.
	hits = names.UnlinkedIn(&d, "s-times", []rune(text))
	for _, h := range hits {
		if h.ID == "p-cuci" {
			t.Errorf("a person citing the source is suggested: %+v", h)
		}
	}
	named := ActorsNamedIn(&d, "Police and Arben Cuci, then police again and Maria Nunez")
	var ids []string
	for _, h := range named {
		ids = append(ids, h.ID)
	}
	if !slices.Equal(ids, []string{"o-police", "p-cuci", "p-maria"}) {
		t.Errorf("ActorsNamedIn = %v", ids)
	}
}

// FuzzUnlinkedIn checks that finding names never panics and that every
// hit is inside the text, whole words, in order, and spells the name it
// claims (case and accents aside).
func FuzzUnlinkedIn(f *testing.F) {
	for _, s := range []string{"Arben Çuçi met PN.", "National  Police\nfollowed", "çuçi’s", "", "PNPN pn", "The Colonel."} {
		f.Add(s, "Arben Çuçi")
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		d := app.CaseData{People: []app.Person{{ID: "p", Name: name, Aliases: []app.Alias{{Name: "PN"}}}}}
		runes := []rune(text)
		hits := NewNames(&d).UnlinkedIn(&d, "s", runes)
		last := -1
		for _, h := range hits {
			if h.Start < 0 || h.End > len(runes) || h.Start >= h.End {
				t.Fatalf("hit %+v outside the text of %d code points", h, len(runes))
			}
			if h.Start < last {
				t.Fatalf("hits out of order: %+v", hits)
			}
			last = h.Start
			if h.Start > 0 && isNameRune(runes[h.Start-1]) || h.End < len(runes) && isNameRune(runes[h.End]) {
				t.Fatalf("hit %+v is not whole words in %q", h, text)
			}
			found := strings.Join(strings.Fields(string(foldRunes(runes[h.Start:h.End]))), " ")
			want := strings.Join(strings.Fields(string(foldRunes([]rune(h.Name)))), " ")
			if found != want {
				t.Fatalf("hit %q does not spell %q", found, want)
			}
		}
	})
}

// FuzzDateNear checks that looking for a date never panics and that a
// date found is valid EDTF.
func FuzzDateNear(f *testing.F) {
	for _, s := range []string{"On Tuesday, police raided the camp.", "In the early 1980s.", "Some 1500 people.", "", "20 June 2023. Then."} {
		f.Add(s, 0, 5)
	}
	ref := time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		runes := []rune(text)
		s, e = TrimSpan(runes, s, e)
		if s >= e {
			return
		}
		d, ok := DateNear(runes, s, e, ref)
		if !ok {
			return
		}
		if _, err := edtf.Parse(d.EDTF); err != nil {
			t.Fatalf("date %+v near %q is not EDTF: %v", d, text, err)
		}
	})
}

// FuzzNameFromPhrase checks that a name made from any phrase is one line
// of at most app.MaxNameLen code points.
func FuzzNameFromPhrase(f *testing.F) {
	for _, s := range []string{"Çuçi’s", " “Gent\nHoxha,” ", "John F.", "the police.", "'s", ".", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, got := range []string{NameFromPhrase(s), TitleFromPhrase(s)} {
			if strings.ContainsAny(got, "\n\r\t") {
				t.Fatalf("%q gave %q, not one line", s, got)
			}
			if utf8.RuneCountInString(got) > max(app.MaxNameLen, 200) {
				t.Fatalf("%q gave %d code points", s, utf8.RuneCountInString(got))
			}
		}
	})
}
