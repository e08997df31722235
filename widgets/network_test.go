package widgets

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app/netlayout"
)

// networkApp starts a test app with Fyne's light theme, for captures that
// look like the app rather than the grey test theme.
func networkApp(t testing.TB) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
}

// demoNetwork resembles the demo case: 8 people, 15 organizations, 20
// relations; two organizations have none.
func demoNetwork() ([]netlayout.Node, []netlayout.Edge) {
	p := func(id, label string) netlayout.Node {
		return netlayout.Node{ID: id, Label: label, Kind: netlayout.KindPerson}
	}
	o := func(id, label string) netlayout.Node {
		return netlayout.Node{ID: id, Label: label, Kind: netlayout.KindOrganization}
	}
	nodes := []netlayout.Node{
		p("p-maryam", "Maryam Rajavi"),
		p("p-massoud", "Massoud Rajavi"),
		p("p-cuci", "Bledar Çuçi"),
		p("p-rama", "Edi Rama"),
		p("p-ali", "Ali Mostashari"),
		p("p-ozturk", "Şükrü Öztürk"),
		p("p-nguyen", "Nguyễn Thị Hương"),
		p("p-sidorov", "Андрей Сидоров"),
		o("o-mek", "MEK (PMOI)"),
		o("o-ncri", "NCRI"),
		o("o-asp", "Albanian State Police"),
		o("o-spak", "SPAK"),
		o("o-gov", "Government of Albania"),
		o("o-moi", "Ministry of the Interior"),
		o("o-iran", "Islamic Republic of Iran"),
		o("o-mois", "Ministry of Intelligence (MOIS)"),
		o("o-irgc", "IRGC"),
		o("o-tasnim", "Tasnim News Agency"),
		o("o-fox", "Fox News"),
		o("o-bar", "Istanbul Bar Association"),
		o("o-council", "Ashraf-3 Residents' Council"),
		o("o-ep", "European Parliament"),
		o("o-usdos", "US State Department"),
	}
	e := func(from, to, kind string) netlayout.Edge { return netlayout.Edge{From: from, To: to, Label: kind} }
	edges := []netlayout.Edge{
		e("o-ncri", "o-mek", "political arm of"),
		e("p-maryam", "o-ncri", "leads"),
		e("p-massoud", "o-mek", "leads"),
		e("p-maryam", "o-mek", "member of"),
		e("p-ali", "o-mek", "member of"),
		e("p-cuci", "o-gov", "member of"),
		e("p-cuci", "o-moi", "leads"),
		e("o-asp", "o-moi", "reports to"),
		e("p-rama", "o-gov", "leads"),
		e("o-spak", "o-mek", "investigates"),
		e("o-asp", "o-mek", "searched"),
		e("o-tasnim", "o-irgc", "affiliated with"),
		e("o-irgc", "o-iran", "part of"),
		e("o-mois", "o-iran", "part of"),
		e("o-mois", "o-mek", "targets"),
		e("p-ozturk", "o-bar", "member of"),
		e("p-nguyen", "o-fox", "correspondent of"),
		e("p-sidorov", "o-tasnim", "writes for"),
		e("o-gov", "o-mek", "hosts"),
		e("o-council", "o-mek", "part of"),
	}
	return nodes, edges
}

// bigNetwork has n nodes and about 1.2 n relations, a few hubs and many
// leaves.
func bigNetwork(n int) ([]netlayout.Node, []netlayout.Edge) {
	rng := rand.New(rand.NewPCG(3, 5))
	words := []string{"Ministry", "of", "the", "Interior", "Council", "Party", "Front", "Bank", "Group", "Agency", "National", "Union"}
	kinds := []string{"member of", "leads", "political arm of", "funds", "part of"}
	nodes := make([]netlayout.Node, n)
	var edges []netlayout.Edge
	var ends []int
	for i := range n {
		kind := netlayout.KindPerson
		if rng.IntN(3) == 0 {
			kind = netlayout.KindOrganization
		}
		label := words[rng.IntN(len(words))]
		for range rng.IntN(3) {
			label += " " + words[rng.IntN(len(words))]
		}
		nodes[i] = netlayout.Node{ID: fmt.Sprintf("n%03d", i), Label: label, Kind: kind}
		if i == 0 {
			continue
		}
		for range 1 + rng.IntN(5)/4 {
			j := rng.IntN(i)
			if len(ends) > 0 && rng.IntN(3) > 0 {
				j = ends[rng.IntN(len(ends))]
			}
			edges = append(edges, netlayout.Edge{From: nodes[i].ID, To: nodes[j].ID, Label: kinds[rng.IntN(len(kinds))]})
			ends = append(ends, i, j)
		}
	}
	return nodes, edges
}

