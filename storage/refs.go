package storage

import (
	"database/sql"
	"errors"
	"fmt"

	"casefile/app"
)

// kindOf returns the kind of the item id, or "" when there is none.
func kindOf(q querier, id string) (app.Kind, error) {
	if w, ok := q.(*writer); ok && w.bulk != nil {
		return w.bulk.known[id], nil
	}
	var k string
	err := q.QueryRow("SELECT kind FROM items WHERE id = ?", id).Scan(&k)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return app.Kind(k), err
}

// requireNewID fails with ECONFLICT when id is already used in the case,
// by an item or a citation.
func requireNewID(q querier, id string) error {
	k, err := kindOf(q, id) // in bulk mode this knows citations too
	if err != nil {
		return err
	}
	if w, ok := q.(*writer); k == "" && !(ok && w.bulk != nil) {
		var n int
		if err := q.QueryRow("SELECT count(*) FROM citations WHERE id = ?", id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			k = app.KindCitation
		}
	}
	if k == "" {
		return nil
	}
	title, _ := titleOf(q, k, id)
	if title == "" {
		return &app.Error{Code: app.ECONFLICT, Field: "id", Message: fmt.Sprintf("The id %s is already used by a %s.", quoteName(id), k.Label())}
	}
	return &app.Error{Code: app.ECONFLICT, Field: "id", Message: fmt.Sprintf("The id %s is already used by the %s %s.", quoteName(id), k.Label(), quoteName(truncate(title, maxLabelRunes)))}
}

// requireKind checks that id names an item of kind want; what is how the
// message names the reference ("claim's source").
func requireKind(q querier, field, what, id string, want app.Kind) error {
	k, err := kindOf(q, id)
	if err != nil {
		return err
	}
	switch k {
	case want:
		return nil
	case "":
		return &app.Error{Code: app.ENOTFOUND, Field: field, Message: fmt.Sprintf("The %s %s is not in this case.", what, quoteName(id))}
	default:
		return &app.Error{Code: app.EINVALID, Field: field, Message: fmt.Sprintf("The %s %s is a %s, not a %s.", what, quoteName(id), k.Label(), want.Label())}
	}
}

// requireActor checks that id names a person or an organization.
func requireActor(q querier, field, what, id string) error {
	k, err := kindOf(q, id)
	if err != nil {
		return err
	}
	switch k {
	case app.KindPerson, app.KindOrganization:
		return nil
	case "":
		return &app.Error{Code: app.ENOTFOUND, Field: field, Message: fmt.Sprintf("The %s %s is not a person or organization in this case.", what, quoteName(id))}
	default:
		return &app.Error{Code: app.EINVALID, Field: field, Message: fmt.Sprintf("The %s %s is a %s, not a person or organization.", what, quoteName(id), k.Label())}
	}
}

// titleQueries read an item's name or title by kind.
var titleQueries = map[app.Kind]string{
	app.KindSource:       "SELECT title FROM sources WHERE id = ?",
	app.KindPerson:       "SELECT name FROM people WHERE id = ?",
	app.KindOrganization: "SELECT name FROM organizations WHERE id = ?",
	app.KindRelation: `SELECT coalesce((SELECT name FROM people WHERE id = r.from_actor), (SELECT name FROM organizations WHERE id = r.from_actor), r.from_actor)
		|| ' ' || r.kind || ' ' ||
		coalesce((SELECT name FROM people WHERE id = r.to_actor), (SELECT name FROM organizations WHERE id = r.to_actor), r.to_actor)
		FROM relations r WHERE r.id = ?`,
	app.KindEvent:      "SELECT title FROM events WHERE id = ?",
	app.KindFigure:     "SELECT question FROM figures WHERE id = ?",
	app.KindClaim:      "SELECT text FROM claims WHERE id = ?",
	app.KindAnnotation: "SELECT note FROM annotations WHERE id = ?",
	app.KindQuestion:   "SELECT text FROM questions WHERE id = ?",
}

// titleOf returns the name or title of item id of kind k ("" when none).
func titleOf(q querier, k app.Kind, id string) (string, error) {
	qs, ok := titleQueries[k]
	if !ok {
		return "", nil
	}
	var s string
	err := q.QueryRow(qs, id).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return s, err
}

// quoteArgs returns the five quote columns' values (all NULL without a quote).
func quoteArgs(q *app.Quote) []any {
	if q == nil {
		return []any{nil, nil, nil, nil, nil}
	}
	return []any{q.Exact, q.Prefix, q.Suffix, q.Start, q.End}
}

// quoteCols receives the five quote columns.
type quoteCols struct {
	exact, prefix, suffix sql.NullString
	start, end            sql.NullInt64
}

func (c *quoteCols) dest() []any {
	return []any{&c.exact, &c.prefix, &c.suffix, &c.start, &c.end}
}

func (c *quoteCols) quote() *app.Quote {
	if !c.exact.Valid {
		return nil
	}
	return &app.Quote{Exact: c.exact.String, Prefix: c.prefix.String, Suffix: c.suffix.String, Start: int(c.start.Int64), End: int(c.end.Int64)}
}

// rowScanner is *sql.Row or *sql.Rows.
type rowScanner interface {
	Scan(dest ...any) error
}

// nullText turns "" into NULL for optional references.
func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// boolInt stores a bool as 0 or 1.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nullFloat stores a missing number as NULL.
func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// floatPtr reads a nullable number.
func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}

// readOne wraps sql.ErrNoRows as ENOTFOUND for the item kind k.
func readOne(err error, k app.Kind, id string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return notFound(k, id)
	}
	return err
}

// sameArgs reports whether two lists of column values are equal.
func sameArgs(a, b []any) bool {
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
