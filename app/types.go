// Package app is Casefile's domain: the items of a case (sources, people,
// organizations, relations, events, disputed figures and their claims,
// citations and annotations), their validation, and the Store interface
// through which the window, the command line and the exporters read and
// change a case. It imports only the standard library, golang.org/x/text and
// its own leaf packages (app/edtf for dates, app/quantity for figures).
package app

import "casefile/app/quantity"

// Kind names a kind of item in a case.
type Kind string

// The kinds of item a case holds.
const (
	KindSource       Kind = "source"
	KindPerson       Kind = "person"
	KindOrganization Kind = "organization"
	KindRelation     Kind = "relation"
	KindEvent        Kind = "event"
	KindFigure       Kind = "figure"
	KindClaim        Kind = "claim"
	KindAnnotation   Kind = "annotation"
	KindCitation     Kind = "citation"
)

// Label is the kind's name as a user reads it ("disputed figure").
func (k Kind) Label() string {
	switch k {
	case KindFigure:
		return "disputed figure"
	default:
		return string(k)
	}
}

// Date is a fuzzy date: an EDTF string (ISO 8601-2 Level 0 or 1) and the
// phrase the source used, such as "early 1980s" or "Tuesday". Both may be
// empty; an empty EDTF means "no date".
type Date struct {
	EDTF   string
	Phrase string
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.EDTF == "" && d.Phrase == "" }

// Case holds the case's own fields: what it is about and how it is printed.
type Case struct {
	Title   string
	Summary string // the bottom line up front
	Marking string // handling caveat printed on every page, e.g. UNCLASSIFIED
	Author  string
	AsOf    Date // the date the case speaks of as now
	// Yardstick is the scale of likelihood words for the conclusions of
	// disputed questions.
	Yardstick Yardstick
}

// SourceKind says what sort of document a source is.
type SourceKind string

// The kinds of source.
const (
	SourceArticle   SourceKind = "article"
	SourceStatement SourceKind = "statement"
	SourceCourt     SourceKind = "court"
	SourceReport    SourceKind = "report"
	SourceInterview SourceKind = "interview"
	SourceSocial    SourceKind = "social"
	SourceOther     SourceKind = "other"
)

// SourceKinds lists every source kind in display order.
var SourceKinds = []SourceKind{SourceArticle, SourceStatement, SourceCourt, SourceReport, SourceInterview, SourceSocial, SourceOther}

// Reliability is an Admiralty source-reliability grade, "A" (completely
// reliable) to "F" (cannot be judged), or "" when not graded.
type Reliability string

// Reliabilities lists the Admiralty reliability grades A–F.
var Reliabilities = []Reliability{"A", "B", "C", "D", "E", "F"}

// Interest says what stake a source has in the dispute.
type Interest string

// The interests a source can have.
const (
	InterestIndependent Interest = "independent"
	InterestParty       Interest = "party"
	InterestGovernment  Interest = "government"
	InterestAffiliated  Interest = "affiliated"
	InterestUnknown     Interest = "unknown"
)

// Interests lists every interest in display order.
var Interests = []Interest{InterestIndependent, InterestParty, InterestGovernment, InterestAffiliated, InterestUnknown}

// Source is a document the case draws on: an article, a statement, a court
// decision. Text, when present, is what quotes anchor into.
type Source struct {
	ID          string
	Title       string
	Publisher   string
	Author      string
	URL         string
	Published   Date
	Kind        SourceKind
	Reliability Reliability
	Interest    Interest
	Text        string
	// Pages holds, for a paged source (a PDF), the offset in Text, in code
	// points like a Quote's, at which each page starts: Pages[0] is 0 and
	// page n starts at Pages[n-1]. Nil when the source has no pages.
	Pages []int
	// Original describes the file the source was imported from; nil for a
	// source typed or pasted in.
	Original *Original
	// AttachedTo is the id of the source (an e-mail) this source came
	// attached to, or "".
	AttachedTo string
}

// Original is the file a source was imported from: its name, media type,
// size and SHA-256, so that a printed quote can be traced to the exact
// document. Kept reports whether the file's bytes are stored in the case
// (files over MaxOriginalBytes keep only this description).
type Original struct {
	Name   string
	Type   string // a media type, "application/pdf"
	Size   int64
	SHA256 string // 64 lower-case hex digits
	Kept   bool
}

// Alias is another name for a person or organization, with a note on who
// uses it ("used by the Iranian government").
type Alias struct {
	Name string
	Note string
}

