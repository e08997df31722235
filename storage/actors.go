package storage

import (
	"strings"

	"casefile/app"
)

// Aliases.

func readAliases(q querier, owner string) ([]app.Alias, error) {
	rows, err := q.Query("SELECT name, note FROM aliases WHERE owner = ? ORDER BY seq", owner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []app.Alias
	for rows.Next() {
		var a app.Alias
		if err := rows.Scan(&a.Name, &a.Note); err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

func readAllAliases(q querier) (map[string][]app.Alias, error) {
	rows, err := q.Query("SELECT owner, name, note FROM aliases ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string][]app.Alias{}
	for rows.Next() {
		var owner string
		var a app.Alias
		if err := rows.Scan(&owner, &a.Name, &a.Note); err != nil {
			return nil, err
		}
		m[owner] = append(m[owner], a)
	}
	return m, rows.Err()
}

func insertAliases(w *writer, owner string, as []app.Alias) error {
	if w.bulk != nil {
		if len(as) > 0 {
			w.bulk.aliases = append(w.bulk.aliases, pendingAliases{owner, as})
		}
		return nil
	}
	return insertAliasList(w, owner, as)
}

func insertAliasList(w *writer, owner string, as []app.Alias) error {
	for _, a := range as {
		if _, err := w.exec("INSERT INTO aliases (owner, name, note) VALUES (?, ?, ?)", owner, a.Name, a.Note); err != nil {
			return err
		}
	}
	return nil
}

// replaceAliases makes owner's aliases as; nothing is written when they
// are the same already.
func replaceAliases(w *writer, owner string, cur, as []app.Alias) error {
	if sameAliases(cur, as) {
		return nil
	}
	if _, err := w.exec("DELETE FROM aliases WHERE owner = ?", owner); err != nil {
		return err
	}
	return insertAliasList(w, owner, as)
}

func sameAliases(a, b []app.Alias) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// People and organizations: the two kinds of actor are stored alike (a
// row, aliases, citations), so one generic actor describes what differs
// and the functions below do the rest for both.

// actor describes how one kind of actor is stored.
type actor[T any] struct {
	kind     app.Kind
	table    string
	cols     string // the columns, "id, name, …", in the order of args
	update   string // UPDATE … SET every column but id … WHERE id = ?
	scan     func(rowScanner) (T, error)
	args     func(*T) []any
	parts    func(*T) actorParts
	validate func(*T) error
}

// actorParts points into an actor's shared fields.
type actorParts struct {
	id, name *string
	aliases  *[]app.Alias
	cites    *[]app.Citation
}

// newActor completes an actor's description with its INSERT and UPDATE.
func newActor[T any](kind app.Kind, table, cols string, scan func(rowScanner) (T, error), args func(*T) []any, parts func(*T) actorParts, validate func(*T) error) actor[T] {
	names := strings.Split(cols, ", ")
	sets := make([]string, 0, len(names)-1)
	for _, n := range names[1:] {
		sets = append(sets, n+" = ?")
	}
	return actor[T]{
		kind: kind, table: table, cols: cols, scan: scan, args: args, parts: parts, validate: validate,
		update: "UPDATE " + table + " SET " + strings.Join(sets, ", ") + " WHERE id = ?",
	}
}

const personCols = "id, name, role, nationality, born, born_text, died, died_text, notes"

func scanPerson(sc rowScanner) (app.Person, error) {
	var p app.Person
	err := sc.Scan(&p.ID, &p.Name, &p.Role, &p.Nationality, &p.Born.EDTF, &p.Born.Phrase, &p.Died.EDTF, &p.Died.Phrase, &p.Notes)
	return p, err
}

func personArgs(p *app.Person) []any {
	return []any{p.ID, p.Name, p.Role, p.Nationality, p.Born.EDTF, p.Born.Phrase, p.Died.EDTF, p.Died.Phrase, p.Notes}
}

const orgCols = "id, name, kind, country, notes"

func scanOrg(sc rowScanner) (app.Organization, error) {
	var o app.Organization
	err := sc.Scan(&o.ID, &o.Name, &o.Kind, &o.Country, &o.Notes)
	return o, err
}

func orgArgs(o *app.Organization) []any {
	return []any{o.ID, o.Name, o.Kind, o.Country, o.Notes}
}

// people and orgs are the two kinds of actor.
var (
	people = newActor(app.KindPerson, "people", personCols, scanPerson, personArgs,
		func(p *app.Person) actorParts { return actorParts{&p.ID, &p.Name, &p.Aliases, &p.Citations} },
		(*app.Person).Validate)
	orgs = newActor(app.KindOrganization, "organizations", orgCols, scanOrg, orgArgs,
		func(o *app.Organization) actorParts { return actorParts{&o.ID, &o.Name, &o.Aliases, &o.Citations} },
		(*app.Organization).Validate)
)

// readAll reads every actor of this kind in store order, with the aliases
// and citations given by owner.
func (a actor[T]) readAll(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]T, error) {
	rows, err := q.Query("SELECT " + a.cols + " FROM " + a.table + " ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var xs []T
	for rows.Next() {
		x, err := a.scan(rows)
		if err != nil {
			return nil, err
		}
		p := a.parts(&x)
		*p.aliases, *p.cites = aliases[*p.id], cites[*p.id]
		xs = append(xs, x)
	}
	return xs, rows.Err()
}

// read reads one actor with its aliases and, with cites, its citations.
func (a actor[T]) read(q querier, id string, cites bool) (T, error) {
	x, err := a.scan(q.QueryRow("SELECT "+a.cols+" FROM "+a.table+" WHERE id = ?", id))
	if err != nil {
		return x, readOne(err, a.kind, id)
	}
	p := a.parts(&x)
	if *p.aliases, err = readAliases(q, id); err != nil {
		return x, err
	}
	if cites {
		*p.cites, err = readCitations(q, id)
	}
	return x, err
}

// insert validates and adds an actor with its aliases and citations,
// assigning its id when empty.
func (a actor[T]) insert(w *writer, x *T) error {
	p := a.parts(x)
	// The citations are checked one by one below, so that an error names
	// the citation.
	own := *x
	*a.parts(&own).cites = nil
	if err := a.validate(&own); err != nil {
		return err
	}
	if *p.id == "" {
		*p.id = app.NewID(a.kind)
	} else if err := requireNewID(w, *p.id); err != nil {
		return err
	}
	marks := strings.Repeat(", ?", len(a.args(x))-1)
	if _, err := w.exec("INSERT INTO "+a.table+" ("+a.cols+") VALUES (?"+marks+")", a.args(x)...); err != nil {
		return err
	}
	w.register(*p.id, a.kind)
	if err := insertAliases(w, *p.id, *p.aliases); err != nil {
		return err
	}
	return insertCitations(w, *p.id, *p.cites)
}

// save writes an actor's own fields and aliases over the stored ones,
// reporting errUnchanged when nothing differs.
func (a actor[T]) save(w *writer, x *T) error {
	p := a.parts(x)
	cur, err := a.read(w, *p.id, false)
	if err != nil {
		return err
	}
	same := sameArgs(a.args(&cur), a.args(x))
	curAliases := *a.parts(&cur).aliases
	if same && sameAliases(curAliases, *p.aliases) {
		return errUnchanged
	}
	if !same {
		if _, err := w.exec(a.update, append(a.args(x)[1:], *p.id)...); err != nil {
			return err
		}
	}
	return replaceAliases(w, *p.id, curAliases, *p.aliases)
}

// list reads every actor of this kind with load (loadPeople, loadOrgs),
// for People and Organizations.
func (a actor[T]) list(db *DB, load func(querier, map[string][]app.Alias, map[string][]app.Citation) ([]T, error)) ([]T, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	doing := "read the " + a.table
	aliases, err := loadAliases(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, doing)
	}
	cites, err := loadCitations(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, doing)
	}
	xs, err := load(db.sql, aliases, cites)
	return xs, db.sqlErr(err, doing)
}

// get reads one actor with its citations.
func (a actor[T]) get(db *DB, id string) (T, error) {
	unlock, err := db.lock()
	if err != nil {
		var zero T
		return zero, err
	}
	defer unlock()
	x, err := a.read(db.sql, id, true)
	return x, db.sqlErr(err, "read the "+a.kind.Label())
}

// create adds an actor as one change.
func (a actor[T]) create(db *DB, x *T) error {
	p := a.parts(x)
	// insert validates the item, then its citations one by one.
	if *p.id == "" {
		*p.id = app.NewID(a.kind)
	}
	return db.change(a.kind, *p.id, "add the "+a.kind.Label(), func(w *writer) (string, error) {
		return label("add", a.kind, *p.name), a.insert(w, x)
	})
}

// edit changes an actor's fields and aliases (not citations) as one change.
func (a actor[T]) edit(db *DB, x T) error {
	if err := a.validate(&x); err != nil {
		return err
	}
	p := a.parts(&x)
	return db.change(a.kind, *p.id, "save the "+a.kind.Label(), func(w *writer) (string, error) {
		return label("edit", a.kind, *p.name), a.save(w, &x)
	})
}

// remove deletes an actor as one change; foreign keys take along its
// aliases, relations, citations and participation in events, and clear the
// claims it made.
func (a actor[T]) remove(db *DB, id string) error {
	return db.change(a.kind, id, "delete the "+a.kind.Label(), func(w *writer) (string, error) {
		return deleteItem(w, a.kind, a.table, id)
	})
}

// People lists the people in store order.
func (db *DB) People() ([]app.Person, error) { return people.list(db, loadPeople) }

// Person reads one person.
func (db *DB) Person(id string) (app.Person, error) { return people.get(db, id) }

// CreatePerson adds a person (with aliases and citations), assigning p.ID
// and the citations' ids when they are empty.
func (db *DB) CreatePerson(p *app.Person) error { return people.create(db, p) }

// UpdatePerson changes a person's fields and aliases (not citations).
func (db *DB) UpdatePerson(p app.Person) error { return people.edit(db, p) }

// DeletePerson removes a person with their aliases, relations, citations
// and participation in events; claims they made lose their claimant.
func (db *DB) DeletePerson(id string) error { return people.remove(db, id) }

// Organizations lists the organizations in store order.
func (db *DB) Organizations() ([]app.Organization, error) { return orgs.list(db, loadOrgs) }

// Organization reads one organization.
func (db *DB) Organization(id string) (app.Organization, error) { return orgs.get(db, id) }

// CreateOrganization adds an organization (with aliases and citations),
// assigning o.ID and the citations' ids when they are empty.
func (db *DB) CreateOrganization(o *app.Organization) error {
	return orgs.create(db, o)
}

// UpdateOrganization changes an organization's fields and aliases (not
// citations).
func (db *DB) UpdateOrganization(o app.Organization) error { return orgs.edit(db, o) }

// DeleteOrganization removes an organization with its aliases, relations,
// citations and participation in events; claims it made lose their claimant.
func (db *DB) DeleteOrganization(id string) error { return orgs.remove(db, id) }
