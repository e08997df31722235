package edtf

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// ref is a Wednesday.
var ref = time.Date(2023, time.June, 21, 10, 0, 0, 0, time.UTC)

// phraseCases map phrases to EDTF; wantErr gives a fragment of the error.
var phraseCases = []struct {
	in, want string
	wantErr  string
}{
	// Decades, centuries and their parts.
	{in: "early 1980s", want: "1980/1983"},
	{in: "mid-1990s", want: "1994/1996"},
	{in: "mid 1990s", want: "1994/1996"},
	{in: "Mid–1990s", want: "1994/1996"},
	{in: "late 1990s", want: "1997/1999"},
	{in: "in the early 1980s", want: "1980/1983"},
	{in: "the 1970s", want: "197X"},
	{in: "1970s", want: "197X"},
	{in: "the 1970's", want: "197X"},
	{in: "the 1970’s", want: "197X"},
	{in: "the 1900s", want: "190X"},
	{in: "the 2000s", want: "200X"},
	{in: "19th century", want: "18XX"},
	{in: "the 19th century", want: "18XX"},
	{in: "19th-century", want: "18XX"},
	{in: "nineteenth century", want: "18XX"},
	{in: "twenty-first century", want: "20XX"},
	{in: "1st century", want: "00XX"},
	{in: "early 19th century", want: "1800/1833"},
	{in: "mid-19th century", want: "1834/1866"},
	{in: "late 20th century", want: "1967/1999"},
	// Years and their parts.
	{in: "late 2019", want: "2019-09/2019-12"},
	{in: "early 2019", want: "2019-01/2019-04"},
	{in: "mid-2019", want: "2019-05/2019-08"},
	{in: "in 2014", want: "2014"},
	{in: "2014.", want: "2014"},
	{in: "during 2014", want: "2014"},
	{in: "sometime in 2014", want: "2014"},
	{in: "in the year 2014", want: "2014"},
	{in: "476", want: "0476"},
	{in: "AD 476", want: "0476"},
	{in: "476 AD", want: "0476"},
	{in: "44 BC", want: "-0043"},
	{in: "45 BCE", want: "-0044"},
	{in: "1 BC", want: "0000"},
	// Months and days.
	{in: "July 2022", want: "2022-07"},
	{in: "Jul 2022", want: "2022-07"},
	{in: "Jul. 2022", want: "2022-07"},
	{in: "july of 2022", want: "2022-07"},
	{in: "Sept 2022", want: "2022-09"},
	{in: "in June 2023", want: "2023-06"},
	{in: "early July 2022", want: "2022-07-01/2022-07-10"},
	{in: "mid-July 2022", want: "2022-07-11/2022-07-20"},
	{in: "late February 2024", want: "2024-02-21/2024-02-29"},
	{in: "20 June 2023", want: "2023-06-20"},
	{in: "June 20, 2023", want: "2023-06-20"},
	{in: "June 20th, 2023", want: "2023-06-20"},
	{in: "20th June 2023", want: "2023-06-20"},
	{in: "the 20th of June 2023", want: "2023-06-20"},
	{in: "on 20 June 2023", want: "2023-06-20"},
	{in: "Tuesday 20 June 2023", want: "2023-06-20"},
	{in: "Tuesday, June 20, 2023", want: "2023-06-20"},
	{in: "Monday 20 June 2023", wantErr: "20 June 2023 was a Tuesday, not a Monday"},
	{in: "2023-06-20", want: "2023-06-20"},
	{in: "20/06/2023", want: "2023-06-20"},
	{in: "06/20/2023", want: "2023-06-20"},
	{in: "20.06.2023", want: "2023-06-20"},
	{in: "05/05/2023", want: "2023-05-05"},
	{in: "06/05/2023", wantErr: "could be 6 May 2023 or June 5, 2023"},
	{in: "20/13/2023", wantErr: "neither 20 nor 13 can be a month"},
	{in: "2023/06/20", want: "2023-06-20"},
	{in: "2023-6-20", want: "2023-06-20"},
	{in: "30 February 2023", wantErr: "February 2023 has no day 30"},
	{in: "26 April 1986, 01:23:40", want: "1986-04-26T01:23:40"},
	{in: "26 April 1986, 01:23:40 UTC", want: "1986-04-26T01:23:40Z"},
	{in: "26 April 1986, 01:23:40 UTC+04:00", want: "1986-04-26T01:23:40+04:00"},
	// Qualifiers.
	{in: "circa 1950", want: "1950~"},
	{in: "c. 1950", want: "1950~"},
	{in: "c.1950", want: "1950~"},
	{in: "ca. 1950", want: "1950~"},
	{in: "Circa 1950.", want: "1950~"},
	{in: "~1950", want: "1950~"},
	{in: "around 2014", want: "2014~"},
	{in: "about 2014", want: "2014~"},
	{in: "approximately June 2014", want: "2014-06~"},
	{in: "probably 1984", want: "1984?"},
	{in: "possibly 1984", want: "1984?"},
	{in: "1984?", want: "1984?"},
	{in: "July 2022?", want: "2022-07?"},
	{in: "probably around 1950", want: "1950%"},
	{in: "c. 1984 (uncertain)", want: "1984%"},
	{in: "1984 (uncertain)", want: "1984?"},
	{in: "circa the 1970s", want: "197X~"},
	{in: "circa early 1980s", want: "1980~/1983~"},
	// Seasons.
	{in: "spring 2009", want: "2009-21"},
	{in: "summer 2009", want: "2009-22"},
	{in: "autumn 2009", want: "2009-23"},
	{in: "fall 2009", want: "2009-23"},
	{in: "winter 2009", want: "2009-24"},
	{in: "the summer of 2009", want: "2009-22"},
	{in: "winter 2009/10", want: "2009-24"},
	{in: "winter 2009–10", want: "2009-24"},
	{in: "winter 1999-2000", want: "1999-24"},
	{in: "spring 2009-10", wantErr: "not understood"},
	// Open bounds.
	{in: "by 2012", want: "../2012"},
	{in: "before 2012", want: "../2012"},
	{in: "until June 2012", want: "../2012-06"},
	{in: "no later than 2012", want: "../2012"},
	{in: "2012 at the latest", want: "../2012"},
	{in: "since 2009", want: "2009/.."},
	{in: "since at least 2009", want: "2009/.."},
	{in: "after 2009", want: "2009/.."},
	{in: "from 2009", want: "2009/.."},
	{in: "2009 onwards", want: "2009/.."},
	{in: "since around 2009", want: "2009~/.."},
	{in: "since the early 1980s", want: "1980/.."},
	{in: "before the late 1990s", want: "../1999"},
	{in: "probably before 2012", want: "../2012?"},
	{in: "until 2012 (start unknown)", want: "/2012"},
	{in: "from 2009 (end unknown)", want: "2009/"},
	// Ranges.
	{in: "between 2009 and 2014", want: "2009/2014"},
	{in: "2009–2014", want: "2009/2014"},
	{in: "2009-2014", want: "2009/2014"},
	{in: "2009 - 2014", want: "2009/2014"},
	{in: "from 2009 to 2014", want: "2009/2014"},
	{in: "from 2009 until 2014", want: "2009/2014"},
	{in: "2009 to 2014", want: "2009/2014"},
	{in: "between March 2009 and June 2014", want: "2009-03/2014-06"},
	{in: "June–August 2023", want: "2023-06/2023-08"},
	{in: "20–25 June 2023", want: "2023-06-20/2023-06-25"},
	{in: "20 June – 3 July 2023", want: "2023-06-20/2023-07-03"},
	{in: "1980s–1990s", want: "198X/199X"},
	{in: "early 1980s to late 1990s", want: "1980/1999"},
	{in: "from c. 2009 to 2014", want: "2009~/2014"},
	{in: "circa 2009–2014", want: "2009~/2014~"},
	{in: "between 2014 and 2009", wantErr: "the end (2009) is before the start (2014)"},
	// Plain EDTF passes through.
	{in: "1984~/2004-06", want: "1984~/2004-06"},
	{in: "../1985-04", want: "../1985-04"},
	{in: "198X", want: "198X"},
	{in: "198x", want: "198X"},
	{in: "  2009-21  ", want: "2009-21"},
	{in: "2023-02-30", wantErr: "February 2023 has no day 30"},
	{in: "2014/2009", wantErr: "before the start"},
	// Days read against the reference date (a Wednesday, 21 June 2023).
	{in: "Tuesday", want: "2023-06-20"},
	{in: "on Tuesday", want: "2023-06-20"},
	{in: "on Tuesday night", want: "2023-06-20"},
	{in: "tues", want: "2023-06-20"},
	{in: "last Tuesday", want: "2023-06-20"},
	{in: "Wednesday", want: "2023-06-21"},
	{in: "last Wednesday", want: "2023-06-14"},
	{in: "Thursday", want: "2023-06-15"},
	{in: "on Sunday", want: "2023-06-18"},
	{in: "yesterday", want: "2023-06-20"},
	{in: "today", want: "2023-06-21"},
	{in: "the day before yesterday", want: "2023-06-19"},
	{in: "since Monday", want: "2023-06-19/.."},
	{in: "Monday to Tuesday", want: "2023-06-19/2023-06-20"},
	// Not understood: nothing is guessed.
	{in: "", wantErr: "empty"},
	{in: "blah", wantErr: "not understood"},
	{in: "soon", wantErr: "not understood"},
	{in: "June", wantErr: "not understood"},
	{in: "20 June", wantErr: "not understood"},
	{in: "12", wantErr: `"12": the year "12" has only 2 of the four digits EDTF needs; write 0012`},
	{in: "the '70s", wantErr: "not understood"},
	{in: "the 50s", wantErr: "not understood"},
	{in: "AD 50s", want: "005X"},
	{in: "the 470s", want: "047X"},
	{in: "1984 or 1985", wantErr: "not understood"},
	{in: "next Tuesday", wantErr: "not understood"},
	{in: "early", wantErr: "not understood"},
	{in: "circa", wantErr: "not understood"},
	{in: "before", wantErr: "not understood"},
	{in: "between 2009 and", wantErr: "not understood"},
	{in: "0 BC", wantErr: "not understood"},
	{in: "0th century", wantErr: "not understood"},
	{in: strings.Repeat("1984 ", 50), wantErr: "too long"},
}

