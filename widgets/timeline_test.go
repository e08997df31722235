package widgets

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app/edtf"
)

func tlDay(y int, m time.Month, d int) (time.Time, time.Time) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Add(24*time.Hour - time.Second)
}

func tlMonth(y int, m time.Month) (time.Time, time.Time) {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return t, t.AddDate(0, 1, 0).Add(-time.Second)
}

func tlYears(y0, y1 int) (time.Time, time.Time) {
	return time.Date(y0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y1+1, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Second)
}

func tlItem(id, title string, lo, hi time.Time) TimelineItem {
	return TimelineItem{ID: id, Title: title, Earliest: lo, Latest: hi}
}

// demoItems resembles the demo case: a decade, a fuzzy span, years, a
// month, several key events on one day, one approximate and one uncertain.
func demoItems() []TimelineItem {
	var items []TimelineItem
	add := func(it TimelineItem) { items = append(items, it) }
	lo, hi := tlYears(1970, 1979)
	add(tlItem("e1", "Movement in exile", lo, hi))
	lo, hi = tlYears(1980, 1983)
	add(tlItem("e2", "Armed wing founded", lo, hi))
	lo, hi = tlYears(1992, 1992)
	add(tlItem("e3", "Embassy attacks", lo, hi))
	lo, hi = tlDay(2009, time.July, 28)
	add(tlItem("e4", "Camp raided", lo, hi))
	lo, hi = tlDay(2012, time.September, 21)
	add(tlItem("e5", "Removed from terror list", lo, hi))
	lo, hi = tlYears(2014, 2014)
	it := tlItem("e6", "Relocation begins", lo, hi)
	it.Approximate = true
	add(it)
	lo, hi = tlMonth(2018, time.May)
	it = tlItem("e7", "Meeting in Paris", lo, hi)
	it.Uncertain = true
	add(it)
	lo, hi = tlMonth(2022, time.July)
	add(tlItem("e8", "Police search the compound", lo, hi))
	for i, title := range []string{"Raid on the camp", "Arrests announced", "Ministry statement"} {
		lo, hi = tlDay(2023, time.June, 20)
		it = tlItem(fmt.Sprintf("k%d", i+1), title, lo, hi)
		it.Key = true
		add(it)
	}
	return items
}

// crowdedItems puts 500 day events in 2021 between a few others.
func crowdedItems() []TimelineItem {
	rng := rand.New(rand.NewPCG(1, 2))
	var items []TimelineItem
	for i := range 500 {
		lo, hi := tlDay(2021, time.January, 1+rng.IntN(365))
		items = append(items, tlItem(fmt.Sprintf("c%03d", i), fmt.Sprintf("Report %d", i), lo, hi))
	}
	lo, hi := tlDay(2019, time.March, 4)
	items = append(items, tlItem("a", "Talks begin", lo, hi))
	lo, hi = tlMonth(2023, time.October)
	it := tlItem("b", "Ceasefire", lo, hi)
	it.Key = true
	items = append(items, it)
	return items
}

func TestTimelineDemoGolden(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	w := showAlone(t, tl, 900, 240)
	test.AssertImageMatches(t, "timeline_demo.png", w.Canvas().Capture())
}

func TestTimelineSelectedGolden(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	tl.Select("e5")
	w := showAlone(t, tl, 900, 240)
	test.AssertImageMatches(t, "timeline_selected.png", w.Canvas().Capture())
}

func TestTimelineCrowdedGolden(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(crowdedItems())
	w := showAlone(t, tl, 900, 240)
	test.AssertImageMatches(t, "timeline_crowded.png", w.Canvas().Capture())

	// Zoomed to 2021 the counts come apart into smaller groups and events.
	tl.SetView(time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC))
	test.AssertImageMatches(t, "timeline_crowded_zoomed.png", w.Canvas().Capture())
}

func TestTimelineViewGolden(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	w := showAlone(t, NewTimelineView(tl), 900, 280)
	test.AssertImageMatches(t, "timeline_view.png", w.Canvas().Capture())
}

