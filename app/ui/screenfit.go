package ui

// A window opened without a saved size (the first start, or a damaged
// preference) opens at defaultWindowSize made small enough to fit the
// screen's work area (the screen without task bar, dock or menu bar),
// so that on a 1024×640 laptop at 150 % the window is not larger than
// the screen. Fyne does not tell an app the screen's size; its desktop
// driver uses GLFW, which does once it has started.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// fallbackScreen is the work area, in pixels, a first window is fitted
// to when the screen's cannot be had: the smallest laptop screen
// Casefile is made for, less a task bar.
var fallbackScreen = fyne.NewSize(1024, 600)

// windowFrame is what the system adds around the window, in pixels: a
// title bar and the frame's edges.
var windowFrame = fyne.NewSize(16, 40)

// hasSavedWindowSize reports whether a window size was kept from a
// session.
func hasSavedWindowSize(p fyne.Preferences) bool {
	return p.FloatWithFallback(prefWindowWidth, -1) > 0 && p.FloatWithFallback(prefWindowHeight, -1) > 0
}

// firstWindowSize is the size, in Fyne's units, of a window opened
// without a saved size on a work area of screen pixels at Fyne's scale:
// the default, made smaller where the screen is, and never below
// minRestoredSize.
func firstWindowSize(screen fyne.Size, scale float32) fyne.Size {
	if scale <= 0 {
		scale = 1
	}
	room := screen.Subtract(windowFrame)
	w := min(defaultWindowSize.Width, room.Width/scale)
	h := min(defaultWindowSize.Height, room.Height/scale)
	return fyne.NewSize(max(w, minRestoredSize.Width), max(h, minRestoredSize.Height))
}

// fitFirstWindow makes win fit the screen when no window size was saved.
// The screen is known once the driver has started: win is fitted then,
// or at once when it already has.
func (s *shell) fitFirstWindow(win fyne.Window) {
	if hasSavedWindowSize(s.app.Preferences()) {
		return
	}
	if _, ok := s.app.Driver().(desktop.Driver); !ok {
		return // the test driver: no screen
	}
	fit := func() { fyne.Do(func() { fitToScreen(win) }) }
	if s.started {
		fit()
		return
	}
	s.app.Lifecycle().SetOnStarted(func() {
		s.started = true
		fit()
	})
}

// fitToScreen resizes win to firstWindowSize of the primary screen's work
// area, or of fallbackScreen when GLFW cannot say. It runs on the UI
// goroutine, which is GLFW's main thread.
func fitToScreen(win fyne.Window) {
	screen, ok := workArea()
	if !ok {
		screen = fallbackScreen
	}
	size := firstWindowSize(screen, win.Canvas().Scale())
	if size != win.Canvas().Size() {
		win.Resize(size)
	}
}

// workArea is the primary screen's work area in pixels (GLFW's screen
// coordinates, the ones Fyne sizes windows in).
func workArea() (size fyne.Size, ok bool) {
	defer func() {
		if recover() != nil { // GLFW reports its errors by panicking
			ok = false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	_, _, w, h := m.GetWorkarea()
	if w <= 0 || h <= 0 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(w), float32(h)), true
}
