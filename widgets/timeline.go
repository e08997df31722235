package widgets

import (
	"cmp"
	"image/color"
	"math"
	"slices"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app/timelinelayout"
)

// TimelineItem is one event as the timeline draws it. Earliest and Latest
// bound the event's fuzzy date (equal, or within a day, for a known day);
// Approximate ("~") and Uncertain ("?") are the EDTF qualifiers; Key marks a
// key event, drawn larger with a bold label.
type TimelineItem struct {
	ID, Title                   string
	Earliest, Latest            time.Time
	Approximate, Uncertain, Key bool
}

// Zoom limits of the timeline: the visible span stays between one day
// and three thousand years.
const (
	timelineMinSpan  = daySecs
	timelineMaxSpan  = 3000 * 365.25 * daySecs
	timelineZoomStep = 1.5
)

// Timeline is a horizontal strip of a case's events above a time axis. A
// day is a dot; a month, year or decade a bar as wide as its uncertainty
// (earliest to latest). Approximate dates are drawn hollow, uncertain ones
// with a dashed outline; key events larger, with bold labels. Every event
// gets its own mark, in a lane where nothing else lies, with its label where
// there is room; events whose marks would overlap at the current zoom, or
// that find no free lane, are drawn as a count marker that says how many
// are there, lists them when the pointer rests on it, and comes apart as
// the user zooms in (events on one day spread across the day); tapping it
// zooms to its events.
//
// Zoom with ZoomIn, ZoomOut and FitAll (NewTimelineView puts them in a
// toolbar), with the mouse wheel about the pointer, or with + and - from
// the keyboard; drag, the horizontal wheel or Shift with the wheel pan. The
// strip takes the focus when tapped (or by Tab): Left and Right move the
// selection to the previous and next event, Home and End to the first and
// last, 0 fits all.
type Timeline struct {
	widget.BaseWidget

	// OnSelected is called with an event's id when the user taps it.
	OnSelected func(id string)

	items    []TimelineItem // sorted by midpoint
	keys     []tlSortKey
	spans    []tlSpan
	labels   []tlLabel
	index    map[string]int
	selected int // index into items, or -1

	start, end float64 // visible range, seconds since the epoch
	follow     bool    // the view fits the items until the user zooms or pans
	minT, maxT float64 // range of all items

	hover    fyne.Position // the pointer, while hovering
	hovering bool
	pinned   bool // a tap opened the list of a count that cannot come apart
	focused  bool

	r *timelineRenderer
}

type tlSortKey struct {
	mid, width float64
	i          int
}

type tlLabel struct {
	text  string
	width float32 // 0 until measured
	size  float32 // text size the width was measured at
}

// NewTimeline returns an empty timeline; give it events with SetItems.
func NewTimeline() *Timeline {
	t := &Timeline{selected: -1, follow: true, index: map[string]int{}}
	t.ExtendBaseWidget(t)
	return t
}

