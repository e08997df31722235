package storage

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"casefile/app"
	"casefile/internal/atomicfile"
)

// Create writes a new case file at path holding data, all or nothing: the
// file is built as a temp file in path's folder and renamed to path only
// when everything is in it, so on any error no file is left behind. It
// refuses to replace an existing file unless overwrite is set (and never
// replaces a case that is open elsewhere). The new case is returned open.
//
// Every item is validated and every reference checked, as for the Create
// methods; an error's Field is a path into data such as
// "figures[2].claims[0].source". Items keep their ids; empty ids (citations
// have none in the exchange format) are assigned.
func Create(path string, data app.CaseData, overwrite bool) (*DB, error) {
	if err := CheckFTS5(); err != nil {
		return nil, err
	}
	name := baseName(path)
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, app.Internal(err, "Casefile could not find %s", quoteName(name))
	}
	t, err := claimTarget(abs, name, overwrite)
	if err != nil {
		return nil, err
	}
	defer t.release()
	w, err := atomicfile.Create(abs)
	if err != nil {
		return nil, targetError(err, name, "the case")
	}
	if err := build(w.TempName(), name, data); err != nil {
		w.Abort()
		return nil, err
	}
	if err := t.recheck(); err != nil {
		w.Abort()
		return nil, err
	}
	if overwrite {
		t.beforeRename()
		err = w.Commit()
	} else {
		err = w.CommitNew()
	}
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, &app.Error{Code: app.ECONFLICT, Field: "path", Message: fmt.Sprintf("%s already exists; choose another name or allow replacing it.", quoteName(name)), Err: err}
		}
		return nil, targetError(err, name, "the case")
	}
	t.release()
	db, err := Open(path, Options{})
	if app.ErrorCode(err) == app.ECONFLICT {
		// Between the rename and this open another window or program
		// opened the new file: it is complete, only not ours to return.
		return nil, &app.Error{Code: app.ECONFLICT, Field: "path", Message: fmt.Sprintf("%s was created complete, but another Casefile window or program opened it at once, before this one could.", quoteName(name)), Err: err}
	}
	return db, err
}

// build writes the schema and data into the empty temp file tmp in one
// transaction. The file is private until renamed, so it is written without
// a journal or fsyncs; Create syncs it once at the end.
func build(tmp, name string, data app.CaseData) error {
	sdb, err := sql.Open("sqlite3", fileURI(tmp, "mode=rw&_journal_mode=OFF&_synchronous=OFF&_foreign_keys=on&_locking_mode=EXCLUSIVE&_txlock=immediate"))
	if err != nil {
		return app.Internal(err, "Casefile could not create %s", quoteName(name))
	}
	defer sdb.Close()
	sdb.SetMaxOpenConns(1)
	if _, err := sdb.Exec("PRAGMA cache_size = -65536"); err != nil { // 64 MiB while importing
		return app.Internal(err, "Casefile could not create %s", quoteName(name))
	}
	db := &DB{sql: sdb, name: name}
	tx, err := sdb.Begin()
	if err != nil {
		return db.sqlErr(err, "create the case")
	}
	defer tx.Rollback()
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return db.sqlErr(err, "create the case")
	}
	for _, m := range migrations {
		if _, err := tx.Exec(m.sql); err != nil {
			return app.Internal(err, "Casefile could not create %s (schema step %s)", quoteName(name), m.name)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion())); err != nil {
		return db.sqlErr(err, "create the case")
	}
	// The search index is built in one go at the end rather than row by
	// row by its triggers: FTS5 writes its pending data out at every
	// statement that fires a trigger, which would make thousands of tiny
	// index segments to merge.
	triggers, err := dropSearchTriggers(tx)
	if err != nil {
		return app.Internal(err, "Casefile could not create %s", quoteName(name))
	}
	w := newWriter(tx)
	defer w.close()
	data = cloneCase(data) // ids are assigned in the copy, not the caller's data
	if err := insertAll(w, &data); err != nil {
		return db.sqlErr(err, "create the case")
	}
	w.close()
	if _, err := tx.Exec("INSERT INTO search (rowid, item, field, name, body) SELECT * FROM search_source ORDER BY 1"); err != nil {
		return app.Internal(err, "Casefile could not create %s (search index)", quoteName(name))
	}
	for _, t := range triggers {
		if _, err := tx.Exec(t); err != nil {
			return app.Internal(err, "Casefile could not create %s (search index)", quoteName(name))
		}
	}
	if err := tx.Commit(); err != nil {
		return db.sqlErr(err, "create the case")
	}
	return sdb.Close()
}

