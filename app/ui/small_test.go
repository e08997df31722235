package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"casefile/app"
)

// TestOpenURLNeedsAnAddress: a source's Open button is disabled while the
// URL field is empty, enabled as soon as an address is typed, and follows
// the source shown.
func TestOpenURLNeedsAnAddress(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	st := cw.sources
	cw.selectTab(4)
	test.Tap(st.frame.addBtn)
	newItem(t, cw, "Camp residents describe the raid", "Euronews", "")
	withoutURL := st.list.Selected
	if !st.openURL.Disabled() {
		t.Error("Open is enabled for a source without a URL")
	}
	edit(cw, st.url, "https://example.org/raid")
	if st.openURL.Disabled() {
		t.Error("Open stays disabled after a URL was typed")
	}
	edit(cw, st.url, "  ")
	if !st.openURL.Disabled() {
		t.Error("Open is enabled after the URL was cleared")
	}
	edit(cw, st.url, "https://example.org/raid")
	test.Tap(st.frame.addBtn)
	newItem(t, cw, "A second report", "", "")
	if !st.openURL.Disabled() {
		t.Error("Open is enabled for a new source without a URL")
	}
	cw.show(app.KindSource, withoutURL)
	if st.openURL.Disabled() {
		t.Error("Open is disabled for a source with a URL")
	}
}
