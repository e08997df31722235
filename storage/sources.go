package storage

import (
	"database/sql"
	"strconv"
	"strings"

	"casefile/app"
)

// sourceCols1 are the columns a source had in schema version 1;
// sourceSelect reads them and those of version 3 with whether the
// original file is kept.
const sourceCols1 = "id, title, publisher, author, url, published, published_text, kind, reliability, interest, text"

const sourceSelect = "SELECT id, title, publisher, author, url, published, published_text, kind, reliability, interest, text, " +
	"pages, original_name, original_type, original_size, original_sha256, coalesce(attached_to, ''), " +
	"EXISTS (SELECT 1 FROM source_files f WHERE f.source = sources.id) FROM sources"

func scanSource(sc rowScanner) (app.Source, error) {
	var s app.Source
	var pages string
	var o app.Original
	err := sc.Scan(&s.ID, &s.Title, &s.Publisher, &s.Author, &s.URL, &s.Published.EDTF, &s.Published.Phrase,
		&s.Kind, &s.Reliability, &s.Interest, &s.Text, &pages, &o.Name, &o.Type, &o.Size, &o.SHA256, &s.AttachedTo, &o.Kept)
	if err != nil {
		return s, err
	}
	if o.Name != "" || o.SHA256 != "" {
		s.Original = &o
	}
	s.Pages = parsePages(pages)
	return s, nil
}

// formatPages writes a page map as the pages column holds it.
func formatPages(pages []int) string {
	var b strings.Builder
	for i, p := range pages {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(p))
	}
	return b.String()
}

// parsePages reads the pages column; a damaged value reads as no pages.
func parsePages(s string) []int {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	pages := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil
		}
		pages[i] = n
	}
	return pages
}

func readSources(q querier) ([]app.Source, error) {
	rows, err := q.Query(sourceSelect + " ORDER BY seq")
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
	s, err := scanSource(q.QueryRow(sourceSelect+" WHERE id = ?", id))
	return s, readOne(err, app.KindSource, id)
}

func sourceArgs(s *app.Source) []any {
	var o app.Original
	if s.Original != nil {
		o = *s.Original
	}
	var attached any
	if s.AttachedTo != "" {
		attached = s.AttachedTo
	}
	return []any{s.ID, s.Title, s.Publisher, s.Author, s.URL, s.Published.EDTF, s.Published.Phrase,
		string(s.Kind), string(s.Reliability), string(s.Interest), s.Text,
		formatPages(s.Pages), o.Name, o.Type, o.Size, o.SHA256, attached}
}

// checkAttachedTo requires the source a source is attached to to exist.
func checkAttachedTo(w *writer, s *app.Source) error {
	if s.AttachedTo == "" {
		return nil
	}
	var one int
	err := w.QueryRow("SELECT 1 FROM sources WHERE id = ?", s.AttachedTo).Scan(&one)
	if err == sql.ErrNoRows {
		return &app.Error{Code: app.EINVALID, Field: "attached_to", Message: "The source " + quoteName(s.Title) + " is attached to a source that is not in the case."}
	}
	return err
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
	if err := checkAttachedTo(w, s); err != nil {
		return err
	}
	// The columns of schema version 1 first; those of version 3 only when
	// the source has them (so that tests can still write older files).
	args := sourceArgs(s)
	_, err := w.exec("INSERT INTO sources ("+sourceCols1+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args[:11]...)
	w.register(s.ID, app.KindSource)
	if err == nil && (len(s.Pages) > 0 || s.Original != nil || s.AttachedTo != "") {
		_, err = w.exec("UPDATE sources SET pages = ?, original_name = ?, original_type = ?, original_size = ?, original_sha256 = ?, attached_to = ? WHERE id = ?",
			append(args[11:], s.ID)...)
	}
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

// UpdateSource changes a source. Whether its original file is kept
// (Original.Kept) is not changed by an update, unless the source no longer
// describes that file (see saveSource).
func (db *DB) UpdateSource(s app.Source) error {
	if err := s.Validate(); err != nil {
		return err
	}
	return db.change(app.KindSource, s.ID, "save the source", func(w *writer) (string, error) {
		return label("edit", app.KindSource, s.Title), saveSource(w, &s)
	})
}

// saveSource writes a source over the stored one, reporting errUnchanged
// when nothing differs. Whether its original file is kept is not changed,
// except that the kept file goes when the source no longer describes it:
// its Original cleared, or naming a file with another checksum (a copy
// merged in from a colleague who imported another file), so that a kept
// file is always the one the source describes.
func saveSource(w *writer, s *app.Source) error {
	cur, err := readSource(w, s.ID)
	if err != nil {
		return err
	}
	sameFile := s.Original != nil && cur.Original != nil && s.Original.SHA256 == cur.Original.SHA256
	if s.Original != nil && cur.Original != nil {
		o := *s.Original
		o.Kept = sameFile && cur.Original.Kept
		s.Original = &o
	}
	if cur.Equal(s) {
		return errUnchanged
	}
	if err := checkAttachedTo(w, s); err != nil {
		return err
	}
	if !sameFile && cur.Original != nil && cur.Original.Kept {
		if _, err := w.exec("DELETE FROM source_files WHERE source = ?", s.ID); err != nil {
			return err
		}
	}
	_, err = w.exec("UPDATE sources SET title = ?, publisher = ?, author = ?, url = ?, published = ?, published_text = ?, kind = ?, reliability = ?, interest = ?, text = ?, "+
		"pages = ?, original_name = ?, original_type = ?, original_size = ?, original_sha256 = ?, attached_to = ? WHERE id = ?",
		append(sourceArgs(s)[1:], s.ID)...)
	return err
}

// DeleteSource removes a source with its citations, claims, annotations
// and original file; sources attached to it stay, no longer attached.
func (db *DB) DeleteSource(id string) error {
	return db.change(app.KindSource, id, "delete the source", func(w *writer) (string, error) {
		return deleteItem(w, app.KindSource, "sources", id)
	})
}
