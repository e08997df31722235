package widgets

import (
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"casefile/app/netlayout"
)

// networkRenderer draws from pools of canvas objects that grow to the
// largest frame seen and are reused, so that a pan or zoom costs moves and
// resizes but no new objects or re-rendered text.
type networkRenderer struct {
	v       *NetworkView
	objects []fyne.CanvasObject
	hits    []netHit

	halo   *canvas.Circle
	haloSq *canvas.Rectangle
	empty  *canvas.Text
	ring   *canvas.Rectangle // the focus ring

	// The labels left out in this frame, and the note that says so.
	hiddenNodes, hiddenEdges int
	note                     *canvas.Text
	noteBg                   *canvas.Rectangle

	lines   netPool[*canvas.Line]
	arrows  netPool[*canvas.Polygon]
	circles netPool[*canvas.Circle]
	squares netPool[*canvas.Rectangle]
	bgs     netPool[*canvas.Rectangle]
	texts   netPool[*canvas.Text]

	// Per frame.
	visIdx []int
	sub    []netlayout.Node
	subE   []netlayout.Edge
	spotOf []int // for each shown edge, its label's index in subE, or -1
	subIdx []int // position in sub of each node, or -1
}

type netHit struct {
	node     int
	centre   fyne.Position
	radius   float32
	labelPos fyne.Position
	label    fyne.Size
}

type netPool[T any] struct {
	all  []T
	used int
}

func (p *netPool[T]) get(mk func() T) T {
	if p.used == len(p.all) {
		p.all = append(p.all, mk())
	}
	o := p.all[p.used]
	p.used++
	return o
}

func (r *networkRenderer) Destroy() {}

