package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"casefile/internal/memtune"
)

// keepSweeping gives back, every memtune.TrimInterval until it is
// stopped, the memory of what the windows no longer show: it has Fyne
// repaint every case window (repaint), then gives the C allocator's free
// pages back (memtune.Trim) and, once the program has gone quiet after
// work (memtune.Quiet), collects that work's garbage and gives its pages
// back too (memtune.Release). An idle window of the large case, after a
// walk through every tab, held 40 MB more without it (docs/BENCHMARKS.md).
//
// Run calls the stop function it returns once Fyne's loop has ended and
// before it closes the windows: from then on Fyne would run the repaint
// on the sweeping goroutine instead of its own.
func (s *shell) keepSweeping() (stop func()) {
	var mu sync.Mutex // held while a repaint is asked for, and to stop
	done := make(chan struct{})
	go func() {
		ticker := time.NewTicker(memtune.TrimInterval)
		defer ticker.Stop()
		var quiet memtune.Quiet
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
			}
			mu.Lock()
			select {
			case <-done: // stopped since the tick
				mu.Unlock()
				return
			default:
			}
			fyne.DoAndWait(s.repaint)
			mu.Unlock()
			// Fyne paints at its next frame, a sixtieth of a second
			// away: the textures it lets go are freed by then.
			time.Sleep(time.Second)
			if quiet.Look(memtune.Allocated()) {
				memtune.Release()
			} else {
				memtune.Trim()
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			mu.Lock()
			defer mu.Unlock()
			close(done)
		})
	}
}

// repaint has Fyne repaint every case window at its next frame. Fyne
// frees what it has not drawn for its cache time (the texture of every
// text, one per string it ever drew) only while it paints a window
// (internal/driver/glfw/loop.go, repaintWindow → Canvas.FreeDirtyTextures),
// and an idle window is not painted: after a scroll through a long list,
// thousands of textures stayed in the OpenGL driver's memory for as long
// as the window stayed idle. A window that is not shown (minimized) is not
// painted, and costs nothing.
func (s *shell) repaint() {
	for _, cw := range s.windows {
		if content := cw.win.Content(); content != nil {
			cw.win.Canvas().Refresh(content)
		}
	}
}
