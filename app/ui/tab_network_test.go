package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/uitest"
	"casefile/storage"
	"casefile/widgets"
)

// The Network tab as a test finds it on the window's canvas: the drawing,
// the neighbourhood switch and depth, and the relation kinds' panel.

// networkView is the Network tab's drawing.
func networkView(t testing.TB, cw *caseWindow) *widgets.NetworkView {
	t.Helper()
	v, ok := uitest.Find[*widgets.NetworkView](cw.network.Item().Content)
	if !ok {
		t.Fatal("the Network tab has no drawing")
	}
	return v
}

// networkCheck is the Network tab's checkbox with the words text.
func networkCheck(t testing.TB, cw *caseWindow, text string) *widget.Check {
	t.Helper()
	for _, o := range uitest.Objects(cw.network.Item().Content) {
		if c, ok := o.(*widget.Check); ok && c.Text == text {
			return c
		}
	}
	t.Fatalf("the Network tab has no checkbox %q", text)
	return nil
}

// kindPanel is the scrolling panel of the relation kinds, one row per
// kind: its checkbox, and its words that switch it too. It is the
// innermost scroller with checkboxes (the window scrolls a whole tab that
// does not fit).
func kindPanel(t testing.TB, cw *caseWindow) *container.Scroll {
	t.Helper()
	var panel *container.Scroll
	for _, o := range uitest.Objects(cw.network.Item().Content) {
		if sc, ok := o.(*container.Scroll); ok {
			if _, has := uitest.Find[*widget.Check](sc.Content); has {
				panel = sc // parents come first
			}
		}
	}
	if panel == nil {
		t.Fatal("the Network tab has no panel of relation kinds")
	}
	return panel
}

// kindChecks are the relation kinds' checkboxes.
func kindChecks(t testing.TB, cw *caseWindow) []*widget.Check {
	t.Helper()
	var out []*widget.Check
	for _, o := range uitest.Objects(kindPanel(t, cw).Content) {
		if c, ok := o.(*widget.Check); ok {
			out = append(out, c)
		}
	}
	return out
}

// nodeLabelPos returns where, on the window's canvas, the label of the
// node named name is drawn (tapping a label taps its node).
func nodeLabelPos(t *testing.T, cw *caseWindow, name string) fyne.Position {
	t.Helper()
	v := networkView(t, cw)
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
	if n := len(networkView(t, cw).Positions()); n != len(d.People)+len(d.Organizations) {
		t.Errorf("nodes = %d, want %d", n, len(d.People)+len(d.Organizations))
	}
	kinds := networkView(t, cw).Kinds()
	if checks := kindChecks(t, cw); len(kinds) == 0 || len(checks) != len(kinds) {
		t.Errorf("%d kind checkboxes for kinds %v", len(checks), kinds)
	}
	test.AssertRendersToImage(t, "network.png", cw.win.Canvas())
}

func TestNetworkTapNodeOpensItem(t *testing.T) {
	cw := demoWindow(t)
	cw.selectTab(5)
	test.TapCanvas(cw.win.Canvas(), nodeLabelPos(t, cw, "Bledar Çuçi"))
	if cw.tabs.Selected() != cw.people.Item() || cw.people.Pane().Selected != "p-cuci" {
		t.Fatalf("tapping Bledar Çuçi's node did not open him")
	}
	cw.back()
	if cw.tabs.Selected() != cw.network.Item() {
		t.Error("Back did not return to the network")
	}
	if v := networkView(t, cw); v.Selected() != "p-cuci" {
		t.Errorf("selected node = %q", v.Selected())
	}
	// Neighbourhood only: Çuçi, the ministry he leads, and one step on.
	networkCheck(t, cw, "Only near the selected item").SetChecked(true)
	if _, err := canvasText(t, cw, "Edi Rama"); err == nil {
		// Rama is two steps away (he leads the government the ministry is part of).
		t.Error("Edi Rama is drawn in Çuçi's 1-step neighbourhood")
	}
	depth, ok := uitest.Find[*widget.RadioGroup](cw.network.Item().Content)
	if !ok {
		t.Fatal("the Network tab has no choice of depth")
	}
	depth.SetSelected("2 steps")
	if _, err := canvasText(t, cw, "Government of Albania"); err != nil {
		t.Error("the Government of Albania is not in Çuçi's 2-step neighbourhood")
	}
}

