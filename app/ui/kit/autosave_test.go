package kit

import (
	"testing"
	"time"
)

// fakeClock is a pause timer the test moves by hand, on its own goroutine
// (as the window's timer hands its callback to the UI goroutine).
type fakeClock struct {
	now     time.Duration
	Pending []*fakeTimer
}

type fakeTimer struct {
	at      time.Duration
	f       func()
	stopped bool
}

func (t *fakeTimer) Stop() bool { was := !t.stopped; t.stopped = true; return was }

func (c *fakeClock) After(d time.Duration, f func()) Stopper {
	t := &fakeTimer{at: c.now + d, f: f}
	c.Pending = append(c.Pending, t)
	return t
}

// advance moves the clock on by d, firing the timers that come due.
func (c *fakeClock) advance(d time.Duration) {
	c.now += d
	for _, t := range c.Pending {
		if !t.stopped && t.at <= c.now {
			t.stopped = true
			t.f()
		}
	}
}

func TestAutosaverDebounces(t *testing.T) {
	var clock fakeClock
	saves := 0
	s := Autosaver{Delay: 40 * time.Millisecond, After: clock.After}
	save := func() { saves++ }
	for i := 0; i < 5; i++ { // typing: each keystroke restarts the pause
		s.Touch("event:1", save)
		clock.advance(30 * time.Millisecond)
	}
	if saves != 0 {
		t.Fatalf("saved %d times while typing", saves)
	}
	clock.advance(10 * time.Millisecond)
	if saves != 1 {
		t.Fatalf("saved %d times when the pause ended, want 1", saves)
	}
	clock.advance(time.Second)
	if saves != 1 || s.Pending() {
		t.Errorf("saved %d times after the pause, want 1 (pending %v)", saves, s.Pending())
	}
}

func TestAutosaverSavesPendingFormFirst(t *testing.T) {
	var order []string
	s := Autosaver{}
	s.Touch("event:1", func() { order = append(order, "event") })
	s.Touch("person:2", func() { order = append(order, "person") })
	if len(order) != 1 || order[0] != "event" {
		t.Fatalf("editing another form did not save the first: %v", order)
	}
	s.Flush()
	s.Flush()
	if len(order) != 2 || order[1] != "person" {
		t.Errorf("saves = %v", order)
	}
	s.Touch("x", func() { order = append(order, "x") })
	s.Cancel()
	s.Flush()
	if len(order) != 2 {
		t.Errorf("a cancelled save ran: %v", order)
	}
}
