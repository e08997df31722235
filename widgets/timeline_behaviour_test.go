package widgets

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// checkNoHiddenMark checks the rule of the strip: every event in view is
// drawn as itself or counted by a drawn count marker, exactly once, and no
// drawn mark lies on another in the same lane.
func checkNoHiddenMark(t *testing.T, tl *Timeline, what string) {
	t.Helper()
	r := tl.r
	seen := map[int]int{}
	type box struct{ a, b float64 }
	lanes := map[int][]box{}
	for _, h := range r.hits {
		n := r.layout.nodes[h.node]
		if n.item >= 0 {
			seen[n.item]++
		} else {
			for _, m := range r.layout.members[n.first : n.first+n.count] {
				seen[m]++
			}
		}
		lanes[n.lane] = append(lanes[n.lane], box{float64(h.marker.X), float64(h.marker.X + h.markerSize.Width)})
	}
	for lane, bs := range lanes {
		slices.SortFunc(bs, func(x, y box) int { return int(math.Copysign(1, x.a-y.a)) })
		for i := 1; i < len(bs); i++ {
			if bs[i].a < bs[i-1].b-0.5 {
				t.Errorf("%s: in lane %d a mark at %.0f–%.0f lies on one at %.0f–%.0f", what, lane, bs[i].a, bs[i].b, bs[i-1].a, bs[i-1].b)
			}
		}
	}
	for i, sp := range tl.spans {
		in := sp.hi >= tl.start && sp.lo <= tl.end
		if in && seen[i] != 1 {
			t.Errorf("%s: event %q (%s) is drawn or counted %d times", what, tl.items[i].Title, tl.items[i].ID, seen[i])
		}
	}
}

// earlyEighties adds to the demo an "early 1980s" event, which at Fit all
// used to be drawn on another event's bar with neither label nor count.
func earlyEighties() []TimelineItem {
	lo, hi := tlYears(1980, 1983)
	return append(demoItems(), tlItem("e9", "Leadership moves abroad", lo, hi))
}

func TestTimelineEveryEventMarkedOrCounted(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(earlyEighties())
	w := showAlone(t, tl, 900, 240)
	for _, size := range []fyne.Size{{Width: 900, Height: 240}, {Width: 1024, Height: 150}, {Width: 600, Height: 105}, {Width: 1366, Height: 300}} {
		w.Resize(size)
		tl.FitAll()
		checkNoHiddenMark(t, tl, fmt.Sprintf("demo at %v", size))
	}
	rng := rand.New(rand.NewPCG(4, 4))
	tl.SetItems(benchItems(3000))
	// Down to the strip's least height, which has room for two lanes.
	minH := tl.MinSize().Height
	for i := range 20 {
		w.Resize(fyne.NewSize(float32(300+rng.IntN(1200)), minH+float32(rng.IntN(300))))
		y := 1985 + rng.IntN(40)
		days := 1 + rng.IntN(5000)
		from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		tl.SetView(from, from.AddDate(0, 0, days))
		checkNoHiddenMark(t, tl, fmt.Sprintf("view %d (%d days)", i, days))
	}
}

func TestTimelineEarlyEightiesGolden(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(earlyEighties())
	w := showAlone(t, tl, 900, 170)
	test.AssertImageMatches(t, "timeline_overflow.png", w.Canvas().Capture())
}

// sameDay is eight events on 20 June 2023 between two others.
func sameDay() []TimelineItem {
	var items []TimelineItem
	for i := range 8 {
		lo, hi := tlDay(2023, time.June, 20)
		items = append(items, tlItem(fmt.Sprintf("d%d", i), fmt.Sprintf("Statement %d", i+1), lo, hi))
	}
	lo, hi := tlMonth(2022, time.March)
	items = append(items, tlItem("m", "Talks", lo, hi))
	lo, hi = tlDay(2023, time.December, 1)
	return append(items, tlItem("n", "Verdict", lo, hi))
}

func TestTimelineSameDayComesApart(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(sameDay())
	w := showAlone(t, tl, 1024, 240)
	counted := func() int {
		n := 0
		for _, h := range tl.r.hits {
			if nd := tl.r.layout.nodes[h.node]; nd.item < 0 {
				n += nd.count
			}
		}
		return n
	}
	if counted() != 8 {
		t.Fatalf("at Fit all %d events are in counts, want the 8 of 20 June", counted())
	}
	// Tapping the count zooms in; at the day the events come apart.
	for range 10 {
		var at fyne.Position
		found := false
		for _, h := range tl.r.hits {
			if tl.r.layout.nodes[h.node].item < 0 {
				at, found = h.marker.Add(fyne.NewPos(h.markerSize.Width/2, h.markerSize.Height/2)), true
			}
		}
		if !found {
			break
		}
		test.TapAt(tl, at)
	}
	if c := counted(); c != 0 {
		from, to := tl.View()
		t.Fatalf("zoomed to %v, %d events still in counts", to.Sub(from), c)
	}
	checkNoHiddenMark(t, tl, "20 June zoomed")
	test.AssertImageMatches(t, "timeline_sameday_zoomed.png", w.Canvas().Capture())
}

