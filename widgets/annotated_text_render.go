package widgets

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Theme colour names for the highlight kinds. A custom theme may define
// them; where the theme returns nothing for one (as Fyne's default theme
// does), a colour-blind-safe palette (Okabe and Ito) is used instead,
// darker or lighter to suit the theme's background.
const (
	ColorNameHighlightEvent        fyne.ThemeColorName = "casefile.highlight.event"
	ColorNameHighlightPerson       fyne.ThemeColorName = "casefile.highlight.person"
	ColorNameHighlightOrganization fyne.ThemeColorName = "casefile.highlight.organization"
	ColorNameHighlightClaim        fyne.ThemeColorName = "casefile.highlight.claim"
	ColorNameHighlightNote         fyne.ThemeColorName = "casefile.highlight.note"
	ColorNameHighlightSuggestion   fyne.ThemeColorName = "casefile.highlight.suggestion"
)

// atKindStyle is how one kind of highlight is drawn.
type atKindStyle struct {
	title     string
	colorName fyne.ThemeColorName
	light     color.NRGBA // fallback colour on a light background
	dark      color.NRGBA // fallback colour on a dark background
	pattern   atPattern
}

// atPattern is an underline style.
type atPattern uint8

const (
	atSolid atPattern = iota
	atDouble
	atDashed
	atBracket
	atDashDot
	atDotted
)

var atKindStyles = map[string]atKindStyle{
	HighlightEvent:        {"Event", ColorNameHighlightEvent, color.NRGBA{0x00, 0x72, 0xb2, 0xff}, color.NRGBA{0x56, 0xb4, 0xe9, 0xff}, atSolid},
	HighlightPerson:       {"Person", ColorNameHighlightPerson, color.NRGBA{0x00, 0x9e, 0x73, 0xff}, color.NRGBA{0x3c, 0xc8, 0x9e, 0xff}, atDouble},
	HighlightOrganization: {"Organization", ColorNameHighlightOrganization, color.NRGBA{0xb8, 0x4f, 0x93, 0xff}, color.NRGBA{0xcc, 0x79, 0xa7, 0xff}, atDashed},
	HighlightClaim:        {"Claim", ColorNameHighlightClaim, color.NRGBA{0xd5, 0x5e, 0x00, 0xff}, color.NRGBA{0xf0, 0x8a, 0x3c, 0xff}, atBracket},
	HighlightNote:         {"Note", ColorNameHighlightNote, color.NRGBA{0xb0, 0x8c, 0x00, 0xff}, color.NRGBA{0xf0, 0xe4, 0x42, 0xff}, atDashDot},
	HighlightSuggestion:   {"Suggestion", ColorNameHighlightSuggestion, color.NRGBA{0x70, 0x70, 0x70, 0xff}, color.NRGBA{0xa0, 0xa0, 0xa0, 0xff}, atDotted},
}

var atOtherStyle = atKindStyle{"Highlight", "", color.NRGBA{0x70, 0x70, 0x70, 0xff}, color.NRGBA{0xa0, 0xa0, 0xa0, 0xff}, atSolid}

func atStyleOf(kind string) atKindStyle {
	if s, ok := atKindStyles[kind]; ok {
		return s
	}
	return atOtherStyle
}

// atColors are the colours of a view, read from its theme.
type atColors struct {
	fg, selection, caret, tipBg, tipBorder color.Color
	dark                                   bool
	kinds                                  map[string]atKindColors
}

// atKindColors are one kind's underline and background colours.
type atKindColors struct{ line, bg color.NRGBA }

func atReadColors(th fyne.Theme) atColors {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := atColors{
		fg:        th.Color(theme.ColorNameForeground, v),
		selection: th.Color(theme.ColorNameSelection, v),
		caret:     th.Color(theme.ColorNamePrimary, v),
		tipBg:     th.Color(theme.ColorNameOverlayBackground, v),
		tipBorder: th.Color(theme.ColorNameInputBorder, v),
		kinds:     map[string]atKindColors{},
	}
	bg := toNRGBAColor(th.Color(theme.ColorNameBackground, v))
	c.dark = 299*int(bg.R)+587*int(bg.G)+114*int(bg.B) < 128*1000
	kind := func(s atKindStyle) atKindColors {
		var line color.NRGBA
		if s.colorName != "" {
			line = toNRGBAColor(th.Color(s.colorName, v))
		}
		if line.A == 0 {
			line = s.light
			if c.dark {
				line = s.dark
			}
		}
		bgA := 0.24
		if c.dark {
			bgA = 0.32
		}
		if s.pattern == atDotted {
			bgA /= 3
			line.A = uint8(float64(line.A) * 0.75)
		}
		return atKindColors{line: line, bg: color.NRGBA{line.R, line.G, line.B, uint8(math.Round(255 * bgA))}}
	}
	for k, s := range atKindStyles {
		c.kinds[k] = kind(s)
	}
	c.kinds[""] = kind(atOtherStyle)
	return c
}

