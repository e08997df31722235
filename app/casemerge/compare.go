package casemerge

import (
	"slices"
	"strings"

	"casefile/app"
)

// Compare plans importing theirs into ours. ours is the open case as
// loaded; theirs is the other copy (from Casefile JSON or FollowTheMoney).
// Neither is changed. source names the other copy for the undo label.
func Compare(ours, theirs app.CaseData, source string) *Plan {
	m := newMatcher(&ours, theirs)
	p := &Plan{Source: source, ours: &ours}
	m.plan = p
	// Match in an order where every reference points at a kind already
	// matched: sources, actors and events before what refers to them.
	m.matchAll()
	t := m.remapped()
	p.theirs = t
	compareKind(m, sourceSpec(m), ours.Sources, t.Sources, func(s app.Source) { p.adds.Sources = append(p.adds.Sources, s) })
	compareKind(m, personSpec(m), ours.People, t.People, func(x app.Person) { p.adds.People = append(p.adds.People, x) })
	compareKind(m, orgSpec(m), ours.Organizations, t.Organizations, func(x app.Organization) { p.adds.Organizations = append(p.adds.Organizations, x) })
	compareKind(m, relationSpec(m), ours.Relations, t.Relations, func(x app.Relation) { p.adds.Relations = append(p.adds.Relations, x) })
	compareKind(m, eventSpec(m), ours.Events, t.Events, func(x app.Event) { p.adds.Events = append(p.adds.Events, x) })
	m.compareFigures(ours.Figures, t.Figures)
	compareKind(m, annotationSpec(m), ours.Annotations, t.Annotations, func(x app.Annotation) { p.adds.Annotations = append(p.adds.Annotations, x) })
	return p
}

// matcher holds the correspondence of their ids to ours.
type matcher struct {
	plan   *Plan
	ours   *app.CaseData
	theirs app.CaseData
	// ourKind is the kind of every id in ours.
	ourKind map[string]app.Kind
	// ids maps their id to ours: the matched item's, or the id an added
	// item will have.
	ids map[string]string
	// matched is set for their ids that matched one of ours.
	matched map[string]bool
	// taken holds our ids already matched, and ids given to added items.
	taken map[string]bool
	// theirOf maps our id to the id of theirs matched with it.
	theirOf map[string]string
	// nameIx holds the names and titles name shows, built when first asked.
	nameIx map[string]string
}

func newMatcher(ours *app.CaseData, theirs app.CaseData) *matcher {
	m := &matcher{ours: ours, theirs: theirs, ourKind: map[string]app.Kind{}, ids: map[string]string{}, matched: map[string]bool{}, taken: map[string]bool{}, theirOf: map[string]string{}}
	for k, ids := range itemIDs(ours) {
		for _, id := range ids {
			m.ourKind[id] = k
		}
	}
	return m
}

// itemIDs lists the ids of every item of d by kind.
func itemIDs(d *app.CaseData) map[app.Kind][]string {
	out := map[app.Kind][]string{}
	add := func(k app.Kind, id string) { out[k] = append(out[k], id) }
	for _, x := range d.Sources {
		add(app.KindSource, x.ID)
	}
	for _, x := range d.People {
		add(app.KindPerson, x.ID)
	}
	for _, x := range d.Organizations {
		add(app.KindOrganization, x.ID)
	}
	for _, x := range d.Relations {
		add(app.KindRelation, x.ID)
	}
	for _, x := range d.Events {
		add(app.KindEvent, x.ID)
	}
	for _, f := range d.Figures {
		add(app.KindFigure, f.ID)
		for _, c := range f.Claims {
			add(app.KindClaim, c.ID)
		}
	}
	for _, x := range d.Annotations {
		add(app.KindAnnotation, x.ID)
	}
	return out
}

// pair records that their id matches our id, or (ours == "") gives their
// item an id of its own: theirs when it is free in both, else a new one.
func (m *matcher) pair(k app.Kind, theirs, ours string) {
	if _, done := m.ids[theirs]; done {
		return
	}
	if ours != "" {
		m.ids[theirs], m.matched[theirs], m.taken[ours] = ours, true, true
		m.theirOf[ours] = theirs
		return
	}
	id := theirs
	if _, used := m.ourKind[id]; used || m.taken[id] || id == "" {
		id = app.NewID(k)
	}
	m.ids[theirs], m.taken[id] = id, true
}

