package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/ui/kit"
	"casefile/assets"
	"casefile/storage"
)

func TestExportJSONRoundTrips(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	out := filepath.Join(t.TempDir(), "case.json")
	if err := exportJSON(cw.s, out); err != nil {
		t.Fatal(err)
	}
	data, note, err := decodeFile(out)
	if err != nil || note != "" {
		t.Fatalf("decodeFile: %v %q", err, note)
	}
	if len(data.Events) != 3 || data.Case.Title != "Raid on the camp" {
		t.Errorf("exported %d events, title %q", len(data.Events), data.Case.Title)
	}
	// Export into a folder that does not exist fails in plain words and
	// leaves nothing behind.
	err = exportJSON(cw.s, filepath.Join(t.TempDir(), "missing", "case.json"))
	if err == nil || strings.Contains(app.ErrorMessage(err), "no such file") {
		t.Errorf("export to a missing folder: %v", err)
	}
}

func TestImportReportsProblemsAndWarnings(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "demo.json")
	doc := bytes.Replace(assets.DemoCase, []byte(`"casefile": 1,`), []byte(`"casefile": 1, "colour": "red",`), 1)
	if err := os.WriteFile(good, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	data, note, err := decodeFile(good)
	if err != nil {
		t.Fatalf("decodeFile: %v", err)
	}
	if len(data.Events) == 0 || !strings.Contains(note, "colour") {
		t.Errorf("the note on an unknown key is %q", note)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"casefile": 1, "events": [{"id": "e1"}]}`), 0o644)
	_, _, err = decodeFile(bad)
	if app.ErrorCode(err) != app.EINVALID || !strings.HasPrefix(app.ErrorMessage(err), "The case cannot be imported") {
		t.Errorf("a bad document gives %v", err)
	}
	_, _, err = decodeFile(filepath.Join(dir, "none.json"))
	if app.ErrorCode(err) != app.ENOTFOUND {
		t.Errorf("a missing file gives %v", err)
	}
}

func TestSaveCopyChooserNeverEmptiesAFile(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	dir := t.TempDir()
	cw.app.Preferences().SetString(kit.PrefLastDir, dir)
	target := filepath.Join(dir, "copy.casefile")
	os.WriteFile(target, []byte("precious"), 0o644)
	var chosen string
	kit.ChooseSaveFile(cw.app, cw.win, "Save a copy", "copy", ".casefile", func(p string) { chosen = p })
	tapOverlay(t, cw, "Save")
	if b, _ := os.ReadFile(target); string(b) != "precious" {
		t.Fatal("choosing an existing file changed it")
	}
	if chosen != "" {
		t.Fatal("an existing file was chosen without asking")
	}
	tapOverlay(t, cw, "Replace")
	if chosen != target {
		t.Errorf("chosen %q, want %q", chosen, target)
	}
	// SaveCopy through the store writes a complete case there.
	if err := storeOf(cw).SaveCopy(target); err != nil {
		t.Fatal(err)
	}
	st, err := storage.Opener{}.Open(target, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if d, _ := st.Load(); len(d.Events) != 3 {
		t.Errorf("the copy holds %d events", len(d.Events))
	}
}

func TestCaseDetails(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.onCaseDetails()
	entries := overlayKeyEntries(t, cw)
	if len(entries) != 4 { // title, summary, marking, author; the as-of date is a widgets.DateEntry
		t.Fatalf("the dialog has %d entries", len(entries))
	}
	entries[0].SetText("The Ashraf-3 raid")
	entries[1].SetText("Police raided the camp; casualty figures are disputed.")
	tapOverlay(t, cw, "Save")
	c, _ := storeOf(cw).Case()
	if c.Title != "The Ashraf-3 raid" || c.Summary == "" || c.Marking != "UNCLASSIFIED" {
		t.Errorf("case = %+v", c)
	}
	if cw.win.Title() != "The Ashraf-3 raid — Casefile" {
		t.Errorf("title = %q", cw.win.Title())
	}
}

func TestPDFDialogRemembersChoices(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.onExportPDF()
	top := cw.win.Canvas().Overlays().Top()
	for _, o := range test.LaidOutObjects(top) {
		switch w := o.(type) {
		case *kit.KeySelect:
			w.SetSelected("US Letter")
		case *kit.KeyCheck:
			w.SetChecked(w.Text == "Only key events in the timeline" || w.Text == "Timeline" || w.Text == "Disputed figures")
		}
	}
	tapOverlay(t, cw, "Choose file…")
	ch := loadPDFChoices(cw.app.Preferences(), "")
	if ch.paper != "letter" || !ch.keyOnly || strings.Join(ch.sections, ",") != "timeline,figures" || ch.marking != "UNCLASSIFIED" {
		t.Errorf("remembered %+v", ch)
	}
}

func TestPreferences(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a", "b", "c"} {
		path := filepath.Join(dir, n+".casefile")
		os.WriteFile(path, nil, 0o644)
		paths = append(paths, path)
		addRecent(p, path)
	}
	addRecent(p, paths[0]) // again: moves to the top, no duplicate
	os.Remove(paths[1])    // gone: not offered
	if got := recentCases(p); len(got) != 2 || got[0] != paths[0] || got[1] != paths[2] {
		t.Errorf("recent = %v", got)
	}
	saveWindowSize(p, fyne.NewSize(1300, 820))
	if s := savedWindowSize(p); s != fyne.NewSize(1300, 820) {
		t.Errorf("window size = %v", s)
	}
	// A window made to fit a small screen (1024×640 at 150 % leaves
	// 683×427) comes back as it was, not enlarged past the screen.
	saveWindowSize(p, fyne.NewSize(660, 400))
	if s := savedWindowSize(p); s != fyne.NewSize(660, 400) {
		t.Errorf("a small screen's window came back as %v", s)
	}
	p.SetFloat(prefWindowWidth, 120) // no one's choice: a damaged preference
	if s := savedWindowSize(p); s.Width < minRestoredSize.Width || s.Height < minRestoredSize.Height {
		t.Errorf("window size = %v", s)
	}
	applyTheme(a, themeLight)
	if savedTheme(a) != themeLight {
		t.Error("theme not remembered")
	}
	p.SetString(kit.PrefLastDir, filepath.Join(dir, "gone"))
	if d := kit.StartDir(p); d == filepath.Join(dir, "gone") || d == "" {
		t.Errorf("start dir = %q", d)
	}
}

func TestDecodeDemoViaExchange(t *testing.T) {
	if _, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase)); err != nil {
		t.Fatal(err)
	}
}
