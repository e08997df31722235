package storage

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"

	"casefile/app"
)

// ImportSource adds a source imported from a file, in one change: the
// source, with Original describing data (its size and SHA-256 computed
// here), and data itself when it is at most app.MaxOriginalBytes. It
// assigns s.ID when it is empty and sets s.Original.
func (db *DB) ImportSource(s *app.Source, name, mediaType string, data []byte) error {
	sum := sha256.Sum256(data)
	s.Original = &app.Original{Name: name, Type: mediaType, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]),
		Kept: len(data) <= app.MaxOriginalBytes}
	if err := s.Validate(); err != nil {
		return err
	}
	if s.ID == "" {
		s.ID = app.NewID(app.KindSource)
	}
	return db.change(app.KindSource, s.ID, "add the source", func(w *writer) (string, error) {
		if err := insertSource(w, s); err != nil {
			return "", err
		}
		if s.Original.Kept {
			if _, err := w.exec("INSERT INTO source_files (source, data) VALUES (?, ?)", s.ID, data); err != nil {
				return "", err
			}
		}
		return label("import", app.KindSource, s.Title), nil
	})
}

// OriginalFile returns the bytes of the file source id was imported from,
// with its description. A source without a kept original gives an
// ENOTFOUND error with a sentence that says why.
func (db *DB) OriginalFile(id string) ([]byte, app.Original, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, app.Original{}, err
	}
	defer unlock()
	s, err := readSource(db.sql, id)
	if err != nil {
		return nil, app.Original{}, db.sqlErr(err, "read the source")
	}
	if s.Original == nil {
		return nil, app.Original{}, app.Errorf(app.ENOTFOUND, "The source %s was not imported from a file.", quoteName(s.Title))
	}
	if !s.Original.Kept {
		return nil, *s.Original, app.Errorf(app.ENOTFOUND, "The case keeps only the text of %s: its original file was larger than %d MB.", quoteName(s.Original.Name), app.MaxOriginalBytes>>20)
	}
	var data []byte
	err = db.sql.QueryRow("SELECT data FROM source_files WHERE source = ?", id).Scan(&data)
	if err == sql.ErrNoRows {
		return nil, *s.Original, app.Errorf(app.ENOTFOUND, "The original file of %s is not in the case.", quoteName(s.Title))
	}
	if err != nil {
		return nil, *s.Original, db.sqlErr(err, "read the original file")
	}
	return data, *s.Original, nil
}
