// Package storage keeps a case in a single SQLite file (extension .casefile)
// and implements app.Store and app.Opener on it. It is the only package that
// speaks SQL.
//
// The file is the document: every change is one transaction, committed and
// fsynced before the method returns. The file is marked with PRAGMA
// application_id and carries its schema version in PRAGMA user_version;
// migrations are embedded SQL. The connection uses journal_mode=DELETE (the
// file alone is always complete), synchronous=FULL, foreign keys,
// BEGIN IMMEDIATE transactions and locking_mode=EXCLUSIVE, so that a second
// window or program gets a clear "open elsewhere" message. Full-text search
// uses FTS5 (build tag sqlite_fts5). Undo and redo use the SQLite undo/redo
// pattern with TEMP triggers, so nothing about undo is stored in the file.
//
// docs/FORMAT.md describes the file in full.
package storage

import (
	"database/sql"
	"errors"
	"path/filepath"
	"sync"

	"casefile/app"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// ApplicationID is the value of PRAGMA application_id in every case file:
// the bytes "CASE".
const ApplicationID = 0x43415345

// Options says how to open a case file.
type Options struct {
	// ReadOnly opens the case so that nothing can change it. A case made by
	// a newer Casefile, or open in another window or program, can only be
	// opened this way.
	ReadOnly bool
}

// DB is an open case file. It implements app.Store; its methods are safe for
// use from several goroutines.
type DB struct {
	mu   sync.Mutex
	sql  *sql.DB
	path string // as given to Open or Create
	name string // base name, for messages

	readOnly    bool
	roReason    string
	version     int    // schema version of the file
	releaseTemp func() // removes a read-only snapshot's folder; called on Close

	undo, redo []step
	closed     bool

	// gen counts the changes committed (edits, undos and redos), so that
	// caches of the case's contents know when they are stale.
	gen uint64
	// actors caches the names of people and organizations for
	// SimilarActors and Search; valid while actors.gen == gen.
	actors *actorIndex
}

var _ app.Store = (*DB)(nil)

// Opener opens and creates case files; it implements app.Opener for main,
// the window and the command line, which never import storage themselves.
type Opener struct{}

var _ app.Opener = Opener{}

// Open opens the case file at path; see Open.
func (Opener) Open(path string, readOnly bool) (app.Store, error) {
	db, err := Open(path, Options{ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// Create writes a new case file at path; see Create.
func (Opener) Create(path string, data app.CaseData, overwrite bool) (app.Store, error) {
	db, err := Create(path, data, overwrite)
	if err != nil {
		return nil, err
	}
	return db, nil
}

// Path returns the case file's path as given to Open or Create.
func (db *DB) Path() string { return db.path }

// ReadOnly reports whether the case cannot be changed and, if so, a sentence
// saying why.
func (db *DB) ReadOnly() (bool, string) { return db.readOnly, db.roReason }

// Version returns the schema version of the open file.
func (db *DB) Version() int { return db.version }

// Close closes the case file, releasing its lock. Closing twice is harmless.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil
	}
	db.closed = true
	db.undo, db.redo = nil, nil
	err := db.sql.Close()
	if db.releaseTemp != nil {
		db.releaseTemp()
		db.releaseTemp = nil
	}
	if err != nil {
		return app.Internal(err, "Casefile could not close %s", quoteName(db.name))
	}
	return nil
}

// quoteName puts a file or item name in typographic quotes for messages.
func quoteName(s string) string { return "‘" + s + "’" }

// baseName is the file name shown in messages.
func baseName(path string) string { return filepath.Base(path) }

// sqliteCode returns the primary and extended SQLite result codes in err,
// or zeros when err is not an SQLite error.
func sqliteCode(err error) (sqlite3.ErrNo, sqlite3.ErrNoExtended) {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code, se.ExtendedCode
	}
	return 0, 0
}