// newDemoNetwork shows the demo network alone in a 900×600 window.
func newDemoNetwork(t testing.TB) (*NetworkView, fyne.Window) {
	t.Helper()
	v := NewNetworkView()
	nodes, edges := demoNetwork()
	v.SetGraph(nodes, edges)
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 600))
	return v, w
}

// screenPos returns where the node id is drawn.
func screenPos(t testing.TB, v *NetworkView, id string) fyne.Position {
	t.Helper()
	i, ok := v.index[id]
	if !ok {
		t.Fatalf("no node %q", id)
	}
	return v.toScreen(v.nodes[i].X, v.nodes[i].Y)
}

// drawn counts the objects of the view's renderer by type.
func drawn(v *NetworkView) (lines, circles, squares, texts int) {
	for _, o := range test.WidgetRenderer(v).Objects() {
		switch o.(type) {
		case *canvas.Line:
			lines++
		case *canvas.Circle:
			circles++
		case *canvas.Rectangle:
			if r := o.(*canvas.Rectangle); r.StrokeWidth > 0 {
				squares++ // label backgrounds have no stroke
			}
		case *canvas.Text:
			texts++
		}
	}
	return lines, circles, squares, texts
}

func TestNetworkDemoGolden(t *testing.T) {
	networkApp(t)
	_, w := newDemoNetwork(t)
	test.AssertImageMatches(t, "network_demo.png", w.Canvas().Capture())
}

func TestNetworkSelectedGolden(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	v.Select("o-mek")
	test.AssertImageMatches(t, "network_selected.png", w.Canvas().Capture())
}

func TestNetworkDrawsEverything(t *testing.T) {
	networkApp(t)
	v, _ := newDemoNetwork(t)
	lines, circles, squares, texts := drawn(v)
	if lines != 20 {
		t.Errorf("%d lines, want 20", lines)
	}
	if circles != 8 || squares != 15 {
		t.Errorf("%d circles and %d squares, want 8 people and 15 organizations", circles, squares)
	}
	// Every node label, and most relation labels, fit at 900×600.
	if texts < 23+16 {
		t.Errorf("%d labels drawn, want all 23 node labels and at least 16 of 20 relation labels", texts)
	}
	labels := map[string]bool{}
	for _, o := range test.WidgetRenderer(v).Objects() {
		if tx, ok := o.(*canvas.Text); ok {
			labels[tx.Text] = true
		}
	}
	for _, want := range []string{"MEK (PMOI)", "NCRI", "Albanian State Police", "Bledar Çuçi", "political arm of"} {
		if !labels[want] {
			t.Errorf("label %q not drawn", want)
		}
	}
}

func TestNetworkTapNode(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	var tapped []string
	v.OnNodeTapped = func(id string) { tapped = append(tapped, id) }
	test.TapCanvas(w.Canvas(), screenPos(t, v, "o-ncri"))
	if len(tapped) != 1 || tapped[0] != "o-ncri" {
		t.Fatalf("tapped %v, want [o-ncri]", tapped)
	}
	if v.Selected() != "o-ncri" {
		t.Errorf("selected %q", v.Selected())
	}
	// A tap on the label selects too.
	p := screenPos(t, v, "o-asp")
	test.TapCanvas(w.Canvas(), fyne.NewPos(p.X+20, p.Y+netNodeSize/2+8))
	if len(tapped) != 2 || tapped[1] != "o-asp" {
		t.Fatalf("tapped %v after tapping a label", tapped)
	}
	// Empty space clears the selection and calls nothing.
	test.TapCanvas(w.Canvas(), fyne.NewPos(3, 597))
	if len(tapped) != 2 || v.Selected() != "" {
		t.Errorf("tap on empty space: tapped %v, selected %q", tapped, v.Selected())
	}
}

