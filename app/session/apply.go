package session

import (
	"casefile/app"
	"casefile/app/casemerge"
)

// PlanImport compares another copy of the case (read from Casefile JSON
// or FollowTheMoney) with the case as it is on disk, for the window's
// "Import into this case…" review: nothing is written. source names the
// other copy ("colleague.json") for the undo label.
func (s *Session) PlanImport(theirs app.CaseData, source string) (*casemerge.Plan, error) {
	ours, err := s.store.Load()
	if err != nil {
		return nil, err
	}
	return casemerge.Compare(ours, theirs, source), nil
}

// Apply writes a reviewed import plan, with the choices now in its
// Changes, as one undoable change ("import ‘colleague.json’"), reads the
// case again and tells every subscriber, naming each item added or
// changed. A plan with nothing to do writes nothing and tells no one.
func (s *Session) Apply(p *casemerge.Plan) error {
	if s.readOnly {
		return &app.Error{Code: app.EREADONLY, Message: s.why}
	}
	b := p.Batch()
	if b.Empty() {
		return nil
	}
	if err := s.store.Apply(b); err != nil {
		return err
	}
	var pairs []string
	for _, a := range p.Adds {
		pairs = append(pairs, string(a.Kind), a.ID)
	}
	for _, c := range p.Changes {
		pairs = append(pairs, string(c.Kind), c.ID)
	}
	return s.reload(changed(pairs...))
}
