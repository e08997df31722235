package storage

import (
	"fmt"

	"casefile/app"
)

// MoveQuotes re-anchors the quotes of citations and annotations in the text
// of source, in one transaction and one undo step.
func (db *DB) MoveQuotes(source string, moves []app.QuoteMove) error {
	if len(moves) == 0 {
		return nil
	}
	for i := range moves {
		q := moves[i].Quote
		if err := q.Validate(); err != nil {
			return err
		}
		if (moves[i].Citation == "") == (moves[i].Annotation == "") {
			return app.FieldError("quote", "Each quote to move must name one citation or one annotation.")
		}
	}
	return db.change(app.KindSource, source, "move the quotes with the text", func(w *writer) (string, error) {
		var title string
		if err := w.QueryRow("SELECT title FROM sources WHERE id = ?", source).Scan(&title); err != nil {
			return "", readOne(err, app.KindSource, source)
		}
		for _, m := range moves {
			table, id := "citations", m.Citation
			if id == "" {
				table, id = "annotations", m.Annotation
			}
			q := m.Quote
			res, err := w.exec("UPDATE "+table+" SET quote_exact = ?, quote_prefix = ?, quote_suffix = ?, quote_start = ?, quote_end = ? WHERE id = ? AND source = ?",
				append(quoteArgs(&q), id, source)...)
			if err != nil {
				return "", err
			}
			if n, err := res.RowsAffected(); err != nil {
				return "", err
			} else if n == 0 {
				return "", app.Errorf(app.ENOTFOUND, "No quote %q of the source %s was found to move.", id, quoteName(truncate(title, maxLabelRunes)))
			}
		}
		noun := "quotes"
		if len(moves) == 1 {
			noun = "quote"
		}
		return fmt.Sprintf("move %d %s with the text of %s", len(moves), noun, quoteName(truncate(title, maxLabelRunes))), nil
	})
}
