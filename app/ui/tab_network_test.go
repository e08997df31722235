package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/storage"
)

// nodeLabelPos returns where, on the window's canvas, the label of the
// node named name is drawn (tapping a label taps its node).
func nodeLabelPos(t *testing.T, cw *caseWindow, name string) fyne.Position {
	t.Helper()
	v := cw.network.view
	base := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
	for _, o := range test.WidgetRenderer(v).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text == name {
			return base.Add(tx.Position()).Add(fyne.NewPos(tx.Size().Width/2, tx.Size().Height/2))
		}
	}
	t.Fatalf("no label %q drawn in the network", name)
	return fyne.Position{}
}

func TestNetworkTabShowsDemoGraph(t *testing.T) {
	cw := demoWindow(t)
	if got := cw.tabs.Items[5].Text; got != "Network" {
		t.Fatalf("sixth tab = %q", got)
	}
	cw.selectTab(5)
	d := cw.idx().Data()
	if n := len(cw.network.view.Positions()); n != len(d.People)+len(d.Organizations) {
		t.Errorf("nodes = %d, want %d", n, len(d.People)+len(d.Organizations))
	}
	kinds := cw.network.view.Kinds()
	if len(kinds) == 0 || len(cw.network.checks) != len(kinds) {
		t.Errorf("%d kind checkboxes for kinds %v", len(cw.network.checks), kinds)
	}
	test.AssertRendersToImage(t, "network.png", cw.win.Canvas())
}

func TestNetworkTapNodeOpensItem(t *testing.T) {
	cw := demoWindow(t)
	cw.selectTab(5)
	test.TapCanvas(cw.win.Canvas(), nodeLabelPos(t, cw, "Bledar Çuçi"))
	if cw.tabs.Selected() != cw.people.tabItem() || cw.people.pane().Selected != "p-cuci" {
		t.Fatalf("tapping Bledar Çuçi's node did not open him")
	}
	cw.back()
	if cw.tabs.Selected() != cw.network.item {
		t.Error("Back did not return to the network")
	}
	if cw.network.view.Selected() != "p-cuci" {
		t.Errorf("selected node = %q", cw.network.view.Selected())
	}
	// Neighbourhood only: Çuçi, the ministry he leads, and one step on.
	cw.network.hood.SetChecked(true)
	if _, err := canvasText(cw, "Edi Rama"); err == nil {
		// Rama is two steps away (he leads the government the ministry is part of).
		t.Error("Edi Rama is drawn in Çuçi's 1-step neighbourhood")
	}
	cw.network.depth.SetSelected("2 steps")
	if _, err := canvasText(cw, "Government of Albania"); err != nil {
		t.Error("the Government of Albania is not in Çuçi's 2-step neighbourhood")
	}
}

// TestNetworkByKeyboard: Tab reaches the drawing, an arrow selects a
// node, Enter opens it on its tab as a click does, Back returns with the
// node still selected, and Tab leaves the drawing.
func TestNetworkByKeyboard(t *testing.T) {
	cw := demoWindow(t)
	cw.selectTab(5)
	c, v := cw.win.Canvas(), cw.network.view
	for i := 0; i < 60 && c.Focused() != v; i++ {
		c.FocusNext()
	}
	if c.Focused() != v {
		t.Fatal("Tab never reaches the network drawing")
	}
	press(v, fyne.KeyDown)
	id := v.Selected()
	if id == "" {
		t.Fatal("Down selected no node")
	}
	press(v, fyne.KeyReturn)
	k := cw.idx().ActorKind(id)
	tab := cw.people.tabItem()
	if k == app.KindOrganization {
		tab = cw.orgs.tabItem()
	}
	if cw.tabs.Selected() != tab {
		t.Fatalf("Enter on %s (%s) did not open it on its tab", id, k)
	}
	cw.back()
	if cw.tabs.Selected() != cw.network.item || v.Selected() != id {
		t.Errorf("Back: tab %q, selected node %q, want the network with %q", cw.tabs.Selected().Text, v.Selected(), id)
	}
	c.Focus(v)
	c.FocusNext()
	if c.Focused() == v {
		t.Error("Tab does not leave the network drawing")
	}
}

// canvasText finds a visible label of the network drawing.
func canvasText(cw *caseWindow, s string) (*canvas.Text, error) {
	for _, o := range test.WidgetRenderer(cw.network.view).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text == s {
			return tx, nil
		}
	}
	return nil, errNotDrawn
}

var errNotDrawn = &app.Error{Code: app.ENOTFOUND, Message: "not drawn"}

func TestNetworkDragKeepsPosition(t *testing.T) {
	cw, path := newTestWindow(t, sampleCase())
	cw.selectTab(5)
	from := nodeLabelPos(t, cw, "María Núñez")
	test.Drag(cw.win.Canvas(), from, 80, 40)
	pos, err := storeOf(cw).NodePositions()
	if err != nil {
		t.Fatal(err)
	}
	p, ok := pos["p-maria"]
	if !ok {
		t.Fatalf("no position kept after the drag: %v", pos)
	}
	if storeOf(cw).UndoLabel() == "" {
		t.Error("the move is not undoable")
	}
	cw.closeCase()
	st, err := storage.Opener{}.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	again, err := st.NodePositions()
	if err != nil {
		t.Fatal(err)
	}
	if again["p-maria"] != p {
		t.Errorf("after reopening at %v, want %v", again["p-maria"], p)
	}
}

func TestNetworkRefreshesAfterEditAndUndo(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(5)
	if n := len(cw.network.view.Positions()); n != 4 {
		t.Fatalf("nodes = %d, want 4", n)
	}
	if err := cw.s.DeletePerson("p-maria"); err != nil {
		t.Fatal(err)
	}
	if n := len(cw.network.view.Positions()); n != 3 {
		t.Errorf("nodes after delete = %d, want 3", n)
	}
	cw.Undo()
	if n := len(cw.network.view.Positions()); n != 4 {
		t.Errorf("nodes after Undo = %d, want 4", n)
	}
}

// TestNetworkKindsFitThePanel: at 1024×640 and 150 % every relation
// kind in the side panel is shown whole, wrapped rather than cut at the
// panel's edge, and a click on its words switches it like its box.
func TestNetworkKindsFitThePanel(t *testing.T) {
	cw := demoWindow(t)
	cw.win.Resize(fyne.NewSize(683, 403))
	cw.selectTab(5)
	nt := cw.network
	panel := nt.kindScroll.Size().Width
	for _, o := range nt.kinds.Objects {
		row := o.(*fyne.Container)
		words := row.Objects[0].(*tapArea).o.(*widget.Label)
		if !slices.Contains(nt.view.Kinds(), words.Text) {
			t.Errorf("the panel shows %q, not a kind of %v", words.Text, nt.view.Kinds())
		}
		if right := row.Position().X + words.Position().X + words.Size().Width; right > panel+0.5 {
			t.Errorf("%q runs to %.0f in a panel %.0f wide", words.Text, right, panel)
		}
		if words.MinSize().Width > words.Size().Width+0.5 {
			t.Errorf("%q needs %.0f and has %.0f", words.Text, words.MinSize().Width, words.Size().Width)
		}
	}
	k := nt.view.Kinds()[0]
	row := nt.kinds.Objects[0].(*fyne.Container)
	test.Tap(row.Objects[0].(*tapArea))
	if nt.checks[k].Checked || nt.kindOn[k] {
		t.Errorf("a click on %q did not switch it off", k)
	}
}