func TestNetworkDragNode(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	type move struct {
		id   string
		x, y float64
	}
	var moves []move
	v.OnNodeMoved = func(id string, x, y float64) { moves = append(moves, move{id, x, y}) }
	i := v.index["p-cuci"]
	before := v.nodes[i]
	from := screenPos(t, v, "p-cuci")
	test.Drag(w.Canvas(), from, -60, 30)
	if len(moves) != 1 || moves[0].id != "p-cuci" {
		t.Fatalf("moves %v, want one of p-cuci", moves)
	}
	wantX, wantY := before.X-60/v.scale, before.Y+30/v.scale
	if math.Abs(moves[0].x-wantX) > 1e-6 || math.Abs(moves[0].y-wantY) > 1e-6 {
		t.Errorf("moved to (%v, %v), want (%v, %v)", moves[0].x, moves[0].y, wantX, wantY)
	}
	if got := screenPos(t, v, "p-cuci"); math.Abs(float64(got.X-(from.X-60))) > 0.01 || math.Abs(float64(got.Y-(from.Y+30))) > 0.01 {
		t.Errorf("drawn at %v, want %v", got, from.Add(fyne.NewPos(-60, 30)))
	}
	var pinned netlayout.Node
	for _, n := range v.Positions() {
		if n.ID == "p-cuci" {
			pinned = n
		}
	}
	if !pinned.Pinned || pinned.X != moves[0].x || pinned.Y != moves[0].y {
		t.Errorf("Positions has %+v", pinned)
	}
	// SetGraph with the stored position keeps it.
	nodes, edges := demoNetwork()
	for k := range nodes {
		if nodes[k].ID == "p-cuci" {
			nodes[k].X, nodes[k].Y, nodes[k].Pinned = moves[0].x, moves[0].y, true
		}
	}
	v.SetGraph(nodes, edges)
	if n := v.nodes[v.index["p-cuci"]]; n.X != moves[0].x || n.Y != moves[0].y {
		t.Errorf("after SetGraph at (%v, %v), want (%v, %v)", n.X, n.Y, moves[0].x, moves[0].y)
	}
}

// TestNetworkDragNodeDesktop drives a drag as the desktop driver does: a
// mouse press, then moves that report where the pointer now is.
func TestNetworkDragNodeDesktop(t *testing.T) {
	networkApp(t)
	v, _ := newDemoNetwork(t)
	var moved string
	v.OnNodeMoved = func(id string, x, y float64) { moved = id }
	from := screenPos(t, v, "o-spak")
	v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	p := from
	for range 5 {
		p = p.Add(fyne.NewPos(8, -6))
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}, Dragged: fyne.NewDelta(8, -6)})
	}
	v.DragEnd()
	v.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary})
	if moved != "o-spak" {
		t.Fatalf("moved %q, want o-spak", moved)
	}
	if got := screenPos(t, v, "o-spak"); netDist(got, p) > 0.01 {
		t.Errorf("SPAK drawn at %v, pointer at %v", got, p)
	}
}

func TestNetworkDragEmptySpacePans(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	moved := false
	v.OnNodeMoved = func(string, float64, float64) { moved = true }
	before := screenPos(t, v, "o-mek")
	test.Drag(w.Canvas(), fyne.NewPos(3, 597), 40, -25)
	if moved {
		t.Error("a drag on empty space moved a node")
	}
	if got := screenPos(t, v, "o-mek"); netDist(got, before.Add(fyne.NewPos(40, -25))) > 0.01 {
		t.Errorf("after panning MEK is at %v, want %v", got, before.Add(fyne.NewPos(40, -25)))
	}
	// FitAll brings it back.
	v.FitAll()
	if got := screenPos(t, v, "o-mek"); netDist(got, before) > 0.01 {
		t.Errorf("after FitAll MEK is at %v, want %v", got, before)
	}
}

func TestNetworkZoom(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	s0 := v.scale
	v.ZoomIn()
	if v.scale <= s0 {
		t.Errorf("ZoomIn: scale %v → %v", s0, v.scale)
	}
	v.ZoomOut()
	if math.Abs(v.scale-s0) > 1e-9 {
		t.Errorf("ZoomIn then ZoomOut: scale %v → %v", s0, v.scale)
	}
	// The wheel zooms about the pointer: the node under it stays put.
	p := screenPos(t, v, "o-asp")
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.NewDelta(0, 50)})
	if v.scale <= s0 {
		t.Errorf("wheel up did not zoom in")
	}
	if got := screenPos(t, v, "o-asp"); netDist(got, p) > 0.01 {
		t.Errorf("node under the pointer moved from %v to %v", p, got)
	}
	for range 50 {
		test.Scroll(w.Canvas(), p, 0, -100)
	}
	if lo, _ := v.scaleLimits(); v.scale < lo*0.999 {
		t.Errorf("zoomed out to %v, below the limit %v", v.scale, lo)
	}
}

func TestNetworkKindFilterHidesEdges(t *testing.T) {
	networkApp(t)
	v, _ := newDemoNetwork(t)
	v.SetKindFilter(map[string]bool{"leads": true})
	lines, circles, squares, _ := drawn(v)
	if lines != 4 {
		t.Errorf("%d lines with only 'leads' shown, want 4", lines)
	}
	if circles+squares != 23 {
		t.Errorf("%d nodes drawn, want all 23", circles+squares)
	}
	for _, o := range test.WidgetRenderer(v).Objects() {
		if tx, ok := o.(*canvas.Text); ok && (tx.Text == "member of" || tx.Text == "political arm of") {
			t.Errorf("label %q of a hidden relation drawn", tx.Text)
		}
	}
	v.SetKindFilter(nil)
	if lines, _, _, _ := drawn(v); lines != 20 {
		t.Errorf("%d lines with the filter off, want 20", lines)
	}
	if got := v.Kinds(); len(got) != 12 || got[0] != "affiliated with" {
		t.Errorf("Kinds() = %v", got)
	}
}

