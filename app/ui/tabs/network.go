package tabs

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/netlayout"
	"casefile/app/session"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// KindNetwork stands for the Network tab in the navigation history.
const KindNetwork app.Kind = "network"

// Network draws the people and organizations as nodes and their
// relations as labelled arrows. Tapping a node opens the item; dragging
// one keeps it where it was dropped. Beside the drawing, checkboxes filter
// the relations by kind and a toggle shows only the neighbourhood of the
// selected item.
type Network struct {
	deps  Deps
	item  *container.TabItem
	view  *widgets.NetworkView
	kinds *fyne.Container
	// kindScroll holds the kinds' checkboxes.
	kindScroll *container.Scroll
	hood       *widget.Check
	depth      *widget.RadioGroup
	note       *widget.Label

	checks  map[string]*widget.Check
	kindOn  map[string]bool // kinds switched off are false
	nodes   []netlayout.Node
	edges   []netlayout.Edge
	pos     map[string]app.Point
	stale   bool
	hasData bool
}

// NewNetwork makes the Network tab from deps.
func NewNetwork(deps Deps) *Network {
	t := &Network{deps: deps, checks: map[string]*widget.Check{}, kindOn: map[string]bool{}, stale: true}
	t.item = container.NewTabItemWithIcon("Network", theme.NewThemedResource(iconNetwork), t.buildUI())
	return t
}

// Item is the tab as added to the window's AppTabs.
func (t *Network) Item() *container.TabItem { return t.item }

func (t *Network) buildUI() fyne.CanvasObject {
	t.view = widgets.NewNetworkView()
	t.view.OnNodeTapped = t.onTapped
	t.view.OnNodeMoved = t.onMoved
	t.kinds = container.NewVBox()
	t.hood = widget.NewCheck("Only near the selected item", func(bool) { t.applyHood() })
	t.depth = widget.NewRadioGroup([]string{"1 step", "2 steps"}, func(string) { t.applyHood() })
	t.depth.Horizontal = true
	t.depth.SetSelected("1 step")
	t.depth.Required = true
	t.note = widget.NewLabel("Click a person or organization to open it; drag it to move it.")
	t.note.Wrapping = fyne.TextWrapWord
	t.note.Importance = widget.LowImportance
	head := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.TextStyle = fyne.TextStyle{Bold: true}
		return l
	}
	top := container.NewVBox(head("Neighbourhood"), t.hood, t.depth, t.note, widget.NewSeparator(), head("Relations shown"))
	t.kindScroll = container.NewVScroll(t.kinds) // a long kind wraps onto a second line
	side := kit.NewBorder(top, nil, nil, nil, kit.NewWheel(t.kindScroll))
	return container.NewBorder(nil, nil, nil, withMinWidth(side, 220), widgets.NewNetworkPanel(t.view))
}

// graph builds the nodes and edges of the case, with the positions the
// analyst gave nodes pinned.
func (t *Network) graph() ([]netlayout.Node, []netlayout.Edge) {
	d := t.deps.Host.Index().Data()
	nodes := make([]netlayout.Node, 0, len(d.People)+len(d.Organizations))
	add := func(id, name, kind string) {
		n := netlayout.Node{ID: id, Label: name, Kind: kind}
		if p, ok := t.pos[id]; ok {
			n.X, n.Y, n.Pinned = p.X, p.Y, true
		}
		nodes = append(nodes, n)
	}
	for _, p := range d.People {
		add(p.ID, p.Name, netlayout.KindPerson)
	}
	for _, o := range d.Organizations {
		add(o.ID, o.Name, netlayout.KindOrganization)
	}
	edges := make([]netlayout.Edge, 0, len(d.Relations))
	for _, r := range d.Relations {
		edges = append(edges, netlayout.Edge{From: r.From, To: r.To, Label: r.Kind})
	}
	return nodes, edges
}

// Changed redraws the network when people, organizations or relations
// changed. A node the analyst moved is already where the view put it.
func (t *Network) Changed(c session.Change) {
	if c.Touches(app.KindPerson, app.KindOrganization, app.KindRelation) {
		t.invalidate()
	}
}

// invalidate notes that the case changed; the drawing is brought up to
// date now if it is on screen, else when it is next shown.
func (t *Network) invalidate() {
	t.stale = true
	if t.deps.Selected() == t.item {
		t.refresh()
	}
}

// refresh reads the positions again and redraws the graph if anything
// it shows changed.
func (t *Network) refresh() {
	if !t.stale && t.hasData {
		return
	}
	t.stale = false
	pos, err := t.deps.Host.Session.NodePositions()
	if err != nil {
		fyne.LogError("reading node positions", err)
		pos = nil
	}
	t.pos = pos
	nodes, edges := t.graph()
	if t.hasData && slices.Equal(nodes, t.nodes) && slices.Equal(edges, t.edges) {
		return
	}
	t.nodes, t.edges, t.hasData = nodes, edges, true
	t.view.SetGraph(nodes, edges)
	t.showKinds()
	t.applyHood()
}

