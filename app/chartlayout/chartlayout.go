// Package chartlayout is the pure layout math of a claim-spread chart: the
// chart that puts every claim about a disputed figure on one value axis, a
// point for a single value, a bar for a range and an arrow for "at least" or
// "up to". It chooses the axis (linear from zero, or logarithmic when the
// values span more than a hundredfold, with a separate slot so that zero stays
// visible), its ticks and their labels, and the position of every mark as a
// fraction of the plot's width.
//
// It imports only the standard library, so that the PDF briefing
// (app/briefing) and the window's chart widget draw the same chart.
package chartlayout

import (
	"math"
	"strconv"
	"strings"
)

// LogThreshold is the ratio of the largest to the smallest positive value
// above which the axis is logarithmic.
const LogThreshold = 100

// ZeroSlot is the fraction of a logarithmic axis's width given to zero, at
// the left, before the axis break.
const ZeroSlot = 0.08

// The qualifiers of a claim, spelled as app.Qualifier spells them.
const (
	QualExact       = "exact"
	QualApproximate = "approximate"
	QualAtLeast     = "at-least"
	QualAtMost      = "at-most"
	QualRange       = "range"
)

// Claim is what the layout needs of one claim: its numbers and how they
// bound the value. Low and High may each be nil; both nil means the claim
// gives no number.
type Claim struct {
	Low       *float64 // nil when the claim gives no lower bound
	High      *float64 // nil when the claim gives no upper bound ("at least")
	Qualifier string   // one of the Qual constants; "" is read from the bounds
}

// Kind is the shape of a claim's mark.
type Kind string

// The shapes of a mark.
const (
	Point   Kind = "point"    // one value: a dot
	Range   Kind = "range"    // from Low to High: a bar with end caps
	AtLeast Kind = "at-least" // Low or more: a cap at Low and an arrow to the right
	AtMost  Kind = "at-most"  // up to High: a cap at High and an arrow to the left, down to zero
	NoValue Kind = "none"     // no number given: no mark
)

// Mark is where one claim is drawn. From and To are fractions of the plot's
// width (0 is the left edge, 1 the right), From <= To. A Point has From ==
// To; an AtLeast mark runs from its value (From) to the right edge (To = 1);
// an AtMost mark runs from zero (From) to its value (To).
type Mark struct {
	Kind        Kind
	Approximate bool    // the numbers are approximate ("some 100"): drawn hollow
	From, To    float64 // fractions of the plot's width
}

// Tick is one labelled value on the axis.
type Tick struct {
	Value float64
	Pos   float64 // fraction of the plot's width
	Label string  // the value as FormatValue writes it
}

// Axis is the value axis of a chart.
type Axis struct {
	// Log is true for a logarithmic axis. Zero then sits in a slot of
	// width ZeroSlot at the left, separated from Min by an axis break.
	Log bool
	// Min and Max are the values at the ends of the scale proper: 0 and a
	// round number for a linear axis; for a logarithmic one (whose Min is
	// at ZeroSlot, not at 0) a power of ten and the next power of ten
	// above the largest value, or a little more than that value.
	Min, Max float64
	Ticks    []Tick // in increasing order; a logarithmic axis starts with 0
}

// Pos returns the position of v on the axis as a fraction of its width,
// clamped to [0, 1]. On a logarithmic axis, zero (and anything at or below
// zero) is at 0 and values between zero and Min sit at the start of the
// scale proper.
func (a Axis) Pos(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	var p float64
	if a.Log {
		if v <= 0 {
			return 0
		}
		lo, hi := math.Log10(a.Min), math.Log10(a.Max)
		lv := math.Log10(v)
		if lv < lo {
			lv = lo
		}
		p = ZeroSlot + (1-ZeroSlot)*(lv-lo)/(hi-lo)
	} else {
		if a.Max <= a.Min {
			return 0
		}
		p = (v - a.Min) / (a.Max - a.Min)
	}
	return clamp01(p)
}

// BreakPos returns where the axis break is drawn on a logarithmic axis
// (between the zero slot and the scale proper), or -1 for a linear axis.
func (a Axis) BreakPos() float64 {
	if !a.Log {
		return -1
	}
	return ZeroSlot / 2
}

func clamp01(p float64) float64 {
	switch {
	case p < 0:
		return 0
	case p > 1:
		return 1
	}
	return p
}

// Values returns every number the claims give, for NewAxis.
func Values(claims []Claim) []float64 {
	var vs []float64
	for _, c := range claims {
		if c.Low != nil {
			vs = append(vs, *c.Low)
		}
		if c.High != nil {
			vs = append(vs, *c.High)
		}
	}
	return vs
}

// NewAxis chooses the axis for the values: linear from zero when the
// largest positive value is at most LogThreshold times the smallest,
// logarithmic otherwise. maxTicks bounds the number of labelled ticks (the
// caller derives it from the plot's width and the width of a label); it is
// at least 2. Negative and non-finite values are ignored.
func NewAxis(values []float64, maxTicks int) Axis {
	if maxTicks < 2 {
		maxTicks = 2
	}
	minPos, maxV := math.Inf(1), 0.0
	for _, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			continue
		}
		if v > 0 && v < minPos {
			minPos = v
		}
		if v > maxV {
			maxV = v
		}
	}
	if maxV > 0 && maxV/minPos > LogThreshold {
		return logAxis(minPos, maxV, maxTicks)
	}
	whole := true
	for _, v := range values {
		whole = whole && v == math.Trunc(v)
	}
	return linearAxis(maxV, maxTicks, whole)
}

// Headroom is how far beyond the largest value an axis reaches at least, as
// a fraction of that value, so that a mark at the largest value is not on
// the frame and an "at least" arrow from it has room to show.
const Headroom = 0.06

