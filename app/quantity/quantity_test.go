package quantity

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// want is an expected proposal; ok false means Read proposes nothing.
type want struct {
	ok        bool
	low, high *float64
	q         Qualifier
	note      string
}

func fp(v float64) *float64 { return &v }

func ex(v float64) want        { return want{true, fp(v), fp(v), Exact, ""} }
func ap(v float64) want        { return want{true, fp(v), fp(v), Approximate, ""} }
func al(v float64) want        { return want{true, fp(v), nil, AtLeast, ""} }
func am(v float64) want        { return want{true, nil, fp(v), AtMost, ""} }
func rg(l, h float64) want     { return want{true, fp(l), fp(h), Range, ""} }
func nothing() want            { return want{} }
func (w want) n(s string) want { w.note = s; return w }

// readCases is the table of phrases; it also seeds FuzzRead.
var readCases = []struct {
	in   string
	want want
}{
	// Approximate.
	{"some 100", ap(100)},
	{"about 100", ap(100)},
	{"around 100", ap(100)},
	{"roughly 100", ap(100)},
	{"approximately 100", ap(100)},
	{"approx. 100", ap(100)},
	{"c. 100", ap(100)},
	{"circa 100", ap(100)},
	{"~100", ap(100)},
	{"nearly 100", ap(100)},
	{"almost 100 people", ap(100)},
	{"close to 100", ap(100)},
	{"in the region of 100", ap(100)},
	{"just over 100", ap(100)},
	{"just under 100", ap(100)},
	{"slightly more than 100", ap(100)},
	{"100 or so", ap(100)},
	{"100 or thereabouts", ap(100)},
	{"30-odd", ap(30)},
	{"30 odd people", ap(30)},
	{"give or take 100", ap(100)},
	{"Some 2,700 were transferred", ap(2700)},
	{"some 2,700 MEK members were then transferred to Albania", ap(2700)},
	{"SOME 100 PEOPLE", ap(100)},
	{"around three dozen", ap(36)},
	{"local reporting put the number of those injured around three dozen", ap(36)},
	{"a dozen", ap(12)},
	{"three dozen", ap(36)},
	{"half a dozen", ap(6)},
	{"a dozen or so", ap(12)},
	{"exactly a dozen", ex(12)},
	{"a couple of people", ap(2)},
	{"a couple of hundred", ap(200)},
	{"a couple hundred", ap(200)},
	{"about a hundred", ap(100)},
	{"roughly half a million", ap(500000)},
	{"the group claimed that some 100 camp inhabitants were injured in the attack", ap(100)},

	// At least.
	{"at least 3,000", al(3000)},
	{"more than 3,000", al(3000)},
	{"over 3,000", al(3000)},
	{"over 3,000 people", al(3000)},
	{"upwards of 3,000", al(3000)},
	{"in excess of 3,000", al(3000)},
	{"no fewer than 3,000", al(3000)},
	{"not less than 3,000", al(3000)},
	{"well over 3,000", al(3000)},
	{"3,000 or more", al(3000)},
	{"3,000 at least", al(3000)},
	{"3,000+", al(3000)},
	{"100-plus", al(100)},
	{"> 100", al(100)},
	{"more than a dozen", al(12)},
	{"over a thousand", al(1000)},
	{"more than half a million", al(500000)},
	{"home to at least 3,000 Iranian oppositionists", al(3000)},
	{"at least a handful", al(3)},

	// At most.
	{"up to 4,000", am(4000)},
	{"at most 4,000", am(4000)},
	{"fewer than 4,000", am(4000)},
	{"less than 4,000", am(4000)},
	{"as many as 4,000", am(4000)},
	{"no more than 4,000", am(4000)},
	{"not more than 4,000", am(4000)},
	{"under 4,000", am(4000)},
	{"a maximum of 4,000", am(4000)},
	{"4,000 or fewer", am(4000)},
	{"4,000 tops", am(4000)},
	{"< 4000", am(4000)},
	{"up to a dozen", am(12)},

	// Ranges.
	{"30,000 to 60,000", rg(30000, 60000)},
	{"30,000–60,000", rg(30000, 60000)},
	{"30,000—60,000", rg(30000, 60000)},
	{"30,000-60,000", rg(30000, 60000)},
	{"30,000 - 60,000", rg(30000, 60000)},
	{"between 30,000 and 60,000", rg(30000, 60000)},
	{"between 30,000 to 60,000", rg(30000, 60000)},
	{"from 30,000 to 60,000", rg(30000, 60000)},
	{"estimates range from 30,000 to 60,000", rg(30000, 60000).n("estimated")},
	{"30 to 60 thousand", rg(30000, 60000)},
	{"2 to 3 million", rg(2e6, 3e6)},
	{"between 2 and 3 million", rg(2e6, 3e6)},
	{"two or three", rg(2, 3)},
	{"one or two people", rg(1, 2)},
	{"two or three hundred", rg(200, 300)},
	{"two to three hundred", rg(200, 300)},
	{"500 to 3 million", rg(500, 3e6)},
	{"30-60,000", rg(30, 60000)},
	{"twenty-thirty", rg(20, 30)},
	{"a handful", rg(3, 5)},
	{"only a handful", rg(3, 5)},
	{"12-15%", rg(12, 15).n("percent")},
	{"12% to 15%", rg(12, 15).n("percent")},
	{"at least 100 but no more than 200", rg(100, 200)},
	{"more than 100 and fewer than 200", rg(100, 200)},
	{"about 30,000 to 60,000", rg(30000, 60000)},
	{"between 2000 and 3000 people", rg(2000, 3000)},
	{"60,000 to 30,000", nothing()},
	{"the toll rose from 300 to 400", nothing()},
	{"revised from 300 to 400", nothing()},
	{"between 60,000 and 30,000", nothing()},

	// Exact, with notes.
	{"an alleged 1,000", ex(1000).n("alleged")},
	{"An alleged 1,000 Albanian police officers descended upon the Ashraf-3 and Ashraf-4 camps", ex(1000).n("alleged")},
	{"a reported 1,000", ex(1000).n("reported")},
	{"a claimed 1,000", ex(1000).n("claimed")},
	{"an unconfirmed 1,000", ex(1000).n("unconfirmed")},
	{"an alleged, unconfirmed 1,000", ex(1000).n("alleged, unconfirmed")},
	{"an estimated 1,000", ap(1000).n("estimated")},
	{"estimated at 1,000", ap(1000).n("estimated")},
	{"est. 1,000", ap(1000).n("estimated")},
	{"an estimated 30,000 to 60,000", rg(30000, 60000).n("estimated")},
	{"at least an alleged 1,000", al(1000).n("alleged")},
	{"100 people were reportedly injured", ex(100).n("reported")},
	{"reportedly injured: 100", ex(100).n("reported")},
	{"one allegedly killed", ex(1).n("alleged")},
	{"dozens were reportedly injured Tuesday", al(24).n("reported")},
	{"exactly 100", ex(100)},
	{"only 3", ex(3)},
	{"a total of 312", ex(312)},
	{"100", ex(100)},
	{"100 people injured", ex(100)},
	{"injured: 100", ex(100)},

	// Zero.
	{"none", ex(0)},
	{"None were hurt", ex(0)},
	{"no one", ex(0)},
	{"no-one was injured", ex(0)},
	{"nobody", ex(0)},
	{"zero", ex(0)},
	{"0", ex(0)},
	{"nil", ex(0)},
	{"not a single person", ex(0)},
	{"not one", ex(0)},
	{"no injuries", ex(0)},
	{"there were no civilian casualties", ex(0)},
	{"no confirmed deaths", ex(0)},
	{"the army denied any casualties", ex(0)},
	{"the army denied any", ex(0)},
	{"denied that anyone was killed", ex(0)},
	{"almost no one", ap(0)},
	{"no more people died", nothing()},
	{"the army denied any wrongdoing", nothing()},

	// One.
	{"one", ex(1)},
	{"a single person", ex(1)},
	{"only one person was killed", ex(1)},
	{"just one", ex(1)},

	// Vague.
	{"dozens", al(24)},
	{"dozens of Iranian dissidents", al(24)},
	{"several", al(3)},
	{"several hundred", al(300)},
	{"several dozen", al(36)},
	{"several thousands", al(3000)},
	{"a few", al(2)},
	{"a few thousand", al(2000)},
	{"hundreds", al(200)},
	{"hundreds of people", al(200)},
	{"thousands", al(2000)},
	{"tens of thousands", al(20000)},
	{"hundreds of thousands", al(200000)},
	{"millions", al(2e6)},
	{"tens of millions", al(2e7)},
	{"scores of people", al(40)},
	{"many thousands", al(2000)},
	{"some hundreds", al(200)},
	{"1000s", al(2000)},
	{"10s of thousands", al(20000)},
	{"up to hundreds", nothing()},
	{"many", nothing()},
	{"a few people, many", al(2)},
	{"a couple", nothing()},

	// Numbers in words.
	{"two hundred", ex(200)},
	{"three thousand five hundred", ex(3500)},
	{"twenty-one", ex(21)},
	{"twenty one", ex(21)},
	{"two hundred and fifty", ex(250)},
	{"one hundred and one", ex(101)},
	{"nineteen hundred", ex(1900)},
	{"a hundred", ex(100)},
	{"a thousand", ex(1000)},
	{"a million", ex(1e6)},
	{"five hundred thousand", ex(500000)},
	{"two million three hundred thousand", ex(2300000)},
	{"half a million", ex(500000)},
	{"a half million", ex(500000)},
	{"a quarter of a million", ex(250000)},
	{"three quarters of a million", ex(750000)},
	{"one and a half million", ex(1.5e6)},
	{"two and a half thousand", ex(2500)},
	{"a million and a half", ex(1.5e6)},
	{"ninety-nine", ex(99)},
	{"Forty", ex(40)},
	{"five five", nothing()},

	// Digits.
	{"1.2 million", ex(1.2e6)},
	{"2.5 billion", ex(2.5e9)},
	{"2.5bn", ex(2.5e9)},
	{"3 mn", ex(3e6)},
	{"5k", ex(5000)},
	{"£1.2m", ex(1.2e6)},
	{"US$3b", ex(3e9)},
	{"Rs100", ex(100)},
	{"3 thousand", ex(3000)},
	{"3 millions", ex(3e6)},
	{"3 000", ex(3000)},
	{"3\u00a0000", ex(3000)},
	{"3\u202f000", ex(3000)},
	{"3\u2009000", ex(3000)},
	{"1 000 000", ex(1e6)},
	{"3.000", ex(3000)},
	{"1.234.567", ex(1234567)},
	{"3.5", ex(3.5)},
	{"3.50", ex(3.5)},
	{"0.500", ex(0.5)},
	{"1234.567", ex(1234.567)},
	{"1,234.5", ex(1234.5)},
	{"1.234,5", ex(1234.5)},
	{"3 000,5", ex(3000.5)},
	{"1.250 million", ex(1.25e6)},
	{"2,5 billion", ex(2.5e9)},
	{"3'000", ex(3000)},
	{"1,00,000", ex(100000)},
	{".5", ex(0.5)},
	{"3,5", nothing()},
	{"about 3,5", nothing()},
	{"2 lakh", ex(200000)},
	{"1.5 crore", ex(15000000)},
	{"USD 3m", ex(3e6)},
	{"3m", nothing()},
	{"$5 million", ex(5e6)},
	{"1 million+", al(1e6)},
	{"twelve hundred", ex(1200)},
	{"2 dozen", ap(24)},
	{"a thousand or more", al(1000)},
	{"100s of people", al(200)},
	{"a few dozen", al(24)},
	{"several hundred thousand", al(300000)},
	{"12%", ex(12).n("percent")},
	{"12 per-cent", ex(12).n("percent")},
	{"12 percent", ex(12).n("percent")},
	{"12 per cent", ex(12).n("percent")},
	{"about 40% of residents", ap(40).n("percent")},

	// Which number.
	{"66-year-old Ali Mostashari and 3 people were injured", ex(3)},
	{"a 66-year-old man and 3 people", ex(3)},
	{"3 people were injured and 2 killed", nothing()},
	{"3 children under 18", nothing()},
	{"In 2014, 300 people died", ex(300)},
	{"300 people died in 2014", ex(300)},
	{"1500 people died in 2014", ex(1500)},
	{"2000 people", ex(2000)},
	{"2014", ex(2014)},
	{"2014: 300 dead", ex(300)},
	{"since at least 2009", nothing()},
	{"on 12 March 2014, 300 were detained", ex(300)},
	{"12 March 2014", nothing()},
	{"March 12", nothing()},
	{"as many as 100 may have died", am(100)},
	{"12 May", nothing()},
	{"100 May have died", nothing()}, // read as a date: "May" capitalised
	{"at 10:30, 40 people", ex(40)},
	{"covid-19 killed 300", ex(300)},
	{"Ashraf-3", nothing()},
	{"the 3rd raid injured 40", ex(40)},
	{"aged 66", nothing()},
	{"at the age of 66, 3 were killed", ex(3)},
	{"a man, 66 years old", nothing()},
	{"No. 5 camp held 2,000", ex(2000)},
	{"over 3 days, 300 people were injured", ex(300)},
	{"3 days", ex(3)},
	{"the 2014-15 budget funded 300 posts", ex(300)},
	{"in the 1990s some 300 died", ap(300)},
	{"a 300-strong crowd", ex(300)},
	{"a three-day siege killed 40", ex(40)},
	{"3 of the 10 victims", nothing()},
	{"half of the 300 residents", nothing()},
	{"a third of 300", nothing()},
	{"1/3 of the 900", nothing()},
	{"most of the 300", nothing()},
	{"40% of 300 people", nothing()},
	{"$1.2bn to $1.5bn", rg(1.2e9, 1.5e9)},
	{"US$1m-US$2m", rg(1e6, 2e6)},
	{"2 children and at least 3 adults", al(3)},
	{"at 10 am, 40 people", ex(40)},
	{"the 5km march drew 4,000", ex(4000)},

	// Nothing to read.
	{"", nothing()},
	{"   ", nothing()},
	{"no reliable estimate", nothing()},
	{"no reliable estimate can be made", nothing()},
	{"unknown", nothing()},
	{"many people", nothing()},
	{"a man", nothing()},
	{"the police", nothing()},
	{"numerous casualties", nothing()},
	{"12/03/2014", nothing()},
	{"1,2,3", nothing()},
	{"up to 100 or more", nothing()},
}

