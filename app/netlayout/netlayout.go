// Package netlayout lays out a network of people and organizations: the
// nodes of a case's network and the relations between them as edges. The
// layout is force-directed (stress majorization, which pulls every pair of
// nodes towards their distance in the graph), aware of the size of each
// node's label so that labels do not overlap, with disconnected parts packed
// side by side. It is deterministic: the same graph always gives the same
// picture, whatever the order of the input.
//
// It imports only the standard library, so that the window's network view
// (widgets.NetworkView) and the PDF briefing draw the same picture.
//
// Coordinates are in the unit box: 0 ≤ X, Y ≤ 1, X to the right and Y down,
// the longer side of the drawing spanning 0 to 1 and the shorter one centred
// (only nodes the user pinned outside it lie outside). Drawn at FitScale or
// larger (drawing units per unit of the box), node labels do not overlap;
// PlaceLabels then says where every label goes, and which to leave out when
// drawing smaller.
package netlayout

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"unicode/utf8"
)

// The kinds of node.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
)

// Node is a person or organization. X and Y are its position in the unit
// box; Pinned says the user placed it there, and Layout keeps it where it
// is.
type Node struct {
	ID, Label string
	Kind      string // KindPerson or KindOrganization
	X, Y      float64
	Pinned    bool
}

// Edge is a relation From one node To another; Label is the relation's
// kind ("member of"), read as "From is Label To".
type Edge struct {
	From, To, Label string
}

// Options are the sizes Layout plans for, in drawing units (pixels on
// screen, points on paper). A zero field takes its default.
type Options struct {
	// NodeSize is the diameter of a node's shape (default 24).
	NodeSize float64
	// CharWidth is the average width of a character of a label (default
	// 7), used when TextWidth is nil.
	CharWidth float64
	// TextWidth, when set, measures a label exactly.
	TextWidth func(label string) float64
	// LabelHeight is the height of a line of label text (default 16). A
	// node's label is drawn centred under its shape, LabelDrop below it.
	LabelHeight float64
	// EdgeTextWidth, when set, measures an edge's label exactly; by
	// default an edge label is 0.85 times as wide as a node label.
	EdgeTextWidth func(label string) float64
	// EdgeLabelHeight is the height of an edge's label (default 0.85 times
	// LabelHeight).
	EdgeLabelHeight float64
	// Gap is the least free space kept between two label boxes (default 8).
	Gap float64
	// EdgeLength is the shortest edge wanted (default 70); an edge is
	// longer when its label needs the room.
	EdgeLength float64
	// Aspect is the width/height ratio the drawing should have (default
	// 1.5, a landscape window or page).
	Aspect float64
	// MaxIterations bounds the number of improvement sweeps over all nodes
	// (default 300 for small graphs, fewer for large ones).
	MaxIterations int
}

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if !(*v > 0) || math.IsInf(*v, 0) {
			*v = d
		}
	}
	def(&o.NodeSize, 24)
	def(&o.CharWidth, 7)
	def(&o.LabelHeight, 16)
	def(&o.Gap, 8)
	def(&o.EdgeLength, 70)
	def(&o.Aspect, 1.5)
	def(&o.EdgeLabelHeight, 0.85*o.LabelHeight)
	o.Aspect = min(max(o.Aspect, 0.2), 5)
	return o
}

func (o Options) textWidth(s string) float64 {
	if o.TextWidth != nil {
		if w := o.TextWidth(s); w >= 0 && !math.IsInf(w, 0) {
			return w
		}
		return 0
	}
	return o.CharWidth * float64(utf8.RuneCountInString(s))
}

func (o Options) edgeTextWidth(s string) float64 {
	if o.EdgeTextWidth != nil {
		if w := o.EdgeTextWidth(s); w >= 0 && !math.IsInf(w, 0) {
			return w
		}
		return 0
	}
	return 0.85 * o.textWidth(s)
}

// LabelDrop is the space between a node's shape and the top of its label,
// in drawing units.
const LabelDrop = 2

// LabelBox returns the size of the box a node takes with its label under its
// shape, and how far below the node's centre the box's centre lies, with
// the margin of Options.Gap included. Two nodes' labels do not overlap when
// their boxes do not.
func LabelBox(label string, opts Options) (w, h, dy float64) {
	o := opts.withDefaults()
	return labelBox(label, o)
}

func labelBox(label string, o Options) (w, h, dy float64) {
	w = max(o.NodeSize, o.textWidth(label)) + o.Gap
	h = o.NodeSize + LabelDrop + o.LabelHeight + o.Gap
	top := -o.NodeSize/2 - o.Gap/2
	return w, h, top + h/2
}

// graph is the layout's working state, in drawing units.
type graph struct {
	o      Options
	n      int
	order  []int     // node indices in the input, sorted by id
	hw     []float64 // half width of each label box
	bh     float64   // height of every label box
	x, y   []float64
	pinned []bool
	adj    [][]arc
	seed   []uint64
}

