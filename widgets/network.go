package widgets

import (
	"image/color"
	"math"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app/netlayout"
)

// Sizes of the network drawing, in pixels at full size.
const (
	netNodeSize     = 22 // diameter of a node's shape
	netMinNodeSize  = 8  // zoomed far out
	netLabelRunes   = 32 // longer node labels are cut with "…"
	netHitSlack     = 4  // pixels around a shape that still hit it
	netArrowRadius  = 5  // of the arrowhead triangle
	netZoomStep     = 1.4
	netPad          = 10 // around the drawing when fitted
	netFitMaxFactor = 1.6
	netDragRoom     = 2 // how far outside the unit box a node may be dragged
)

// NetworkView draws the people and organizations of a case as nodes, and
// the relations between them as arrows labelled with the relation's kind,
// pointing from the item that is (for instance) "member of" to the one it
// is a member of. People are circles in the theme's primary colour,
// organizations rounded squares in its warning colour, so that shape alone
// tells them apart. Node labels sit under the shapes; where labels would
// overlap at the current zoom some are left out (edge labels before node
// labels), a note in the corner says how many (Fit all keeps the drawing
// clear of it), and they come back as the user zooms in; the node under
// the pointer, and the selected one, always show their label and their
// relations'.
//
// Positions come from netlayout.Layout, which SetGraph runs: nodes the user
// placed (Pinned) stay where they are. Tap a node to select it (and call
// OnNodeTapped); drag a node to move it (OnNodeMoved reports where it was
// dropped, in the unit box of netlayout); drag empty space to pan; use the
// mouse wheel, ZoomIn and ZoomOut to zoom, and FitAll to see everything
// again. NewNetworkPanel puts the view under a toolbar with those buttons
// and a legend.
type NetworkView struct {
	widget.BaseWidget

	// OnNodeTapped is called with a node's id when the user taps it.
	OnNodeTapped func(id string)
	// OnNodeMoved is called when the user has dragged a node to a new
	// place, with its position in the unit box of netlayout (outside 0..1
	// if dropped past the edge of the drawing). The node is then pinned:
	// store the position, and pass it back to SetGraph with Pinned set to
	// keep it there.
	OnNodeMoved func(id string, x, y float64)

	nodes    []netlayout.Node // laid out
	edges    []netlayout.Edge
	index    map[string]int // node id → index in nodes
	kinds    map[string]bool
	hoodID   string
	hoodDep  int
	selected int // index into nodes, or -1
	hover    int // index into nodes of the node under the pointer, or -1
	seed     []netlayout.Node

	visNode  []bool // shown under the neighbourhood setting
	visEdges []int  // edges shown: passing the kind filter, both ends shown

	// The view: a point u of the unit box is drawn at (u - centre)·scale
	// plus half the widget's size.
	cx, cy, scale float64
	follow        bool    // fit all until the user zooms or pans
	natural       float64 // scale at which all node labels fit
	fitted        float64 // scale FitAll last chose

	drag     netDrag
	measures map[netMeasureKey]float32
	// While SetGraph lays the graph out, bulk is set, bulkMisses counts
	// the labels measured and measurers measure them in the regular and
	// the italic face (bulkMeasurer).
	bulk       bool
	bulkMisses int
	measurers  [2]*labelMeasurer
	focused    bool // has the keyboard focus: network_keys.go
	shiftKey        // whether a Shift key is down: network_keys.go

	r *networkRenderer
}

type netDrag struct {
	pressed bool          // a mouse button is down (desktop)
	press   fyne.Position // where it went down
	active  bool          // a drag is under way
	node    int           // the node dragged, or -1 for a pan
	moved   bool
}

type netMeasureKey struct {
	text   string
	size   float32
	italic bool
}

