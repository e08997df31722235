package briefing

import (
	"math"

	"codeberg.org/go-pdf/fpdf"

	"casefile/app"
	"casefile/app/netlayout"
)

// OptionalSections names the sections printed only when asked for (by
// --sections or the export dialog), not by default.
var OptionalSections = []string{"network"}

// printOrder is the order every section, optional or not, is printed in.
var printOrder = []string{"summary", "questions", "timeline", "people", "network", "figures", "notes", "sources"}

// AllSections lists every section a briefing can have, the default ones
// (Sections) and the optional ones, in print order.
func AllSections() []string { return append([]string(nil), printOrder...) }

// Sizes of the network drawing, in millimetres (and points for text).
const (
	netNode      = 3.6 // a node's shape
	netLabelSize = 6.5 // points, node labels
	netEdgeSize  = 5.5 // points, edge labels
	netArrow     = 1.3 // arrowhead length
	netMaxHeight = 200
)

// Network is the network of people and organizations as laid out for
// print: positions in millimetres from the drawing's top left corner.
type Network struct {
	Width, Height float64
	Nodes         []NetNode
	Edges         []NetEdge
}

// NetNode is a person (circle) or organization (rounded square), with
// its label centred at LX, LY when Shown.
type NetNode struct {
	Label  string
	Kind   string // netlayout.KindPerson or KindOrganization
	X, Y   float64
	LX, LY float64
	Shown  bool
}

// NetEdge is a relation drawn as an arrow from X1, Y1 to X2, Y2 (trimmed
// to the shapes' edges) with its kind in italics at LX, LY when Shown.
type NetEdge struct {
	Label          string
	X1, Y1, X2, Y2 float64
	LX, LY         float64
	Shown          bool
}

// network builds the network section: a key and the drawing.
func (b *builder) network() []Block {
	d := b.data
	var nodes []netlayout.Node
	for _, p := range d.People {
		nodes = append(nodes, netlayout.Node{ID: p.ID, Label: app.OneLine(clean(p.Name)), Kind: netlayout.KindPerson})
	}
	for _, o := range d.Organizations {
		nodes = append(nodes, netlayout.Node{ID: o.ID, Label: app.OneLine(clean(o.Name)), Kind: netlayout.KindOrganization})
	}
	if len(nodes) == 0 {
		return []Block{note("There are no people or organizations in this case.")}
	}
	var edges []netlayout.Edge
	for _, r := range d.Relations {
		edges = append(edges, netlayout.Edge{From: r.From, To: r.To, Label: app.OneLine(clean(r.Kind))})
	}
	n := b.layoutNetwork(nodes, edges)
	return []Block{
		note("Circles are people, rounded squares organizations. An arrow reads from one to the other: “A — member of → B”. Labels that would overlap are left out."),
		{Network: n},
	}
}

// netOptions are the sizes netlayout plans the printed drawing for.
func (b *builder) netOptions() netlayout.Options {
	return netlayout.Options{
		NodeSize:        netNode,
		TextWidth:       func(s string) float64 { return b.m.textWidth(s, regular, netLabelSize) },
		EdgeTextWidth:   func(s string) float64 { return b.m.textWidth(s, italic, netEdgeSize) },
		LabelHeight:     netLabelSize * ptToMM * 1.2,
		EdgeLabelHeight: netEdgeSize * ptToMM * 1.2,
		Gap:             1.2,
		EdgeLength:      14,
		Aspect:          b.paper.TextWidth() / 150,
	}
}

// layoutNetwork places the nodes and labels to fit the text width.
func (b *builder) layoutNetwork(nodes []netlayout.Node, edges []netlayout.Edge) *Network {
	opts := b.netOptions()
	laid := netlayout.Layout(nodes, edges, opts)
	width := b.paper.TextWidth()
	scale := width - 10
	var n *Network
	for range 4 {
		n = placeNetwork(laid, edges, scale, opts)
		if n.Width <= width {
			break
		}
		scale -= n.Width - width + 1 // labels stick out past the nodes
	}
	return n
}

// placeNetwork draws the laid-out nodes scale millimetres wide, with
// their labels placed.
func placeNetwork(laid []netlayout.Node, edges []netlayout.Edge, scale float64, opts netlayout.Options) *Network {
	nl, el := netlayout.PlaceLabels(laid, edges, scale, opts, "")
	idx := map[string]int{}
	for i, nd := range laid {
		idx[nd.ID] = i
	}
	n := &Network{}
	for i, nd := range laid {
		n.Nodes = append(n.Nodes, NetNode{Label: nd.Label, Kind: nd.Kind, X: nd.X * scale, Y: nd.Y * scale,
			LX: nl[i].X, LY: nl[i].Y, Shown: nl[i].Shown})
	}
	for i, e := range edges {
		a, okA := idx[e.From]
		c, okC := idx[e.To]
		if !okA || !okC || a == c {
			continue
		}
		x1, y1, x2, y2 := trimEdge(n.Nodes[a].X, n.Nodes[a].Y, n.Nodes[c].X, n.Nodes[c].Y, netNode/2+0.4)
		n.Edges = append(n.Edges, NetEdge{Label: e.Label, X1: x1, Y1: y1, X2: x2, Y2: y2, LX: el[i].X, LY: el[i].Y, Shown: el[i].Shown})
	}
	n.normalize(nl)
	return n
}

