package storage

import (
	"database/sql"
	"fmt"

	"casefile/app"
)

const figureCols = "id, question, unit, event, assessment, summary"

func scanFigure(sc rowScanner) (app.Figure, error) {
	var f app.Figure
	var ev sql.NullString
	err := sc.Scan(&f.ID, &f.Question, &f.Unit, &ev, &f.Assessment, &f.Summary)
	f.Event = ev.String
	return f, err
}

func figureArgs(f *app.Figure) []any {
	return []any{f.ID, f.Question, f.Unit, nullText(f.Event), f.Assessment, f.Summary}
}

const claimCols = "id, figure, source, claimant, text, low, high, qualifier, as_of, as_of_text, credibility, note"

func scanClaim(sc rowScanner) (app.Claim, error) {
	var c app.Claim
	var claimant sql.NullString
	var low, high sql.NullFloat64
	var cred sql.NullInt64
	err := sc.Scan(&c.ID, &c.Figure, &c.Source, &claimant, &c.Text, &low, &high, &c.Qualifier, &c.AsOf.EDTF, &c.AsOf.Phrase, &cred, &c.Note)
	c.Claimant, c.Low, c.High, c.Credibility = claimant.String, floatPtr(low), floatPtr(high), int(cred.Int64)
	return c, err
}

func claimArgs(c *app.Claim) []any {
	var cred any
	if c.Credibility != 0 {
		cred = c.Credibility
	}
	return []any{c.ID, c.Figure, c.Source, nullText(c.Claimant), c.Text, nullFloat(c.Low), nullFloat(c.High),
		string(c.Qualifier), c.AsOf.EDTF, c.AsOf.Phrase, cred, c.Note}
}

func readClaimsWhere(q querier, where string, args []any, cites map[string][]app.Citation) ([]app.Claim, error) {
	rows, err := q.Query("SELECT "+claimCols+" FROM claims "+where+" ORDER BY seq", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []app.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, err
		}
		if cites != nil {
			c.Citations = cites[c.ID]
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

func readFigures(q querier, cites map[string][]app.Citation) ([]app.Figure, error) {
	claims, err := readClaimsWhere(q, "", nil, cites)
	if err != nil {
		return nil, err
	}
	byFig := map[string][]app.Claim{}
	for _, c := range claims {
		byFig[c.Figure] = append(byFig[c.Figure], c)
	}
	rows, err := q.Query("SELECT " + figureCols + " FROM figures ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var fs []app.Figure
	for rows.Next() {
		f, err := scanFigure(rows)
		if err != nil {
			return nil, err
		}
		f.Claims = byFig[f.ID]
		fs = append(fs, f)
	}
	return fs, rows.Err()
}

// readFigure reads a figure and, with claims, its claims and their citations.
func readFigure(q querier, id string, claims bool) (app.Figure, error) {
	f, err := scanFigure(q.QueryRow("SELECT "+figureCols+" FROM figures WHERE id = ?", id))
	if err != nil || !claims {
		return f, readOne(err, app.KindFigure, id)
	}
	f.Claims, err = readClaimsWhere(q, "WHERE figure = ?", []any{id}, nil)
	if err != nil {
		return f, err
	}
	for i := range f.Claims {
		if f.Claims[i].Citations, err = readCitations(q, f.Claims[i].ID); err != nil {
			return f, err
		}
	}
	return f, nil
}

func readClaim(q querier, id string) (app.Claim, error) {
	c, err := scanClaim(q.QueryRow("SELECT "+claimCols+" FROM claims WHERE id = ?", id))
	if err != nil {
		return c, readOne(err, app.KindClaim, id)
	}
	c.Citations, err = readCitations(q, id)
	return c, err
}

func checkFigureEvent(w *writer, f *app.Figure) error {
	if f.Event == "" {
		return nil
	}
	return requireKind(w, "event", "figure's event", f.Event, app.KindEvent)
}

func insertFigure(w *writer, f *app.Figure) error {
	// The claims are checked one by one below, so that an error names the
	// claim.
	own := *f
	own.Claims = nil
	if err := own.Validate(); err != nil {
		return err
	}
	if f.ID == "" {
		f.ID = app.NewID(app.KindFigure)
	} else if err := requireNewID(w, f.ID); err != nil {
		return err
	}
	if err := checkFigureEvent(w, f); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO figures ("+figureCols+") VALUES (?, ?, ?, ?, ?, ?)", figureArgs(f)...); err != nil {
		return err
	}
	w.register(f.ID, app.KindFigure)
	if w.bulk != nil {
		if len(f.Claims) > 0 {
			w.bulk.claims = append(w.bulk.claims, pendingClaims{fig: f, path: w.bulk.path, who: w.bulk.who})
		}
		return nil
	}
	return insertClaimList(w, f)
}

// insertClaimList adds a figure's claims.
func insertClaimList(w *writer, f *app.Figure) error {
	for i := range f.Claims {
		f.Claims[i].Figure = f.ID
		if err := insertClaim(w, &f.Claims[i]); err != nil {
			return at(err, fmt.Sprintf("claims[%d].", i), "")
		}
	}
	return nil
}

// checkClaimRefs checks a claim's figure, source and claimant.
func checkClaimRefs(w *writer, c *app.Claim) error {
	if c.Figure == "" {
		return app.FieldError("figure", "A claim needs the disputed figure it is about.")
	}
	if err := requireKind(w, "figure", "claim's figure", c.Figure, app.KindFigure); err != nil {
		return err
	}
	if err := requireKind(w, "source", "claim's source", c.Source, app.KindSource); err != nil {
		return err
	}
	if c.Claimant != "" {
		return requireActor(w, "claimant", "claimant", c.Claimant)
	}
	return nil
}

func insertClaim(w *writer, c *app.Claim) error {
	// The citations are checked one by one below, so that an error names
	// the citation.
	own := *c
	own.Citations = nil
	if err := own.Validate(); err != nil {
		return err
	}
	if c.ID == "" {
		c.ID = app.NewID(app.KindClaim)
	} else if err := requireNewID(w, c.ID); err != nil {
		return err
	}
	if err := checkClaimRefs(w, c); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO claims ("+claimCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claimArgs(c)...); err != nil {
		return err
	}
	w.register(c.ID, app.KindClaim)
	return insertCitations(w, c.ID, c.Citations)
}

// Figures lists the disputed figures in store order, each with its claims
// (and their citations).
func (db *DB) Figures() ([]app.Figure, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	cites, err := loadCitations(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the disputed figures")
	}
	fs, err := loadFigures(db.sql, cites)
	return fs, db.sqlErr(err, "read the disputed figures")
}

// Figure reads one disputed figure with its claims.
func (db *DB) Figure(id string) (app.Figure, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Figure{}, err
	}
	defer unlock()
	f, err := readFigure(db.sql, id, true)
	return f, db.sqlErr(err, "read the disputed figure")
}

// CreateFigure adds a disputed figure with any claims it carries, assigning
// ids where they are empty.
func (db *DB) CreateFigure(f *app.Figure) error {
	// insert* validates the item, then its citations (and claims) one by one.
	if f.ID == "" {
		f.ID = app.NewID(app.KindFigure)
	}
	return db.change(app.KindFigure, f.ID, "add the disputed figure", func(w *writer) (string, error) {
		return label("add", app.KindFigure, f.Question), insertFigure(w, f)
	})
}

// UpdateFigure changes a figure's own fields (not its claims).
func (db *DB) UpdateFigure(f app.Figure) error {
	f.Claims = nil
	if err := f.Validate(); err != nil {
		return err
	}
	return db.change(app.KindFigure, f.ID, "save the disputed figure", func(w *writer) (string, error) {
		return label("edit", app.KindFigure, f.Question), saveFigure(w, &f)
	})
}

// saveFigure writes a figure's own fields over the stored ones, reporting
// errUnchanged when nothing differs.
func saveFigure(w *writer, f *app.Figure) error {
	cur, err := readFigure(w, f.ID, false)
	if err != nil {
		return err
	}
	if sameArgs(figureArgs(&cur), figureArgs(f)) {
		return errUnchanged
	}
	if err := checkFigureEvent(w, f); err != nil {
		return err
	}
	_, err = w.exec("UPDATE figures SET question = ?, unit = ?, event = ?, assessment = ?, summary = ? WHERE id = ?",
		append(figureArgs(f)[1:], f.ID)...)
	return err
}

// DeleteFigure removes a figure with its claims and their citations.
func (db *DB) DeleteFigure(id string) error {
	return db.change(app.KindFigure, id, "delete the disputed figure", func(w *writer) (string, error) {
		return deleteItem(w, app.KindFigure, "figures", id)
	})
}

// Claim reads one claim with its citations.
func (db *DB) Claim(id string) (app.Claim, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Claim{}, err
	}
	defer unlock()
	c, err := readClaim(db.sql, id)
	return c, db.sqlErr(err, "read the claim")
}

