package quantity

import "strings"

// smallNums are the number words below twenty.
var smallNums = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

// tensNums are the number words for twenty, thirty… ninety.
var tensNums = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleExps are the scale words with their power of ten ("hundred" is
// handled on its own).
var scaleExps = map[string]int{
	"thousand": 3, "thousands": 3, "lakh": 5, "lakhs": 5, "million": 6,
	"millions": 6, "mn": 6, "crore": 7, "crores": 7, "billion": 9,
	"billions": 9, "bn": 9, "trillion": 12, "trillions": 12,
}

// singularBase are the words that multiply "several", "a few"…
var singularBase = map[string]float64{
	"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6,
	"billion": 1e9, "trillion": 1e12,
}

// pluralBase are the vague plurals; the reading is at least twice the base
// ("dozens" at least 24).
var pluralBase = map[string]float64{
	"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100,
	"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}

// zeroNouns follow "no" (with up to two words between) in a denial: "no
// injuries", "no civilian casualties".
var zeroNouns = set("people", "persons", "person", "individuals", "deaths",
	"dead", "casualties", "fatalities", "injuries", "injured", "wounded",
	"victims", "civilians", "lives", "killings", "killed", "arrests",
	"arrested", "detainees", "detentions", "children", "women", "men",
	"soldiers", "troops", "officers", "fighters", "militants", "refugees",
	"migrants", "bodies", "hostages", "losses", "protesters", "protestors",
	"residents", "prisoners", "survivors", "members", "families", "homes",
	"houses", "buildings")

// zeroStop ends the words between "no" and a casualty noun: "no more
// people" and "no other casualties" are no denial.
var zeroStop = set("more", "fewer", "less", "than", "longer", "other",
	"further", "additional", "extra", "new", "reliable", "official", "exact")

// noteBefore are the words kept as a note when they stand just before the
// number ("an alleged 1,000").
var noteBefore = map[string]string{
	"alleged": "alleged", "reported": "reported", "claimed": "claimed",
	"purported": "purported", "supposed": "supposed", "rumoured": "rumoured",
	"rumored": "rumoured", "unconfirmed": "unconfirmed",
	"unverified": "unverified", "estimated": "estimated",
}

// noteAnywhere are the words kept as a note wherever they stand.
var noteAnywhere = map[string]string{
	"allegedly": "alleged", "reportedly": "reported",
	"purportedly": "purported", "supposedly": "supposed",
	"estimated": "estimated", "estimate": "estimated", "estimates": "estimated",
	"est": "estimated",
}

// months are the month names; "may" and "march" count only capitalised.
var months = set("january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// datePreps before a year make it a date: "in 2014", "since at least 2009".
var datePreps = set("in", "since", "until", "till", "by", "before", "after",
	"during", "through", "throughout", "early", "late", "mid", "spring",
	"summer", "autumn", "fall", "winter", "year")

// refWords before a number make it a reference, not a count: "page 3".
var refWords = set("no", "nr", "number", "num", "page", "p", "pp", "article",
	"art", "section", "sec", "paragraph", "para", "chapter", "ch", "resolution",
	"flight", "route", "room", "vol", "volume", "item", "rule", "annex", "clause",
	"phase", "gate", "apartment", "apt", "highway", "platform", "ward", "version",
	"covid")

// fractionWords before "of" make the number after it the whole of which a
// share is claimed: "half of the 300".
var fractionWords = set("half", "halves", "third", "thirds", "quarter",
	"quarters", "fifth", "fifths", "tenth", "tenths", "fraction", "proportion",
	"share", "percentage", "majority", "minority", "most")

// changeVerbs before "from X to Y" make it a change, not a range.
var changeVerbs = set("rose", "risen", "rising", "rises", "fell", "fallen",
	"falling", "falls", "increased", "increasing", "decreased", "decreasing",
	"climbed", "dropped", "grew", "grown", "jumped", "declined", "went",
	"gone", "up", "down", "revised", "raised", "lowered", "cut", "changed",
	"corrected", "updated", "adjusted", "soared", "plunged", "doubled")

// ageWords before a number make it an age.
var ageWords = set("aged", "age", "ages", "ageing", "aging")

// timeUnits after a number keep it in reserve: "3 days".
var timeUnits = set("second", "seconds", "minute", "minutes", "min", "mins",
	"hour", "hours", "hr", "hrs", "day", "days", "night", "nights", "week",
	"weeks", "weekend", "weekends", "month", "months", "year", "years", "yr",
	"yrs", "decade", "decades", "century", "centuries")

// clockWords after a number make it a time of day.
var clockWords = set("am", "pm", "o'clock", "gmt", "utc", "cet", "bst")

// currencies before a number let "m" and "b" mean million and billion
// ("£1.2m"), and may be glued to it ("Rs100").
var currencySigns = set("$", "€", "£", "¥", "₹", "₽", "₺", "₦")
var currencyWords = set("rs", "usd", "us", "eur", "gbp", "chf", "inr", "cad", "aud", "kes", "ngn")

// joinWords may stand between an at-least and an at-most number that make a
// range ("at least 100 but no more than 200").
var joinWords = set("and", "but", ",", ";", "yet", "though", "although", "-")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// hedge is a run of words before or after a number that bounds it.
type hedge struct {
	words []string
	q     Qualifier // "" for words that are a cue but change nothing
	weak  bool      // sets a bound but is no cue ("over", "under")
}

// hedgeIndex finds hedges by their first word, longest first.
type hedgeIndex map[string][]hedge

func newHedgeIndex(groups map[Qualifier][]string, weak ...string) hedgeIndex {
	isWeak := set(weak...)
	idx := hedgeIndex{}
	for q, phrases := range groups {
		for _, ph := range phrases {
			w := strings.Fields(ph)
			idx[w[0]] = append(idx[w[0]], hedge{words: w, q: q, weak: isWeak[ph]})
		}
	}
	for k, hs := range idx {
		// Longest first; ties cannot match the same tokens twice.
		for a := 1; a < len(hs); a++ {
			for b := a; b > 0 && len(hs[b].words) > len(hs[b-1].words); b-- {
				hs[b], hs[b-1] = hs[b-1], hs[b]
			}
		}
		idx[k] = hs
	}
	return idx
}

// preHedges are the words before a number.
var preHedges = newHedgeIndex(map[Qualifier][]string{
	Approximate: {
		"some", "about", "around", "roughly", "approximately", "approx", "approx .",
		"circa", "c .", "ca .", "ca", "nearly", "almost", "close to", "closer to",
		"near", "near to", "approaching", "in the region of", "on the order of",
		"of the order of", "in the neighbourhood of", "in the neighborhood of",
		"something like", "somewhere around", "somewhere near", "just over",
		"just under", "just below", "just above", "just shy of", "slightly more than",
		"slightly over", "slightly under", "slightly less than", "slightly fewer than",
		"slightly above", "slightly below", "a little over", "a little under",
		"a little more than", "a little less than", "little more than",
		"little less than", "not quite", "more or less", "~", "≈", "est .",
		"the best part of", "an estimated", "estimated at", "give or take",
	},
	AtLeast: {
		"at least", "at the least", "at a minimum", "a minimum of", "minimum of",
		"more than", "over", "above", "upwards of", "upward of", "in excess of",
		"no fewer than", "no less than", "not fewer than", "not less than",
		"well over", "well above", "well in excess of", "far more than", "far over",
		"many more than", "much more than", "way more than", "exceeding", "exceeded",
		"exceeds", "topping", "topped", "surpassing", "surpassed", "beyond",
		"as few as", "as little as", "as low as", ">", "≥", "> =",
		"greater than", "higher than", "more then",
	},
	AtMost: {
		"at most", "at the most", "at a maximum", "a maximum of", "maximum of",
		"max", "max .", "up to", "as many as", "as much as", "as high as",
		"no more than", "not more than", "no greater than", "not over",
		"no higher than", "fewer than", "less than", "under", "below", "well under",
		"well below", "far fewer than", "far less than", "not exceeding",
		"not to exceed", "<", "≤", "< =", "lower than",
	},
	Exact: {
		"exactly", "precisely", "just", "only", "a total of", "total of", "a mere",
		"merely", "fully", "all of",
	},
}, "over", "above", "under", "below", "beyond")

// postHedges are the words after a number.
var postHedges = newHedgeIndex(map[Qualifier][]string{
	AtLeast: {
		"or more", "or above", "or over", "or higher", "or greater", "or upwards",
		"and more", "and above", "and up", "and upwards", "and over", "plus", "+",
		"- plus", "at least", "at the least", "at a minimum", "minimum", "min",
		"min .",
	},
	AtMost: {
		"or fewer", "or less", "or under", "or below", "or lower", "at most",
		"at the most", "at a maximum", "maximum", "max", "max .", "tops",
		"at the outside",
	},
	Approximate: {
		"or so", "or thereabouts", "- odd", "odd", "- ish", "ish", "give or take",
		"more or less", "approximately", "approx", "approx .", "roughly",
	},
	Exact: {"exactly", "precisely"},
	"":    {"- strong", "strong", "in total", "in all", "all told", "altogether"},
})

// match finds the longest hedge in idx starting at token i.
func (p *parser) match(idx hedgeIndex, i int) (hedge, int) {
	if i >= len(p.t) {
		return hedge{}, 0
	}
	for _, h := range idx[p.t[i].text] {
		if i+len(h.words) > len(p.t) {
			continue
		}
		ok := true
		for k, w := range h.words {
			t := p.t[i+k]
			if t.kind == tNum || t.text != w {
				ok = false
				break
			}
		}
		if ok {
			return h, len(h.words)
		}
	}
	return hedge{}, 0
}