// trimEdge shortens a line by r at both ends, so that it meets the shapes.
func trimEdge(x1, y1, x2, y2, r float64) (float64, float64, float64, float64) {
	dx, dy := x2-x1, y2-y1
	l := math.Hypot(dx, dy)
	if l <= 2*r {
		return x1, y1, x2, y2
	}
	ux, uy := dx/l, dy/l
	return x1 + ux*r, y1 + uy*r, x2 - ux*r, y2 - uy*r
}

// normalize moves the drawing so that its top left corner, labels
// included, is at 0, 0, and sets its size.
func (n *Network) normalize(labels []netlayout.Spot) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	grow := func(ax, ay, bx, by float64) {
		x0, y0, x1, y1 = math.Min(x0, ax), math.Min(y0, ay), math.Max(x1, bx), math.Max(y1, by)
	}
	for i, nd := range n.Nodes {
		grow(nd.X-netNode/2, nd.Y-netNode/2, nd.X+netNode/2, nd.Y+netNode/2)
		if nd.Shown {
			grow(labels[i].X-labels[i].W/2, labels[i].Y-labels[i].H/2, labels[i].X+labels[i].W/2, labels[i].Y+labels[i].H/2)
		}
	}
	dx, dy := -x0, -y0
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		nd.X, nd.Y, nd.LX, nd.LY = nd.X+dx, nd.Y+dy, nd.LX+dx, nd.LY+dy
	}
	for i := range n.Edges {
		e := &n.Edges[i]
		e.X1, e.Y1, e.X2, e.Y2, e.LX, e.LY = e.X1+dx, e.Y1+dy, e.X2+dx, e.Y2+dy, e.LX+dx, e.LY+dy
	}
	n.Width, n.Height = x1-x0, math.Min(y1-y0, netMaxHeight)
}

// network draws the network: edges, then shapes, then labels on top, in
// greys and shapes only (nothing depends on colour).
func (r *renderer) network(n *Network) {
	r.ensure(n.Height + 4)
	x0 := r.p.Left + math.Max(0, (r.width()-n.Width)/2)
	y0 := r.y + 2
	r.pdf.SetDrawColor(greyMuted, greyMuted, greyMuted)
	r.pdf.SetLineWidth(0.25)
	for _, e := range n.Edges {
		r.pdf.Line(x0+e.X1, y0+e.Y1, x0+e.X2, y0+e.Y2)
		r.arrowhead(x0+e.X1, y0+e.Y1, x0+e.X2, y0+e.Y2)
	}
	r.pdf.SetDrawColor(greyText, greyText, greyText)
	r.pdf.SetLineWidth(0.3)
	for _, nd := range n.Nodes {
		x, y := x0+nd.X, y0+nd.Y
		if nd.Kind == netlayout.KindPerson {
			r.fill(greyLight)
			r.pdf.Circle(x, y, netNode/2, "FD")
		} else {
			r.fill(255)
			r.pdf.RoundedRect(x-netNode/2, y-netNode/2, netNode, netNode, 0.8, "1234", "FD")
		}
	}
	for _, e := range n.Edges {
		if e.Shown {
			r.centredText(e.Label, italic, netEdgeSize, x0+e.LX, y0+e.LY, greyMuted)
		}
	}
	for _, nd := range n.Nodes {
		if nd.Shown {
			r.centredText(nd.Label, regular, netLabelSize, x0+nd.LX, y0+nd.LY, greyText)
		}
	}
	r.resetState()
	r.y = y0 + n.Height + 4
}

// arrowhead draws a filled arrowhead at the end x2, y2 of a line.
func (r *renderer) arrowhead(x1, y1, x2, y2 float64) {
	a := math.Atan2(y2-y1, x2-x1)
	const spread = 0.45
	r.fill(greyMuted)
	r.pdf.Polygon([]fpdf.PointType{
		{X: x2, Y: y2},
		{X: x2 - netArrow*math.Cos(a-spread), Y: y2 - netArrow*math.Sin(a-spread)},
		{X: x2 - netArrow*math.Cos(a+spread), Y: y2 - netArrow*math.Sin(a+spread)},
	}, "F")
}

// centredText draws one line of text centred on x, y.
func (r *renderer) centredText(s string, st fontStyle, size, x, y float64, g int) {
	w := r.m.textWidth(s, st, size)
	r.textAt(s, st, size, x-w/2, y-size*ptToMM*leading/2, g)
}