type arc struct {
	to  int
	len float64
}

// Layout returns the nodes with new positions in the unit box. Pinned nodes
// keep theirs, even outside the box (where the user dragged them); the
// others are placed around them, inside the box or the least box that
// holds the pinned nodes too. A pinned node with a position that is not a
// finite number is not pinned.
// Edges whose ends are not among the nodes are ignored. The result does not
// depend on the order of nodes or edges.
func Layout(nodes []Node, edges []Edge, opts Options) []Node {
	out := slices.Clone(nodes)
	if len(out) == 0 {
		return out
	}
	g := newGraph(out, edges, opts.withDefaults())
	tr := g.layoutFree()
	anyPinned := false
	for _, p := range g.pinned {
		anyPinned = anyPinned || p
	}
	if anyPinned {
		g.placePinned(out, tr)
	}
	// Free nodes stay in the unit box, or in the box that also holds the
	// pinned nodes.
	x0, y0, x1, y1 := 0.0, 0.0, 1.0, 1.0
	for k, i := range g.order {
		if g.pinned[k] {
			x0, x1 = min(x0, out[i].X), max(x1, out[i].X)
			y0, y1 = min(y0, out[i].Y), max(y1, out[i].Y)
		}
	}
	for k, i := range g.order {
		nd := &out[i]
		if g.pinned[k] {
			continue
		}
		x, y := tr.toUnit(g.x[k], g.y[k])
		if math.IsNaN(x) || math.IsNaN(y) {
			x, y = 0.5, 0.5
		}
		nd.X, nd.Y = min(max(x, x0), x1), min(max(y, y0), y1)
	}
	return out
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	v := h.Sum64()
	// A final mix (splitmix64) spreads ids that differ in one character.
	v ^= v >> 30
	v *= 0xbf58476d1ce4e5b9
	v ^= v >> 27
	v *= 0x94d049bb133111eb
	v ^= v >> 31
	return v
}

// unitFloat maps a hash to [-1, 1).
func unitFloat(h uint64) float64 { return float64(h>>11)/float64(1<<52) - 1 }

func newGraph(nodes []Node, edges []Edge, o Options) *graph {
	n := len(nodes)
	g := &graph{o: o, n: n}
	g.order = make([]int, n)
	for i := range g.order {
		g.order[i] = i
	}
	slices.SortStableFunc(g.order, func(a, b int) int { return cmp.Compare(nodes[a].ID, nodes[b].ID) })
	g.hw = make([]float64, n)
	g.x, g.y = make([]float64, n), make([]float64, n)
	g.pinned = make([]bool, n)
	g.adj = make([][]arc, n)
	g.seed = make([]uint64, n)
	index := make(map[string]int, n)
	for k, i := range g.order {
		nd := nodes[i]
		w, h, _ := labelBox(nd.Label, o)
		g.hw[k], g.bh = w/2, h
		g.pinned[k] = nd.Pinned && !math.IsNaN(nd.X) && !math.IsNaN(nd.Y) && !math.IsInf(nd.X, 0) && !math.IsInf(nd.Y, 0)
		g.seed[k] = hash64(nd.ID)
		if _, dup := index[nd.ID]; !dup {
			index[nd.ID] = k
		}
	}
	// One arc per pair of nodes, as long as the longest label among the
	// relations between them needs.
	type pair struct{ a, b int }
	lens := map[pair]float64{}
	var pairs []pair
	for _, e := range edges {
		a, okA := index[e.From]
		b, okB := index[e.To]
		if !okA || !okB || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		l := max(o.EdgeLength, o.edgeTextWidth(e.Label)*1.05+o.NodeSize+2*o.Gap)
		p := pair{a, b}
		if old, ok := lens[p]; ok {
			// Each further relation between the pair stacks another label.
			lens[p] = max(old, l) + o.EdgeLabelHeight*0.5
			continue
		}
		lens[p] = l
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(p, q pair) int {
		if c := cmp.Compare(p.a, q.a); c != 0 {
			return c
		}
		return cmp.Compare(p.b, q.b)
	})
	for _, p := range pairs {
		l := lens[p]
		g.adj[p.a] = append(g.adj[p.a], arc{p.b, l})
		g.adj[p.b] = append(g.adj[p.b], arc{p.a, l})
	}
	return g
}

// transform maps drawing units to the unit box: unit = (p - origin) / scale.
type transform struct {
	ox, oy, scale float64
}

func (t transform) toUnit(x, y float64) (float64, float64) {
	return (x - t.ox) / t.scale, (y - t.oy) / t.scale
}

func (t transform) fromUnit(u, v float64) (float64, float64) {
	return u*t.scale + t.ox, v*t.scale + t.oy
}

// layoutFree lays out every node as if none were pinned, and returns the
// transform into the unit box.
func (g *graph) layoutFree() transform {
	comps := g.components()
	boxes := make([]compBox, len(comps))
	for ci, c := range comps {
		g.layoutComponent(c, nil)
		boxes[ci] = g.bounds(c)
	}
	g.pack(comps, boxes)
	return g.fit()
}