func TestTimelineEmpty(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	w := showAlone(t, tl, 400, 160)
	w.Canvas().Capture() // must not panic
	tl.ZoomIn()
	tl.ZoomOut()
	tl.FitAll()
	tl.Select("nothing")
	if tl.Selected() != "" {
		t.Errorf("Selected() = %q, want none", tl.Selected())
	}
	tl.Resize(fyne.NewSize(0, 0))
}

// nodePos returns the centre of the marker drawn for the item with id.
func nodePos(t *testing.T, tl *Timeline, id string) fyne.Position {
	t.Helper()
	want := tl.index[id]
	for _, h := range tl.r.hits {
		n := tl.r.layout.nodes[h.node]
		if n.item == want {
			return h.marker.Add(fyne.NewPos(h.markerSize.Width/2, h.markerSize.Height/2))
		}
	}
	t.Fatalf("no marker drawn for %s", id)
	return fyne.Position{}
}

func TestTimelineTapSelects(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	showAlone(t, tl, 900, 240)
	var got []string
	tl.OnSelected = func(id string) { got = append(got, id) }

	for _, id := range []string{"e4", "e1", "k2", "e7"} {
		test.TapAt(tl, nodePos(t, tl, id))
		if len(got) == 0 || got[len(got)-1] != id {
			t.Fatalf("tap on %s: OnSelected got %v", id, got)
		}
		if tl.Selected() != id {
			t.Errorf("Selected() = %q after tapping %s", tl.Selected(), id)
		}
	}
	// A tap on the empty sky above the events selects nothing.
	n := len(got)
	test.TapAt(tl, fyne.NewPos(450, 2))
	if len(got) != n {
		t.Errorf("tap on empty space called OnSelected(%q)", got[len(got)-1])
	}
}

func TestTimelineSelectDoesNotNotify(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	showAlone(t, tl, 900, 240)
	tl.OnSelected = func(id string) { t.Errorf("OnSelected(%q) called by Select", id) }
	tl.Select("e3")
	if tl.Selected() != "e3" {
		t.Fatalf("Selected() = %q, want e3", tl.Selected())
	}
	// Selecting an event out of view brings it into view.
	tl.SetView(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1975, 1, 1, 0, 0, 0, 0, time.UTC))
	tl.Select("k1")
	from, to := tl.View()
	when := time.Date(2023, 6, 20, 12, 0, 0, 0, time.UTC)
	if when.Before(from) || when.After(to) {
		t.Errorf("view %v..%v does not show the selected event", from, to)
	}
	tl.Select("")
	if tl.Selected() != "" {
		t.Errorf("Select(\"\") left %q selected", tl.Selected())
	}
}

func TestTimelineTapClusterZooms(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(crowdedItems())
	showAlone(t, tl, 900, 240)
	tl.OnSelected = func(id string) { t.Errorf("tap on a count marker selected %q", id) }
	var pos fyne.Position
	found := false
	for _, h := range tl.r.hits {
		if n := tl.r.layout.nodes[h.node]; n.item < 0 && n.count > 10 {
			pos = h.marker.Add(fyne.NewPos(h.markerSize.Width/2, h.markerSize.Height/2))
			found = true
			break
		}
	}
	if !found {
		t.Fatal("no count marker drawn for 500 events in a year")
	}
	from, to := tl.View()
	test.TapAt(tl, pos)
	nf, nt := tl.View()
	if nt.Sub(nf) >= to.Sub(from)/2 {
		t.Errorf("tap on a count marker: view %v → %v, want a zoom in", to.Sub(from), nt.Sub(nf))
	}
}