// SetItems replaces the events shown. The selection is kept if its event is
// still there. If the user has not zoomed or panned, the view fits all.
func (t *Timeline) SetItems(items []TimelineItem) {
	selID := ""
	if t.selected >= 0 {
		selID = t.items[t.selected].ID
	}
	// Sort by midpoint, then width, then input order, on precomputed keys:
	// moving whole items about in a stable sort is the slow way.
	keys := t.keys[:0]
	for i, it := range items {
		lo, hi := unixSeconds(it.Earliest), unixSeconds(it.Latest)
		if hi < lo {
			lo, hi = hi, lo
		}
		keys = append(keys, tlSortKey{mid: (lo + hi) / 2, width: hi - lo, i: i})
	}
	slices.SortFunc(keys, func(a, b tlSortKey) int {
		switch {
		case a.mid != b.mid:
			return cmp.Compare(a.mid, b.mid)
		case a.width != b.width:
			return cmp.Compare(a.width, b.width)
		}
		return a.i - b.i
	})
	t.keys = keys
	t.items = t.items[:0]
	for _, k := range keys {
		it := items[k.i]
		if it.Latest.Before(it.Earliest) {
			it.Earliest, it.Latest = it.Latest, it.Earliest
		}
		t.items = append(t.items, it)
	}
	t.spans = t.spans[:0]
	t.labels = t.labels[:0]
	clear(t.index)
	t.selected = -1
	t.minT, t.maxT = math.Inf(1), math.Inf(-1)
	for i, it := range t.items {
		lo, hi := unixSeconds(it.Earliest), unixSeconds(it.Latest)
		t.spans = append(t.spans, tlSpan{lo: lo, hi: hi, key: it.Key, day: hi-lo <= daySecs, frac: 0.5})
		t.labels = append(t.labels, tlLabel{text: truncateLabel(it.Title, 36)})
		t.index[it.ID] = i
		// Open ends (edtf's MinTime and MaxTime) do not stretch the fit.
		for _, v := range [2]float64{lo, hi} {
			if math.Abs(v) < openEnd {
				t.minT, t.maxT = math.Min(t.minT, v), math.Max(t.maxT, v)
			}
		}
		if it.ID == selID && selID != "" {
			t.selected = i
		}
	}
	spreadDays(t.spans)
	if t.minT > t.maxT { // only open ends
		t.minT, t.maxT = 0, 0
	}
	if t.follow {
		t.fitRange()
	}
	t.Refresh()
}

// spreadDays spreads the dots of events on the same day evenly across the
// day (they are sorted, so such events are neighbours).
func spreadDays(spans []tlSpan) {
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && spans[i].day && spans[j].day && spans[j].lo == spans[i].lo && spans[j].hi == spans[i].hi {
			j++
		}
		for k := i; k < j; k++ {
			spans[k].frac = (float64(k-i) + 0.5) / float64(j-i)
		}
		i = j
	}
}

// openEnd is how far from 1970, in seconds (some 20,000 years), an end is
// taken for an open one rather than a date.
const openEnd = 20000 * 365.25 * daySecs

func truncateLabel(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Len returns the number of events given to SetItems.
func (t *Timeline) Len() int { return len(t.items) }

// Select highlights the event with the given id, as when the list beside
// the timeline selects it, and pans to it if it is out of view. It does not
// call OnSelected. An unknown or empty id clears the selection.
func (t *Timeline) Select(id string) {
	i, ok := t.index[id]
	if !ok || id == "" {
		i = -1
	}
	if i == t.selected {
		return
	}
	t.selected = i
	if i >= 0 {
		sp := t.spans[i]
		if sp.hi < t.start || sp.lo > t.end {
			w := t.end - t.start
			c := (sp.lo + sp.hi) / 2
			t.start, t.end = c-w/2, c+w/2
			t.follow = false
		}
	}
	t.Refresh()
}

// Selected returns the selected event's id, or "".
func (t *Timeline) Selected() string {
	if t.selected < 0 {
		return ""
	}
	return t.items[t.selected].ID
}

// View returns the visible time range.
func (t *Timeline) View() (from, to time.Time) {
	return fromSeconds(t.start), fromSeconds(t.end)
}

// SetView shows the range from..to (clamped to the zoom limits).
func (t *Timeline) SetView(from, to time.Time) {
	a, b := unixSeconds(from), unixSeconds(to)
	if b < a {
		a, b = b, a
	}
	t.setRange(a, b)
	t.follow = false
	t.Refresh()
}

// ZoomIn shows a third less time, about the centre.
func (t *Timeline) ZoomIn() { t.zoom(1/timelineZoomStep, 0.5) }

// ZoomOut shows half as much time again, about the centre.
func (t *Timeline) ZoomOut() { t.zoom(timelineZoomStep, 0.5) }

// FitAll shows every event, and keeps doing so as events change until the
// user zooms or pans.
func (t *Timeline) FitAll() {
	t.follow = true
	t.fitRange()
	t.Refresh()
}

// fitPad is the room, in pixels, Fit all leaves at either end for a mark.
const fitPad = 16.0

// fitRange shows every event, from the first to the last.
func (t *Timeline) fitRange() {
	if len(t.spans) == 0 {
		now := float64(time.Now().Unix())
		t.setRange(now-365.25*daySecs, now)
		return
	}
	lo, hi := t.minT, t.maxT
	if hi-lo < timelineMinSpan/2 {
		t.setRange(lo-timelineMinSpan/2, hi+timelineMinSpan/2)
		return
	}
	width := float64(t.Size().Width)
	if width < 100 {
		pad := (hi - lo) * 0.05
		t.setRange(lo-pad, hi+pad*3)
		return
	}
	// Only the marks need room: labels near the right edge end at their
	// mark instead of starting there, so no years are left empty.
	left, right := fitPad, fitPad
	k := (width - left - right) / (hi - lo) // pixels per second
	t.setRange(lo-left/k, hi+right/k)
}

func (t *Timeline) setRange(a, b float64) {
	w := b - a
	c := (a + b) / 2
	w = math.Min(math.Max(w, timelineMinSpan), timelineMaxSpan)
	t.start, t.end = c-w/2, c+w/2
}

// MinSize is room for the axis and two lanes of events.
func (t *Timeline) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	return t.BaseWidget.MinSize()
}

