package storage

import (
	"database/sql"
	"errors"
	"fmt"
	"math"

	"casefile/app"
)

// Node positions of the network view (table node_positions, schema
// version 2). They are part of the case file, so that a layout the analyst
// arranged by hand comes back when the case is opened again, but not of
// the case's content: Load, Casefile JSON and the other exchange formats
// leave them out, and an import starts without them.

// positionsVersion is the first schema version with node_positions.
const positionsVersion = 2

// NodePositions returns where the analyst placed nodes in the network view,
// by item id. Items whose node was never moved are absent. A file of schema
// version 1 opened read-only (so not migrated) has none.
func (db *DB) NodePositions() (map[string]app.Point, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	m := map[string]app.Point{}
	if db.version < positionsVersion {
		return m, nil
	}
	rows, err := db.sql.Query("SELECT item, x, y FROM node_positions ORDER BY seq")
	if err != nil {
		return nil, db.sqlErr(err, "read the network layout")
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var p app.Point
		if err := rows.Scan(&id, &p.X, &p.Y); err != nil {
			return nil, db.sqlErr(err, "read the network layout")
		}
		m[id] = p
	}
	return m, db.sqlErr(rows.Err(), "read the network layout")
}

// SetNodePosition keeps where the analyst dropped the node of item id in
// the network view, as one undoable change labelled "move ‘X’ in the
// network". Setting the position a node already has changes nothing and
// records no undo step. The window should call it once per drag, when the
// drag ends, not for every mouse movement.
func (db *DB) SetNodePosition(id string, p app.Point) error {
	if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
		return app.FieldError("position", "A node's position must be a finite point.")
	}
	if db.readOnly {
		return db.readOnlyErr()
	}
	k, err := db.kindOfItem(id)
	if err != nil {
		return err
	}
	if k == "" {
		return &app.Error{Code: app.ENOTFOUND, Field: "id", Message: fmt.Sprintf("There is no item with the id %s in this case.", quoteName(id))}
	}
	return db.change(k, id, "move the node", func(w *writer) (string, error) {
		var cur app.Point
		err := w.QueryRow("SELECT x, y FROM node_positions WHERE item = ?", id).Scan(&cur.X, &cur.Y)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if _, err := w.exec("INSERT INTO node_positions (item, x, y) VALUES (?, ?, ?)", id, p.X, p.Y); err != nil {
				return "", err
			}
		case err != nil:
			return "", err
		case cur == p:
			return "", errUnchanged
		default:
			if _, err := w.exec("UPDATE node_positions SET x = ?, y = ? WHERE item = ?", p.X, p.Y, id); err != nil {
				return "", err
			}
		}
		title, err := titleOf(w, k, id)
		return "move " + quoteName(truncate(title, maxLabelRunes)) + " in the network", err
	})
}

// kindOfItem returns the kind of item id, or "" when there is none.
func (db *DB) kindOfItem(id string) (app.Kind, error) {
	unlock, err := db.lock()
	if err != nil {
		return "", err
	}
	defer unlock()
	k, err := kindOf(db.sql, id)
	return k, db.sqlErr(err, "read the case")
}
