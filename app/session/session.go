// Package session is an open case in memory: its store, the index the
// window's views read, and undo and redo. Every change to the case goes
// through one Session method per kind of change, which changes the store
// (one transaction, on disk before it returns), brings the index up to
// date and tells every subscriber what changed. The views (tabs, the
// reading view, search, the network) subscribe and redraw what they show;
// none of them calls another view or patches the index itself.
//
// The package has no Fyne in it. A Session is not safe for concurrent use:
// the window calls it on its UI goroutine, and only Open and Load may run
// elsewhere.
package session

import (
	"slices"

	"casefile/app"
)

// Pseudo-kinds for the changes that are not to an item of the case.
const (
	// KindCase is the case's own fields (title, summary, as-of date…).
	KindCase app.Kind = "case"
	// KindNodePosition is where the analyst placed a node of the network.
	KindNodePosition app.Kind = "node position"
)

// Change is what one change to the case did, as subscribers hear it.
type Change struct {
	// Items lists, by kind, the ids of the items added, changed or
	// removed. A citation's change also lists the item that cites.
	Items map[app.Kind][]string
	// Reloaded says the whole case was read again (undo, redo, merge, a
	// delete that takes other items with it): views redraw all they show.
	Reloaded bool
	// Undo is set for a change made by Undo or Redo: what it says of itself.
	Undo *app.Change
}

// Touches reports whether the change may have changed items of any of the
// kinds given (always, after a reload).
func (c Change) Touches(kinds ...app.Kind) bool {
	if c.Reloaded {
		return true
	}
	for _, k := range kinds {
		if len(c.Items[k]) > 0 {
			return true
		}
	}
	return false
}

// Has reports whether the change names the item id of kind k (or reloaded
// everything).
func (c Change) Has(k app.Kind, id string) bool {
	return c.Reloaded || slices.Contains(c.Items[k], id)
}

// changed builds a Change naming items: kind, id, kind, id…
func changed(pairs ...string) Change {
	c := Change{Items: map[app.Kind][]string{}}
	for i := 0; i+1 < len(pairs); i += 2 {
		k := app.Kind(pairs[i])
		if !slices.Contains(c.Items[k], pairs[i+1]) {
			c.Items[k] = append(c.Items[k], pairs[i+1])
		}
	}
	return c
}

// citing adds to c the citations a new item was made with, and their
// sources (whose texts now show the quotes).
func (c Change) citing(cs []app.Citation) Change {
	for _, ct := range cs {
		c.name(app.KindCitation, ct.ID)
		c.name(app.KindSource, ct.Source)
	}
	return c
}

// name adds the item id of kind k to c, once.
func (c Change) name(k app.Kind, id string) {
	if !slices.Contains(c.Items[k], id) {
		c.Items[k] = append(c.Items[k], id)
	}
}

// Session is one open case. See the package comment.
type Session struct {
	store    app.Store
	idx      *Index
	readOnly bool
	why      string
	subs     []subscriber
	nextSub  int
	closed   bool
}

type subscriber struct {
	id int
	fn func(Change)
}

// Open reads the whole case from store and indexes it. It does no UI work,
// so it may run off the UI goroutine while a case opens. The session owns
// the store from then on: Close closes it.
func Open(store app.Store) (*Session, error) {
	data, err := store.Load()
	if err != nil {
		return nil, err
	}
	s := &Session{store: store, idx: NewIndex(data)}
	s.readOnly, s.why = store.ReadOnly()
	return s, nil
}

// Index is the case in memory, for reading. It is replaced by changes that
// read the case again, so take it afresh each time rather than keep it.
func (s *Session) Index() *Index { return s.idx }

// Path is the case file's path.
func (s *Session) Path() string { return s.store.Path() }

// ReadOnly reports whether the case cannot be changed and, if so, a
// sentence saying why.
func (s *Session) ReadOnly() (bool, string) { return s.readOnly, s.why }

