package exchange

import (
	"strconv"
	"strings"
)

// keptExactly reports whether the JSON number s and the float64 f read
// from it are the same number when both are written in decimal: f written
// the shortest way that reads back as f must name the value s names. It
// is false for 1e-400 (read as 0), 9007199254740993 (read as …992) and a
// 39-digit integer (rounded), and true for 0.1, 1.50 or 2e3.
func keptExactly(s string, f float64) bool {
	d1, e1, ok1 := decimalKey(s)
	d2, e2, ok2 := decimalKey(strconv.FormatFloat(f, 'e', -1, 64))
	return ok1 && ok2 && d1 == d2 && e1 == e2
}

// decimalKey writes the decimal number s (JSON syntax, sign ignored) as
// its significant digits without leading or trailing zeros and the
// exponent of the last one: "120.50" → ("1205", -1); zero → ("", 0).
func decimalKey(s string) (digits string, exp int, ok bool) {
	s = strings.TrimPrefix(s, "-")
	mant, expText, hasExp := strings.Cut(strings.ToLower(s), "e")
	if hasExp {
		e, err := strconv.Atoi(strings.TrimPrefix(expText, "+"))
		if err != nil || e > 1<<20 || e < -(1<<20) {
			return "", 0, false
		}
		exp = e
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	all := intPart + frac
	for _, c := range all {
		if c < '0' || c > '9' {
			return "", 0, false
		}
	}
	exp -= len(frac)
	all = strings.TrimLeft(all, "0")
	trimmed := strings.TrimRight(all, "0")
	exp += len(all) - len(trimmed)
	if trimmed == "" {
		return "", 0, true
	}
	return trimmed, exp, true
}
