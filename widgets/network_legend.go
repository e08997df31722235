package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// networkLegend shows the node shapes beside their meaning and how an
// arrow reads, in the theme's colours, redrawn when the theme changes.
type networkLegend struct {
	widget.BaseWidget
	circle, square *canvas.Rectangle
	words          []*canvas.Text
	box            *fyne.Container
}

func newNetworkLegend() *networkLegend {
	l := &networkLegend{circle: canvas.NewRectangle(color.Transparent), square: canvas.NewRectangle(color.Transparent)}
	sized := func(o fyne.CanvasObject, s float32) fyne.CanvasObject {
		return container.NewCenter(container.NewGridWrap(fyne.NewSize(s, s), o))
	}
	word := func(s string, italic bool) fyne.CanvasObject {
		t := canvas.NewText(s, color.Black)
		t.TextStyle.Italic = italic
		l.words = append(l.words, t)
		return container.NewCenter(t)
	}
	gap := func() fyne.CanvasObject {
		r := canvas.NewRectangle(color.Transparent)
		r.SetMinSize(fyne.NewSize(6, 1))
		return r
	}
	l.box = container.NewHBox(
		sized(l.circle, 13), word("person", false), gap(),
		sized(l.square, 13), word("organization", false), gap(),
		word("A —member of→ B", true),
	)
	l.ExtendBaseWidget(l)
	l.recolour()
	return l
}

// toolsBar puts the tools at the top left, the legend beside them where
// the width leaves it room, else under them, so that the legend never
// makes the network wider than a narrow window (1024×640 at 150 %), and
// the view below.
type toolsBar struct {
	tools, legend, view fyne.CanvasObject
	under               bool // the legend was under the tools at the last layout
}

// Layout is part of fyne.Layout.
func (b *toolsBar) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	ts, ls := b.tools.MinSize(), b.legend.MinSize()
	pad := theme.Padding()
	b.under = ts.Width+pad+ls.Width > size.Width
	b.tools.Move(fyne.NewPos(0, 0))
	var top float32
	if b.under {
		b.tools.Resize(ts)
		b.legend.Move(fyne.NewPos(0, ts.Height))
		b.legend.Resize(fyne.NewSize(min(ls.Width, size.Width), ls.Height))
		top = ts.Height + ls.Height
	} else {
		top = max(ts.Height, ls.Height)
		b.tools.Resize(fyne.NewSize(ts.Width, top))
		b.legend.Move(fyne.NewPos(ts.Width+pad, 0))
		b.legend.Resize(fyne.NewSize(size.Width-ts.Width-pad, top))
	}
	b.view.Move(fyne.NewPos(0, top+pad))
	b.view.Resize(fyne.NewSize(size.Width, size.Height-top-pad))
}

// MinSize is part of fyne.Layout: as wide as the widest of tools, legend
// and view, as tall as they are at the last layout.
func (b *toolsBar) MinSize([]fyne.CanvasObject) fyne.Size {
	ts, ls, vs := b.tools.MinSize(), b.legend.MinSize(), b.view.MinSize()
	top := max(ts.Height, ls.Height)
	if b.under {
		top = ts.Height + ls.Height
	}
	return fyne.NewSize(max(ts.Width, ls.Width, vs.Width), top+theme.Padding()+vs.Height)
}

// recolour takes the colours and text size from the current theme.
func (l *networkLegend) recolour() {
	th := l.Theme()
	vr := fyne.CurrentApp().Settings().ThemeVariant()
	person, org := netColours(th, vr)
	bg := th.Color(theme.ColorNameBackground, vr)
	l.circle.FillColor, l.circle.StrokeColor, l.circle.StrokeWidth, l.circle.CornerRadius = netTint(bg, person), person, 2, 6.5
	l.square.FillColor, l.square.StrokeColor, l.square.StrokeWidth, l.square.CornerRadius = netTint(bg, org), org, 2, 3
	for _, t := range l.words {
		t.Color, t.TextSize = th.Color(theme.ColorNameForeground, vr), th.Size(theme.SizeNameCaptionText)
	}
}

// CreateRenderer is part of fyne.Widget.
func (l *networkLegend) CreateRenderer() fyne.WidgetRenderer { return &netLegendRenderer{l: l} }

type netLegendRenderer struct{ l *networkLegend }

func (r *netLegendRenderer) Destroy()                     {}
func (r *netLegendRenderer) Layout(s fyne.Size)           { r.l.box.Resize(s) }
func (r *netLegendRenderer) MinSize() fyne.Size           { return r.l.box.MinSize() }
func (r *netLegendRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.l.box} }

func (r *netLegendRenderer) Refresh() {
	r.l.recolour()
	r.l.circle.Refresh()
	r.l.square.Refresh()
	for _, t := range r.l.words {
		t.Refresh()
	}
	r.l.box.Refresh()
}

// netColours returns the colours of people and organizations.
// Each stands out from the background 3:1, as WCAG asks of marks.
func netColours(th fyne.Theme, vr fyne.ThemeVariant) (person, org color.Color) {
	bg, fg := th.Color(theme.ColorNameBackground, vr), th.Color(theme.ColorNameForeground, vr)
	return Legible(th.Color(theme.ColorNamePrimary, vr), bg, fg, MarkContrast),
		Legible(th.Color(theme.ColorNameWarning, vr), bg, fg, MarkContrast)
}

// netTint returns a light tint of c over bg, for a shape's fill.
func netTint(bg, c color.Color) color.Color {
	b, f := netNRGBA(bg), netNRGBA(c)
	const t = 0.28
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.NRGBA{mix(b.R, f.R), mix(b.G, f.G), mix(b.B, f.B), 255}
}

func netNRGBA(c color.Color) color.NRGBA {
	if c == nil {
		return color.NRGBA{}
	}
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

func netWithAlpha(c color.Color, a uint8) color.Color {
	n := netNRGBA(c)
	n.A = uint8(uint16(n.A) * uint16(a) / 255)
	return n
}