// Subscribe calls fn after every change, on the goroutine that made it,
// until the returned function is called. Subscribers are called in the
// order they subscribed; fn must not change the case itself.
func (s *Session) Subscribe(fn func(Change)) (unsubscribe func()) {
	s.nextSub++
	id := s.nextSub
	s.subs = append(s.subs, subscriber{id: id, fn: fn})
	return func() {
		s.subs = slices.DeleteFunc(s.subs, func(x subscriber) bool { return x.id == id })
	}
}

// notify tells every subscriber about c.
func (s *Session) notify(c Change) {
	for _, sub := range slices.Clone(s.subs) {
		sub.fn(c)
	}
}

// reload reads the whole case again (after a change whose effects reach
// other items) and tells every subscriber, with what the change named.
func (s *Session) reload(c Change) error {
	data, err := s.store.Load()
	if err != nil {
		return app.Internal(err, "The change was saved, but the case could not be read again; close it and open it again.")
	}
	s.idx = NewIndex(data)
	c.Reloaded = true
	s.notify(c)
	return nil
}

// Close closes the case file (once). Subscribers are dropped.
func (s *Session) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	s.subs = nil
	return s.store.Close()
}

// Load reads the whole case from the file, for an export or a briefing
// made off the UI goroutine; it touches nothing of the session's but the
// store, whose connection serializes access.
func (s *Session) Load() (app.CaseData, error) { return s.store.Load() }

// Search finds items whose text matches query, best first (app.Store.Search).
func (s *Session) Search(query string, limit int) ([]app.SearchHit, error) {
	return s.store.Search(query, limit)
}

// SimilarActors lists the people and organizations with the same name as
// name or one of aliases under the case's one same-name rule, for the
// duplicate warnings (app.Store.SimilarActors).
func (s *Session) SimilarActors(name string, aliases []string, exclude string) ([]app.ActorMatch, error) {
	return s.store.SimilarActors(name, aliases, exclude)
}

// NodePositions returns where the analyst placed nodes in the network view.
func (s *Session) NodePositions() (map[string]app.Point, error) { return s.store.NodePositions() }

// UndoLabel names the change Undo would revert, or "".
func (s *Session) UndoLabel() string { return s.store.UndoLabel() }

// RedoLabel names the change Redo would repeat, or "".
func (s *Session) RedoLabel() string { return s.store.RedoLabel() }

// SaveCopy writes a complete copy of the case to path.
func (s *Session) SaveCopy(path string) error { return s.store.SaveCopy(path) }

// Undo reverts the last change, reads the case again and tells every
// subscriber; it returns what the store says of the change.
func (s *Session) Undo() (app.Change, error) { return s.undoRedo(s.store.Undo) }

// Redo repeats the last undone change, like Undo.
func (s *Session) Redo() (app.Change, error) { return s.undoRedo(s.store.Redo) }

func (s *Session) undoRedo(do func() (app.Change, error)) (app.Change, error) {
	ch, err := do()
	if err != nil {
		return ch, err
	}
	c := changed(string(ch.Kind), ch.Item)
	if ch.Source != "" {
		c.name(app.KindSource, ch.Source)
	}
	c.Undo = &ch
	return ch, s.reload(c)
}

// UpdateCase changes the case's own fields.
func (s *Session) UpdateCase(c app.Case) error {
	if err := s.store.UpdateCase(c); err != nil {
		return err
	}
	s.idx.data.Case = c
	s.notify(changed(string(KindCase), ""))
	return nil
}

// CreateEvent adds an event (its id is written back into e) with the
// citations it carries, as one change and one undo step: an event made
// from a phrase of a source's text comes with its citation of the quote.
func (s *Session) CreateEvent(e *app.Event) error {
	if err := s.store.CreateEvent(e); err != nil {
		return err
	}
	s.idx.putEvent(*e)
	s.notify(changed(string(app.KindEvent), e.ID).citing(e.Citations))
	return nil
}

