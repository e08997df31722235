package storage

import (
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

// People.

const personCols = "id, name, role, nationality, born, born_text, died, died_text, notes"

func scanPerson(sc rowScanner) (app.Person, error) {
	var p app.Person
	err := sc.Scan(&p.ID, &p.Name, &p.Role, &p.Nationality, &p.Born.EDTF, &p.Born.Phrase, &p.Died.EDTF, &p.Died.Phrase, &p.Notes)
	return p, err
}

func personArgs(p *app.Person) []any {
	return []any{p.ID, p.Name, p.Role, p.Nationality, p.Born.EDTF, p.Born.Phrase, p.Died.EDTF, p.Died.Phrase, p.Notes}
}

func readPeople(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]app.Person, error) {
	rows, err := q.Query("SELECT " + personCols + " FROM people ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []app.Person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, err
		}
		p.Aliases, p.Citations = aliases[p.ID], cites[p.ID]
		ps = append(ps, p)
	}
	return ps, rows.Err()
}

// readPerson reads one person with aliases and, with cites, citations.
func readPerson(q querier, id string, cites bool) (app.Person, error) {
	p, err := scanPerson(q.QueryRow("SELECT "+personCols+" FROM people WHERE id = ?", id))
	if err != nil {
		return p, readOne(err, app.KindPerson, id)
	}
	if p.Aliases, err = readAliases(q, id); err != nil {
		return p, err
	}
	if cites {
		p.Citations, err = readCitations(q, id)
	}
	return p, err
}

func insertPerson(w *writer, p *app.Person) error {
	// The citations are checked one by one below, so that an error names
	// the citation.
	own := *p
	own.Citations = nil
	if err := own.Validate(); err != nil {
		return err
	}
	if p.ID == "" {
		p.ID = app.NewID(app.KindPerson)
	} else if err := requireNewID(w, p.ID); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO people ("+personCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", personArgs(p)...); err != nil {
		return err
	}
	w.register(p.ID, app.KindPerson)
	if err := insertAliases(w, p.ID, p.Aliases); err != nil {
		return err
	}
	return insertCitations(w, p.ID, p.Citations)
}

// People lists the people in store order.
func (db *DB) People() ([]app.Person, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	aliases, err := loadAliases(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the people")
	}
	cites, err := loadCitations(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the people")
	}
	ps, err := loadPeople(db.sql, aliases, cites)
	return ps, db.sqlErr(err, "read the people")
}

// Person reads one person.
func (db *DB) Person(id string) (app.Person, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Person{}, err
	}
	defer unlock()
	p, err := readPerson(db.sql, id, true)
	return p, db.sqlErr(err, "read the person")
}

// CreatePerson adds a person (with aliases and citations), assigning p.ID
// and the citations' ids when they are empty.
func (db *DB) CreatePerson(p *app.Person) error {
	// insert* validates the item, then its citations (and claims) one by one.
	if p.ID == "" {
		p.ID = app.NewID(app.KindPerson)
	}
	return db.change(app.KindPerson, p.ID, "add the person", func(w *writer) (string, error) {
		return label("add", app.KindPerson, p.Name), insertPerson(w, p)
	})
}

// UpdatePerson changes a person's fields and aliases (not citations).
func (db *DB) UpdatePerson(p app.Person) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return db.change(app.KindPerson, p.ID, "save the person", func(w *writer) (string, error) {
		cur, err := readPerson(w, p.ID, false)
		if err != nil {
			return "", err
		}
		same := sameArgs(personArgs(&cur), personArgs(&p))
		if same && sameAliases(cur.Aliases, p.Aliases) {
			return "", errUnchanged
		}
		if !same {
			if _, err := w.exec("UPDATE people SET name = ?, role = ?, nationality = ?, born = ?, born_text = ?, died = ?, died_text = ?, notes = ? WHERE id = ?",
				append(personArgs(&p)[1:], p.ID)...); err != nil {
				return "", err
			}
		}
		return label("edit", app.KindPerson, p.Name), replaceAliases(w, p.ID, cur.Aliases, p.Aliases)
	})
}

// DeletePerson removes a person with their aliases, relations, citations
// and participation in events; claims they made lose their claimant.
func (db *DB) DeletePerson(id string) error {
	return db.change(app.KindPerson, id, "delete the person", func(w *writer) (string, error) {
		return deleteItem(w, app.KindPerson, "people", id)
	})
}

