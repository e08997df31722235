package session

import (
	"slices"

	"casefile/app"
	"casefile/app/textfind"
)

// Index is the open case in memory, with lookups by id and the rows of the
// window's lists. A Session builds it when the case opens and keeps it up
// to date as every change goes through the session; views only read it.
// The pointers its lookups return stay valid until the next change.
type Index struct {
	data        app.CaseData
	at          map[app.Kind]map[string]int // kind -> id -> position in data
	claimFigure map[string]string           // claim id -> figure id
	rows        map[app.Kind][]Row          // rows of the lists, in store order
	names       *textfind.Names             // the actors' names, prepared when first asked for; nil after a person or organization changed
}

// ListKinds are the kinds that have a list of their own, in tab order.
var ListKinds = []app.Kind{app.KindEvent, app.KindPerson, app.KindOrganization, app.KindFigure, app.KindSource}

// NewIndex indexes data. It does no UI work, so it may run on any
// goroutine (a case is indexed off the UI goroutine while it opens).
func NewIndex(data app.CaseData) *Index {
	x := &Index{data: data}
	x.reindex()
	for _, k := range ListKinds {
		x.rebuildRows(k)
	}
	return x
}

// Data is the whole case. It is the index's own: read it, never change it.
func (x *Index) Data() *app.CaseData { return &x.data }

// Names is the case's people and organizations prepared for finding
// their names in a text (the reading view's suggestions). It is prepared
// when first asked for and kept until a person or organization changes.
func (x *Index) Names() *textfind.Names {
	if x.names == nil {
		x.names = textfind.NewNames(&x.data)
	}
	return x.names
}

// Case is the case's own fields.
func (x *Index) Case() app.Case { return x.data.Case }

// Rows returns the list rows of kind k, in store order. The slice is the
// index's own: read it, and take it again after every change.
func (x *Index) Rows(k app.Kind) []Row { return x.rows[k] }

// reindex rebuilds the id lookups after items were added or removed.
func (x *Index) reindex() {
	x.at = map[app.Kind]map[string]int{}
	put := func(k app.Kind, id string, i int) {
		if x.at[k] == nil {
			x.at[k] = map[string]int{}
		}
		x.at[k][id] = i
	}
	d := &x.data
	for i := range d.Sources {
		put(app.KindSource, d.Sources[i].ID, i)
	}
	for i := range d.People {
		put(app.KindPerson, d.People[i].ID, i)
	}
	for i := range d.Organizations {
		put(app.KindOrganization, d.Organizations[i].ID, i)
	}
	for i := range d.Relations {
		put(app.KindRelation, d.Relations[i].ID, i)
	}
	for i := range d.Events {
		put(app.KindEvent, d.Events[i].ID, i)
	}
	for i := range d.Annotations {
		put(app.KindAnnotation, d.Annotations[i].ID, i)
	}
	x.claimFigure = map[string]string{}
	for i := range d.Figures {
		put(app.KindFigure, d.Figures[i].ID, i)
		for _, c := range d.Figures[i].Claims {
			x.claimFigure[c.ID] = d.Figures[i].ID
		}
	}
}

// Lookups by id; each returns nil when there is no such item.

// Source returns the source id.
func (x *Index) Source(id string) *app.Source {
	if i, ok := x.at[app.KindSource][id]; ok {
		return &x.data.Sources[i]
	}
	return nil
}

// Person returns the person id.
func (x *Index) Person(id string) *app.Person {
	if i, ok := x.at[app.KindPerson][id]; ok {
		return &x.data.People[i]
	}
	return nil
}

// Organization returns the organization id.
func (x *Index) Organization(id string) *app.Organization {
	if i, ok := x.at[app.KindOrganization][id]; ok {
		return &x.data.Organizations[i]
	}
	return nil
}

// Relation returns the relation id.
func (x *Index) Relation(id string) *app.Relation {
	if i, ok := x.at[app.KindRelation][id]; ok {
		return &x.data.Relations[i]
	}
	return nil
}

// Event returns the event id.
func (x *Index) Event(id string) *app.Event {
	if i, ok := x.at[app.KindEvent][id]; ok {
		return &x.data.Events[i]
	}
	return nil
}

// Figure returns the disputed figure id, with its claims.
func (x *Index) Figure(id string) *app.Figure {
	if i, ok := x.at[app.KindFigure][id]; ok {
		return &x.data.Figures[i]
	}
	return nil
}

// Annotation returns the note id on a source's text.
func (x *Index) Annotation(id string) *app.Annotation {
	if i, ok := x.at[app.KindAnnotation][id]; ok {
		return &x.data.Annotations[i]
	}
	return nil
}