// UpdateEvent changes an event's own fields (not its citations).
func (s *Session) UpdateEvent(e app.Event) error {
	if err := s.store.UpdateEvent(e); err != nil {
		return err
	}
	s.idx.putEvent(e)
	s.notify(changed(string(app.KindEvent), e.ID))
	return nil
}

// DeleteEvent removes an event and its citations.
func (s *Session) DeleteEvent(id string) error {
	if err := s.store.DeleteEvent(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindEvent), id))
}

// CreatePerson adds a person (its id is written back into p) with the
// citations they carry, as one change and one undo step.
func (s *Session) CreatePerson(p *app.Person) error {
	if err := s.store.CreatePerson(p); err != nil {
		return err
	}
	s.idx.putPerson(*p)
	s.notify(changed(string(app.KindPerson), p.ID).citing(p.Citations))
	return nil
}

// UpdatePerson changes a person's own fields, aliases included.
func (s *Session) UpdatePerson(p app.Person) error {
	if err := s.store.UpdatePerson(p); err != nil {
		return err
	}
	s.idx.putPerson(p)
	s.notify(changed(string(app.KindPerson), p.ID))
	return nil
}

// DeletePerson removes a person with their relations and citations.
func (s *Session) DeletePerson(id string) error {
	if err := s.store.DeletePerson(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindPerson), id))
}

// CreateOrganization adds an organization (its id is written back into o)
// with the citations it carries, as one change and one undo step.
func (s *Session) CreateOrganization(o *app.Organization) error {
	if err := s.store.CreateOrganization(o); err != nil {
		return err
	}
	s.idx.putOrganization(*o)
	s.notify(changed(string(app.KindOrganization), o.ID).citing(o.Citations))
	return nil
}

// UpdateOrganization changes an organization's own fields, aliases included.
func (s *Session) UpdateOrganization(o app.Organization) error {
	if err := s.store.UpdateOrganization(o); err != nil {
		return err
	}
	s.idx.putOrganization(o)
	s.notify(changed(string(app.KindOrganization), o.ID))
	return nil
}

// DeleteOrganization removes an organization with its relations and
// citations.
func (s *Session) DeleteOrganization(id string) error {
	if err := s.store.DeleteOrganization(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindOrganization), id))
}

// Merge folds the person or organization dropID into keepID as one
// undoable change (app.Store.Merge).
func (s *Session) Merge(keepID, dropID string) error {
	k := s.idx.ActorKind(keepID)
	if err := s.store.Merge(keepID, dropID); err != nil {
		return err
	}
	return s.reload(changed(string(k), keepID, string(k), dropID))
}

// CreateSource adds a source (its id is written back into src).
func (s *Session) CreateSource(src *app.Source) error {
	if err := s.store.CreateSource(src); err != nil {
		return err
	}
	s.idx.putSource(*src)
	s.notify(changed(string(app.KindSource), src.ID))
	return nil
}

// UpdateSource changes a source, its text included. Quotes are not moved
// with the text: MoveQuotes does that, as a change of its own. A paged
// source whose text changed while its page map did not has its pages
// carried over to the new text (app.MovePages).
func (s *Session) UpdateSource(src app.Source) error {
	src = withMovedPages(s.idx.Source(src.ID), src)
	if err := s.store.UpdateSource(src); err != nil {
		return err
	}
	s.idx.putSource(src)
	s.notify(changed(string(app.KindSource), src.ID))
	return nil
}

// DeleteSource removes a source with its citations, claims and
// annotations.
func (s *Session) DeleteSource(id string) error {
	if err := s.store.DeleteSource(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindSource), id))
}

// CreateRelation adds a relation (its id is written back into r) with the
// citations it carries, as one change and one undo step.
func (s *Session) CreateRelation(r *app.Relation) error {
	if err := s.store.CreateRelation(r); err != nil {
		return err
	}
	s.idx.putRelation(*r)
	s.notify(changed(string(app.KindRelation), r.ID, string(s.idx.ActorKind(r.From)), r.From, string(s.idx.ActorKind(r.To)), r.To).citing(r.Citations))
	return nil
}

