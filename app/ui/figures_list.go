package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/quantity"
)

// The words of the figure list's support marker, beside its icon, so that
// the mark does not rest on colour alone.
const (
	supportYes = "independent support"
	supportNo  = "no independent source"
)

// figureListDetail is what a figure's row in the list says under its
// question: how many claims and the range they span ("3 claims · 0 – about
// 100"), and on a third line whether an independent source supports a
// value ("independent support" or "no independent source"; empty while no
// claim gives a number). indep is the same for the row's icon.
func figureListDetail(d *app.CaseData, f *app.Figure) (detail, support string, indep bool) {
	st := d.Stats(f)
	detail = claimCount(st.Claims)
	if st.Claims == 0 {
		return detail, "", false
	}
	if st.Numeric == 0 {
		return detail + " · none with a number", supportNo, false
	}
	detail += " · " + figureRange(f, st)
	if st.Independent {
		return detail, supportYes, true
	}
	return detail, supportNo, false
}

// figureRange writes the range of the claims' values: "0 – about 100",
// "about 36", "0 – at least 3,000". The ends say "about", "at least" or
// "up to" when the claim that gives them does.
func figureRange(f *app.Figure, st app.FigureStats) string {
	var loQ, hiQ app.Qualifier
	loSet, hiSet := false, false
	for i := range f.Claims {
		c := &f.Claims[i]
		lo, hi, ok := claimBounds(c)
		if !ok {
			continue
		}
		if q := endQualifier(c, true); lo == st.Low && (!loSet || endRank(q) < endRank(loQ)) {
			loQ, loSet = q, true
		}
		if q := endQualifier(c, false); hi == st.High && (!hiSet || endRank(q) < endRank(hiQ)) {
			hiQ, hiSet = q, true
		}
	}
	lo, hi := st.Low, st.High
	if lo == hi {
		q := loQ
		if hiQ == app.QualAtLeast || hiQ == app.QualAtMost {
			q = hiQ
		}
		return quantity.Format(&lo, &hi, q)
	}
	return endText(lo, loQ) + " – " + endText(hi, hiQ)
}

// claimBounds returns the lowest and highest value a claim allows; an open
// end takes the other bound. ok is false for a claim without numbers.
func claimBounds(c *app.Claim) (lo, hi float64, ok bool) {
	switch {
	case c.Low == nil && c.High == nil:
		return 0, 0, false
	case c.Low == nil:
		return *c.High, *c.High, true
	case c.High == nil:
		return *c.Low, *c.Low, true
	}
	return *c.Low, *c.High, true
}

// endQualifier is how a claim qualifies the end of the range it gives:
// "about" for an approximate claim, "at least" for an open top, "up to"
// for an open bottom; other ends are exact.
func endQualifier(c *app.Claim, low bool) app.Qualifier {
	switch {
	case c.Qualifier == app.QualApproximate:
		return app.QualApproximate
	case !low && c.High == nil && c.Qualifier != app.QualExact:
		return app.QualAtLeast
	case low && c.Low == nil && c.Qualifier != app.QualExact:
		return app.QualAtMost
	}
	return app.QualExact
}

// endRank prefers, among claims giving the same end, an exact one, then an
// open one, then an approximate one.
func endRank(q app.Qualifier) int {
	switch q {
	case app.QualExact:
		return 0
	case app.QualAtLeast, app.QualAtMost:
		return 1
	}
	return 2
}

// endText writes one end of a range with its qualifier.
func endText(v float64, q app.Qualifier) string {
	if q != app.QualApproximate && q != app.QualAtLeast && q != app.QualAtMost {
		q = app.QualExact
	}
	if q == app.QualAtMost {
		return quantity.Format(nil, &v, q)
	}
	return quantity.Format(&v, nil, q)
}

// figureSupportIcon marks a figure's row: a tick where an independent
// source supports a value, a question mark where none does.
// The icons are made on first use, not at start-up: the theme's icons need
// a running Fyne app, which the command line never starts.
func figureSupportIcon(indep bool) fyne.Resource {
	if indep {
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return theme.NewDisabledResource(theme.QuestionIcon())
}