func TestTimelineZoomAndPan(t *testing.T) {
	newLightApp(t)
	tl := NewTimeline()
	tl.SetItems(demoItems())
	w := showAlone(t, tl, 900, 240)
	span := func() time.Duration { f, t := tl.View(); return t.Sub(f) }
	s0 := span()
	tl.ZoomIn()
	if s1 := span(); s1 >= s0 {
		t.Errorf("ZoomIn: span %v → %v", s0, s1)
	}
	tl.ZoomOut()
	tl.ZoomOut()
	if s2 := span(); s2 <= s0 {
		t.Errorf("ZoomOut twice: span %v → %v", s0, s2)
	}
	tl.FitAll()
	if s3 := span(); s3 != s0 {
		t.Errorf("FitAll: span %v, want %v", s3, s0)
	}

	// Dragging right shows earlier times.
	f0, _ := tl.View()
	test.Drag(w.Canvas(), fyne.NewPos(400, 100), 100, 0)
	if f1, _ := tl.View(); !f1.Before(f0) {
		t.Errorf("drag right: view starts %v, was %v", f1, f0)
	}
	// The test driver reports no modifier keys: a vertical wheel zooms.
	tl.FitAll()
	test.Scroll(w.Canvas(), fyne.NewPos(400, 100), 0, 25)
	if s4 := span(); s4 >= s0 {
		t.Errorf("wheel up: span %v → %v, want zoom in", s0, s4)
	}
	test.Scroll(w.Canvas(), fyne.NewPos(400, 100), 50, 0)

	// Zoom stays within its limits.
	for range 100 {
		tl.ZoomIn()
	}
	if s := span(); s < 24*time.Hour-time.Second {
		t.Errorf("zoomed in to %v, below the one-day limit", s)
	}
	for range 100 {
		tl.ZoomOut()
	}
	w.Canvas().Capture()
}

// TestTimelineLayoutAllocations checks that a frame's allocations do not
// grow with the number of events: the canvas objects are pooled and the
// grouping reuses its scratch space (what remains is the shared tick
// maker's few slices and strings).
func TestTimelineLayoutAllocations(t *testing.T) {
	newLightApp(t)
	perFrame := func(n int) float64 {
		tl := NewTimeline()
		tl.SetItems(benchItems(n))
		showAlone(t, tl, 1200, 300)
		r := tl.r
		size := tl.Size()
		r.Layout(size)
		i := 0
		return testing.AllocsPerRun(20, func() {
			d := float64(86400 * 30)
			if i%2 == 1 {
				d = -d
			}
			i++
			tl.start += d
			tl.end += d
			r.Layout(size)
		})
	}
	few, many := perFrame(200), perFrame(10000)
	if many > few+10 {
		t.Errorf("a frame allocates %.0f times with 10,000 events, %.0f with 200", many, few)
	}
}

// benchItems makes n events over forty years: mostly days, some months and
// years, a few decades; one in twenty key, some fuzzy.
func benchItems(n int) []TimelineItem {
	rng := rand.New(rand.NewPCG(7, 11))
	items := make([]TimelineItem, n)
	for i := range items {
		y := 1985 + rng.IntN(40)
		var lo, hi time.Time
		switch k := rng.IntN(20); {
		case k < 14:
			lo, hi = tlDay(y, time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
		case k < 18:
			lo, hi = tlMonth(y, time.Month(1+rng.IntN(12)))
		case k < 19:
			lo, hi = tlYears(y, y)
		default:
			d := y / 10 * 10
			lo, hi = tlYears(d, d+9)
		}
		items[i] = TimelineItem{
			ID: fmt.Sprintf("ev%05d", i), Title: fmt.Sprintf("Event number %d", i),
			Earliest: lo, Latest: hi,
			Key: rng.IntN(20) == 0, Approximate: rng.IntN(10) == 0, Uncertain: rng.IntN(15) == 0,
		}
	}
	return items
}

// BenchmarkTimelineLayout lays out 10,000 events (grouping, lanes and
// updating the canvas objects) as a pan does on every frame.
func BenchmarkTimelineLayout(b *testing.B) {
	newLightApp(b)
	tl := NewTimeline()
	tl.SetItems(benchItems(10000))
	showAlone(b, tl, 1200, 300)
	r := tl.r
	size := tl.Size()
	r.Layout(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d := float64(86400 * 30)
		if i%2 == 1 {
			d = -d
		}
		tl.start += d
		tl.end += d
		r.Layout(size)
	}
	b.ReportMetric(float64(len(r.layout.nodes)), "nodes")
}

// BenchmarkTimelineLayoutZoomed is the same at a one-year view, where most
// events are off screen.
func BenchmarkTimelineLayoutZoomed(b *testing.B) {
	newLightApp(b)
	tl := NewTimeline()
	tl.SetItems(benchItems(10000))
	showAlone(b, tl, 1200, 300)
	tl.SetView(time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2006, 1, 1, 0, 0, 0, 0, time.UTC))
	r := tl.r
	size := tl.Size()
	r.Layout(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d := float64(86400 * 3)
		if i%2 == 1 {
			d = -d
		}
		tl.start += d
		tl.end += d
		r.Layout(size)
	}
	b.ReportMetric(float64(len(r.layout.nodes)), "nodes")
}

