package storage

import (
	"database/sql"
	"fmt"
	"slices"

	"casefile/app"
)

// Disputed questions: a question row with its conclusion, its hypotheses
// and evidence rows in position order, and the ratings of the matrix (see
// migrations/0004_questions.sql).

// Pseudo-kinds that name hypotheses and evidence rows in errors; they are
// not items of the case.
const (
	kindHypothesis app.Kind = "hypothesis"
	kindEvidence   app.Kind = "evidence row"
)

const questionCols = "id, text, conclusion, likelihood, confidence, reasoning, indicators"

func scanQuestion(sc rowScanner) (app.Question, error) {
	var q app.Question
	c := &q.Conclusion
	err := sc.Scan(&q.ID, &q.Text, &c.Hypothesis, &c.Likelihood, &c.Confidence, &c.Reasoning, &c.Indicators)
	return q, err
}

func questionArgs(q *app.Question) []any {
	c := &q.Conclusion
	return []any{q.ID, q.Text, c.Hypothesis, c.Likelihood, string(c.Confidence), c.Reasoning, c.Indicators}
}

const evidenceCols = "id, question, item, assumption, credibility, relevance, note"

func scanEvidence(sc rowScanner) (app.Evidence, string, error) {
	var e app.Evidence
	var question string
	var item sql.NullString
	err := sc.Scan(&e.ID, &question, &item, &e.Assumption, &e.Credibility, &e.Relevance, &e.Note)
	e.Item = item.String
	return e, question, err
}