// components returns the connected components, each sorted by internal
// index, in order of their first node.
func (g *graph) components() [][]int {
	seen := make([]bool, g.n)
	var comps [][]int
	for s := range g.n {
		if seen[s] {
			continue
		}
		c := []int{s}
		seen[s] = true
		for q := 0; q < len(c); q++ {
			for _, a := range g.adj[c[q]] {
				if !seen[a.to] {
					seen[a.to] = true
					c = append(c, a.to)
				}
			}
		}
		slices.Sort(c)
		comps = append(comps, c)
	}
	return comps
}

// distances returns the matrix of the distances wanted between the nodes
// of the component c (indices local to c): the shortest path through the
// graph, by Dijkstra from every node, shortened the more hops it takes so
// that long chains bend rather than stretch the drawing.
func (g *graph) distances(c []int) []float64 {
	m := len(c)
	local := make([]int, g.n)
	for li, k := range c {
		local[k] = li
	}
	d := make([]float64, m*m)
	for i := range d {
		d[i] = math.Inf(1)
	}
	hops := make([]int32, m)
	var shrink []float64 // by hops
	var h distHeap
	for s := range m {
		row := d[s*m : (s+1)*m]
		row[s] = 0
		hops[s] = 0
		h = append(h[:0], distItem{0, s})
		for len(h) > 0 {
			it := h.pop()
			if it.d > row[it.v] {
				continue
			}
			for _, a := range g.adj[c[it.v]] {
				lv := local[a.to]
				if nd := it.d + a.len; nd < row[lv] {
					row[lv] = nd
					hops[lv] = hops[it.v] + 1
					h.push(distItem{nd, lv})
				}
			}
		}
		for j, hp := range hops {
			if hp < 2 || math.IsInf(row[j], 0) {
				continue
			}
			for len(shrink) <= int(hp) {
				shrink = append(shrink, math.Pow(float64(len(shrink)), -hopShrink))
			}
			row[j] *= shrink[hp]
		}
	}
	return d
}

// hopShrink is how much longer paths are shortened: a path of h hops is
// wanted h^-hopShrink times its length.
const hopShrink = 0.2

type distItem struct {
	d float64
	v int
}

// distHeap is a binary min-heap on d, ties broken by v.
type distHeap []distItem

func (h distHeap) less(i, j int) bool {
	return h[i].d < h[j].d || (h[i].d == h[j].d && h[i].v < h[j].v)
}

func (h *distHeap) push(it distItem) {
	*h = append(*h, it)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if !s.less(i, p) {
			break
		}
		s[i], s[p] = s[p], s[i]
		i = p
	}
}

func (h *distHeap) pop() distItem {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(s) && s.less(l, m) {
			m = l
		}
		if r < len(s) && s.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return top
}

// layoutComponent places the nodes of c by stress majorization. With fixed
// nil every node moves: they start from classical multidimensional scaling,
// settle to their distances in the graph, and are turned so that the longer
// side lies across. With fixed set, the nodes it marks stay and the others
// start from where they are. Then untangle keeps labels and edges clear.
func (g *graph) layoutComponent(c []int, fixed []bool) {
	m := len(c)
	if m == 1 {
		if fixed == nil {
			g.x[c[0]], g.y[c[0]] = 0, 0
		}
		return
	}
	if m > maxDense {
		// The distance matrix would not fit in memory: a spiral in the
		// order of a breadth-first walk keeps neighbours near.
		if fixed == nil {
			g.spiral(c)
		}
		g.untangle(c)
		return
	}
	d := g.distances(c)
	if fixed == nil {
		g.classicalMDS(c, d)
	}
	s := &stress{m: m, xs: make([]float64, m), ys: make([]float64, m), fixed: fixed}
	for li, k := range c {
		s.xs[li], s.ys[li] = g.x[k], g.y[k]
	}
	// inv[i*m+j] = 1/d_ij; the weight of the pair is 1/d_ij².
	s.inv = d // reuse the matrix
	for i, v := range s.inv {
		if v <= 0 || math.IsInf(v, 0) {
			s.inv[i] = 0
		} else {
			s.inv[i] = 1 / v
		}
	}
	budget := func(pairs, lo, hi int) int {
		if g.o.MaxIterations > 0 {
			return g.o.MaxIterations
		}
		return min(hi, max(lo, pairs/(m*m)))
	}
	tol := g.o.NodeSize * 0.02
	if fixed == nil {
		s.run(budget(15_000_000, 20, 300), tol)
		orient(s.xs, s.ys, g.degrees(c))
	} else {
		s.run(budget(5_000_000, 10, 100), tol)
	}
	for li, k := range c {
		if fixed == nil || !fixed[li] {
			g.x[k], g.y[k] = s.xs[li], s.ys[li]
		}
	}
	g.untangle(c)
}

