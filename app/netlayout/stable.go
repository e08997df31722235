package netlayout

import (
	"math"
	"slices"
)

// LayoutFrom is Layout for a network that changed a little: the nodes
// found in prev (by ID, at finite positions) stay where prev has them,
// moved only as far as needed to keep labels and edges clear, so that adding or removing one person moves the
// others little and the analyst keeps the picture in mind. A new node
// starts at the middle of its neighbours that were already placed (or
// where Layout would put it, if it has none). Pinned nodes stay where they
// are, as in Layout. With no node found in prev it is Layout. The result
// depends on prev; for the same prev and graph it is always the same.
func LayoutFrom(prev, nodes []Node, edges []Edge, opts Options) []Node {
	old := make(map[string][2]float64, len(prev))
	for _, p := range prev {
		if finite(p.X) && finite(p.Y) {
			old[p.ID] = [2]float64{p.X, p.Y}
		}
	}
	known := 0
	for _, n := range nodes {
		if _, ok := old[n.ID]; ok {
			known++
		}
	}
	if known == 0 {
		return Layout(nodes, edges, opts)
	}
	out := slices.Clone(nodes)
	g := newGraph(out, edges, opts.withDefaults())
	tr := g.layoutFree() // the scale, and places for nodes with no history
	placed := make([]bool, g.n)
	for k, i := range g.order {
		p, ok := old[out[i].ID]
		switch {
		case g.pinned[k]:
			g.x[k], g.y[k] = tr.fromUnit(out[i].X, out[i].Y)
			placed[k] = true
		case ok:
			g.x[k], g.y[k] = tr.fromUnit(p[0], p[1])
			placed[k] = true
		}
	}
	g.seedNew(placed)
	// The new nodes settle among the placed ones, which stay; then what
	// overlaps is pushed apart, which moves the placed ones only as much as
	// the newcomers need.
	for _, c := range g.components() {
		fixed := make([]bool, len(c))
		for li, k := range c {
			fixed[li] = placed[k]
		}
		if !slices.Contains(fixed, false) {
			continue
		}
		g.layoutComponent(c, fixed)
	}
	all := make([]int, g.n)
	for k := range all {
		all[k] = k
	}
	g.untangle(all)
	if !slices.Contains(g.pinned, true) {
		tr = g.alignTo(out, old, tr)
	}
	g.toUnitBox(out, tr)
	return out
}

// alignTo returns the transform (a scale and a shift) that puts the nodes
// that have a previous place closest to it, so that a drawing that grew or
// shrank as a whole is not taken for one that moved; if the drawing would
// then leave the unit box, the one that fits it into the box.
func (g *graph) alignTo(out []Node, old map[string][2]float64, tr transform) transform {
	var su, sv, sx, sy float64
	n := 0
	for k, i := range g.order {
		if p, ok := old[out[i].ID]; ok {
			su, sv, sx, sy = su+p[0], sv+p[1], sx+g.x[k], sy+g.y[k]
			n++
		}
	}
	if n < 2 {
		return tr
	}
	mu, mv, mx, my := su/float64(n), sv/float64(n), sx/float64(n), sy/float64(n)
	var num, den float64
	for k, i := range g.order {
		if p, ok := old[out[i].ID]; ok {
			num += (p[0]-mu)*(g.x[k]-mx) + (p[1]-mv)*(g.y[k]-my)
			den += (p[0]-mu)*(p[0]-mu) + (p[1]-mv)*(p[1]-mv)
		}
	}
	if !(num > 0) || !(den > 0) {
		return tr
	}
	s := num / den
	a := transform{ox: mx - s*mu, oy: my - s*mv, scale: s}
	const slack = 1e-9
	for k := range g.n {
		u, v := a.toUnit(g.x[k], g.y[k])
		if u < -slack || u > 1+slack || v < -slack || v > 1+slack {
			return g.fit()
		}
	}
	return a
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// seedNew puts each node not placed at the middle of its placed
// neighbours, a little to the side (by its id's hash) so that two new
// nodes of one neighbour do not start on one spot.
func (g *graph) seedNew(placed []bool) {
	for k := range g.n {
		if placed[k] {
			continue
		}
		var sx, sy float64
		n := 0
		for _, a := range g.adj[k] {
			if placed[a.to] {
				sx, sy = sx+g.x[a.to], sy+g.y[a.to]
				n++
			}
		}
		if n == 0 {
			continue // where the fresh layout put it
		}
		ang := math.Pi * unitFloat(g.seed[k])
		d := g.o.EdgeLength
		g.x[k], g.y[k] = sx/float64(n)+d*math.Cos(ang), sy/float64(n)+d*math.Sin(ang)
	}
}

// toUnitBox writes the free nodes' positions into out through tr, kept in
// the unit box or the box that also holds the pinned nodes, as Layout does.
func (g *graph) toUnitBox(out []Node, tr transform) {
	x0, y0, x1, y1 := 0.0, 0.0, 1.0, 1.0
	for k, i := range g.order {
		if g.pinned[k] {
			x0, x1 = min(x0, out[i].X), max(x1, out[i].X)
			y0, y1 = min(y0, out[i].Y), max(y1, out[i].Y)
		}
	}
	for k, i := range g.order {
		if g.pinned[k] {
			continue
		}
		x, y := tr.toUnit(g.x[k], g.y[k])
		if math.IsNaN(x) || math.IsNaN(y) {
			x, y = 0.5, 0.5
		}
		out[i].X, out[i].Y = min(max(x, x0), x1), min(max(y, y0), y1)
	}
}
