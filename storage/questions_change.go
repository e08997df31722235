package storage

import (
	"fmt"
	"slices"

	"casefile/app"
)

// Questions lists the disputed questions in store order, each complete.
func (db *DB) Questions() ([]app.Question, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	qs, err := readQuestions(db.sql, "")
	return qs, db.sqlErr(err, "read the disputed questions")
}

// Question reads one disputed question.
func (db *DB) Question(id string) (app.Question, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Question{}, err
	}
	defer unlock()
	q, err := readQuestion(db.sql, id)
	return q, db.sqlErr(err, "read the disputed question")
}

// CreateQuestion adds a question with its hypotheses, evidence and
// ratings, assigning ids where they are empty.
func (db *DB) CreateQuestion(q *app.Question) error {
	if q.ID == "" {
		q.ID = app.NewID(app.KindQuestion)
	}
	return db.change(app.KindQuestion, q.ID, "add the question", func(w *writer) (string, error) {
		return label("add", app.KindQuestion, q.Text), insertQuestion(w, q)
	})
}

// UpdateQuestion changes a question's text and conclusion (not its
// hypotheses or evidence).
func (db *DB) UpdateQuestion(q app.Question) error {
	return db.change(app.KindQuestion, q.ID, "save the question", func(w *writer) (string, error) {
		cur, err := readQuestion(w, q.ID)
		if err != nil {
			return "", err
		}
		next := cur
		next.Text, next.Conclusion = q.Text, q.Conclusion
		if err := next.Validate(); err != nil {
			return "", err
		}
		if sameArgs(questionArgs(&cur), questionArgs(&next)) {
			return "", errUnchanged
		}
		_, err = w.exec("UPDATE questions SET text = ?, conclusion = ?, likelihood = ?, confidence = ?, reasoning = ?, indicators = ? WHERE id = ?",
			append(questionArgs(&next)[1:], q.ID)...)
		return label("edit", app.KindQuestion, next.Text), err
	})
}

// DeleteQuestion removes a question with its hypotheses, evidence rows and
// ratings (not the items the rows point to).
func (db *DB) DeleteQuestion(id string) error {
	return db.change(app.KindQuestion, id, "delete the question", func(w *writer) (string, error) {
		q, err := readQuestion(w, id)
		if err != nil {
			return "", err
		}
		_, err = w.exec("DELETE FROM questions WHERE id = ?", id)
		return label("delete", app.KindQuestion, q.Text), err
	})
}

// questionOf reads the question that a hypothesis or evidence row (in
// table) belongs to.
func questionOf(w *writer, table string, k app.Kind, id string) (app.Question, error) {
	var qid string
	if err := w.QueryRow("SELECT question FROM "+table+" WHERE id = ?", id).Scan(&qid); err != nil {
		return app.Question{}, readOne(err, k, id)
	}
	return readQuestion(w, qid)
}

// AddHypothesis adds a hypothesis at the end of a question's list (at
// most seven); h.ID is assigned when empty.
func (db *DB) AddHypothesis(question string, h *app.Hypothesis) error {
	if err := h.Validate(); err != nil {
		return err
	}
	if h.ID == "" {
		h.ID = app.NewID("hypothesis")
	}
	return db.change(app.KindQuestion, question, "add the hypothesis", func(w *writer) (string, error) {
		q, err := readQuestion(w, question)
		if err != nil {
			return "", err
		}
		if len(q.Hypotheses) >= app.MaxHypotheses {
			return "", app.FieldError("hypotheses", "A question has at most %d hypotheses; merge two or drop one first.", app.MaxHypotheses)
		}
		return label("add hypothesis to", app.KindQuestion, q.Text), insertHypothesis(w, question, len(q.Hypotheses), h)
	})
}

// UpdateHypothesis changes a hypothesis's statement.
func (db *DB) UpdateHypothesis(h app.Hypothesis) error {
	if err := h.Validate(); err != nil {
		return err
	}
	return db.change(app.KindQuestion, db.ownerQuestion("hypotheses", h.ID), "save the hypothesis", func(w *writer) (string, error) {
		q, err := questionOf(w, "hypotheses", kindHypothesis, h.ID)
		if err != nil {
			return "", err
		}
		if q.Hypothesis(h.ID).Text == h.Text {
			return "", errUnchanged
		}
		_, err = w.exec("UPDATE hypotheses SET text = ? WHERE id = ?", h.Text, h.ID)
		return "edit hypothesis " + quoteName(truncate(h.Text, maxLabelRunes)), err
	})
}