func TestTimelineHoverListsCount(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(sameDay())
	w := showAlone(t, tl, 1024, 240)
	var at fyne.Position
	for _, h := range tl.r.hits {
		if tl.r.layout.nodes[h.node].item < 0 {
			at = h.marker.Add(fyne.NewPos(h.markerSize.Width/2, h.markerSize.Height/2))
		}
	}
	tl.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	got := strings.Join(tl.r.tip, "\n")
	for i := range 8 {
		if !strings.Contains(got, fmt.Sprintf("Statement %d", i+1)) {
			t.Errorf("the list on hover lacks Statement %d:\n%s", i+1, got)
		}
	}
	if !strings.HasPrefix(got, "8 events here") {
		t.Errorf("the list on hover starts %q", tl.r.tip[0])
	}
	test.AssertImageMatches(t, "timeline_hover.png", w.Canvas().Capture())
	tl.MouseOut()
	if tl.hovering {
		t.Error("the list stays after the pointer left")
	}
}

func TestTimelineSelectionCoversOwnSpan(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(sameDay())
	w := showAlone(t, tl, 1024, 240)
	tl.Select("d3") // inside the count of 20 June
	w.Canvas().Capture()
	if s := tl.r.selBg.Size(); s.Width > 3*dotR+6 {
		t.Errorf("the highlight of a day event in a count is %.0f px wide", s.Width)
	}
	tl.Select("m") // a month: its bar and label only
	w.Canvas().Capture()
	k := float64(tl.r.width) / (tl.end - tl.start)
	barW := (tl.spans[tl.index["m"]].hi - tl.spans[tl.index["m"]].lo) * k
	lw := tl.r.labelWidth(tl.index["m"])
	if s := float64(tl.r.selBg.Size().Width); s > math.Max(barW, lw)+2*dotR+8 {
		t.Errorf("the highlight of a month is %.0f px wide; its bar is %.0f, its label %.0f", s, barW, lw)
	}
	test.AssertImageMatches(t, "timeline_selected_month.png", w.Canvas().Capture())
}

func TestTimelineWheelZoomsAboutPointer(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	showAlone(t, tl, 900, 240)
	wheel := func(x, dx, dy float32) {
		tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 100)}, Scrolled: fyne.NewDelta(dx, dy)})
	}
	at := func(x float32) float64 { return tl.start + float64(x)/900*(tl.end-tl.start) }
	for _, x := range []float32{100, 450, 800} {
		tl.FitAll()
		before, span := at(x), tl.end-tl.start
		wheel(x, 0, 25)
		if tl.end-tl.start >= span {
			t.Errorf("wheel up at %v: span %v → %v, want a zoom in", x, span, tl.end-tl.start)
		}
		if d := math.Abs(at(x) - before); d > span*1e-6 {
			t.Errorf("wheel at x=%v moved the instant under the pointer by %.0f s", x, d)
		}
		wheel(x, 0, -25)
		if math.Abs(tl.end-tl.start-span) > span*1e-6 {
			t.Errorf("wheel down after up: span %v, want %v back", tl.end-tl.start, span)
		}
	}
	// The horizontal wheel pans.
	tl.FitAll()
	s0, span := tl.start, tl.end-tl.start
	wheel(400, -50, 0)
	if tl.start <= s0 || math.Abs(tl.end-tl.start-span) > span*1e-6 {
		t.Errorf("horizontal wheel: start %v → %v, span %v → %v; want a pan to later times", s0, tl.start, span, tl.end-tl.start)
	}
}

func TestTimelineFitAllLeavesNoEmptyYears(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	for _, width := range []float32{600, 900, 1366} {
		showAlone(t, tl, width, 240)
		tl.FitAll()
		k := float64(width) / (tl.end - tl.start)
		for _, gap := range []float64{(tl.minT - tl.start) * k, (tl.end - tl.maxT) * k} {
			if gap < 0 || gap > fitPad+1 {
				t.Errorf("at %v px Fit all leaves %.0f px beside the data, want 0..%v", width, gap, fitPad)
			}
		}
	}
}

