package storage

import (
	"fmt"

	"casefile/app"
)

const citationCols = "id, item, source, note, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end"

func scanCitation(sc rowScanner) (app.Citation, error) {
	var c app.Citation
	var qc quoteCols
	err := sc.Scan(append([]any{&c.ID, &c.Item, &c.Source, &c.Note}, qc.dest()...)...)
	c.Quote = qc.quote()
	return c, err
}

// readCitations lists the citations of one item in store order (nil when
// there are none).
func readCitations(q querier, item string) ([]app.Citation, error) {
	rows, err := q.Query("SELECT "+citationCols+" FROM citations WHERE item = ? ORDER BY seq", item)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []app.Citation
	for rows.Next() {
		c, err := scanCitation(rows)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// readAllCitations reads every citation, grouped by item.
func readAllCitations(q querier) (map[string][]app.Citation, error) {
	rows, err := q.Query("SELECT " + citationCols + " FROM citations ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string][]app.Citation{}
	for rows.Next() {
		c, err := scanCitation(rows)
		if err != nil {
			return nil, err
		}
		m[c.Item] = append(m[c.Item], c)
	}
	return m, rows.Err()
}

// insertCitation adds c for the item c.Item (which must exist), assigning
// an id when c.ID is empty.
func insertCitation(w *writer, c *app.Citation) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.ID == "" {
		c.ID = app.NewID(app.KindCitation)
	} else if err := requireNewID(w, c.ID); err != nil {
		return err
	}
	if err := requireKind(w, "source", "citation's source", c.Source, app.KindSource); err != nil {
		return err
	}
	_, err := w.exec("INSERT INTO citations ("+citationCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
		append([]any{c.ID, c.Item, c.Source, c.Note}, quoteArgs(c.Quote)...)...)
	w.register(c.ID, app.KindCitation)
	return err
}

// insertCitations adds the citations cs of item, writing back their ids
// (in bulk mode later, see bulk).
func insertCitations(w *writer, item string, cs []app.Citation) error {
	if w.bulk != nil {
		if len(cs) > 0 {
			w.bulk.cites = append(w.bulk.cites, pendingCites{item: item, list: cs, path: w.bulk.path, who: w.bulk.who})
		}
		return nil
	}
	return insertCitationList(w, item, cs)
}

func insertCitationList(w *writer, item string, cs []app.Citation) error {
	for i := range cs {
		cs[i].Item = item
		if err := insertCitation(w, &cs[i]); err != nil {
			return at(err, fmt.Sprintf("citations[%d].", i), "")
		}
	}
	return nil
}

// citable are the kinds of item that carry citations (app.CaseData has
// no place for citations of other kinds).
var citable = map[app.Kind]bool{
	app.KindPerson: true, app.KindOrganization: true, app.KindRelation: true, app.KindEvent: true, app.KindClaim: true,
}

// Citations lists the citations of one item in store order.
func (db *DB) Citations(item string) ([]app.Citation, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	cs, err := readCitations(db.sql, item)
	return cs, db.sqlErr(err, "read the citations")
}

// AddCitation cites a source (optionally a quote in it) for c.Item,
// assigning c.ID when it is empty.
func (db *DB) AddCitation(c *app.Citation) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.Item == "" {
		return app.FieldError("item", "A citation needs the item it is for.")
	}
	if c.ID == "" {
		c.ID = app.NewID(app.KindCitation)
	}
	return db.changeOf(app.KindCitation, c.ID, &c.Source, "add the citation", func(w *writer) (string, error) {
		k, err := kindOf(w, c.Item)
		if err != nil {
			return "", err
		}
		if k == "" {
			return "", &app.Error{Code: app.ENOTFOUND, Field: "item", Message: fmt.Sprintf("The cited item %s is not in this case.", quoteName(c.Item))}
		}
		if !citable[k] {
			return "", &app.Error{Code: app.EINVALID, Field: "item", Message: fmt.Sprintf("A %s cannot carry citations; cite a person, organization, relation, event or claim.", k.Label())}
		}
		if err := insertCitation(w, c); err != nil {
			return "", err
		}
		title, err := titleOf(w, k, c.Item)
		return "add citation to " + k.Label() + " " + quoteName(truncate(title, maxLabelRunes)), err
	})
}

// citationOf reads citation id with the kind and title of the cited item.
func citationOf(q querier, id string) (app.Citation, app.Kind, string, error) {
	c, err := scanCitation(q.QueryRow("SELECT "+citationCols+" FROM citations WHERE id = ?", id))
	if err != nil {
		return c, "", "", readOne(err, app.KindCitation, id)
	}
	k, err := kindOf(q, c.Item)
	if err != nil {
		return c, "", "", err
	}
	title, err := titleOf(q, k, c.Item)
	return c, k, title, err
}

// UpdateCitation changes a citation's source, quote or note (not the item
// it is for).
func (db *DB) UpdateCitation(c app.Citation) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.changeOf(app.KindCitation, c.ID, &c.Source, "save the citation", func(w *writer) (string, error) {
		cur, k, title, err := citationOf(w, c.ID)
		if err != nil {
			return "", err
		}
		if c.Item != "" && c.Item != cur.Item {
			return "", app.FieldError("item", "A citation cannot move to another item; delete it and cite the source there.")
		}
		c.Item = cur.Item
		if sameCitation(cur, c) {
			return "", errUnchanged
		}
		if err := requireKind(w, "source", "citation's source", c.Source, app.KindSource); err != nil {
			return "", err
		}
		_, err = w.exec("UPDATE citations SET source = ?, note = ?, quote_exact = ?, quote_prefix = ?, quote_suffix = ?, quote_start = ?, quote_end = ? WHERE id = ?",
			append(append([]any{c.Source, c.Note}, quoteArgs(c.Quote)...), c.ID)...)
		return "edit citation of " + k.Label() + " " + quoteName(truncate(title, maxLabelRunes)), err
	})
}

