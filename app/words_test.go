package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"casefile/app/edtf"
)

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{
		{1, "event", "1 event"}, {0, "event", "0 events"}, {3, "event", "3 events"},
		{1, "person", "1 person"}, {2, "person", "2 people"},
		{2, "disputed figure", "2 disputed figures"}, {2, "other entry", "2 other entries"},
		{2, "key", "2 keys"}, {2, "box", "2 boxes"}, {2, "search", "2 searches"}, {2, "claim", "2 claims"},
	} {
		if got := Plural(c.n, c.noun); got != c.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}

func TestShortenAndQuoted(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"Police raid", 20, "Police raid"},
		{"Police raid on the camp", 12, "Police raid…"},
		{"Police, raid", 8, "Police…"},
		{"Çuçi’s statement", 6, "Çuçi’…"},
		{"abc", 0, "a…"},
	} {
		if got := Shorten(c.s, c.n); got != c.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
	if got := Quoted("Police  raid\non the camp"); got != "‘Police raid on the camp’" {
		t.Errorf("Quoted = %q", got)
	}
	if got := Quoted(strings.Repeat("x", 80)); len([]rune(got)) != 52 {
		t.Errorf("Quoted of a long name = %q", got)
	}
	if got := JoinAnd([]string{"a", "b", "c"}); got != "a, b and c" {
		t.Errorf("JoinAnd = %q", got)
	}
}

func TestGradeWords(t *testing.T) {
	if got := Reliability("B").Label(); got != "B usually reliable" {
		t.Errorf("B label = %q", got)
	}
	if got := Reliability("").Label(); got != "— not graded" {
		t.Errorf("ungraded label = %q", got)
	}
	if got := CredibilityLabel(3); got != "3 possibly true" {
		t.Errorf("credibility 3 = %q", got)
	}
	if got := CredibilityLabel(0); got != "— not graded" {
		t.Errorf("credibility 0 = %q", got)
	}
	for _, i := range Interests {
		if w := i.Words(); w == "" || w == "not set" {
			t.Errorf("interest %q has no words", i)
		}
	}
	if got := InterestAffiliated.Words(); got != "affiliated with a party" {
		t.Errorf("affiliated = %q", got)
	}
	if l := GradeLegend(); !strings.Contains(l, "B usually reliable") || !strings.Contains(l, "6 cannot be judged") {
		t.Errorf("legend = %q", l)
	}
}

func TestReadDate(t *testing.T) {
	ref := time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, c := range []struct {
		text string
		want Date
	}{
		{"", Date{}},
		{"  2023-06-20 ", Date{EDTF: "2023-06-20"}},
		{"198X", Date{EDTF: "198X"}},
		{"1980s", Date{EDTF: "198X", Phrase: "1980s"}},
		{"early 1980s", Date{EDTF: "1980/1983", Phrase: "early 1980s"}},
		{"Tuesday", Date{EDTF: "2023-06-20", Phrase: "Tuesday"}},
	} {
		got, _, err := ReadDate(c.text, ref)
		if err != nil || got != c.want {
			t.Errorf("ReadDate(%q) = %+v, %v; want %+v", c.text, got, err, c.want)
		}
	}
	_, _, err := ReadDate("Tuesday", time.Time{})
	if !errors.Is(err, edtf.ErrNeedsReference) {
		t.Errorf("Tuesday without a reference: %v", err)
	}
	fe := DateError("date", "Tuesday", err)
	if ErrorField(fe) != "date" || !strings.Contains(ErrorMessage(fe), "needs a reference date") {
		t.Errorf("DateError = %v", fe)
	}
	_, _, err = ReadDate("sometime", ref)
	if msg := ErrorMessage(DateError("date", "sometime", err)); !strings.Contains(msg, "not a date Casefile understands") {
		t.Errorf("not understood: %q", msg)
	}
	_, _, err = ReadDate("2023-02-30", ref)
	if msg := ErrorMessage(DateError("date", "2023-02-30", err)); !strings.Contains(msg, "not a possible date") {
		t.Errorf("impossible: %q", msg)
	}
}

func TestHumanDate(t *testing.T) {
	for _, c := range []struct {
		d    Date
		want string
	}{
		{Date{}, ""},
		{Date{EDTF: "2023-06-20"}, "20 June 2023"},
		{Date{EDTF: "2023-06-20", Phrase: "Tuesday"}, "Tuesday 20 June 2023"},
		{Date{EDTF: "198X", Phrase: "the 1980s"}, "1980s"},
		{Date{Phrase: "sometime"}, "sometime"},
		{Date{EDTF: "bogus"}, "bogus"},
	} {
		if got := HumanDate(c.d); got != c.want {
			t.Errorf("HumanDate(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

// FuzzReadDate checks that reading never panics and that whatever reads
// is kept as valid EDTF that reads the same again.
func FuzzReadDate(f *testing.F) {
	for _, s := range []string{"2023-06-20", "early 1980s", "Tuesday", "1980/1983", "", "last week", "-0044", "2014/.."} {
		f.Add(s)
	}
	ref := time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, _, err := ReadDate(s, ref)
		if err != nil {
			if DateError("date", s, err) == nil {
				t.Fatal("no error sentence")
			}
			return
		}
		if d.EDTF == "" {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q read as no date", s)
			}
			return
		}
		if _, err := edtf.Parse(d.EDTF); err != nil {
			t.Fatalf("%q read as %q, which is not EDTF: %v", s, d.EDTF, err)
		}
	})
}

func TestByteSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 812: "812 bytes", 38144: "38 KB", 999499: "999 KB", 4200000: "4.2 MB"} {
		if got := ByteSize(n); got != want {
			t.Errorf("ByteSize(%d) = %q, want %q", n, got, want)
		}
	}
}
