package storage

import (
	"fmt"

	"casefile/app"
)

// ownerQuestion returns the id of the question a hypothesis or evidence
// row (in table) belongs to, or "" when there is none: the item an undo
// step names.
func (db *DB) ownerQuestion(table, id string) string {
	unlock, err := db.lock()
	if err != nil {
		return ""
	}
	defer unlock()
	var q string
	_ = db.sql.QueryRow("SELECT question FROM "+table+" WHERE id = ?", id).Scan(&q)
	return q
}

// evidenceLabel names an evidence row in a change's label.
func evidenceLabel(w *writer, e *app.Evidence) string {
	if e.IsAssumption() {
		return "assumption " + quoteName(truncate(e.Assumption, maxLabelRunes))
	}
	k, _ := kindOf(w, e.Item)
	t, _ := titleOf(w, k, e.Item)
	return k.Label() + " " + quoteName(truncate(t, maxLabelRunes))
}

// AddEvidence adds an evidence row at the end of a question's matrix;
// e.ID is assigned when empty. Its ratings must name the question's
// hypotheses.
func (db *DB) AddEvidence(question string, e *app.Evidence) error {
	if e.ID == "" {
		e.ID = app.NewID("evidence")
	}
	return db.change(app.KindQuestion, question, "add the evidence", func(w *writer) (string, error) {
		return db.addEvidence(w, question, e)
	})
}

func (db *DB) addEvidence(w *writer, question string, e *app.Evidence) (string, error) {
	q, err := readQuestion(w, question)
	if err != nil {
		return "", err
	}
	if err := e.Validate(&q); err != nil {
		return "", err
	}
	if err := insertEvidence(w, question, len(q.Evidence), e); err != nil {
		return "", err
	}
	return "add " + evidenceLabel(w, e) + " to " + quoteName(truncate(q.Text, maxLabelRunes)), nil
}

// AddQuoteEvidence notes a quote of a source's text (the annotation a,
// whose note may be empty: it then says which question the quote is
// evidence for) and adds it as an evidence row e of question, as one
// change. a.ID and e.ID are assigned when empty; e.Item becomes a.ID.
func (db *DB) AddQuoteEvidence(question string, a *app.Annotation, e *app.Evidence) error {
	if e.ID == "" {
		e.ID = app.NewID("evidence")
	}
	return db.change(app.KindQuestion, question, "add the quote as evidence", func(w *writer) (string, error) {
		q, err := readQuestion(w, question)
		if err != nil {
			return "", err
		}
		if a.Quote == nil {
			return "", app.FieldError("quote", "Select the words of the source that are the evidence first.")
		}
		if a.Note == "" {
			a.Note = "Evidence for the question " + quoteName(truncate(q.Text, 80))
		}
		if err := insertAnnotation(w, a); err != nil {
			return "", err
		}
		e.Item, e.Assumption = a.ID, ""
		return db.addEvidence(w, question, e)
	})
}

// UpdateEvidence changes an evidence row's assumption text, credibility,
// relevance and note (not its item, position or ratings).
func (db *DB) UpdateEvidence(e app.Evidence) error {
	return db.change(app.KindQuestion, db.ownerQuestion("evidence", e.ID), "save the evidence", func(w *writer) (string, error) {
		q, err := questionOf(w, "evidence", kindEvidence, e.ID)
		if err != nil {
			return "", err
		}
		cur := q.EvidenceRow(e.ID)
		next := *cur
		next.Credibility, next.Relevance, next.Note = e.Credibility, e.Relevance, e.Note
		if cur.IsAssumption() {
			next.Assumption = e.Assumption
		}
		if err := next.Validate(&q); err != nil {
			return "", err
		}
		if next.Assumption == cur.Assumption && next.Credibility == cur.Credibility && next.Relevance == cur.Relevance && next.Note == cur.Note {
			return "", errUnchanged
		}
		_, err = w.exec("UPDATE evidence SET assumption = ?, credibility = ?, relevance = ?, note = ? WHERE id = ?",
			next.Assumption, string(next.Credibility), string(next.Relevance), next.Note, e.ID)
		return "edit " + evidenceLabel(w, &next), err
	})
}

// MoveEvidence moves an evidence row to position to (0-based) in its
// question's matrix.
func (db *DB) MoveEvidence(id string, to int) error {
	return db.change(app.KindQuestion, db.ownerQuestion("evidence", id), "move the evidence", func(w *writer) (string, error) {
		q, err := questionOf(w, "evidence", kindEvidence, id)
		if err != nil {
			return "", err
		}
		ids, ok := moved(evidenceIDs(q, ""), id, to)
		if !ok {
			return "", errUnchanged
		}
		return "move " + evidenceLabel(w, q.EvidenceRow(id)), renumber(w, "evidence", q.ID, ids)
	})
}

// DeleteEvidence removes an evidence row and its ratings (not its item).
func (db *DB) DeleteEvidence(id string) error {
	return db.change(app.KindQuestion, db.ownerQuestion("evidence", id), "remove the evidence", func(w *writer) (string, error) {
		q, err := questionOf(w, "evidence", kindEvidence, id)
		if err != nil {
			return "", err
		}
		lbl := "remove " + evidenceLabel(w, q.EvidenceRow(id)) + " from " + quoteName(truncate(q.Text, maxLabelRunes))
		if _, err := w.exec("DELETE FROM evidence WHERE id = ?", id); err != nil {
			return "", err
		}
		return lbl, renumber(w, "evidence", q.ID, evidenceIDs(q, id))
	})
}

// QuestionsUsing lists the questions that use item as evidence, in store
// order, with how many of their rows it is: what the window names before
// the item is deleted (which removes those rows).
func (db *DB) QuestionsUsing(item string) ([]app.QuestionUse, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	rows, err := db.sql.Query(`SELECT q.id, q.text, count(*) FROM evidence e JOIN questions q ON q.id = e.question
		WHERE e.item = ? GROUP BY q.id ORDER BY q.seq`, item)
	if err != nil {
		return nil, db.sqlErr(err, "find the questions that use the item")
	}
	defer rows.Close()
	var out []app.QuestionUse
	for rows.Next() {
		var u app.QuestionUse
		if err := rows.Scan(&u.Question, &u.Text, &u.Rows); err != nil {
			return nil, db.sqlErr(err, "find the questions that use the item")
		}
		out = append(out, u)
	}
	return out, db.sqlErr(rows.Err(), fmt.Sprintf("find the questions that use %s", quoteName(item)))
}