// untangle pushes apart the nodes of set whose label boxes overlap, and
// nodes that sit on an edge not their own, then clears what overlaps are
// left by plain pushing.
func (g *graph) untangle(set []int) {
	g.spread(set, 30)
	rounds := 12
	if len(set) > 100 {
		rounds = 2
	}
	for range rounds {
		if !g.clearEdges(set) {
			break
		}
		g.spread(set, 10)
	}
	g.removeOverlaps(set, 100)
}

// maxDense is the largest connected part laid out by stress majorization,
// which takes memory and time in the square of its size.
const maxDense = 2500

// spiral puts the nodes of c on a spiral, in the order a breadth-first walk
// from the node with most relations reaches them.
func (g *graph) spiral(c []int) {
	start := c[0]
	for _, k := range c {
		if len(g.adj[k]) > len(g.adj[start]) {
			start = k
		}
	}
	seen := map[int]bool{start: true}
	order := []int{start}
	for q := 0; q < len(order); q++ {
		for _, a := range g.adj[order[q]] {
			if !seen[a.to] {
				seen[a.to] = true
				order = append(order, a.to)
			}
		}
	}
	area := 0.0
	for _, k := range c {
		area += 2 * g.hw[k] * g.bh
	}
	step := math.Sqrt(area/float64(len(c))) * 1.2
	for i, k := range order {
		r := step * math.Sqrt(float64(i))
		a := float64(i) * 2.399963 // the golden angle
		g.x[k], g.y[k] = r*math.Cos(a), r*math.Sin(a)
	}
}

func (g *graph) degrees(c []int) []float64 {
	deg := make([]float64, len(c))
	for li, k := range c {
		deg[li] = float64(len(g.adj[k]))
	}
	return deg
}

// stress is the state of stress majorization over one component.
type stress struct {
	m      int
	xs, ys []float64
	inv    []float64 // 1 / wanted distance, 0 for the pair of a node with itself
	fixed  []bool    // nodes that do not move; nil for none
}

// run sweeps over the nodes, moving each to where it best meets its
// distances to all the others (the localized stress majorization of
// Gansner, Koren and North), until no node moves more than tol or maxIt
// sweeps are done.
func (s *stress) run(maxIt int, tol float64) {
	m, xs, ys := s.m, s.xs, s.ys
	for range maxIt {
		moved := 0.0
		for i := range m {
			if s.fixed != nil && s.fixed[i] {
				continue
			}
			xi, yi := xs[i], ys[i]
			row := s.inv[i*m : (i+1)*m]
			var sx, sy, sw float64
			for j, inv := range row {
				if inv == 0 {
					continue
				}
				dx, dy := xi-xs[j], yi-ys[j]
				w := inv * inv
				sw += w
				sx += w * xs[j]
				sy += w * ys[j]
				if d2 := dx*dx + dy*dy; d2 > 1e-18 {
					f := inv / math.Sqrt(d2) // w · target / dist
					sx += f * dx
					sy += f * dy
				}
			}
			if sw == 0 {
				continue
			}
			nx, ny := sx/sw, sy/sw
			moved = max(moved, math.Abs(nx-xi)+math.Abs(ny-yi))
			xs[i], ys[i] = nx, ny
		}
		if moved < tol {
			break
		}
	}
}

// spread pushes apart the nodes of set whose label boxes overlap, keeping
// the shape of the drawing, in the manner of PRISM (Gansner and Hu): each
// round links every node to those near it, wants each overlapping link
// longer (by up to half) along its direction, until the boxes clear, and
// every other link as long as it is, and settles the nodes by stress
// majorization over the links. It stops when no boxes overlap or after
// rounds rounds.
func (g *graph) spread(set []int, rounds int) {
	if len(set) < 2 {
		return
	}
	g.inflate(set)
	local := make([]int32, g.n)
	for li, k := range set {
		local[k] = int32(li)
	}
	type link struct {
		j         int32
		w, target float64
	}
	links := make([][]link, len(set))
	for range rounds {
		for i := range links {
			links[i] = links[i][:0]
		}
		overlaps := false
		g.nearPairs(set, func(a, b int) {
			i, j := local[a], local[b]
			dx, dy := g.x[b]-g.x[a], g.y[b]-g.y[a]
			dist := math.Sqrt(dx*dx + dy*dy)
			need := g.hw[a] + g.hw[b]
			adx, ady := math.Abs(dx), math.Abs(dy)
			t := dist
			if adx < need && ady < g.bh {
				overlaps = true
				if dist < 1e-9 {
					t = g.bh
				} else {
					r := min(need/max(adx, 1e-9), g.bh/max(ady, 1e-9))
					t = dist * min(r*1.02, 1.5)
				}
			}
			if t < 1e-9 {
				return
			}
			w := 1 / (t * t)
			links[i] = append(links[i], link{j, w, t})
			links[j] = append(links[j], link{i, w, t})
		})
		if !overlaps {
			return
		}
		for range 8 {
			for i, k := range set {
				if g.pinned[k] || len(links[i]) == 0 {
					continue
				}
				xi, yi := g.x[k], g.y[k]
				var sx, sy, sw float64
				for _, l := range links[i] {
					kj := set[l.j]
					dx, dy := xi-g.x[kj], yi-g.y[kj]
					sw += l.w
					sx += l.w * g.x[kj]
					sy += l.w * g.y[kj]
					if d := math.Sqrt(dx*dx + dy*dy); d > 1e-9 {
						f := l.w * l.target / d
						sx += f * dx
						sy += f * dy
					} else { // on the same spot: part them by their ids
						a := math.Pi * unitFloat(g.seed[k])
						sx += l.w * l.target * math.Cos(a)
						sy += l.w * l.target * math.Sin(a)
					}
				}
				g.x[k], g.y[k] = sx/sw, sy/sw
			}
		}
	}
}

