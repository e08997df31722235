package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/ui/uitest"
)

// smallScreens are window contents in Fyne's units: a 1024×640 screen at
// 100 %, 125 % and 150 % (what Windows laptops use), less the menu bar.
var smallScreens = []struct {
	name string
	size fyne.Size
}{
	{"1024x640", fyne.NewSize(1024, 616)},
	{"1024x640@125", fyne.NewSize(819, 488)},
	{"1024x640@150", fyne.NewSize(683, 403)},
}

// TestSmallScreens draws every tab of the demo case on small screens and
// compares each with testdata/small/<size>_<tab>.png (look at a new one
// in testdata/failed/small before copying it over): the window asks for
// no more than the screen, no tab is wider than the window (so none
// scrolls sideways) nor, but at 150 %, taller than it, every tab's title or icon is in the bar, and
// the Timeline list shows several events. (Fyne's software painter, which
// the test driver draws with, clips an entry to its own scroller rather
// than also to the form's, so text of a field scrolled out of a short
// form can show below it in these images; the real window clips it.)
func TestSmallScreens(t *testing.T) {
	cw := demoWindow(t)
	names := []string{"timeline", "people", "organizations", "figures", "sources", "network", "questions"}
	for _, s := range smallScreens {
		cw.win.Resize(s.size)
		if m := cw.win.Content().MinSize(); m.Width > s.size.Width || m.Height > s.size.Height {
			t.Errorf("%s: the window asks for %v, more than the screen", s.name, m)
		}
		for i, name := range names {
			cw.selectTab(i)
			if i < len(cw.all) {
				tab := cw.all[i]
				if p := tab.Pane(); len(p.Shown) > 0 {
					cw.show(tab.Kind(), p.Rows[p.Shown[0]].ID)
				}
			}
			sc := tabScroller(t, cw, i)
			if sc.Content.MinSize().Width > sc.Size().Width {
				t.Errorf("%s, %s: the tab asks for %.1f of %.1f and scrolls sideways", s.name, name, sc.Content.MinSize().Width, sc.Size().Width)
			}
			// Up and down, the whole tab scrolls only on the smallest
			// screen (683×403 units): the Questions tab's matrix and
			// panes need more.
			if s.name != "1024x640@150" && sc.Content.MinSize().Height > sc.Size().Height {
				t.Errorf("%s, %s: the tab asks for a height of %.1f of %.1f and scrolls as a whole", s.name, name, sc.Content.MinSize().Height, sc.Size().Height)
			}
			if w := barWidth(tabTitlesOf(cw.tabs)); w > s.size.Width {
				t.Errorf("%s: the tab bar needs %v", s.name, w)
			}
			test.AssertRendersToImage(t, fmt.Sprintf("small/%s_%s.png", s.name, name), cw.win.Canvas())
		}
		if rows := visibleRows(cw); rows < 3 {
			t.Errorf("%s: the Timeline list shows %d events", s.name, rows)
		}
	}
}

// TestLargerScreensFit checks the other screens of the list (a
// 1366×768 and a 1920×1080 laptop at 100, 125 and 150 %) as
// TestSmallScreens does, without images: no tab scrolls sideways or as a
// whole, and the tab bar fits.
func TestLargerScreensFit(t *testing.T) {
	cw := demoWindow(t)
	for _, screen := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		for _, scale := range []float32{1, 1.25, 1.5} {
			size := fyne.NewSize(screen.Width/scale, screen.Height/scale-24) // less the menu bar
			name := fmt.Sprintf("%.0fx%.0f@%.0f", screen.Width, screen.Height, scale*100)
			cw.win.Resize(size)
			for i := range len(cw.all) + 2 {
				cw.selectTab(i)
				if i < len(cw.all) {
					if p := cw.all[i].Pane(); len(p.Shown) > 0 {
						cw.show(cw.all[i].Kind(), p.Rows[p.Shown[0]].ID)
					}
				}
				sc := tabScroller(t, cw, i)
				if m := sc.Content.MinSize(); m.Width > sc.Size().Width || m.Height > sc.Size().Height {
					t.Errorf("%s, tab %d: asks for %v of %v and scrolls", name, i, m, sc.Size())
				}
			}
			if w := barWidth(tabTitlesOf(cw.tabs)); w > size.Width {
				t.Errorf("%s: the tab bar needs %v", name, w)
			}
		}
	}
}