func TestTimelineKeyboard(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	w := showAlone(t, tl, 900, 240)
	var got []string
	tl.OnSelected = func(id string) { got = append(got, id) }
	test.TapAt(tl, fyne.NewPos(450, 2)) // empty sky: takes the focus
	if w.Canvas().Focused() != tl {
		t.Fatal("a tap does not focus the strip")
	}
	test.AssertImageMatches(t, "timeline_focused.png", w.Canvas().Capture())
	key := func(k fyne.KeyName) { w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyHome)
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	key(fyne.KeyLeft)
	key(fyne.KeyEnd)
	want := []string{"e1", "e2", "e3", "e2", tl.items[len(tl.items)-1].ID}
	if !slices.Equal(got, want) {
		t.Errorf("Home, Right, Right, Left, End selected %v, want %v", got, want)
	}
	span := tl.end - tl.start
	test.Type(tl, "+")
	if tl.end-tl.start >= span {
		t.Errorf("+ did not zoom in")
	}
	test.Type(tl, "--")
	if tl.end-tl.start <= span {
		t.Errorf("- twice did not zoom out")
	}
	test.Type(tl, "0")
	if !tl.follow {
		t.Errorf("0 did not fit all")
	}
}

func TestTimelineLegendFollowsTheme(t *testing.T) {
	a := newLightApp(t)
	l := newTimelineLegend()
	showAlone(t, l, 900, 40)
	light := l.words[0].Color
	a.Settings().SetTheme(darkTestTheme{theme.DefaultTheme()})
	l.Refresh()
	if l.words[0].Color == light {
		t.Errorf("the legend keeps its light-theme colour %v on the dark theme", light)
	}
	if got := strings.Join(TimelineLegendWords, " "); strings.Contains(got, "tap") {
		t.Errorf("the legend speaks of tapping: %q", got)
	}
}

func TestTimelineViewWrapsLegend(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	v := NewTimelineView(tl)
	w := showAlone(t, v, 640, 260)
	w.Canvas().Capture()
	for _, it := range v.Objects[1].(*timelineLegend).items {
		if p := it.Position(); p.X+it.Size().Width > 640 {
			t.Errorf("a legend entry runs to %.0f on a 640 px view", p.X+it.Size().Width)
		}
	}
	test.AssertImageMatches(t, "timeline_view_narrow.png", w.Canvas().Capture())
}

// TestTimelineViewFitsANarrowWindow: where the legend's widest entry does
// not fit beside the tools (the strip beside the list at 1024×640 and
// 150 %), the legend goes under them, and the view asks for no more than
// the width it is given, so that the tab does not scroll sideways.
func TestTimelineViewFitsANarrowWindow(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	v := NewTimelineView(tl)
	const width = 300
	w := showAlone(t, v, width, 260)
	w.Canvas().Capture()
	if m := v.MinSize(); m.Width > width {
		t.Errorf("the view asks for %.0f on a %d px window", m.Width, width)
	}
	tools, legend := v.Objects[0], v.Objects[1]
	if legend.Position().Y < tools.Position().Y+tools.Size().Height {
		t.Errorf("the legend at %v is beside the tools, not under them", legend.Position())
	}
	for _, it := range legend.(*timelineLegend).items {
		if right := legend.Position().X + it.Position().X + it.Size().Width; right > width {
			t.Errorf("a legend entry runs to %.0f on a %d px view", right, width)
		}
	}
	if top := v.Objects[2].Position().Y; top < v.Objects[1].Position().Y+v.Objects[1].Size().Height {
		t.Errorf("the strip starts at %.0f, over the legend", top)
	}
}

// TestTimelineAdjacentBarsKeepApart lays out what the demo case's strip
// showed at 1180×740: two 1970s bars and an early-1980s bar in a strip of
// two lanes. The 1980s bar found no lane; drawn alone in the top lane it
// ran into the label of the 1970s bar left there, so that the window read
// "…against the sh.Mostashari escapes". Nothing drawn in a lane may touch
// what is beside it, and every event is drawn or counted once.
func TestTimelineAdjacentBarsKeepApart(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	lo, hi := tlYears(1970, 1979)
	items := []TimelineItem{
		tlItem("a", "MEK linked to the killing of US citizens in Iran", lo, hi),
		tlItem("b", "MEK's armed campaign against the shah", lo, hi),
	}
	lo, hi = tlYears(1980, 1983)
	items = append(items, tlItem("c", "Mostashari escapes arrest in Iran", lo, hi))
	tl.SetItems(items)
	for _, h := range []float32{125, 160, 240} {
		showAlone(t, tl, 1160, h)
		r := test.TempWidgetRenderer(t, tl).(*timelineRenderer)
		sc := tlScale{start: tl.start, end: tl.end, width: float64(r.width)}
		checkTimelineLayout(t, fmt.Sprintf("height %.0f", h), &r.layout, tl.spans, sc, r.params)
	}
}
