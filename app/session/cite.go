package session

import "casefile/app"

// CiteEvent adds the citation add to event e (when add is not nil) or
// removes its citation remove (when remove is not ""), and saves e's own
// fields with it, as one undoable change named after the event: citing a
// source can change how the event's words for a day are read ("Tuesday"
// before the source's date), and the analyst did one thing, so Undo takes
// both back at once. add gets its id.
func (s *Session) CiteEvent(e app.Event, add *app.Citation, remove string) error {
	if s.readOnly {
		return &app.Error{Code: app.EREADONLY, Message: s.why}
	}
	b := app.Batch{Kind: app.KindEvent, Item: e.ID, Update: app.CaseData{Events: []app.Event{e}}}
	c := changed(string(app.KindEvent), e.ID)
	if add != nil {
		add.Item = e.ID
		if add.ID == "" {
			add.ID = app.NewID(app.KindCitation)
		}
		b.Citations = []app.Citation{*add}
		c = c.citing(b.Citations)
	}
	if remove != "" {
		b.Uncite = []string{remove}
		c.name(app.KindCitation, remove)
		if old, _, _, ok := s.idx.Citation(remove); ok {
			c.name(app.KindSource, old.Source)
		}
	}
	if err := s.store.Apply(b); err != nil {
		return err
	}
	cs, err := s.store.Citations(e.ID)
	if err != nil {
		return s.reload(c)
	}
	s.idx.putEvent(e)
	s.idx.setCitations(app.KindEvent, e.ID, cs)
	s.notify(c)
	return nil
}