// showKinds makes one checkbox per relation kind present.
func (t *Network) showKinds() {
	kinds := t.view.Kinds()
	t.kinds.RemoveAll()
	for _, k := range kinds {
		k := k
		c, ok := t.checks[k]
		if !ok {
			on, seen := t.kindOn[k]
			c = widget.NewCheck("", nil)
			c.SetChecked(on || !seen) // before OnChanged: the filter is applied once, below
			c.OnChanged = func(v bool) {
				t.kindOn[k] = v
				t.applyKinds()
			}
			t.checks[k] = c
		}
		t.kinds.Add(kindRow(c, k))
	}
	if len(kinds) == 0 {
		t.kinds.Add(kit.EmptyNote("No relations yet: add them on the People and Organizations tabs."))
	}
	t.kinds.Refresh()
	t.kindScroll.Refresh()
	t.applyKinds()
}

// applyKinds passes the kinds switched on to the view.
func (t *Network) applyKinds() {
	all := true
	filter := map[string]bool{}
	for _, k := range t.view.Kinds() {
		on, seen := t.kindOn[k]
		filter[k] = on || !seen
		all = all && filter[k]
	}
	if all {
		filter = nil
	}
	t.view.SetKindFilter(filter)
	if t.hood.Checked {
		t.applyHood()
	}
}

// applyHood shows only the selected item's neighbourhood when asked.
func (t *Network) applyHood() {
	if t.view == nil || t.depth == nil {
		return
	}
	id := ""
	if t.hood.Checked {
		id = t.view.Selected()
		if id == "" {
			t.note.SetText("Select a person or organization first: click it, or select it on its tab.")
		}
	}
	depth := 1
	if t.depth.Selected == "2 steps" {
		depth = 2
	}
	t.view.SetNeighbourhoodOnly(id, depth)
}

// Shown brings the drawing up to date when the tab comes to the front
// and selects the item last shown on the People or Organizations tab if
// no node is selected.
func (t *Network) Shown() {
	t.refresh()
	if t.view.Selected() != "" {
		return
	}
	if id := t.deps.LastActor(); id != "" && t.deps.Host.Index().ActorKind(id) != "" {
		t.view.Select(id)
		if t.hood.Checked {
			t.applyHood()
		}
	}
}

// onTapped opens the item whose node was tapped (Back returns here).
func (t *Network) onTapped(id string) {
	if k := t.deps.Host.Index().ActorKind(id); k != "" {
		t.deps.Host.Nav.GoTo(k, id)
	}
}

// onMoved keeps where the analyst dropped a node.
func (t *Network) onMoved(id string, x, y float64) {
	if t.deps.Host.ReadOnly {
		return
	}
	p := app.Point{X: x, Y: y}
	if err := t.deps.Host.Session.SetNodePosition(id, p); err != nil {
		t.deps.Host.ShowError("The position was not kept", err)
		return
	}
	if t.pos == nil {
		t.pos = map[string]app.Point{}
	}
	t.pos[id] = p
	// The view has pinned the node itself: remember the graph as drawn so
	// that the next refresh does not lay it out again.
	t.nodes, _ = t.graph()
	t.deps.Host.Status.Saved()
}

// iconNetwork is the Network tab's icon: three linked nodes.
var iconNetwork = fyne.NewStaticResource("network.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c.54.5 1.25.81 2.04.81 1.66 0 3-1.34 3-3s-1.34-3-3-3-3 1.34-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9c-1.66 0-3 1.34-3 3s1.34 3 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65 0 1.61 1.31 2.92 2.92 2.92 1.61 0 2.92-1.31 2.92-2.92s-1.31-2.92-2.92-2.92z"/></svg>`))

// Owns reports whether an undone or redone change is a node moved while
// the Network tab is on screen: the tab then stays in front.
func (t *Network) Owns(ch app.Change) bool {
	return t.deps.Selected() == t.item && strings.HasSuffix(ch.Label, " in the network")
}

// kindRow is a relation kind's checkbox with its words beside it, wrapped
// onto more lines where the side panel is narrow rather than cut at its
// edge; a click on the words ticks the box too.
func kindRow(c *widget.Check, kind string) fyne.CanvasObject {
	words := widget.NewLabel(kind)
	words.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, c, nil, newTapArea(words, func() { c.SetChecked(!c.Checked) }))
}

// tapArea calls onTap when o is clicked.
type tapArea struct {
	widget.BaseWidget
	o     fyne.CanvasObject
	onTap func()
}

func newTapArea(o fyne.CanvasObject, onTap func()) *tapArea {
	a := &tapArea{o: o, onTap: onTap}
	a.ExtendBaseWidget(a)
	return a
}

// Tapped is part of fyne.Tappable.
func (a *tapArea) Tapped(*fyne.PointEvent) { a.onTap() }

// CreateRenderer is part of fyne.Widget.
func (a *tapArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(a.o) }

// withMinWidth makes o at least w wide.
func withMinWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(r, o)
}
