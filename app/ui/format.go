package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
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
		return theme.NewThemedResource(iconGovernment)
	case app.InterestAffiliated:
		return theme.NewWarningThemedResource(iconLink)
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

// Icons drawn for Casefile (Material Design shapes, Apache 2.0).
var (
	iconKeyEvent   = fyne.NewStaticResource("key-event.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"/></svg>`))
	iconGovernment = fyne.NewStaticResource("government.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M4 10h3v7H4zm6.5 0h3v7h-3zM2 19h20v3H2zm15-9h3v7h-3zm-5-9L2 6v2h20V6z"/></svg>`))
	iconChart      = fyne.NewStaticResource("chart.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M3 5h2v14H3zm4 3h9v3H7zm0 5h13v3H7zm0-8h5v2H7z"/></svg>`))
	iconLink       = fyne.NewStaticResource("link.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg>`))
)
