package tabs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/ui/kit"
)

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