// CreateRenderer is part of fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	r := &timelineRenderer{t: t, tickW: map[string]float64{}, counts: map[int]string{}}
	r.measure = r.measureTick
	r.params.labelWidth = r.labelWidth
	r.params.clusterWidth = r.clusterWidth
	r.axis = canvas.NewLine(color.Black)
	r.selBg = canvas.NewRectangle(color.Transparent)
	r.empty = canvas.NewText("No dated events", color.Black)
	r.tipBg = canvas.NewRectangle(color.Transparent)
	r.focusRing = canvas.NewRectangle(color.Transparent)
	t.r = r
	return r
}

// timelineRenderer draws from pools of canvas objects that grow to the
// largest frame seen and are reused: a frame costs the grouping pass over
// the events plus work proportional to what is drawn.
type timelineRenderer struct {
	t       *Timeline
	layout  tlLayout
	params  tlParams
	ticks   []timelinelayout.Tick
	tickW   map[string]float64 // measured tick labels
	measure func(string) float64
	counts  map[int]string // count marker texts
	hits    []tlHit
	objects []fyne.CanvasObject

	axis  *canvas.Line
	selBg *canvas.Rectangle
	empty *canvas.Text

	tipBg     *canvas.Rectangle
	focusRing *canvas.Rectangle
	tip       []string
	tipTexts  objPool[*canvas.Text]

	lines   objPool[*canvas.Line]
	rects   objPool[*canvas.Rectangle]
	circles objPool[*canvas.Circle]
	dashes  objPool[*dashShape]
	texts   objPool[*canvas.Text]

	// per-frame theme values
	fg, muted, primary, sep, button, bg, selCol color.Color
	textSize, pad, width                        float32
	digitW, textH                               float32
	measuredAt                                  float32
}

type tlHit struct {
	node          int
	marker, label fyne.Position // top-left
	markerSize    fyne.Size
	labelSize     fyne.Size
}

// objPool hands out reusable canvas objects; used counts those in this frame.
type objPool[T any] struct {
	all  []T
	used int
}

func (p *objPool[T]) reset() { p.used = 0 }

func (p *objPool[T]) get(mk func() T) T {
	if p.used == len(p.all) {
		p.all = append(p.all, mk())
	}
	o := p.all[p.used]
	p.used++
	return o
}

func (r *timelineRenderer) Destroy() {}

func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *timelineRenderer) MinSize() fyne.Size {
	r.readTheme()
	laneH, axisH := r.metrics()
	return fyne.NewSize(200, axisH+2*laneH+r.pad)
}

