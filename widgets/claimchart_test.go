package widgets

import (
	"fmt"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
)

func ccNum(v float64) *float64 { return &v }

func ccClaim(id, label string, low, high *float64, q app.Qualifier, in app.Interest) ChartClaim {
	return ChartClaim{ID: id, Label: label, Low: low, High: high, Qualifier: q, Interest: in}
}

// spreadClaims: a denial at zero, about 36, about 100, a range and a value.
func spreadClaims() []ChartClaim {
	return []ChartClaim{
		ccClaim("c1", "Ministry of the Interior", ccNum(0), nil, app.QualExact, app.InterestGovernment),
		ccClaim("c2", "Human Rights Monitor", ccNum(36), nil, app.QualApproximate, app.InterestIndependent),
		ccClaim("c3", "Camp residents' association", ccNum(100), nil, app.QualApproximate, app.InterestParty),
		ccClaim("c4", "Allied press agency", ccNum(40), ccNum(60), app.QualRange, app.InterestAffiliated),
		ccClaim("c5", "Anonymous post", ccNum(45), ccNum(45), app.QualExact, app.InterestUnknown),
	}
}

// logClaims span more than a hundredfold: 5, 2,000 and 60,000.
func logClaims() []ChartClaim {
	return []ChartClaim{
		ccClaim("l1", "Government spokesman", ccNum(5), nil, app.QualExact, app.InterestGovernment),
		ccClaim("l2", "UN mission report", ccNum(2000), nil, app.QualApproximate, app.InterestIndependent),
		ccClaim("l3", "Opposition statement", ccNum(60000), nil, app.QualExact, app.InterestParty),
		ccClaim("l4", "Regional newspaper", ccNum(10000), ccNum(20000), app.QualRange, app.InterestUnknown),
	}
}

// openClaims: at least 3,000; up to 4,000; a value and a range between.
func openClaims() []ChartClaim {
	return []ChartClaim{
		ccClaim("o1", "Opposition statement", ccNum(3000), nil, app.QualAtLeast, app.InterestParty),
		ccClaim("o2", "Ministry of Health", nil, ccNum(4000), app.QualAtMost, app.InterestGovernment),
		ccClaim("o3", "Red Cross", ccNum(3500), nil, app.QualApproximate, app.InterestIndependent),
		ccClaim("o4", "Affiliated broadcaster", ccNum(2500), ccNum(5000), app.QualRange, app.InterestAffiliated),
		ccClaim("o5", "Unverified account", nil, nil, "", app.InterestUnknown),
	}
}

// denialClaims: zero beside values a thousandfold apart, so zero sits in
// the log axis's own slot.
func denialClaims() []ChartClaim {
	return []ChartClaim{
		ccClaim("d1", "Army statement: nobody was hurt", ccNum(0), nil, app.QualExact, app.InterestGovernment),
		ccClaim("d2", "Hospital records", ccNum(12), nil, app.QualExact, app.InterestIndependent),
		ccClaim("d3", "Activist network", ccNum(3000), nil, app.QualApproximate, app.InterestParty),
		ccClaim("d4", "Exile media", ccNum(50000), nil, app.QualAtLeast, app.InterestAffiliated),
	}
}

func chartGolden(t *testing.T, name string, claims []ChartClaim, unit string, wantLog bool) *ClaimChart {
	t.Helper()
	newLightApp(t)
	c := NewClaimChart()
	c.SetClaims(claims)
	c.SetUnit(unit)
	if c.Logarithmic() != wantLog {
		t.Errorf("Logarithmic() = %v, want %v", c.Logarithmic(), wantLog)
	}
	w := showAlone(t, c, 760, c.MinSize().Height)
	test.AssertImageMatches(t, name, w.Canvas().Capture())
	return c
}

func TestClaimChartSpreadGolden(t *testing.T) {
	chartGolden(t, "claimchart_spread.png", spreadClaims(), "people injured", false)
}

func TestClaimChartLogGolden(t *testing.T) {
	chartGolden(t, "claimchart_log.png", logClaims(), "people displaced", true)
}

func TestClaimChartOpenGolden(t *testing.T) {
	chartGolden(t, "claimchart_open.png", openClaims(), "people detained", false)
}

func TestClaimChartDenialGolden(t *testing.T) {
	chartGolden(t, "claimchart_denial.png", denialClaims(), "casualties", true)
}

func TestClaimChartSelectedGolden(t *testing.T) {
	newLightApp(t)
	c := NewClaimChart()
	c.SetClaims(spreadClaims())
	c.Select("c3")
	w := showAlone(t, c, 760, c.MinSize().Height)
	test.AssertImageMatches(t, "claimchart_selected.png", w.Canvas().Capture())
}

func TestClaimChartEmpty(t *testing.T) {
	newLightApp(t)
	c := NewClaimChart()
	w := showAlone(t, c, 400, c.MinSize().Height)
	w.Canvas().Capture()
	test.TapAt(c, fyne.NewPos(100, 40))
	if c.Selected() != "" {
		t.Errorf("Selected() = %q on an empty chart", c.Selected())
	}
	c.SetClaims([]ChartClaim{ccClaim("x", "", nil, nil, "", "")})
	w.Canvas().Capture()
}

