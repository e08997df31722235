package netlayout

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"
)

// demoGraph resembles the demo case: 8 people, 15 organizations, 20
// relations, two organizations with no relation at all.
func demoGraph() ([]Node, []Edge) {
	p := func(id, label string) Node { return Node{ID: id, Label: label, Kind: KindPerson} }
	o := func(id, label string) Node { return Node{ID: id, Label: label, Kind: KindOrganization} }
	nodes := []Node{
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
	e := func(from, to, kind string) Edge { return Edge{From: from, To: to, Label: kind} }
	edges := []Edge{
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

// bigGraph returns n nodes with about 1.2 n relations, grown by
// preferential attachment (a few hubs, many leaves), with labels of
// realistic length.
func bigGraph(n int) ([]Node, []Edge) {
	rng := rand.New(rand.NewPCG(7, 11))
	words := []string{"Ministry", "of", "the", "Interior", "Council", "Party", "Front", "Bank", "Group", "Agency", "National", "Democratic", "Union", "Institute", "Trust", "Holdings"}
	nodes := make([]Node, n)
	var edges []Edge
	var ends []int
	kinds := []string{"member of", "leads", "political arm of", "funds", "part of", "reports to"}
	for i := range n {
		k := KindPerson
		if rng.IntN(3) == 0 {
			k = KindOrganization
		}
		label := ""
		for w := 0; w < 1+rng.IntN(4); w++ {
			if w > 0 {
				label += " "
			}
			label += words[rng.IntN(len(words))]
		}
		nodes[i] = Node{ID: fmt.Sprintf("n%03d", i), Label: label, Kind: k}
		if i == 0 {
			continue
		}
		links := 1
		if rng.IntN(5) == 0 {
			links = 2
		}
		for range links {
			var j int
			if len(ends) == 0 || rng.IntN(3) == 0 {
				j = rng.IntN(i)
			} else {
				j = ends[rng.IntN(len(ends))]
			}
			edges = append(edges, Edge{From: nodes[i].ID, To: nodes[j].ID, Label: kinds[rng.IntN(len(kinds))]})
			ends = append(ends, i, j)
		}
	}
	return nodes, edges
}

func checkBounded(t *testing.T, nodes []Node) {
	t.Helper()
	for _, n := range nodes {
		if math.IsNaN(n.X) || math.IsNaN(n.Y) || math.IsInf(n.X, 0) || math.IsInf(n.Y, 0) {
			t.Fatalf("%s at (%v, %v)", n.ID, n.X, n.Y)
		}
		if n.X < 0 || n.X > 1 || n.Y < 0 || n.Y > 1 {
			t.Fatalf("%s at (%v, %v), outside the unit box", n.ID, n.X, n.Y)
		}
	}
}

// labelsOverlap reports the first pair of nodes whose labels (charW per
// character, lineH high, under a node shape nodeSize across) overlap when
// the unit box is drawn scale wide.
func labelsOverlap(nodes []Node, scale, charW, lineH, nodeSize float64) (string, bool) {
	type box struct{ x0, y0, x1, y1 float64 }
	boxes := make([]box, len(nodes))
	for i, n := range nodes {
		w := max(nodeSize, charW*float64(utf8.RuneCountInString(n.Label)))
		cx, cy := n.X*scale, n.Y*scale
		boxes[i] = box{cx - w/2, cy - nodeSize/2, cx + w/2, cy + nodeSize/2 + 2 + lineH}
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
				return fmt.Sprintf("%q and %q", nodes[i].Label, nodes[j].Label), true
			}
		}
	}
	return "", false
}

func TestNetworkLayoutDeterministic(t *testing.T) {
	nodes, edges := demoGraph()
	a := Layout(nodes, edges, Options{})
	b := Layout(nodes, edges, Options{})
	if !slices.Equal(a, b) {
		t.Fatal("two layouts of the same graph differ")
	}
	// Shuffled input gives the same positions.
	rng := rand.New(rand.NewPCG(1, 2))
	sn, se := slices.Clone(nodes), slices.Clone(edges)
	rng.Shuffle(len(sn), func(i, j int) { sn[i], sn[j] = sn[j], sn[i] })
	rng.Shuffle(len(se), func(i, j int) { se[i], se[j] = se[j], se[i] })
	c := Layout(sn, se, Options{})
	pos := map[string]Node{}
	for _, n := range a {
		pos[n.ID] = n
	}
	for _, n := range c {
		if p := pos[n.ID]; p.X != n.X || p.Y != n.Y {
			t.Errorf("%s at (%v, %v) from shuffled input, (%v, %v) otherwise", n.ID, n.X, n.Y, p.X, p.Y)
		}
	}
	// The input is not changed, and the output keeps its order.
	for i := range nodes {
		if nodes[i].X != 0 || nodes[i].Y != 0 {
			t.Fatal("Layout changed its input")
		}
		if a[i].ID != nodes[i].ID || a[i].Label != nodes[i].Label || a[i].Kind != nodes[i].Kind {
			t.Fatalf("output %d is %+v, input %+v", i, a[i], nodes[i])
		}
	}
}

func TestNetworkLayoutBoundedNoNaN(t *testing.T) {
	nodes, edges := demoGraph()
	out := Layout(nodes, edges, Options{})
	checkBounded(t, out)
	// The drawing spans the box in its longer direction.
	x0, x1, y0, y1 := 1.0, 0.0, 1.0, 0.0
	for _, n := range out {
		x0, x1, y0, y1 = min(x0, n.X), max(x1, n.X), min(y0, n.Y), max(y1, n.Y)
	}
	if math.Max(x1-x0, y1-y0) < 0.999 {
		t.Errorf("drawing spans only %v × %v of the box", x1-x0, y1-y0)
	}
	if x1-x0 < y1-y0 {
		t.Errorf("drawing is %v wide and %v high; want landscape", x1-x0, y1-y0)
	}
	big, bigEdges := bigGraph(500)
	checkBounded(t, Layout(big, bigEdges, Options{}))
}

func TestNetworkLayoutLabelsDoNotOverlap(t *testing.T) {
	nodes, edges := demoGraph()
	out := Layout(nodes, edges, Options{})
	// Drawn 900 wide less room for the labels at the edges (as the network
	// view does at 900×600), with about 7 px a character: no two labels
	// meet.
	const scale = 700
	if pair, bad := labelsOverlap(out, scale, 7, 16, 24); bad {
		t.Errorf("at %v px the labels of %s overlap", scale, pair)
	}
	fs := FitScale(out, Options{})
	if fs <= 0 || fs > scale {
		t.Errorf("FitScale = %v, want in (0, %v]", fs, scale)
	}
	if pair, bad := labelsOverlap(out, fs*1.0001, 7, 16, 24); bad {
		t.Errorf("at FitScale %v the labels of %s overlap", fs, pair)
	}
	// A layout for wider text spreads further.
	wide := Layout(nodes, edges, Options{CharWidth: 10})
	if pair, bad := labelsOverlap(wide, FitScale(wide, Options{CharWidth: 10})*1.0001, 10, 16, 24); bad {
		t.Errorf("with 10 px characters the labels of %s overlap", pair)
	}
}

func TestNetworkLayoutLargeGraphLabelsFit(t *testing.T) {
	nodes, edges := bigGraph(500)
	out := Layout(nodes, edges, Options{})
	fs := FitScale(out, Options{})
	if pair, bad := labelsOverlap(out, fs*1.0001, 7, 16, 24); bad {
		t.Errorf("500 nodes at FitScale %v: labels of %s overlap", fs, pair)
	}
	// The drawing is not needlessly spread: the labels' boxes cover a fair
	// part of it.
	area := 0.0
	for _, n := range nodes {
		w, h, _ := LabelBox(n.Label, Options{})
		area += w * h
	}
	if fs > 5*math.Sqrt(area) {
		t.Errorf("500 nodes need %.0f units across; their labels' boxes alone would fill %.0f square", fs, math.Sqrt(area))
	}
	t.Logf("500 nodes: labels fit from %.0f units across (boxes fill %.0f square)", fs, math.Sqrt(area))
}

func TestNetworkLayoutEdgesShortAndComponentsApart(t *testing.T) {
	nodes, edges := demoGraph()
	out := Layout(nodes, edges, Options{})
	pos := map[string]Node{}
	for _, n := range out {
		pos[n.ID] = n
	}
	// Related nodes are nearer each other than the average pair.
	var rel, all float64
	for _, e := range edges {
		a, b := pos[e.From], pos[e.To]
		rel += math.Hypot(a.X-b.X, a.Y-b.Y)
	}
	rel /= float64(len(edges))
	cnt := 0
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			all += math.Hypot(out[i].X-out[j].X, out[i].Y-out[j].Y)
			cnt++
		}
	}
	all /= float64(cnt)
	if rel > 0.6*all {
		t.Errorf("mean edge length %.3f, mean distance %.3f: related nodes are not close", rel, all)
	}
}