func (r *timelineRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *timelineRenderer) readTheme() {
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.fg = th.Color(theme.ColorNameForeground, v)
	r.sep = th.Color(theme.ColorNameSeparator, v)
	r.button = th.Color(theme.ColorNameButton, v)
	r.bg = th.Color(theme.ColorNameBackground, v)
	// The axis and the marks carry meaning: they stand out 3:1.
	r.muted = Legible(th.Color(theme.ColorNameDisabled, v), r.bg, r.fg, MarkContrast)
	r.primary = Legible(th.Color(theme.ColorNamePrimary, v), r.bg, r.fg, MarkContrast)
	r.selCol = th.Color(theme.ColorNameSelection, v)
	r.textSize = th.Size(theme.SizeNameCaptionText)
	r.pad = th.Size(theme.SizeNamePadding)
	if r.measuredAt != r.textSize {
		r.measuredAt = r.textSize
		clear(r.tickW)
		d := fyne.MeasureText("0000000000", r.textSize, fyne.TextStyle{Bold: true})
		r.digitW = d.Width / 10
		r.textH = d.Height
	}
}

// metrics returns a lane's height and the axis's.
func (r *timelineRenderer) metrics() (laneH, axisH float32) {
	return markerRow + r.textH + r.pad, r.pad + tickLen + r.textH + r.pad
}

const (
	markerRow = 16 // height of the marker row in a lane
	dotR      = 4.5
	keyDotR   = 6.5
	barH      = 8
	minBarW   = 8
	keyBarH   = 12
	tickLen   = 5
)

// measureTick returns a tick label's width, remembering it.
func (r *timelineRenderer) measureTick(s string) float64 {
	if w, ok := r.tickW[s]; ok {
		return w
	}
	if len(r.tickW) > 4096 {
		clear(r.tickW)
	}
	w := float64(fyne.MeasureText(s, r.textSize, fyne.TextStyle{}).Width)
	r.tickW[s] = w
	return w
}

func (r *timelineRenderer) labelWidth(i int) float64 {
	l := &r.t.labels[i]
	if l.width == 0 || l.size != r.textSize {
		l.width = fyne.MeasureText(l.text, r.textSize, fyne.TextStyle{Bold: r.t.spans[i].key}).Width
		l.size = r.textSize
	}
	return float64(l.width)
}

func (r *timelineRenderer) clusterWidth(n int) float64 {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return float64(float32(d)*r.digitW + 3*r.pad)
}