// inflate scales the drawing of set up about its centre when most of its
// nodes' label boxes overlap a neighbour's by much, as in the dense core of
// a large network: pushing a crowd apart pair by pair would take many
// rounds, and scaling keeps the shape exactly. Pinned nodes stay.
func (g *graph) inflate(set []int) {
	need := make([]float64, g.n)
	for range 3 {
		for _, k := range set {
			need[k] = 1
		}
		g.nearPairs(set, func(a, b int) {
			adx, ady := math.Abs(g.x[b]-g.x[a]), math.Abs(g.y[b]-g.y[a])
			if adx >= g.hw[a]+g.hw[b] || ady >= g.bh {
				return
			}
			r := min((g.hw[a]+g.hw[b])/max(adx, 1e-9), g.bh/max(ady, 1e-9))
			need[a], need[b] = max(need[a], r), max(need[b], r)
		})
		rs := make([]float64, 0, len(set))
		for _, k := range set {
			rs = append(rs, need[k])
		}
		slices.Sort(rs)
		// Spreading copes with a median need of half as far again; scale
		// by what is more.
		f := min(rs[len(rs)/2]/1.5, 4)
		if f < 1.05 {
			return
		}
		var cx, cy float64
		for _, k := range set {
			cx += g.x[k]
			cy += g.y[k]
		}
		cx /= float64(len(set))
		cy /= float64(len(set))
		for _, k := range set {
			if !g.pinned[k] {
				g.x[k] = cx + (g.x[k]-cx)*f
				g.y[k] = cy + (g.y[k]-cy)*f
			}
		}
	}
}

// clearEdges moves nodes off the edges that pass through their shape or
// label (edges not their own), the node to one side and the edge's ends a
// little to the other, and reports whether it moved any.
func (g *graph) clearEdges(set []int) bool {
	in := make([]bool, g.n)
	for _, k := range set {
		in[k] = true
	}
	maxHW := 0.0
	for _, k := range set {
		maxHW = max(maxHW, g.hw[k])
	}
	var gr cells
	gr.build(g, set, 2*maxHW, g.bh)
	_, _, dyBox := labelBox("", g.o)
	hh := g.bh / 2
	moved := false
	for _, a := range set {
		for _, arc := range g.adj[a] {
			b := arc.to
			if b < a || !in[b] {
				continue
			}
			ax, ay, bx, by := g.x[a], g.y[a], g.x[b], g.y[b]
			ex, ey := bx-ax, by-ay
			l := math.Sqrt(ex*ex + ey*ey)
			if l < 1e-9 {
				continue
			}
			ux, uy := ex/l, ey/l
			nx, ny := -uy, ux
			cx0, cy0 := gr.cellOf(min(ax, bx)-maxHW, min(ay, by)-g.bh)
			cx1, cy1 := gr.cellOf(max(ax, bx)+maxHW, max(ay, by)+g.bh)
			for cy := cy0; cy <= cy1; cy++ {
				for cx := cx0; cx <= cx1; cx++ {
					for lc := gr.head[cy*gr.nx+cx]; lc >= 0; lc = gr.next[lc] {
						c := set[lc]
						if c == a || c == b || g.pinned[c] {
							continue
						}
						// The box of c, with its margin, against the line.
						hw := g.hw[c]
						px, py := g.x[c]-ax, g.y[c]+dyBox-ay
						t := px*ux + py*uy
						along := hw*math.Abs(ux) + hh*math.Abs(uy)
						if t < -along || t > l+along {
							continue
						}
						sd := px*nx + py*ny
						r := hw*math.Abs(nx) + hh*math.Abs(ny)
						if math.Abs(sd) >= r {
							continue
						}
						sign := 1.0
						if sd < 0 || (sd == 0 && g.seed[c]&1 == 0) {
							sign = -1
						}
						push := min(r-math.Abs(sd)+1, g.o.EdgeLength)
						g.x[c] += sign * nx * push * 0.8
						g.y[c] += sign * ny * push * 0.8
						for _, e := range [2]int{a, b} {
							if !g.pinned[e] {
								g.x[e] -= sign * nx * push * 0.2
								g.y[e] -= sign * ny * push * 0.2
							}
						}
						moved = true
					}
				}
			}
		}
	}
	return moved
}

