package ui

import (
	"bytes"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/assets"
	"casefile/storage"
)

// demoWindow opens the demo case in a window with the light theme, at the
// size of a 13-inch laptop's window.
func demoWindow(t testing.TB) *caseWindow {
	t.Helper()
	data, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatalf("decoding the demo case: %v", err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(themeFor(themeLight))
	st, err := storage.Opener{}.Create(filepath.Join(t.TempDir(), "demo.casefile"), data, false)
	if err != nil {
		t.Fatal(err)
	}
	cw := openTestWindow(t, a, st)
	cw.win.Resize(fyne.NewSize(1180, 740))
	return cw
}

// TestGoldenTabs renders each tab of the demo case, with its first item
// selected, and compares it with testdata/<tab>.png. After a deliberate
// change of the look, run the test: Fyne's test driver writes what it drew
// to testdata/failed/<tab>.png; look at it, and copy it over the golden.
func TestGoldenTabs(t *testing.T) {
	cw := demoWindow(t)
	for i, name := range []string{"timeline", "people", "organizations", "figures", "sources"} {
		tab := cw.all[i]
		first := ""
		if p := tab.Pane(); len(p.Shown) > 0 {
			first = p.Rows[p.Shown[0]].ID
		}
		cw.show(tab.Kind(), first)
		test.AssertRendersToImage(t, name+".png", cw.win.Canvas())
	}
	_ = app.KindEvent
}