func (r *timelineRenderer) Layout(size fyne.Size) {
	t := r.t
	if t.follow {
		t.fitRange()
	}
	r.readTheme()
	r.lines.reset()
	r.rects.reset()
	r.circles.reset()
	r.dashes.reset()
	r.texts.reset()
	r.hits = r.hits[:0]
	r.objects = r.objects[:0]
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	r.width = size.Width
	laneH, axisH := r.metrics()
	axisY := size.Height - axisH
	lanes := max(int((axisY-r.pad)/laneH), 1)
	sc := tlScale{start: t.start, end: t.end, width: float64(size.Width)}

	// Grid and axis.
	cfg := timelinelayout.Config{
		From: t.start / daySecs, To: t.end / daySecs, Width: float64(size.Width),
		Measure: r.measure, LabelGap: float64(4 * r.pad),
	}
	r.ticks = timelinelayout.Ticks(cfg)
	for _, tk := range r.ticks {
		x := float32(math.Round(tk.X))
		g := r.lines.get(newLine)
		setLine(g, r.sep, 1, fyne.NewPos(x, 0), fyne.NewPos(x, axisY))
		m := r.lines.get(newLine)
		setLine(m, r.muted, 1, fyne.NewPos(x, axisY), fyne.NewPos(x, axisY+tickLen))
		lbl := r.texts.get(newText)
		setText(lbl, tk.Label, r.fg, r.textSize, false)
		x0 := timelinelayout.TickBox(tk, r.measure(tk.Label), cfg)
		lbl.Move(fyne.NewPos(float32(x0), axisY+tickLen+1))
	}
	setLine(r.axis, r.muted, 1, fyne.NewPos(0, axisY), fyne.NewPos(size.Width, axisY))

	if len(t.spans) == 0 {
		setText(r.empty, "No dated events", Legible(r.muted, r.bg, r.fg, TextContrast), r.textSize, false)
		r.empty.Move(fyne.NewPos(r.pad, axisY-r.textH-r.pad))
		r.collect(false, true)
		r.drawFocus(size)
		return
	}

	p := &r.params
	p.lanes = lanes
	p.gap = 10
	p.dotGap = r.clusterWidth(100) + float64(3*r.pad) // count markers side by side
	p.pointWidth = 10
	p.minBar = minBarW
	p.maxStack = lanes
	p.markerPad = keyDotR
	p.labelPad = float64(r.pad * 2)
	r.layout.layoutTimeline(t.spans, sc, *p)

	showSel := false
	for ni := range r.layout.nodes {
		n := &r.layout.nodes[ni]
		if n.lane < 0 {
			continue // hidden in an overflow count
		}
		laneTop := float32(math.Round(float64(axisY - float32(n.lane+1)*laneH)))
		cy := laneTop + markerRow/2
		var h tlHit
		h.node = ni
		selected := t.selected >= 0 && (n.item == t.selected || (n.item < 0 && r.groupHas(n, t.selected)))
		if n.item < 0 {
			r.drawCluster(n, cy, &h, selected)
		} else {
			r.drawEvent(n, cy, &h)
		}
		if selected {
			showSel = true
			r.highlight(n, &h, sc, laneTop, laneH)
		}
		r.hits = append(r.hits, h)
	}
	r.collect(showSel, false)
	r.drawTip(size)
	r.drawFocus(size)
}

// highlight puts the selection's background behind the selected event's
// own mark and label; for an event inside a count, behind the stretch of
// the strip the event itself covers, in the count's lane.
func (r *timelineRenderer) highlight(n *tlNode, h *tlHit, sc tlScale, laneTop, laneH float32) {
	var x0, x1 float32
	if n.item >= 0 {
		x0 = min(h.marker.X, h.label.X)
		x1 = max(h.marker.X+h.markerSize.Width, h.label.X+h.labelSize.Width)
		if h.labelSize.Width == 0 {
			x0, x1 = h.marker.X, h.marker.X+h.markerSize.Width
		}
	} else {
		sp := &r.t.spans[r.t.selected]
		k := sc.perSecond()
		a, b := (sp.lo-sc.start)*k, (sp.hi-sc.start)*k
		if sp.day || b-a < minBarW {
			m := float32(sp.dotX(a, b))
			if !sp.day {
				m = float32((a + b) / 2)
			}
			x0, x1 = m-dotR, m+dotR
		} else {
			x0, x1 = clipSpan(float32(a), float32(b), r.width)
		}
	}
	r.selBg.FillColor = r.selCol
	r.selBg.CornerRadius = 4
	r.selBg.Move(fyne.NewPos(x0-3, laneTop))
	r.selBg.Resize(fyne.NewSize(x1-x0+6, laneH-r.pad/2))
	r.selBg.Refresh()
}

func (r *timelineRenderer) collect(sel, empty bool) {
	if sel {
		r.objects = append(r.objects, r.selBg)
	}
	for _, o := range r.lines.all[:r.lines.used] {
		r.objects = append(r.objects, o)
	}
	r.objects = append(r.objects, r.axis)
	if empty {
		r.objects = append(r.objects, r.empty)
	}
	for _, o := range r.rects.all[:r.rects.used] {
		r.objects = append(r.objects, o)
	}
	for _, o := range r.dashes.all[:r.dashes.used] {
		r.objects = append(r.objects, o.r)
	}
	for _, o := range r.circles.all[:r.circles.used] {
		r.objects = append(r.objects, o)
	}
	for _, o := range r.texts.all[:r.texts.used] {
		r.objects = append(r.objects, o)
	}
}

