package ach

import (
	"math"
	"slices"
	"testing"
)

// workedExample is the matrix of the worked example in docs/USER_GUIDE.md
// ("Disputed questions"), whose scores the guide computes by hand.
func workedExample() []Row {
	return []Row{
		NewRow([]Rating{Consistent, Inconsistent, VeryInconsistent}, High, Medium), // E1, weight √2
		NewRow([]Rating{Neutral, Neutral, Neutral}, Medium, Medium),                // E2, weight 1
		NewRow([]Rating{Inconsistent, Consistent, Consistent}, Low, High),          // E3, weight 1
		NewRow([]Rating{VeryInconsistent, Consistent, NotApplicable}, Medium, Low), // E4, weight 1/√2
		NewRow([]Rating{Consistent, Inconsistent, Inconsistent}, Low, Medium),      // E5, weight 1/√2
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestWorkedExampleScores(t *testing.T) {
	s := Scores(workedExample(), 3)
	r2 := math.Sqrt2
	// By hand: H1 counts I in E3 (1×1) and II in E4 (2×1/√2);
	// H2 counts I in E1 (1×√2) and E5 (1×1/√2);
	// H3 counts II in E1 (2×√2) and I in E5 (1×1/√2).
	want := []Score{
		{Inconsistency: 3, Weighted: 1 + 2/r2},
		{Inconsistency: 2, Weighted: r2 + 1/r2},
		{Inconsistency: 3, Weighted: 2*r2 + 1/r2},
	}
	for h := range want {
		if s[h].Inconsistency != want[h].Inconsistency || !near(s[h].Weighted, want[h].Weighted) {
			t.Errorf("H%d: got %+v, want %+v", h+1, s[h], want[h])
		}
	}
	// 2.414, 2.121, 3.536 to three places, as the guide prints them.
	for h, w := range []float64{2.414, 2.121, 3.536} {
		if math.Abs(s[h].Weighted-w) > 0.0005 {
			t.Errorf("H%d weighted %.4f, the guide says %.3f", h+1, s[h].Weighted, w)
		}
	}
	if got := Order(s); !slices.Equal(got, []int{1, 0, 2}) {
		t.Errorf("order %v, want H2, H1, H3", got)
	}
	if got := Least(s); !slices.Equal(got, []int{1}) {
		t.Errorf("least %v, want H2", got)
	}
}

func TestWorkedExampleDiagnosticity(t *testing.T) {
	rows := workedExample()
	wantSpread := []int{3, 0, 2, 3, 2} // E4's NA is left out: II against C
	for i, r := range rows {
		if got := Spread(r); got != wantSpread[i] {
			t.Errorf("E%d spread %d, want %d", i+1, got, wantSpread[i])
		}
		if Diagnostic(r) != (wantSpread[i] > 0) {
			t.Errorf("E%d diagnostic %v", i+1, Diagnostic(r))
		}
	}
}

func TestWorkedExampleSensitivity(t *testing.T) {
	// Without E1, H2 and H3 tie; without E3, H1 leads; without E4, H1
	// leads; without E2 or E5, H2 still leads.
	got := Sensitive(workedExample(), 3)
	want := []bool{true, false, true, true, false}
	if !slices.Equal(got, want) {
		t.Errorf("sensitive %v, want %v", got, want)
	}
}

func TestRatingsAndLevels(t *testing.T) {
	counts := map[Rating]int{VeryConsistent: 0, Consistent: 0, Neutral: 0, Inconsistent: 1, VeryInconsistent: 2, NotApplicable: 0, Unrated: 0}
	for r, c := range counts {
		if r.Inconsistency() != c {
			t.Errorf("%q counts %d, want %d", r, r.Inconsistency(), c)
		}
		if !r.Valid() {
			t.Errorf("%q not valid", r)
		}
	}
	for _, bad := range []Rating{"i", "X", "CCC", " C"} {
		if bad.Valid() {
			t.Errorf("%q valid", bad)
		}
	}
	if !near(High.Weight()*Low.Weight(), 1) || !near(High.Weight(), math.Sqrt2) || Medium.Weight() != 1 || Level("").Weight() != 1 {
		t.Error("weights are not √2, 1, 1/√2")
	}
}

func TestEdgeCases(t *testing.T) {
	if s := Scores(nil, 2); len(s) != 2 || s[0] != (Score{}) {
		t.Errorf("empty matrix scores %v", s)
	}
	if l := Least(Scores(nil, 3)); !slices.Equal(l, []int{0, 1, 2}) {
		t.Errorf("no evidence: every hypothesis ties, got %v", l)
	}
	if l := Least(nil); l != nil {
		t.Errorf("no hypotheses: %v", l)
	}
	short := []Row{{Ratings: []Rating{Inconsistent}, Weight: 1}}
	if s := Scores(short, 3); s[0].Inconsistency != 1 || s[2].Inconsistency != 0 {
		t.Errorf("short row: %v", s)
	}
	if Diagnostic(Row{Ratings: []Rating{Inconsistent, NotApplicable, Unrated}}) {
		t.Error("a row that applies to one hypothesis is diagnostic")
	}
	// Order breaks a weighted tie by the plain count, then keeps columns.
	o := Order([]Score{{2, 2}, {1, 2}, {0, 0}, {1, 2}})
	if !slices.Equal(o, []int{2, 1, 3, 0}) {
		t.Errorf("order %v", o)
	}
}

// BenchmarkRescore is the work after one rating changes in the largest
// matrix the window is made for (7 hypotheses, 300 rows): scores, order,
// diagnosticity and sensitivity. The budget is one frame, 16 ms.
func BenchmarkRescore(b *testing.B) {
	rows := make([]Row, 300)
	for i := range rows {
		rs := make([]Rating, 7)
		for h := range rs {
			rs[h] = Ratings[(i*7+h*3)%len(Ratings)]
		}
		rows[i] = NewRow(rs, Levels[i%3], Levels[(i/3)%3])
	}
	b.ReportAllocs()
	for b.Loop() {
		s := Scores(rows, 7)
		_ = Order(s)
		for _, r := range rows {
			_ = Spread(r)
		}
		_ = Sensitive(rows, 7)
	}
}