// Claim returns a claim and its figure (nil, nil when there is none).
func (x *Index) Claim(id string) (*app.Figure, *app.Claim) {
	f := x.Figure(x.claimFigure[id])
	if f == nil {
		return nil, nil
	}
	for i := range f.Claims {
		if f.Claims[i].ID == id {
			return f, &f.Claims[i]
		}
	}
	return f, nil
}

// ClaimFigure returns the id of the figure claim id is about ("" if none).
func (x *Index) ClaimFigure(id string) string { return x.claimFigure[id] }

// ActorKind says whether id is a person or an organization ("" if neither).
func (x *Index) ActorKind(id string) app.Kind {
	if _, ok := x.at[app.KindPerson][id]; ok {
		return app.KindPerson
	}
	if _, ok := x.at[app.KindOrganization][id]; ok {
		return app.KindOrganization
	}
	return ""
}

// ActorName is the name of a person or organization, or "" when unknown.
func (x *Index) ActorName(id string) string {
	if p := x.Person(id); p != nil {
		return p.Name
	}
	if o := x.Organization(id); o != nil {
		return o.Name
	}
	return ""
}

// ItemName is the name or title of any item, for links and messages, or ""
// when there is no such item.
func (x *Index) ItemName(k app.Kind, id string) string {
	switch k {
	case app.KindPerson, app.KindOrganization:
		return x.ActorName(id)
	case app.KindEvent:
		if e := x.Event(id); e != nil {
			return e.Title
		}
	case app.KindSource:
		if s := x.Source(id); s != nil {
			return s.Title
		}
	case app.KindFigure:
		if f := x.Figure(id); f != nil {
			return f.Question
		}
	case app.KindClaim:
		if _, c := x.Claim(id); c != nil {
			return c.Text
		}
	case app.KindRelation:
		if r := x.Relation(id); r != nil {
			return x.ActorName(r.From) + " " + r.Kind + " " + x.ActorName(r.To)
		}
	case app.KindAnnotation:
		if n := x.Annotation(id); n != nil {
			return n.Note
		}
	}
	return ""
}

// RelationsOf lists the relations that involve the actor id.
func (x *Index) RelationsOf(id string) []app.Relation {
	var out []app.Relation
	for _, r := range x.data.Relations {
		if r.From == id || r.To == id {
			out = append(out, r)
		}
	}
	return out
}

// CitationsOf returns the citations of an item (nil for a kind that cites
// nothing).
func (x *Index) CitationsOf(k app.Kind, id string) []app.Citation {
	switch k {
	case app.KindEvent:
		if e := x.Event(id); e != nil {
			return e.Citations
		}
	case app.KindPerson:
		if p := x.Person(id); p != nil {
			return p.Citations
		}
	case app.KindOrganization:
		if o := x.Organization(id); o != nil {
			return o.Citations
		}
	case app.KindRelation:
		if r := x.Relation(id); r != nil {
			return r.Citations
		}
	case app.KindClaim:
		if _, c := x.Claim(id); c != nil {
			return c.Citations
		}
	}
	return nil
}

// Citation finds a citation by id, with the kind and id of the item that
// makes it; ok is false when there is none.
func (x *Index) Citation(id string) (c app.Citation, kind app.Kind, item string, ok bool) {
	d := &x.data
	find := func(k app.Kind, owner string, cs []app.Citation) bool {
		for _, ct := range cs {
			if ct.ID == id {
				c, kind, item, ok = ct, k, owner, true
				return true
			}
		}
		return false
	}
	for i := range d.Events {
		if find(app.KindEvent, d.Events[i].ID, d.Events[i].Citations) {
			return
		}
	}
	for i := range d.People {
		if find(app.KindPerson, d.People[i].ID, d.People[i].Citations) {
			return
		}
	}
	for i := range d.Organizations {
		if find(app.KindOrganization, d.Organizations[i].ID, d.Organizations[i].Citations) {
			return
		}
	}
	for i := range d.Relations {
		if find(app.KindRelation, d.Relations[i].ID, d.Relations[i].Citations) {
			return
		}
	}
	for i := range d.Figures {
		for j := range d.Figures[i].Claims {
			cl := &d.Figures[i].Claims[j]
			if find(app.KindClaim, cl.ID, cl.Citations) {
				return
			}
		}
	}
	return
}

// KindOf finds the kind of the item id among those that can cite a source
// (events, people, organizations, relations, claims), or "".
func (x *Index) KindOf(id string) app.Kind {
	for _, k := range []app.Kind{app.KindEvent, app.KindPerson, app.KindOrganization, app.KindRelation} {
		if _, ok := x.at[k][id]; ok {
			return k
		}
	}
	if _, ok := x.claimFigure[id]; ok {
		return app.KindClaim
	}
	return ""
}

// Changes to the index. Only the Session makes them, after the store has
// made the same change.