func (c *atColors) of(kind string) atKindColors {
	if k, ok := c.kinds[kind]; ok {
		return k
	}
	return c.kinds[""]
}

func toNRGBAColor(c color.Color) color.NRGBA {
	if c == nil {
		return color.NRGBA{}
	}
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// atMark draws an underline pattern as a raster, so that a dashed line is
// one object, not one per dash.
type atMark struct {
	r       *canvas.Raster // the object drawn: painters draw *canvas.Raster, not wrappers
	pattern atPattern
	col     color.NRGBA
	img     *image.NRGBA
}

// atMarkHeight is the height of a mark, in device-independent pixels: the
// bracket's ticks rise above its line.
func atMarkHeight(p atPattern) float32 {
	if p == atBracket {
		return 7
	}
	return 3
}

func newATMark() *atMark {
	m := &atMark{}
	m.r = canvas.NewRaster(m.generate)
	return m
}

func (m *atMark) set(p atPattern, col color.NRGBA) {
	if m.pattern == p && m.col == col {
		return
	}
	m.pattern, m.col = p, col
	m.r.Refresh()
}

func (m *atMark) generate(w, h int) image.Image {
	if w <= 0 || h <= 0 {
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	}
	if m.img == nil || m.img.Rect.Dx() != w || m.img.Rect.Dy() != h {
		m.img = image.NewNRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(m.img.Pix)
	}
	// Pixels per device-independent pixel.
	s := max(1, float64(h)/float64(atMarkHeight(m.pattern)))
	px := func(v float64) int { return max(1, int(math.Round(v*s))) }
	fill := func(x0, y0, x1, y1 int) {
		for y := max(0, y0); y < min(h, y1); y++ {
			for x := max(0, x0); x < min(w, x1); x++ {
				m.img.SetNRGBA(x, y, m.col)
			}
		}
	}
	line := px(2) // thickness of a line
	switch m.pattern {
	case atSolid:
		fill(0, 0, w, line)
	case atDouble:
		t := px(1)
		fill(0, 0, w, t)
		fill(0, h-t, w, h)
	case atDashed:
		on, period := px(5), px(8)
		for x := 0; x < w; x += period {
			fill(x, 0, x+on, line)
		}
	case atBracket:
		fill(0, h-line, w, h)
		t := px(1.5)
		fill(0, 0, t, h)
		fill(w-t, 0, w, h)
	case atDashDot:
		long, dot, gap := px(6), px(2), px(2)
		for x := 0; x < w; x += long + gap + dot + gap {
			fill(x, 0, x+long, line)
			fill(x+long+gap, 0, x+long+gap+dot, line)
		}
	case atDotted:
		dot := px(2)
		for x := 0; x < w; x += 2 * dot {
			fill(x, 0, x+dot, line)
		}
	}
	return m.img
}

// atPool hands out canvas objects for one frame, reusing those of the
// last.
type atPool[T any] struct {
	items []T
	used  int
	make  func() T
	obj   func(T) fyne.CanvasObject // the object to draw; nil: T is one
}

func (p *atPool[T]) object(o T) fyne.CanvasObject {
	if p.obj != nil {
		return p.obj(o)
	}
	return any(o).(fyne.CanvasObject)
}

func (p *atPool[T]) get() T {
	if p.used == len(p.items) {
		p.items = append(p.items, p.make())
	}
	o := p.items[p.used]
	p.used++
	p.object(o).Show()
	return o
}

// appendUsed appends the objects handed out this frame to objs and
// forgets the surplus beyond a margin.
func (p *atPool[T]) appendUsed(objs []fyne.CanvasObject) []fyne.CanvasObject {
	for _, o := range p.items[:p.used] {
		objs = append(objs, p.object(o))
	}
	if keep := 2*p.used + 64; len(p.items) > keep {
		clear(p.items[keep:])
		p.items = p.items[:keep]
	}
	return objs
}

// atDrawMargin is how much text, in views' heights, the surface draws
// above and below the view, so that a small scroll needs no new objects.
// Fyne paints every object that is not hidden, a scroll's clipped part
// included: each line drawn is measured and rasterized into a texture even
// where it cannot be seen. With a whole view either side, showing a new
// source rasterized about twice the lines on screen (docs/BENCHMARKS.md,
// "Memory", 7 December); a quarter view is about one wheel notch (three
// lines) of the reading view at the window's usual size.
const atDrawMargin = 0.25

// atSurfaceRenderer draws the lines in view, plus a margin above and below
// (atDrawMargin) so that small scrolls need no redrawing.
type atSurfaceRenderer struct {
	s                 *atSurface
	objects           []fyne.CanvasObject
	bgs, sels, carets atPool[*canvas.Rectangle]
	texts             atPool[*canvas.Text]
	marks             atPool[*atMark]
	from, to          float32 // the y range drawn
	colors            atColors
	spans             [][2]float32
}

func (r *atSurfaceRenderer) Destroy() {}

func (r *atSurfaceRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *atSurfaceRenderer) MinSize() fyne.Size {
	t := r.s.t
	if !t.lay.valid {
		return fyne.NewSize(10, 10)
	}
	return fyne.NewSize(10, t.lay.contentHeight())
}

func (r *atSurfaceRenderer) Layout(fyne.Size) { r.rebuild() }

func (r *atSurfaceRenderer) Refresh() {
	r.rebuild()
	canvas.Refresh(r.s)
}

// view returns the y range in view.
func (r *atSurfaceRenderer) view() (float32, float32) {
	sc := r.s.t.scroll
	h := sc.Size().Height
	if h <= 0 {
		h = 600
	}
	return sc.Offset.Y, sc.Offset.Y + h
}

func (r *atSurfaceRenderer) needsRebuild() bool {
	y0, y1 := r.view()
	return y0 < r.from || y1 > r.to
}

func (r *atSurfaceRenderer) rebuild() {
	t := r.s.t
	if r.texts.make == nil {
		newRect := func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
		r.bgs.make, r.sels.make, r.carets.make = newRect, newRect, newRect
		r.texts.make = func() *canvas.Text { return canvas.NewText("", color.Black) }
		r.marks.make = newATMark
		r.marks.obj = func(m *atMark) fyne.CanvasObject { return m.r }
	}
	r.bgs.used, r.sels.used, r.carets.used, r.texts.used, r.marks.used = 0, 0, 0, 0, 0
	r.objects = r.objects[:0]
	if !t.lay.valid || len(t.lay.lines) == 0 {
		r.from, r.to = 0, 0
		return
	}
	r.colors = atReadColors(t.Theme())
	lay := &t.lay
	m := lay.m
	y0, y1 := r.view()
	margin := (y1 - y0) * atDrawMargin
	r.from, r.to = max(0, y0-margin), y1+margin
	first, last := lay.lineAtY(r.from), lay.lineAtY(r.to)
	visStart, visEnd := int(lay.lines[first].start), int(lay.lines[last].end)

	// The highlights that touch the drawn lines.
	var hs []int
	for i := range t.highlights {
		h := &t.highlights[i]
		if h.Start > visEnd {
			break
		}
		if h.End > visStart {
			hs = append(hs, i)
		}
	}
	selS, selE := t.Selection()
	bgH := m.textHeight + 3 // down to the first underline
	for li := first; li <= last; li++ {
		line := lay.lines[li]
		top := lay.lineTop(li)
		ls, le := int(line.start), int(line.end)
		next := len(t.text)
		if li+1 < len(lay.lines) {
			next = int(lay.lines[li+1].start)
		}
		// Highlight backgrounds.
		for _, hi := range hs {
			h := &t.highlights[hi]
			if h.End <= ls || h.Start >= max(le, ls+1) {
				continue
			}
			r.spans = t.spanXs(li, h.Start, h.End, r.spans[:0])
			kc := r.colors.of(h.Kind)
			for _, sp := range r.spans {
				bg := r.bgs.get()
				bg.FillColor = kc.bg
				bg.CornerRadius = 2
				bg.Move(fyne.NewPos(lay.left+sp[0], top+m.textTop-1))
				bg.Resize(fyne.NewSize(sp[1]-sp[0], bgH))
				bg.Refresh()
			}
		}
		// Selection, with a sliver past the end of the line when the
		// selection runs on over its line break.
		if selS < selE && selS < next && selE > ls {
			r.spans = t.spanXs(li, selS, selE, r.spans[:0])
			if selE > le && next > le && selS <= le {
				x := t.xOf(li, le)
				if line.rtl {
					r.spans = append(r.spans, [2]float32{x - m.spaceW, x})
				} else {
					r.spans = append(r.spans, [2]float32{x, x + m.spaceW})
				}
			}
			for _, sp := range r.spans {
				sel := r.sels.get()
				sel.FillColor = r.colors.selection
				sel.Move(fyne.NewPos(lay.left+sp[0], top+m.textTop-1))
				sel.Resize(fyne.NewSize(sp[1]-sp[0], bgH))
				sel.Refresh()
			}
		}
		// The text.
		for _, p := range t.piecesOf(li) {
			if p.text == "" {
				continue
			}
			tx := r.texts.get()
			tx.Text = p.text
			tx.Color = r.colors.fg
			tx.TextSize = m.textSize
			tx.Move(fyne.NewPos(lay.left+p.x, top+m.textTop))
			tx.Resize(fyne.NewSize(p.w, m.textHeight))
			tx.Refresh()
		}
		// Underlines, on top of the text.
		for _, hi := range hs {
			h := &t.highlights[hi]
			if h.End <= ls || h.Start >= max(le, ls+1) {
				continue
			}
			st := atStyleOf(h.Kind)
			kc := r.colors.of(h.Kind)
			// Below the descenders, one track per overlapping highlight.
			base := top + m.textTop + m.textHeight - 1 + float32(h.track)*3.5
			// A claim's bracket ticks go only where it starts and ends.
			pattern := st.pattern
			if pattern == atBracket && (h.Start < ls || h.End > le) {
				pattern = atSolid
			}
			markH := atMarkHeight(pattern)
			y := base
			if pattern == atBracket {
				y = base + 3 - markH
			}
			r.spans = t.spanXs(li, h.Start, h.End, r.spans[:0])
			for _, sp := range r.spans {
				mk := r.marks.get()
				mk.set(pattern, kc.line)
				mk.r.Move(fyne.NewPos(lay.left+sp[0], y))
				mk.r.Resize(fyne.NewSize(sp[1]-sp[0], markH))
			}
		}
	}
	// The caret.
	if t.focused && selS == selE {
		li := lay.lineOf(selS)
		if li >= first && li <= last {
			c := r.carets.get()
			c.FillColor = r.colors.caret
			x := lay.left + t.xOf(li, selS)
			c.Move(fyne.NewPos(x-1, lay.lineTop(li)+m.textTop))
			c.Resize(fyne.NewSize(2, m.textHeight))
			c.Refresh()
		}
	}
	r.objects = r.bgs.appendUsed(r.objects)
	r.objects = r.sels.appendUsed(r.objects)
	r.objects = r.texts.appendUsed(r.objects)
	r.objects = r.marks.appendUsed(r.objects)
	r.objects = r.carets.appendUsed(r.objects)
}

// atRenderer lays out an AnnotatedText: the scroll container with the
// surface, and the hover tooltip above it.
type atRenderer struct {
	t       *AnnotatedText
	tipBg   *canvas.Rectangle
	tipText *canvas.Text
}

func atNewTooltip() (*canvas.Rectangle, *canvas.Text) {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 4
	bg.StrokeWidth = 1
	bg.Hide()
	tx := canvas.NewText("", color.Black)
	tx.Hide()
	return bg, tx
}

func (r *atRenderer) Destroy() {}

func (r *atRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.t.scroll, r.tipBg, r.tipText}
}