func TestNetworkNeighbourhoodOnly(t *testing.T) {
	networkApp(t)
	v, _ := newDemoNetwork(t)
	v.SetNeighbourhoodOnly("p-cuci", 1)
	lines, circles, squares, _ := drawn(v)
	if circles != 1 || squares != 2 || lines != 2 {
		t.Errorf("neighbourhood of Çuçi: %d people, %d organizations, %d relations; want 1, 2, 2", circles, squares, lines)
	}
	v.SetNeighbourhoodOnly("p-cuci", 2)
	if _, c, s, _ := drawn(v); c+s != 6 {
		t.Errorf("two steps from Çuçi: %d nodes, want 6", c+s)
	}
	// With "member of" alone, two steps from Ali reach MEK's other members.
	v.SetKindFilter(map[string]bool{"member of": true})
	v.SetNeighbourhoodOnly("p-ali", 2)
	if _, c, s, _ := drawn(v); c != 2 || s != 1 {
		t.Errorf("members around Ali: %d people, %d organizations; want 2, 1", c, s)
	}
	v.SetNeighbourhoodOnly("", 0)
	if _, c, s, _ := drawn(v); c+s != 23 {
		t.Errorf("all again: %d nodes", c+s)
	}
}

func TestNetworkSelect(t *testing.T) {
	networkApp(t)
	v, _ := newDemoNetwork(t)
	called := false
	v.OnNodeTapped = func(string) { called = true }
	v.Select("o-mek")
	if v.Selected() != "o-mek" || called {
		t.Errorf("Select: selected %q, callback called %v", v.Selected(), called)
	}
	bold := false
	for _, o := range test.WidgetRenderer(v).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == "MEK (PMOI)" {
			bold = tx.TextStyle.Bold
		}
	}
	if !bold {
		t.Error("the selected node's label is not bold")
	}
	v.Select("nobody")
	if v.Selected() != "" {
		t.Errorf("Select(unknown) left %q selected", v.Selected())
	}
	// The selection survives SetGraph when its node does.
	v.Select("o-ncri")
	nodes, edges := demoNetwork()
	v.SetGraph(nodes, edges)
	if v.Selected() != "o-ncri" {
		t.Errorf("selection lost on SetGraph")
	}
}

func TestNetworkEmptyAndOdd(t *testing.T) {
	networkApp(t)
	v := NewNetworkView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(300, 200))
	v.Select("x")
	v.SetKindFilter(map[string]bool{"x": true})
	v.SetNeighbourhoodOnly("x", 2)
	v.FitAll()
	v.ZoomIn()
	test.Drag(w.Canvas(), fyne.NewPos(10, 10), 5, 5)
	test.TapCanvas(w.Canvas(), fyne.NewPos(10, 10))
	if _, _, _, texts := drawn(v); texts != 1 {
		t.Errorf("empty view draws %d texts, want the one message", texts)
	}
	v.SetNeighbourhoodOnly("", 0)
	v.SetGraph([]netlayout.Node{{ID: "a", Label: "Alone"}}, []netlayout.Edge{{From: "a", To: "b", Label: "dangling"}})
	if lines, c, _, _ := drawn(v); lines != 0 || c != 1 {
		t.Errorf("one node, one dangling edge: %d lines, %d circles", lines, c)
	}
	v.SetGraph(nil, nil)
	v.Resize(fyne.NewSize(0, 0))
	v.Refresh()
}

func BenchmarkNetworkRefresh500(b *testing.B) {
	networkApp(b)
	v := NewNetworkView()
	nodes, edges := bigNetwork(500)
	v.SetGraph(nodes, edges)
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(900, 600))
	r := test.WidgetRenderer(v)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		v.cx += 0.001 * float64(i%2*2-1) // pan back and forth
		r.Layout(v.Size())
	}
}

func BenchmarkNetworkRefresh500Zoomed(b *testing.B) {
	networkApp(b)
	v := NewNetworkView()
	nodes, edges := bigNetwork(500)
	v.SetGraph(nodes, edges)
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(900, 600))
	for range 6 {
		v.ZoomIn()
	}
	r := test.WidgetRenderer(v)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		v.cx += 0.001 * float64(i%2*2-1)
		r.Layout(v.Size())
	}
}

func BenchmarkNetworkSetGraph500(b *testing.B) {
	networkApp(b)
	v := NewNetworkView()
	nodes, edges := bigNetwork(500)
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(900, 600))
	for b.Loop() {
		v.SetGraph(nodes, edges)
	}
}