// nearPairs calls f once for every pair of nodes of set close enough that
// their label boxes might overlap, or nearly so.
func (g *graph) nearPairs(set []int, f func(a, b int)) {
	maxHW := 0.0
	for _, k := range set {
		maxHW = max(maxHW, g.hw[k])
	}
	var gr cells
	gr.build(g, set, 2*maxHW, g.bh)
	for li, a := range set {
		cx, cy := gr.cellOf(g.x[a], g.y[a])
		for y := max(cy-1, 0); y <= min(cy+1, gr.ny-1); y++ {
			for x := max(cx-1, 0); x <= min(cx+1, gr.nx-1); x++ {
				for lj := gr.head[y*gr.nx+x]; lj >= 0; lj = gr.next[lj] {
					if int(lj) > li {
						f(a, set[lj])
					}
				}
			}
		}
	}
}

// cells is a uniform grid over the nodes of a set, each cell listing the
// nodes (by index in the set) whose centres fall in it.
type cells struct {
	x0, y0, cw, ch float64
	nx, ny         int
	head, next     []int32
}

// build puts set into cells at least cw × ch large, larger if needed to
// keep the grid to a few cells per node.
func (gr *cells) build(g *graph, set []int, cw, ch float64) {
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for _, k := range set {
		x0, x1 = min(x0, g.x[k]), max(x1, g.x[k])
		y0, y1 = min(y0, g.y[k]), max(y1, g.y[k])
	}
	cw, ch = max(cw, 1e-6), max(ch, 1e-6)
	limit := 4*len(set) + 16
	for {
		gr.nx = int(min((x1-x0)/cw, 1<<20)) + 1
		gr.ny = int(min((y1-y0)/ch, 1<<20)) + 1
		if gr.nx*gr.ny <= limit {
			break
		}
		cw, ch = cw*1.5, ch*1.5
	}
	gr.x0, gr.y0, gr.cw, gr.ch = x0, y0, cw, ch
	gr.head = make([]int32, gr.nx*gr.ny)
	for i := range gr.head {
		gr.head[i] = -1
	}
	gr.next = make([]int32, len(set))
	for li := len(set) - 1; li >= 0; li-- {
		k := set[li]
		cx, cy := gr.cellOf(g.x[k], g.y[k])
		c := cy*gr.nx + cx
		gr.next[li] = gr.head[c]
		gr.head[c] = int32(li)
	}
}

// cellOf returns the cell of a point, clamped to the grid.
func (gr *cells) cellOf(x, y float64) (int, int) {
	cx := int((x - gr.x0) / gr.cw)
	cy := int((y - gr.y0) / gr.ch)
	return min(max(cx, 0), gr.nx-1), min(max(cy, 0), gr.ny-1)
}

// classicalMDS sets the starting positions of c's nodes from the top two
// eigenvectors of the double-centred squared distances, found by power
// iteration from vectors seeded by the nodes' ids, with a little jitter so
// that no two nodes start on the same spot.
func (g *graph) classicalMDS(c []int, d []float64) {
	m := len(c)
	b := make([]float64, m*m)
	rowMean := make([]float64, m)
	all := 0.0
	for i := range m {
		s := 0.0
		for j := range m {
			v := d[i*m+j]
			v *= v
			b[i*m+j] = v
			s += v
		}
		rowMean[i] = s / float64(m)
		all += s
	}
	all /= float64(m * m)
	for i := range m {
		for j := range m {
			b[i*m+j] = -0.5 * (b[i*m+j] - rowMean[i] - rowMean[j] + all)
		}
	}
	vecs := [2][]float64{}
	vals := [2]float64{}
	tmp := make([]float64, m)
	for e := range 2 {
		v := make([]float64, m)
		for i, k := range c {
			v[i] = unitFloat(g.seed[k] ^ uint64(e+1)*0x9e3779b97f4a7c15)
		}
		lambda := 0.0
		for it := 0; it < 60; it++ {
			if e == 1 { // keep orthogonal to the first
				dot := 0.0
				for i := range m {
					dot += v[i] * vecs[0][i]
				}
				for i := range m {
					v[i] -= dot * vecs[0][i]
				}
			}
			norm := 0.0
			for i := range m {
				norm += v[i] * v[i]
			}
			norm = math.Sqrt(norm)
			if norm < 1e-12 {
				break
			}
			for i := range m {
				v[i] /= norm
			}
			for i := range m {
				s := 0.0
				row := b[i*m : (i+1)*m]
				for j, bv := range row {
					s += bv * v[j]
				}
				tmp[i] = s
			}
			nl := 0.0
			for i := range m {
				nl += tmp[i] * v[i]
			}
			copy(v, tmp)
			if it > 5 && math.Abs(nl-lambda) <= 1e-6*math.Abs(nl) {
				lambda = nl
				break
			}
			lambda = nl
		}
		norm := 0.0
		for i := range m {
			norm += v[i] * v[i]
		}
		norm = math.Sqrt(norm)
		if norm > 0 {
			for i := range m {
				v[i] /= norm
			}
		}
		vecs[e], vals[e] = v, max(lambda, 0)
	}
	jitter := g.o.EdgeLength * 0.05
	for i, k := range c {
		g.x[k] = vecs[0][i]*math.Sqrt(vals[0]) + jitter*unitFloat(g.seed[k]^0x1234567)
		g.y[k] = vecs[1][i]*math.Sqrt(vals[1]) + jitter*unitFloat(g.seed[k]^0x7654321)
	}
}

