package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// defaultSaveDelay is how long typing must pause before an edit is saved.
const defaultSaveDelay = 600 * time.Millisecond

// autosaver saves the form being edited when typing pauses or the field
// loses focus. At most one save is pending; touching a different form saves
// the pending one first, so no edit is ever dropped.
type autosaver struct {
	delay time.Duration // 0 or less: only flush saves (tests)
	key   string        // which form the pending save belongs to
	save  func()
	gen   int
	timer stopper
	// after starts the pause timer: time.AfterFunc, with its callback
	// handed to the UI goroutine by fyne.Do. Tests set a clock of their own.
	after func(d time.Duration, f func()) stopper
}

// stopper is a pause timer that can be stopped (a *time.Timer).
type stopper interface{ Stop() bool }

// uiAfter runs f on the UI goroutine after d.
func uiAfter(d time.Duration, f func()) stopper {
	return time.AfterFunc(d, func() { fyne.Do(f) })
}

// touch records that the form key changed and (re)starts the pause timer.
func (s *autosaver) touch(key string, save func()) {
	if s.save != nil && s.key != key {
		s.flush()
	}
	s.key, s.save = key, save
	s.gen++
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if s.delay <= 0 {
		return
	}
	gen := s.gen
	after := s.after
	if after == nil {
		after = uiAfter
	}
	s.timer = after(s.delay, func() {
		if s.gen == gen {
			s.flush()
		}
	})
}

// flush runs the pending save now, if there is one.
func (s *autosaver) flush() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	save := s.save
	s.save, s.key = nil, ""
	s.gen++
	if save != nil {
		save()
	}
}

// pending reports whether an edit waits to be saved.
func (s *autosaver) pending() bool { return s.save != nil }

// cancel drops the pending save (used when its item is gone).
func (s *autosaver) cancel() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.save, s.key = nil, ""
	s.gen++
}