func TestParsePhraseTable(t *testing.T) {
	if len(phraseCases) < 60 {
		t.Errorf("only %d phrase cases; want at least 60", len(phraseCases))
	}
	for _, tc := range phraseCases {
		r, err := ParsePhrase(tc.in, ref)
		if tc.wantErr != "" {
			if err == nil {
				t.Errorf("ParsePhrase(%q) = %q, want an error containing %q", tc.in, r.EDTF, tc.wantErr)
			} else if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParsePhrase(%q) error = %q, want it to contain %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParsePhrase(%q): %v", tc.in, err)
			continue
		}
		if r.EDTF != tc.want || r.Date.String() != tc.want {
			t.Errorf("ParsePhrase(%q) = %q, want %q", tc.in, r.EDTF, tc.want)
		}
		if r.Phrase != strings.TrimSpace(tc.in) {
			t.Errorf("ParsePhrase(%q).Phrase = %q", tc.in, r.Phrase)
		}
		if !strings.HasPrefix(r.Explanation, r.Phrase+" → ") {
			t.Errorf("ParsePhrase(%q).Explanation = %q", tc.in, r.Explanation)
		}
	}
}

func TestParsePhraseErrors(t *testing.T) {
	_, err := ParsePhrase("blah", ref)
	if !errors.Is(err, ErrNotUnderstood) || err.Error() != `"blah": not understood` {
		t.Errorf("error = %v", err)
	}
	_, err = ParsePhrase("06/05/2023", ref)
	if !errors.Is(err, ErrNotUnderstood) {
		t.Errorf("ambiguous date: error = %v, want ErrNotUnderstood", err)
	}
	for _, p := range []string{"Tuesday", "last Tuesday", "yesterday", "today", "since Monday"} {
		_, err = ParsePhrase(p, time.Time{})
		if !errors.Is(err, ErrNeedsReference) || !strings.Contains(err.Error(), "needs a reference date") {
			t.Errorf("ParsePhrase(%q, zero) error = %v, want ErrNeedsReference", p, err)
		}
	}
	// An impossible date is understood: it is not ErrNotUnderstood.
	_, err = ParsePhrase("30 February 2023", ref)
	if err == nil || errors.Is(err, ErrNotUnderstood) || err.Error() != `"30 February 2023": February 2023 has no day 30` {
		t.Errorf("impossible date: error = %v", err)
	}
	// EDTF-looking input gets Parse's message.
	_, err = ParsePhrase("1984-13", ref)
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Errorf("1984-13: error = %v, want a *ParseError", err)
	}
}

