package ui

import (
	"casefile/app"
	"casefile/storage"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestReadOnlyCase(t *testing.T) {
	a := test.NewTempApp(t)
	path := t.TempDir() + "/ro.casefile"
	st, err := storage.Opener{}.Create(path, sampleCase(), false)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro, err := storage.Opener{}.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	cw := openTestWindow(t, a, ro)
	if cw.banner == nil {
		t.Fatal("no read-only banner")
	}
	cw.show(app.KindEvent, "e-raid")
	tl := cw.timeline
	for _, d := range []fyne.Disableable{field(t, tl, "Title"), field(t, tl, "Description"), tabCheck(t, tl, "Key event (leads the briefing)"),
		tabButton(t, tl, "Add event"), tabButton(t, tl, "Delete"), tabButton(t, tl, "Add participant…"),
		sectionButton(t, section(t, tl, "Sources cited"), "Cite a source…"), cw.undoBtn} {
		if !d.Disabled() {
			t.Errorf("%T is enabled in a read-only case", d)
		}
	}
	cw.show(app.KindFigure, "f-injured")
	if !claimPhrase(t, claimRows(t, cw)[0]).Disabled() || !tabButton(t, cw.figures, "Add claim…").Disabled() {
		t.Error("the claims table is editable in a read-only case")
	}
	cw.show(app.KindSource, "s-times")
	if !choice(t, cw.sources, "Reliability").Disabled() || !sourceText(t, cw).Disabled() {
		t.Error("the source form is editable in a read-only case")
	}
	if !cw.undoItem.Disabled {
		t.Error("Undo is enabled in a read-only case")
	}
}

func TestOpenElsewhereOpensReadOnly(t *testing.T) {
	path := t.TempDir() + "/busy.casefile"
	st, err := storage.Opener{}.Create(path, sampleCase(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	second, err := openCase(storage.Opener{}, path)
	if err != nil {
		t.Fatalf("a second open of a busy case fails (%v); it must open read-only", err)
	}
	defer second.Close()
	if ro, why := second.ReadOnly(); !ro || why == "" {
		t.Errorf("second open: read-only %v, %q", ro, why)
	}
}