// CreateClaim adds a claim (with citations) to the figure c.Figure,
// assigning ids where they are empty.
func (db *DB) CreateClaim(c *app.Claim) error {
	// insert* validates the item, then its citations (and claims) one by one.
	if c.ID == "" {
		c.ID = app.NewID(app.KindClaim)
	}
	return db.change(app.KindClaim, c.ID, "add the claim", func(w *writer) (string, error) {
		return label("add", app.KindClaim, c.Text), insertClaim(w, c)
	})
}

// UpdateClaim changes a claim (not its citations). A claim may move to
// another figure by changing c.Figure; an empty c.Figure keeps its figure.
func (db *DB) UpdateClaim(c app.Claim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.change(app.KindClaim, c.ID, "save the claim", func(w *writer) (string, error) {
		return label("edit", app.KindClaim, c.Text), saveClaim(w, &c)
	})
}

// saveClaim writes a claim over the stored one (an empty c.Figure keeps
// its figure), reporting errUnchanged when nothing differs.
func saveClaim(w *writer, c *app.Claim) error {
	cur, err := scanClaim(w.QueryRow("SELECT "+claimCols+" FROM claims WHERE id = ?", c.ID))
	if err != nil {
		return readOne(err, app.KindClaim, c.ID)
	}
	if c.Figure == "" {
		c.Figure = cur.Figure
	}
	if sameArgs(claimArgs(&cur), claimArgs(c)) {
		return errUnchanged
	}
	if err := checkClaimRefs(w, c); err != nil {
		return err
	}
	_, err = w.exec("UPDATE claims SET figure = ?, source = ?, claimant = ?, text = ?, low = ?, high = ?, qualifier = ?, as_of = ?, as_of_text = ?, credibility = ?, note = ? WHERE id = ?",
		append(claimArgs(c)[1:], c.ID)...)
	return err
}

// DeleteClaim removes a claim and its citations.
func (db *DB) DeleteClaim(id string) error {
	return db.change(app.KindClaim, id, "delete the claim", func(w *writer) (string, error) {
		return deleteItem(w, app.KindClaim, "claims", id)
	})
}
