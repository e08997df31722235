package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// atLastMenu is the menu a SelectionAction of atActions built last.
var atLastMenu *fyne.Menu

// atActions builds the bar the Sources tab uses, logging what is done.
func atActions(log *[]string) *SelectionActions {
	plain := func(name string) func() { return func() { *log = append(*log, name) } }
	menu := func(name string, items ...string) func() *fyne.Menu {
		return func() *fyne.Menu {
			var mi []*fyne.MenuItem
			for _, it := range items {
				mi = append(mi, fyne.NewMenuItem(it, plain(name+": "+it)))
			}
			atLastMenu = fyne.NewMenu(name, mi...)
			return atLastMenu
		}
	}
	return NewSelectionActions(
		SelectionAction{Label: "New event", Icon: theme.ContentAddIcon(), OnTapped: plain("event")},
		SelectionAction{Label: "New person", OnTapped: plain("person")},
		SelectionAction{Label: "New organization", OnTapped: plain("organization")},
		SelectionAction{Label: "New claim", Menu: menu("claim", "People injured in the raid", "New disputed figure…")},
		SelectionAction{Label: "Cite for", Menu: menu("cite", "Raid on the camp", "Ministry of the Interior")},
		SelectionAction{Label: "Note", Icon: theme.DocumentCreateIcon(), OnTapped: plain("note")},
	)
}

func TestAnnotatedTextActionsButtonsAndMenus(t *testing.T) {
	var log []string
	v, win := atSetup(t, atSample, 900, 400)
	bar := atActions(&log)
	win.SetContent(container.NewStack(v, container.NewWithoutLayout(bar)))
	bar.Resize(bar.MinSize())

	for _, b := range []string{"New event", "New person", "New organization", "Note"} {
		test.Tap(actionButton(bar, b))
	}
	if got := strings.Join(log, ","); got != "event,person,organization,note" {
		t.Fatalf("plain actions: %q", got)
	}
	if actionButton(bar, "New claim").Text != "New claim ▸" || actionButton(bar, "Nope") != nil {
		t.Error("menu button not marked")
	}
	// A menu button opens its menu under itself; an item runs its action.
	test.Tap(actionButton(bar, "Cite for"))
	var pop *widget.PopUpMenu
	if top := win.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if p, ok := o.(*widget.PopUpMenu); ok {
				pop = p
			}
		}
	}
	if pop == nil {
		t.Fatal("no menu shown")
	}
	btn := actionButton(bar, "Cite for")
	if pop.Position().Y < btn.Position().Y+btn.Size().Height-1 {
		t.Errorf("menu at %v, button bottom %v", pop.Position(), btn.Position().Y+btn.Size().Height)
	}
	test.AssertRendersToImage(t, "annotated_text_actions.png", win.Canvas())
	atLastMenu.Items[1].Action()
	if log[len(log)-1] != "cite: Ministry of the Interior" {
		t.Errorf("menu item: %q", log)
	}
}

func TestAnnotatedTextActionsPosition(t *testing.T) {
	_ = test.NewTempApp(t)
	bar := atActions(new([]string))
	size := bar.MinSize()
	area := fyne.NewSize(800, 500)
	// Below the selection, centred on its end.
	p := bar.PositionFor(fyne.NewPos(300, 100), fyne.NewSize(100, 22), area)
	if p.Y < 122 || p.X != 400-size.Width/2 {
		t.Errorf("below: %v", p)
	}
	// No room below: above.
	p = bar.PositionFor(fyne.NewPos(300, 480), fyne.NewSize(100, 22), area)
	if p.Y+size.Height > 480 {
		t.Errorf("above: %v (bar %v)", p, size)
	}
	// Kept inside the area at the edges.
	p = bar.PositionFor(fyne.NewPos(790, 100), fyne.NewSize(10, 22), area)
	if p.X+size.Width > 800 || p.X < 0 {
		t.Errorf("right edge: %v", p)
	}
	p = bar.PositionFor(fyne.NewPos(0, 100), fyne.NewSize(5, 22), area)
	if p.X != 0 {
		t.Errorf("left edge: %v", p)
	}
}

// The bar placed at an AnnotatedText's selection, as the Sources tab will.
func TestAnnotatedTextActionsAtSelection(t *testing.T) {
	var log []string
	v, win := atSetup(t, atSample, 900, 300)
	bar := atActions(&log)
	layer := container.NewWithoutLayout(bar)
	win.SetContent(container.NewStack(v, layer))
	bar.Hide()
	v.OnSelectionChanged = func(s, e int, _ string) {
		pos, size, ok := v.SelectionBounds()
		if !ok {
			bar.Hide()
			return
		}
		bar.Resize(bar.MinSize())
		bar.Move(bar.PositionFor(pos, size, v.Size()))
		bar.Show()
	}
	s := atOffset(t, atSample, "Red Crescent", 0)
	start, end := atPos(v, s), atPos(v, s+12)
	test.Drag(win.Canvas(), end, end.X-start.X-1, 0)
	if !bar.Visible() || bar.Position().Y <= start.Y {
		t.Fatalf("bar visible %v at %v", bar.Visible(), bar.Position())
	}
	test.AssertRendersToImage(t, "annotated_text_actions_placed.png", win.Canvas())
}

// actionButton is the bar's button for the action labelled label (without
// the "▸"), or nil.
func actionButton(b *SelectionActions, label string) *Button {
	for i, act := range b.actions {
		if act.Label == label {
			return b.buttons[i]
		}
	}
	return nil
}
