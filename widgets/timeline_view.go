package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewTimelineView returns the timeline under a small toolbar: zoom in, zoom
// out, fit all, and a legend of the marks drawn as the strip draws them,
// which wraps onto more lines where the window is narrow.
func NewTimelineView(t *Timeline) *fyne.Container {
	zin := NewButton("", theme.ZoomInIcon(), t.ZoomIn)
	zout := NewButton("", theme.ZoomOutIcon(), t.ZoomOut)
	fit := NewButton("Fit all", theme.ZoomFitIcon(), t.FitAll)
	zin.Importance, zout.Importance, fit.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	tools := container.NewHBox(zin, zout, fit)
	legend := newTimelineLegend()
	return container.New(&timelineViewLayout{tools: tools, legend: legend, strip: t}, tools, legend, t)
}

// timelineViewLayout puts the tools at the top left, the legend beside
// them on as many lines as the width leaves it, or under them across the
// whole width where its widest entry does not fit beside them (so that
// the legend never makes the strip wider than a narrow window), and the
// strip below.
type timelineViewLayout struct {
	tools  fyne.CanvasObject
	legend *timelineLegend
	strip  fyne.CanvasObject
	width  float32 // the legend's width at the last layout
	under  bool    // the legend was under the tools at the last layout
}

// top places the legend for width: its left edge and top, and the height
// of tools and legend together.
func (v *timelineViewLayout) top(width float32) (x, y, h float32) {
	ts := v.tools.MinSize()
	v.under = width-ts.Width < v.legend.MinSize().Width
	if v.under {
		v.width = width
		return 0, ts.Height, ts.Height + v.legend.heightFor(v.width)
	}
	v.width = max(width-ts.Width, 0)
	return ts.Width, 0, max(ts.Height, v.legend.heightFor(v.width))
}

// Layout is part of fyne.Layout.
func (v *timelineViewLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	x, y, h := v.top(size.Width)
	ts := v.tools.MinSize()
	v.tools.Move(fyne.NewPos(0, 0))
	v.tools.Resize(fyne.NewSize(ts.Width, max(ts.Height, h-y)))
	if v.under {
		v.tools.Resize(ts)
	}
	v.legend.Move(fyne.NewPos(x, y))
	v.legend.Resize(fyne.NewSize(v.width, h-y))
	v.strip.Move(fyne.NewPos(0, h))
	v.strip.Resize(fyne.NewSize(size.Width, size.Height-h))
}

// MinSize is part of fyne.Layout: the legend as wrapped at the last width,
// and no wider than the tools or the legend's widest entry.
func (v *timelineViewLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	ts, ss := v.tools.MinSize(), v.strip.MinSize()
	lw := v.legend.MinSize().Width
	h := max(ts.Height, v.legend.heightFor(v.width))
	if v.under {
		h = ts.Height + v.legend.heightFor(v.width)
	}
	return fyne.NewSize(max(ts.Width, lw, ss.Width), h+ss.Height)
}

// TimelineLegendWords are the legend's words, in its order: what each kind
// of mark on the strip means.
var TimelineLegendWords = []string{
	"day", "month, year, decade", "approximate ~", "uncertain ?", "key event",
	"several events: point to list, click to zoom in",
}

// timelineLegend shows each kind of mark beside its meaning, in the
// theme's colours, redrawn when the theme changes.
type timelineLegend struct {
	widget.BaseWidget
	dot, key           *canvas.Circle
	bar, hollow, count *canvas.Rectangle
	dash               *dashShape
	words              []*canvas.Text
	items              []fyne.CanvasObject
}

const legendGap = 12 // space between two legend entries

