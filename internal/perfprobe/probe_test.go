package perfprobe

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func testProbe(t *testing.T) *probe {
	return newProbe(filepath.Join(t.TempDir(), "stats.jsonl"))
}

// over is a widget laid over the object it shows, as kit.Wheel lies over
// every list of the window.
type over struct {
	widget.BaseWidget
	target fyne.CanvasObject
}

func newOver(target fyne.CanvasObject) *over {
	o := &over{target: target}
	o.ExtendBaseWidget(o)
	return o
}

func (o *over) Target() fyne.CanvasObject { return o.target }

func (o *over) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(o.target) }

// window shows two tabs, each a filter over a list (under an over layer), in Fyne's test driver.
// seen says what the window's own handlers saw.
type seen struct {
	typed    string
	selected []widget.ListItemID
}

func window(t *testing.T) (fyne.Window, *container.AppTabs, []*widget.List, *widget.Entry, *seen) {
	a := test.NewTempApp(t)
	var lists []*widget.List
	got := &seen{}
	tab := func(name string) *container.TabItem {
		l := widget.NewList(func() int { return 50 }, func() fyne.CanvasObject { return widget.NewLabel("row") },
			func(widget.ListItemID, fyne.CanvasObject) {})
		l.OnSelected = func(id widget.ListItemID) { got.selected = append(got.selected, id) }
		lists = append(lists, l)
		return container.NewTabItem(name, container.NewBorder(widget.NewEntry(), nil, nil, nil, newOver(l)))
	}
	tabs := container.NewAppTabs(tab("One"), tab("Two"))
	filter := widget.NewEntry()
	filter.SetPlaceHolder("Filter rows…")
	filter.OnChanged = func(s string) { got.typed = s }
	w := a.NewWindow("probe")
	w.SetContent(container.NewBorder(filter, nil, nil, nil, container.NewThemeOverride(tabs, a.Settings().Theme())))
	w.Resize(fyne.NewSize(600, 400))
	return w, tabs, lists, filter, got
}

func TestInstrumentTimesTabsRowsAndFilter(t *testing.T) {
	p := testProbe(t)
	w, tabs, lists, filter, got := window(t)
	if !p.instrument(w.Content()) {
		t.Fatal("instrument found no tabs with a filled list")
	}
	tabs.SelectIndex(1)
	tabs.SelectIndex(0)
	tabs.SelectIndex(1)
	lists[1].Select(3)
	test.Type(filter, "ab")
	if got.typed != "ab" || len(got.selected) != 1 || got.selected[0] != 3 {
		t.Errorf("the window's own handlers saw %q and %v: the probe must call them", got.typed, got.selected)
	}
	r := p.report()
	if _, ok := r.TabFirstMS["Two"]; !ok || len(r.TabFirstMS) != 1 {
		t.Errorf("first draws %v, want Two only (One was on screen from the start)", r.TabFirstMS)
	}
	if len(r.TabAgainMS) != 2 {
		t.Errorf("%d later switches, want 2", len(r.TabAgainMS))
	}
	if len(r.TabAgainByTab["One"]) != 1 || len(r.TabAgainByTab["Two"]) != 1 || len(r.TabAgainByTab) != 2 {
		t.Errorf("later switches by tab %v, want one to each", r.TabAgainByTab)
	}
	if len(r.RowSelectMS) != 1 || len(r.FilterKeyMS) != 2 || len(r.FilterFrameMS) != 2 {
		t.Errorf("rows %v, keys %v, frames %v", r.RowSelectMS, r.FilterKeyMS, r.FilterFrameMS)
	}
	if len(r.RowSelectByTab["Two"]) != 1 || len(r.RowSelectByTab) != 1 {
		t.Errorf("rows by tab %v, want the one on Two", r.RowSelectByTab)
	}
	if r.HeapInuseMB <= 0 || r.Seq != 1 {
		t.Errorf("report %+v", r)
	}
	if r.GCGoalMB <= 0 || r.StacksMB <= 0 || r.GCPercent == 0 {
		t.Errorf("runtime metrics missing: goal %v MB, stacks %v MB, GOGC %v", r.GCGoalMB, r.StacksMB, r.GCPercent)
	}
}

