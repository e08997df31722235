package ui

import (
	"testing"

	"fyne.io/fyne/v2/container"
)

// TestDividersMoveByMenu: View ▸ Divider moves the divider of the tab on
// screen, left and right between the list and the form, up and down
// between the strip (or the source's form) and what is under it. The
// Network has no divider (its side panel keeps its width), and the menu
// then does nothing.
func TestDividersMoveByMenu(t *testing.T) {
	cw := demoWindow(t)
	for i := range len(cw.all) + 2 {
		cw.selectTab(i)
		if cw.tabs.Selected() == cw.network.Item() {
			if cw.moveDivider(true, 1) || cw.moveDivider(false, 1) {
				t.Error("the Network tab moved a divider it does not have")
			}
			continue
		}
		splits := visibleSplits(cw.tabs.Selected().Content)
		var h, v *container.Split
		for _, s := range splits {
			if s.Horizontal && h == nil {
				h = s
			}
			if !s.Horizontal && v == nil {
				v = s
			}
		}
		if h == nil {
			t.Errorf("tab %d: no divider between left and right found", i)
			continue
		}
		was := h.Offset
		if !cw.moveDivider(true, 1) || h.Offset <= was {
			t.Errorf("tab %d: Move right left the divider at %.2f (was %.2f)", i, h.Offset, was)
		}
		cw.moveDivider(true, -1)
		if h.Offset >= was+dividerStep/2 {
			t.Errorf("tab %d: Move left did not bring the divider back (%.2f, was %.2f)", i, h.Offset, was)
		}
		if v == nil {
			continue
		}
		was = v.Offset
		if !cw.moveDivider(false, 1) || v.Offset <= was {
			t.Errorf("tab %d: Move down left the divider at %.2f (was %.2f)", i, v.Offset, was)
		}
	}
	// The tabs with an upper and a lower part: Timeline, Sources, Questions.
	for _, i := range []int{0, 4, len(cw.all) + 1} {
		cw.selectTab(i)
		found := false
		for _, s := range visibleSplits(cw.tabs.Selected().Content) {
			found = found || !s.Horizontal
		}
		if !found {
			t.Errorf("tab %d: no divider between upper and lower parts found", i)
		}
	}
}