func (r *networkRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *networkRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

func (r *networkRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

func (r *networkRenderer) Layout(size fyne.Size) {
	v := r.v
	r.lines.used, r.arrows.used, r.circles.used, r.squares.used, r.bgs.used, r.texts.used = 0, 0, 0, 0, 0, 0
	r.hiddenNodes, r.hiddenEdges = 0, 0
	r.objects = r.objects[:0]
	r.hits = r.hits[:0]
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	if v.follow {
		v.fit()
	}
	pal := r.palette()
	r.collectShown()
	if len(r.sub) == 0 {
		r.drawEmpty(size, pal)
		return
	}
	f := netFrame{size: size, ns: v.nodeSize()}
	f.rad = f.ns / 2
	first := v.Selected()
	if v.hover >= 0 && v.hover < len(v.nodes) && v.visNode[v.hover] {
		first = v.nodes[v.hover].ID
	}
	// Zoomed far out, only the selected node's relations are labelled:
	// their labels would hide more than they tell.
	r.chooseEdgeLabels(first, f.ns >= netNodeSize*0.75)
	f.nodeSpots, f.edgeSpots = netlayout.PlaceLabels(r.sub, r.subE, v.scale, v.optionsAt(f.ns), first)
	// Spots are relative to the unit box's corner drawn at the origin.
	f.offX = float64(size.Width/2) - v.cx*v.scale
	f.offY = float64(size.Height/2) - v.cy*v.scale
	r.drawEdges(f, pal)
	showHalo := r.drawNodes(f, pal)
	r.stack(showHalo)
	r.drawHiddenNote(size, pal.fg, pal.labelBg)
	r.drawFocus(size)
}

// netPalette is a frame's colours and text sizes, from the theme.
type netPalette struct {
	fg, bg, primary, selection       color.Color
	edge, labelBg, edgeText          color.Color
	person, org, personFill, orgFill color.Color
	placeholder                      color.Color
	nodeText, edgeTextSize, text     float32
}

// palette reads the frame's colours from the theme, each legible on the
// background.
func (r *networkRenderer) palette() netPalette {
	th := r.v.Theme()
	vr := fyne.CurrentApp().Settings().ThemeVariant()
	p := netPalette{
		fg:        th.Color(theme.ColorNameForeground, vr),
		bg:        th.Color(theme.ColorNameBackground, vr),
		primary:   th.Color(theme.ColorNamePrimary, vr),
		selection: th.Color(theme.ColorNameSelection, vr),
		text:      th.Size(theme.SizeNameText),
	}
	p.edge = Legible(netWithAlpha(p.fg, 130), p.bg, p.fg, MarkContrast)
	p.labelBg = netWithAlpha(p.bg, 215)
	p.edgeText = Legible(netWithAlpha(p.fg, 200), OverBackground(p.labelBg, p.bg), p.fg, TextContrast)
	p.placeholder = Legible(th.Color(theme.ColorNamePlaceHolder, vr), p.bg, p.fg, TextContrast)
	p.person, p.org = netColours(th, vr)
	p.personFill, p.orgFill = netTint(p.bg, p.person), netTint(p.bg, p.org)
	p.nodeText, p.edgeTextSize, _ = r.v.textSizes()
	return p
}

// netFrame is what one drawing of the graph is laid out by: the size,
// the node size, the label spots and where the unit box's corner sits.
type netFrame struct {
	size                 fyne.Size
	ns, rad              float32
	nodeSpots, edgeSpots []netlayout.Spot
	offX, offY           float64
}

// collectShown gathers the nodes the filters show, as netlayout sees them.
func (r *networkRenderer) collectShown() {
	v := r.v
	r.visIdx, r.sub, r.subE = r.visIdx[:0], r.sub[:0], r.subE[:0]
	r.subIdx = slices.Grow(r.subIdx[:0], len(v.nodes))[:len(v.nodes)]
	for i, n := range v.nodes {
		r.subIdx[i] = -1
		if v.visNode[i] {
			r.subIdx[i] = len(r.sub)
			r.visIdx = append(r.visIdx, i)
			r.sub = append(r.sub, n)
		}
	}
}

// drawEmpty says why there is nothing to draw.
func (r *networkRenderer) drawEmpty(size fyne.Size, p netPalette) {
	msg := "No people or organizations to show"
	if len(r.v.nodes) > 0 {
		msg = "Nothing to show with this filter"
	}
	netSetText(r.empty, msg, p.placeholder, p.text, fyne.TextStyle{})
	r.empty.Move(fyne.NewPos((size.Width-r.empty.MinSize().Width)/2, (size.Height-r.empty.MinSize().Height)/2))
	r.objects = append(r.objects, r.empty)
	r.drawFocus(size)
}

// chooseEdgeLabels picks the shown edges whose labels are placed: all of
// them, or with all false only those of the node first.
func (r *networkRenderer) chooseEdgeLabels(first string, all bool) {
	r.spotOf = r.spotOf[:0]
	for _, ei := range r.v.visEdges {
		e := r.v.edges[ei]
		if all || (first != "" && (e.From == first || e.To == first)) {
			r.spotOf = append(r.spotOf, len(r.subE))
			r.subE = append(r.subE, e)
		} else {
			r.spotOf = append(r.spotOf, -1)
		}
	}
}

// drawEdges draws the shown relations that cross the view: a line, an
// arrowhead touching the target's shape, and the label where it was
// placed.
func (r *networkRenderer) drawEdges(f netFrame, p netPalette) {
	v := r.v
	view := netRect{-netArrowRadius, -netArrowRadius, float64(f.size.Width) + netArrowRadius, float64(f.size.Height) + netArrowRadius}
	sel := v.selected
	for k, ei := range v.visEdges {
		e := v.edges[ei]
		a, b := v.index[e.From], v.index[e.To]
		pa, pb := v.toScreen(v.nodes[a].X, v.nodes[a].Y), v.toScreen(v.nodes[b].X, v.nodes[b].Y)
		if !view.meetsSegment(pa, pb) {
			continue
		}
		dx, dy := float64(pb.X-pa.X), float64(pb.Y-pa.Y)
		l := math.Hypot(dx, dy)
		if l < float64(f.ns)+2 {
			continue // the shapes touch: no room for a line
		}
		hot := sel >= 0 && (a == sel || b == sel)
		ux, uy := float32(dx/l), float32(dy/l)
		r.drawArrow(f, p, hot, pa, pb, netShapeReach(v.nodes[a].Kind, f.rad, ux, uy), netShapeReach(v.nodes[b].Kind, f.rad, ux, uy))
		if sk := r.spotOf[k]; sk < 0 || !f.edgeSpots[sk].Shown {
			r.hiddenEdges++
		} else {
			r.drawEdgeLabel(f, p, e.Label, f.edgeSpots[sk], hot)
		}
	}
}

// drawArrow draws a line from the edge of the shape at pa (ra from its
// centre) to an arrowhead touching the shape at pb (rb from its centre).
func (r *networkRenderer) drawArrow(f netFrame, p netPalette, hot bool, pa, pb fyne.Position, ra, rb float32) {
	dx, dy := float64(pb.X-pa.X), float64(pb.Y-pa.Y)
	l := math.Hypot(dx, dy)
	ux, uy := float32(dx/l), float32(dy/l)
	col, w := p.edge, float32(1.2)
	if hot {
		col, w = p.primary, 2
	}
	start := fyne.NewPos(pa.X+ux*ra, pa.Y+uy*ra)
	tip := fyne.NewPos(pb.X-ux*rb, pb.Y-uy*rb)
	arrowR := float32(netArrowRadius)
	if f.ns < netNodeSize {
		arrowR = max(2.5, netArrowRadius*f.ns/netNodeSize)
	}
	end := fyne.NewPos(tip.X-ux*arrowR, tip.Y-uy*arrowR)
	netSetLine(r.lines.get(newNetLine), col, w, start, end)
	ar := r.arrows.get(newNetArrow)
	// The triangle's centre sits one radius back from the tip, so that
	// its point touches the shape.
	c := fyne.NewPos(tip.X-ux*arrowR, tip.Y-uy*arrowR)
	angle := float32(math.Atan2(float64(ux), float64(-uy)) * 180 / math.Pi)
	netSetPolygon(ar, col, angle)
	ar.Move(fyne.NewPos(c.X-arrowR, c.Y-arrowR))
	ar.Resize(fyne.NewSize(2*arrowR, 2*arrowR))
}

// drawEdgeLabel draws a relation's label over its background at its
// spot, unless the spot is off the view.
func (r *networkRenderer) drawEdgeLabel(f netFrame, p netPalette, label string, s netlayout.Spot, hot bool) {
	x, y := float32(s.X+f.offX), float32(s.Y+f.offY)
	w, h := float32(s.W), float32(s.H)
	if x+w/2 < 0 || x-w/2 > f.size.Width || y+h/2 < 0 || y-h/2 > f.size.Height {
		return
	}
	bgR := r.bgs.get(newNetRect)
	netSetRect(bgR, p.labelBg, nil, 0, 3)
	bgR.Move(fyne.NewPos(x-w/2, y-h/2))
	bgR.Resize(fyne.NewSize(w, h))
	t := r.texts.get(newNetText)
	tc := p.edgeText
	if hot {
		tc = p.fg
	}
	netSetText(t, label, tc, p.edgeTextSize, fyne.TextStyle{Italic: true})
	tw := r.v.measure(label, p.edgeTextSize, true)
	t.Move(fyne.NewPos(x-tw/2, y-t.MinSize().Height/2))
}

// drawNodes draws the shown nodes on or near the view with their labels,
// records where each can be hit, and reports whether the selected node's
// halo is to be drawn.
func (r *networkRenderer) drawNodes(f netFrame, p netPalette) (showHalo bool) {
	v := r.v
	for k, i := range r.visIdx {
		n := v.nodes[i]
		pos := v.toScreen(n.X, n.Y)
		s := f.nodeSpots[k]
		h := netHit{node: i, centre: pos, radius: f.rad}
		if s.Shown {
			lw := float32(s.W)
			h.labelPos = fyne.NewPos(float32(s.X+f.offX)-lw/2, float32(s.Y+f.offY-s.H/2))
			h.label = fyne.NewSize(lw, float32(s.H))
		}
		onScreen := pos.X+f.rad >= 0 && pos.X-f.rad <= f.size.Width && pos.Y+f.rad >= 0 && pos.Y-f.rad <= f.size.Height
		labelOn := s.Shown && h.labelPos.X+h.label.Width >= 0 && h.labelPos.X <= f.size.Width &&
			h.labelPos.Y+h.label.Height >= 0 && h.labelPos.Y <= f.size.Height
		if !onScreen && !labelOn {
			continue
		}
		if onScreen && !s.Shown {
			r.hiddenNodes++
		}
		r.hits = append(r.hits, h)
		isSel := i == v.selected
		if isSel {
			showHalo = true
			r.placeHalo(n.Kind, pos, f.rad+6, p.selection)
		}
		r.drawShape(f, p, n.Kind, pos, isSel)
		if labelOn {
			r.drawNodeLabel(p, netLabel(n.Label), h, float32(s.X+f.offX), isSel)
		}
	}
	return showHalo
}

// placeHalo puts the selection's halo, of radius haloR, around the node at
// pos: a rounded square for an organization, a circle for a person.
func (r *networkRenderer) placeHalo(kind string, pos fyne.Position, haloR float32, c color.Color) {
	var o fyne.CanvasObject = r.halo
	if kind == netlayout.KindOrganization {
		netSetRect(r.haloSq, c, nil, 0, haloR/2)
		o = r.haloSq
	} else {
		netSetCircle(r.halo, c, nil, 0)
	}
	o.Move(fyne.NewPos(pos.X-haloR, pos.Y-haloR))
	o.Resize(fyne.NewSize(2*haloR, 2*haloR))
}

// drawShape draws a node's shape at pos: a rounded square for an
// organization, a circle for a person, outlined thicker when selected.
func (r *networkRenderer) drawShape(f netFrame, p netPalette, kind string, pos fyne.Position, selected bool) {
	sw := float32(1.5)
	if selected {
		sw = 3
	}
	if kind == netlayout.KindOrganization {
		sq := r.squares.get(newNetRect)
		netSetRect(sq, p.orgFill, p.org, sw, f.ns/4)
		side := f.ns * 0.9 // a square looks larger than a circle as wide
		sq.Move(fyne.NewPos(pos.X-side/2, pos.Y-side/2))
		sq.Resize(fyne.NewSize(side, side))
		return
	}
	c := r.circles.get(newNetCircle)
	netSetCircle(c, p.personFill, p.person, sw)
	c.Move(fyne.NewPos(pos.X-f.rad, pos.Y-f.rad))
	c.Resize(fyne.NewSize(f.ns, f.ns))
}

// drawNodeLabel draws a node's label over its background in the box h
// gives, centred on x; the selected node's in bold.
func (r *networkRenderer) drawNodeLabel(p netPalette, label string, h netHit, x float32, selected bool) {
	bgR := r.bgs.get(newNetRect)
	netSetRect(bgR, p.labelBg, nil, 0, 3)
	bgR.Move(h.labelPos)
	bgR.Resize(h.label)
	t := r.texts.get(newNetText)
	netSetText(t, label, p.fg, p.nodeText, fyne.TextStyle{Bold: selected})
	tw := r.v.measure(label, p.nodeText, false)
	if selected {
		tw = t.MinSize().Width
	}
	t.Move(fyne.NewPos(x-tw/2, h.labelPos.Y+(h.label.Height-t.MinSize().Height)/2))
}

// stack orders the frame's objects: lines and arrowheads, the halo,
// shapes, then labels (each over its background), which PlaceLabels kept
// clear of shapes and each other.
func (r *networkRenderer) stack(showHalo bool) {
	for _, o := range r.lines.all[:r.lines.used] {
		r.objects = append(r.objects, o)
	}
	for _, o := range r.arrows.all[:r.arrows.used] {
		r.objects = append(r.objects, o)
	}
	if showHalo {
		if r.v.nodes[r.v.selected].Kind == netlayout.KindOrganization {
			r.objects = append(r.objects, r.haloSq)
		} else {
			r.objects = append(r.objects, r.halo)
		}
	}
	for _, o := range r.circles.all[:r.circles.used] {
		r.objects = append(r.objects, o)
	}
	for _, o := range r.squares.all[:r.squares.used] {
		r.objects = append(r.objects, o)
	}
	for k := range r.texts.used {
		r.objects = append(r.objects, r.bgs.all[k], r.texts.all[k])
	}
}

// netShapeReach is how far from a node's centre its outline is in the
// direction (ux, uy): the radius for a circle, further towards the corners
// of a square.
func netShapeReach(kind string, rad, ux, uy float32) float32 {
	if kind != netlayout.KindOrganization {
		return rad
	}
	half := rad * 0.9
	m := max(float32(math.Abs(float64(ux))), float32(math.Abs(float64(uy))))
	if m < 1e-6 {
		return half
	}
	return min(half/m, rad*1.2)
}

type netRect struct{ x0, y0, x1, y1 float64 }

// meetsSegment reports whether the segment a–b may cross the rectangle (by
// bounding boxes).
func (r netRect) meetsSegment(a, b fyne.Position) bool {
	x0, x1 := float64(min(a.X, b.X)), float64(max(a.X, b.X))
	y0, y1 := float64(min(a.Y, b.Y)), float64(max(a.Y, b.Y))
	return x0 <= r.x1 && x1 >= r.x0 && y0 <= r.y1 && y1 >= r.y0
}

func newNetLine() *canvas.Line      { return canvas.NewLine(color.Transparent) }
func newNetArrow() *canvas.Polygon  { return canvas.NewPolygon(3, color.Transparent) }
func newNetCircle() *canvas.Circle  { return canvas.NewCircle(color.Transparent) }
func newNetRect() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
func newNetText() *canvas.Text      { return canvas.NewText("", color.Transparent) }

func netSame(a, b color.Color) bool { return (a == nil) == (b == nil) && netNRGBA(a) == netNRGBA(b) }

// The setters below refresh an object only when its look changes.

func netSetLine(l *canvas.Line, c color.Color, w float32, a, b fyne.Position) {
	if !netSame(l.StrokeColor, c) || l.StrokeWidth != w {
		l.StrokeColor, l.StrokeWidth = c, w
		l.Refresh()
	}
	if l.Position1 != a || l.Position2 != b {
		l.Position1, l.Position2 = a, b
		l.Refresh()
	}
}

func netSetPolygon(p *canvas.Polygon, c color.Color, angle float32) {
	if netSame(p.FillColor, c) && p.Angle == angle {
		return
	}
	p.FillColor, p.Angle = c, angle
	p.Refresh()
}

func netSetText(t *canvas.Text, s string, c color.Color, size float32, style fyne.TextStyle) {
	if t.Text == s && netSame(t.Color, c) && t.TextSize == size && t.TextStyle == style {
		return
	}
	t.Text, t.Color, t.TextSize, t.TextStyle = s, c, size, style
	t.Resize(t.MinSize())
	t.Refresh()
}

func netSetRect(r *canvas.Rectangle, fill, stroke color.Color, sw, radius float32) {
	if netSame(r.FillColor, fill) && netSame(r.StrokeColor, stroke) && r.StrokeWidth == sw && r.CornerRadius == radius {
		return
	}
	r.FillColor, r.StrokeColor, r.StrokeWidth, r.CornerRadius = fill, stroke, sw, radius
	r.Refresh()
}

func netSetCircle(c *canvas.Circle, fill, stroke color.Color, sw float32) {
	if netSame(c.FillColor, fill) && netSame(c.StrokeColor, stroke) && c.StrokeWidth == sw {
		return
	}
	c.FillColor, c.StrokeColor, c.StrokeWidth = fill, stroke, sw
	c.Refresh()
}
