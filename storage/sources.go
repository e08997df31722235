package storage

import (
	"casefile/app"
)

const sourceCols = "id, title, publisher, author, url, published, published_text, kind, reliability, interest, text"

func scanSource(sc rowScanner) (app.Source, error) {
	var s app.Source
	err := sc.Scan(&s.ID, &s.Title, &s.Publisher, &s.Author, &s.URL, &s.Published.EDTF, &s.Published.Phrase,
		&s.Kind, &s.Reliability, &s.Interest, &s.Text)
	return s, err
}

func readSources(q querier) ([]app.Source, error) {
	rows, err := q.Query("SELECT " + sourceCols + " FROM sources ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ss []app.Source
	for rows.Next() {
		s, err := scanSource(rows)
		if err != nil {
			return nil, err
		}
		ss = append(ss, s)
	}
	return ss, rows.Err()
}

func readSource(q querier, id string) (app.Source, error) {
	s, err := scanSource(q.QueryRow("SELECT "+sourceCols+" FROM sources WHERE id = ?", id))
	return s, readOne(err, app.KindSource, id)
}

func sourceArgs(s *app.Source) []any {
	return []any{s.ID, s.Title, s.Publisher, s.Author, s.URL, s.Published.EDTF, s.Published.Phrase,
		string(s.Kind), string(s.Reliability), string(s.Interest), s.Text}
}

func insertSource(w *writer, s *app.Source) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if s.ID == "" {
		s.ID = app.NewID(app.KindSource)
	} else if err := requireNewID(w, s.ID); err != nil {
		return err
	}
	_, err := w.exec("INSERT INTO sources ("+sourceCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sourceArgs(s)...)
	w.register(s.ID, app.KindSource)
	return err
}

// Sources lists the sources in store order.
func (db *DB) Sources() ([]app.Source, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	ss, err := readSources(db.sql)
	return ss, db.sqlErr(err, "read the sources")
}

// Source reads one source.
func (db *DB) Source(id string) (app.Source, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Source{}, err
	}
	defer unlock()
	s, err := readSource(db.sql, id)
	return s, db.sqlErr(err, "read the source")
}

// CreateSource adds a source, assigning s.ID when it is empty.
func (db *DB) CreateSource(s *app.Source) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if s.ID == "" {
		s.ID = app.NewID(app.KindSource)
	}
	return db.change(app.KindSource, s.ID, "add the source", func(w *writer) (string, error) {
		return label("add", app.KindSource, s.Title), insertSource(w, s)
	})
}

// UpdateSource changes a source.
func (db *DB) UpdateSource(s app.Source) error {
	if err := s.Validate(); err != nil {
		return err
	}
	return db.change(app.KindSource, s.ID, "save the source", func(w *writer) (string, error) {
		return label("edit", app.KindSource, s.Title), saveSource(w, &s)
	})
}

// saveSource writes a source over the stored one, reporting errUnchanged
// when nothing differs.
func saveSource(w *writer, s *app.Source) error {
	cur, err := readSource(w, s.ID)
	if err != nil {
		return err
	}
	if cur == *s {
		return errUnchanged
	}
	_, err = w.exec("UPDATE sources SET title = ?, publisher = ?, author = ?, url = ?, published = ?, published_text = ?, kind = ?, reliability = ?, interest = ?, text = ? WHERE id = ?",
		append(sourceArgs(s)[1:], s.ID)...)
	return err
}

// DeleteSource removes a source with its citations, claims and annotations.
func (db *DB) DeleteSource(id string) error {
	return db.change(app.KindSource, id, "delete the source", func(w *writer) (string, error) {
		return deleteItem(w, app.KindSource, "sources", id)
	})
}