// put replaces the item id in list (keeping what keep copies from the old
// version) or appends it, and updates the lookups and rows.
func put[T any](x *Index, k app.Kind, list *[]T, id string, v T, keep func(old, v *T)) {
	if i, ok := x.at[k][id]; ok && i < len(*list) {
		if keep != nil {
			keep(&(*list)[i], &v)
		}
		(*list)[i] = v
		x.refreshRow(k, id)
		return
	}
	*list = append(*list, v)
	x.reindex()
	x.refreshRow(k, id)
}

func keepCitations[T any](cites func(*T) *[]app.Citation) func(old, v *T) {
	return func(old, v *T) { *cites(v) = *cites(old) }
}

func (x *Index) putEvent(e app.Event) {
	put(x, app.KindEvent, &x.data.Events, e.ID, e, keepCitations(func(e *app.Event) *[]app.Citation { return &e.Citations }))
}

// putPerson stores a person; a new name refreshes the events naming them.
func (x *Index) putPerson(p app.Person) {
	renamed := false
	x.names = nil
	put(x, app.KindPerson, &x.data.People, p.ID, p, func(old, v *app.Person) {
		v.Citations = old.Citations
		renamed = old.Name != v.Name
	})
	if renamed {
		x.rebuildRows(app.KindEvent)
	}
}

// putOrganization stores an organization; a new name refreshes the events
// naming it.
func (x *Index) putOrganization(o app.Organization) {
	renamed := false
	x.names = nil
	put(x, app.KindOrganization, &x.data.Organizations, o.ID, o, func(old, v *app.Organization) {
		v.Citations = old.Citations
		renamed = old.Name != v.Name
	})
	if renamed {
		x.rebuildRows(app.KindEvent)
	}
}

// putSource stores a source; the rows of the figures it makes claims
// about are refreshed, as they show whether an independent source
// supports a value.
func (x *Index) putSource(s app.Source) {
	put(x, app.KindSource, &x.data.Sources, s.ID, s, nil)
	for i := range x.data.Figures {
		for _, c := range x.data.Figures[i].Claims {
			if c.Source == s.ID {
				x.refreshRow(app.KindFigure, x.data.Figures[i].ID)
				break
			}
		}
	}
}

func (x *Index) putRelation(r app.Relation) {
	put(x, app.KindRelation, &x.data.Relations, r.ID, r, keepCitations(func(r *app.Relation) *[]app.Citation { return &r.Citations }))
}

// putFigure stores a figure's own fields, keeping its claims.
func (x *Index) putFigure(f app.Figure) {
	put(x, app.KindFigure, &x.data.Figures, f.ID, f, func(old, v *app.Figure) { v.Claims = old.Claims })
}

// putClaim stores a claim in its figure.
func (x *Index) putClaim(c app.Claim) {
	f := x.Figure(c.Figure)
	if f == nil {
		return
	}
	for i := range f.Claims {
		if f.Claims[i].ID == c.ID {
			c.Citations = f.Claims[i].Citations
			f.Claims[i] = c
			x.refreshRow(app.KindFigure, f.ID)
			return
		}
	}
	f.Claims = append(f.Claims, c)
	x.claimFigure[c.ID] = f.ID
	x.refreshRow(app.KindFigure, f.ID)
}

// setCitations records an item's citations after one was added, changed
// or removed.
func (x *Index) setCitations(k app.Kind, id string, cites []app.Citation) {
	switch k {
	case app.KindEvent:
		if e := x.Event(id); e != nil {
			e.Citations = cites
		}
	case app.KindPerson:
		if p := x.Person(id); p != nil {
			p.Citations = cites
		}
	case app.KindOrganization:
		if o := x.Organization(id); o != nil {
			o.Citations = cites
		}
	case app.KindRelation:
		if r := x.Relation(id); r != nil {
			r.Citations = cites
		}
	case app.KindClaim:
		if _, c := x.Claim(id); c != nil {
			c.Citations = cites
		}
	}
}

// replaceCitation puts a changed citation of an item into the index.
func (x *Index) replaceCitation(k app.Kind, item string, c app.Citation) {
	cs := slices.Clone(x.CitationsOf(k, item))
	for i := range cs {
		if cs[i].ID == c.ID {
			cs[i] = c
		}
	}
	x.setCitations(k, item, cs)
}

// putAnnotation stores a new or changed note.
func (x *Index) putAnnotation(n app.Annotation) {
	put(x, app.KindAnnotation, &x.data.Annotations, n.ID, n, nil)
}

// dropAnnotation removes a deleted note.
func (x *Index) dropAnnotation(id string) {
	x.data.Annotations = slices.DeleteFunc(x.data.Annotations, func(n app.Annotation) bool { return n.ID == id })
	x.reindex()
}