func (r *timelineRenderer) groupHas(n *tlNode, item int) bool {
	return slices.Contains(r.layout.members[n.first:n.first+n.count], item)
}

func (r *timelineRenderer) drawEvent(n *tlNode, cy float32, h *tlHit) {
	it := &r.t.items[n.item]
	x0, x1 := float32(math.Round(n.x0)), float32(math.Round(n.x1)) // whole pixels draw crisp
	hollow := it.Approximate
	fill := r.primary
	if hollow {
		fill = color.Transparent
	}
	var pos fyne.Position
	var sz fyne.Size
	if n.bar {
		bh := float32(barH)
		if n.key {
			bh = keyBarH
		}
		x0, x1 = clipSpan(x0, x1, r.width)
		pos, sz = fyne.NewPos(x0, cy-bh/2), fyne.NewSize(max(x1-x0, minBarW), bh)
		if it.Uncertain {
			d := r.dashes.get(newDash)
			d.set(false, r.primary, hollow, r.bg)
			d.r.Move(pos)
			d.r.Resize(sz)
		} else {
			b := r.rects.get(newRect)
			setRect(b, fill, r.primary, 1.5, 3)
			b.Move(pos)
			b.Resize(sz)
		}
	} else {
		rad := float32(dotR)
		if n.key {
			rad = keyDotR
		}
		pos, sz = fyne.NewPos(x0-rad, cy-rad), fyne.NewSize(2*rad, 2*rad)
		if it.Uncertain {
			d := r.dashes.get(newDash)
			d.set(true, r.primary, hollow, r.bg)
			d.r.Move(pos)
			d.r.Resize(sz)
		} else {
			c := r.circles.get(newCircle)
			setCircle(c, fill, r.primary, 1.5)
			c.Move(pos)
			c.Resize(sz)
		}
	}
	h.marker, h.markerSize = pos, sz
	if it.Uncertain { // a "?" by the marker says what the dashes mean
		q := r.texts.get(newText)
		setText(q, "?", Legible(r.primary, r.bg, r.fg, TextContrast), r.textSize, true)
		q.Move(fyne.NewPos(pos.X+sz.Width+1, cy-r.textH/2-2))
	}
	if n.label {
		lw := r.labelWidth(n.item)
		la, _ := labelSpan(n, r.params, lw, n.flip)
		lbl := r.texts.get(newText)
		setText(lbl, r.t.labels[n.item].text, r.fg, r.textSize, n.key)
		lp := fyne.NewPos(float32(la), cy+markerRow/2)
		lbl.Move(lp)
		h.label = lp
		h.labelSize = fyne.NewSize(float32(lw), r.textH)
	}
}

func (r *timelineRenderer) drawCluster(n *tlNode, cy float32, h *tlHit, selected bool) {
	w := float32(r.clusterWidth(n.count))
	ph := r.textH + 2
	var x float32
	stroke := r.primary
	if n.bar {
		x0, x1 := clipSpan(float32(n.x0), float32(n.x1), r.width)
		b := r.rects.get(newRect)
		setRect(b, r.selCol, r.primary, 1, 3)
		b.Move(fyne.NewPos(x0, cy-keyBarH/2))
		b.Resize(fyne.NewSize(max(x1-x0, minBarW), keyBarH))
		x = max(x0, 0)
		h.marker, h.markerSize = fyne.NewPos(x0, cy-ph/2), fyne.NewSize(max(x1-x0, w), ph)
	} else {
		x = float32(n.x0) - w/2
		h.marker, h.markerSize = fyne.NewPos(x, cy-ph/2), fyne.NewSize(w, ph)
	}
	sw := float32(1)
	if n.key || selected {
		sw = 2
	}
	pill := r.rects.get(newRect)
	setRect(pill, r.button, stroke, sw, ph/2)
	pill.Move(fyne.NewPos(x, cy-ph/2))
	pill.Resize(fyne.NewSize(w, ph))
	lbl := r.texts.get(newText)
	cs, ok := r.counts[n.count]
	if !ok {
		cs = countString(n.count)
		r.counts[n.count] = cs
	}
	setTextAligned(lbl, cs, r.fg, r.textSize, n.key, fyne.TextAlignCenter)
	lbl.Move(fyne.NewPos(x, cy-r.textH/2))
	lbl.Resize(fyne.NewSize(w, r.textH))
}