func TestRead(t *testing.T) {
	if len(readCases) < 80 {
		t.Fatalf("only %d cases", len(readCases))
	}
	for _, c := range readCases {
		p, ok := Read(c.in)
		got := want{ok, p.Low, p.High, p.Qualifier, p.Note}
		if !sameWant(got, c.want) {
			t.Errorf("Read(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func sameWant(a, b want) bool {
	eq := func(x, y *float64) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	return a.ok == b.ok && eq(a.low, b.low) && eq(a.high, b.high) && a.q == b.q && a.note == b.note
}

func (w want) String() string {
	if !w.ok {
		return "nothing"
	}
	s := func(x *float64) string {
		if x == nil {
			return "nil"
		}
		return fmt.Sprint(*x)
	}
	return fmt.Sprintf("%s %s..%s note %q", w.q, s(w.low), s(w.high), w.note)
}

func TestReadRoundTrip(t *testing.T) {
	for _, c := range readCases {
		p, ok := Read(c.in)
		if !ok {
			continue
		}
		checkRoundTrip(t, c.in, p)
	}
}

// checkRoundTrip checks that Format of a proposal reads back the same.
func checkRoundTrip(t *testing.T, in string, p Proposal) {
	t.Helper()
	s := Format(p.Low, p.High, p.Qualifier)
	q, ok := Read(s)
	if !ok || !sameWant(want{true, q.Low, q.High, q.Qualifier, ""}, want{true, p.Low, p.High, p.Qualifier, ""}) {
		t.Errorf("Read(%q) = %s; Format gives %q, which reads as %s (ok %v)", in,
			want{true, p.Low, p.High, p.Qualifier, ""}, s, want{ok, q.Low, q.High, q.Qualifier, ""}, ok)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		low, high *float64
		q         Qualifier
		want      string
	}{
		{fp(100), fp(100), Approximate, "about 100"},
		{fp(3000), nil, AtLeast, "at least 3,000"},
		{nil, fp(4000), AtMost, "up to 4,000"},
		{fp(30000), fp(60000), Range, "30,000–60,000"},
		{fp(0), fp(0), Exact, "0"},
		{fp(100), fp(100), Exact, "100"},
		{fp(1234567), fp(1234567), Exact, "1,234,567"},
		{fp(1.2e6), fp(1.2e6), Exact, "1,200,000"},
		{fp(1234.5), fp(1234.5), Exact, "1,234.5"},
		{fp(1.234), fp(1.234), Exact, "1.2340"},
		{fp(0.125), fp(0.125), Exact, "0.125"},
		{fp(3.5), fp(3.5), Exact, "3.5"},
		{fp(12), fp(15), Range, "12–15"},
		{fp(30), fp(60), Approximate, "about 30–60"},
		{fp(30), fp(60), Exact, "30–60"},
		{fp(30), fp(60), "", "30–60"},
		{fp(30), fp(30), "", "30"},
		{fp(3000), nil, "", "at least 3,000"},
		{nil, fp(4000), "", "up to 4,000"},
		{fp(3000), nil, Range, "at least 3,000"},
		{nil, fp(4000), Range, "up to 4,000"},
		{fp(3000), nil, Exact, "3,000"},
		{nil, fp(4000), Approximate, "about 4,000"},
		{fp(3000), fp(5000), AtLeast, "at least 3,000"},
		{fp(3000), fp(5000), AtMost, "up to 5,000"},
		{nil, nil, Exact, ""},
		{fp(-5), fp(-5), Exact, "-5"},
		{fp(math.Inf(1)), nil, AtLeast, "at least +Inf"},
		{fp(math.NaN()), fp(math.NaN()), Exact, "NaN"},
		{fp(1e21), fp(1e21), Exact, "1,000,000,000,000,000,000,000"},
	} {
		if got := Format(c.low, c.high, c.q); got != c.want {
			t.Errorf("Format(%v, %v, %q) = %q, want %q", deref(c.low), deref(c.high), c.q, got, c.want)
		}
	}
}

func deref(x *float64) any {
	if x == nil {
		return nil
	}
	return *x
}

func TestFormatRoundTripNumbers(t *testing.T) {
	for _, v := range []float64{0, 1, 9, 10, 999, 1000, 1001, 1.5, 0.001, 1.001, 12.345, 123.456,
		1234.567, 1e15, 123456789.125, 5e-324, math.MaxFloat64, 2014, 0.1, 1.2e6} {
		for _, q := range []Qualifier{Exact, Approximate, AtLeast, AtMost, Range} {
			p := Proposal{Qualifier: q}
			switch q {
			case AtLeast:
				p.Low = fp(v)
			case AtMost:
				p.High = fp(v)
			case Range:
				p.Low, p.High = fp(v/2), fp(v)
			default:
				p.Low, p.High = fp(v), fp(v)
			}
			checkRoundTrip(t, fmt.Sprint(v), p)
		}
	}
}

func TestParseQualifier(t *testing.T) {
	for in, want := range map[string]Qualifier{
		"exact": Exact, "approximate": Approximate, "approx": Approximate,
		"at-least": AtLeast, "At Least": AtLeast, "at_least": AtLeast,
		"at-most": AtMost, " AT-MOST ": AtMost, "range": Range, "": "", "  ": "",
	} {
		got, err := ParseQualifier(in)
		if err != nil || got != want {
			t.Errorf("ParseQualifier(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"about", "atleast", "exactly", "x"} {
		if got, err := ParseQualifier(in); !errors.Is(err, ErrUnknownQualifier) || got != "" {
			t.Errorf("ParseQualifier(%q) = %q, %v; want ErrUnknownQualifier", in, got, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, c := range readCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := Read(s)
		if !ok {
			if p.Low != nil || p.High != nil || p.Qualifier != "" || p.Note != "" {
				t.Fatalf("Read(%q) not ok but gave %+v", s, p)
			}
			return
		}
		for _, x := range []*float64{p.Low, p.High} {
			if x != nil && (math.IsNaN(*x) || math.IsInf(*x, 0) || *x < 0) {
				t.Fatalf("Read(%q) gave a bad number %v", s, *x)
			}
		}
		switch p.Qualifier {
		case Exact, Approximate:
			if p.Low == nil || p.High == nil || *p.Low != *p.High {
				t.Fatalf("Read(%q): %s needs low = high, got %s", s, p.Qualifier, want{true, p.Low, p.High, p.Qualifier, ""})
			}
		case AtLeast:
			if p.Low == nil || p.High != nil {
				t.Fatalf("Read(%q): at-least needs low only", s)
			}
		case AtMost:
			if p.Low != nil || p.High == nil {
				t.Fatalf("Read(%q): at-most needs high only", s)
			}
		case Range:
			if p.Low == nil || p.High == nil || *p.Low > *p.High {
				t.Fatalf("Read(%q): range needs low <= high, got %s", s, want{true, p.Low, p.High, p.Qualifier, ""})
			}
		default:
			t.Fatalf("Read(%q): qualifier %q", s, p.Qualifier)
		}
		checkRoundTrip(t, s, p)
	})
}

func BenchmarkRead(b *testing.B) {
	phrases := []string{
		"some 100",
		"between 30,000 and 60,000",
		"An alleged 1,000 Albanian police officers from the Special Prosecution against Corruption and Organized Crime unit descended upon the Ashraf-3 and Ashraf-4 camps",
		"three thousand five hundred people were reportedly injured",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range phrases {
			Read(s)
		}
	}
}

func ExampleRead() {
	p, ok := Read("an alleged 1,000 police officers")
	fmt.Println(ok, *p.Low, *p.High, p.Qualifier, p.Note)
	p, _ = Read("between 30,000 and 60,000")
	fmt.Println(Format(p.Low, p.High, p.Qualifier))
	_, ok = Read("no reliable estimate")
	fmt.Println(ok)
	// Output:
	// true 1000 1000 exact alleged
	// 30,000–60,000
	// false
}

// TestReadLongInputs guards against the quadratic walks the fuzzer found
// (a long space-grouped number, a long run of hedge words): each of these
// took seconds to minutes before and takes milliseconds now. The bound is
// loose so that a busy machine does not fail it.
func TestReadLongInputs(t *testing.T) {
	for name, s := range map[string]string{
		"space groups": "1" + strings.Repeat(" 000", 20000),
		"comma groups": "1" + strings.Repeat(",000", 20000),
		"hedges":       strings.Repeat("about ", 20000),
		"plurals":      strings.Repeat("tens of ", 20000),
		"numbers":      strings.Repeat("one ", 20000),
		"hundreds":     strings.Repeat("a hundred and ", 20000),
		"between":      strings.Repeat("between 1 ", 20000),
		"no":           strings.Repeat("no ", 20000),
		"notes":        strings.Repeat("an alleged ", 20000),
	} {
		start := time.Now()
		Read(s)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Read(%s, %d bytes) took %v", name, len(s), d)
		}
	}
}
