package ui

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestAutosaverDebounces(t *testing.T) {
	var saves atomic.Int32
	s := autosaver{delay: 40 * time.Millisecond}
	save := func() { saves.Add(1) }
	for i := 0; i < 5; i++ { // typing: each keystroke restarts the pause
		s.touch("event:1", save)
		time.Sleep(5 * time.Millisecond)
	}
	if n := saves.Load(); n != 0 {
		t.Fatalf("saved %d times while typing", n)
	}
	deadline := time.Now().Add(2 * time.Second)
	for saves.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(60 * time.Millisecond)
	if n := saves.Load(); n != 1 {
		t.Errorf("saved %d times after the pause, want 1", n)
	}
}

func TestAutosaverSavesPendingFormFirst(t *testing.T) {
	var order []string
	s := autosaver{}
	s.touch("event:1", func() { order = append(order, "event") })
	s.touch("person:2", func() { order = append(order, "person") })
	if len(order) != 1 || order[0] != "event" {
		t.Fatalf("editing another form did not save the first: %v", order)
	}
	s.flush()
	s.flush()
	if len(order) != 2 || order[1] != "person" {
		t.Errorf("saves = %v", order)
	}
	s.touch("x", func() { order = append(order, "x") })
	s.cancel()
	s.flush()
	if len(order) != 2 {
		t.Errorf("a cancelled save ran: %v", order)
	}
}