func (r *atRenderer) MinSize() fyne.Size {
	th := r.t.Theme()
	size := th.Size(theme.SizeNameText)
	return fyne.NewSize(12*size, 4*size)
}

func (r *atRenderer) Layout(size fyne.Size) {
	t := r.t
	wasValid, oldH := t.lay.valid, t.lay.contentHeight()
	t.relayout(size.Width)
	t.scroll.Move(fyne.Position{})
	if t.scroll.Size() != size {
		t.scroll.Resize(size)
	} else if !wasValid || oldH != t.lay.contentHeight() {
		t.scroll.Refresh()
	}
	if !wasValid {
		t.surface.Refresh()
	}
	if t.pendingTo >= 0 && t.lay.valid {
		t.ScrollTo(t.pendingTo)
	}
	r.layoutTooltip(size)
}

func (r *atRenderer) Refresh() {
	t := r.t
	if size := t.Size(); size.Width > 0 {
		r.Layout(size)
	}
	t.surface.Refresh()
	t.refreshTooltip()
}

func (r *atRenderer) layoutTooltip(size fyne.Size) {
	t := r.t
	if t.hover < 0 || t.hover >= len(t.highlights) || t.dragging {
		r.tipBg.Hide()
		r.tipText.Hide()
		return
	}
	h := t.highlights[t.hover]
	label := h.Label
	if title := atStyleOf(h.Kind).title; label == "" {
		label = title
	}
	th := t.Theme()
	c := atReadColors(th)
	pad := th.Size(theme.SizeNameInnerPadding)
	ts := th.Size(theme.SizeNameCaptionText)
	r.tipText.Text = label
	r.tipText.TextSize = ts
	r.tipText.Color = c.fg
	r.tipBg.FillColor = c.tipBg
	r.tipBg.StrokeColor = c.of(h.Kind).line
	tsz := fyne.MeasureText(label, ts, fyne.TextStyle{})
	box := fyne.NewSize(tsz.Width+2*pad, tsz.Height+pad)
	// Below and right of the pointer, kept inside the view.
	p := t.hoverAt.Subtract(t.scroll.Offset).Add(fyne.NewPos(12, 20))
	if p.X+box.Width > size.Width {
		p.X = max(0, size.Width-box.Width)
	}
	if p.Y+box.Height > size.Height {
		p.Y = max(0, p.Y-box.Height-28)
	}
	r.tipBg.Move(p)
	r.tipBg.Resize(box)
	r.tipText.Move(p.Add(fyne.NewPos(pad, pad/2)))
	r.tipText.Resize(tsz)
	r.tipBg.Show()
	r.tipText.Show()
	r.tipBg.Refresh()
	r.tipText.Refresh()
}

