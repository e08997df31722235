package storage

import (
	"testing"
)

func TestCreateLoadRoundTrip(t *testing.T) {
	in := sampleCase()
	db := mustCreate(t, in)
	got := mustLoad(t, db)
	sameCase(t, "after Create", normalize(got), normalize(in))
	if in.People[0].Citations[0].ID != "" {
		t.Error("Create wrote ids into the caller's data")
	}
	for _, p := range got.People {
		for _, c := range p.Citations {
			if c.ID == "" || c.Item != p.ID {
				t.Errorf("citation %+v: id not assigned or item wrong", c)
			}
		}
	}
	if ro, _ := db.ReadOnly(); ro {
		t.Error("new case is read-only")
	}
}
