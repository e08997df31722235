package edtf

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// parseCase is one EDTF string: valid ones give canonical form, earliest and
// latest day (UTC) and level; invalid ones give a fragment of the message.
type parseCase struct {
	in      string
	canon   string // canonical String(); "" means the same as in
	lo, hi  string // Earliest and Latest as 2006-01-02; "min"/"max" for the sentinels
	level   int
	wantErr string // non-empty: Parse must fail with a message containing this
}

var parseCases = []parseCase{
	// Level 0: reduced precision.
	{in: "2023", lo: "2023-01-01", hi: "2023-12-31"},
	{in: "1985-04", lo: "1985-04-01", hi: "1985-04-30"},
	{in: "1985-04-12", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "0000", lo: "0000-01-01", hi: "0000-12-31"},
	{in: "0001", lo: "0001-01-01", hi: "0001-12-31"},
	{in: "0476", lo: "0476-01-01", hi: "0476-12-31"},
	{in: "9999", lo: "9999-01-01", hi: "9999-12-31"},
	{in: "9999-12-31", lo: "9999-12-31", hi: "9999-12-31"},
	{in: "2024-02", lo: "2024-02-01", hi: "2024-02-29"},
	{in: "2023-02", lo: "2023-02-01", hi: "2023-02-28"},
	{in: "1900-02", lo: "1900-02-01", hi: "1900-02-28"},
	{in: "2000-02", lo: "2000-02-01", hi: "2000-02-29"},
	{in: "2024-02-29", lo: "2024-02-29", hi: "2024-02-29"},
	{in: "2000-02-29", lo: "2000-02-29", hi: "2000-02-29"},
	{in: "1600-02-29", lo: "1600-02-29", hi: "1600-02-29"},
	{in: "2023-12-31", lo: "2023-12-31", hi: "2023-12-31"},
	{in: "2023-01-01", lo: "2023-01-01", hi: "2023-01-01"},
	{in: "2023-04-30", lo: "2023-04-30", hi: "2023-04-30"},
	{in: "2023-11", lo: "2023-11-01", hi: "2023-11-30"},
	{in: "1983-12", lo: "1983-12-01", hi: "1983-12-31"},
	// Level 0: date and time.
	{in: "1986-04-26T01:23:40", lo: "1986-04-26", hi: "1986-04-26"},
	{in: "1986-04-26T01:23:40Z", lo: "1986-04-26", hi: "1986-04-26"},
	{in: "1985-04-12T23:20:30-04", canon: "1985-04-12T23:20:30-04:00", lo: "1985-04-13", hi: "1985-04-13"},
	{in: "1985-04-12T23:20:30+04:30", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "1985-04-12T23:20:30+0430", canon: "1985-04-12T23:20:30+04:30", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "2004-01-01T00:00:00+01:00", lo: "2003-12-31", hi: "2003-12-31"},
	{in: "1985-04-12T00:00:00-00:00", canon: "1985-04-12T00:00:00+00:00", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "1985-04-12T23:59:59", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "1985-04-12T00:00:00Z", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "2023-06-20T12:00:00+14:00", lo: "2023-06-19", hi: "2023-06-19"},
	{in: "2023-06-20T12:00:00-14:00", lo: "2023-06-21", hi: "2023-06-21"},
	// Level 0: intervals.
	{in: "1964/2008", lo: "1964-01-01", hi: "2008-12-31"},
	{in: "2004-06/2006-08", lo: "2004-06-01", hi: "2006-08-31"},
	{in: "2004-02-01/2005-02-08", lo: "2004-02-01", hi: "2005-02-08"},
	{in: "2004-02-01/2005-02", lo: "2004-02-01", hi: "2005-02-28"},
	{in: "2004-02-01/2005", lo: "2004-02-01", hi: "2005-12-31"},
	{in: "2005/2006-02", lo: "2005-01-01", hi: "2006-02-28"},
	{in: "2009/2009", lo: "2009-01-01", hi: "2009-12-31"},
	{in: "2009-06/2009", lo: "2009-06-01", hi: "2009-12-31"},
	{in: "2023-06-20/2023-06-20", lo: "2023-06-20", hi: "2023-06-20"},
	{in: "1986-04-26T01:23:40/1986-04-26T02:00:00", lo: "1986-04-26", hi: "1986-04-26"},
	{in: "1985-04-12/1985-04-12T10:00:00", lo: "1985-04-12", hi: "1985-04-12"},
	{in: "1980/1983", lo: "1980-01-01", hi: "1983-12-31"},
	{in: "1994/1996", lo: "1994-01-01", hi: "1996-12-31"},
	{in: "2019-09/2019-12", lo: "2019-09-01", hi: "2019-12-31"},
	{in: "2019-01/2019-04", lo: "2019-01-01", hi: "2019-04-30"},
	{in: "0000/9999", lo: "0000-01-01", hi: "9999-12-31"},
	// Level 1: Y-prefixed years.
	{in: "Y170000002", lo: "170000002-01-01", hi: "170000002-12-31", level: 1},
	{in: "Y-170000002", lo: "-170000002-01-01", hi: "-170000002-12-31", level: 1},
	{in: "Y10000", lo: "10000-01-01", hi: "10000-12-31", level: 1},
	{in: "Y-10000", lo: "-10000-01-01", hi: "-10000-12-31", level: 1},
	{in: "Y0170000002", canon: "Y170000002", lo: "170000002-01-01", hi: "170000002-12-31", level: 1},
	{in: "Y999999999", lo: "999999999-01-01", hi: "999999999-12-31", level: 1},
	{in: "Y99999999999999999999", lo: "999999999-01-01", hi: "999999999-12-31", level: 1},
	{in: "Y-99999999999999999999", lo: "-999999999-01-01", hi: "-999999999-12-31", level: 1},
	{in: "Y170000002?", lo: "170000002-01-01", hi: "170000002-12-31", level: 1},
	// Level 1: seasons.
	{in: "2001-21", lo: "2001-03-01", hi: "2001-05-31", level: 1},
	{in: "2001-22", lo: "2001-06-01", hi: "2001-08-31", level: 1},
	{in: "2001-23", lo: "2001-09-01", hi: "2001-11-30", level: 1},
	{in: "2001-24", lo: "2001-12-01", hi: "2002-02-28", level: 1},
	{in: "2003-24", lo: "2003-12-01", hi: "2004-02-29", level: 1},
	{in: "2001-21?", lo: "2001-03-01", hi: "2001-05-31", level: 1},
	{in: "2001-24%", lo: "2001-12-01", hi: "2002-02-28", level: 1},
	{in: "2009-21/2009-23", lo: "2009-03-01", hi: "2009-11-30", level: 1},
	{in: "2009-24/2009-12", lo: "2009-12-01", hi: "2009-12-31", level: 1},
	// Level 1: qualifiers.
	{in: "1984?", lo: "1984-01-01", hi: "1984-12-31", level: 1},
	{in: "2004-06~", lo: "2004-06-01", hi: "2004-06-30", level: 1},
	{in: "2004-06-11%", lo: "2004-06-11", hi: "2004-06-11", level: 1},
	{in: "1950~", lo: "1950-01-01", hi: "1950-12-31", level: 1},
	{in: "1950%", lo: "1950-01-01", hi: "1950-12-31", level: 1},
	{in: "2023-06-20?", lo: "2023-06-20", hi: "2023-06-20", level: 1},
	// Level 1: unspecified digits.
	{in: "201X", lo: "2010-01-01", hi: "2019-12-31", level: 1},
	{in: "20XX", lo: "2000-01-01", hi: "2099-12-31", level: 1},
	{in: "197X", lo: "1970-01-01", hi: "1979-12-31", level: 1},
	{in: "18XX", lo: "1800-01-01", hi: "1899-12-31", level: 1},
	{in: "000X", lo: "0000-01-01", hi: "0009-12-31", level: 1},
	{in: "99XX", lo: "9900-01-01", hi: "9999-12-31", level: 1},
	{in: "2004-XX", lo: "2004-01-01", hi: "2004-12-31", level: 1},
	{in: "1985-04-XX", lo: "1985-04-01", hi: "1985-04-30", level: 1},
	{in: "1985-XX-XX", lo: "1985-01-01", hi: "1985-12-31", level: 1},
	{in: "2024-02-XX", lo: "2024-02-01", hi: "2024-02-29", level: 1},
	{in: "2022-07-XX", lo: "2022-07-01", hi: "2022-07-31", level: 1},
	{in: "2022-XX-XX", lo: "2022-01-01", hi: "2022-12-31", level: 1},
	{in: "198X~", lo: "1980-01-01", hi: "1989-12-31", level: 1},
	{in: "19XX?", lo: "1900-01-01", hi: "1999-12-31", level: 1},
	{in: "1984-XX~", lo: "1984-01-01", hi: "1984-12-31", level: 1},
	{in: "2004-06-XX/2004-07-03", lo: "2004-06-01", hi: "2004-07-03", level: 1},
	{in: "201X/2020", lo: "2010-01-01", hi: "2020-12-31", level: 1},
	{in: "198X/199X", lo: "1980-01-01", hi: "1999-12-31", level: 1},
	// Level 1: negative years (astronomical: -0044 is 45 BC).
	{in: "-0044", lo: "-0044-01-01", hi: "-0044-12-31", level: 1},
	{in: "-1985", lo: "-1985-01-01", hi: "-1985-12-31", level: 1},
	{in: "-0001", lo: "-0001-01-01", hi: "-0001-12-31", level: 1},
	{in: "-9999", lo: "-9999-01-01", hi: "-9999-12-31", level: 1},
	{in: "-0044-03-15", lo: "-0044-03-15", hi: "-0044-03-15", level: 1},
	{in: "-0044-02-29", lo: "-0044-02-29", hi: "-0044-02-29", level: 1},
	{in: "-0004-02-29", lo: "-0004-02-29", hi: "-0004-02-29", level: 1},
	{in: "-0044/0014", lo: "-0044-01-01", hi: "0014-12-31", level: 1},
	{in: "-0044~", lo: "-0044-01-01", hi: "-0044-12-31", level: 1},
	{in: "Y-170000002/2000", lo: "-170000002-01-01", hi: "2000-12-31", level: 1},
	{in: "2000/Y170000002", lo: "2000-01-01", hi: "170000002-12-31", level: 1},
	// Level 1: open and unknown ends.
	{in: "../1985-04-12", lo: "min", hi: "1985-04-12", level: 1},
	{in: "../1985-04", lo: "min", hi: "1985-04-30", level: 1},
	{in: "../1985", lo: "min", hi: "1985-12-31", level: 1},
	{in: "../2012", lo: "min", hi: "2012-12-31", level: 1},
	{in: "1985-04-12/..", lo: "1985-04-12", hi: "max", level: 1},
	{in: "1985-04/..", lo: "1985-04-01", hi: "max", level: 1},
	{in: "2009/..", lo: "2009-01-01", hi: "max", level: 1},
	{in: "/1985-04-12", lo: "min", hi: "1985-04-12", level: 1},
	{in: "/1985-04", lo: "min", hi: "1985-04-30", level: 1},
	{in: "/2012", lo: "min", hi: "2012-12-31", level: 1},
	{in: "1985-04-12/", lo: "1985-04-12", hi: "max", level: 1},
	{in: "1985-04/", lo: "1985-04-01", hi: "max", level: 1},
	{in: "2009/", lo: "2009-01-01", hi: "max", level: 1},
	{in: "../1985-04-12?", lo: "min", hi: "1985-04-12", level: 1},
	{in: "1985~/..", lo: "1985-01-01", hi: "max", level: 1},
	{in: "../", wantErr: "at least one known end"},
	{in: "/..", wantErr: "at least one known end"},
	{in: "../2009-21", lo: "min", hi: "2009-05-31", level: 1},
	// Level 1: qualified interval ends.
	{in: "1984~/2004-06", lo: "1984-01-01", hi: "2004-06-30", level: 1},
	{in: "1984/2004-06~", lo: "1984-01-01", hi: "2004-06-30", level: 1},
	{in: "1984~/2004~", lo: "1984-01-01", hi: "2004-12-31", level: 1},
	{in: "1984?/2004%", lo: "1984-01-01", hi: "2004-12-31", level: 1},
	{in: "1984-06?/2004-08?", lo: "1984-06-01", hi: "2004-08-31", level: 1},
	{in: "2004-06~/2004-06-11%", lo: "2004-06-01", hi: "2004-06-11", level: 1},

	// Invalid.
	{in: "", wantErr: "empty"},
	{in: "2023-02-30", wantErr: "February 2023 has no day 30"},
	{in: "2014/2009", wantErr: "the end (2009) is before the start (2014)"},
	{in: "1984-13", wantErr: "there is no month 13"},
	{in: "2023-00", wantErr: "there is no month 00"},
	{in: "garbage", wantErr: "unexpected 'g' at the start"},
	{in: "2023-02-29", wantErr: "February 2023 has no day 29"},
	{in: "1900-02-29", wantErr: "February 1900 has no day 29"},
	{in: "-0001-02-29", wantErr: "February 2 BC has no day 29"},
	{in: "2023-04-31", wantErr: "April 2023 has no day 31"},
	{in: "2023-06-00", wantErr: "there is no day 00"},
	{in: "2023-06-32", wantErr: "June 2023 has no day 32"},
	{in: "85", wantErr: "has only 2 of the four digits"},
	{in: "198", wantErr: "has only 3 of the four digits"},
	{in: "476-05", wantErr: "write 0476"},
	{in: "12345", wantErr: "need the Y prefix, as in Y12345"},
	{in: "Y1985", wantErr: "write 1985"},
	{in: "Y-0044", wantErr: "write -0044"},
	{in: "Y", wantErr: "must be followed by a year"},
	{in: "Y-", wantErr: "must be followed by a year"},
	{in: "Y12345-01", wantErr: "cannot have a month"},
	{in: "Y1234X", wantErr: "cannot have unspecified digits"},
	{in: "Yabc", wantErr: "unexpected 'a'"},
	{in: "1XXX", wantErr: "Level 2"},
	{in: "XXXX", wantErr: "Level 2"},
	{in: "1X85", wantErr: "must be the last digits"},
	{in: "19X5", wantErr: "must be the last digits"},
	{in: "198x", wantErr: "capital X"},
	{in: "198X-05", wantErr: "cannot have a month"},
	{in: "2004-1X", wantErr: "partly unspecified"},
	{in: "2004-06-X1", wantErr: "partly unspecified"},
	{in: "2004-XX-12", wantErr: "Level 2"},
	{in: "2004-xx", wantErr: "capital X"},
	{in: "2001-25", wantErr: "season 25 is EDTF Level 2"},
	{in: "2001-41", wantErr: "season 41 is EDTF Level 2"},
	{in: "2001-20", wantErr: "there is no month 20"},
	{in: "2001-42", wantErr: "there is no month 42"},
	{in: "2001-21-05", wantErr: "a season (21) cannot have a day"},
	{in: "2004-6", wantErr: "must have two digits"},
	{in: "2004-06-1", wantErr: "must have two digits"},
	{in: "2004-006", wantErr: "must have two digits"},
	{in: "2004-06-", wantErr: "day is missing"},
	{in: "2004-", wantErr: "month is missing"},
	{in: "-", wantErr: "year is missing"},
	{in: "-0000", wantErr: "year zero is written 0000"},
	{in: "-019X", wantErr: "negative years"},
	{in: "1984??", wantErr: "only one qualifier"},
	{in: "1984?~", wantErr: "only one qualifier"},
	{in: "?1984", wantErr: "unexpected '?' at the start"},
	{in: "~1984", wantErr: "unexpected '~' at the start"},
	{in: "1984 ", wantErr: "unexpected a space after"},
	{in: " 1984", wantErr: "unexpected a space at the start"},
	{in: "2004-06-11T25:00:00", wantErr: "no hour 25"},
	{in: "2004-06-11T10:60:00", wantErr: "no minute 60"},
	{in: "2004-06-11T10:00:60", wantErr: "no second 60"},
	{in: "2004-06-11T10:00", wantErr: "hh:mm:ss"},
	{in: "2004-06-11T", wantErr: "hh:mm:ss"},
	{in: "2004-06T10:00:00", wantErr: "needs a complete date"},
	{in: "2004-06-XXT10:00:00", wantErr: "needs a complete date"},
	{in: "2004-06-11T10:00:00.5", wantErr: "fractions of a second"},
	{in: "2004-06-11T10:00:00+15:00", wantErr: "between -14:00 and +14:00"},
	{in: "2004-06-11T10:00:00+01:60", wantErr: "between -14:00 and +14:00"},
	{in: "2004-06-11T10:00:00+1", wantErr: "written ±hh:mm"},
	{in: "2004-06-11T10:00:00+01:5", wantErr: "written ±hh:mm"},
	{in: "2004-06-11T10:00:00?", wantErr: "cannot be marked"},
	{in: "2004-06-11T10:00:00Zx", wantErr: "unexpected 'x'"},
	{in: "2004-06-11t10:00:00", wantErr: "unexpected 't'"},
	{in: "..", wantErr: "only allowed as one end of an interval"},
	{in: "../..", wantErr: "at least one known end"},
	{in: "/", wantErr: "at least one known end"},
	{in: "2009/2014/2019", wantErr: "exactly one '/'"},
	{in: "2023/06/20", wantErr: "exactly one '/'"},
	{in: "2004-06/2004-05", wantErr: "the end (2004-05) is before the start (2004-06)"},
	{in: "1985-04-12/1985-04-11", wantErr: "before the start"},
	{in: "2010/2009-06", wantErr: "before the start"},
	{in: "1985-04-12T23:20:30Z/1985-04-12T23:20:29Z", wantErr: "before the start"},
	{in: "2009/Y-170000002", wantErr: "before the start"},
	{in: "20230620", wantErr: "write the date with dashes, as in 2023-06-20"},
	{in: "+2023", wantErr: "unexpected '+' at the start"},
	{in: "1984-", wantErr: "month is missing"},
	{in: "1984~x", wantErr: "unexpected 'x'"},
	{in: "2023–06", wantErr: "unexpected '–'"},
	{in: "Ｙ2023", wantErr: "unexpected 'Ｙ' at the start"},
	{in: "\xff", wantErr: "invalid byte"},
	{in: "1984.", wantErr: "unexpected '.'"},
	{in: "...", wantErr: "unexpected '.'"},
	{in: ".../2009", wantErr: "unexpected '.'"},
	{in: "2009/...", wantErr: "unexpected '.'"},
	{in: "1984-06-15-01", wantErr: "unexpected '-'"},
	{in: "early 1980s", wantErr: "unexpected 'e' at the start"},
}

