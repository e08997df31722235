package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/ui/kit"
)

// TestOpenURLNeedsAnAddress: a source's Open button is disabled while the
// URL field is empty, enabled as soon as an address is typed, and follows
// the source shown.
func TestOpenURLNeedsAnAddress(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	st := cw.sources
	cw.selectTab(4)
	test.Tap(tabButton(t, st, "Add source"))
	newItem(t, cw, "Camp residents describe the raid", "Euronews", "")
	withoutURL := st.Pane().Selected
	if !openURLButton(t, cw).Disabled() {
		t.Error("Open is enabled for a source without a URL")
	}
	edit(cw, field(t, st, "URL"), "https://example.org/raid")
	if openURLButton(t, cw).Disabled() {
		t.Error("Open stays disabled after a URL was typed")
	}
	edit(cw, field(t, st, "URL"), "  ")
	if !openURLButton(t, cw).Disabled() {
		t.Error("Open is enabled after the URL was cleared")
	}
	edit(cw, field(t, st, "URL"), "https://example.org/raid")
	test.Tap(tabButton(t, st, "Add source"))
	newItem(t, cw, "A second report", "", "")
	if !openURLButton(t, cw).Disabled() {
		t.Error("Open is enabled for a new source without a URL")
	}
	cw.show(app.KindSource, withoutURL)
	if openURLButton(t, cw).Disabled() {
		t.Error("Open is disabled for a source with a URL")
	}
}

// TestExportOffersOpenAndFolder: after the PDF briefing and the JSON
// export are written, the window says where and offers Open, Show in
// folder and Close.
func TestExportOffersOpenAndFolder(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	dir := t.TempDir()
	cw.app.Preferences().SetString(kit.PrefLastDir, dir)
	for _, export := range []struct {
		name string
		run  func()
		file string
	}{
		{"PDF", func() { cw.onExportPDF(); tapOverlay(t, cw, "Choose file…") }, ".pdf"},
		{"JSON", cw.onExportJSON, ".json"},
	} {
		export.run()
		tapOverlay(t, cw, "Save")
		settle(cw.shell)
		labels := strings.Join(overlayLabels(cw), " ")
		if !strings.Contains(labels, export.file+" in "+dir) {
			t.Errorf("%s: the dialog says %q, not where the file is", export.name, labels)
		}
		for _, b := range []string{"Open", "Show in folder"} {
			if findButton(cw.win.Canvas().Overlays().Top(), b) == nil {
				t.Errorf("%s: no %q after the export", export.name, b)
			}
		}
		tapOverlay(t, cw, "Close")
		noDialog(t, cw, "Close")
	}
	if names, _ := os.ReadDir(dir); len(names) != 2 {
		t.Errorf("%d files written, want the PDF and the JSON", len(names))
	}
}

// TestFilterHidingTheItemClearsTheForm: when the filter hides the item on
// show, the form gives way to its placeholder (nothing can be edited that
// the list does not show); the item comes back when the filter lists it
// again, unless another was chosen meanwhile.
func TestFilterHidingTheItemClearsTheForm(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	pt := cw.people
	cw.show(app.KindPerson, "p-cuci")
	if !formScroll(t, pt, "Name").Visible() || field(t, pt, "Name").Text != "Arben Çuçi" {
		t.Fatalf("the form shows %q", field(t, pt, "Name").Text)
	}
	pt.Pane().Filter.SetText("nunez")
	if formScroll(t, pt, "Name").Visible() || pt.Pane().Selected != "" {
		t.Errorf("with the filter hiding Çuçi the form is visible %v, selected %q", formScroll(t, pt, "Name").Visible(), pt.Pane().Selected)
	}
	if !tabButton(t, pt, "Delete").Disabled() {
		t.Error("Delete is enabled with nothing shown")
	}
	pt.Pane().Filter.SetText("")
	if pt.Pane().Selected != "p-cuci" || !formScroll(t, pt, "Name").Visible() || field(t, pt, "Name").Text != "Arben Çuçi" {
		t.Errorf("after clearing the filter: selected %q, form visible %v", pt.Pane().Selected, formScroll(t, pt, "Name").Visible())
	}

	// Another item chosen meanwhile stays.
	pt.Pane().Filter.SetText("nunez")
	pt.Pane().Filter.OnSubmitted(pt.Pane().Filter.Text) // Enter: the first match
	pt.Pane().Filter.SetText("")
	if pt.Pane().Selected != "p-maria" || field(t, pt, "Name").Text != "María Núñez" {
		t.Errorf("after choosing María and clearing the filter: selected %q, form %q", pt.Pane().Selected, field(t, pt, "Name").Text)
	}
	// A filter that still lists the item keeps it.
	pt.Pane().Filter.SetText("spokes")
	if pt.Pane().Selected != "p-maria" || !formScroll(t, pt, "Name").Visible() {
		t.Errorf("a filter matching the item dropped it: selected %q", pt.Pane().Selected)
	}
}