// Legend returns a small legend of the highlight kinds, each with its
// background and underline, for placing beside the view.
func (a *AnnotatedText) Legend() fyne.CanvasObject {
	th := a.Theme()
	fg := th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
	size := th.Size(theme.SizeNameCaptionText)
	items := make([]fyne.CanvasObject, 0, len(HighlightKinds))
	for _, k := range HighlightKinds {
		sw := &atSwatch{kind: k}
		sw.ExtendBaseWidget(sw)
		l := canvas.NewText(atStyleOf(k).title, fg)
		l.TextSize = size
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(th.Size(theme.SizeNamePadding), 1))
		items = append(items, container.NewHBox(sw, l, gap))
	}
	return container.NewHBox(items...)
}

// atSwatch is a legend sample: a word-sized background with the kind's
// underline.
type atSwatch struct {
	widget.BaseWidget
	kind string
}

// CreateRenderer links the swatch to its renderer.
func (s *atSwatch) CreateRenderer() fyne.WidgetRenderer {
	r := &atSwatchRenderer{s: s, bg: canvas.NewRectangle(color.Transparent), mark: newATMark()}
	r.bg.CornerRadius = 2
	r.Refresh()
	return r
}

type atSwatchRenderer struct {
	s    *atSwatch
	bg   *canvas.Rectangle
	mark *atMark
}

func (r *atSwatchRenderer) Destroy() {}
func (r *atSwatchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.mark.r}
}
func (r *atSwatchRenderer) MinSize() fyne.Size { return fyne.NewSize(24, 20) }
func (r *atSwatchRenderer) Layout(size fyne.Size) {
	h := float32(13)
	y := (size.Height - h) / 2
	r.bg.Move(fyne.NewPos(0, y))
	r.bg.Resize(fyne.NewSize(size.Width, h))
	st := atStyleOf(r.s.kind)
	mh := atMarkHeight(st.pattern)
	r.mark.r.Move(fyne.NewPos(0, y+h-mh+2))
	r.mark.r.Resize(fyne.NewSize(size.Width, mh))
}
func (r *atSwatchRenderer) Refresh() {
	c := atReadColors(r.s.Theme())
	kc := c.of(r.s.kind)
	r.bg.FillColor = kc.bg
	r.mark.set(atStyleOf(r.s.kind).pattern, kc.line)
	r.bg.Refresh()
	r.Layout(r.s.Size())
}