// NewNetworkView returns an empty network view; give it a graph with
// SetGraph.
func NewNetworkView() *NetworkView {
	v := &NetworkView{selected: -1, hover: -1, follow: true, index: map[string]int{}, measures: map[netMeasureKey]float32{}}
	v.drag.node = -1
	v.ExtendBaseWidget(v)
	return v
}

// SetGraph replaces the network shown and lays it out: nodes marked Pinned
// keep their positions; nodes already shown (or given to SeedPositions)
// stay about where they were, so that adding or removing one person does
// not reshuffle the picture; new ones settle among them
// (netlayout.LayoutFrom, which takes about 0.4 s for 500 nodes, on the
// calling goroutine). Edges
// whose ends are not among the nodes are not drawn. The selection, kind
// filter and neighbourhood setting are kept. If the user has not zoomed or
// panned, the view fits all.
func (v *NetworkView) SetGraph(nodes []netlayout.Node, edges []netlayout.Edge) {
	selID := v.Selected()
	v.drag = netDrag{node: -1} // its node index means nothing now
	v.edges = slices.Clone(edges)
	prev := v.nodes
	if len(prev) == 0 {
		prev = v.seed
	}
	// Every label not measured before is measured here: past the first
	// netBulkMeasure of them with a shaper of our own (see labelMeasurer),
	// dropped afterwards, since the labels drawn later are the ones
	// measured now and the parsed faces are large.
	v.bulk = true
	defer func() { v.bulk, v.bulkMisses, v.measurers = false, 0, [2]*labelMeasurer{} }()
	v.nodes = netlayout.LayoutFrom(prev, nodes, v.edges, v.layoutOptions())
	v.seed = nil
	v.hover = -1
	clear(v.index)
	for i, n := range v.nodes {
		if _, dup := v.index[n.ID]; !dup {
			v.index[n.ID] = i
		}
	}
	v.selected = -1
	if i, ok := v.index[selID]; ok && selID != "" {
		v.selected = i
	}
	v.natural = netlayout.FitScale(v.nodes, v.layoutOptions())
	v.updateVisible()
	if v.follow {
		v.fit()
	}
	v.Refresh()
}

// Positions returns every node with its current position in the unit box,
// including where the user dragged it; dragged nodes are Pinned.
func (v *NetworkView) Positions() []netlayout.Node { return slices.Clone(v.nodes) }