// UpdateRelation changes a relation's parties, kind and dates.
func (s *Session) UpdateRelation(r app.Relation) error {
	old := s.idx.Relation(r.ID)
	c := changed(string(app.KindRelation), r.ID, string(s.idx.ActorKind(r.From)), r.From, string(s.idx.ActorKind(r.To)), r.To)
	if old != nil {
		for _, id := range []string{old.From, old.To} {
			c.Items[s.idx.ActorKind(id)] = append(c.Items[s.idx.ActorKind(id)], id)
		}
	}
	if err := s.store.UpdateRelation(r); err != nil {
		return err
	}
	s.idx.putRelation(r)
	s.notify(c)
	return nil
}

// DeleteRelation removes a relation and its citations.
func (s *Session) DeleteRelation(id string) error {
	if err := s.store.DeleteRelation(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindRelation), id))
}

// CreateFigure adds a disputed figure with any claims it carries and their
// citations, as one change and one undo step: a claim made from a phrase
// about a new figure comes with the figure and its citation.
func (s *Session) CreateFigure(f *app.Figure) error {
	if err := s.store.CreateFigure(f); err != nil {
		return err
	}
	if len(f.Claims) > 0 {
		c := changed(string(app.KindFigure), f.ID)
		for _, cl := range f.Claims {
			c.name(app.KindClaim, cl.ID)
			c = c.citing(cl.Citations)
		}
		return s.reload(c)
	}
	s.idx.putFigure(*f)
	s.notify(changed(string(app.KindFigure), f.ID))
	return nil
}

// UpdateFigure changes a figure's own fields, not its claims.
func (s *Session) UpdateFigure(f app.Figure) error {
	if err := s.store.UpdateFigure(f); err != nil {
		return err
	}
	s.idx.putFigure(f)
	s.notify(changed(string(app.KindFigure), f.ID))
	return nil
}

// DeleteFigure removes a figure with its claims and their citations.
func (s *Session) DeleteFigure(id string) error {
	if err := s.store.DeleteFigure(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindFigure), id))
}

// CreateClaim adds a claim to the figure c.Figure with the citations it
// carries, as one change and one undo step.
func (s *Session) CreateClaim(c *app.Claim) error {
	if err := s.store.CreateClaim(c); err != nil {
		return err
	}
	s.idx.putClaim(*c)
	s.notify(changed(string(app.KindClaim), c.ID, string(app.KindFigure), c.Figure).citing(c.Citations))
	return nil
}

// UpdateClaim changes a claim.
func (s *Session) UpdateClaim(c app.Claim) error {
	if err := s.store.UpdateClaim(c); err != nil {
		return err
	}
	s.idx.putClaim(c)
	s.notify(changed(string(app.KindClaim), c.ID, string(app.KindFigure), c.Figure))
	return nil
}

// DeleteClaim removes a claim and its citations.
func (s *Session) DeleteClaim(id string) error {
	fig := s.idx.ClaimFigure(id)
	if err := s.store.DeleteClaim(id); err != nil {
		return err
	}
	return s.reload(changed(string(app.KindClaim), id, string(app.KindFigure), fig))
}

// CreateAnnotation adds a note on a source's text.
func (s *Session) CreateAnnotation(n *app.Annotation) error {
	if err := s.store.CreateAnnotation(n); err != nil {
		return err
	}
	s.idx.putAnnotation(*n)
	s.notify(changed(string(app.KindAnnotation), n.ID, string(app.KindSource), n.Source))
	return nil
}

// UpdateAnnotation changes a note.
func (s *Session) UpdateAnnotation(n app.Annotation) error {
	if err := s.store.UpdateAnnotation(n); err != nil {
		return err
	}
	s.idx.putAnnotation(n)
	s.notify(changed(string(app.KindAnnotation), n.ID, string(app.KindSource), n.Source))
	return nil
}

