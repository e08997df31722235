package edtf

import (
	"errors"
	"testing"
	"time"
)

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !d.IsZero() || pe.Reason == "" {
				t.Fatalf("Parse(%q) failed badly: %v, %v", s, d, err)
			}
			return
		}
		canon := d.String()
		again, err := Parse(canon)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q, which does not parse: %v", s, canon, err)
		}
		if again != d {
			t.Fatalf("Parse(%q) = %#v, but Parse(%q) = %#v", s, d, canon, again)
		}
		if again.String() != canon {
			t.Fatalf("String is not stable: %q then %q", canon, again.String())
		}
		if d.Earliest().After(d.Latest()) {
			t.Fatalf("Parse(%q): Earliest %v after Latest %v", s, d.Earliest(), d.Latest())
		}
		if d.Earliest().Before(MinTime()) || d.Latest().After(MaxTime()) {
			t.Fatalf("Parse(%q): %v..%v outside the sentinels", s, d.Earliest(), d.Latest())
		}
		if l := d.Level(); l != 0 && l != 1 {
			t.Fatalf("Parse(%q).Level() = %d", s, l)
		}
		if d.Human() == "" || d.HumanWithWeekday() == "" || d.Describe() == "" || d.Precision().String() == "unknown" {
			t.Fatalf("Parse(%q): empty Human, Describe or Precision", s)
		}
		if Compare(d, again) != 0 {
			t.Fatalf("Compare(%q, itself) != 0", s)
		}
		r, err := ParsePhrase(canon, ref)
		if err != nil || r.Date != d {
			t.Fatalf("ParsePhrase(%q) = %q, %v; want it to pass through", canon, r.EDTF, err)
		}
	})
}

func FuzzParsePhrase(f *testing.F) {
	for _, tc := range phraseCases {
		f.Add(tc.in)
	}
	for _, tc := range parseCases {
		if d, err := Parse(tc.in); err == nil {
			f.Add(d.Human())
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParsePhrase(s, time.Time{})
		r, err := ParsePhrase(s, ref)
		if err != nil {
			if r != (Reading{}) {
				t.Fatalf("ParsePhrase(%q) failed but returned %#v", s, r)
			}
			return
		}
		d, err := Parse(r.EDTF)
		if err != nil {
			t.Fatalf("ParsePhrase(%q) gave %q, which does not parse: %v", s, r.EDTF, err)
		}
		if d != r.Date || d.String() != r.EDTF {
			t.Fatalf("ParsePhrase(%q): EDTF %q and Date %q disagree", s, r.EDTF, r.Date)
		}
		if d.Earliest().After(d.Latest()) {
			t.Fatalf("ParsePhrase(%q) = %q: Earliest after Latest", s, r.EDTF)
		}
		if r.Explanation == "" || r.Date.Human() == "" || r.Date.Describe() == "" {
			t.Fatalf("ParsePhrase(%q) = %q: empty explanation or Human", s, r.EDTF)
		}
	})
}