// byID returns our id when ours has theirs with the same kind and it is
// not matched yet.
func (m *matcher) byID(k app.Kind, id string) string {
	if m.ourKind[id] == k && !m.taken[id] {
		return id
	}
	return ""
}

// keyIndex maps a matching key to our ids that have it, in case order.
type keyIndex map[string][]string

func (x keyIndex) add(id string, keys ...string) {
	for _, k := range keys {
		if k != "" && k != "\x00" {
			x[k] = append(x[k], id)
		}
	}
}

// first returns the first of our ids under any of keys that is not
// matched yet, or "".
func (m *matcher) first(x keyIndex, keys ...string) string {
	for _, k := range keys {
		for _, id := range x[k] {
			if !m.taken[id] {
				return id
			}
		}
	}
	return ""
}

// actorKeys are the same-name keys (app.NameKey) of a name and aliases.
func actorKeys(name string, aliases []app.Alias) []string {
	keys := []string{app.NameKey(name)}
	for _, a := range aliases {
		keys = append(keys, app.NameKey(a.Name))
	}
	return keys
}

func join(parts ...string) string { return strings.Join(parts, "\x00") }

func (m *matcher) matchAll() {
	o, t := m.ours, &m.theirs
	srcURL, srcTitle, people, orgs, events, figures := keyIndex{}, keyIndex{}, keyIndex{}, keyIndex{}, keyIndex{}, keyIndex{}
	for _, x := range o.Sources {
		srcURL.add(x.ID, x.URL)
		srcTitle.add(x.ID, join(app.Fold(x.Title), x.Publisher))
	}
	for _, x := range o.People {
		people.add(x.ID, actorKeys(x.Name, x.Aliases)...)
	}
	for _, x := range o.Organizations {
		orgs.add(x.ID, actorKeys(x.Name, x.Aliases)...)
	}
	for _, x := range o.Events {
		events.add(x.ID, join(app.Fold(x.Title), x.Date.EDTF))
	}
	for _, x := range o.Figures {
		figures.add(x.ID, app.Fold(x.Question))
	}
	for _, s := range t.Sources {
		id := m.byID(app.KindSource, s.ID)
		if id == "" && s.URL != "" {
			id = m.first(srcURL, s.URL)
		}
		if id == "" {
			id = m.first(srcTitle, join(app.Fold(s.Title), s.Publisher))
		}
		m.pair(app.KindSource, s.ID, id)
	}
	for _, p := range t.People {
		id := m.byID(app.KindPerson, p.ID)
		if id == "" {
			id = m.first(people, actorKeys(p.Name, p.Aliases)...)
		}
		m.pair(app.KindPerson, p.ID, id)
	}
	for _, g := range t.Organizations {
		id := m.byID(app.KindOrganization, g.ID)
		if id == "" {
			id = m.first(orgs, actorKeys(g.Name, g.Aliases)...)
		}
		m.pair(app.KindOrganization, g.ID, id)
	}
	for _, e := range t.Events {
		id := m.byID(app.KindEvent, e.ID)
		if id == "" {
			id = m.first(events, join(app.Fold(e.Title), e.Date.EDTF))
		}
		m.pair(app.KindEvent, e.ID, id)
	}
	for _, f := range t.Figures {
		id := m.byID(app.KindFigure, f.ID)
		if id == "" {
			id = m.first(figures, app.Fold(f.Question))
		}
		m.pair(app.KindFigure, f.ID, id)
	}
	m.matchLater()
}

// matchLater matches what refers to other items (claims, relations,
// annotations), comparing references once they are mapped onto ours.
func (m *matcher) matchLater() {
	o, t := m.ours, &m.theirs
	claims, relations, notes := keyIndex{}, keyIndex{}, keyIndex{}
	for _, f := range o.Figures {
		for _, c := range f.Claims {
			claims.add(c.ID, join(f.ID, c.Source, c.Text))
		}
	}
	for _, r := range o.Relations {
		relations.add(r.ID, join(r.From, r.To, app.Fold(r.Kind)))
	}
	for _, a := range o.Annotations {
		notes.add(a.ID, join(a.Source, a.Note, quoteText(a.Quote)))
	}
	for _, f := range t.Figures {
		for _, c := range f.Claims {
			id := m.byID(app.KindClaim, c.ID)
			if id == "" {
				id = m.first(claims, join(m.ref(f.ID), m.ref(c.Source), c.Text))
			}
			m.pair(app.KindClaim, c.ID, id)
		}
	}
	for _, r := range t.Relations {
		id := m.byID(app.KindRelation, r.ID)
		if id == "" {
			id = m.first(relations, join(m.ref(r.From), m.ref(r.To), app.Fold(r.Kind)))
		}
		m.pair(app.KindRelation, r.ID, id)
	}
	for _, a := range t.Annotations {
		id := m.byID(app.KindAnnotation, a.ID)
		if id == "" {
			id = m.first(notes, join(m.ref(a.Source), a.Note, quoteText(a.Quote)))
		}
		m.pair(app.KindAnnotation, a.ID, id)
	}
}

