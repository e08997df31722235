package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SelectionAction is one button of a SelectionActions bar: a plain action
// (OnTapped), or a sub-menu (Menu) such as "New claim ▸" or "Cite for ▸".
type SelectionAction struct {
	Label string
	Icon  fyne.Resource // optional
	// OnTapped is called when the button is tapped (plain actions).
	OnTapped func()
	// Menu, when set, makes the button open a menu under itself. It is
	// called each time, so the menu lists what the case holds now (the
	// disputed figures a claim could be for, the items to cite the
	// selection for); return nil to show nothing.
	Menu func() *fyne.Menu
}

// SelectionActions is a small floating bar of actions on a text selection,
// for showing near an AnnotatedText's selection: the caller positions it
// (see PositionFor and AnnotatedText.SelectionBounds), for example in a
// container without layout stacked over the view, and hides it when the
// selection is empty. Buttons whose action has a Menu are marked "▸".
type SelectionActions struct {
	widget.BaseWidget

	actions []SelectionAction
	buttons []*Button
	box     *fyne.Container
}

// NewSelectionActions returns a bar of the given actions, in order.
func NewSelectionActions(actions ...SelectionAction) *SelectionActions {
	b := &SelectionActions{box: container.NewHBox()}
	b.ExtendBaseWidget(b)
	b.SetActions(actions...)
	return b
}

// SetActions replaces the bar's actions.
func (b *SelectionActions) SetActions(actions ...SelectionAction) {
	b.actions = append(b.actions[:0], actions...)
	b.buttons = b.buttons[:0]
	objs := make([]fyne.CanvasObject, 0, len(actions))
	for i := range b.actions {
		act := b.actions[i]
		label := act.Label
		if act.Menu != nil {
			label += " ▸"
		}
		btn := NewButton(label, act.Icon, nil)
		btn.Importance = widget.LowImportance
		btn.OnTapped = func() { b.run(act, btn) }
		b.buttons = append(b.buttons, btn)
		objs = append(objs, btn)
	}
	b.box.Objects = objs
	b.box.Refresh()
	b.Refresh()
}

func (b *SelectionActions) run(act SelectionAction, btn *Button) {
	if act.Menu == nil {
		if act.OnTapped != nil {
			act.OnTapped()
		}
		return
	}
	m := act.Menu()
	if m == nil || fyne.CurrentApp() == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(btn)
	if c == nil {
		return
	}
	at := d.AbsolutePositionForObject(btn).Add(fyne.NewPos(0, btn.Size().Height))
	widget.ShowPopUpMenuAtPosition(m, c, at)
}

// PositionFor returns where to put the bar, within an area of the given
// size, for a selection whose box is at selPos with size selSize (as
// AnnotatedText.SelectionBounds returns them, in the same coordinates as
// the area): just below the selection, or above it when there is no room
// below, and kept inside the area sideways.
func (b *SelectionActions) PositionFor(selPos fyne.Position, selSize fyne.Size, area fyne.Size) fyne.Position {
	size := b.MinSize()
	gap := b.Theme().Size(theme.SizeNamePadding)
	p := fyne.NewPos(selPos.X+selSize.Width-size.Width/2, selPos.Y+selSize.Height+gap)
	if p.Y+size.Height > area.Height && selPos.Y-gap-size.Height >= 0 {
		p.Y = selPos.Y - gap - size.Height
	}
	p.X = max(0, min(p.X, area.Width-size.Width))
	p.Y = max(0, min(p.Y, area.Height-size.Height))
	return p
}

// CreateRenderer links the bar to its renderer.
func (b *SelectionActions) CreateRenderer() fyne.WidgetRenderer {
	r := &selectionActionsRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), shadow: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type selectionActionsRenderer struct {
	b          *SelectionActions
	bg, shadow *canvas.Rectangle
}

func (r *selectionActionsRenderer) Destroy() {}

func (r *selectionActionsRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.shadow, r.bg, r.b.box}
}

func (r *selectionActionsRenderer) pad() float32 {
	return r.b.Theme().Size(theme.SizeNamePadding) / 2
}

func (r *selectionActionsRenderer) MinSize() fyne.Size {
	p := r.pad()
	return r.b.box.MinSize().Add(fyne.NewSize(2*p, 2*p))
}

func (r *selectionActionsRenderer) Layout(size fyne.Size) {
	p := r.pad()
	r.shadow.Move(fyne.NewPos(1, 2))
	r.shadow.Resize(size)
	r.bg.Resize(size)
	r.b.box.Move(fyne.NewPos(p, p))
	r.b.box.Resize(size.Subtract(fyne.NewSize(2*p, 2*p)))
}

func (r *selectionActionsRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameMenuBackground, v)
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.bg.StrokeWidth = 1
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.shadow.FillColor = th.Color(theme.ColorNameShadow, v)
	r.shadow.CornerRadius = r.bg.CornerRadius
	r.bg.Refresh()
	r.shadow.Refresh()
	r.Layout(r.b.Size())
}