func TestWeekdayExplanation(t *testing.T) {
	r, err := ParsePhrase("Tuesday", ref)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Tuesday → 20 June 2023, the Tuesday before the reference date of 21 June 2023"; r.Explanation != want {
		t.Errorf("Explanation = %q, want %q", r.Explanation, want)
	}
	if want := "Tuesday → 20 June 2023, the Tuesday before the source's date of 21 June 2023"; r.Explain("the source's date") != want {
		t.Errorf("Explain = %q, want %q", r.Explain("the source's date"), want)
	}
	if r.Explain("") != r.Explanation {
		t.Errorf("Explain(\"\") = %q", r.Explain(""))
	}
	r, _ = ParsePhrase("Wednesday", ref)
	if want := "Wednesday → 21 June 2023, the reference date of 21 June 2023 itself, a Wednesday"; r.Explanation != want {
		t.Errorf("Explanation = %q, want %q", r.Explanation, want)
	}
	r, _ = ParsePhrase("last Wednesday", ref)
	if want := "last Wednesday → 14 June 2023, the last Wednesday strictly before the reference date of 21 June 2023"; r.Explanation != want {
		t.Errorf("Explanation = %q, want %q", r.Explanation, want)
	}
	r, _ = ParsePhrase("yesterday", ref)
	if want := "yesterday → 20 June 2023, the day before the reference date of 21 June 2023"; r.Explanation != want {
		t.Errorf("Explanation = %q, want %q", r.Explanation, want)
	}
	r, _ = ParsePhrase("early 1980s", ref)
	if want := "early 1980s → 1980/1983, between 1 January 1980 and 31 December 1983"; r.Explanation != want || r.Explain("x") != want {
		t.Errorf("Explanation = %q, want %q", r.Explanation, want)
	}
	r, _ = ParsePhrase("the 1900s", ref)
	if !strings.Contains(r.Explanation, "read as the decade 1900–1909; for the century write “20th century”") {
		t.Errorf("Explanation = %q", r.Explanation)
	}
}