// DeleteCitation removes a citation.
func (db *DB) DeleteCitation(id string) error {
	var source string
	return db.changeOf(app.KindCitation, id, &source, "delete the citation", func(w *writer) (string, error) {
		cur, k, title, err := citationOf(w, id)
		if err != nil {
			return "", err
		}
		source = cur.Source
		_, err = w.exec("DELETE FROM citations WHERE id = ?", id)
		return "delete citation of " + k.Label() + " " + quoteName(truncate(title, maxLabelRunes)), err
	})
}

func sameQuote(a, b *app.Quote) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func sameCitation(a, b app.Citation) bool {
	return a.ID == b.ID && a.Item == b.Item && a.Source == b.Source && a.Note == b.Note && sameQuote(a.Quote, b.Quote)
}

// Annotations.

const annotationCols = "id, source, note, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end"

func scanAnnotation(sc rowScanner) (app.Annotation, error) {
	var a app.Annotation
	var qc quoteCols
	err := sc.Scan(append([]any{&a.ID, &a.Source, &a.Note}, qc.dest()...)...)
	a.Quote = qc.quote()
	return a, err
}

func readAnnotations(q querier) ([]app.Annotation, error) {
	rows, err := q.Query("SELECT " + annotationCols + " FROM annotations ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []app.Annotation
	for rows.Next() {
		a, err := scanAnnotation(rows)
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

func insertAnnotation(w *writer, a *app.Annotation) error {
	if err := a.Validate(); err != nil {
		return err
	}
	if a.ID == "" {
		a.ID = app.NewID(app.KindAnnotation)
	} else if err := requireNewID(w, a.ID); err != nil {
		return err
	}
	if err := requireKind(w, "source", "annotation's source", a.Source, app.KindSource); err != nil {
		return err
	}
	_, err := w.exec("INSERT INTO annotations ("+annotationCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		append([]any{a.ID, a.Source, a.Note}, quoteArgs(a.Quote)...)...)
	w.register(a.ID, app.KindAnnotation)
	return err
}

// Annotations lists the notes on sources' texts in store order.
func (db *DB) Annotations() ([]app.Annotation, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	as, err := loadAnnotations(db.sql)
	return as, db.sqlErr(err, "read the annotations")
}

// CreateAnnotation adds a note on a source's text, assigning a.ID when it
// is empty.
func (db *DB) CreateAnnotation(a *app.Annotation) error {
	if err := a.Validate(); err != nil {
		return err
	}
	if a.ID == "" {
		a.ID = app.NewID(app.KindAnnotation)
	}
	return db.changeOf(app.KindAnnotation, a.ID, &a.Source, "add the annotation", func(w *writer) (string, error) {
		return label("add", app.KindAnnotation, a.Note), insertAnnotation(w, a)
	})
}

// UpdateAnnotation changes a note on a source's text.
func (db *DB) UpdateAnnotation(a app.Annotation) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.changeOf(app.KindAnnotation, a.ID, &a.Source, "save the annotation", func(w *writer) (string, error) {
		return label("edit", app.KindAnnotation, a.Note), saveAnnotation(w, &a)
	})
}

// saveAnnotation writes an annotation over the stored one, reporting
// errUnchanged when nothing differs.
func saveAnnotation(w *writer, a *app.Annotation) error {
	cur, err := scanAnnotation(w.QueryRow("SELECT "+annotationCols+" FROM annotations WHERE id = ?", a.ID))
	if err != nil {
		return readOne(err, app.KindAnnotation, a.ID)
	}
	if cur.Source == a.Source && cur.Note == a.Note && sameQuote(cur.Quote, a.Quote) {
		return errUnchanged
	}
	if err := requireKind(w, "source", "annotation's source", a.Source, app.KindSource); err != nil {
		return err
	}
	_, err = w.exec("UPDATE annotations SET source = ?, note = ?, quote_exact = ?, quote_prefix = ?, quote_suffix = ?, quote_start = ?, quote_end = ? WHERE id = ?",
		append(append([]any{a.Source, a.Note}, quoteArgs(a.Quote)...), a.ID)...)
	return err
}

// DeleteAnnotation removes a note on a source's text.
func (db *DB) DeleteAnnotation(id string) error {
	var source string
	return db.changeOf(app.KindAnnotation, id, &source, "delete the annotation", func(w *writer) (string, error) {
		source = sourceOf(w, app.KindAnnotation, id)
		return deleteItem(w, app.KindAnnotation, "annotations", id)
	})
}

// deleteItem deletes the item id from table and returns the change's label;
// foreign keys and triggers take along what belongs to it.
func deleteItem(w *writer, k app.Kind, table, id string) (string, error) {
	title, err := titleOf(w, k, id)
	if err != nil {
		return "", err
	}
	res, err := w.exec("DELETE FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return "", err
	}
	if n, err := res.RowsAffected(); err != nil {
		return "", err
	} else if n == 0 {
		return "", notFound(k, id)
	}
	return label("delete", k, title), nil
}
