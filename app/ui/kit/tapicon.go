package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TapIcon is a small icon button that Tab passes over: a remove button on
// a row (whose row the keyboard edits instead) or the arrow that opens a
// field's suggestions (which the keyboard reaches from the field). A
// widget.Button would take the focus and make Tab stop on every one.
type TapIcon struct {
	widget.DisableableWidget
	icon     fyne.Resource
	OnTapped func()
	hovered  bool
}

// NewTapIcon returns a TapIcon showing icon that runs onTap when clicked.
func NewTapIcon(icon fyne.Resource, onTap func()) *TapIcon {
	t := &TapIcon{icon: icon, OnTapped: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped runs OnTapped unless the icon is disabled.
func (t *TapIcon) Tapped(*fyne.PointEvent) {
	if !t.Disabled() && t.OnTapped != nil {
		t.OnTapped()
	}
}

// Cursor is the pointer over the icon.
func (t *TapIcon) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn shows the hover background.
func (t *TapIcon) MouseIn(*desktop.MouseEvent) { t.hovered = true; t.Refresh() }

// MouseMoved does nothing.
func (t *TapIcon) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the hover background.
func (t *TapIcon) MouseOut() { t.hovered = false; t.Refresh() }

// CreateRenderer draws the icon over its hover background.
func (t *TapIcon) CreateRenderer() fyne.WidgetRenderer {
	r := &tapIconRenderer{t: t, bg: canvas.NewRectangle(color.Transparent), img: canvas.NewImageFromResource(nil)}
	r.img.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type tapIconRenderer struct {
	t   *TapIcon
	bg  *canvas.Rectangle
	img *canvas.Image
}

func (r *tapIconRenderer) Layout(s fyne.Size) {
	pad := theme.Padding()
	r.bg.Resize(s)
	side := min(s.Width, s.Height) - 2*pad
	r.img.Resize(fyne.NewSquareSize(side))
	r.img.Move(fyne.NewPos((s.Width-side)/2, (s.Height-side)/2))
}

func (r *tapIconRenderer) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.IconInlineSize() + 2*theme.Padding())
}

func (r *tapIconRenderer) Refresh() {
	res := r.t.icon
	if r.t.Disabled() {
		res = theme.NewDisabledResource(res)
	} else {
		res = theme.NewThemedResource(res)
	}
	r.img.Resource = res
	r.img.Refresh()
	r.bg.FillColor = color.Transparent
	if r.t.hovered && !r.t.Disabled() {
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	}
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.bg.Refresh()
}

func (r *tapIconRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.img} }

func (r *tapIconRenderer) Destroy() {}