func TestInstrumentWaitsForRows(t *testing.T) {
	a := test.NewTempApp(t)
	empty := widget.NewList(func() int { return 0 }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	w := a.NewWindow("probe")
	w.SetContent(container.NewAppTabs(container.NewTabItem("One", empty)))
	if testProbe(t).instrument(w.Content()) {
		t.Error("a window whose lists are empty counts as showing the case")
	}
}

// TestWriteAppendsReportsOnly: without ProfilesEnvVar the probe appends
// its reports and writes no profile, whose making would count in what it
// measures.
func TestWriteAppendsReportsOnly(t *testing.T) {
	p := testProbe(t)
	p.startCPU()
	if p.cpu != nil {
		pprof.StopCPUProfile()
		p.cpu.Close()
		t.Fatal("the CPU profiler runs though no profile was asked for")
	}
	for range 2 {
		if err := p.write(); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(readReports(t, p.path)); n != 2 {
		t.Errorf("%d reports, want 2", n)
	}
	files, err := filepath.Glob(p.path + ".*")
	if err != nil || len(files) != 0 {
		t.Errorf("files written beside the reports though no profile was asked for: %v %v", files, err)
	}
}

// readReports reads the probe's file, checking each line's number and heap.
func readReports(t *testing.T, path string) []Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Report
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var r Report
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", len(out)+1, err)
		}
		if r.Seq != len(out)+1 || r.HeapInuseMB <= 0 {
			t.Errorf("line %d: %+v", len(out)+1, r)
		}
		out = append(out, r)
	}
	return out
}

func TestWriteAppendsReportsAndProfiles(t *testing.T) {
	p := testProbe(t)
	p.profiles = true
	p.startCPU()
	t.Cleanup(func() {
		if p.cpu != nil {
			pprof.StopCPUProfile()
			p.cpu.Close()
		}
	})
	for range 2 {
		if err := p.write(); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(readReports(t, p.path)); n != 2 {
		t.Errorf("%d reports, want 2", n)
	}
	if st, err := os.Stat(p.path + ".heap.pprof"); err != nil || st.Size() == 0 {
		t.Errorf("heap profile: %v", err)
	}
	for _, seq := range []string{"1", "2"} { // one CPU profile per stretch, each a profile pprof reads
		f, err := os.Open(p.path + "." + seq + ".cpu.pprof")
		if err != nil {
			t.Errorf("CPU profile %s: %v", seq, err)
			continue
		}
		if z, err := gzip.NewReader(f); err != nil { // a profile is a gzipped protocol buffer
			t.Errorf("CPU profile %s: %v", seq, err)
		} else if b, err := io.ReadAll(z); err != nil || len(b) == 0 {
			t.Errorf("CPU profile %s: %d bytes, %v", seq, len(b), err)
		}
		f.Close()
	}
}

func TestLayoutListsShownLargestFirst(t *testing.T) {
	p := testProbe(t)
	w, tabs, _, _, _ := window(t)
	tabs.SelectIndex(1)
	w.Content().Refresh()
	if err := p.writeLayout(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p.path + ".layout")
	if err != nil {
		t.Fatal(err)
	}
	var l Layout
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	if l.Seq != 1 || len(l.Lists) != 1 || l.Lists[0].Rows != 50 || l.Lists[0].W <= 0 || l.Lists[0].Y <= 0 {
		t.Errorf("layout %+v, want the second tab's list only", l)
	}
}

func TestLayoutSaysWhatHasTheFocus(t *testing.T) {
	p := testProbe(t)
	w, _, _, filter, _ := window(t)
	readLayout := func() WindowState {
		t.Helper()
		if err := p.writeLayout(); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p.path + ".layout")
		if err != nil {
			t.Fatal(err)
		}
		var l Layout
		if err := json.Unmarshal(b, &l); err != nil {
			t.Fatal(err)
		}
		for _, s := range l.Windows { // the test driver may keep other tests' windows
			if s.Title == "probe" {
				return s
			}
		}
		t.Fatalf("layout %+v has no window “probe”", l)
		return WindowState{}
	}
	if s := readLayout(); s.Title != "probe" || s.Tab != "One" || s.Focused != nil || s.Dialogs != 0 {
		t.Errorf("before any key: %+v, want the title, tab One, no focus, no dialog", s)
	}
	w.Canvas().Focus(filter)
	test.Type(filter, "ab")
	s := readLayout()
	if s.Focused == nil || s.Focused.Type != "*widget.Entry" || s.Focused.Text != "ab" || s.Focused.PlaceHolder != "Filter rows…" {
		t.Errorf("focus in the filter: %+v", s.Focused)
	}
	ok := widget.NewButton("Add event", nil)
	widget.ShowModalPopUp(ok, w.Canvas())
	w.Canvas().Focus(ok)
	s = readLayout()
	if s.Dialogs != 1 || s.Focused == nil || s.Focused.Type != "*widget.Button" || s.Focused.Text != "Add event" {
		t.Errorf("a button in a pop-up: %+v, %+v", s, s.Focused)
	}
}
