// Package ach is the arithmetic of Analysis of Competing Hypotheses: the
// ratings of a matrix of evidence rows against hypotheses, the weighted
// inconsistency score of each hypothesis, the order from least to most
// inconsistent, each row's diagnosticity, and which rows the result is
// sensitive to. It knows nothing of cases, sources or windows; the domain
// (package app) maps its items onto these numbers. Standard library only.
package ach

import (
	"math"
	"sort"
)

// Rating is how one evidence row bears on one hypothesis.
type Rating string

// The ratings, from very consistent to very inconsistent, not applicable,
// and not yet rated ("").
const (
	Unrated          Rating = ""
	VeryConsistent   Rating = "CC"
	Consistent       Rating = "C"
	Neutral          Rating = "N"
	Inconsistent     Rating = "I"
	VeryInconsistent Rating = "II"
	NotApplicable    Rating = "NA"
)

// Ratings lists the six ratings in the order a rating control offers them.
var Ratings = []Rating{VeryConsistent, Consistent, Neutral, Inconsistent, VeryInconsistent, NotApplicable}

// Valid reports whether r is one of the six ratings or Unrated.
func (r Rating) Valid() bool {
	switch r {
	case Unrated, VeryConsistent, Consistent, Neutral, Inconsistent, VeryInconsistent, NotApplicable:
		return true
	}
	return false
}

// Inconsistency is what the rating counts towards a hypothesis's
// inconsistency score: I counts 1, II counts 2, every other rating 0.
func (r Rating) Inconsistency() int {
	switch r {
	case Inconsistent:
		return 1
	case VeryInconsistent:
		return 2
	}
	return 0
}

// Applies reports whether the rating says something about the hypothesis:
// false for NA and for a cell not yet rated.
func (r Rating) Applies() bool { return r != Unrated && r != NotApplicable }

// position places a rating on the line from very consistent (-2) to very
// inconsistent (+2), for diagnosticity.
func (r Rating) position() int {
	switch r {
	case VeryConsistent:
		return -2
	case Consistent:
		return -1
	case Inconsistent:
		return 1
	case VeryInconsistent:
		return 2
	}
	return 0
}

// Words says the rating as a legend does: "very consistent".
func (r Rating) Words() string {
	switch r {
	case VeryConsistent:
		return "very consistent"
	case Consistent:
		return "consistent"
	case Neutral:
		return "neutral"
	case Inconsistent:
		return "inconsistent"
	case VeryInconsistent:
		return "very inconsistent"
	case NotApplicable:
		return "not applicable"
	}
	return "not rated"
}

// Mark is the rating's symbol in a matrix cell, on screen and on paper,
// so that a rating never rests on colour alone: "++", "+", "0", "−", "−−",
// "n/a", and "·" for a cell not rated.
func (r Rating) Mark() string {
	switch r {
	case VeryConsistent:
		return "++"
	case Consistent:
		return "+"
	case Neutral:
		return "0"
	case Inconsistent:
		return "−"
	case VeryInconsistent:
		return "−−"
	case NotApplicable:
		return "n/a"
	}
	return "·"
}

// Level is a row's credibility or relevance.
type Level string

// The levels. An empty Level means "the default" to the domain.
const (
	High   Level = "high"
	Medium Level = "medium"
	Low    Level = "low"
)

// Levels lists the levels from high to low.
var Levels = []Level{High, Medium, Low}

// Weight is the level's weight in the weighted inconsistency score, the
// weights PARC ACH 2.0 uses: High √2, Medium 1, Low 1/√2. Any other value
// weighs as Medium.
func (l Level) Weight() float64 {
	switch l {
	case High:
		return math.Sqrt2
	case Low:
		return 1 / math.Sqrt2
	}
	return 1
}

// Row is one evidence row: its rating for each hypothesis (by column) and
// its weight, the product of its credibility and relevance weights.
type Row struct {
	Ratings []Rating
	Weight  float64
}

// NewRow makes a row with the weight of credibility times relevance.
func NewRow(ratings []Rating, credibility, relevance Level) Row {
	return Row{Ratings: ratings, Weight: credibility.Weight() * relevance.Weight()}
}

// Score is one hypothesis's scores.
type Score struct {
	// Inconsistency is the sum of the rows' counts (I 1, II 2).
	Inconsistency int
	// Weighted is the sum of each row's count times the row's weight.
	Weighted float64
}

// Scores computes the scores of n hypotheses over rows. A row with fewer
// ratings than n counts nothing for the missing columns.
func Scores(rows []Row, n int) []Score {
	s := make([]Score, n)
	for _, r := range rows {
		for h := 0; h < n && h < len(r.Ratings); h++ {
			c := r.Ratings[h].Inconsistency()
			s[h].Inconsistency += c
			s[h].Weighted += float64(c) * r.Weight
		}
	}
	return s
}

// tolerance is how close two weighted scores are to count as equal: sums of
// √2 multiples differ by rounding only far below it.
const tolerance = 1e-9

// Order returns the hypotheses' columns from least to most inconsistent by
// weighted score, then by plain score; ties keep column order.
func Order(scores []Score) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := scores[idx[a]], scores[idx[b]]
		if math.Abs(sa.Weighted-sb.Weighted) > tolerance {
			return sa.Weighted < sb.Weighted
		}
		return sa.Inconsistency < sb.Inconsistency
	})
	return idx
}

// Least returns the columns with the least weighted inconsistency (more
// than one when they tie), in column order; none for no hypotheses.
func Least(scores []Score) []int {
	var out []int
	best := math.Inf(1)
	for h, s := range scores {
		switch {
		case s.Weighted < best-tolerance:
			best = s.Weighted
			out = []int{h}
		case math.Abs(s.Weighted-best) <= tolerance:
			out = append(out, h)
		}
	}
	return out
}

// Diagnostic reports whether a row tells the hypotheses apart: whether the
// ratings of the hypotheses it applies to (not NA, rated) are not all the
// same. A row that applies to fewer than two hypotheses is not diagnostic.
func Diagnostic(r Row) bool { return Spread(r) > 0 }

// Spread is a row's diagnosticity as a number: the distance, on the line
// from very consistent to very inconsistent, between its most and least
// consistent applicable ratings (0 to 4); 0 means non-diagnostic.
func Spread(r Row) int {
	lo, hi, n := 0, 0, 0
	for _, x := range r.Ratings {
		if !x.Applies() {
			continue
		}
		p := x.position()
		if n == 0 || p < lo {
			lo = p
		}
		if n == 0 || p > hi {
			hi = p
		}
		n++
	}
	if n < 2 {
		return 0
	}
	return hi - lo
}

// Sensitive reports, for each row, whether leaving it out would change
// which hypotheses are least inconsistent: the rows a conclusion drawn from
// the matrix stands on.
func Sensitive(rows []Row, n int) []bool {
	total := Scores(rows, n)
	base := Least(total)
	out := make([]bool, len(rows))
	without := make([]Score, n)
	for i, r := range rows {
		copy(without, total)
		touches := false
		for h := 0; h < n && h < len(r.Ratings); h++ {
			c := r.Ratings[h].Inconsistency()
			if c == 0 {
				continue
			}
			touches = true
			without[h].Inconsistency -= c
			without[h].Weighted -= float64(c) * r.Weight
		}
		if touches { // a row that counts nothing cannot change the scores
			out[i] = !sameInts(base, Least(without))
		}
	}
	return out
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
