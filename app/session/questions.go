package session

import (
	"slices"

	"casefile/app"
)

// Disputed questions. Every change below goes to the store as one
// undoable transaction; the session then reads the changed question again
// (a question is small) and tells the subscribers, naming
// app.KindQuestion and the question's id.

// Question returns the question with id in the index, or nil.
func (x *Index) Question(id string) *app.Question { return x.data.QuestionByID(id) }

// QuestionOf returns the question that the hypothesis or evidence row id
// belongs to, or nil.
func (x *Index) QuestionOf(id string) *app.Question {
	for i := range x.data.Questions {
		q := &x.data.Questions[i]
		if q.Hypothesis(id) != nil || q.EvidenceRow(id) != nil {
			return q
		}
	}
	return nil
}

// QuestionsUsing lists the questions of the index that use item itself as
// evidence (see app.QuestionStore.QuestionsUsing).
func (x *Index) QuestionsUsing(item string) []app.QuestionUse { return x.QuestionsAffected("", item) }

// putQuestion replaces (or appends) a question in the index.
func (x *Index) putQuestion(q app.Question) {
	for i := range x.data.Questions {
		if x.data.Questions[i].ID == q.ID {
			x.data.Questions[i] = q
			return
		}
	}
	x.data.Questions = append(x.data.Questions, q)
}

// dropQuestion removes a deleted question from the index.
func (x *Index) dropQuestion(id string) {
	x.data.Questions = slices.DeleteFunc(x.data.Questions, func(q app.Question) bool { return q.ID == id })
}

// questionChanged reads question id again after a change and tells the
// subscribers; extra names other items the change touched (kind, id…).
func (s *Session) questionChanged(id string, extra ...string) error {
	q, err := s.store.Question(id)
	if err != nil {
		return s.reload(changed(append([]string{string(app.KindQuestion), id}, extra...)...))
	}
	s.idx.putQuestion(q)
	s.notify(changed(append([]string{string(app.KindQuestion), id}, extra...)...))
	return nil
}

// owner is the id of the question a hypothesis or evidence row belongs to.
func (s *Session) owner(id string) string {
	if q := s.idx.QuestionOf(id); q != nil {
		return q.ID
	}
	return ""
}

// CreateQuestion adds a question with its hypotheses (2 to 7) and any
// evidence; ids are written back into q.
func (s *Session) CreateQuestion(q *app.Question) error {
	if err := s.store.CreateQuestion(q); err != nil {
		return err
	}
	return s.questionChanged(q.ID)
}

// UpdateQuestion changes a question's text and conclusion.
func (s *Session) UpdateQuestion(q app.Question) error {
	if err := s.store.UpdateQuestion(q); err != nil {
		return err
	}
	return s.questionChanged(q.ID)
}

// DeleteQuestion removes a question with its hypotheses, rows and ratings.
func (s *Session) DeleteQuestion(id string) error {
	if err := s.store.DeleteQuestion(id); err != nil {
		return err
	}
	s.idx.dropQuestion(id)
	s.notify(changed(string(app.KindQuestion), id))
	return nil
}

// AddHypothesis adds a hypothesis at the end of a question's list.
func (s *Session) AddHypothesis(question string, h *app.Hypothesis) error {
	if err := s.store.AddHypothesis(question, h); err != nil {
		return err
	}
	return s.questionChanged(question)
}

// UpdateHypothesis changes a hypothesis's statement.
func (s *Session) UpdateHypothesis(h app.Hypothesis) error {
	q := s.owner(h.ID)
	if err := s.store.UpdateHypothesis(h); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// DeleteHypothesis removes a hypothesis and its ratings.
func (s *Session) DeleteHypothesis(id string) error {
	q := s.owner(id)
	if err := s.store.DeleteHypothesis(id); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// MoveHypothesis moves a hypothesis to position to in its question.
func (s *Session) MoveHypothesis(id string, to int) error {
	q := s.owner(id)
	if err := s.store.MoveHypothesis(id, to); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// AddEvidence adds an evidence row at the end of a question's matrix.
func (s *Session) AddEvidence(question string, e *app.Evidence) error {
	if err := s.store.AddEvidence(question, e); err != nil {
		return err
	}
	return s.questionChanged(question)
}

// AddQuoteEvidence notes a quote of a source and adds it as evidence for
// question, as one change; the note a and row e get their ids.
func (s *Session) AddQuoteEvidence(question string, a *app.Annotation, e *app.Evidence) error {
	if err := s.store.AddQuoteEvidence(question, a, e); err != nil {
		return err
	}
	s.idx.putAnnotation(*a)
	return s.questionChanged(question, string(app.KindAnnotation), a.ID, string(app.KindSource), a.Source)
}

// UpdateEvidence changes a row's assumption, credibility, relevance and
// note.
func (s *Session) UpdateEvidence(e app.Evidence) error {
	q := s.owner(e.ID)
	if err := s.store.UpdateEvidence(e); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// MoveEvidence moves a row to position to in its question's matrix.
func (s *Session) MoveEvidence(id string, to int) error {
	q := s.owner(id)
	if err := s.store.MoveEvidence(id, to); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// DeleteEvidence removes a row and its ratings (not its item).
func (s *Session) DeleteEvidence(id string) error {
	q := s.owner(id)
	if err := s.store.DeleteEvidence(id); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// Rate sets one cell of a question's matrix; app.RatingUnrated clears it.
func (s *Session) Rate(evidence, hypothesis string, r app.Rating) error {
	q := s.owner(evidence)
	if err := s.store.Rate(evidence, hypothesis, r); err != nil {
		return err
	}
	return s.questionChanged(q)
}

// UpdateYardstick chooses the likelihood words of the case's conclusions.
func (s *Session) UpdateYardstick(y app.Yardstick) error {
	c := s.idx.Case()
	c.Yardstick = y
	if err := s.store.UpdateCase(c); err != nil {
		return err
	}
	s.idx.data.Case = c
	s.notify(changed(string(KindCase), "", string(app.KindQuestion), ""))
	return nil
}

// QuestionsAffected lists the questions that lose evidence rows when the
// item id of kind k is deleted: rows of the item itself, and of what goes
// with it (a figure's claims; a source's claims and notes). The window
// names them before it deletes.
func (x *Index) QuestionsAffected(k app.Kind, id string) []app.QuestionUse {
	gone := map[string]bool{id: true}
	d := &x.data
	switch k {
	case app.KindFigure:
		if f := x.Figure(id); f != nil {
			for _, c := range f.Claims {
				gone[c.ID] = true
			}
		}
	case app.KindSource:
		for i := range d.Figures {
			for _, c := range d.Figures[i].Claims {
				if c.Source == id {
					gone[c.ID] = true
				}
			}
		}
		for _, n := range d.Annotations {
			if n.Source == id {
				gone[n.ID] = true
			}
		}
	}
	var out []app.QuestionUse
	for _, q := range d.Questions {
		n := 0
		for _, e := range q.Evidence {
			if e.Item != "" && gone[e.Item] {
				n++
			}
		}
		if n > 0 {
			out = append(out, app.QuestionUse{Question: q.ID, Text: q.Text, Rows: n})
		}
	}
	return out
}
