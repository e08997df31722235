package widgets

import (
	"math"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app/netlayout"
)

// noteText returns the hidden-labels note drawn, or "".
func noteText(v *NetworkView) string {
	for _, o := range test.WidgetRenderer(v).Objects() {
		if tx, ok := o.(*canvas.Text); ok && strings.Contains(tx.Text, "hidden") {
			return tx.Text
		}
	}
	return ""
}

// TestNetworkNoLabelDroppedSilently draws the demo at the sizes the
// network takes in the window (1024×640 leaves it about 760×520) and
// checks that every node in view shows its label or is counted in the
// note, and every relation drawn likewise; and that the note, in the band
// Fit all leaves at the bottom, covers no node or node label (at 440×240,
// the network beside the side panel at 1024×640 and 150 %, it covered a
// row of names).
func TestNetworkNoLabelDroppedSilently(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	for _, size := range []fyne.Size{{Width: 900, Height: 600}, {Width: 760, Height: 520}, {Width: 520, Height: 380}, {Width: 440, Height: 300}, {Width: 440, Height: 240}, {Width: 600, Height: 300}} {
		w.Resize(size)
		v.FitAll()
		w.Canvas().Capture()
		shown := 0
		for _, h := range v.r.hits {
			if h.label.Width > 0 {
				shown++
			}
		}
		nodes, rels := v.HiddenLabels()
		if shown+nodes != len(v.r.hits) {
			t.Errorf("at %v: %d node labels shown and %d counted hidden, of %d nodes in view", size, shown, nodes, len(v.r.hits))
		}
		note := noteText(v)
		if (nodes > 0 || rels > 0) != (note != "") {
			t.Errorf("at %v: %d names and %d relation labels hidden, note %q", size, nodes, rels, note)
		}
		if note != "" {
			noteTop := v.r.noteBg.Position().Y
			for _, h := range v.r.hits {
				if h.label.Width > 0 && h.labelPos.Y+h.label.Height > noteTop && h.labelPos.X < v.r.noteBg.Position().X+v.r.noteBg.Size().Width {
					t.Errorf("at %v: a node label at %v runs under the note, which starts at %.0f", size, h.labelPos, noteTop)
				}
				if h.centre.Y+h.radius > noteTop {
					t.Errorf("at %v: a node at %v runs under the note, which starts at %.0f", size, h.centre, noteTop)
				}
			}
		}
		t.Logf("at %v: %q", size, note)
	}
	w.Resize(fyne.NewSize(520, 380))
	v.FitAll()
	test.AssertImageMatches(t, "network_hidden_note.png", w.Canvas().Capture())
}

// TestNetworkHoverShowsLabel points at a node whose label was left out
// and finds it drawn.
func TestNetworkHoverShowsLabel(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	w.Resize(fyne.NewSize(520, 380))
	v.FitAll()
	w.Canvas().Capture()
	hiddenID := ""
	for _, h := range v.r.hits {
		if h.label.Width == 0 {
			hiddenID = v.nodes[h.node].ID
			break
		}
	}
	if hiddenID == "" {
		t.Skip("every label fits at 520×380")
	}
	p := screenPos(t, v, hiddenID)
	v.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	w.Canvas().Capture()
	for _, h := range v.r.hits {
		if v.nodes[h.node].ID == hiddenID && h.label.Width == 0 {
			t.Errorf("pointing at %s does not show its label", hiddenID)
		}
	}
	test.AssertImageMatches(t, "network_hover.png", w.Canvas().Capture())
	v.MouseOut()
	if v.hover != -1 {
		t.Error("the pointer left but the view still shows its node")
	}
}

