package itemedit

import (
	"strconv"
	"strings"

	"casefile/app"
)

// The words and numbers of a claim's fields, shared by the Disputed
// figures tab's claim rows and the reading view's New claim form.

// FormatNumber writes a claim's number for an entry ("" when unset).
func FormatNumber(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// ParseNumber reads a number typed into a claim's low or high field,
// allowing thousands separators ("3,000", "3 000"). Empty is unset.
func ParseNumber(field, s string) (*float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	clean := strings.NewReplacer(",", "", " ", "", "\u00a0", "", "\u202f", "", "_", "").Replace(s)
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return nil, app.FieldError(field, "“%s” is not a number; write it with digits, such as 3000 or 3,000.", s)
	}
	return &v, nil
}

// qualifierLabels are the qualifiers as a select shows them.
var qualifierLabels = map[app.Qualifier]string{
	"":                  "—",
	app.QualExact:       "exact",
	app.QualApproximate: "approximate",
	app.QualAtLeast:     "at least",
	app.QualAtMost:      "at most",
	app.QualRange:       "range",
}

// QualifierLabel is a qualifier as a select shows it ("—" for none).
func QualifierLabel(q app.Qualifier) string { return qualifierLabels[q] }

// QualifierOptions are a qualifier select's choices: none, then each
// qualifier in display order.
func QualifierOptions() []string {
	out := []string{qualifierLabels[""]}
	for _, q := range app.Qualifiers {
		out = append(out, qualifierLabels[q])
	}
	return out
}

// QualifierFromLabel is the qualifier a select's choice stands for.
func QualifierFromLabel(l string) app.Qualifier {
	for q, s := range qualifierLabels {
		if s == l {
			return q
		}
	}
	return ""
}
