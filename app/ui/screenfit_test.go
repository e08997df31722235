package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The first window fits the screen: a 1024×640 laptop (less a task bar)
// at 150 % gets a window smaller than the screen, a large screen the
// default size, and a tiny one no less than minRestoredSize.
func TestFirstWindowSizeFitsTheScreen(t *testing.T) {
	for _, c := range []struct {
		screen fyne.Size
		scale  float32
	}{
		{fyne.NewSize(1024, 600), 1.5},
		{fyne.NewSize(1024, 600), 1.25},
		{fyne.NewSize(1024, 600), 1},
		{fyne.NewSize(1366, 728), 1.5},
		{fallbackScreen, 1.5},
	} {
		got := firstWindowSize(c.screen, c.scale)
		px := fyne.NewSize(got.Width*c.scale, got.Height*c.scale).Add(windowFrame)
		if px.Width > c.screen.Width || px.Height > c.screen.Height {
			t.Errorf("on %v at %v the window is %v, %v pixels with its frame: larger than the screen", c.screen, c.scale, got, px)
		}
		if got.Width > defaultWindowSize.Width || got.Height > defaultWindowSize.Height {
			t.Errorf("on %v at %v the window is %v, larger than the default", c.screen, c.scale, got)
		}
	}
	if got := firstWindowSize(fyne.NewSize(2560, 1400), 1); got != defaultWindowSize {
		t.Errorf("a large screen's first window is %v, not the default %v", got, defaultWindowSize)
	}
	if got := firstWindowSize(fyne.NewSize(640, 400), 2); got != minRestoredSize {
		t.Errorf("a tiny screen's first window is %v, not %v", got, minRestoredSize)
	}
}

// Only a window without a saved size is fitted: a saved size is kept.
func TestSavedWindowSizeIsKept(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	if hasSavedWindowSize(p) {
		t.Fatal("a fresh app has a saved window size")
	}
	saveWindowSize(p, fyne.NewSize(1300, 820))
	if !hasSavedWindowSize(p) {
		t.Error("a saved window size is not seen")
	}
	s := newShell(a, Options{})
	w := s.newWindow()
	if got := w.Canvas().Size(); got != fyne.NewSize(1300, 820) {
		t.Errorf("the window opened at %v, not the saved 1300×820", got)
	}
}