// DeleteAnnotation removes a note.
func (s *Session) DeleteAnnotation(id string) error {
	src := ""
	if n := s.idx.Annotation(id); n != nil {
		src = n.Source
	}
	if err := s.store.DeleteAnnotation(id); err != nil {
		return err
	}
	s.idx.dropAnnotation(id)
	s.notify(changed(string(app.KindAnnotation), id, string(app.KindSource), src))
	return nil
}

// AddCitation cites a source (optionally a quote in it) for c.Item, an
// event, person, organization, relation or claim; c.ID is written back.
func (s *Session) AddCitation(c *app.Citation) error {
	k := s.idx.KindOf(c.Item)
	if err := s.store.AddCitation(c); err != nil {
		return err
	}
	return s.citationsChanged(k, c.Item, c.ID, c.Source)
}

// UpdateCitation changes a citation's source, quote or note.
func (s *Session) UpdateCitation(c app.Citation) error {
	old, k, item, ok := s.idx.Citation(c.ID)
	if err := s.store.UpdateCitation(c); err != nil {
		return err
	}
	if !ok {
		return s.reload(changed(string(app.KindCitation), c.ID))
	}
	s.idx.replaceCitation(k, item, c)
	ch := changed(string(app.KindCitation), c.ID, string(k), item, string(app.KindSource), c.Source, string(app.KindSource), old.Source)
	s.notify(ch)
	return nil
}

// DeleteCitation removes a citation.
func (s *Session) DeleteCitation(id string) error {
	old, k, item, ok := s.idx.Citation(id)
	if err := s.store.DeleteCitation(id); err != nil {
		return err
	}
	if !ok {
		return s.reload(changed(string(app.KindCitation), id))
	}
	return s.citationsChanged(k, item, id, old.Source)
}

// citationsChanged reads an item's citations again after one was added or
// removed, and tells the subscribers.
func (s *Session) citationsChanged(k app.Kind, item, citation, source string) error {
	cs, err := s.store.Citations(item)
	if err != nil {
		return s.reload(changed(string(app.KindCitation), citation, string(k), item))
	}
	s.idx.setCitations(k, item, cs)
	s.notify(changed(string(app.KindCitation), citation, string(k), item, string(app.KindSource), source))
	return nil
}

// MoveQuotes re-anchors quotes of citations and annotations in the text of
// source after it was edited, as one undoable change (app.Store.MoveQuotes).
func (s *Session) MoveQuotes(source string, moves []app.QuoteMove) error {
	if err := s.store.MoveQuotes(source, moves); err != nil {
		return err
	}
	c := changed(string(app.KindSource), source)
	for _, mv := range moves {
		q := mv.Quote
		if mv.Citation != "" {
			ct, k, item, ok := s.idx.Citation(mv.Citation)
			if !ok {
				continue
			}
			ct.Quote = &q
			s.idx.replaceCitation(k, item, ct)
			c.Items[app.KindCitation] = append(c.Items[app.KindCitation], ct.ID)
			c.Items[k] = append(c.Items[k], item)
			continue
		}
		if n := s.idx.Annotation(mv.Annotation); n != nil {
			m := *n
			m.Quote = &q
			s.idx.putAnnotation(m)
			c.Items[app.KindAnnotation] = append(c.Items[app.KindAnnotation], m.ID)
		}
	}
	if len(moves) > 0 {
		s.notify(c)
	}
	return nil
}

// SetNodePosition keeps where the analyst dropped the node of item id in
// the network view (app.Store.SetNodePosition).
func (s *Session) SetNodePosition(id string, p app.Point) error {
	if err := s.store.SetNodePosition(id, p); err != nil {
		return err
	}
	s.notify(changed(string(KindNodePosition), id))
	return nil
}
