package quantity

import (
	"math"
	"strconv"
	"strings"
)

// Format writes a claim's numbers as a short phrase: "100" (exact), "about
// 100" (approximate), "at least 3,000", "up to 4,000", "30,000–60,000"
// (range, with an en dash), "0". Numbers have comma thousands separators and
// as many decimals as they need ("1,234.5"). Read gives back the same numbers
// and qualifier for every phrase Format writes from a Read proposal.
//
// Bounds that do not fit the qualifier are written as they stand: an exact
// or approximate claim with two different bounds as a range ("about
// 30–60"), a range with one bound as "at least" or "up to"; an empty or
// unknown qualifier is inferred from the bounds. Format gives "" when both
// bounds are nil.
func Format(low, high *float64, q Qualifier) string {
	switch {
	case low == nil && high == nil:
		return ""
	case low == nil:
		if q == Exact {
			return formatNumber(*high)
		}
		if q == Approximate {
			return "about " + formatNumber(*high)
		}
		return "up to " + formatNumber(*high)
	case high == nil:
		if q == Exact {
			return formatNumber(*low)
		}
		if q == Approximate {
			return "about " + formatNumber(*low)
		}
		return "at least " + formatNumber(*low)
	}
	l, h := *low, *high
	same := l == h || (math.IsNaN(l) && math.IsNaN(h))
	switch q {
	case Exact:
		if same {
			return formatNumber(l)
		}
	case Approximate:
		if same {
			return "about " + formatNumber(l)
		}
		return "about " + formatNumber(l) + "–" + formatNumber(h)
	case AtLeast:
		return "at least " + formatNumber(l)
	case AtMost:
		return "up to " + formatNumber(h)
	case Range:
		return formatNumber(l) + "–" + formatNumber(h)
	}
	if same {
		return formatNumber(l)
	}
	return formatNumber(l) + "–" + formatNumber(h)
}

// formatNumber writes v with comma thousands separators and the shortest
// decimals that give v back. A fraction of exactly three digits after one to
// three integer digits gets a trailing zero ("1.2340"), so that Read does not
// take the point for a thousands separator.
func formatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	in, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && len(frac) == 3 && len(in) <= 3 && in != "0" {
		frac += "0"
	}
	var b strings.Builder
	b.WriteString(sign)
	for k := 0; k < len(in); k++ {
		if k > 0 && (len(in)-k)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(in[k])
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
