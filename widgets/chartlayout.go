package widgets

// The claim chart's axis (linear from zero, or logarithmic with a zero slot
// when values span more than a hundredfold), its ticks, number formats and
// the placing of marks come from casefile/app/chartlayout, shared with the
// PDF briefing so that both draw the same chart. This file adds what only
// the window shows: the value written at each row's end and the numbers
// behind a mark (for the tolerance whiskers of approximate values). It is
// pure (standard library and app/chartlayout only).

import (
	"math"

	"casefile/app/chartlayout"
)

// approxTolerance is the ± fraction drawn as whiskers on approximate values.
const approxTolerance = 0.1

// chartRow is one claim prepared for drawing: what the layout needs, the
// numbers it stands for (lo == hi for one value or an open-ended bound),
// and the value text at the row's end.
type chartRow struct {
	claim  chartlayout.Claim
	lo, hi float64
	text   string
}

func finiteOrNil(p *float64) *float64 {
	if p == nil || math.IsNaN(*p) || math.IsInf(*p, 0) {
		return nil
	}
	return p
}

// newChartRow prepares a claim. Its numbers are read as
// chartlayout.Place reads them, so that the text and the mark agree.
func newChartRow(low, high *float64, qual string) chartRow {
	low, high = finiteOrNil(low), finiteOrNil(high)
	row := chartRow{claim: chartlayout.Claim{Low: low, High: high, Qualifier: qual}}
	m := chartlayout.Place(chartlayout.Axis{Max: 1}, row.claim)
	pre := ""
	if m.Approximate {
		pre = "~"
	}
	f := chartlayout.FormatValue
	switch m.Kind {
	case chartlayout.NoValue:
		row.text = "no number"
	case chartlayout.AtMost:
		v := high
		if v == nil {
			v = low
		}
		row.lo, row.hi = *v, *v
		row.text = "≤ " + pre + f(*v)
	case chartlayout.AtLeast:
		row.lo, row.hi = *low, *low
		row.text = "≥ " + pre + f(*low)
	case chartlayout.Point:
		row.lo, row.hi = *low, *low
		row.text = pre + f(*low)
	default:
		row.lo, row.hi = *low, *high
		if row.hi < row.lo {
			row.lo, row.hi = row.hi, row.lo
		}
		row.text = pre + f(row.lo) + "–" + f(row.hi)
	}
	return row
}

// chartValues returns every number the rows give, for chartlayout.NewAxis.
func chartValues(rows []chartRow, buf []float64) []float64 {
	buf = buf[:0]
	for _, r := range rows {
		if r.claim.Low != nil {
			buf = append(buf, *r.claim.Low)
		}
		if r.claim.High != nil {
			buf = append(buf, *r.claim.High)
		}
	}
	return buf
}