func TestClaimChartTapSelects(t *testing.T) {
	newLightApp(t)
	c := NewClaimChart()
	c.SetClaims(spreadClaims())
	showAlone(t, c, 760, c.MinSize().Height)
	var got []string
	c.OnSelected = func(id string) { got = append(got, id) }
	for i, cl := range spreadClaims() {
		// Tap on the row's mark: the middle of the row, at the value.
		y := c.r.rowsTop + c.r.rowH*(float32(i)+0.5)
		x := c.r.px(c.r.marks[i].From)
		test.TapAt(c, fyne.NewPos(x, y))
		if len(got) != i+1 || got[i] != cl.ID {
			t.Fatalf("tap on %s's mark: OnSelected got %v", cl.ID, got)
		}
		if c.Selected() != cl.ID {
			t.Errorf("Selected() = %q, want %s", c.Selected(), cl.ID)
		}
	}
	test.TapAt(c, fyne.NewPos(10, 2)) // the legend
	if len(got) != 5 {
		t.Errorf("tap on the legend selected %v", got[5:])
	}
	c.OnSelected = func(id string) { t.Errorf("Select called OnSelected(%q)", id) }
	c.Select("c1")
	if c.Selected() != "c1" {
		t.Errorf("Select(c1): Selected() = %q", c.Selected())
	}
	c.SetClaims(spreadClaims()[1:]) // selection survives when its claim does
	if c.Selected() != "" {
		t.Errorf("after removing c1, Selected() = %q", c.Selected())
	}
}

func TestChartRowText(t *testing.T) {
	tests := []struct {
		low, high *float64
		q         app.Qualifier
		text      string
		lo, hi    float64
	}{
		{ccNum(36), nil, app.QualApproximate, "~36", 36, 36},
		{ccNum(3000), nil, app.QualAtLeast, "≥ 3,000", 3000, 3000},
		{ccNum(3000), nil, "", "≥ 3,000", 3000, 3000},
		{nil, ccNum(4000), app.QualAtMost, "≤ 4,000", 4000, 4000},
		{nil, ccNum(4000), "", "≤ 4,000", 4000, 4000},
		{ccNum(60), ccNum(40), app.QualRange, "40–60", 40, 60},
		{ccNum(7), ccNum(7), app.QualRange, "7", 7, 7},
		{ccNum(0), nil, app.QualExact, "0", 0, 0},
		{nil, nil, app.QualExact, "no number", 0, 0},
		{ccNum(1.5), ccNum(2.25), app.QualApproximate, "~1.5–2.25", 1.5, 2.25},
		{ccNum(2500000), nil, app.QualExact, "2.5 million", 2500000, 2500000},
		{ccNum(math.NaN()), ccNum(math.Inf(1)), app.QualRange, "no number", 0, 0},
	}
	for _, tt := range tests {
		row := newChartRow(tt.low, tt.high, string(tt.q))
		if row.text != tt.text || row.lo != tt.lo || row.hi != tt.hi {
			t.Errorf("newChartRow(%v, %v, %q) = %q %v–%v, want %q %v–%v",
				ccPtr(tt.low), ccPtr(tt.high), tt.q, row.text, row.lo, row.hi, tt.text, tt.lo, tt.hi)
		}
	}
}

func ccPtr(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

func benchClaims(n int) []ChartClaim {
	out := make([]ChartClaim, n)
	for i := range out {
		v := float64(10 + (i*7919)%50000)
		c := ChartClaim{ID: fmt.Sprintf("c%d", i), Label: fmt.Sprintf("Source number %d", i), Interest: app.Interests[i%5]}
		switch i % 5 {
		case 0:
			c.Low, c.Qualifier = ccNum(v), app.QualExact
		case 1:
			c.Low, c.Qualifier = ccNum(v), app.QualApproximate
		case 2:
			c.Low, c.High, c.Qualifier = ccNum(v), ccNum(v*1.5), app.QualRange
		case 3:
			c.Low, c.Qualifier = ccNum(v), app.QualAtLeast
		default:
			c.High, c.Qualifier = ccNum(v), app.QualAtMost
		}
		out[i] = c
	}
	return out
}

// BenchmarkClaimChartLayout lays out 300 claims, as a resize does.
func BenchmarkClaimChartLayout(b *testing.B) {
	newLightApp(b)
	c := NewClaimChart()
	c.SetClaims(benchClaims(300))
	showAlone(b, c, 900, c.MinSize().Height)
	size := c.Size()
	c.r.Layout(size)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.r.Layout(size.AddWidthHeight(float32(i%2), 0))
	}
}

// TestClaimChartOddInput draws claims with odd numbers without panicking.
func TestClaimChartOddInput(t *testing.T) {
	newLightApp(t)
	c := NewClaimChart()
	c.SetClaims([]ChartClaim{
		ccClaim("nan", "NaN", ccNum(math.NaN()), nil, app.QualExact, app.InterestIndependent),
		ccClaim("inf", "Inf", ccNum(math.Inf(1)), ccNum(math.Inf(-1)), app.QualRange, app.InterestParty),
		ccClaim("neg", "Negative", ccNum(-50), nil, app.QualExact, "something else"),
		ccClaim("huge", "Huge", ccNum(1e300), nil, app.QualAtLeast, app.InterestGovernment),
		ccClaim("tiny", "Tiny", ccNum(1e-300), nil, app.QualApproximate, app.InterestAffiliated),
		ccClaim("", "", nil, ccNum(0), app.QualAtMost, app.InterestUnknown),
	})
	w := showAlone(t, c, 500, c.MinSize().Height)
	w.Canvas().Capture()
	for _, size := range []fyne.Size{{Width: 1, Height: 1}, {Width: 80, Height: 30}, {Width: 2000, Height: 400}} {
		w.Resize(size)
		w.Canvas().Capture()
	}
}

// TestClaimChartNarrowGolden: at a narrow width the legend wraps.
func TestClaimChartNarrowGolden(t *testing.T) {
	newLightApp(t)
	c := NewClaimChart()
	c.SetClaims(openClaims())
	w := showAlone(t, c, 420, 200)
	w.Resize(fyne.NewSize(420, c.MinSize().Height))
	test.AssertImageMatches(t, "claimchart_narrow.png", w.Canvas().Capture())
}
