package app

import "casefile/app/ach"

// EvidenceOrigin is what an evidence row shows of its item: what it is,
// where it came from and how that source is graded.
type EvidenceOrigin struct {
	Kind     Kind   // the item's kind; "" for an assumption or a missing item
	Title    string // the item as a line: an event's title, a claim's phrase…
	Source   *Source
	Grade    string // Admiralty code, "B3"; "" when there is no source
	Interest Interest
	Quote    *Quote // the quote the item is anchored to, if any
}

// ItemLookup finds a case's items by id; each method returns nil for an id
// it does not know (Claim returns the claim's figure too). A session's
// index of the open case is one; NewItemFinder builds one from the data.
type ItemLookup interface {
	Source(id string) *Source
	Event(id string) *Event
	Figure(id string) *Figure
	Annotation(id string) *Annotation
	Claim(id string) (*Figure, *Claim)
}

// ItemFinder looks items of a case up by id, for evidence rows; build one
// with NewItemFinder, or NewItemFinderOn where the items are indexed
// already, and keep it while the case does not change.
type ItemFinder struct {
	d    *CaseData
	look ItemLookup
}

// NewItemFinder indexes d's sources, events, claims, figures and
// annotations by id.
func NewItemFinder(d *CaseData) *ItemFinder { return NewItemFinderOn(d, newItemMaps(d)) }

// NewItemFinderOn finds d's items with look, which must know them (a
// session's index of d), instead of indexing them again: on a case of
// 10,000 events that index is a megabyte.
func NewItemFinderOn(d *CaseData, look ItemLookup) *ItemFinder {
	return &ItemFinder{d: d, look: look}
}

// itemMaps is the ItemLookup NewItemFinder builds.
type itemMaps struct {
	sources map[string]*Source
	events  map[string]*Event
	claims  map[string]*Claim
	claimOf map[string]*Figure // claim id -> its figure
	figures map[string]*Figure
	notes   map[string]*Annotation
}

func newItemMaps(d *CaseData) *itemMaps {
	m := &itemMaps{sources: map[string]*Source{}, events: map[string]*Event{}, claims: map[string]*Claim{},
		claimOf: map[string]*Figure{}, figures: map[string]*Figure{}, notes: map[string]*Annotation{}}
	for i := range d.Sources {
		m.sources[d.Sources[i].ID] = &d.Sources[i]
	}
	for i := range d.Events {
		m.events[d.Events[i].ID] = &d.Events[i]
	}
	for i := range d.Figures {
		fg := &d.Figures[i]
		m.figures[fg.ID] = fg
		for j := range fg.Claims {
			m.claims[fg.Claims[j].ID] = &fg.Claims[j]
			m.claimOf[fg.Claims[j].ID] = fg
		}
	}
	for i := range d.Annotations {
		m.notes[d.Annotations[i].ID] = &d.Annotations[i]
	}
	return m
}

func (m *itemMaps) Source(id string) *Source         { return m.sources[id] }
func (m *itemMaps) Event(id string) *Event           { return m.events[id] }
func (m *itemMaps) Figure(id string) *Figure         { return m.figures[id] }
func (m *itemMaps) Annotation(id string) *Annotation { return m.notes[id] }
func (m *itemMaps) Claim(id string) (*Figure, *Claim) {
	return m.claimOf[id], m.claims[id]
}

// claim is the claim id, or nil.
func (f *ItemFinder) claim(id string) *Claim {
	_, c := f.look.Claim(id)
	return c
}

// EvidenceKinds are the kinds of item an evidence row can be.
var EvidenceKinds = []Kind{KindClaim, KindEvent, KindAnnotation, KindFigure}

// KindOf says which of the evidence kinds id is, or "".
func (f *ItemFinder) KindOf(id string) Kind {
	switch {
	case f.claim(id) != nil:
		return KindClaim
	case f.look.Event(id) != nil:
		return KindEvent
	case f.look.Annotation(id) != nil:
		return KindAnnotation
	case f.look.Figure(id) != nil:
		return KindFigure
	}
	return ""
}

// Origin describes an evidence row's item.
func (f *ItemFinder) Origin(e *Evidence) EvidenceOrigin {
	if e.IsAssumption() {
		return EvidenceOrigin{Title: OneLine(e.Assumption)}
	}
	var o EvidenceOrigin
	cred := 0
	switch o.Kind = f.KindOf(e.Item); o.Kind {
	case KindClaim:
		c := f.claim(e.Item)
		o.Title, o.Source, cred = f.claimLine(c), f.look.Source(c.Source), c.Credibility
		o.Quote = firstQuote(c.Citations)
	case KindEvent:
		ev := f.look.Event(e.Item)
		o.Title = ev.Title
		if len(ev.Citations) > 0 {
			o.Source, o.Quote = f.look.Source(ev.Citations[0].Source), ev.Citations[0].Quote
		}
	case KindAnnotation:
		n := f.look.Annotation(e.Item)
		o.Title, o.Source, o.Quote = OneLine(n.Note), f.look.Source(n.Source), n.Quote
		if n.Quote != nil {
			o.Title = "“" + OneLine(n.Quote.Exact) + "”"
		}
	case KindFigure:
		fg := f.look.Figure(e.Item)
		o.Title = fg.Question + " (disputed figure)"
	default:
		o.Title = "(item no longer in the case)"
	}
	if o.Source != nil {
		o.Grade = Grade(o.Source.Reliability, cred)
		o.Interest = o.Source.Interest
	}
	return o
}

