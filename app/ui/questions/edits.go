package questions

import (
	"time"

	"fyne.io/fyne/v2"
)

// edits saves typed text once typing pauses: each field's save waits
// under its key, a newer one replacing it, and runs on the UI goroutine
// after the pause, or at once on flush (when another question or row is
// shown, or the tab closes). All its methods run on the UI goroutine.
type edits struct {
	pause time.Duration
	wait  map[string]*edit
}

type edit struct {
	save  func()
	timer *time.Timer
}

func newEdits() *edits { return &edits{pause: 700 * time.Millisecond, wait: map[string]*edit{}} }

// later saves with save after the pause, replacing what key was waiting
// with.
func (e *edits) later(key string, save func()) {
	if old := e.wait[key]; old != nil {
		old.timer.Stop()
	}
	ed := &edit{save: save}
	ed.timer = time.AfterFunc(e.pause, func() {
		fyne.Do(func() {
			if e.wait[key] == ed {
				delete(e.wait, key)
				ed.save()
			}
		})
	})
	e.wait[key] = ed
}

// pending reports whether key has a save waiting.
func (e *edits) pending(key string) bool { return e.wait[key] != nil }

// flush runs every waiting save now.
func (e *edits) flush() {
	for len(e.wait) > 0 {
		for k, ed := range e.wait {
			ed.timer.Stop()
			delete(e.wait, k)
			ed.save()
			break // a save may change the map
		}
	}
}

// drop forgets every waiting save (the question it was for is going).
func (e *edits) drop() {
	for k, ed := range e.wait {
		ed.timer.Stop()
		delete(e.wait, k)
	}
}
