package kit

import (
	"time"

	"fyne.io/fyne/v2"
)

// DefaultSaveDelay is how long typing must pause before an edit is saved.
const DefaultSaveDelay = 600 * time.Millisecond

// Autosaver saves the form being edited when typing pauses or the field
// loses focus. At most one save is pending; touching a different form saves
// the pending one first, so no edit is ever dropped.
type Autosaver struct {
	Delay time.Duration // the pause; 0 or less: only Flush saves
	key   string        // which form the pending save belongs to
	save  func()
	gen   int
	timer Stopper
	// after starts the pause timer: time.AfterFunc, with its callback
	// handed to the UI goroutine by fyne.Do. Tests set a clock of their own.
	After func(d time.Duration, f func()) Stopper
}

// Stopper is a pause timer that can be stopped (a *time.Timer).
type Stopper interface{ Stop() bool }

// uiAfter runs f on the UI goroutine after d.
func uiAfter(d time.Duration, f func()) Stopper {
	return time.AfterFunc(d, func() { fyne.Do(f) })
}

// Touch records that the form key changed and (re)starts the pause timer.
func (s *Autosaver) Touch(key string, save func()) {
	if s.save != nil && s.key != key {
		s.Flush()
	}
	s.key, s.save = key, save
	s.gen++
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if s.Delay <= 0 {
		return
	}
	gen := s.gen
	after := s.After
	if after == nil {
		after = uiAfter
	}
	s.timer = after(s.Delay, func() {
		if s.gen == gen {
			s.Flush()
		}
	})
}

// Flush runs the pending save now, if there is one.
func (s *Autosaver) Flush() {
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

// Pending reports whether an edit waits to be saved.
func (s *Autosaver) Pending() bool { return s.save != nil }

// Cancel drops the pending save (used when its item is gone).
func (s *Autosaver) Cancel() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.save, s.key = nil, ""
	s.gen++
}