func (f *ItemFinder) claimLine(c *Claim) string {
	return f.d.ClaimWho(c) + ": " + OneLine(c.Text)
}

func firstQuote(cs []Citation) *Quote {
	for _, c := range cs {
		if c.Quote != nil {
			return c.Quote
		}
	}
	return nil
}

// GradeCredibility is the credibility an Admiralty grade suggests: High
// for a source graded A or B or information graded 1 or 2, Medium for C
// or 3, otherwise (and ungraded) Low. The better of the two parts decides.
func GradeCredibility(r Reliability, credibility int) Level {
	switch {
	case r == "A" || r == "B" || credibility == 1 || credibility == 2:
		return LevelHigh
	case r == "C" || credibility == 3:
		return LevelMedium
	}
	return LevelLow
}

// DefaultCredibility is the credibility a row has unless the analyst sets
// one: from its source's grade (a claim's own credibility digit counts;
// an event's first cited source; an annotation's source). A disputed
// figure as a whole takes its best-graded claim; an assumption is Low.
func (f *ItemFinder) DefaultCredibility(e *Evidence) Level {
	if fg := f.look.Figure(e.Item); fg != nil && !e.IsAssumption() {
		best := LevelLow
		for i := range fg.Claims {
			c := &fg.Claims[i]
			var r Reliability
			if s := f.look.Source(c.Source); s != nil {
				r = s.Reliability
			}
			if l := GradeCredibility(r, c.Credibility); l.Weight() > best.Weight() {
				best = l
			}
		}
		return best
	}
	o := f.Origin(e)
	if o.Source == nil {
		return LevelLow
	}
	cred := 0
	if c := f.claim(e.Item); c != nil {
		cred = c.Credibility
	}
	return GradeCredibility(o.Source.Reliability, cred)
}

// Credibility is the row's credibility: the analyst's, else the default.
func (f *ItemFinder) Credibility(e *Evidence) Level {
	if e.Credibility != "" {
		return e.Credibility
	}
	return f.DefaultCredibility(e)
}

// RelevanceLevel is the row's relevance: the analyst's, else Medium.
func (e *Evidence) RelevanceLevel() Level {
	if e.Relevance != "" {
		return e.Relevance
	}
	return LevelMedium
}

// Assessment is what the method makes of a question's matrix, by column
// (the question's hypothesis order) and by row (its evidence order).
type Assessment struct {
	Scores    []ach.Score // per hypothesis
	Order     []int       // hypothesis columns, least inconsistent first
	Least     []int       // the least inconsistent column(s)
	Spread    []int       // per row: diagnosticity, 0 non-diagnostic
	Sensitive []bool      // per row: leaving it out changes Least
}

// Rows turns the question's evidence into the method's rows, with each
// row's credibility as given (one per row; see ItemFinder.Credibility).
func (q *Question) Rows(credibility []Level) []ach.Row {
	rows := make([]ach.Row, len(q.Evidence))
	for i := range q.Evidence {
		e := &q.Evidence[i]
		rs := make([]Rating, len(q.Hypotheses))
		for h := range q.Hypotheses {
			rs[h] = e.Ratings[q.Hypotheses[h].ID]
		}
		cred := LevelMedium
		if i < len(credibility) {
			cred = credibility[i]
		}
		rows[i] = ach.NewRow(rs, cred, e.RelevanceLevel())
	}
	return rows
}

// Assess scores the question's matrix with the rows' credibility.
func (q *Question) Assess(credibility []Level) Assessment {
	rows := q.Rows(credibility)
	n := len(q.Hypotheses)
	a := Assessment{Scores: ach.Scores(rows, n), Spread: make([]int, len(rows))}
	a.Order, a.Least = ach.Order(a.Scores), ach.Least(a.Scores)
	for i, r := range rows {
		a.Spread[i] = ach.Spread(r)
	}
	a.Sensitive = ach.Sensitive(rows, n)
	return a
}

// Credibilities lists each row's credibility (the analyst's or the
// default), for Assess.
func (f *ItemFinder) Credibilities(q *Question) []Level {
	out := make([]Level, len(q.Evidence))
	for i := range q.Evidence {
		out[i] = f.Credibility(&q.Evidence[i])
	}
	return out
}

// QuestionByID returns the question with id in d, or nil.
func (d *CaseData) QuestionByID(id string) *Question {
	for i := range d.Questions {
		if d.Questions[i].ID == id {
			return &d.Questions[i]
		}
	}
	return nil
}