// insertAll inserts a whole case in bulk mode (see bulk), in an order in
// which every reference points back to an item inserted before and the
// search index's rowids only grow: sources, people, organizations,
// aliases, relations, events, figures, claims, citations, annotations.
func insertAll(w *writer, d *app.CaseData) error {
	b := &bulk{known: map[string]app.Kind{}}
	w.bulk = b
	defer func() { w.bulk = nil }()
	if err := d.Case.Validate(); err != nil {
		return at(err, "case.", "The case")
	}
	if err := writeCase(w, d.Case); err != nil {
		return err
	}
	// each runs insert for n items, naming them in errors.
	each := func(n int, list, kind string, id func(i int) string, insert func(i int) error) error {
		for i := 0; i < n; i++ {
			b.path, b.who = fmt.Sprintf("%s[%d].", list, i), who(kind, i, id(i))
			if err := insert(i); err != nil {
				return at(err, b.path, b.who)
			}
		}
		return nil
	}
	steps := []func() error{
		func() error {
			return each(len(d.Sources), "sources", "Source", func(i int) string { return d.Sources[i].ID },
				func(i int) error { return insertSource(w, &d.Sources[i]) })
		},
		func() error {
			return each(len(d.People), "people", "Person", func(i int) string { return d.People[i].ID },
				func(i int) error { return people.insert(w, &d.People[i]) })
		},
		func() error {
			return each(len(d.Organizations), "organizations", "Organization", func(i int) string { return d.Organizations[i].ID },
				func(i int) error { return orgs.insert(w, &d.Organizations[i]) })
		},
		func() error {
			for _, pa := range b.aliases {
				if err := insertAliasList(w, pa.owner, pa.list); err != nil {
					return err
				}
			}
			return nil
		},
		func() error {
			return each(len(d.Relations), "relations", "Relation", func(i int) string { return d.Relations[i].ID },
				func(i int) error { return insertRelation(w, &d.Relations[i]) })
		},
		func() error {
			return each(len(d.Events), "events", "Event", func(i int) string { return d.Events[i].ID },
				func(i int) error { return insertEvent(w, &d.Events[i]) })
		},
		func() error {
			return each(len(d.Figures), "figures", "Disputed figure", func(i int) string { return d.Figures[i].ID },
				func(i int) error { return insertFigure(w, &d.Figures[i]) })
		},
		func() error {
			for _, pc := range b.claims {
				for j := range pc.fig.Claims {
					b.path, b.who = pc.path+fmt.Sprintf("claims[%d].", j), pc.who
					c := &pc.fig.Claims[j]
					c.Figure = pc.fig.ID
					if err := insertClaim(w, c); err != nil {
						return at(err, b.path, b.who)
					}
				}
			}
			return nil
		},
		func() error {
			for _, pc := range b.cites {
				if err := insertCitationList(w, pc.item, pc.list); err != nil {
					return at(err, pc.path, pc.who)
				}
			}
			return nil
		},
		func() error {
			return each(len(d.Annotations), "annotations", "Annotation", func(i int) string { return d.Annotations[i].ID },
				func(i int) error { return insertAnnotation(w, &d.Annotations[i]) })
		},
		func() error {
			return each(len(d.Questions), "questions", "Question", func(i int) string { return d.Questions[i].ID },
				func(i int) error { return insertQuestion(w, &d.Questions[i]) })
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// at puts a path prefix on an *app.Error's Field ("events[3]." +
// "participants") and says which item it is about in the message. Other
// errors pass through.
func at(err error, prefix, who string) error {
	var ae *app.Error
	if !errors.As(err, &ae) {
		return err
	}
	e := *ae
	e.Field = prefix + e.Field
	e.Field = strings.TrimSuffix(e.Field, ".")
	if who != "" && !strings.HasPrefix(e.Message, who) {
		e.Message = who + ": " + e.Message
	}
	return &e
}

// who names an item in an error: by id, or by position when it has none.
func who(kind string, i int, id string) string {
	if id == "" {
		return fmt.Sprintf("%s %d", kind, i+1)
	}
	return kind + " " + quoteName(id)
}

// cloneCase copies d's lists (not the strings in them), so that assigning
// ids does not write into the caller's data.
func cloneCase(d app.CaseData) app.CaseData {
	cites := func(cs []app.Citation) []app.Citation {
		out := slices.Clone(cs)
		for i := range out {
			if out[i].Quote != nil {
				q := *out[i].Quote
				out[i].Quote = &q
			}
		}
		return out
	}
	d.Sources = slices.Clone(d.Sources)
	d.People = slices.Clone(d.People)
	for i := range d.People {
		d.People[i].Aliases = slices.Clone(d.People[i].Aliases)
		d.People[i].Citations = cites(d.People[i].Citations)
	}
	d.Organizations = slices.Clone(d.Organizations)
	for i := range d.Organizations {
		d.Organizations[i].Aliases = slices.Clone(d.Organizations[i].Aliases)
		d.Organizations[i].Citations = cites(d.Organizations[i].Citations)
	}
	d.Relations = slices.Clone(d.Relations)
	for i := range d.Relations {
		d.Relations[i].Citations = cites(d.Relations[i].Citations)
	}
	d.Events = slices.Clone(d.Events)
	for i := range d.Events {
		d.Events[i].Participants = slices.Clone(d.Events[i].Participants)
		d.Events[i].Citations = cites(d.Events[i].Citations)
	}
	d.Figures = slices.Clone(d.Figures)
	for i := range d.Figures {
		d.Figures[i].Claims = slices.Clone(d.Figures[i].Claims)
		for j := range d.Figures[i].Claims {
			c := &d.Figures[i].Claims[j]
			c.Citations = cites(c.Citations)
		}
	}
	d.Annotations = slices.Clone(d.Annotations)
	d.Questions = slices.Clone(d.Questions)
	for i := range d.Questions {
		d.Questions[i].Hypotheses = slices.Clone(d.Questions[i].Hypotheses)
		d.Questions[i].Evidence = slices.Clone(d.Questions[i].Evidence)
	}
	return d
}

// dropSearchTriggers drops the triggers that keep the search index and
// returns the SQL that makes them again.
func dropSearchTriggers(tx *sql.Tx) ([]string, error) {
	rows, err := tx.Query("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '*_search_*' ORDER BY rowid")
	if err != nil {
		return nil, err
	}
	var names, sqls []string
	for rows.Next() {
		var n, q string
		if err := rows.Scan(&n, &q); err != nil {
			rows.Close()
			return nil, err
		}
		names, sqls = append(names, n), append(sqls, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, n := range names {
		if _, err := tx.Exec("DROP TRIGGER " + ident(n)); err != nil {
			return nil, err
		}
	}
	return sqls, nil
}
