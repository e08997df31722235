package storage

import (
	"errors"
	"testing"

	"casefile/app"
)

// TestApplyOneItemWithItsCitations: a batch about one event (its date read
// again as a source is cited, and another citation removed) is one step of
// Undo, named after the event, which Undo and Redo report; a citation to
// remove that is not there fails the whole batch.
func TestApplyOneItemWithItsCitations(t *testing.T) {
	d := demoData(t)
	db := mustCreate(t, d)
	var ev *app.Event
	for i := range d.Events {
		if len(d.Events[i].Citations) > 0 {
			ev = &d.Events[i]
			break
		}
	}
	if ev == nil {
		t.Fatal("the demo has no cited event")
	}
	before, err := db.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	gone := before.Citations[0]
	changed := before
	changed.Date = app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}
	add := app.Citation{Item: ev.ID, Source: d.Sources[len(d.Sources)-1].ID, Note: "read again"}
	b := app.Batch{Kind: app.KindEvent, Item: ev.ID, Update: app.CaseData{Events: []app.Event{changed}},
		Citations: []app.Citation{add}, Uncite: []string{gone.ID}}
	if err := db.Apply(b); err != nil {
		t.Fatalf("Apply: %v", err)
	}
	after, _ := db.Event(ev.ID)
	if after.Date != changed.Date || len(after.Citations) != len(before.Citations) || hasCitation(after, gone.ID) {
		t.Fatalf("after Apply: date %+v, citations %+v", after.Date, after.Citations)
	}
	if got := db.UndoLabel(); got != "change the sources cited for event "+quoteName(truncate(ev.Title, maxLabelRunes)) {
		t.Errorf("undo label %q", got)
	}
	c, err := db.Undo()
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != app.KindEvent || c.Item != ev.ID {
		t.Errorf("Undo reports %s %q, want the event", c.Kind, c.Item)
	}
	undone, _ := db.Event(ev.ID)
	if undone.Date != before.Date || len(undone.Citations) != len(before.Citations) || !hasCitation(undone, gone.ID) {
		t.Errorf("one Undo left date %+v, citations %+v", undone.Date, undone.Citations)
	}
	if c, err := db.Redo(); err != nil || c.Item != ev.ID {
		t.Errorf("Redo: %v, reports %q", err, c.Item)
	}

	// A citation that is not there: nothing is written.
	label := db.UndoLabel()
	changed.Date = app.Date{EDTF: "1999"}
	err = db.Apply(app.Batch{Kind: app.KindEvent, Item: ev.ID, Update: app.CaseData{Events: []app.Event{changed}}, Uncite: []string{"c-none"}})
	var ae *app.Error
	if !errors.As(err, &ae) || ae.Code != app.ENOTFOUND {
		t.Fatalf("removing a citation that is not there: %v", err)
	}
	if e, _ := db.Event(ev.ID); e.Date.EDTF == "1999" || db.UndoLabel() != label {
		t.Errorf("a failed batch wrote the date %+v or a step %q", e.Date, db.UndoLabel())
	}
}

func hasCitation(e app.Event, id string) bool {
	for _, c := range e.Citations {
		if c.ID == id {
			return true
		}
	}
	return false
}
