package exchange

import (
	"strings"
	"unicode"

	"casefile/app"
)

// ftmLink is one FtM link schema, the properties that hold its two ends
// (the relation's From and To), the property that holds the relation's
// kind as written, and the schemata each end must be.
type ftmLink struct {
	schema   string
	from, to string
	role     string
	fromIs   func(schema string) bool
	toIs     func(schema string) bool
	swap     bool // the relation's To is the FtM from end ("subsidiary of": the parent owns it)
	phrases  [][]string
	negators map[string]bool
}

func isPerson(s string) bool { return s == "Person" }
func isOrg(s string) bool    { return s == "Organization" || s == "Company" || s == "PublicBody" }
func isLegal(s string) bool  { return isPerson(s) || isOrg(s) || s == "LegalEntity" }
func isAsset(s string) bool  { return s == "Company" }

// ftmLinks is the documented vocabulary that maps a relation's kind onto
// an FtM link schema (docs/FORMAT.md lists it). A relation matches a link
// when its kind, folded and split into words, holds one of the link's
// phrases as whole consecutive words, none of its negators, and its ends
// are of the schemata the link wants. The first link that matches wins;
// a relation that matches none is an UnknownLink.
var ftmLinks = []ftmLink{
	{schema: "Family", from: "person", to: "relative", role: "relationship", fromIs: isPerson, toIs: isPerson,
		phrases: phrases("married to|wife of|husband of|spouse of|widow of|widower of|son of|daughter of|father of|mother of|parent of|child of|brother of|sister of|sibling of|half brother of|half sister of|cousin of|uncle of|aunt of|nephew of|niece of|grandson of|granddaughter of|grandfather of|grandmother of|grandchild of|in law of|stepson of|stepdaughter of|stepfather of|stepmother of|related to|relative of|family of")},
	{schema: "Associate", from: "person", to: "associate", role: "relationship", fromIs: isPerson, toIs: isPerson,
		phrases: phrases("associate of|business associate of|business partner of|partner of|friend of|colleague of|ally of|adviser to|advisor to|aide to|aide of|assistant to|mentor of|protege of|confidant of|close to")},
	{schema: "Ownership", from: "owner", to: "asset", role: "role", fromIs: isLegal, toIs: isAsset,
		phrases: phrases("owns|owned|owner of|co owner of|majority owner of|shareholder of|shareholder in|shares in|stake in|stakeholder in|parent company of|holding company of|controls")},
	{schema: "Ownership", from: "owner", to: "asset", role: "role", fromIs: isAsset, toIs: isLegal, swap: true,
		phrases: phrases("subsidiary of|owned by|majority owned by|wholly owned by")},
	{schema: "Directorship", from: "director", to: "organization", role: "role", fromIs: isLegal, toIs: isOrg,
		phrases:  phrases("leads|led|leader of|head of|heads|headed|head of state of|chair of|chairs|chairman of|chairwoman of|chairperson of|president of|president elect of|director of|directs|managing director of|director general of|chief executive of|chief executive officer of|ceo of|chief of|commander of|commands|commanded|secretary general of|general secretary of|board member of|on the board of|member of the board of|runs|ran|founder and leader of|prime minister of|minister of|governor of|mayor of"),
		negators: wordSet("deputy vice candidate nominee acting assistant")},
	{schema: "Employment", from: "employee", to: "employer", role: "role", fromIs: isPerson, toIs: isOrg,
		phrases: phrases("works for|worked for|works at|worked at|employee of|employed by|employed at|staff of|staff member of|on the staff of|hired by|engineer at|engineer of|officer of|official of|official at|agent of|contractor for|researcher at|journalist at|journalist for|reporter for|correspondent for|editor of|editor at|lawyer at|consultant to|consultant for")},
	{schema: "Representation", from: "agent", to: "client", role: "role", fromIs: isLegal, toIs: isLegal,
		phrases: phrases("represents|represented|representative of|spokesperson of|spokesperson for|spokesman for|spokesman of|spokeswoman for|spokeswoman of|speaks for|lawyer for|lawyer of|counsel for|attorney for|lobbyist for|lobbies for|envoy of|ambassador of|delegate of")},
	{schema: "Membership", from: "member", to: "organization", role: "role", fromIs: isLegal, toIs: isOrg,
		phrases:  phrases("member of|members of|senior member of|leading member of|founding member of|belongs to|belonged to|joined|activist in|activist of|fighter in|fighter for|militant of|supporter of|volunteer in|volunteer for|affiliated with|affiliate of|part of"),
		negators: wordSet("candidate candidates applicant applied applies prospective aspiring")},
}

// ftmUnknown is the link every other relation becomes.
var ftmUnknown = ftmLink{schema: "UnknownLink", from: "subject", to: "object", role: "role"}

func phrases(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, "|") {
		out = append(out, strings.Fields(p))
	}
	return out
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// kindWords folds a relation's kind and splits it into words of letters
// and digits: "President-elect of" is "president elect of".
func kindWords(kind string) []string {
	return strings.FieldsFunc(app.Fold(kind), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// linkFor chooses the FtM link for a relation of the kind from an actor of
// schema fromSchema to one of toSchema (see ftmLinks).
func linkFor(kind, fromSchema, toSchema string) ftmLink {
	words := kindWords(kind)
	for _, l := range ftmLinks {
		if !l.fromIs(fromSchema) || !l.toIs(toSchema) || hasAny(words, l.negators) {
			continue
		}
		for _, p := range l.phrases {
			if hasPhrase(words, p) {
				return l
			}
		}
	}
	return ftmUnknown
}

// hasPhrase reports whether the words p occur in words, consecutive and
// whole.
func hasPhrase(words, p []string) bool {
	for i := 0; i+len(p) <= len(words); i++ {
		match := true
		for j := range p {
			if words[i+j] != p[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// orgSchema chooses the FtM schema for an organization from its kind: a
// Company for a business ("company", "bank", "firm"…), a PublicBody for a
// part of a state ("government ministry", "police", "court", "prosecution
// office", "military"…), and an Organization for anything else.
func orgSchema(kind string) string {
	words := kindWords(kind)
	switch {
	case hasAny(words, companyWords):
		return "Company"
	case hasAny(words, publicWords):
		return "PublicBody"
	}
	return "Organization"
}

var (
	companyWords = wordSet("company companies firm corporation business bank enterprise conglomerate ltd llc inc plc gmbh startup manufacturer contractor")
	publicWords  = wordSet("government ministry ministries police court courts prosecution prosecutor prosecutors military army navy armed agency department parliament legislature municipality embassy consulate state")
)