// place lays the entries out in rows within width (all in one row if width
// is 0) and returns the height used; move says whether to move them.
func (l *timelineLegend) place(width float32, move bool) float32 {
	var x, y, rowH float32
	for _, it := range l.items {
		s := it.MinSize()
		if x > 0 && width > 0 && x+s.Width > width {
			x, y = 0, y+rowH
		}
		if move {
			it.Move(fyne.NewPos(x, y))
			it.Resize(s)
		}
		x += s.Width + legendGap
		rowH = max(rowH, s.Height)
	}
	return y + rowH
}

// heightFor is the legend's height when it wraps within width.
func (l *timelineLegend) heightFor(width float32) float32 { return l.place(width, false) }

func newTimelineLegend() *timelineLegend {
	l := &timelineLegend{
		dot: canvas.NewCircle(color.Transparent), key: canvas.NewCircle(color.Transparent),
		bar: canvas.NewRectangle(color.Transparent), hollow: canvas.NewRectangle(color.Transparent),
		count: canvas.NewRectangle(color.Transparent), dash: newDashShape(),
	}
	sized := func(o fyne.CanvasObject, w, h float32) fyne.CanvasObject {
		return container.NewCenter(container.NewGridWrap(fyne.NewSize(w, h), o))
	}
	swatches := []fyne.CanvasObject{
		sized(l.dot, 9, 9), sized(l.bar, 28, barH), sized(l.hollow, 24, barH),
		sized(l.dash.r, 24, barH), sized(l.key, 13, 13), sized(l.count, 18, 14),
	}
	for i, w := range TimelineLegendWords {
		t := canvas.NewText(w, color.Black)
		t.TextStyle.Bold = i == 4
		l.words = append(l.words, t)
		l.items = append(l.items, container.NewHBox(swatches[i], container.NewCenter(t)))
	}
	l.ExtendBaseWidget(l)
	l.recolour()
	return l
}

// recolour takes the colours and text size from the current theme.
func (l *timelineLegend) recolour() {
	th := l.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	primary := Legible(th.Color(theme.ColorNamePrimary, v), th.Color(theme.ColorNameBackground, v), fg, MarkContrast)
	size := th.Size(theme.SizeNameCaptionText)
	l.dot.FillColor, l.key.FillColor, l.bar.FillColor = primary, primary, primary
	l.bar.CornerRadius = 3
	l.hollow.FillColor = color.Transparent
	l.hollow.StrokeColor, l.hollow.StrokeWidth, l.hollow.CornerRadius = primary, 1.5, 3
	l.dash.set(false, primary, false, th.Color(theme.ColorNameBackground, v))
	l.count.FillColor = th.Color(theme.ColorNameButton, v)
	l.count.StrokeColor, l.count.StrokeWidth, l.count.CornerRadius = primary, 1, 7
	for _, t := range l.words {
		t.Color, t.TextSize = fg, size
	}
}

// CreateRenderer is part of fyne.Widget.
func (l *timelineLegend) CreateRenderer() fyne.WidgetRenderer {
	return &legendRenderer{l: l}
}

type legendRenderer struct{ l *timelineLegend }

func (r *legendRenderer) Destroy()                     {}
func (r *legendRenderer) Objects() []fyne.CanvasObject { return r.l.items }

// Layout wraps the entries within the width given.
func (r *legendRenderer) Layout(s fyne.Size) { r.l.place(s.Width, true) }

// MinSize is the widest entry, as tall as the entries wrap at the
// legend's present width.
func (r *legendRenderer) MinSize() fyne.Size {
	var w float32
	for _, it := range r.l.items {
		w = max(w, it.MinSize().Width)
	}
	return fyne.NewSize(w, r.l.heightFor(r.l.Size().Width))
}

func (r *legendRenderer) Refresh() {
	r.l.recolour()
	for _, o := range []fyne.CanvasObject{r.l.dot, r.l.key, r.l.bar, r.l.hollow, r.l.count} {
		o.Refresh()
	}
	for _, t := range r.l.words {
		t.Refresh()
	}
	r.l.dash.r.Refresh()
	r.Layout(r.l.Size())
}
