package chartlayout

import (
	"math"
	"testing"
)

func f(v float64) *float64 { return &v }

func TestLinearAxisStartsAtZero(t *testing.T) {
	a := NewAxis([]float64{40, 100, 120}, 8)
	if a.Log {
		t.Fatal("values within a hundredfold should give a linear axis")
	}
	if a.Min != 0 || a.Ticks[0].Value != 0 || a.Ticks[0].Pos != 0 {
		t.Errorf("zero is not at the left: %+v", a)
	}
	if a.Max < 120 {
		t.Errorf("max %v below the largest value", a.Max)
	}
	if len(a.Ticks) > 8 {
		t.Errorf("%d ticks, want at most 8", len(a.Ticks))
	}
	for i := 1; i < len(a.Ticks); i++ {
		if a.Ticks[i].Pos <= a.Ticks[i-1].Pos {
			t.Errorf("ticks not increasing: %+v", a.Ticks)
		}
	}
	if got := a.Ticks[len(a.Ticks)-1].Pos; got != 1 {
		t.Errorf("last tick at %v, want 1", got)
	}
	if a.Pos(120) > 1-Headroom/2 {
		t.Errorf("no headroom: the largest value sits at %v", a.Pos(120))
	}
}

func TestLogAxisWhenSpanOverHundredfold(t *testing.T) {
	a := NewAxis([]float64{0, 3, 1000, 3000}, 10)
	if !a.Log {
		t.Fatal("values spanning 1000× should give a log axis")
	}
	if a.Min != 1 || a.Max != 10000 {
		t.Errorf("log range %v–%v, want 1–10,000", a.Min, a.Max)
	}
	if b := NewAxis([]float64{1, 9e6}, 10); b.Max <= 9e6*1.2 || b.Max >= 1e8 {
		t.Errorf("log axis to 9 million ends at %v", b.Max)
	}
	if a.Ticks[0].Label != "0" || a.Ticks[0].Pos != 0 {
		t.Errorf("zero tick missing: %+v", a.Ticks[0])
	}
	if p := a.Pos(1); math.Abs(p-ZeroSlot) > 1e-9 {
		t.Errorf("Pos(Min) = %v, want %v", p, ZeroSlot)
	}
	if p := a.Pos(0); p != 0 {
		t.Errorf("Pos(0) = %v", p)
	}
	if a.BreakPos() <= 0 || a.BreakPos() >= ZeroSlot {
		t.Errorf("break at %v", a.BreakPos())
	}
	// Exactly a hundredfold stays linear.
	if NewAxis([]float64{1, 100}, 6).Log {
		t.Error("exactly 100× should stay linear")
	}
}

func TestLogTicksThinned(t *testing.T) {
	a := NewAxis([]float64{1, 1e9}, 4)
	if len(a.Ticks) > 4 {
		t.Errorf("%d ticks, want at most 4: %+v", len(a.Ticks), a.Ticks)
	}
}

func TestPlace(t *testing.T) {
	a := NewAxis([]float64{0, 100}, 6)
	cases := []struct {
		c    Claim
		kind Kind
	}{
		{Claim{Low: f(50), High: f(50), Qualifier: QualExact}, Point},
		{Claim{Low: f(50), High: f(50), Qualifier: QualApproximate}, Point},
		{Claim{Low: f(20), High: f(60), Qualifier: QualRange}, Range},
		{Claim{Low: f(20), Qualifier: QualAtLeast}, AtLeast},
		{Claim{Low: f(20)}, AtLeast},
		{Claim{High: f(70), Qualifier: QualAtMost}, AtMost},
		{Claim{}, NoValue},
	}
	for _, tc := range cases {
		m := Place(a, tc.c)
		if m.Kind != tc.kind {
			t.Errorf("%+v: kind %v, want %v", tc.c, m.Kind, tc.kind)
		}
		if m.From > m.To {
			t.Errorf("%+v: From %v > To %v", tc.c, m.From, m.To)
		}
	}
	if m := Place(a, Claim{Low: f(20), Qualifier: QualAtLeast}); m.To != 1 {
		t.Errorf("at-least arrow should reach the right edge: %+v", m)
	}
	if m := Place(a, Claim{High: f(70), Qualifier: QualAtMost}); m.From != 0 {
		t.Errorf("up-to arrow should reach zero: %+v", m)
	}
	if m := Place(a, Claim{Low: f(5), High: f(5), Qualifier: QualApproximate}); !m.Approximate {
		t.Error("approximate claim not flagged")
	}
}

func TestFormatValue(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 5: "5", 1000: "1,000", 2500: "2,500", 1234567: "1.235 million",
		1e6: "1 million", 2.5e9: "2.5 billion", 0.25: "0.25", 12345.5: "12,345.5",
	} {
		if got := FormatValue(v); got != want {
			t.Errorf("FormatValue(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestWholeNumbersGetWholeTicks(t *testing.T) {
	a := NewAxis([]float64{0, 1}, 10)
	for _, tk := range a.Ticks {
		if tk.Value != math.Trunc(tk.Value) {
			t.Errorf("tick %v for whole-number claims", tk.Value)
		}
	}
	if a.Max < 1.05 {
		t.Errorf("max %v leaves no headroom", a.Max)
	}
	if b := NewAxis([]float64{0.25, 0.5}, 6); b.Ticks[1].Value >= 0.5 {
		t.Errorf("fractional values should get fractional ticks: %+v", b.Ticks)
	}
}

func TestEmptyAndZeroOnly(t *testing.T) {
	for _, vs := range [][]float64{nil, {0}, {0, 0}} {
		a := NewAxis(vs, 5)
		if a.Log || a.Max <= 0 || a.Pos(0) != 0 {
			t.Errorf("%v: %+v", vs, a)
		}
	}
}