// removeOverlaps pushes the label boxes of the nodes in set apart until no
// two overlap (or passes run out): each overlapping pair moves apart along
// the axis that needs the smaller move, each node half the way, a pinned
// node not at all.
func (g *graph) removeOverlaps(set []int, passes int) {
	if len(set) < 2 {
		return
	}
	for range passes {
		any := false
		g.nearPairs(set, func(a, b int) {
			if g.separate(a, b) {
				any = true
			}
		})
		if !any {
			return
		}
	}
}

// separate moves i and j apart if their boxes overlap, and reports whether
// they did.
func (g *graph) separate(i, j int) bool {
	const slack = 0.01
	dx, dy := g.x[j]-g.x[i], g.y[j]-g.y[i]
	ox := g.hw[i] + g.hw[j] - math.Abs(dx)
	oy := g.bh - math.Abs(dy)
	if ox <= 0 || oy <= 0 {
		return false
	}
	if g.pinned[i] && g.pinned[j] {
		return false
	}
	fi, fj := 0.5, 0.5
	switch {
	case g.pinned[i]:
		fi, fj = 0, 1
	case g.pinned[j]:
		fi, fj = 1, 0
	}
	sign := func(v float64, i, j int) float64 {
		if v > 0 {
			return 1
		}
		if v < 0 {
			return -1
		}
		if g.seed[i] < g.seed[j] {
			return 1
		}
		return -1
	}
	if ox < oy {
		s := sign(dx, i, j)
		g.x[i] -= s * (ox + slack) * fi
		g.x[j] += s * (ox + slack) * fj
	} else {
		s := sign(dy, i, j)
		g.y[i] -= s * (oy + slack) * fi
		g.y[j] += s * (oy + slack) * fj
	}
	return true
}

type compBox struct {
	x0, y0, x1, y1 float64 // extent of the label boxes
}

func (g *graph) bounds(c []int) compBox {
	b := compBox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, k := range c {
		b.x0 = min(b.x0, g.x[k]-g.hw[k])
		b.x1 = max(b.x1, g.x[k]+g.hw[k])
		b.y0 = min(b.y0, g.y[k]-g.bh/2)
		b.y1 = max(b.y1, g.y[k]+g.bh/2)
	}
	return b
}

// pack puts the components in rows, largest first, so that the whole is about as wide as
// Options.Aspect asks.
func (g *graph) pack(comps [][]int, boxes []compBox) {
	idx := make([]int, len(comps))
	for i := range idx {
		idx[i] = i
	}
	h := func(i int) float64 { return boxes[i].y1 - boxes[i].y0 }
	w := func(i int) float64 { return boxes[i].x1 - boxes[i].x0 }
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := cmp.Compare(len(comps[b]), len(comps[a])); c != 0 {
			return c
		}
		return cmp.Compare(h(b), h(a))
	})
	gap := g.o.EdgeLength / 3
	widest, total := 0.0, 0.0
	for i := range comps {
		widest = max(widest, w(i))
		total += w(i) + gap
	}
	// shelf puts the components in rows no wider than rowW, and returns
	// the size of the whole.
	shelf := func(rowW float64, apply bool) (float64, float64) {
		x, y, rowH, width := 0.0, 0.0, 0.0, 0.0
		for _, i := range idx {
			if x > 0 && x+w(i) > rowW {
				x, y, rowH = 0, y+rowH+gap, 0
			}
			if apply {
				dx, dy := x-boxes[i].x0, y-boxes[i].y0
				for _, k := range comps[i] {
					g.x[k] += dx
					g.y[k] += dy
				}
			}
			width = max(width, x+w(i))
			x += w(i) + gap
			rowH = max(rowH, h(i))
		}
		return width, y + rowH
	}
	// Try rows from the widest component's width to all in one row, and
	// keep the one that fills a box of the wanted aspect best.
	best, bestSide := widest, math.Inf(1)
	for k := 0; k <= 24; k++ {
		rowW := widest * math.Pow(max(total/widest, 1), float64(k)/24)
		W, H := shelf(rowW, false)
		if side := max(W, H*g.o.Aspect); side < bestSide*0.999 {
			best, bestSide = rowW, side
		}
	}
	shelf(best, true)
}

