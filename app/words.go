package app

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The words Casefile uses for the things it counts, grades and shortens.
// The window, the briefing, the exports and the command line all take them
// from here, so that a grade or an interest reads the same everywhere.

// irregularPlurals are the plural nouns that do not add "s".
var irregularPlurals = map[string]string{
	"person":     "people",
	"entry":      "entries",
	"this":       "these",
	"is":         "are",
	"has":        "have",
	"was":        "were",
	"it":         "they",
	"hypothesis": "hypotheses",
}

// PluralNoun returns noun as it goes with the number n: "event" for 1,
// "events" otherwise; "person" becomes "people", a final consonant-y "ies",
// and a final s, x, z, ch or sh takes "es". The last word of a phrase is the
// one made plural ("disputed figure" → "disputed figures").
func PluralNoun(n int, noun string) string {
	if n == 1 || noun == "" {
		return noun
	}
	head, last := "", noun
	if i := strings.LastIndexByte(noun, ' '); i >= 0 {
		head, last = noun[:i+1], noun[i+1:]
	}
	return head + pluralWord(last)
}

func pluralWord(w string) string {
	if p, ok := irregularPlurals[w]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// Plural says how many: "1 event", "3 events", "2 people", "0 claims".
func Plural(n int, noun string) string {
	return strconv.Itoa(n) + " " + PluralNoun(n, noun)
}

// Shorten cuts s to at most n characters (code points), ending a cut text
// with an ellipsis and without the spaces or punctuation the cut left at
// its end. n below 2 is taken as 2.
func Shorten(s string, n int) string {
	n = max(n, 2)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	return strings.TrimRight(string(r), " ,;:.-–—") + "…"
}

// OneLine collapses every run of white space in s, line breaks included,
// into one space, and trims the ends.
func OneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Quoted puts a name in the single quotation marks Casefile's messages and
// undo labels use, shortened to 50 characters: ‘Police raid on Ashraf-3’.
func Quoted(s string) string { return "‘" + Shorten(OneLine(s), 50) + "’" }

// JoinAnd joins "a", "b" and "c" as "a, b and c".
func JoinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// Words says a reliability grade in words: "usually reliable"; an
// ungraded source is "not graded".
func (r Reliability) Words() string {
	switch r {
	case "A":
		return "completely reliable"
	case "B":
		return "usually reliable"
	case "C":
		return "fairly reliable"
	case "D":
		return "not usually reliable"
	case "E":
		return "unreliable"
	case "F":
		return "cannot be judged"
	}
	return "not graded"
}

// Label is the grade's letter and words, as a choice in a list: "B usually
// reliable"; an ungraded source is "— not graded".
func (r Reliability) Label() string {
	if r == "" {
		return "— not graded"
	}
	return string(r) + " " + r.Words()
}

// Credibilities lists the Admiralty information-credibility grades 1–6.
var Credibilities = []int{1, 2, 3, 4, 5, 6}

// CredibilityWords says an information-credibility grade in words:
// "possibly true"; 0 (or any other number) is "not graded".
func CredibilityWords(c int) string {
	switch c {
	case 1:
		return "confirmed"
	case 2:
		return "probably true"
	case 3:
		return "possibly true"
	case 4:
		return "doubtful"
	case 5:
		return "improbable"
	case 6:
		return "cannot be judged"
	}
	return "not graded"
}

// CredibilityLabel is the grade's digit and words, as a choice in a list:
// "3 possibly true"; 0 is "— not graded".
func CredibilityLabel(c int) string {
	if c < 1 || c > 6 {
		return "— not graded"
	}
	return strconv.Itoa(c) + " " + CredibilityWords(c)
}

// Grade writes a claim's grade as an Admiralty code: the source's
// reliability letter and the claim's credibility digit, "B3". A part not
// graded is written "?": "B?", "?3", "??".
func Grade(r Reliability, credibility int) string {
	g := "?"
	if r != "" {
		g = string(r)
	}
	if credibility >= 1 && credibility <= 6 {
		return g + strconv.Itoa(credibility)
	}
	return g + "?"
}

// GradeLegend explains the Admiralty codes in one paragraph, for a table
// or chart that prints them.
func GradeLegend() string {
	var rel, cred []string
	for _, r := range Reliabilities {
		rel = append(rel, r.Label())
	}
	for _, c := range Credibilities {
		cred = append(cred, CredibilityLabel(c))
	}
	return "Each claim is graded with an Admiralty code: the letter is the source's reliability (" +
		strings.Join(rel, ", ") + "), the digit the claim's credibility (" + strings.Join(cred, ", ") +
		"); “?” marks a part not graded."
}

// Words says a source's interest in the dispute as a user reads it:
// "party to the dispute"; an interest not set is "not set".
func (i Interest) Words() string {
	switch i {
	case InterestIndependent:
		return "independent"
	case InterestParty:
		return "party to the dispute"
	case InterestGovernment:
		return "government"
	case InterestAffiliated:
		return "affiliated with a party"
	case InterestUnknown:
		return "interest unknown"
	}
	return "not set"
}

// ByteSize writes a file size as people read it: "812 bytes", "38 KB",
// "4.2 MB" (decimal units, as file managers show them).
func ByteSize(n int64) string {
	switch {
	case n < 1000:
		return strconv.FormatInt(n, 10) + " bytes"
	case n < 1000*1000:
		return strconv.FormatInt((n+500)/1000, 10) + " KB"
	}
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}