// The reference date's own calendar day counts, whatever its location.
func TestWeekdayRefLocation(t *testing.T) {
	ny := time.FixedZone("EDT", -4*3600)
	late := time.Date(2023, time.June, 21, 23, 30, 0, 0, ny) // 03:30 UTC on Thursday 22 June
	r, err := ParsePhrase("yesterday", late)
	if err != nil || r.EDTF != "2023-06-20" {
		t.Errorf("yesterday from late Wednesday in New York = %q, %v", r.EDTF, err)
	}
}

// Everything Human writes, ParsePhrase reads back to the same span.
func TestHumanReadsBack(t *testing.T) {
	for _, tc := range parseCases {
		if tc.wantErr != "" || strings.Contains(tc.in, "99999999999") {
			continue
		}
		d, _ := Parse(tc.in)
		h := d.Human()
		r, err := ParsePhrase(h, ref)
		if err != nil {
			t.Errorf("%q: Human %q does not read back: %v", tc.in, h, err)
			continue
		}
		if !r.Date.Earliest().Equal(d.Earliest()) || !r.Date.Latest().Equal(d.Latest()) {
			t.Errorf("%q: Human %q reads back as %q", tc.in, h, r.EDTF)
		}
		if r.Date.Approximate() != d.Approximate() || r.Date.Uncertain() != d.Uncertain() {
			t.Errorf("%q: Human %q reads back as %q, with other qualifiers", tc.in, h, r.EDTF)
		}
	}
}

func BenchmarkParsePhrase(b *testing.B) {
	inputs := []string{"early 1980s", "20 June 2023", "circa 1950", "between 2009 and 2014", "last Tuesday"}
	for b.Loop() {
		for _, s := range inputs {
			if _, err := ParsePhrase(s, ref); err != nil {
				b.Fatal(err)
			}
		}
	}
}