// TestNetworkAddingOneKeepsLayout adds a person to the graph shown, as the
// window does after New person, and finds the others nearly where they
// were; SeedPositions does the same for a view that shows nothing yet.
func TestNetworkAddingOneKeepsLayout(t *testing.T) {
	networkApp(t)
	v, w := newDemoNetwork(t)
	before := v.Positions()
	nodes, edges := demoNetwork()
	nodes = append(nodes, netlayout.Node{ID: "p-new", Label: "Hamid Azadi", Kind: netlayout.KindPerson})
	edges = append(edges, netlayout.Edge{From: "p-new", To: "o-mek", Label: "member of"})
	v.SetGraph(nodes, edges)
	check := func(what string, after []netlayout.Node) {
		t.Helper()
		at := map[string]netlayout.Node{}
		for _, n := range after {
			at[n.ID] = n
		}
		var sum, most float64
		for _, b := range before {
			a := at[b.ID]
			d := math.Hypot(a.X-b.X, a.Y-b.Y)
			sum += d
			most = max(most, d)
		}
		if mean := sum / float64(len(before)); mean > 0.02 || most > 0.08 {
			t.Errorf("%s: the others moved by %.3f on average, %.3f at most", what, mean, most)
		}
	}
	check("adding a person", v.Positions())
	test.AssertImageMatches(t, "network_added.png", w.Canvas().Capture())

	fresh := NewNetworkView()
	fresh.SeedPositions(before)
	fresh.SetGraph(nodes, edges)
	check("a new view seeded with the last positions", fresh.Positions())
	if !slices.ContainsFunc(fresh.Positions(), func(n netlayout.Node) bool { return n.ID == "p-new" }) {
		t.Error("the seeded view lost the new person")
	}
}

func TestNetworkHiddenNoteWords(t *testing.T) {
	for _, c := range []struct {
		n, r int
		want string
	}{
		{0, 0, ""},
		{1, 0, "+1 name hidden: zoom in, or point at a node"},
		{0, 12, "+12 relation labels hidden: zoom in, or point at a node"},
		{3, 1, "+3 names and 1 relation label hidden: zoom in, or point at a node"},
	} {
		if got := hiddenNote(c.n, c.r); got != c.want {
			t.Errorf("hiddenNote(%d, %d) = %q, want %q", c.n, c.r, got, c.want)
		}
	}
}

func TestNetworkLegendFollowsTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTestTheme{theme.DefaultTheme()})
	l := newNetworkLegend()
	showAlone(t, l, 400, 30)
	light, lightFill := l.words[0].Color, l.square.FillColor
	a.Settings().SetTheme(darkTestTheme{theme.DefaultTheme()})
	l.Refresh()
	if l.words[0].Color == light || l.square.FillColor == lightFill {
		t.Error("the network legend keeps its light-theme colours on the dark theme")
	}
}

// TestNetworkSelectBeforeShown selects a node before the view has a size,
// as the window may when it restores the selection, and finds the drawing
// fitted once shown.
func TestNetworkSelectBeforeShown(t *testing.T) {
	networkApp(t)
	v := NewNetworkView()
	nodes, edges := demoNetwork()
	v.SetGraph(nodes, edges)
	v.Select("o-mek")
	w := showAlone(t, v, 760, 520)
	w.Canvas().Capture()
	if !v.follow {
		t.Error("selecting before the view was shown stopped it fitting the drawing")
	}
	if v.Selected() != "o-mek" {
		t.Errorf("Selected() = %q", v.Selected())
	}
}

// TestNetworkPanelFitsANarrowWindow: where tools and legend do not fit
// side by side (the network beside its side panel at 1024×640 and 150 %),
// the legend goes under the tools, and the panel asks for no more than
// the width it is given, so that the tab does not scroll sideways.
func TestNetworkPanelFitsANarrowWindow(t *testing.T) {
	networkApp(t)
	v := NewNetworkView()
	p := NewNetworkPanel(v)
	const width = 300
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(width, 300))
	if m := p.MinSize(); m.Width > width {
		t.Errorf("the panel asks for %.0f on a %d px window", m.Width, width)
	}
	tools, legend := p.Objects[0], p.Objects[1]
	if legend.Position().Y < tools.Size().Height {
		t.Errorf("the legend at %v is beside the tools, not under them", legend.Position())
	}
	if v.Position().Y < legend.Position().Y+legend.Size().Height {
		t.Errorf("the drawing starts at %.0f, over the legend", v.Position().Y)
	}
}
