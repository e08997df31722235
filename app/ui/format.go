package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/ui/kit"
)

// formatNumber writes a claim's number for an entry ("" when unset).
func formatNumber(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// parseNumber reads a number typed into a claim's low or high field,
// allowing thousands separators ("3,000", "3 000"). Empty is unset.
func parseNumber(field, s string) (*float64, error) {
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

func qualifierOptions() []string {
	out := []string{qualifierLabels[""]}
	for _, q := range app.Qualifiers {
		out = append(out, qualifierLabels[q])
	}
	return out
}

func qualifierFromLabel(l string) app.Qualifier {
	for q, s := range qualifierLabels {
		if s == l {
			return q
		}
	}
	return ""
}

// credibilityLabels are the Admiralty information-credibility grades as a
// select lists them, "— not graded" first (index = grade).
var credibilityLabels = func() []string {
	out := []string{app.CredibilityLabel(0)}
	for _, c := range app.Credibilities {
		out = append(out, app.CredibilityLabel(c))
	}
	return out
}()

// reliabilityLabels are the Admiralty source-reliability grades as a
// select lists them, "— not graded" first.
var reliabilityLabels = func() []string {
	out := []string{app.Reliability("").Label()}
	for _, r := range app.Reliabilities {
		out = append(out, r.Label())
	}
	return out
}()

func reliabilityLabel(r app.Reliability) string { return r.Label() }

func reliabilityFromLabel(l string) app.Reliability {
	for _, r := range app.Reliabilities {
		if r.Label() == l {
			return r
		}
	}
	return ""
}

// notSet is the choice of a select for a field left empty.
const notSet = "— not set"

func interestOptions() []string {
	out := []string{notSet}
	for _, i := range app.Interests {
		out = append(out, i.Words())
	}
	return out
}

func interestFromLabel(l string) app.Interest {
	for _, i := range app.Interests {
		if i.Words() == l {
			return i
		}
	}
	return ""
}

func interestLabel(i app.Interest) string {
	if i == "" {
		return notSet
	}
	return i.Words()
}

// interestIcon is the icon shown beside a source's interest.
func interestIcon(i app.Interest) fyne.Resource {
	switch i {
	case app.InterestIndependent:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case app.InterestParty:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	case app.InterestGovernment:
		return theme.NewThemedResource(kit.IconGovernment)
	case app.InterestAffiliated:
		return theme.NewWarningThemedResource(kit.IconLink)
	default:
		return theme.NewDisabledResource(theme.QuestionIcon())
	}
}

func sourceKindOptions() []string {
	out := []string{notSet}
	for _, k := range app.SourceKinds {
		out = append(out, string(k))
	}
	return out
}

func sourceKindFromLabel(l string) app.SourceKind {
	for _, k := range app.SourceKinds {
		if string(k) == l {
			return k
		}
	}
	return ""
}

func sourceKindLabel(k app.SourceKind) string {
	if k == "" {
		return notSet
	}
	return string(k)
}
