package storage

import (
	"fmt"
	"strings"

	"casefile/app"
)

// Undo and redo follow the SQLite undo/redo pattern
// (https://www.sqlite.org/undoredo.html). TEMP triggers on every table that
// holds the case's own data write, for each row changed, the SQL statement
// that reverses the change into the TEMP table undolog; nothing about undo
// is stored in the case file, and it lasts as long as the case is open.
// Each change is one step: the range of undolog rows its transaction wrote.
// Undo runs a step's statements in reverse order in one transaction; the
// triggers record their reversal, which becomes the redo step (and redo's
// reversal becomes an undo step again). A new change drops the redo steps.
//
// Derived tables are not logged but follow by their own triggers: items
// (kept by the per-kind tables' triggers) and the search index. Rows that
// foreign keys delete or clear (ON DELETE CASCADE / SET NULL) fire the
// triggers too, so undoing a delete restores all it took along. Foreign keys
// are deferred while a step is replayed, since a child row may be restored
// before its parent.

// step is one change on the undo or redo stack.
type step struct {
	label  string
	kind   app.Kind
	item   string
	source string // for a citation or a note: its source when last known
	lo, hi int64  // undolog seq range
}

// undoTables are the tables whose rows make up the case.
var undoTables = []string{
	"case_info", "sources", "people", "organizations", "aliases", "relations",
	"events", "event_participants", "figures", "claims", "citations", "annotations",
	"node_positions",                                 // schema version 2
	"source_files",                                   // schema version 3
	"questions", "hypotheses", "evidence", "ratings", // schema version 4
}

// installUndo creates the TEMP undo log and its triggers on this connection.
func (db *DB) installUndo() error {
	var b strings.Builder
	b.WriteString("CREATE TEMP TABLE undolog (seq INTEGER PRIMARY KEY, stmt TEXT NOT NULL);\n")
	for _, t := range undoTables {
		sql, err := db.undoTriggers(t)
		if err != nil {
			return err
		}
		b.WriteString(sql)
	}
	if _, err := db.sql.Exec(b.String()); err != nil {
		return app.Internal(err, "Casefile could not prepare undo for %s", quoteName(db.name))
	}
	return nil
}

// undoTriggers returns the TEMP triggers that log the reversal of every
// insert, update and delete on table t.
func (db *DB) undoTriggers(t string) (string, error) {
	rows, err := db.sql.Query("SELECT name, type, pk FROM pragma_table_info(?, 'main')", t)
	if err != nil {
		return "", app.Internal(err, "Casefile could not prepare undo for %s", quoteName(db.name))
	}
	defer rows.Close()
	var cols []string
	var pk string
	for rows.Next() {
		var name, typ string
		var isPK int
		if err := rows.Scan(&name, &typ, &isPK); err != nil {
			return "", app.Internal(err, "Casefile could not prepare undo for %s", quoteName(db.name))
		}
		cols = append(cols, name)
		if isPK == 1 && strings.EqualFold(typ, "INTEGER") {
			pk = name
		}
	}
	if err := rows.Err(); err != nil {
		return "", app.Internal(err, "Casefile could not prepare undo for %s", quoteName(db.name))
	}
	if len(cols) == 0 {
		return "", nil // a table of a later schema version than the file's
	}
	if pk == "" {
		return "", app.Internal(fmt.Errorf("table %s has no INTEGER PRIMARY KEY", t), "Casefile could not prepare undo for %s", quoteName(db.name))
	}
	qt, qpk := ident(t), ident(pk)
	var quoted, sets []string
	for _, c := range cols {
		qc := ident(c)
		quoted = append(quoted, "quote(old."+qc+")")
		if c != pk {
			sets = append(sets, fmt.Sprintf("CASE WHEN old.%s IS NOT new.%s THEN ',%s=' || quote(old.%s) ELSE '' END", qc, qc, strings.ReplaceAll(qc, "'", "''"), qc))
		}
	}
	var colList []string
	for _, c := range cols {
		colList = append(colList, ident(c))
	}
	esc := func(s string) string { return strings.ReplaceAll(s, "'", "''") }
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TEMP TRIGGER undo_%s_ai AFTER INSERT ON main.%s BEGIN\n", t, qt)
	fmt.Fprintf(&b, "  INSERT INTO undolog (stmt) VALUES ('DELETE FROM main.%s WHERE %s=' || new.%s);\nEND;\n", esc(qt), esc(qpk), qpk)
	fmt.Fprintf(&b, "CREATE TEMP TRIGGER undo_%s_au AFTER UPDATE ON main.%s BEGIN\n", t, qt)
	fmt.Fprintf(&b, "  INSERT INTO undolog (stmt) VALUES ('UPDATE main.%s SET %s=%s' || %s || ' WHERE %s=' || old.%s);\nEND;\n",
		esc(qt), esc(qpk), esc(qpk), strings.Join(sets, " || "), esc(qpk), qpk)
	fmt.Fprintf(&b, "CREATE TEMP TRIGGER undo_%s_ad AFTER DELETE ON main.%s BEGIN\n", t, qt)
	fmt.Fprintf(&b, "  INSERT INTO undolog (stmt) VALUES ('INSERT INTO main.%s (%s) VALUES (' || %s || ')');\nEND;\n",
		esc(qt), esc(strings.Join(colList, ", ")), strings.Join(quoted, " || ',' || "))
	return b.String(), nil
}