// orient rotates the positions about their centre so that their principal
// axis lies across, and mirrors them so that the heavier half (by weight)
// is left and top, so that the result does not depend on the signs the
// eigenvectors happened to have.
func orient(xs, ys, weight []float64) {
	n := float64(len(xs))
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxx, syy, sxy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxx += dx * dx
		syy += dy * dy
		sxy += dx * dy
	}
	theta := 0.5 * math.Atan2(2*sxy, sxx-syy)
	cos, sin := math.Cos(-theta), math.Sin(-theta)
	var skewX, skewY float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		nx, ny := dx*cos-dy*sin, dx*sin+dy*cos
		xs[i], ys[i] = nx, ny
		w := weight[i] + 1
		skewX += w * nx * math.Abs(nx)
		skewY += w * ny * math.Abs(ny)
	}
	fx, fy := 1.0, 1.0
	if skewX > 0 {
		fx = -1
	}
	if skewY > 0 {
		fy = -1
	}
	for i := range xs {
		xs[i] *= fx
		ys[i] *= fy
	}
}

// fit returns the transform that maps the drawing into the unit box, the
// longer side spanning 0 to 1 and the shorter one centred.
func (g *graph) fit() transform {
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for k := range g.n {
		x0, x1 = min(x0, g.x[k]), max(x1, g.x[k])
		y0, y1 = min(y0, g.y[k]), max(y1, g.y[k])
	}
	w, h := x1-x0, y1-y0
	s := max(w, h)
	if !(s > 1e-9) {
		// One node, or all on one spot: a scale at which one edge would
		// span the box.
		s = max(w, h, g.o.EdgeLength)
	}
	return transform{
		ox:    x0 - (s-w)/2,
		oy:    y0 - (s-h)/2,
		scale: s,
	}
}

// placePinned moves the pinned nodes to their places, lets the free nodes
// of their components settle around them, and pushes apart whatever
// overlaps.
func (g *graph) placePinned(nodes []Node, tr transform) {
	for k, i := range g.order {
		if g.pinned[k] {
			g.x[k], g.y[k] = tr.fromUnit(nodes[i].X, nodes[i].Y)
		}
	}
	for _, c := range g.components() {
		fixed := make([]bool, len(c))
		n := 0
		for li, k := range c {
			fixed[li] = g.pinned[k]
			if fixed[li] {
				n++
			}
		}
		if n == 0 || n == len(c) {
			continue
		}
		g.layoutComponent(c, fixed)
	}
	all := make([]int, g.n)
	for k := range all {
		all[k] = k
	}
	g.untangle(all)
}

// FitScale returns the smallest size at which the unit box can be drawn (in
// the units of opts) for the labels of nodes, positioned by Layout, not to
// overlap: draw the box at least this large. It is 0 for fewer than two
// nodes.
func FitScale(nodes []Node, opts Options) float64 {
	o := opts.withDefaults()
	n := len(nodes)
	if n < 2 {
		return 0
	}
	hw := make([]float64, n)
	var bh float64
	for i, nd := range nodes {
		w, h, _ := labelBox(nd.Label, o)
		hw[i], bh = w/2, h
	}
	need := 0.0
	for i := range n {
		for j := i + 1; j < n; j++ {
			dx := math.Abs(nodes[i].X - nodes[j].X)
			dy := math.Abs(nodes[i].Y - nodes[j].Y)
			sx, sy := math.Inf(1), math.Inf(1)
			if dx > 0 {
				sx = (hw[i] + hw[j]) / dx
			}
			if dy > 0 {
				sy = bh / dy
			}
			s := min(sx, sy)
			if math.IsInf(s, 1) {
				continue // same spot: no scale separates them
			}
			need = max(need, s)
		}
	}
	return need
}

// Neighbourhood returns the ids of the nodes within depth relations of id,
// in either direction, id itself included. Depth 0 (or less) gives id alone.
func Neighbourhood(id string, edges []Edge, depth int) map[string]bool {
	out := map[string]bool{id: true}
	if depth <= 0 {
		return out
	}
	adj := map[string][]string{}
	for _, e := range edges {
		if e.From == e.To {
			continue
		}
		adj[e.From] = append(adj[e.From], e.To)
		adj[e.To] = append(adj[e.To], e.From)
	}
	frontier := []string{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, v := range frontier {
			for _, u := range adj[v] {
				if !out[u] {
					out[u] = true
					next = append(next, u)
				}
			}
		}
		frontier = next
	}
	return out
}

// FilterEdges returns the edges whose Label is one of the kinds marked true.
// A nil or empty kinds keeps every edge. The input is not changed.
func FilterEdges(edges []Edge, kinds map[string]bool) []Edge {
	if len(kinds) == 0 {
		return slices.Clone(edges)
	}
	out := make([]Edge, 0, len(edges))
	for _, e := range edges {
		if kinds[e.Label] {
			out = append(out, e)
		}
	}
	return out
}