// TestTimelineOddInput feeds what a case may hold: open ends (edtf's
// sentinels), zero times, reversed bounds, duplicate ids, empty titles,
// and very long ones; and draws it at odd sizes and zooms.
func TestTimelineOddInput(t *testing.T) {
	newLightApp(t)
	lo, hi := tlYears(2009, 2009)
	items := []TimelineItem{
		{ID: "open-end", Title: "Since 2009", Earliest: lo, Latest: edtf.MaxTime()},
		{ID: "open-start", Title: "Before 2012", Earliest: edtf.MinTime(), Latest: hi.AddDate(3, 0, 0)},
		{ID: "zero", Title: "Zero time"},
		{ID: "reversed", Title: "Reversed", Earliest: hi, Latest: lo},
		{ID: "dup", Title: "First", Earliest: lo, Latest: lo},
		{ID: "dup", Title: "Second", Earliest: hi, Latest: hi},
		{ID: "empty", Earliest: lo, Latest: hi},
		{ID: "long", Title: strings.Repeat("A very long title ", 20), Earliest: lo, Latest: lo, Key: true},
	}
	tl := NewTimeline()
	tl.SetItems(items)
	w := showAlone(t, tl, 600, 200)
	w.Canvas().Capture()
	from, to := tl.View()
	if from.Year() > 2009 || to.Year() < 2012 || to.Year()-from.Year() > 3001 {
		t.Errorf("fit %v..%v, want 2009–2012 in view despite open ends", from, to)
	}
	for _, o := range tl.r.objects {
		if s := o.Size(); s.Width > 700 || s.Height > 300 {
			t.Errorf("a canvas object of %v on a 600×200 strip", s)
		}
	}
	for range 30 {
		tl.ZoomIn()
	}
	w.Canvas().Capture()
	for _, o := range tl.r.objects {
		if s := o.Size(); s.Width > 700 {
			t.Errorf("zoomed in: a canvas object %v wide", s.Width)
		}
	}
	tl.Select("dup")
	for _, size := range []fyne.Size{{Width: 1, Height: 1}, {Width: 50, Height: 20}, {Width: 3000, Height: 90}} {
		w.Resize(size)
		w.Canvas().Capture()
	}
	tl.SetItems(nil)
	w.Canvas().Capture()
}

// BenchmarkTimelineLayoutDense lays out 10,000 day events within two
// years, nearly all of them in count markers.
func BenchmarkTimelineLayoutDense(b *testing.B) {
	newLightApp(b)
	rng := rand.New(rand.NewPCG(3, 5))
	items := make([]TimelineItem, 10000)
	for i := range items {
		lo, hi := tlDay(2021+rng.IntN(2), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
		items[i] = TimelineItem{ID: fmt.Sprint(i), Title: fmt.Sprint("Report ", i), Earliest: lo, Latest: hi, Key: i%50 == 0}
	}
	tl := NewTimeline()
	tl.SetItems(items)
	showAlone(b, tl, 1200, 300)
	r := tl.r
	size := tl.Size()
	r.Layout(size)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d := float64(86400 * 5)
		if i%2 == 1 {
			d = -d
		}
		tl.start += d
		tl.end += d
		r.Layout(size)
	}
	b.ReportMetric(float64(len(r.layout.nodes)), "nodes")
}

// BenchmarkTimelineSetItems measures giving the timeline 10,000 events
// (copy, sort, index), which happens when the case changes, not per frame.
func BenchmarkTimelineSetItems(b *testing.B) {
	newLightApp(b)
	items := benchItems(10000)
	tl := NewTimeline()
	showAlone(b, tl, 1200, 300)
	b.ReportAllocs()
	for b.Loop() {
		tl.SetItems(items)
	}
}
