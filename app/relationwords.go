package app

import "strings"

// A relation's kind is the analyst's own words for how its first party
// stands to its second ("member of", "leads", "designated as a terrorist
// organization"). RelationParts and RelationSentence are the one wording
// of a relation as a sentence, read from either end: the window's
// relation rows, its dialogs and confirmations all use them.

// objectLast are the words after which the second party follows the kind
// ("member of ‹B›", "allied with ‹B›").
var objectLast = map[string]bool{
	"of": true, "for": true, "with": true, "to": true, "in": true, "by": true, "from": true,
	"on": true, "at": true, "against": true, "into": true, "over": true, "under": true,
	"behind": true, "within": true, "about": true, "toward": true, "towards": true,
}

// RelationParts splits kind around its second party: the words before it
// and the words after it. Most kinds put the second party last ("member
// of", "leads"); a kind that names what the first party made of the second
// puts it before its complement: "designated as a terrorist organization"
// is ("designated", "as a terrorist organization"), so that it reads
// "designated ‹B› as a terrorist organization".
func RelationParts(kind string) (before, after string) {
	kind = strings.Join(strings.Fields(OneLine(kind)), " ")
	words := strings.Fields(kind)
	if len(words) < 3 || objectLast[strings.ToLower(words[len(words)-1])] {
		return kind, ""
	}
	for i := 1; i < len(words)-1; i++ {
		if strings.EqualFold(words[i], "as") {
			return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		}
	}
	return kind, ""
}

// RelationSentence is the relation "from kind to" as a sentence, the
// second party where the kind puts it: "Massoud Rajavi leads
// Mujahedin-e Khalq", "US Department of State designated Mujahedin-e
// Khalq as a terrorist organization". A kind not yet given reads "…".
func RelationSentence(from, kind, to string) string {
	before, after := RelationParts(kind)
	if before == "" {
		before = "…"
	}
	s := from + " " + before + " " + to
	if after != "" {
		s += " " + after
	}
	return s
}
