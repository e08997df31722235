package app

import (
	"fmt"
	"sort"
	"strings"

	"casefile/app/edtf"
	"casefile/app/quantity"
)

// Amount writes a claim's numbers as a short phrase ("about 100", "at least
// 3,000", "30,000–60,000"), or "" when the claim has no numbers.
func (c *Claim) Amount() string {
	return quantity.Format(c.Low, c.High, c.Qualifier)
}

// Bounds returns the lowest and highest value a claim allows; an open end
// takes the other bound. ok is false for a claim without numbers.
func (c *Claim) Bounds() (lo, hi float64, ok bool) {
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

// FigureStats sums up a figure's claims for its list row.
type FigureStats struct {
	Claims      int     // number of claims
	Numeric     int     // claims that give numbers
	Low, High   float64 // the lowest and highest value claimed (when Numeric > 0)
	Independent bool    // an independent source supports a value
}

// Stats sums up the claims of f; d supplies the sources' interests.
func (d *CaseData) Stats(f *Figure) FigureStats {
	st := FigureStats{Claims: len(f.Claims)}
	for i := range f.Claims {
		c := &f.Claims[i]
		lo, hi, ok := c.Bounds()
		if !ok {
			continue
		}
		if st.Numeric == 0 || lo < st.Low {
			st.Low = lo
		}
		if st.Numeric == 0 || hi > st.High {
			st.High = hi
		}
		st.Numeric++
		if s := d.SourceByID(c.Source); s != nil && s.Interest == InterestIndependent {
			st.Independent = true
		}
	}
	return st
}

// RangeText writes the range of a figure's claimed values for its list
// row: "0 – about 100", "about 36", "0 – at least 3,000". Each end says
// "about", "at least" or "up to" when the claim giving it does; st is
// d.Stats(f). It is "" when no claim gives a number.
func (f *Figure) RangeText(st FigureStats) string {
	if st.Numeric == 0 {
		return ""
	}
	var loQ, hiQ Qualifier
	loSet, hiSet := false, false
	for i := range f.Claims {
		c := &f.Claims[i]
		lo, hi, ok := c.Bounds()
		if !ok {
			continue
		}
		if q := c.endQualifier(true); lo == st.Low && (!loSet || endRank(q) < endRank(loQ)) {
			loQ, loSet = q, true
		}
		if q := c.endQualifier(false); hi == st.High && (!hiSet || endRank(q) < endRank(hiQ)) {
			hiQ, hiSet = q, true
		}
	}
	lo, hi := st.Low, st.High
	if lo == hi {
		q := loQ
		if hiQ == QualAtLeast || hiQ == QualAtMost {
			q = hiQ
		}
		return quantity.Format(&lo, &hi, q)
	}
	return endText(lo, loQ) + " – " + endText(hi, hiQ)
}

// endQualifier is how a claim qualifies the end of the range it gives:
// "about" for an approximate claim, "at least" for an open top, "up to"
// for an open bottom; other ends are exact.
func (c *Claim) endQualifier(low bool) Qualifier {
	switch {
	case c.Qualifier == QualApproximate:
		return QualApproximate
	case !low && c.High == nil && c.Qualifier != QualExact:
		return QualAtLeast
	case low && c.Low == nil && c.Qualifier != QualExact:
		return QualAtMost
	}
	return QualExact
}

// endRank prefers, among claims giving the same end, an exact one, then an
// open one, then an approximate one.
func endRank(q Qualifier) int {
	switch q {
	case QualExact:
		return 0
	case QualAtLeast, QualAtMost:
		return 1
	}
	return 2
}

// endText writes one end of a range with its qualifier.
func endText(v float64, q Qualifier) string {
	if q != QualApproximate && q != QualAtLeast && q != QualAtMost {
		q = QualExact
	}
	if q == QualAtMost {
		return quantity.Format(nil, &v, q)
	}
	return quantity.Format(&v, nil, q)
}

// ClaimWho names who makes a claim, for summaries and tables: the
// claimant's name when there is one, else the source's publisher or title.
func (d *CaseData) ClaimWho(c *Claim) string {
	if c.Claimant != "" {
		if n := d.ActorName(c.Claimant); n != "" {
			return n
		}
	}
	if s := d.SourceByID(c.Source); s != nil {
		if s.Publisher != "" {
			return s.Publisher
		}
		return s.Title
	}
	return "unknown source"
}

func (d *CaseData) claimInterest(c *Claim) Interest {
	if s := d.SourceByID(c.Source); s != nil && s.Interest != "" {
		return s.Interest
	}
	return InterestUnknown
}

// FigureSummary writes a one-line summary of a figure's claims, for
// example "Claims range from 0 (Albanian Ministry of Interior, government)
// to about 100 (NCRI, party); the only independent report gives about 36."
// It says plainly when every claim comes from a party to the dispute and
// when the claims agree. The analyst may replace it with their own line.
func (d *CaseData) FigureSummary(f *Figure) string {
	var numeric []*Claim
	for i := range f.Claims {
		if _, _, ok := f.Claims[i].Bounds(); ok {
			numeric = append(numeric, &f.Claims[i])
		}
	}
	switch {
	case len(f.Claims) == 0:
		return "No claims recorded yet."
	case len(numeric) == 0:
		return fmt.Sprintf("%s, none with a number.", Plural(len(f.Claims), "claim"))
	}
	who := func(c *Claim) string {
		return fmt.Sprintf("%s (%s, %s)", c.Amount(), d.ClaimWho(c), d.claimInterest(c).Words())
	}
	var b strings.Builder
	agreeing := len(numeric) > 1 && agree(numeric)
	if len(numeric) == 1 {
		fmt.Fprintf(&b, "One claim gives a number: %s", who(numeric[0]))
	} else if agreeing {
		fmt.Fprintf(&b, "All %d claims agree: %s", len(numeric), numeric[0].Amount())
	} else {
		lo, hi := numeric[0], numeric[0]
		for _, c := range numeric[1:] {
			cl, _, _ := c.Bounds()
			ll, _, _ := lo.Bounds()
			if cl < ll {
				lo = c
			}
			_, ch, _ := c.Bounds()
			_, hh, _ := hi.Bounds()
			if ch > hh {
				hi = c
			}
		}
		fmt.Fprintf(&b, "Claims range from %s to %s", who(lo), who(hi))
	}
	var indep []string
	parties := 0
	for _, c := range numeric {
		switch d.claimInterest(c) {
		case InterestIndependent:
			indep = append(indep, c.Amount())
		case InterestParty, InterestGovernment, InterestAffiliated:
			parties++
		}
	}
	switch {
	case parties == len(numeric):
		b.WriteString("; every claim comes from a party to the dispute")
	case agreeing && len(indep) > 0:
		fmt.Fprintf(&b, "; %d of them from an independent source", len(indep))
	case len(indep) == len(numeric) && len(numeric) > 1:
		b.WriteString("; every claim comes from an independent source")
	case len(indep) == 1 && len(numeric) > 1:
		b.WriteString("; the only independent report gives " + indep[0])
	case len(indep) > 1:
		b.WriteString("; independent reports give " + JoinAnd(indep))
	case len(indep) == 0:
		b.WriteString("; no independent source gives a number")
	}
	if n := len(f.Claims) - len(numeric); n > 0 {
		fmt.Fprintf(&b, "; %s without a number", Plural(n, "claim"))
	}
	b.WriteString(".")
	return b.String()
}

// agree reports whether all claims give the same numbers.
func agree(cs []*Claim) bool {
	l0, h0, _ := cs[0].Bounds()
	for _, c := range cs[1:] {
		l, h, _ := c.Bounds()
		if l != l0 || h != h0 {
			return false
		}
	}
	return true
}

// SortEvents orders events as the timeline shows them: by earliest possible
// instant, then latest, then title. Events with an unreadable date go last.
func SortEvents(events []Event) {
	type key struct {
		d  edtf.Date
		ok bool
	}
	keys := make(map[string]key, len(events))
	for _, e := range events {
		d, err := edtf.Parse(e.Date.EDTF)
		keys[e.ID] = key{d, err == nil}
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := keys[events[i].ID], keys[events[j].ID]
		if a.ok != b.ok {
			return a.ok
		}
		if c := edtf.Compare(a.d, b.d); c != 0 {
			return c < 0
		}
		return events[i].Title < events[j].Title
	})
}