func TestNetworkLayoutKeepsPinned(t *testing.T) {
	nodes, edges := demoGraph()
	free := Layout(nodes, edges, Options{})
	pinned := slices.Clone(free)
	for i := range pinned {
		if pinned[i].ID == "o-mek" {
			pinned[i].X, pinned[i].Y, pinned[i].Pinned = 0.9, 0.1, true
		}
		if pinned[i].ID == "o-ep" {
			pinned[i].X, pinned[i].Y, pinned[i].Pinned = 0.05, 0.95, true
		}
	}
	out := Layout(pinned, edges, Options{})
	checkBounded(t, out)
	moved := 0
	for i, n := range out {
		switch n.ID {
		case "o-mek":
			if n.X != 0.9 || n.Y != 0.1 || !n.Pinned {
				t.Errorf("pinned MEK moved to (%v, %v)", n.X, n.Y)
			}
		case "o-ep":
			if n.X != 0.05 || n.Y != 0.95 {
				t.Errorf("pinned EP moved to (%v, %v)", n.X, n.Y)
			}
		default:
			if n.Pinned {
				t.Errorf("%s became pinned", n.ID)
			}
			if math.Hypot(n.X-free[i].X, n.Y-free[i].Y) > 1e-6 {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Error("no free node moved towards the pinned MEK")
	}
	// Pinning every node leaves the layout as it was.
	for i := range free {
		free[i].Pinned = true
	}
	if again := Layout(free, edges, Options{}); !slices.Equal(again, free) {
		t.Error("a fully pinned layout changed")
	}
	// A node pinned outside the box stays there; the free nodes stay
	// within the box that holds it.
	out2 := Layout([]Node{
		{ID: "a", Label: "A", X: 1.3, Y: -0.2, Pinned: true},
		{ID: "b", Label: "B"}, {ID: "c", Label: "C"}, {ID: "d", Label: "D"},
	}, []Edge{{From: "a", To: "b"}, {From: "b", To: "c"}, {From: "c", To: "d"}}, Options{})
	if out2[0].X != 1.3 || out2[0].Y != -0.2 {
		t.Errorf("node pinned outside the box moved to (%v, %v)", out2[0].X, out2[0].Y)
	}
	for _, n := range out2[1:] {
		if n.X < 0 || n.X > 1.3 || n.Y < -0.2 || n.Y > 1 || math.IsNaN(n.X) || math.IsNaN(n.Y) {
			t.Errorf("%s at (%v, %v)", n.ID, n.X, n.Y)
		}
	}
	// A NaN position is not a pin.
	nan := slices.Clone(nodes)
	nan[0].X, nan[0].Pinned = math.NaN(), true
	checkBounded(t, Layout(nan, edges, Options{}))
}

func TestNetworkLayoutOddInput(t *testing.T) {
	if got := Layout(nil, nil, Options{}); len(got) != 0 {
		t.Errorf("Layout(nil) = %v", got)
	}
	one := Layout([]Node{{ID: "a", Label: "Alone"}}, nil, Options{})
	checkBounded(t, one)
	if one[0].X != 0.5 || one[0].Y != 0.5 {
		t.Errorf("a lone node at (%v, %v), want the centre", one[0].X, one[0].Y)
	}
	nodes := []Node{{ID: "a", Label: "A"}, {ID: "b", Label: "B"}, {ID: "a", Label: "A again"}, {ID: "", Label: ""}}
	edges := []Edge{{From: "a", To: "a", Label: "self"}, {From: "a", To: "zz"}, {From: "a", To: "b"}, {From: "b", To: "a", Label: "x"}, {From: "a", To: "b", Label: "x"}}
	out := Layout(nodes, edges, Options{Aspect: -1, CharWidth: math.NaN(), NodeSize: math.Inf(1), TextWidth: func(string) float64 { return math.NaN() }})
	checkBounded(t, out)
	if pair, bad := labelsOverlap(out, FitScale(out, Options{})*1.0001, 0, 16, 24); bad {
		t.Errorf("labels of %s overlap", pair)
	}
}

func TestNetworkFitScaleSmall(t *testing.T) {
	if FitScale(nil, Options{}) != 0 || FitScale([]Node{{ID: "a"}}, Options{}) != 0 {
		t.Error("FitScale of fewer than two nodes is not 0")
	}
	// Two nodes side by side 0.5 apart, labels 100 + 8 wide: 216 across.
	n := []Node{{ID: "a", X: 0, Y: 0.5}, {ID: "b", X: 0.5, Y: 0.5}}
	o := Options{TextWidth: func(string) float64 { return 100 }}
	if got := FitScale(n, o); math.Abs(got-216) > 1e-9 {
		t.Errorf("FitScale = %v, want 176", got)
	}
	w, h, dy := LabelBox("x", o)
	if w != 108 || h != 24+2+16+8 || dy != h/2-12-4 {
		t.Errorf("LabelBox = %v, %v, %v", w, h, dy)
	}
}

func TestNetworkNeighbourhood(t *testing.T) {
	_, edges := demoGraph()
	got := Neighbourhood("p-cuci", edges, 1)
	want := map[string]bool{"p-cuci": true, "o-gov": true, "o-moi": true}
	if !mapsEqual(got, want) {
		t.Errorf("depth 1: %v", got)
	}
	got = Neighbourhood("p-cuci", edges, 2)
	for _, id := range []string{"p-rama", "o-mek", "o-asp"} {
		want[id] = true
	}
	if !mapsEqual(got, want) {
		t.Errorf("depth 2: %v", got)
	}
	if got := Neighbourhood("p-cuci", edges, 0); !mapsEqual(got, map[string]bool{"p-cuci": true}) {
		t.Errorf("depth 0: %v", got)
	}
	if got := Neighbourhood("nobody", edges, 3); !mapsEqual(got, map[string]bool{"nobody": true}) {
		t.Errorf("unknown id: %v", got)
	}
	if got := Neighbourhood("o-mek", edges, 100); len(got) != 17 {
		t.Errorf("whole component has %d nodes, want 17", len(got))
	}
}

func mapsEqual(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestNetworkFilterEdges(t *testing.T) {
	_, edges := demoGraph()
	if got := FilterEdges(edges, nil); len(got) != len(edges) {
		t.Errorf("nil filter kept %d of %d", len(got), len(edges))
	}
	got := FilterEdges(edges, map[string]bool{"leads": true, "member of": false})
	if len(got) != 4 {
		t.Errorf("kept %d edges, want the 4 'leads'", len(got))
	}
	for _, e := range got {
		if e.Label != "leads" {
			t.Errorf("kept %+v", e)
		}
	}
	if got := FilterEdges(edges, map[string]bool{"member of": false}); len(got) != 0 {
		t.Errorf("all kinds off kept %d edges", len(got))
	}
}

// BenchmarkLayout500 measures the 500-node layout (target: under 1 s;
// see docs/BENCHMARKS.md). Timing is a benchmark, not a test.
func BenchmarkLayout500(b *testing.B) {
	nodes, edges := bigGraph(500)
	for b.Loop() {
		Layout(nodes, edges, Options{})
	}
}

func BenchmarkLayout500Pinned(b *testing.B) {
	nodes, edges := bigGraph(500)
	nodes = Layout(nodes, edges, Options{})
	for i := 0; i < len(nodes); i += 10 {
		nodes[i].Pinned = true
	}
	for b.Loop() {
		Layout(nodes, edges, Options{})
	}
}

func BenchmarkLayoutDemo(b *testing.B) {
	nodes, edges := demoGraph()
	for b.Loop() {
		Layout(nodes, edges, Options{})
	}
}

func TestNetworkPlaceLabels(t *testing.T) {
	nodes, edges := demoGraph()
	out := Layout(nodes, edges, Options{})
	o := Options{}
	fs := FitScale(out, o)
	nl, el := PlaceLabels(out, edges, fs*1.0001, o, "")
	if len(nl) != len(out) || len(el) != len(edges) {
		t.Fatalf("%d node spots, %d edge spots", len(nl), len(el))
	}
	shownEdges := 0
	var spots []Spot
	for i, s := range nl {
		if !s.Shown {
			t.Errorf("label of %s not shown at FitScale", out[i].Label)
		}
		spots = append(spots, s)
	}
	for _, s := range el {
		if s.Shown {
			shownEdges++
			spots = append(spots, s)
		}
	}
	if shownEdges < 16 {
		t.Errorf("%d of %d relation labels shown at FitScale, want at least 16", shownEdges, len(edges))
	}
	// No two labels overlap, and no label covers a node's shape.
	for i := range spots {
		a := spots[i]
		for j := i + 1; j < len(spots); j++ {
			b := spots[j]
			if math.Abs(a.X-b.X) < (a.W+b.W)/2 && math.Abs(a.Y-b.Y) < (a.H+b.H)/2 {
				t.Errorf("labels at (%.0f, %.0f) and (%.0f, %.0f) overlap", a.X, a.Y, b.X, b.Y)
			}
		}
		for _, n := range out {
			r := 12.0
			if math.Abs(a.X-n.X*fs) < a.W/2+r && math.Abs(a.Y-n.Y*fs) < a.H/2+r {
				t.Errorf("a label at (%.0f, %.0f) covers %s", a.X, a.Y, n.Label)
			}
		}
	}
	// Drawn small, labels drop out, the first node's last of all.
	nl, el = PlaceLabels(out, edges, fs/4, o, "o-spak")
	shown := 0
	for i, s := range nl {
		if s.Shown {
			shown++
		}
		if out[i].ID == "o-spak" && !s.Shown {
			t.Error("the first node's label left out")
		}
	}
	if shown == len(out) {
		t.Error("at a quarter of FitScale every label still fits")
	}
	if n, e := PlaceLabels(out, edges, 0, o, ""); n[0].Shown || e[0].Shown {
		t.Error("labels shown at scale 0")
	}
}

func TestNetworkLayoutHugeComponent(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	nodes, edges := bigGraph(maxDense + 10)
	out := Layout(nodes, edges, Options{})
	checkBounded(t, out)
}
