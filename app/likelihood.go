package app

import "fmt"

// Yardstick is the scale of likelihood words a case's conclusions use.
type Yardstick string

// The yardsticks: the UK Professional Head of Intelligence Assessment
// probability yardstick (the default, "") and the US Intelligence
// Community Directive 203 scale.
const (
	YardstickPHIA   Yardstick = ""
	YardstickICD203 Yardstick = "icd203"
)

// Yardsticks lists the yardsticks a case can choose.
var Yardsticks = []Yardstick{YardstickPHIA, YardstickICD203}

// Likelihood is one word of a yardstick and the range of probability it
// stands for, in percent.
type Likelihood struct {
	Key    string // stored in a conclusion: "realistic-possibility"
	Words  string // "realistic possibility"
	Lo, Hi int    // percent
}

// Range writes the likelihood's range: "40–50%", "≥95%", "≈5%".
func (l Likelihood) Range() string {
	switch {
	case l.Lo == l.Hi:
		return fmt.Sprintf("≈%d%%", l.Lo)
	case l.Hi == 100:
		return fmt.Sprintf("≥%d%%", l.Lo)
	}
	return fmt.Sprintf("%d–%d%%", l.Lo, l.Hi)
}

// Label is the words with the range: "likely (55–75%)".
func (l Likelihood) Label() string { return l.Words + " (" + l.Range() + ")" }

var phia = []Likelihood{
	{"remote-chance", "remote chance", 5, 5},
	{"highly-unlikely", "highly unlikely", 10, 20},
	{"unlikely", "unlikely", 25, 35},
	{"realistic-possibility", "realistic possibility", 40, 50},
	{"likely", "likely or probably", 55, 75},
	{"highly-likely", "highly likely", 80, 90},
	{"almost-certain", "almost certain", 95, 100},
}

var icd203 = []Likelihood{
	{"almost-no-chance", "almost no chance", 1, 5},
	{"very-unlikely", "very unlikely", 5, 20},
	{"unlikely", "unlikely", 20, 45},
	{"roughly-even-chance", "roughly even chance", 45, 55},
	{"likely", "likely", 55, 80},
	{"very-likely", "very likely", 80, 95},
	{"almost-certain", "almost certain", 95, 99},
}

// Words lists the yardstick's likelihoods from least to most likely.
func (y Yardstick) Words() []Likelihood {
	if y == YardstickICD203 {
		return icd203
	}
	return phia
}

// Name is the yardstick's name as a user reads it.
func (y Yardstick) Name() string {
	if y == YardstickICD203 {
		return "US ICD 203"
	}
	return "UK PHIA probability yardstick"
}

// Likelihood looks up a likelihood by key, in this yardstick first and
// then in the other (a conclusion written before the case changed its
// yardstick keeps its word); ok is false for an unknown key.
func (y Yardstick) Likelihood(key string) (l Likelihood, ok bool) {
	other := YardstickICD203
	if y == YardstickICD203 {
		other = YardstickPHIA
	}
	for _, ws := range [][]Likelihood{y.Words(), other.Words()} {
		for _, w := range ws {
			if w.Key == key {
				return w, true
			}
		}
	}
	return Likelihood{}, false
}

func validYardstick(y Yardstick) error {
	if y == YardstickPHIA || y == YardstickICD203 {
		return nil
	}
	return FieldError("yardstick", "The likelihood yardstick %q is not one Casefile knows (leave it empty for the UK PHIA yardstick, or icd203).", string(y))
}
