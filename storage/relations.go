package storage

import (
	"casefile/app"
)

const relationCols = "id, from_actor, to_actor, kind, start_date, start_text, end_date, end_text"

func scanRelation(sc rowScanner) (app.Relation, error) {
	var r app.Relation
	err := sc.Scan(&r.ID, &r.From, &r.To, &r.Kind, &r.Start.EDTF, &r.Start.Phrase, &r.End.EDTF, &r.End.Phrase)
	return r, err
}

func relationArgs(r *app.Relation) []any {
	return []any{r.ID, r.From, r.To, r.Kind, r.Start.EDTF, r.Start.Phrase, r.End.EDTF, r.End.Phrase}
}

func readRelations(q querier, cites map[string][]app.Citation) ([]app.Relation, error) {
	rows, err := q.Query("SELECT " + relationCols + " FROM relations ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var rs []app.Relation
	for rows.Next() {
		r, err := scanRelation(rows)
		if err != nil {
			return nil, err
		}
		r.Citations = cites[r.ID]
		rs = append(rs, r)
	}
	return rs, rows.Err()
}

func readRelation(q querier, id string, cites bool) (app.Relation, error) {
	r, err := scanRelation(q.QueryRow("SELECT "+relationCols+" FROM relations WHERE id = ?", id))
	if err != nil {
		return r, readOne(err, app.KindRelation, id)
	}
	if cites {
		r.Citations, err = readCitations(q, id)
	}
	return r, err
}

// checkRelationEnds checks that a relation links people or organizations.
func checkRelationEnds(w *writer, r *app.Relation) error {
	if err := requireActor(w, "from", "relation's first party", r.From); err != nil {
		return err
	}
	return requireActor(w, "to", "relation's second party", r.To)
}

func insertRelation(w *writer, r *app.Relation) error {
	// The citations are checked one by one below, so that an error names
	// the citation.
	own := *r
	own.Citations = nil
	if err := own.Validate(); err != nil {
		return err
	}
	if r.ID == "" {
		r.ID = app.NewID(app.KindRelation)
	} else if err := requireNewID(w, r.ID); err != nil {
		return err
	}
	if err := checkRelationEnds(w, r); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO relations ("+relationCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", relationArgs(r)...); err != nil {
		return err
	}
	w.register(r.ID, app.KindRelation)
	return insertCitations(w, r.ID, r.Citations)
}

// Relations lists the relations in store order.
func (db *DB) Relations() ([]app.Relation, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	cites, err := loadCitations(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the relations")
	}
	rs, err := loadRelations(db.sql, cites)
	return rs, db.sqlErr(err, "read the relations")
}

// Relation reads one relation.
func (db *DB) Relation(id string) (app.Relation, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Relation{}, err
	}
	defer unlock()
	r, err := readRelation(db.sql, id, true)
	return r, db.sqlErr(err, "read the relation")
}

// CreateRelation adds a relation between two people or organizations,
// assigning r.ID and the citations' ids when they are empty.
func (db *DB) CreateRelation(r *app.Relation) error {
	// insert* validates the item, then its citations (and claims) one by one.
	if r.ID == "" {
		r.ID = app.NewID(app.KindRelation)
	}
	return db.change(app.KindRelation, r.ID, "add the relation", func(w *writer) (string, error) {
		if err := insertRelation(w, r); err != nil {
			return "", err
		}
		title, err := titleOf(w, app.KindRelation, r.ID)
		return label("add", app.KindRelation, title), err
	})
}

// UpdateRelation changes a relation (not its citations).
func (db *DB) UpdateRelation(r app.Relation) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return db.change(app.KindRelation, r.ID, "save the relation", func(w *writer) (string, error) {
		if err := saveRelation(w, &r); err != nil {
			return "", err
		}
		title, err := titleOf(w, app.KindRelation, r.ID)
		return label("edit", app.KindRelation, title), err
	})
}

// saveRelation writes a relation over the stored one, reporting
// errUnchanged when nothing differs.
func saveRelation(w *writer, r *app.Relation) error {
	cur, err := readRelation(w, r.ID, false)
	if err != nil {
		return err
	}
	if sameArgs(relationArgs(&cur), relationArgs(r)) {
		return errUnchanged
	}
	if err := checkRelationEnds(w, r); err != nil {
		return err
	}
	_, err = w.exec("UPDATE relations SET from_actor = ?, to_actor = ?, kind = ?, start_date = ?, start_text = ?, end_date = ?, end_text = ? WHERE id = ?",
		append(relationArgs(r)[1:], r.ID)...)
	return err
}

// DeleteRelation removes a relation and its citations.
func (db *DB) DeleteRelation(id string) error {
	return db.change(app.KindRelation, id, "delete the relation", func(w *writer) (string, error) {
		return deleteItem(w, app.KindRelation, "relations", id)
	})
}
