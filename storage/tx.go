package storage

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"casefile/app"
)

// querier is what *sql.DB, *sql.Tx and *writer have in common for reading.
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

// writer runs the statements of one transaction, preparing each distinct
// statement once (an import runs the same few statements many thousand
// times).
type writer struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	bulk  *bulk // set while Create fills a new file
}

// bulk is what Create keeps while it fills a new file. Every id inserted
// so far is known in memory, so reference checks need no queries. Aliases,
// claims and citations wait until all items of the kinds before them are
// in: the search index's rowids then only ever grow, which lets FTS5 keep
// adding to one segment instead of flushing at every step back.
type bulk struct {
	path    string // where in the data the item being inserted is ("events[3].")
	who     string // how errors name it ("Event ‘e1’")
	known   map[string]app.Kind
	aliases []pendingAliases
	claims  []pendingClaims
	cites   []pendingCites
}

type pendingAliases struct {
	owner string
	list  []app.Alias
}

type pendingClaims struct {
	fig       *app.Figure
	path, who string
}

type pendingCites struct {
	item      string
	list      []app.Citation
	path, who string
}

// register records a new id in bulk mode.
func (w *writer) register(id string, k app.Kind) {
	if w.bulk != nil {
		w.bulk.known[id] = k
	}
}

func newWriter(tx *sql.Tx) *writer {
	return &writer{tx: tx, stmts: map[string]*sql.Stmt{}}
}

func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if s, ok := w.stmts[q]; ok {
		return s, nil
	}
	s, err := w.tx.Prepare(q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = s
	return s, nil
}

// exec runs a statement that changes the case.
func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	s, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.Exec(args...)
}

// Query runs a query in the transaction.
func (w *writer) Query(q string, args ...any) (*sql.Rows, error) {
	s, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.Query(args...)
}

// QueryRow runs a query for one row in the transaction.
func (w *writer) QueryRow(q string, args ...any) *sql.Row {
	s, err := w.stmt(q)
	if err != nil {
		// Let the error surface from Scan, as database/sql does.
		return w.tx.QueryRow(q, args...)
	}
	return s.QueryRow(args...)
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
	w.stmts = nil
}

// lock takes the store's mutex, or fails when the store is closed.
func (db *DB) lock() (func(), error) {
	db.mu.Lock()
	if db.closed || db.sql == nil {
		db.mu.Unlock()
		return nil, &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("The case %s is closed.", quoteName(db.name))}
	}
	return db.mu.Unlock, nil
}

// readOnlyErr is the error of every change to a read-only store.
func (db *DB) readOnlyErr() error {
	return &app.Error{Code: app.EREADONLY, Message: "This case is open read-only, so it cannot be changed. " + db.roReason}
}

// change runs fn as one transaction and records what it did for Undo under
// the label fn returns. kind and item name the main item changed. fn
// returns errUnchanged when there was nothing to change; then nothing is
// written or recorded. doing says what the change is for error messages
// ("save the event").
func (db *DB) change(kind app.Kind, item, doing string, fn func(w *writer) (string, error)) error {
	return db.changeOf(kind, item, nil, doing, fn)
}

// changeOf is change for a citation or a note on a text: *source, read
// once fn has run, is the source it belongs to, which Undo and Redo report
// even when the citation or note itself is gone.
func (db *DB) changeOf(kind app.Kind, item string, source *string, doing string, fn func(w *writer) (string, error)) error {
	if db.readOnly {
		return db.readOnlyErr()
	}
	unlock, err := db.lock()
	if err != nil {
		return err
	}
	defer unlock()
	tx, err := db.sql.Begin()
	if err != nil {
		return db.sqlErr(err, doing)
	}
	w := newWriter(tx)
	defer w.close()
	rollback := func(err error) error {
		w.close()
		tx.Rollback()
		if errors.Is(err, errUnchanged) {
			return nil
		}
		return db.sqlErr(err, doing)
	}
	before, err := undoTop(w)
	if err != nil {
		return rollback(err)
	}
	label, err := fn(w)
	if err != nil {
		return rollback(err)
	}
	after, err := undoTop(w)
	if err != nil {
		return rollback(err)
	}
	if after > before {
		for _, r := range db.redo {
			if _, err := w.exec("DELETE FROM temp.undolog WHERE seq BETWEEN ? AND ?", r.lo, r.hi); err != nil {
				return rollback(err)
			}
		}
	}
	w.close()
	if err := tx.Commit(); err != nil {
		return db.sqlErr(err, doing)
	}
	db.gen++
	if after > before {
		s := step{label: label, kind: kind, item: item, lo: before + 1, hi: after}
		if source != nil {
			s.source = *source
		}
		db.undo = append(db.undo, s)
		db.redo = nil
	}
	return nil
}

// maxLabelRunes is how much of a title a change's label quotes.
const maxLabelRunes = 32

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	return strings.TrimRight(string(r), " ,;:.-–—") + "…"
}

// label names a change: "add event ‘Police raid on Ashraf-3’".
func label(verb string, kind app.Kind, title string) string {
	return verb + " " + kind.Label() + " " + quoteName(truncate(title, maxLabelRunes))
}
