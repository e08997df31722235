package storage

import (
	"casefile/app"
)

func readCase(q querier) (app.Case, error) {
	var c app.Case
	err := q.QueryRow("SELECT title, summary, marking, author, as_of, as_of_text, yardstick FROM case_info WHERE id = 1").
		Scan(&c.Title, &c.Summary, &c.Marking, &c.Author, &c.AsOf.EDTF, &c.AsOf.Phrase, &c.Yardstick)
	return c, err
}

func writeCase(w *writer, c app.Case) error {
	if _, err := w.exec("UPDATE case_info SET title = ?, summary = ?, marking = ?, author = ?, as_of = ?, as_of_text = ? WHERE id = 1",
		c.Title, c.Summary, c.Marking, c.Author, c.AsOf.EDTF, c.AsOf.Phrase); err != nil {
		return err
	}
	// The yardstick column is new in schema version 4: a new case that
	// keeps the default leaves it alone (the tests write files of older
	// versions so).
	if c.Yardstick == "" && w.bulk != nil {
		return nil
	}
	_, err := w.exec("UPDATE case_info SET yardstick = ? WHERE id = 1", string(c.Yardstick))
	return err
}

// Case reads the case's own fields.
func (db *DB) Case() (app.Case, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Case{}, err
	}
	defer unlock()
	c, err := readCase(db.sql)
	return c, db.sqlErr(err, "read the case")
}

// UpdateCase changes the case's own fields.
func (db *DB) UpdateCase(c app.Case) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.change("", "", "save the case details", func(w *writer) (string, error) {
		cur, err := readCase(w)
		if err != nil {
			return "", err
		}
		if cur == c {
			return "", errUnchanged
		}
		return "edit case details", writeCase(w, c)
	})
}
