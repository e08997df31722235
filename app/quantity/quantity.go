package quantity

import (
	"errors"
	"fmt"
	"strings"
)

// Qualifier says how a claim's numbers bound the true value. Its values are
// the strings of the Casefile JSON format.
type Qualifier string

// The qualifiers. See the package documentation for which bounds each uses.
const (
	// Exact: the value is low (= high).
	Exact Qualifier = "exact"
	// Approximate: the value is about low (= high).
	Approximate Qualifier = "approximate"
	// AtLeast: the value is low or more; high is unset.
	AtLeast Qualifier = "at-least"
	// AtMost: the value is high or less; low is unset.
	AtMost Qualifier = "at-most"
	// Range: the value is from low to high.
	Range Qualifier = "range"
)

// ErrUnknownQualifier is wrapped by the error ParseQualifier returns for a
// string that names no qualifier.
var ErrUnknownQualifier = errors.New("unknown qualifier")

// ParseQualifier reads a qualifier: one of "exact", "approximate",
// "at-least", "at-most", "range", in any case, with a space or "_" allowed
// for the hyphen and "approx" for "approximate". An empty (or all-space)
// string gives the empty Qualifier and no error: a claim may leave its
// qualifier unstated. Anything else gives an error wrapping
// ErrUnknownQualifier.
func ParseQualifier(s string) (Qualifier, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.NewReplacer(" ", "-", "_", "-").Replace(t)
	switch t {
	case "":
		return "", nil
	case "exact":
		return Exact, nil
	case "approximate", "approx":
		return Approximate, nil
	case "at-least":
		return AtLeast, nil
	case "at-most":
		return AtMost, nil
	case "range":
		return Range, nil
	}
	return "", fmt.Errorf("quantity: %w %q (want exact, approximate, at-least, at-most or range)", ErrUnknownQualifier, s)
}

// Proposal is what a phrase suggests for a claim's numbers. Low and High are
// nil when unknown or open (High is nil for at-least, Low for at-most); the
// bounds that are set are finite and zero or more, with Low <= High. Note
// keeps words such as "alleged" or "estimated", comma-separated, or is empty.
type Proposal struct {
	Low, High *float64
	Qualifier Qualifier
	Note      string
}

// Read proposes low/high numbers and a qualifier for a claim's phrase as
// said, such as "some 100", "at least 3,000", "between 30,000 and 60,000" or
// "no one was injured". It is case-insensitive and ignores the words around
// the number. ok is false when the phrase holds no number that can be read
// with confidence ("no reliable estimate", "unknown", or two unrelated
// numbers); the Proposal is then empty. The package documentation lists the
// readings and how Read chooses among several numbers.
func Read(phrase string) (p Proposal, ok bool) {
	toks := lex(phrase)
	r, notes, ok := read(toks)
	if !ok {
		return Proposal{}, false
	}
	p.Qualifier = r.q
	if r.hasLow {
		v := r.low
		p.Low = &v
	}
	if r.hasHigh {
		v := r.high
		p.High = &v
	}
	p.Note = strings.Join(notes, ", ")
	return p, true
}