// ident quotes an SQL identifier.
func ident(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// undoTop returns the highest undolog seq, 0 when the log is empty.
func undoTop(q querier) (int64, error) {
	var n int64
	err := q.QueryRow("SELECT coalesce(max(seq), 0) FROM temp.undolog").Scan(&n)
	return n, err
}

// UndoLabel names the change Undo would revert, or "" when there is none.
func (db *DB) UndoLabel() string {
	db.mu.Lock()
	defer db.mu.Unlock()
	if len(db.undo) == 0 {
		return ""
	}
	return db.undo[len(db.undo)-1].label
}

// RedoLabel names the change Redo would repeat, or "" when there is none.
func (db *DB) RedoLabel() string {
	db.mu.Lock()
	defer db.mu.Unlock()
	if len(db.redo) == 0 {
		return ""
	}
	return db.redo[len(db.redo)-1].label
}

// Undo reverts the last change (in one transaction) and says what it was.
func (db *DB) Undo() (app.Change, error) { return db.replay(true) }

// Redo repeats the last undone change and says what it was.
func (db *DB) Redo() (app.Change, error) { return db.replay(false) }

// replay runs the top step of the undo (or redo) stack backwards and moves
// it, as recorded by the triggers, to the other stack.
func (db *DB) replay(undo bool) (app.Change, error) {
	verb := "undo"
	if !undo {
		verb = "redo"
	}
	if db.readOnly {
		return app.Change{}, db.readOnlyErr()
	}
	unlock, err := db.lock()
	if err != nil {
		return app.Change{}, err
	}
	defer unlock()
	from, to := &db.undo, &db.redo
	if !undo {
		from, to = to, from
	}
	if len(*from) == 0 {
		return app.Change{}, &app.Error{Code: app.EINVALID, Message: fmt.Sprintf("There is nothing to %s.", verb)}
	}
	s := (*from)[len(*from)-1]
	doing := verb + " " + s.label
	tx, err := db.sql.Begin()
	if err != nil {
		return app.Change{}, db.sqlErr(err, doing)
	}
	w := newWriter(tx)
	fail := func(err error) (app.Change, error) {
		w.close()
		tx.Rollback()
		return app.Change{}, db.sqlErr(err, doing)
	}
	rows, err := w.Query("SELECT stmt FROM temp.undolog WHERE seq BETWEEN ? AND ? ORDER BY seq DESC", s.lo, s.hi)
	if err != nil {
		return fail(err)
	}
	var stmts []string
	for rows.Next() {
		var st string
		if err := rows.Scan(&st); err != nil {
			rows.Close()
			return fail(err)
		}
		stmts = append(stmts, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	if _, err := w.exec("DELETE FROM temp.undolog WHERE seq BETWEEN ? AND ?", s.lo, s.hi); err != nil {
		return fail(err)
	}
	before, err := undoTop(w)
	if err != nil {
		return fail(err)
	}
	if _, err := tx.Exec("PRAGMA defer_foreign_keys = ON"); err != nil {
		return fail(err)
	}
	for _, st := range stmts {
		if _, err := tx.Exec(st); err != nil {
			return fail(err)
		}
	}
	after, err := undoTop(w)
	if err != nil {
		return fail(err)
	}
	exists := s.item != "" && itemExists(w, s.kind, s.item)
	source := s.source
	if exists {
		if cur := sourceOf(w, s.kind, s.item); cur != "" {
			source = cur
		}
	}
	shown := source != "" && itemExists(w, app.KindSource, source)
	w.close()
	if err := tx.Commit(); err != nil {
		return app.Change{}, db.sqlErr(err, doing)
	}
	db.gen++
	*from = (*from)[:len(*from)-1]
	*to = append(*to, step{label: s.label, kind: s.kind, item: s.item, source: source, lo: before + 1, hi: after})
	ch := app.Change{Label: s.label, Kind: s.kind}
	if exists {
		ch.Item = s.item
	}
	if shown {
		ch.Source = source
	}
	return ch, nil
}

// sourceOf returns the source a citation or a note on a text belongs to,
// or "" for other kinds and when it does not exist.
func sourceOf(q querier, kind app.Kind, id string) string {
	table := map[app.Kind]string{app.KindCitation: "citations", app.KindAnnotation: "annotations"}[kind]
	if table == "" {
		return ""
	}
	var src string
	if err := q.QueryRow("SELECT source FROM "+table+" WHERE id = ?", id).Scan(&src); err != nil {
		return ""
	}
	return src
}

// itemExists reports whether the item (or citation) id exists.
func itemExists(q querier, kind app.Kind, id string) bool {
	var n int
	table := "items"
	if kind == app.KindCitation {
		table = "citations"
	}
	if kind == "" {
		return false
	}
	err := q.QueryRow("SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n)
	return err == nil && n > 0
}
