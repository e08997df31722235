package storage

import (
	"fmt"

	"casefile/app"
)

// Load reads the whole case, every list in store order.
func (db *DB) Load() (app.CaseData, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.CaseData{}, err
	}
	defer unlock()
	d, err := load(db.sql)
	return d, db.sqlErr(err, "read the case")
}

func load(q querier) (d app.CaseData, err error) {
	if d.Case, err = readCase(q); err != nil {
		return d, err
	}
	cites, err := loadCitations(q)
	if err != nil {
		return d, err
	}
	aliases, err := loadAliases(q)
	if err != nil {
		return d, err
	}
	parts, err := loadParticipants(q)
	if err != nil {
		return d, err
	}
	if d.Sources, err = readSources(q); err != nil {
		return d, err
	}
	if d.People, err = loadPeople(q, aliases, cites); err != nil {
		return d, err
	}
	if d.Organizations, err = loadOrgs(q, aliases, cites); err != nil {
		return d, err
	}
	if d.Relations, err = loadRelations(q, cites); err != nil {
		return d, err
	}
	if d.Events, err = loadEvents(q, parts, cites); err != nil {
		return d, err
	}
	if d.Figures, err = loadFigures(q, cites); err != nil {
		return d, err
	}
	if d.Annotations, err = loadAnnotations(q); err != nil {
		return d, err
	}
	d.Questions, err = readQuestions(q, "")
	return d, err
}

// Check counts the items of each kind and runs SQLite's integrity_check
// (which includes FTS5's own check of the search index), the foreign key
// check, and the comparison of the schema with this build's.
func (db *DB) Check() (app.CheckReport, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.CheckReport{}, err
	}
	defer unlock()
	r := app.CheckReport{Counts: map[app.Kind]int{}, Version: db.version}
	rows, err := db.sql.Query("SELECT kind, count(*) FROM items GROUP BY kind UNION ALL SELECT 'citation', count(*) FROM citations")
	if err != nil {
		return r, db.sqlErr(err, "check the case")
	}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			rows.Close()
			return r, db.sqlErr(err, "check the case")
		}
		r.Counts[app.Kind(k)] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return r, db.sqlErr(err, "check the case")
	}
	rows, err = db.sql.Query("PRAGMA integrity_check")
	if err != nil {
		return r, db.sqlErr(err, "check the case")
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return r, db.sqlErr(err, "check the case")
		}
		lines = append(lines, s)
	}
	if err := rows.Err(); err != nil {
		return r, db.sqlErr(err, "check the case")
	}
	r.Integrity = joinLines(lines)
	if r.Problems, err = db.foreignKeyProblems(); err != nil {
		return r, db.sqlErr(err, "check the case")
	}
	schema, err := db.schemaProblems()
	if err != nil {
		return r, db.sqlErr(err, "check the case")
	}
	r.Problems = append(r.Problems, schema...)
	if len(schema) == 0 && db.version == SchemaVersion() { // needs this build's view and table
		copies, err := db.searchCopyProblems()
		if err != nil {
			return r, db.sqlErr(err, "check the case")
		}
		r.Problems = append(r.Problems, copies...)
	}
	if r.OK() && !db.readOnly {
		// The search index has its own check, which compares the index with
		// its content (a read-only connection refuses the command).
		if _, err := db.sql.Exec("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"); err != nil {
			r.Integrity = fmt.Sprintf("search index: %v", err)
		}
	}
	return r, nil
}

func joinLines(ls []string) string {
	s := ""
	for i, l := range ls {
		if i > 0 {
			s += "\n"
		}
		s += l
	}
	return s
}
