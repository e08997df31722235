package netlayout

import (
	"cmp"
	"math"
	"slices"
)

// Spot is where a label goes: its centre and size in drawing units (the
// unit box drawn scale wide, as PlaceLabels was given), and whether it is
// drawn at all.
type Spot struct {
	X, Y, W, H float64
	Shown      bool
}

// PlaceLabels decides which labels to draw, and where, when the unit box is
// drawn scale units wide: a node's label centred under its shape, an edge's
// label on its line, at the middle or as near it as there is room, or else
// just beside it. No label
// overlaps another label or a node's shape; a label that would is left out
// (Shown false), node labels before edge labels, and among nodes those with
// more relations first. The node with id first, when there is one, and its
// edges come before all others, and its label is always shown, over any
// shapes in its way. Positions are relative to the unit box's
// corner: a node is at (X·scale, Y·scale).
func PlaceLabels(nodes []Node, edges []Edge, scale float64, opts Options, first string) (nodeLabels, edgeLabels []Spot) {
	o := opts.withDefaults()
	nodeLabels = make([]Spot, len(nodes))
	edgeLabels = make([]Spot, len(edges))
	if !(scale > 0) || math.IsInf(scale, 0) {
		return nodeLabels, edgeLabels
	}
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		if _, dup := index[n.ID]; !dup {
			index[n.ID] = i
		}
	}
	degree := make([]int, len(nodes))
	for _, e := range edges {
		a, okA := index[e.From]
		b, okB := index[e.To]
		if okA && okB && a != b {
			degree[a]++
			degree[b]++
		}
	}
	var occ occupancy
	occ.init(4 * (o.NodeSize + o.LabelHeight))
	r := o.NodeSize / 2
	pos := func(i int) (float64, float64) { return nodes[i].X * scale, nodes[i].Y * scale }
	for i := range nodes {
		x, y := pos(i)
		occ.add(box{x - r, y - r, x + r, y + r}, i)
	}

	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		fa, fb := nodes[a].ID == first && first != "", nodes[b].ID == first && first != ""
		if fa != fb {
			if fa {
				return -1
			}
			return 1
		}
		return cmp.Compare(degree[b], degree[a])
	})
	for _, i := range order {
		x, y := pos(i)
		w := o.textWidth(nodes[i].Label)
		top := y + r + LabelDrop
		b := box{x - w/2, top, x + w/2, top + o.LabelHeight}
		s := Spot{X: x, Y: top + o.LabelHeight/2, W: w, H: o.LabelHeight}
		if w > 0 && (!occ.hits(b, i) || nodes[i].ID == first && first != "") {
			occ.add(b, -1)
			s.Shown = true
		}
		nodeLabels[i] = s
	}

	eorder := make([]int, len(edges))
	for i := range eorder {
		eorder[i] = i
	}
	if first != "" {
		slices.SortStableFunc(eorder, func(a, b int) int {
			fa := edges[a].From == first || edges[a].To == first
			fb := edges[b].From == first || edges[b].To == first
			switch {
			case fa == fb:
				return 0
			case fa:
				return -1
			}
			return 1
		})
	}
	h := o.EdgeLabelHeight
	for _, ei := range eorder {
		e := edges[ei]
		a, okA := index[e.From]
		b, okB := index[e.To]
		w := o.edgeTextWidth(e.Label)
		if !okA || !okB || a == b || w <= 0 {
			continue
		}
		ax, ay := pos(a)
		bx, by := pos(b)
		l := math.Hypot(bx-ax, by-ay)
		if l < 1e-9 {
			continue
		}
		// Normal to the line, and how far to go along it for the label to
		// sit beside the line rather than on it.
		nx, ny := -(by-ay)/l, (bx-ax)/l
		side := w/2*math.Abs(nx) + h/2*math.Abs(ny) + 1
		for _, c := range edgeSpots {
			cx := ax + (bx-ax)*c.t + nx*side*c.side
			cy := ay + (by-ay)*c.t + ny*side*c.side
			bb := box{cx - w/2, cy - h/2, cx + w/2, cy + h/2}
			if occ.hits(bb, -2) {
				continue
			}
			occ.add(bb, -1)
			edgeLabels[ei] = Spot{X: cx, Y: cy, W: w, H: h, Shown: true}
			break
		}
	}
	return nodeLabels, edgeLabels
}

// edgeSpots are the places tried for an edge's label, best first: on the
// line (side 0) at fraction t of the way, or beside it.
var edgeSpots = [...]struct{ t, side float64 }{
	{0.5, 0}, {0.4, 0}, {0.6, 0}, {0.3, 0}, {0.7, 0},
	{0.5, 1}, {0.5, -1}, {0.35, 1}, {0.35, -1}, {0.65, 1}, {0.65, -1},
}

type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// occupancy is the set of boxes already taken, in a grid of square cells.
type occupancy struct {
	size  float64
	cells map[[2]int32][]int32
	boxes []box
	owner []int // the node whose shape a box is, or -1
}

func (oc *occupancy) init(size float64) {
	oc.size = size
	oc.cells = map[[2]int32][]int32{}
}

func (oc *occupancy) span(b box) (x0, y0, x1, y1 int32) {
	c := func(v float64) int32 { return int32(min(max(math.Floor(v/oc.size), -1<<30), 1<<30)) }
	return c(b.x0), c(b.y0), c(b.x1), c(b.y1)
}

func (oc *occupancy) add(b box, owner int) {
	id := int32(len(oc.boxes))
	oc.boxes = append(oc.boxes, b)
	oc.owner = append(oc.owner, owner)
	x0, y0, x1, y1 := oc.span(b)
	if int64(x1-x0+1)*int64(y1-y0+1) > 4096 {
		x1, y1 = x0+63, y0+63 // absurdly large: keep the grid sane
	}
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			k := [2]int32{x, y}
			oc.cells[k] = append(oc.cells[k], id)
		}
	}
}

// hits reports whether b overlaps a box taken, other than the shape of the
// node self.
func (oc *occupancy) hits(b box, self int) bool {
	x0, y0, x1, y1 := oc.span(b)
	if int64(x1-x0+1)*int64(y1-y0+1) > 4096 {
		return true
	}
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			for _, id := range oc.cells[[2]int32{x, y}] {
				if oc.owner[id] == self && self >= 0 {
					continue
				}
				if oc.boxes[id].overlaps(b) {
					return true
				}
			}
		}
	}
	return false
}