// Organizations.

const orgCols = "id, name, kind, country, notes"

func scanOrg(sc rowScanner) (app.Organization, error) {
	var o app.Organization
	err := sc.Scan(&o.ID, &o.Name, &o.Kind, &o.Country, &o.Notes)
	return o, err
}

func orgArgs(o *app.Organization) []any {
	return []any{o.ID, o.Name, o.Kind, o.Country, o.Notes}
}

func readOrgs(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]app.Organization, error) {
	rows, err := q.Query("SELECT " + orgCols + " FROM organizations ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var os []app.Organization
	for rows.Next() {
		o, err := scanOrg(rows)
		if err != nil {
			return nil, err
		}
		o.Aliases, o.Citations = aliases[o.ID], cites[o.ID]
		os = append(os, o)
	}
	return os, rows.Err()
}

func readOrg(q querier, id string, cites bool) (app.Organization, error) {
	o, err := scanOrg(q.QueryRow("SELECT "+orgCols+" FROM organizations WHERE id = ?", id))
	if err != nil {
		return o, readOne(err, app.KindOrganization, id)
	}
	if o.Aliases, err = readAliases(q, id); err != nil {
		return o, err
	}
	if cites {
		o.Citations, err = readCitations(q, id)
	}
	return o, err
}

func insertOrg(w *writer, o *app.Organization) error {
	// The citations are checked one by one below, so that an error names
	// the citation.
	own := *o
	own.Citations = nil
	if err := own.Validate(); err != nil {
		return err
	}
	if o.ID == "" {
		o.ID = app.NewID(app.KindOrganization)
	} else if err := requireNewID(w, o.ID); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO organizations ("+orgCols+") VALUES (?, ?, ?, ?, ?)", orgArgs(o)...); err != nil {
		return err
	}
	w.register(o.ID, app.KindOrganization)
	if err := insertAliases(w, o.ID, o.Aliases); err != nil {
		return err
	}
	return insertCitations(w, o.ID, o.Citations)
}

// Organizations lists the organizations in store order.
func (db *DB) Organizations() ([]app.Organization, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	aliases, err := loadAliases(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the organizations")
	}
	cites, err := loadCitations(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the organizations")
	}
	os, err := loadOrgs(db.sql, aliases, cites)
	return os, db.sqlErr(err, "read the organizations")
}

// Organization reads one organization.
func (db *DB) Organization(id string) (app.Organization, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Organization{}, err
	}
	defer unlock()
	o, err := readOrg(db.sql, id, true)
	return o, db.sqlErr(err, "read the organization")
}

// CreateOrganization adds an organization (with aliases and citations),
// assigning o.ID and the citations' ids when they are empty.
func (db *DB) CreateOrganization(o *app.Organization) error {
	// insert* validates the item, then its citations (and claims) one by one.
	if o.ID == "" {
		o.ID = app.NewID(app.KindOrganization)
	}
	return db.change(app.KindOrganization, o.ID, "add the organization", func(w *writer) (string, error) {
		return label("add", app.KindOrganization, o.Name), insertOrg(w, o)
	})
}

// UpdateOrganization changes an organization's fields and aliases (not
// citations).
func (db *DB) UpdateOrganization(o app.Organization) error {
	if err := o.Validate(); err != nil {
		return err
	}
	return db.change(app.KindOrganization, o.ID, "save the organization", func(w *writer) (string, error) {
		cur, err := readOrg(w, o.ID, false)
		if err != nil {
			return "", err
		}
		same := sameArgs(orgArgs(&cur), orgArgs(&o))
		if same && sameAliases(cur.Aliases, o.Aliases) {
			return "", errUnchanged
		}
		if !same {
			if _, err := w.exec("UPDATE organizations SET name = ?, kind = ?, country = ?, notes = ? WHERE id = ?",
				append(orgArgs(&o)[1:], o.ID)...); err != nil {
				return "", err
			}
		}
		return label("edit", app.KindOrganization, o.Name), replaceAliases(w, o.ID, cur.Aliases, o.Aliases)
	})
}

// DeleteOrganization removes an organization with its aliases, relations,
// citations and participation in events; claims it made lose their claimant.
func (db *DB) DeleteOrganization(id string) error {
	return db.change(app.KindOrganization, id, "delete the organization", func(w *writer) (string, error) {
		return deleteItem(w, app.KindOrganization, "organizations", id)
	})
}
