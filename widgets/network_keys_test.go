package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"casefile/app/netlayout"
)

// crossNetwork is five nodes placed as a cross (centre, left, right, up,
// down) and one, "near", close to the centre but off to the upper right.
func crossNetwork(t *testing.T) (*NetworkView, fyne.Window) {
	t.Helper()
	networkApp(t)
	at := func(id string, x, y float64) netlayout.Node {
		return netlayout.Node{ID: id, Label: id, Kind: netlayout.KindPerson, X: x, Y: y, Pinned: true}
	}
	v := NewNetworkView()
	v.SetGraph([]netlayout.Node{at("centre", 0.5, 0.5), at("left", 0.2, 0.5), at("right", 0.8, 0.5),
		at("up", 0.5, 0.2), at("down", 0.5, 0.8), at("near", 0.62, 0.38)}, nil)
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	return v, w
}

func TestNetworkArrowsMoveToTheNearestNodeThatWay(t *testing.T) {
	v, _ := crossNetwork(t)
	var opened []string
	v.OnNodeTapped = func(id string) { opened = append(opened, id) }
	key := func(k fyne.KeyName) { v.TypedKey(&fyne.KeyEvent{Name: k}) }

	key(fyne.KeyRight) // nothing selected: the node nearest the middle
	if v.Selected() != "centre" {
		t.Fatalf("the first arrow selected %q, want the node nearest the middle", v.Selected())
	}
	for _, step := range []struct {
		key  fyne.KeyName
		want string
	}{
		{fyne.KeyRight, "right"}, // "near" is closer but off to the side
		{fyne.KeyLeft, "centre"},
		{fyne.KeyUp, "up"},
		{fyne.KeyDown, "centre"},
		{fyne.KeyDown, "down"},
		{fyne.KeyDown, "down"}, // nothing further down: stays
		{fyne.KeyUp, "centre"},
		{fyne.KeyLeft, "left"},
	} {
		key(step.key)
		if v.Selected() != step.want {
			t.Fatalf("%s selected %q, want %q", step.key, v.Selected(), step.want)
		}
	}
	if len(opened) != 0 {
		t.Errorf("the arrows opened %v; only Enter opens", opened)
	}
	key(fyne.KeyReturn)
	if len(opened) != 1 || opened[0] != "left" {
		t.Errorf("Enter opened %v, want [left]", opened)
	}

	// Nodes hidden by the neighbourhood setting are passed over.
	v.Select("centre")
	v.SetNeighbourhoodOnly("centre", 1) // no relations: only the centre
	key(fyne.KeyRight)
	if v.Selected() != "centre" {
		t.Errorf("Right went to hidden node %q", v.Selected())
	}
}

func TestNetworkKeysZoomAndFit(t *testing.T) {
	v, _ := crossNetwork(t)
	fitted := v.scale
	v.TypedRune('+')
	if v.scale <= fitted {
		t.Fatalf("+ left the scale at %v (fitted %v)", v.scale, fitted)
	}
	v.TypedRune('-')
	v.TypedRune('-')
	if v.scale >= fitted {
		t.Errorf("- twice left the scale at %v (fitted %v)", v.scale, fitted)
	}
	v.TypedRune('0')
	if !v.follow || v.scale != fitted {
		t.Errorf("0: scale %v, follow %v; want fitted %v", v.scale, v.follow, fitted)
	}
}

func TestNetworkTakesTheFocus(t *testing.T) {
	v, w := crossNetwork(t)
	c := w.Canvas()
	c.FocusNext()
	if c.Focused() != v {
		t.Fatalf("Tab focused %T, not the network", c.Focused())
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	test.AssertImageMatches(t, "network_focused.png", c.Capture())
	c.Unfocus()
	test.TapCanvas(c, fyne.NewPos(5, 5)) // empty space
	if c.Focused() != v {
		t.Errorf("a click left the focus on %T", c.Focused())
	}
}

func TestNetworkShiftArrowsMoveTheSelectedNode(t *testing.T) {
	v, _ := crossNetwork(t)
	var moved []string
	v.OnNodeMoved = func(id string, x, y float64) { moved = append(moved, id) }
	key := func(k fyne.KeyName) { v.TypedKey(&fyne.KeyEvent{Name: k}) }
	shift := func(down bool) {
		if down {
			v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		} else {
			v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}
	}
	at := func(id string) (float64, float64) {
		for _, n := range v.nodes {
			if n.ID == id {
				return n.X, n.Y
			}
		}
		t.Fatalf("no node %q", id)
		return 0, 0
	}

	shift(true)
	key(fyne.KeyRight) // nothing selected: nothing to move
	if len(moved) != 0 {
		t.Fatalf("Shift+Right with nothing selected moved %v", moved)
	}
	shift(false)
	v.Select("left")
	x0, y0 := at("left")
	shift(true)
	key(fyne.KeyRight)
	key(fyne.KeyDown)
	shift(false)
	x1, y1 := at("left")
	if !(x1 > x0 && y1 > y0) {
		t.Errorf("Shift+Right, Shift+Down moved left from (%.3f, %.3f) to (%.3f, %.3f)", x0, y0, x1, y1)
	}
	if step := (x1 - x0) * v.scale; step < netNudge-0.5 || step > netNudge+0.5 {
		t.Errorf("a nudge moved %.1f px on screen, want %d", step, netNudge)
	}
	if len(moved) != 2 || moved[0] != "left" || v.Selected() != "left" {
		t.Errorf("moved %v, selected %q; want left moved twice and still selected", moved, v.Selected())
	}
	key(fyne.KeyRight) // Shift is up: the selection moves on, the node stays
	if v.Selected() != "centre" || len(moved) != 2 {
		t.Errorf("Right without Shift selected %q and moved %v", v.Selected(), moved)
	}
}
