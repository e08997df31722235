package edtf

import "testing"

func TestHuman(t *testing.T) {
	tests := []struct{ in, want string }{
		{"197X", "1970s"},
		{"190X", "1900s"},
		{"047X", "AD 470s"},
		{"000X", "AD 0s"},
		{"1980/1983", "early 1980s"},
		{"1994/1996", "mid-1990s"},
		{"1997/1999", "late 1990s"},
		{"1980/1984", "1980–1984"},
		{"2019-09/2019-12", "late 2019"},
		{"2019-01/2019-04", "early 2019"},
		{"2019-05/2019-08", "mid-2019"},
		{"2022-07-01/2022-07-10", "early July 2022"},
		{"2022-07-11/2022-07-20", "mid-July 2022"},
		{"2022-07-21/2022-07-31", "late July 2022"},
		{"2024-02-21/2024-02-29", "late February 2024"},
		{"2023-02-21/2023-02-29", ""}, // invalid: checked below as a parse failure
		{"1800/1833", "early 19th century"},
		{"1834/1866", "mid-19th century"},
		{"1867/1899", "late 19th century"},
		{"1950~", "c. 1950"},
		{"1984?", "1984 (uncertain)"},
		{"1984%", "c. 1984 (uncertain)"},
		{"1980~/1983~", "c. early 1980s"},
		{"2009~/2014~", "c. 2009–2014"},
		{"2009~/2014", "from c. 2009 to 2014"},
		{"2022-07", "July 2022"},
		{"2022-07-XX", "July 2022"},
		{"2022-XX", "2022"},
		{"2022-XX-XX", "2022"},
		{"2023-06-20", "20 June 2023"},
		{"2023-06-05", "5 June 2023"},
		{"2009/2014", "2009–2014"},
		{"2009-03/2014-06", "March 2009 – June 2014"},
		{"2023-06/2023-08", "June–August 2023"},
		{"2023-06-20/2023-06-25", "20–25 June 2023"},
		{"2023-06-20/2023-07-03", "20 June – 3 July 2023"},
		{"2023-06-20/2024-07-03", "20 June 2023 – 3 July 2024"},
		{"198X/199X", "1980s–1990s"},
		{"../2012", "before 2012"},
		{"2009/..", "since 2009"},
		{"/2012", "until 2012 (start unknown)"},
		{"2009/", "from 2009 (end unknown)"},
		{"2009~/..", "since c. 2009"},
		{"2009-21", "spring 2009"},
		{"2009-22", "summer 2009"},
		{"2009-23", "autumn 2009"},
		{"2009-24", "winter 2009–10"},
		{"1999-24", "winter 1999–2000"},
		{"18XX", "19th century"},
		{"20XX", "21st century"},
		{"00XX", "1st century"},
		{"-0043", "44 BC"},
		{"-0044", "45 BC"},
		{"0000", "1 BC"},
		{"0001", "AD 1"},
		{"0476", "AD 476"},
		{"-0044-03-15", "15 March 45 BC"},
		{"1986-04-26T01:23:40", "26 April 1986, 01:23:40"},
		{"1986-04-26T01:23:40Z", "26 April 1986, 01:23:40 UTC"},
		{"1986-04-26T01:23:40-04:30", "26 April 1986, 01:23:40 UTC-04:30"},
		{"Y170000002", "170,000,002"},
		{"Y-170000002", "170,000,003 BC"},
		{"Y-99999999999999999999", "100,000,000,000,000,000,000 BC"},
		{"2023-06-20~", "c. 20 June 2023"},
	}
	for _, tc := range tests {
		d, err := Parse(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("Parse(%q) succeeded", tc.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := d.Human(); got != tc.want {
			t.Errorf("Parse(%q).Human() = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHumanWithWeekday(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2023-06-20", "Tuesday 20 June 2023"},
		{"2023-06-20?", "Tuesday 20 June 2023 (uncertain)"},
		{"2023-06-20~", "c. Tuesday 20 June 2023"},
		{"1986-04-26T01:23:40", "Saturday 26 April 1986, 01:23:40"},
		{"-0044-03-15", "Thursday 15 March 45 BC"},
		{"2023-06", "June 2023"},
		{"2023-06-XX", "June 2023"},
		{"2023-06-20/2023-06-25", "20–25 June 2023"},
	}
	for _, tc := range tests {
		d, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if got := d.HumanWithWeekday(); got != tc.want {
			t.Errorf("Parse(%q).HumanWithWeekday() = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1980/1983", "between 1 January 1980 and 31 December 1983"},
		{"2023-06-20", "on 20 June 2023"},
		{"2022-07", "some time in July 2022"},
		{"2022-07-XX", "some time in July 2022"},
		{"1984", "some time in 1984"},
		{"1950~", "around 1950 (approximate)"},
		{"1984?", "some time in 1984 (uncertain)"},
		{"1984%", "around 1984 (approximate and uncertain)"},
		{"2023-06-20~", "around 20 June 2023 (approximate)"},
		{"../2012", "before 2012 (open start)"},
		{"2009/..", "since 2009 (open end)"},
		{"/2012", "until 2012 (start unknown)"},
		{"2009/", "from 2009 (end unknown)"},
		{"197X", "some time in the 1970s (1970 to 1979)"},
		{"18XX", "some time in the 19th century (1800 to 1899)"},
		{"2009-21", "some time in spring 2009 (1 March 2009 to 31 May 2009)"},
		{"2009-24", "some time in winter 2009–10 (1 December 2009 to 28 February 2010)"},
		{"1986-04-26T01:23:40Z", "at 01:23:40 UTC on 26 April 1986"},
		{"1984~/2004-06", "between 1 January 1984 and 30 June 2004 (start approximate)"},
		{"1984~/2004~", "between 1 January 1984 and 31 December 2004 (approximate)"},
		{"1984?/2004%", "between 1 January 1984 and 31 December 2004 (start uncertain) (end approximate and uncertain)"},
		{"-0044-03-15", "on 15 March 45 BC"},
		{"Y170000002", "some time in the year 170,000,002"},
		{"Y-170000002/2000", "between 170,000,003 BC and 31 December 2000"},
	}
	for _, tc := range tests {
		d, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if got := d.Describe(); got != tc.want {
			t.Errorf("Parse(%q).Describe() = %q, want %q", tc.in, got, tc.want)
		}
	}
}
