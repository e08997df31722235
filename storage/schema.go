package storage

import (
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// schemaObject is one row of sqlite_schema: a table, index, view or
// trigger.
type schemaObject struct {
	typ, name, table, sql string
}

func (o schemaObject) String() string { return o.typ + " " + quoteName(o.name) }

// expected caches, per schema version, the objects a case file of that
// version holds: what this build's migrations make in an empty database.
var expected = struct {
	sync.Mutex
	byVersion map[int]map[string]schemaObject
}{byVersion: map[int]map[string]schemaObject{}}

// expectedSchema returns the objects of a case file at version v, by name.
func expectedSchema(v int) (map[string]schemaObject, error) {
	expected.Lock()
	defer expected.Unlock()
	if s, ok := expected.byVersion[v]; ok {
		return s, nil
	}
	sdb, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		return nil, err
	}
	defer sdb.Close()
	sdb.SetMaxOpenConns(1)
	for _, m := range migrations[:v] {
		if _, err := sdb.Exec(m.sql); err != nil {
			return nil, fmt.Errorf("schema step %s: %w", m.name, err)
		}
	}
	s, err := readSchema(sdb)
	if err != nil {
		return nil, err
	}
	expected.byVersion[v] = s
	return s, nil
}

// readSchema reads the objects of a database's main schema, by name.
func readSchema(q querier) (map[string]schemaObject, error) {
	rows, err := q.Query("SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_schema")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	s := map[string]schemaObject{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.typ, &o.name, &o.table, &o.sql); err != nil {
			return nil, err
		}
		o.sql = strings.TrimSpace(o.sql)
		s[o.name] = o
	}
	return s, rows.Err()
}

// schemaProblems compares the file's schema with the one this build makes
// for its version and says, one sentence each, what is foreign (a table,
// trigger, view or index Casefile did not make), missing or changed.
//
// A file from a newer Casefile has a schema this build does not know: it
// is not compared.
func (db *DB) schemaProblems() ([]string, error) {
	if db.version > SchemaVersion() || db.version < 1 {
		return nil, nil
	}
	want, err := expectedSchema(db.version)
	if err != nil {
		return nil, err
	}
	got, err := readSchema(db.sql)
	if err != nil {
		return nil, err
	}
	var problems []string
	for name, o := range got {
		w, ok := want[name]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("The file holds a %s that Casefile did not make.", o))
		case w.typ != o.typ || w.table != o.table || w.sql != o.sql:
			problems = append(problems, fmt.Sprintf("The %s is not the one Casefile made; it was changed.", o))
		}
	}
	for name, w := range want {
		if _, ok := got[name]; !ok {
			problems = append(problems, fmt.Sprintf("The %s is missing.", w))
		}
	}
	sort.Strings(problems)
	return problems, nil
}

// foreignKeyProblems runs PRAGMA foreign_key_check over the whole file and
// says, one sentence each, which rows refer to rows that are missing (at
// most 100; then how many more).
func (db *DB) foreignKeyProblems() ([]string, error) {
	rows, err := db.sql.Query("PRAGMA foreign_key_check")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []string
	n := 0
	for rows.Next() {
		var table, parent string
		var rowid, fkid sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return nil, err
		}
		n++
		if n <= 100 {
			problems = append(problems, fmt.Sprintf("Row %d of the table %s refers to a row of %s that does not exist.", rowid.Int64, quoteName(table), quoteName(parent)))
		}
	}
	if n > 100 {
		problems = append(problems, fmt.Sprintf("%d more rows refer to rows that do not exist.", n-100))
	}
	return problems, rows.Err()
}

// searchCopyProblems compares the search index's own copy of every
// indexed text (names, titles, notes, source texts) with the rows it was
// made from. The two are written together in every transaction, so a
// difference means that one of them was changed behind Casefile's back:
// the nearest thing to a checksum that the file has.
func (db *DB) searchCopyProblems() ([]string, error) {
	const diff = `SELECT item, field FROM (
		SELECT search_rowid AS r, item, field, name, body FROM search_source
		EXCEPT SELECT rowid, item, field, name, body FROM search
		UNION ALL
		SELECT rowid, item, field, name, body FROM search
		EXCEPT SELECT search_rowid, item, field, name, body FROM search_source)`
	rows, err := db.sql.Query(diff)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[string]bool{}
	var problems []string
	for rows.Next() {
		var item, field string
		if err := rows.Scan(&item, &field); err != nil {
			return nil, err
		}
		key := item + "\x00" + field
		if seen[key] || len(problems) >= 100 {
			continue
		}
		seen[key] = true
		problems = append(problems, fmt.Sprintf("The %s of %s differs from the search index's copy of it; one of the two was changed outside Casefile.", field, quoteName(item)))
	}
	return problems, rows.Err()
}