// readQuestions reads the questions whose row matches where (with args),
// in store order, each complete.
func readQuestions(q querier, where string, args ...any) ([]app.Question, error) {
	rows, err := q.Query("SELECT "+questionCols+" FROM questions "+where+" ORDER BY seq", args...)
	if err != nil {
		return nil, err
	}
	var qs []app.Question
	at := map[string]int{}
	for rows.Next() {
		x, err := scanQuestion(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		at[x.ID] = len(qs)
		qs = append(qs, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(qs) == 0 {
		return qs, err
	}
	if err := readHypotheses(q, qs, at); err != nil {
		return nil, err
	}
	return qs, readEvidenceRows(q, qs, at)
}

func readHypotheses(q querier, qs []app.Question, at map[string]int) error {
	rows, err := q.Query("SELECT id, question, text FROM hypotheses ORDER BY question, position, seq")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h app.Hypothesis
		var question string
		if err := rows.Scan(&h.ID, &question, &h.Text); err != nil {
			return err
		}
		if i, ok := at[question]; ok {
			qs[i].Hypotheses = append(qs[i].Hypotheses, h)
		}
	}
	return rows.Err()
}

func readEvidenceRows(q querier, qs []app.Question, at map[string]int) error {
	rows, err := q.Query("SELECT " + evidenceCols + " FROM evidence ORDER BY question, position, seq")
	if err != nil {
		return err
	}
	type place struct{ q, e int }
	where := map[string]place{}
	for rows.Next() {
		e, question, err := scanEvidence(rows)
		if err != nil {
			rows.Close()
			return err
		}
		if i, ok := at[question]; ok {
			where[e.ID] = place{i, len(qs[i].Evidence)}
			qs[i].Evidence = append(qs[i].Evidence, e)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rrows, err := q.Query("SELECT evidence, hypothesis, rating FROM ratings ORDER BY seq")
	if err != nil {
		return err
	}
	defer rrows.Close()
	for rrows.Next() {
		var ev, h, r string
		if err := rrows.Scan(&ev, &h, &r); err != nil {
			return err
		}
		if p, ok := where[ev]; ok {
			e := &qs[p.q].Evidence[p.e]
			if e.Ratings == nil {
				e.Ratings = map[string]app.Rating{}
			}
			e.Ratings[h] = app.Rating(r)
		}
	}
	return rrows.Err()
}

func readQuestion(q querier, id string) (app.Question, error) {
	qs, err := readQuestions(q, "WHERE id = ?", id)
	if err != nil {
		return app.Question{}, err
	}
	if len(qs) == 0 {
		return app.Question{}, notFound(app.KindQuestion, id)
	}
	return qs[0], nil
}

// requireNewRowID fails with ECONFLICT when id is used in table (the
// hypotheses or evidence rows, whose ids are not items').
func requireNewRowID(q querier, table string, k app.Kind, id string) error {
	var n int
	if err := q.QueryRow("SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return &app.Error{Code: app.ECONFLICT, Field: "id", Message: fmt.Sprintf("The id %s is already used by another %s.", quoteName(id), k.Label())}
	}
	return nil
}

// checkEvidenceItem checks that an evidence row's item is a claim, event,
// annotation or figure of the case.
func checkEvidenceItem(q querier, e *app.Evidence) error {
	if e.Item == "" {
		return nil
	}
	k, err := kindOf(q, e.Item)
	if err != nil {
		return err
	}
	if k == "" {
		return &app.Error{Code: app.ENOTFOUND, Field: "item", Message: fmt.Sprintf("The evidence refers to %s, which is not in this case.", quoteName(e.Item))}
	}
	if !slices.Contains(app.EvidenceKinds, k) {
		return app.FieldError("item", "A %s cannot be evidence; choose a claim, an event, a quote or note, or a disputed figure.", k.Label())
	}
	return nil
}

// insertQuestion adds a question with its hypotheses, evidence rows and
// ratings, assigning ids where they are empty.
func insertQuestion(w *writer, q *app.Question) error {
	for i := range q.Hypotheses {
		if q.Hypotheses[i].ID == "" {
			q.Hypotheses[i].ID = app.NewID("hypothesis")
		}
	}
	if err := q.Validate(); err != nil {
		return err
	}
	if q.ID == "" {
		q.ID = app.NewID(app.KindQuestion)
	} else if err := requireNewID(w, q.ID); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO questions ("+questionCols+") VALUES (?, ?, ?, ?, ?, ?, ?)", questionArgs(q)...); err != nil {
		return err
	}
	w.register(q.ID, app.KindQuestion)
	for i := range q.Hypotheses {
		if err := insertHypothesis(w, q.ID, i, &q.Hypotheses[i]); err != nil {
			return at(err, fmt.Sprintf("hypotheses[%d].", i), "")
		}
	}
	for i := range q.Evidence {
		if err := insertEvidence(w, q.ID, i, &q.Evidence[i]); err != nil {
			return at(err, fmt.Sprintf("evidence[%d].", i), "")
		}
	}
	return nil
}

func insertHypothesis(w *writer, question string, pos int, h *app.Hypothesis) error {
	if h.ID == "" {
		h.ID = app.NewID("hypothesis")
	} else if err := requireNewRowID(w, "hypotheses", kindHypothesis, h.ID); err != nil {
		return err
	}
	_, err := w.exec("INSERT INTO hypotheses (id, question, position, text) VALUES (?, ?, ?, ?)", h.ID, question, pos, h.Text)
	return err
}

func insertEvidence(w *writer, question string, pos int, e *app.Evidence) error {
	if e.ID == "" {
		e.ID = app.NewID("evidence")
	} else if err := requireNewRowID(w, "evidence", kindEvidence, e.ID); err != nil {
		return err
	}
	if err := checkEvidenceItem(w, e); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO evidence (id, question, position, item, assumption, credibility, relevance, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		e.ID, question, pos, nullText(e.Item), e.Assumption, string(e.Credibility), string(e.Relevance), e.Note); err != nil {
		return err
	}
	hs := make([]string, 0, len(e.Ratings))
	for h := range e.Ratings {
		hs = append(hs, h)
	}
	slices.Sort(hs) // a fixed order, so that files built from the same data are the same
	for _, h := range hs {
		if r := e.Ratings[h]; r != app.RatingUnrated {
			if _, err := w.exec("INSERT INTO ratings (evidence, hypothesis, rating) VALUES (?, ?, ?)", e.ID, h, string(r)); err != nil {
				return err
			}
		}
	}
	return nil
}