func dayOf(t time.Time) string { return t.Format("2006-01-02") }

func TestParseTable(t *testing.T) {
	if len(parseCases) < 150 {
		t.Errorf("only %d cases; want at least 150", len(parseCases))
	}
	for _, tc := range parseCases {
		d, err := Parse(tc.in)
		if tc.wantErr != "" {
			if err == nil {
				t.Errorf("Parse(%q) = %q, want an error containing %q", tc.in, d, tc.wantErr)
				continue
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != tc.in {
				t.Errorf("Parse(%q) error %v is not a *ParseError for the input", tc.in, err)
			}
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Parse(%q) error = %q, want it to contain %q", tc.in, err, tc.wantErr)
			}
			if !d.IsZero() {
				t.Errorf("Parse(%q) failed but returned a non-zero date", tc.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		canon := tc.canon
		if canon == "" {
			canon = tc.in
		}
		if got := d.String(); got != canon {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, got, canon)
		}
		checkDay(t, tc.in, "Earliest", d.Earliest(), tc.lo, MinTime())
		checkDay(t, tc.in, "Latest", d.Latest(), tc.hi, MaxTime())
		if got := d.Level(); got != tc.level {
			t.Errorf("Parse(%q).Level() = %d, want %d", tc.in, got, tc.level)
		}
		if !d.HasTime() && !d.OpenStart() && !d.UnknownStart() {
			if e := d.Earliest(); e.Hour()+e.Minute()+e.Second()+e.Nanosecond() != 0 {
				t.Errorf("Parse(%q).Earliest() = %v, want midnight", tc.in, e)
			}
		}
		if !d.HasTime() && !d.OpenEnd() && !d.UnknownEnd() {
			if l := d.Latest().Add(1); l.Hour()+l.Minute()+l.Second()+l.Nanosecond() != 0 {
				t.Errorf("Parse(%q).Latest() = %v, want the last nanosecond of a day", tc.in, d.Latest())
			}
		}
		again, err := Parse(d.String())
		if err != nil || again != d {
			t.Errorf("Parse(%q) does not read back: %v, %v", d.String(), again, err)
		}
	}
}

func checkDay(t *testing.T, in, what string, got time.Time, want string, sentinel time.Time) {
	t.Helper()
	if got.Location() != time.UTC {
		t.Errorf("Parse(%q).%s() is not in UTC", in, what)
	}
	switch want {
	case "min", "max":
		if !got.Equal(sentinel) {
			t.Errorf("Parse(%q).%s() = %v, want the sentinel %v", in, what, got, sentinel)
		}
	default:
		if dayOf(got) != want {
			t.Errorf("Parse(%q).%s() = %s, want %s", in, what, dayOf(got), want)
		}
	}
}

func TestLatestIsLastInstant(t *testing.T) {
	d, err := Parse("198X")
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(1989, 12, 31, 23, 59, 59, 999_999_999, time.UTC)
	if !d.Latest().Equal(want) {
		t.Errorf("Latest = %v, want %v", d.Latest(), want)
	}
	d, _ = Parse("1980/1983")
	want = time.Date(1983, 12, 31, 23, 59, 59, 999_999_999, time.UTC)
	if !d.Latest().Equal(want) {
		t.Errorf("Latest = %v, want %v", d.Latest(), want)
	}
	d, _ = Parse("1986-04-26T01:23:40+02:00")
	if e, l := d.Earliest(), d.Latest(); !e.Equal(time.Date(1986, 4, 25, 23, 23, 40, 0, time.UTC)) ||
		!l.Equal(time.Date(1986, 4, 25, 23, 23, 40, 999_999_999, time.UTC)) {
		t.Errorf("time with zone: %v .. %v", e, l)
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse("2023-02-30")
	if got, want := err.Error(), `"2023-02-30": February 2023 has no day 30`; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	_, err = Parse(strings.Repeat("9", 500))
	if n := len([]rune(err.Error())); n > 200 {
		t.Errorf("error for a long input is %d runes long", n)
	}
}

func TestAccessors(t *testing.T) {
	tests := []struct {
		in                                           string
		interval, approx, uncertain                  bool
		openStart, openEnd, unknownStart, unknownEnd bool
		prec                                         Precision
		start, end                                   string
	}{
		{in: "1984", prec: PrecisionYear, start: "1984", end: "1984"},
		{in: "1984?", uncertain: true, prec: PrecisionYear, start: "1984?", end: "1984?"},
		{in: "1984~", approx: true, prec: PrecisionYear, start: "1984~", end: "1984~"},
		{in: "1984%", approx: true, uncertain: true, prec: PrecisionYear, start: "1984%", end: "1984%"},
		{in: "2023-06-20", prec: PrecisionDay, start: "2023-06-20", end: "2023-06-20"},
		{in: "2023-06-20T10:00:00", prec: PrecisionSecond, start: "2023-06-20T10:00:00", end: "2023-06-20T10:00:00"},
		{in: "2023-06", prec: PrecisionMonth, start: "2023-06", end: "2023-06"},
		{in: "2023-06-XX", prec: PrecisionMonth, start: "2023-06-XX", end: "2023-06-XX"},
		{in: "2023-XX", prec: PrecisionYear, start: "2023-XX", end: "2023-XX"},
		{in: "2009-21", prec: PrecisionSeason, start: "2009-21", end: "2009-21"},
		{in: "198X", prec: PrecisionDecade, start: "198X", end: "198X"},
		{in: "19XX", prec: PrecisionCentury, start: "19XX", end: "19XX"},
		{in: "Y170000002", prec: PrecisionYear, start: "Y170000002", end: "Y170000002"},
		{in: "1984~/2004-06", interval: true, approx: true, prec: PrecisionYear, start: "1984~", end: "2004-06"},
		{in: "2004-06/2004-07-01?", interval: true, uncertain: true, prec: PrecisionMonth, start: "2004-06", end: "2004-07-01?"},
		{in: "../2012", interval: true, openStart: true, prec: PrecisionYear, start: "", end: "2012"},
		{in: "2009/..", interval: true, openEnd: true, prec: PrecisionYear, start: "2009", end: ""},
		{in: "/2012-05", interval: true, unknownStart: true, prec: PrecisionMonth, start: "", end: "2012-05"},
		{in: "2009-05-01/", interval: true, unknownEnd: true, prec: PrecisionDay, start: "2009-05-01", end: ""},
	}
	for _, tc := range tests {
		d, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		got := []bool{d.IsInterval(), d.Approximate(), d.Uncertain(), d.OpenStart(), d.OpenEnd(), d.UnknownStart(), d.UnknownEnd()}
		want := []bool{tc.interval, tc.approx, tc.uncertain, tc.openStart, tc.openEnd, tc.unknownStart, tc.unknownEnd}
		if !slices.Equal(got, want) {
			t.Errorf("%q: interval, approx, uncertain, openStart, openEnd, unknownStart, unknownEnd = %v, want %v", tc.in, got, want)
		}
		if p := d.Precision(); p != tc.prec {
			t.Errorf("%q: Precision = %v, want %v", tc.in, p, tc.prec)
		}
		if s := d.Start().String(); s != tc.start {
			t.Errorf("%q: Start = %q, want %q", tc.in, s, tc.start)
		}
		if s := d.End().String(); s != tc.end {
			t.Errorf("%q: End = %q, want %q", tc.in, s, tc.end)
		}
		if d.IsZero() {
			t.Errorf("%q: IsZero", tc.in)
		}
	}
}

func TestZeroDate(t *testing.T) {
	var d Date
	if !d.IsZero() || d.String() != "" || d.Human() != "" || d.Describe() != "no date" || d.Level() != 0 ||
		!d.Earliest().IsZero() || !d.Latest().IsZero() || d.Precision() != PrecisionNone || d.IsInterval() {
		t.Errorf("zero Date behaves unexpectedly: %q %q %q", d.String(), d.Human(), d.Describe())
	}
	if PrecisionNone.String() != "none" || PrecisionCentury.String() != "century" || Precision(99).String() != "unknown" {
		t.Error("Precision.String")
	}
}

func TestCompare(t *testing.T) {
	in := []string{"2009/..", "1984", "../1980", "1980/1983", "198X", "1984-06", "1984-06-01",
		"-0044", "Y-170000002", "2009-21", "2009", "1984~", "2009-03-01", "/1990", "Y170000002", "1986-04-26T01:23:40+04:00"}
	var ds []Date
	for _, s := range in {
		d, err := Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	ds = append(ds, Date{})
	slices.SortStableFunc(ds, Compare)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{"../1980", "/1990", "Y-170000002", "-0044", "1980/1983", "198X", "1984", "1984~", "1984-06-01", "1984-06",
		"1986-04-26T01:23:40+04:00", "2009", "2009/..", "2009-03-01", "2009-21", "Y170000002", ""}
	if !slices.Equal(got, want) {
		t.Errorf("sorted:\n got %q\nwant %q", got, want)
	}
	a, _ := Parse("2022")
	b, _ := Parse("2022-XX-XX")
	if Compare(a, b) != 0 || Compare(Date{}, Date{}) != 0 || Compare(a, Date{}) != -1 || Compare(Date{}, a) != 1 {
		t.Error("Compare of equal spans or zero dates")
	}
}

func TestText(t *testing.T) {
	d, _ := Parse("1984~/2004-06")
	b, err := d.MarshalText()
	if err != nil || string(b) != "1984~/2004-06" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var e Date
	if err := e.UnmarshalText(b); err != nil || e != d {
		t.Fatalf("UnmarshalText = %v, %v", e, err)
	}
	if err := e.UnmarshalText(nil); err != nil || !e.IsZero() {
		t.Fatalf("UnmarshalText(empty) = %v, %v", e, err)
	}
	if err := e.UnmarshalText([]byte("2023-02-30")); err == nil {
		t.Fatal("UnmarshalText accepted an invalid date")
	}
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{"2023-06-20", "1984?", "1986-04-26T01:23:40+04:00", "1980/1983", "../1985-04", "198X~", "Y170000002"}
	for b.Loop() {
		for _, s := range inputs {
			if _, err := Parse(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}