// TestNetworkByKeyboard: Tab reaches the drawing, an arrow selects a
// node, Enter opens it on its tab as a click does, Back returns with the
// node still selected, and Tab leaves the drawing.
func TestNetworkByKeyboard(t *testing.T) {
	cw := demoWindow(t)
	cw.selectTab(5)
	c, v := cw.win.Canvas(), networkView(t, cw)
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
	tab := cw.people.Item()
	if k == app.KindOrganization {
		tab = cw.orgs.Item()
	}
	if cw.tabs.Selected() != tab {
		t.Fatalf("Enter on %s (%s) did not open it on its tab", id, k)
	}
	cw.back()
	if cw.tabs.Selected() != cw.network.Item() || v.Selected() != id {
		t.Errorf("Back: tab %q, selected node %q, want the network with %q", cw.tabs.Selected().Text, v.Selected(), id)
	}
	c.Focus(v)
	c.FocusNext()
	if c.Focused() == v {
		t.Error("Tab does not leave the network drawing")
	}
}

// canvasText finds a visible label of the network drawing.
func canvasText(t testing.TB, cw *caseWindow, s string) (*canvas.Text, error) {
	for _, o := range test.WidgetRenderer(networkView(t, cw)).Objects() {
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
	v := networkView(t, cw)
	if n := len(v.Positions()); n != 4 {
		t.Fatalf("nodes = %d, want 4", n)
	}
	if err := cw.s.DeletePerson("p-maria"); err != nil {
		t.Fatal(err)
	}
	if n := len(v.Positions()); n != 3 {
		t.Errorf("nodes after delete = %d, want 3", n)
	}
	cw.Undo()
	if n := len(v.Positions()); n != 4 {
		t.Errorf("nodes after Undo = %d, want 4", n)
	}
}

// TestNetworkKindsFitThePanel: at 1024×640 and 150 % every relation
// kind in the side panel is shown whole, wrapped rather than cut at the
// panel's edge, and a click on its words switches it like its box (that
// the drawing hears it is app/ui/tabs' TestKindWordsSwitchTheKind).
func TestNetworkKindsFitThePanel(t *testing.T) {
	cw := demoWindow(t)
	cw.win.Resize(fyne.NewSize(683, 403))
	cw.selectTab(5)
	scroll, v := kindPanel(t, cw), networkView(t, cw)
	panel := scroll.Size().Width
	rows := scroll.Content.(*fyne.Container).Objects
	for _, o := range rows {
		row := o.(*fyne.Container)
		words, ok := uitest.Find[*widget.Label](row.Objects[0])
		if !ok {
			t.Fatal("a kind's row has no words")
		}
		if !slices.Contains(v.Kinds(), words.Text) {
			t.Errorf("the panel shows %q, not a kind of %v", words.Text, v.Kinds())
		}
		if right := row.Position().X + words.Position().X + words.Size().Width; right > panel+0.5 {
			t.Errorf("%q runs to %.0f in a panel %.0f wide", words.Text, right, panel)
		}
		if words.MinSize().Width > words.Size().Width+0.5 {
			t.Errorf("%q needs %.0f and has %.0f", words.Text, words.MinSize().Width, words.Size().Width)
		}
	}
	k := v.Kinds()[0]
	row := rows[0].(*fyne.Container)
	test.Tap(row.Objects[0].(fyne.Tappable))
	if c, ok := uitest.Find[*widget.Check](row); !ok || c.Checked {
		t.Errorf("a click on %q did not switch it off", k)
	}
}
