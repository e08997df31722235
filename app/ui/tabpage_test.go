package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// refreshCounter is a label that counts its refreshes.
type refreshCounter struct {
	widget.Label
	n int
}

func newRefreshCounter(s string) *refreshCounter {
	c := &refreshCounter{}
	c.Text = s
	c.ExtendBaseWidget(c)
	return c
}

func (c *refreshCounter) Refresh() {
	c.n++
	c.Label.Refresh()
}

// TestTabPageRefreshesOnlyTheShownTab: a switch of tab refreshes the tab
// shown, not the hidden ones (Fyne's AppTabs would refresh them all), and
// only when it is shown in another theme or at another size than at its
// last refresh: its first showing, after a theme change or a resize of the
// window while it was hidden.
func TestTabPageRefreshesOnlyTheShownTab(t *testing.T) {
	a := test.NewTempApp(t)
	one, two, three := newRefreshCounter("one"), newRefreshCounter("two"), newRefreshCounter("three")
	tabs := container.NewAppTabs(container.NewTabItem("One", one), container.NewTabItem("Two", two),
		container.NewTabItem("Three", three))
	w := test.NewTempWindow(t, fitTabs(tabs))
	w.Resize(fyne.NewSize(400, 300))
	if two.n != 0 || three.n != 0 {
		t.Errorf("before they were shown, the hidden tabs were refreshed %d and %d times", two.n, three.n)
	}
	tabs.SelectIndex(1)
	tabs.SelectIndex(0)
	if three.n != 0 {
		t.Errorf("a tab never shown was refreshed %d times by switches between the others", three.n)
	}
	if two.n == 0 || !two.Visible() {
		t.Error("the tab switched to was not refreshed")
	}
	was := two.n
	a.Settings().SetTheme(theme.DarkTheme())
	if two.n != was {
		t.Errorf("a theme change refreshed the hidden tab %d times while it was hidden", two.n-was)
	}
	tabs.SelectIndex(1)
	if two.n == was {
		t.Error("the hidden tab did not take the theme change when shown")
	}
	if three.n != 0 {
		t.Errorf("the tab never shown was refreshed %d times", three.n)
	}
	was = two.n
	tabs.SelectIndex(0)
	tabs.SelectIndex(1)
	if two.n != was {
		t.Errorf("shown again in the same theme at the same size, the tab was refreshed %d times", two.n-was)
	}
	tabs.SelectIndex(0)
	w.Resize(fyne.NewSize(500, 360))
	tabs.SelectIndex(1)
	if two.n == was {
		t.Error("shown again after the window was resized while it was hidden, the tab was not refreshed")
	}
}