// linearAxis runs from zero to a round number above maxV. When every value
// is a whole number, so is every tick.
func linearAxis(maxV float64, maxTicks int, whole bool) Axis {
	if maxV <= 0 {
		maxV = 1
	}
	target := maxV * (1 + Headroom)
	// The smallest nice step that needs no more than maxTicks ticks
	// (counting the one at zero).
	step := niceStep(target / float64(maxTicks-1))
	if whole && step < 1 {
		step = 1
	}
	for math.Ceil(target/step-1e-9)+1 > float64(maxTicks) {
		step = niceStep(step * 1.01)
	}
	n := int(math.Ceil(target/step - 1e-9))
	if n < 1 {
		n = 1
	}
	a := Axis{Min: 0, Max: float64(n) * step}
	for i := 0; i <= n; i++ {
		v := float64(i) * step
		a.Ticks = append(a.Ticks, Tick{Value: v, Pos: a.Pos(v), Label: FormatValue(v)})
	}
	return a
}

// niceStep returns the smallest of 1, 2, 2.5 or 5 times a power of ten
// that is at least x.
func niceStep(x float64) float64 {
	if x <= 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return 1
	}
	e := math.Floor(math.Log10(x))
	p := math.Pow(10, e)
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= x*(1-1e-12) {
			return m * p
		}
	}
	return 10 * p
}

func logAxis(minPos, maxV float64, maxTicks int) Axis {
	lo := math.Floor(math.Log10(minPos) + 1e-12)
	hi := math.Ceil(math.Log10(maxV) - 1e-12)
	if hi <= lo {
		hi = lo + 1
	}
	// The axis ends at the next power of ten, or a little beyond the
	// largest value when that power is too close to it.
	top := math.Pow(10, hi)
	if top < maxV*(1+4*Headroom) {
		top = maxV * (1 + 6*Headroom)
	}
	a := Axis{Log: true, Min: math.Pow(10, lo), Max: top}
	a.Ticks = append(a.Ticks, Tick{Value: 0, Pos: 0, Label: "0"})
	decades := int(math.Floor(math.Log10(top)+1e-12) - lo)
	room := maxTicks - 1 // the zero tick takes one
	every := 1
	for (decades/every)+1 > room && every < decades {
		every++
	}
	for i := 0; i <= decades; i += every {
		v := math.Pow(10, lo+float64(i))
		a.Ticks = append(a.Ticks, Tick{Value: v, Pos: a.Pos(v), Label: FormatValue(v)})
	}
	// With few decades, 2 and 5 times each power of ten help the eye.
	if every == 1 && 3*decades+2 <= room {
		var more []Tick
		for i := 0; i < decades; i++ {
			for _, m := range []float64{2, 5} {
				v := m * math.Pow(10, lo+float64(i))
				more = append(more, Tick{Value: v, Pos: a.Pos(v), Label: FormatValue(v)})
			}
		}
		a.Ticks = mergeTicks(a.Ticks, more)
	}
	return a
}

// mergeTicks merges two lists of ticks sorted by value.
func mergeTicks(a, b []Tick) []Tick {
	out := make([]Tick, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || (i < len(a) && a[i].Value <= b[j].Value) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// Place returns the mark of one claim on the axis.
func Place(a Axis, c Claim) Mark {
	m := Mark{Approximate: c.Qualifier == QualApproximate}
	switch {
	case c.Low == nil && c.High == nil:
		m.Kind = NoValue
	case c.Qualifier == QualAtMost || (c.Low == nil && c.High != nil):
		hi := c.High
		if hi == nil {
			hi = c.Low
		}
		m.Kind = AtMost
		m.From, m.To = a.Pos(0), a.Pos(*hi)
	case c.Qualifier == QualAtLeast ||
		(c.High == nil && c.Qualifier != QualExact && c.Qualifier != QualApproximate):
		// An open high end means "at least", as app.Claim documents.
		m.Kind = AtLeast
		m.From, m.To = a.Pos(*c.Low), 1
	case c.High == nil || *c.High == *c.Low:
		m.Kind = Point
		m.From = a.Pos(*c.Low)
		m.To = m.From
	default:
		lo, hi := *c.Low, *c.High
		if hi < lo {
			lo, hi = hi, lo
		}
		m.Kind = Range
		m.From, m.To = a.Pos(lo), a.Pos(hi)
	}
	return m
}

// Layout chooses the axis for the claims and places each of them; the
// marks are in the claims' order.
func Layout(claims []Claim, maxTicks int) (Axis, []Mark) {
	a := NewAxis(Values(claims), maxTicks)
	marks := make([]Mark, len(claims))
	for i, c := range claims {
		marks[i] = Place(a, c)
	}
	return a, marks
}

// FormatValue writes a number for an axis label: digits grouped by
// thousands ("2,500"), millions and billions in words ("1.5 million"),
// fractions with at most three significant decimals ("0.25").
func FormatValue(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var s string
	switch {
	case v >= 1e9:
		s = trimFloat(v/1e9, 3) + " billion"
	case v >= 1e6:
		s = trimFloat(v/1e6, 3) + " million"
	case v == math.Trunc(v):
		s = GroupDigits(strconv.FormatFloat(v, 'f', 0, 64))
	default:
		s = trimFloat(v, 3)
		if i := strings.IndexByte(s, '.'); i >= 0 {
			s = GroupDigits(s[:i]) + s[i:]
		}
	}
	if neg {
		s = "−" + s
	}
	return s
}

// trimFloat writes v with at most prec decimals and no trailing zeros.
func trimFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// GroupDigits puts a comma between each group of three digits of a string
// of decimal digits: "1234567" becomes "1,234,567".
func GroupDigits(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	first := len(s) % 3
	if first > 0 {
		b.WriteString(s[:first])
	}
	for i := first; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