// DeleteHypothesis removes a hypothesis and its ratings (a question keeps
// at least two); a conclusion that named it is cleared of it.
func (db *DB) DeleteHypothesis(id string) error {
	return db.change(app.KindQuestion, db.ownerQuestion("hypotheses", id), "delete the hypothesis", func(w *writer) (string, error) {
		q, err := questionOf(w, "hypotheses", kindHypothesis, id)
		if err != nil {
			return "", err
		}
		if len(q.Hypotheses) <= app.MinHypotheses {
			return "", app.FieldError("hypotheses", "A question needs at least %d hypotheses to weigh against each other.", app.MinHypotheses)
		}
		text := q.Hypothesis(id).Text
		if _, err := w.exec("DELETE FROM hypotheses WHERE id = ?", id); err != nil {
			return "", err
		}
		if q.Conclusion.Hypothesis == id {
			if _, err := w.exec("UPDATE questions SET conclusion = '' WHERE id = ?", q.ID); err != nil {
				return "", err
			}
		}
		return "delete hypothesis " + quoteName(truncate(text, maxLabelRunes)), renumber(w, "hypotheses", q.ID, hypothesisIDs(q, id))
	})
}

// MoveHypothesis moves a hypothesis to position to (0-based) in its
// question's list.
func (db *DB) MoveHypothesis(id string, to int) error {
	return db.change(app.KindQuestion, db.ownerQuestion("hypotheses", id), "move the hypothesis", func(w *writer) (string, error) {
		q, err := questionOf(w, "hypotheses", kindHypothesis, id)
		if err != nil {
			return "", err
		}
		ids, ok := moved(hypothesisIDs(q, ""), id, to)
		if !ok {
			return "", errUnchanged
		}
		return "move hypothesis " + quoteName(truncate(q.Hypothesis(id).Text, maxLabelRunes)), renumber(w, "hypotheses", q.ID, ids)
	})
}

func hypothesisIDs(q app.Question, except string) []string {
	var ids []string
	for _, h := range q.Hypotheses {
		if h.ID != except {
			ids = append(ids, h.ID)
		}
	}
	return ids
}

func evidenceIDs(q app.Question, except string) []string {
	var ids []string
	for _, e := range q.Evidence {
		if e.ID != except {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// moved returns ids with id moved to position to (clamped), and whether
// anything moved.
func moved(ids []string, id string, to int) ([]string, bool) {
	from := slices.Index(ids, id)
	to = max(0, min(to, len(ids)-1))
	if from < 0 || from == to {
		return ids, false
	}
	out := slices.Delete(slices.Clone(ids), from, from+1)
	return slices.Insert(out, to, id), true
}

// renumber writes positions 0, 1, 2… for ids in table (only the rows
// whose position changes are written, so Undo has little to restore).
func renumber(w *writer, table, question string, ids []string) error {
	for i, id := range ids {
		if _, err := w.exec("UPDATE "+table+" SET position = ? WHERE id = ? AND question = ? AND position IS NOT ?", i, id, question, i); err != nil {
			return err
		}
	}
	return nil
}

// Rate sets the rating of one cell: evidence row evidence against
// hypothesis; app.RatingUnrated clears it.
func (db *DB) Rate(evidence, hypothesis string, r app.Rating) error {
	if !r.Valid() {
		return app.FieldError("rating", "The rating %q is not one of CC, C, N, I, II or NA.", string(r))
	}
	return db.change(app.KindQuestion, db.ownerQuestion("evidence", evidence), "rate the evidence", func(w *writer) (string, error) {
		q, err := questionOf(w, "evidence", kindEvidence, evidence)
		if err != nil {
			return "", err
		}
		h := q.Hypothesis(hypothesis)
		if h == nil {
			return "", &app.Error{Code: app.ENOTFOUND, Field: "hypothesis", Message: "That hypothesis is not one of this question's."}
		}
		if q.EvidenceRow(evidence).Ratings[hypothesis] == r {
			return "", errUnchanged
		}
		if r == app.RatingUnrated {
			_, err = w.exec("DELETE FROM ratings WHERE evidence = ? AND hypothesis = ?", evidence, hypothesis)
		} else {
			_, err = w.exec("INSERT INTO ratings (evidence, hypothesis, rating) VALUES (?, ?, ?) ON CONFLICT (evidence, hypothesis) DO UPDATE SET rating = excluded.rating",
				evidence, hypothesis, string(r))
		}
		if r == app.RatingUnrated {
			return "clear a rating against " + quoteName(truncate(h.Text, maxLabelRunes)), err
		}
		return fmt.Sprintf("rate evidence %s against %s", string(r), quoteName(truncate(h.Text, maxLabelRunes))), err
	})
}