// ref maps a reference of theirs onto our ids; an id neither copy has is
// kept, so that the store's reference check can name it.
func (m *matcher) ref(id string) string {
	if to, ok := m.ids[id]; ok {
		return to
	}
	return id
}

func quoteText(q *app.Quote) string {
	if q == nil {
		return ""
	}
	return q.Exact
}

// remapped returns theirs with every id and reference on our ids.
func (m *matcher) remapped() app.CaseData {
	t := m.theirs
	out := app.CaseData{Case: t.Case}
	cites := func(item string, cs []app.Citation) []app.Citation {
		var r []app.Citation
		for _, c := range cs {
			c.ID, c.Item, c.Source = "", m.ref(item), m.ref(c.Source)
			if c.Quote != nil {
				q := *c.Quote
				c.Quote = &q
			}
			r = append(r, c)
		}
		return r
	}
	for _, s := range t.Sources {
		s.ID = m.ref(s.ID)
		if s.AttachedTo != "" {
			s.AttachedTo = m.ref(s.AttachedTo)
		}
		s.Pages, s.Original = slices.Clone(s.Pages), cloneOriginal(s.Original)
		out.Sources = append(out.Sources, s)
	}
	for _, p := range t.People {
		p.Citations, p.ID = cites(p.ID, p.Citations), m.ref(p.ID)
		p.Aliases = append([]app.Alias(nil), p.Aliases...)
		out.People = append(out.People, p)
	}
	for _, g := range t.Organizations {
		g.Citations, g.ID = cites(g.ID, g.Citations), m.ref(g.ID)
		g.Aliases = append([]app.Alias(nil), g.Aliases...)
		out.Organizations = append(out.Organizations, g)
	}
	for _, r := range t.Relations {
		r.Citations, r.ID, r.From, r.To = cites(r.ID, r.Citations), m.ref(r.ID), m.ref(r.From), m.ref(r.To)
		out.Relations = append(out.Relations, r)
	}
	for _, e := range t.Events {
		e.Citations, e.ID = cites(e.ID, e.Citations), m.ref(e.ID)
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, m.ref(p))
		}
		e.Participants = parts
		out.Events = append(out.Events, e)
	}
	for _, f := range t.Figures {
		var claims []app.Claim
		for _, c := range f.Claims {
			c.Citations, c.ID, c.Figure, c.Source = cites(c.ID, c.Citations), m.ref(c.ID), m.ref(f.ID), m.ref(c.Source)
			if c.Claimant != "" {
				c.Claimant = m.ref(c.Claimant)
			}
			claims = append(claims, c)
		}
		f.ID, f.Claims = m.ref(f.ID), claims
		if f.Event != "" {
			f.Event = m.ref(f.Event)
		}
		out.Figures = append(out.Figures, f)
	}
	for _, a := range t.Annotations {
		a.ID, a.Source = m.ref(a.ID), m.ref(a.Source)
		out.Annotations = append(out.Annotations, a)
	}
	return out
}

// name is how a plan shows a reference: the item's name or title in ours,
// else in theirs, else the id.
func (m *matcher) name(id string) string {
	if id == "" {
		return ""
	}
	if m.nameIx == nil {
		m.nameIx = map[string]string{}
		for _, d := range []*app.CaseData{&m.plan.theirs, m.ours} { // ours last: it wins
			for _, x := range d.Sources {
				m.nameIx[x.ID] = x.Title
			}
			for _, x := range d.Events {
				m.nameIx[x.ID] = x.Title
			}
			for _, x := range d.Organizations {
				m.nameIx[x.ID] = x.Name
			}
			for _, x := range d.People {
				m.nameIx[x.ID] = x.Name
			}
		}
	}
	if n, ok := m.nameIx[id]; ok && n != "" {
		return n
	}
	return id
}