// Person is an individual in the case.
type Person struct {
	ID          string
	Name        string
	Aliases     []Alias
	Role        string
	Nationality string
	Born        Date
	Died        Date
	Notes       string
	Citations   []Citation
}

// Organization is a group, agency, court, party or outlet in the case.
type Organization struct {
	ID        string
	Name      string
	Aliases   []Alias
	Kind      string
	Country   string
	Notes     string
	Citations []Citation
}

// Relation links two actors (people or organizations): From is Kind of To,
// as in "NCRI — political arm of — MEK".
type Relation struct {
	ID        string
	From      string
	To        string
	Kind      string
	Start     Date
	End       Date
	Citations []Citation
}

// Event is something that happened, at a possibly fuzzy date.
type Event struct {
	ID           string
	Title        string
	Date         Date
	Description  string
	Place        string
	Key          bool
	Participants []string // person or organization ids
	Citations    []Citation
}

// Qualifier says how a claim's numbers bound the value claimed. It is the
// quantity package's type, so that a phrase's reading needs no conversion.
type Qualifier = quantity.Qualifier

// The qualifiers of a claim.
const (
	QualExact       = quantity.Exact
	QualApproximate = quantity.Approximate
	QualAtLeast     = quantity.AtLeast
	QualAtMost      = quantity.AtMost
	QualRange       = quantity.Range
)

// Qualifiers lists every qualifier in display order.
var Qualifiers = []Qualifier{QualExact, QualApproximate, QualAtLeast, QualAtMost, QualRange}

// Figure is a disputed figure: a number the sources disagree about, with
// every claim made about it.
type Figure struct {
	ID         string
	Question   string // "people injured in the raid"
	Unit       string
	Event      string // optional event id
	Assessment string // the analyst's assessment
	// Summary is the analyst's one-line summary of the claims; empty means
	// "use the generated one" (CaseData.FigureSummary).
	Summary string
	Claims  []Claim
}

// Claim is one source's statement of a disputed figure.
type Claim struct {
	ID          string
	Figure      string // the figure's id
	Source      string // source id, required
	Claimant    string // person or organization id, optional
	Text        string // the phrase as said, e.g. "some 100"
	Low         *float64
	High        *float64 // nil with Low set: open-ended, "at least"
	Qualifier   Qualifier
	AsOf        Date
	Credibility int // Admiralty information credibility 1–6; 0 when unknown
	Note        string
	Citations   []Citation
}

// Quote anchors a citation or annotation in a source's text, as a W3C Web
// Annotation TextQuoteSelector (Exact, Prefix, Suffix) plus a
// TextPositionSelector (Start, End in Unicode code points).
type Quote struct {
	Exact  string
	Prefix string
	Suffix string
	Start  int
	End    int
}

// Citation ties an item to a source, optionally to a quote in its text.
// ID is assigned by the store; Item is the cited item's id.
type Citation struct {
	ID     string
	Item   string
	Source string
	Quote  *Quote
	Note   string
}

// Annotation is the analyst's free note on a source's text, optionally
// anchored to a quote, and linked to no item.
type Annotation struct {
	ID     string
	Source string
	Note   string
	Quote  *Quote
}

// CaseData is a whole case in memory: what the exchange formats read and
// write, what the briefing prints, and what a store loads in one go.
// Lists are in the store's order (the order they were imported or created).
type CaseData struct {
	Case          Case
	Sources       []Source
	People        []Person
	Organizations []Organization
	Relations     []Relation
	Events        []Event
	Figures       []Figure
	Annotations   []Annotation
	Questions     []Question
}

// Point is a position in the network view's plane, in the view's own units
// (the layout's coordinates, not pixels on a screen).
type Point struct {
	X, Y float64
}

// ActorMatch is an existing person or organization whose name or an alias
// is, after folding case and diacritics and ignoring spaces and
// punctuation, the same as a name being entered: a likely duplicate.
type ActorMatch struct {
	Kind      Kind   // KindPerson or KindOrganization
	ID        string // the existing item's id
	Name      string // its name
	MatchedOn string // its name or alias that matched, as written there
}

// QuoteMove re-anchors one quote in a source's text after the text changed:
// the quote of the citation Citation or, when Citation is empty, of the
// annotation Annotation becomes Quote.
type QuoteMove struct {
	Citation   string
	Annotation string
	Quote      Quote
}