// clipSpan keeps a bar's ends just outside the strip, so that a decade at
// a zoom of days, or an open end, does not become a canvas object millions
// of pixels wide.
func clipSpan(x0, x1, width float32) (float32, float32) {
	const out = 12
	return max(x0, -out), min(x1, width+out)
}

func countString(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

func (r *timelineRenderer) hitTest(p fyne.Position) *tlNode {
	best, bestD := -1, float32(7) // pixels of slack around a marker
	for _, h := range r.hits {
		d := rectDist(p, h.marker, h.markerSize)
		if h.labelSize.Width > 0 {
			d = min(d, rectDist(p, h.label, h.labelSize))
		}
		if d < bestD || (d == bestD && best >= 0 && r.layout.nodes[h.node].key) {
			best, bestD = h.node, d
		}
	}
	if best < 0 {
		return nil
	}
	return &r.layout.nodes[best]
}

func rectDist(p, pos fyne.Position, s fyne.Size) float32 {
	dx := max(pos.X-p.X, 0, p.X-(pos.X+s.Width))
	dy := max(pos.Y-p.Y, 0, p.Y-(pos.Y+s.Height))
	return float32(math.Hypot(float64(dx), float64(dy)))
}

func newLine() *canvas.Line       { return canvas.NewLine(color.Transparent) }
func newRect() *canvas.Rectangle  { return canvas.NewRectangle(color.Transparent) }
func newCircle() *canvas.Circle   { return canvas.NewCircle(color.Transparent) }
func newText() *canvas.Text       { return canvas.NewText("", color.Transparent) }
func newPolygon() *canvas.Polygon { return canvas.NewPolygon(4, color.Transparent) }
func newDash() *dashShape         { return newDashShape() }

// The setters below refresh an object only when its look changes, so that a
// pan or zoom costs moves and resizes but no re-rendering of text.

func setLine(l *canvas.Line, c color.Color, w float32, a, b fyne.Position) {
	if l.StrokeColor != c || l.StrokeWidth != w {
		l.StrokeColor, l.StrokeWidth = c, w
		l.Refresh()
	}
	if l.Position1 != a || l.Position2 != b {
		l.Position1, l.Position2 = a, b
		l.Refresh()
	}
}

func setText(t *canvas.Text, s string, c color.Color, size float32, bold bool) {
	setTextAligned(t, s, c, size, bold, fyne.TextAlignLeading)
}

func setTextAligned(t *canvas.Text, s string, c color.Color, size float32, bold bool, a fyne.TextAlign) {
	if t.Text == s && t.Color == c && t.TextSize == size && t.TextStyle.Bold == bold && t.Alignment == a {
		return
	}
	t.Text, t.Color, t.TextSize, t.Alignment = s, c, size, a
	t.TextStyle.Bold = bold
	if a == fyne.TextAlignLeading {
		t.Resize(t.MinSize())
	}
	t.Refresh()
}

func setRect(r *canvas.Rectangle, fill, stroke color.Color, sw, radius float32) {
	if r.FillColor == fill && r.StrokeColor == stroke && r.StrokeWidth == sw && r.CornerRadius == radius {
		return
	}
	r.FillColor, r.StrokeColor, r.StrokeWidth, r.CornerRadius = fill, stroke, sw, radius
	r.Refresh()
}

func setCircle(c *canvas.Circle, fill, stroke color.Color, sw float32) {
	if c.FillColor == fill && c.StrokeColor == stroke && c.StrokeWidth == sw {
		return
	}
	c.FillColor, c.StrokeColor, c.StrokeWidth = fill, stroke, sw
	c.Refresh()
}