// tabScroller is the scroller tab i is in (inside its tabPage).
func tabScroller(t *testing.T, cw *caseWindow, i int) *container.Scroll {
	t.Helper()
	p, ok := cw.tabs.Items[i].Content.(*tabPage)
	if !ok {
		t.Fatalf("tab %d is not in a tabPage but a %T", i, cw.tabs.Items[i].Content)
	}
	sc, ok := p.content.(*container.Scroll)
	if !ok {
		t.Fatalf("tab %d is not in its scroller but a %T", i, p.content)
	}
	return sc
}

// tabTitlesOf are the titles the bar shows.
func tabTitlesOf(tabs *container.AppTabs) []string {
	var out []string
	for _, it := range tabs.Items {
		out = append(out, it.Text)
	}
	return out
}

// visibleRows is how many whole rows of the Timeline list are in view.
func visibleRows(cw *caseWindow) int {
	row := cw.timeline.Pane().CreateRow().MinSize().Height + theme.Padding()
	return int(cw.timeline.Pane().List.Size().Height / row)
}

// TestSourcesDividerCutsNoRow: the divider between a source's form and
// its text falls between two rows of the form, with text and without, at
// the sizes where it used to cut one in half.
func TestSourcesDividerCutsNoRow(t *testing.T) {
	cw := demoWindow(t)
	for _, size := range []fyne.Size{fyne.NewSize(1180, 740), fyne.NewSize(1180, 716), fyne.NewSize(1366, 744), fyne.NewSize(1024, 616)} {
		cw.win.Resize(size)
		cw.selectTab(4)
		for _, id := range []string{cw.sources.Pane().Rows[0].ID, "src-summary"} {
			cw.show(app.KindSource, id)
			if top, bottom, cut := dividerCut(t, cw); cut {
				t.Errorf("%v, %s: the divider cuts a form row (%v to %v)", size, id, top, bottom)
			}
		}
	}
}

// TestSourcesDividerSnapsOnResize: after the window is resized with a
// source shown, the divider again falls between two rows of the form.
func TestSourcesDividerSnapsOnResize(t *testing.T) {
	cw := demoWindow(t)
	cw.win.Resize(fyne.NewSize(1180, 740))
	cw.selectTab(4)
	cw.show(app.KindSource, cw.sources.Pane().Rows[0].ID)
	for _, size := range []fyne.Size{fyne.NewSize(1180, 716), fyne.NewSize(1024, 616), fyne.NewSize(1366, 744), fyne.NewSize(1100, 690)} {
		cw.win.Resize(size)
		if top, bottom, cut := dividerCut(t, cw); cut {
			t.Errorf("resized to %v: the divider cuts a form row (%v to %v)", size, top, bottom)
		}
	}
}

// dividerCut says whether the bottom of the Sources form's view cuts one
// of its rows, and that row's top and bottom.
func dividerCut(t testing.TB, cw *caseWindow) (top, bottom float32, cut bool) {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	form := formScroll(t, cw.sources, "Title")
	view := d.AbsolutePositionForObject(form).Y + form.Size().Height
	for _, o := range uitest.FormGrid(t, cw.sources.Item().Content, "Title").Objects {
		top := d.AbsolutePositionForObject(o).Y
		if bottom := top + o.Size().Height; top < view-1 && bottom > view+1 {
			return top, bottom, true
		}
	}
	return 0, 0, false
}
