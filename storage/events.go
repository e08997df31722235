package storage

import (
	"casefile/app"
)

const eventCols = "id, title, date, date_text, description, place, is_key"

func scanEvent(sc rowScanner) (app.Event, error) {
	var e app.Event
	err := sc.Scan(&e.ID, &e.Title, &e.Date.EDTF, &e.Date.Phrase, &e.Description, &e.Place, &e.Key)
	return e, err
}

func eventArgs(e *app.Event) []any {
	return []any{e.ID, e.Title, e.Date.EDTF, e.Date.Phrase, e.Description, e.Place, boolInt(e.Key)}
}

func readAllParticipants(q querier) (map[string][]string, error) {
	rows, err := q.Query("SELECT event, actor FROM event_participants ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string][]string{}
	for rows.Next() {
		var ev, actor string
		if err := rows.Scan(&ev, &actor); err != nil {
			return nil, err
		}
		m[ev] = append(m[ev], actor)
	}
	return m, rows.Err()
}

func readParticipants(q querier, event string) ([]string, error) {
	rows, err := q.Query("SELECT actor FROM event_participants WHERE event = ? ORDER BY seq", event)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		ps = append(ps, a)
	}
	return ps, rows.Err()
}

func readEvents(q querier, parts map[string][]string, cites map[string][]app.Citation) ([]app.Event, error) {
	rows, err := q.Query("SELECT " + eventCols + " FROM events ORDER BY seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var es []app.Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		e.Participants, e.Citations = parts[e.ID], cites[e.ID]
		es = append(es, e)
	}
	return es, rows.Err()
}

func readEvent(q querier, id string, cites bool) (app.Event, error) {
	e, err := scanEvent(q.QueryRow("SELECT "+eventCols+" FROM events WHERE id = ?", id))
	if err != nil {
		return e, readOne(err, app.KindEvent, id)
	}
	if e.Participants, err = readParticipants(q, id); err != nil {
		return e, err
	}
	if cites {
		e.Citations, err = readCitations(q, id)
	}
	return e, err
}

func insertParticipants(w *writer, event string, ps []string) error {
	for _, p := range ps {
		if err := requireActor(w, "participants", "participant", p); err != nil {
			return err
		}
		if _, err := w.exec("INSERT INTO event_participants (event, actor) VALUES (?, ?)", event, p); err != nil {
			return err
		}
	}
	return nil
}

func sameStrings(a, b []string) bool {
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

func insertEvent(w *writer, e *app.Event) error {
	// The citations are checked one by one below, so that an error names
	// the citation.
	own := *e
	own.Citations = nil
	if err := own.Validate(); err != nil {
		return err
	}
	if e.ID == "" {
		e.ID = app.NewID(app.KindEvent)
	} else if err := requireNewID(w, e.ID); err != nil {
		return err
	}
	if _, err := w.exec("INSERT INTO events ("+eventCols+") VALUES (?, ?, ?, ?, ?, ?, ?)", eventArgs(e)...); err != nil {
		return err
	}
	w.register(e.ID, app.KindEvent)
	if err := insertParticipants(w, e.ID, e.Participants); err != nil {
		return err
	}
	return insertCitations(w, e.ID, e.Citations)
}

// Events lists the events in store order.
func (db *DB) Events() ([]app.Event, error) {
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	parts, err := loadParticipants(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the events")
	}
	cites, err := loadCitations(db.sql)
	if err != nil {
		return nil, db.sqlErr(err, "read the events")
	}
	es, err := loadEvents(db.sql, parts, cites)
	return es, db.sqlErr(err, "read the events")
}

// Event reads one event.
func (db *DB) Event(id string) (app.Event, error) {
	unlock, err := db.lock()
	if err != nil {
		return app.Event{}, err
	}
	defer unlock()
	e, err := readEvent(db.sql, id, true)
	return e, db.sqlErr(err, "read the event")
}

// CreateEvent adds an event (with participants and citations), assigning
// e.ID and the citations' ids when they are empty.
func (db *DB) CreateEvent(e *app.Event) error {
	// insert* validates the item, then its citations (and claims) one by one.
	if e.ID == "" {
		e.ID = app.NewID(app.KindEvent)
	}
	return db.change(app.KindEvent, e.ID, "add the event", func(w *writer) (string, error) {
		return label("add", app.KindEvent, e.Title), insertEvent(w, e)
	})
}

// UpdateEvent changes an event's fields and participants (not citations).
func (db *DB) UpdateEvent(e app.Event) error {
	if err := e.Validate(); err != nil {
		return err
	}
	return db.change(app.KindEvent, e.ID, "save the event", func(w *writer) (string, error) {
		return label("edit", app.KindEvent, e.Title), saveEvent(w, &e)
	})
}

// saveEvent writes an event's fields and participants over the stored
// ones, reporting errUnchanged when nothing differs.
func saveEvent(w *writer, e *app.Event) error {
	cur, err := readEvent(w, e.ID, false)
	if err != nil {
		return err
	}
	same := sameArgs(eventArgs(&cur), eventArgs(e))
	sameParts := sameStrings(cur.Participants, e.Participants)
	if same && sameParts {
		return errUnchanged
	}
	if !same {
		if _, err := w.exec("UPDATE events SET title = ?, date = ?, date_text = ?, description = ?, place = ?, is_key = ? WHERE id = ?",
			append(eventArgs(e)[1:], e.ID)...); err != nil {
			return err
		}
	}
	if !sameParts {
		if _, err := w.exec("DELETE FROM event_participants WHERE event = ?", e.ID); err != nil {
			return err
		}
		return insertParticipants(w, e.ID, e.Participants)
	}
	return nil
}

// DeleteEvent removes an event with its citations and participants;
// figures about it lose the link and keep their claims.
func (db *DB) DeleteEvent(id string) error {
	return db.change(app.KindEvent, id, "delete the event", func(w *writer) (string, error) {
		return deleteItem(w, app.KindEvent, "events", id)
	})
}