// Kinds returns the relation kinds (edge labels) of the graph, sorted and
// without repeats: the choices for a kind filter.
func (v *NetworkView) Kinds() []string {
	var ks []string
	for _, e := range v.edges {
		ks = append(ks, e.Label)
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}

// Select highlights the node with the given id, as when a list beside the
// view selects the item, and pans to it if it is out of view. It does not
// call OnNodeTapped. An unknown or empty id clears the selection.
func (v *NetworkView) Select(id string) {
	i, ok := v.index[id]
	if !ok || id == "" {
		i = -1
	}
	if i == v.selected {
		return
	}
	v.selected = i
	// Not laid out yet (no size, no scale): the fit to come shows it.
	if size := v.Size(); i >= 0 && i < len(v.visNode) && v.visNode[i] && size.Width > 0 && size.Height > 0 && v.scale > 0 {
		p := v.toScreen(v.nodes[i].X, v.nodes[i].Y)
		if p.X < 0 || p.Y < 0 || p.X > size.Width || p.Y > size.Height {
			v.cx, v.cy = v.nodes[i].X, v.nodes[i].Y
			v.follow = false
		}
	}
	v.Refresh()
}

// Selected returns the selected node's id, or "".
func (v *NetworkView) Selected() string {
	if v.selected < 0 || v.selected >= len(v.nodes) {
		return ""
	}
	return v.nodes[v.selected].ID
}

// SetKindFilter shows only the relations whose kind is marked true; nil or
// an empty map shows them all. Nodes stay, even with no relation left.
func (v *NetworkView) SetKindFilter(kinds map[string]bool) {
	v.kinds = nil
	if len(kinds) > 0 {
		v.kinds = make(map[string]bool, len(kinds))
		for k, on := range kinds {
			v.kinds[k] = on
		}
	}
	v.updateVisible()
	v.Refresh()
}

// SetNeighbourhoodOnly shows only the node id and those within depth
// relations of it (through the relations the kind filter shows), and fits
// the view to them; an empty id shows every node again.
func (v *NetworkView) SetNeighbourhoodOnly(id string, depth int) {
	v.hoodID, v.hoodDep = id, depth
	v.updateVisible()
	v.FitAll()
}

// FitAll zooms and pans so that every node shown is in view, and keeps
// doing so as the graph or the widget's size changes until the user zooms
// or pans.
func (v *NetworkView) FitAll() {
	v.follow = true
	v.fit()
	v.Refresh()
}

// ZoomIn zooms in about the centre of the view.
func (v *NetworkView) ZoomIn() { v.zoomAt(netZoomStep, v.Size().Width/2, v.Size().Height/2) }

// ZoomOut zooms out about the centre of the view.
func (v *NetworkView) ZoomOut() { v.zoomAt(1/netZoomStep, v.Size().Width/2, v.Size().Height/2) }

// updateVisible works out which nodes and edges are shown.
func (v *NetworkView) updateVisible() {
	n := len(v.nodes)
	v.visNode = slices.Grow(v.visNode[:0], n)[:n]
	filtered := netlayout.FilterEdges(v.edges, v.kinds)
	var hood map[string]bool
	if v.hoodID != "" {
		hood = netlayout.Neighbourhood(v.hoodID, filtered, v.hoodDep)
	}
	for i, nd := range v.nodes {
		v.visNode[i] = hood == nil || hood[nd.ID]
	}
	v.visEdges = v.visEdges[:0]
	for ei, e := range v.edges {
		if v.kinds != nil && !v.kinds[e.Label] {
			continue
		}
		a, okA := v.index[e.From]
		b, okB := v.index[e.To]
		if !okA || !okB || a == b || !v.visNode[a] || !v.visNode[b] {
			continue
		}
		v.visEdges = append(v.visEdges, ei)
	}
}

// measure returns the width of a label as drawn.
func (v *NetworkView) measure(s string, size float32, italic bool) float32 {
	k := netMeasureKey{s, size, italic}
	if w, ok := v.measures[k]; ok {
		return w
	}
	var w float32
	if fyne.CurrentApp() != nil {
		ok := false
		if m := v.bulkMeasurer(italic); m != nil {
			w, ok = m.width(s, size)
		}
		if !ok {
			w = fyne.MeasureText(s, size, fyne.TextStyle{Italic: italic}).Width
		}
	} else {
		w = float32(utf8.RuneCountInString(s)) * size * 0.55
	}
	if len(v.measures) > 20000 { // labels of many graphs: start again
		clear(v.measures)
	}
	v.measures[k] = w
	return w
}

// netBulkMeasure is how many labels SetGraph measures with Fyne before it
// parses a face for a measurer of its own: parsing one takes some 7 ms,
// about what Fyne takes for 150 labels, so a small graph, or a graph
// whose labels were measured before, is not worth it.
const netBulkMeasure = 64

// bulkMeasurer is the label measurer for the theme's regular or italic
// face while SetGraph lays the graph out and has measured more than
// netBulkMeasure labels; nil otherwise.
func (v *NetworkView) bulkMeasurer(italic bool) *labelMeasurer {
	if !v.bulk {
		return nil
	}
	if v.bulkMisses++; v.bulkMisses <= netBulkMeasure {
		return nil
	}
	i := 0
	if italic {
		i = 1
	}
	if v.measurers[i] == nil {
		v.measurers[i] = newLabelMeasurer(v.Theme().Font(fyne.TextStyle{Italic: italic}))
	}
	return v.measurers[i]
}

// textSizes returns the text sizes of node and edge labels and the
// height of a line of node label text.
func (v *NetworkView) textSizes() (node, edge, lineH float32) {
	th := v.Theme()
	node = max(th.Size(theme.SizeNameCaptionText)+1, th.Size(theme.SizeNameText)-2)
	edge = th.Size(theme.SizeNameCaptionText)
	lineH = node * 1.35
	return node, edge, lineH
}

// layoutOptions returns the sizes of labels and shapes at full size, for
// netlayout.
func (v *NetworkView) layoutOptions() netlayout.Options {
	return v.optionsAt(netNodeSize)
}

func (v *NetworkView) optionsAt(nodeSize float32) netlayout.Options {
	nodeText, edgeText, lineH := v.textSizes()
	return netlayout.Options{
		NodeSize:        float64(nodeSize),
		LabelHeight:     float64(lineH),
		EdgeLabelHeight: float64(edgeText * 1.35),
		TextWidth: func(s string) float64 {
			return float64(v.measure(netLabel(s), nodeText, false)) + 4
		},
		EdgeTextWidth: func(s string) float64 {
			return float64(v.measure(s, edgeText, true)) + 4
		},
	}
}

// netLabel is a node's label as drawn: cut short if very long.
func netLabel(s string) string {
	if utf8.RuneCountInString(s) <= netLabelRunes {
		return s
	}
	r := []rune(s)
	return string(r[:netLabelRunes-1]) + "…"
}

// fit chooses the scale and centre that show every visible node with its
// label, within the widget less a margin.
func (v *NetworkView) fit() {
	size := v.Size()
	var vis []int
	for i := range v.nodes {
		if v.visNode[i] {
			vis = append(vis, i)
		}
	}
	if len(vis) == 0 || size.Width <= 0 || size.Height <= 0 {
		v.cx, v.cy = 0.5, 0.5
		v.scale = max(float64(size.Width), 100)
		v.fitted = v.scale
		return
	}
	nodeText, _, lineH := v.textSizes()
	half := make([]float64, len(vis))
	for k, i := range vis {
		half[k] = float64(max(v.measure(netLabel(v.nodes[i].Label), nodeText, false), netNodeSize)) / 2
	}
	top := float64(netNodeSize) / 2
	bottom := float64(netNodeSize)/2 + netlayout.LabelDrop + float64(lineH)
	// extent returns the size of the drawing at scale s, and its centre
	// in unit coordinates.
	extent := func(s float64) (w, h, cx, cy float64) {
		x0, y0 := math.Inf(1), math.Inf(1)
		x1, y1 := math.Inf(-1), math.Inf(-1)
		for k, i := range vis {
			x, y := v.nodes[i].X*s, v.nodes[i].Y*s
			x0, x1 = min(x0, x-half[k]), max(x1, x+half[k])
			y0, y1 = min(y0, y-top), max(y1, y+bottom)
		}
		return x1 - x0, y1 - y0, (x0 + x1) / 2 / s, (y0 + y1) / 2 / s
	}
	// The bottom band is the hidden-labels note's: nothing is fitted there.
	band := float64(v.noteBand())
	availW := float64(size.Width) - 2*netPad
	availH := float64(size.Height) - 2*netPad - band
	limit := v.maxFitScale(len(vis))
	lo, hi := 1e-3, limit
	if w, h, _, _ := extent(hi); w <= availW && h <= availH {
		lo = hi
	} else {
		for range 40 {
			mid := math.Sqrt(lo * hi)
			if w, h, _, _ := extent(mid); w <= availW && h <= availH {
				lo = mid
			} else {
				hi = mid
			}
		}
	}
	_, _, cx, cy := extent(lo)
	v.scale, v.cx, v.cy = lo, cx, cy+band/2/lo // centred above the band
	v.fitted = lo
}

// maxFitScale keeps FitAll from blowing a small graph up: it zooms no
// further than a little past the size at which labels fit.
func (v *NetworkView) maxFitScale(visible int) float64 {
	if visible < 2 || v.natural <= 0 {
		return 400
	}
	return max(v.natural*netFitMaxFactor, 200)
}

func (v *NetworkView) scaleLimits() (lo, hi float64) {
	base := v.fitted
	if base <= 0 {
		base = 100
	}
	lo = base / 4
	hi = max(v.natural, base) * 6
	return lo, hi
}

// zoomAt scales the view by f, keeping the point at (px, py) in place.
func (v *NetworkView) zoomAt(f float64, px, py float32) {
	size := v.Size()
	lo, hi := v.scaleLimits()
	ns := min(max(v.scale*f, lo), hi)
	if ns == v.scale || v.scale <= 0 {
		return
	}
	// The unit point under the pointer stays there.
	ux := v.cx + float64(px-size.Width/2)/v.scale
	uy := v.cy + float64(py-size.Height/2)/v.scale
	v.cx = ux - float64(px-size.Width/2)/ns
	v.cy = uy - float64(py-size.Height/2)/ns
	v.scale = ns
	v.follow = false
	v.Refresh()
}

func (v *NetworkView) toScreen(x, y float64) fyne.Position {
	size := v.Size()
	return fyne.NewPos(
		float32((x-v.cx)*v.scale)+size.Width/2,
		float32((y-v.cy)*v.scale)+size.Height/2,
	)
}

// nodeSize is the diameter of node shapes at the current zoom: full size
// from the scale at which labels fit, smaller further out.
func (v *NetworkView) nodeSize() float32 {
	if v.natural <= 0 || v.scale >= v.natural {
		return netNodeSize
	}
	return float32(max(netMinNodeSize, netNodeSize*v.scale/v.natural))
}

// nodeAt returns the node drawn at p (its shape, or its label if shown),
// or -1.
func (v *NetworkView) nodeAt(p fyne.Position) int {
	if v.r != nil && len(v.r.hits) > 0 {
		best, bestD := -1, float32(math.Inf(1))
		for _, h := range v.r.hits {
			if h.node >= len(v.nodes) {
				continue
			}
			d := netDist(p, h.centre) - h.radius
			if d <= netHitSlack && d < bestD {
				best, bestD = h.node, d
			}
			if h.label.Width > 0 && p.X >= h.labelPos.X && p.X <= h.labelPos.X+h.label.Width &&
				p.Y >= h.labelPos.Y && p.Y <= h.labelPos.Y+h.label.Height && bestD > 0 {
				best, bestD = h.node, 0
			}
		}
		return best
	}
	// Not drawn yet: shapes only.
	r := v.nodeSize() / 2
	best, bestD := -1, float32(math.Inf(1))
	for i, n := range v.nodes {
		if !v.visNode[i] {
			continue
		}
		d := netDist(p, v.toScreen(n.X, n.Y)) - r
		if d <= netHitSlack && d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

func netDist(a, b fyne.Position) float32 {
	return float32(math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)))
}

// Tapped selects the node under the pointer and calls OnNodeTapped; a tap
// on empty space clears the selection. A tap also gives the view the
// keyboard focus (see network_keys.go for the keys).
func (v *NetworkView) Tapped(ev *fyne.PointEvent) {
	v.requestFocus()
	i := v.nodeAt(ev.Position)
	if i < 0 {
		if v.selected >= 0 {
			v.selected = -1
			v.Refresh()
		}
		return
	}
	v.selected = i
	v.Refresh()
	if v.OnNodeTapped != nil {
		v.OnNodeTapped(v.nodes[i].ID)
	}
}

// MouseDown notes where a drag may start; part of desktop.Mouseable.
func (v *NetworkView) MouseDown(ev *desktop.MouseEvent) {
	v.drag.pressed, v.drag.press = true, ev.Position
}

// MouseUp is part of desktop.Mouseable.
func (v *NetworkView) MouseUp(*desktop.MouseEvent) { v.drag.pressed = false }

// Dragged moves the node the drag started on, or pans the view if it
// started on empty space.
func (v *NetworkView) Dragged(ev *fyne.DragEvent) {
	d := &v.drag
	if !d.active {
		d.active, d.moved = true, false
		// Where the drag started: where the button went down if the driver
		// said, else where the pointer was before this first move (the
		// desktop and mobile drivers report the new position), else where
		// this event says (the test driver reports the start).
		start := ev.Position.Subtract(ev.Dragged)
		d.node = -1
		if d.pressed {
			d.node = v.nodeAt(d.press)
		} else if d.node = v.nodeAt(start); d.node < 0 {
			d.node = v.nodeAt(ev.Position)
		}
	}
	if v.scale <= 0 {
		return
	}
	dx, dy := float64(ev.Dragged.DX)/v.scale, float64(ev.Dragged.DY)/v.scale
	if dx == 0 && dy == 0 {
		return
	}
	if d.node >= 0 && d.node < len(v.nodes) {
		n := &v.nodes[d.node]
		n.X = min(max(n.X+dx, -netDragRoom), 1+netDragRoom)
		n.Y = min(max(n.Y+dy, -netDragRoom), 1+netDragRoom)
		d.moved = true
	} else {
		v.cx -= dx
		v.cy -= dy
		v.follow = false
	}
	v.Refresh()
}

// DragEnd pins a dragged node where it was dropped and calls OnNodeMoved.
func (v *NetworkView) DragEnd() {
	d := v.drag
	v.drag = netDrag{node: -1}
	if !d.active || d.node < 0 || d.node >= len(v.nodes) || !d.moved {
		return
	}
	n := &v.nodes[d.node]
	n.Pinned = true
	if v.OnNodeMoved != nil {
		v.OnNodeMoved(n.ID, n.X, n.Y)
	}
}

// Scrolled zooms about the pointer with the vertical wheel, and pans with
// a horizontal one.
func (v *NetworkView) Scrolled(ev *fyne.ScrollEvent) {
	if ev.Scrolled.DY != 0 {
		v.zoomAt(math.Pow(1.25, float64(ev.Scrolled.DY)/25), ev.Position.X, ev.Position.Y)
		return
	}
	if ev.Scrolled.DX != 0 && v.scale > 0 {
		v.cx -= float64(ev.Scrolled.DX) / v.scale
		v.follow = false
		v.Refresh()
	}
}

// MinSize is room for a few nodes.
func (v *NetworkView) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	return v.BaseWidget.MinSize()
}

// CreateRenderer is part of fyne.Widget.
func (v *NetworkView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	r := &networkRenderer{v: v}
	r.halo = canvas.NewCircle(color.Transparent)
	r.haloSq = canvas.NewRectangle(color.Transparent)
	r.empty = canvas.NewText("", color.Transparent)
	r.note = canvas.NewText("", color.Transparent)
	r.noteBg = canvas.NewRectangle(color.Transparent)
	r.ring = canvas.NewRectangle(color.Transparent)
	v.r = r
	return r
}

// NewNetworkPanel returns the view under a small toolbar: zoom in, zoom
// out, fit all, and a legend of the node shapes.
func NewNetworkPanel(v *NetworkView) *fyne.Container {
	zin := NewButton("", theme.ZoomInIcon(), v.ZoomIn)
	zout := NewButton("", theme.ZoomOutIcon(), v.ZoomOut)
	fit := NewButton("Fit all", theme.ZoomFitIcon(), v.FitAll)
	zin.Importance, zout.Importance, fit.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	tools := container.NewHBox(zin, zout, fit)
	legend := newNetworkLegend()
	return container.New(&toolsBar{tools: tools, legend: legend, view: v}, tools, legend, v)
}
