package widgets

import (
	"math"
	"slices"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"casefile/app/anchor"
)

// The kinds of Highlight. Each is drawn with its own background colour and
// its own underline, so that the kinds can be told apart without colour.
const (
	HighlightEvent        = "event"        // solid underline
	HighlightPerson       = "person"       // double underline
	HighlightOrganization = "organization" // dashed underline
	HighlightClaim        = "claim"        // underline with end ticks, like a bracket
	HighlightNote         = "note"         // dash-dot underline
	HighlightSuggestion   = "suggestion"   // faint dotted underline, faint background
)

// HighlightKinds lists the kinds of Highlight in the order the legend
// shows them.
var HighlightKinds = []string{
	HighlightEvent, HighlightPerson, HighlightOrganization,
	HighlightClaim, HighlightNote, HighlightSuggestion,
}

// Highlight marks a span of an AnnotatedText's text: what an item of the
// case cites, a note, or a suggestion.
type Highlight struct {
	Start, End int    // code points, End exclusive
	Kind       string // one of the Highlight* kinds; another draws as a plain grey underline
	Label      string // what it links to, shown on hover ("Person: Massoud Rajavi")
	ID         string // the caller's id for the item, annotation or suggestion
}

// AnnotatedText is a read-only reading view of a source's text, for
// annotating it: the text wrapped at a comfortable line length, highlights
// drawn under it, and a selection the user makes with the mouse or the
// keyboard.
//
// Mouse: drag to select (Shift+click or Shift+drag extends), double-click
// selects a word (a number such as "3,000" counts as one), click a
// highlight to open it, hover a highlight to see its label. Keyboard (once
// focused by a click, or by Tab): arrows move the caret, Shift+arrows,
// Shift+Home/End and Ctrl+Shift+Left/Right extend the selection, Ctrl+A
// selects all, Ctrl+C copies, Escape collapses the selection.
//
// Offsets count code points, like the anchors of app.Quote, and the
// selection never splits a user-perceived character (a letter from its
// accents, an emoji sequence). Lines are laid out lazily: only the visible
// lines are measured and drawn, so 200 KB of text scrolls smoothly. Text in
// right-to-left scripts is shown right-aligned, each bidi run in its own
// direction; the caret keys move in logical (stored) order.
type AnnotatedText struct {
	widget.BaseWidget

	// OnSelectionChanged is called when the user changes the selection:
	// after a drag, a double-click, a click, a key. start and end are
	// code points (start ≤ end); text is the selected text. An empty
	// selection (start == end) means nothing is selected.
	OnSelectionChanged func(start, end int, text string)
	// OnHighlightTapped is called when the user clicks a highlight; where
	// highlights overlap, the shortest one under the pointer.
	OnHighlightTapped func(h Highlight)
	// OnHover is called when the highlight under the pointer changes: with
	// the highlight, or with nil when the pointer leaves all highlights.
	// The view shows the highlight's label in a tooltip either way.
	OnHover func(h *Highlight)

	text       []rune
	highlights []atHighlight // sorted by start, longer first
	anchorOff  int           // the selection's fixed end
	caretOff   int           // the selection's moving end
	goalX      float32       // x kept across Up/Down, NaN when unset
	focused    bool
	shiftKey   // whether a Shift key is down (desktop.Keyable)

	pressShift bool // Shift was held at the last mouse press
	dragging   bool
	dragBefore [2]int // the selection when the drag began
	hover      int    // index into highlights under the pointer, or -1
	hoverAt    fyne.Position
	pendingTo  int // offset to scroll to once laid out, or -1

	// OnScrolled, when set, is called after the text scrolled: by the
	// wheel, the scroll bar, the keys or ScrollTo and ScrollBy (a bar over
	// the text can follow its selection).
	OnScrolled func()

	lay      atLayout
	scroll   *container.Scroll
	surface  *atSurface
	renderer *atRenderer
}

// atHighlight is a highlight with the underline track it is drawn on, so
// that overlapping highlights keep their underlines apart.
type atHighlight struct {
	Highlight
	track int
}

// atMaxTracks is how many underlines stack under overlapping highlights.
const atMaxTracks = 2

// NewAnnotatedText returns a view of text.
func NewAnnotatedText(text string) *AnnotatedText {
	a := &AnnotatedText{hover: -1, pendingTo: -1, goalX: float32(math.NaN())}
	a.lay.reset()
	a.text = []rune(text)
	a.surface = &atSurface{t: a}
	a.surface.ExtendBaseWidget(a.surface)
	a.scroll = container.NewVScroll(a.surface)
	a.scroll.OnScrolled = func(fyne.Position) {
		a.surface.ensureVisible()
		a.scrolled()
	}
	a.ExtendBaseWidget(a)
	return a
}

// SetText replaces the text. It clears the selection and the highlights
// (their offsets belonged to the old text: set them again, reanchored) and
// scrolls to the top.
func (a *AnnotatedText) SetText(text string) {
	a.text = []rune(text)
	a.highlights = nil
	a.anchorOff, a.caretOff = 0, 0
	a.hover = -1
	a.pendingTo = -1
	a.goalX = float32(math.NaN())
	a.lay.reset()
	a.scroll.Offset = fyne.Position{}
	a.Refresh()
}

// Text returns the text.
func (a *AnnotatedText) Text() string { return string(a.text) }

// Selection returns the selected span in code points, start ≤ end; equal
// when nothing is selected (then both are the caret's offset).
func (a *AnnotatedText) Selection() (start, end int) {
	return min(a.anchorOff, a.caretOff), max(a.anchorOff, a.caretOff)
}

// SelectedText returns the selected text, or "" when nothing is selected.
func (a *AnnotatedText) SelectedText() string {
	s, e := a.Selection()
	return string(a.text[s:e])
}

// SetSelection selects the code points [start, end), clamped to the text
// (reversed ends are swapped). It does not call OnSelectionChanged, nor
// scroll: call ScrollTo to show the selection.
func (a *AnnotatedText) SetSelection(start, end int) {
	n := len(a.text)
	start, end = max(0, min(start, n)), max(0, min(end, n))
	if end < start {
		start, end = end, start
	}
	a.anchorOff, a.caretOff = start, end
	a.goalX = float32(math.NaN())
	a.surface.Refresh()
}

// SetHighlights replaces the highlights. Spans are clamped to the text;
// empty ones (an orphaned quote) are not drawn.
func (a *AnnotatedText) SetHighlights(hs []Highlight) {
	n := len(a.text)
	a.highlights = a.highlights[:0]
	for _, h := range hs {
		h.Start, h.End = max(0, min(h.Start, n)), max(0, min(h.End, n))
		if h.Start < h.End {
			a.highlights = append(a.highlights, atHighlight{Highlight: h})
		}
	}
	slices.SortStableFunc(a.highlights, func(x, y atHighlight) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	// Greedy interval colouring: each highlight on the first track free
	// at its start.
	var trackEnd [atMaxTracks]int
	for i := range a.highlights {
		h := &a.highlights[i]
		h.track = atMaxTracks - 1
		for k := range trackEnd {
			if trackEnd[k] <= h.Start {
				h.track = k
				break
			}
		}
		trackEnd[h.track] = max(trackEnd[h.track], h.End)
	}
	a.hover = -1
	a.surface.Refresh()
	a.refreshTooltip()
}

// refreshTooltip shows, moves or hides the hover tooltip.
func (a *AnnotatedText) refreshTooltip() {
	if r := a.renderer; r != nil {
		r.layoutTooltip(a.Size())
		canvas.Refresh(r.tipBg)
		canvas.Refresh(r.tipText)
	}
}

// SelectionBounds returns the box, relative to the view's top-left corner,
// around the selected text on the selection's last line, and whether the
// selection is non-empty and that box is in view. It is where to put a
// SelectionActions bar: just below it.
func (a *AnnotatedText) SelectionBounds() (fyne.Position, fyne.Size, bool) {
	s, e := a.Selection()
	if s == e || !a.lay.valid || len(a.lay.lines) == 0 {
		return fyne.Position{}, fyne.Size{}, false
	}
	li := a.lay.lineOf(e)
	if li > 0 && e == int(a.lay.lines[li].start) && li > a.lay.lineOf(s) {
		li-- // ends at the start of a line: its last text is on the line before
	}
	xs := a.spanXs(li, s, e, nil)
	x0, x1 := a.xOf(li, e), a.xOf(li, e)
	for _, sp := range xs {
		x0, x1 = min(x0, sp[0]), max(x1, sp[1])
	}
	m := a.lay.m
	pos := fyne.NewPos(a.lay.left+x0, a.lay.lineTop(li)+m.textTop-1).Subtract(a.scroll.Offset)
	size := fyne.NewSize(x1-x0, m.textHeight+3)
	view := a.scroll.Size()
	return pos, size, pos.Y+size.Height > 0 && pos.Y < view.Height
}

// Highlights returns the highlights drawn, in order of their start.
func (a *AnnotatedText) Highlights() []Highlight {
	hs := make([]Highlight, len(a.highlights))
	for i, h := range a.highlights {
		hs[i] = h.Highlight
	}
	return hs
}

// ScrollTo scrolls the view so that the line holding the code point at
// offset is visible, a third of the way down when it has to move. Called
// before the view is first laid out (just after SetText, say), it scrolls
// once the view has a size.
func (a *AnnotatedText) ScrollTo(offset int) {
	if !a.lay.valid {
		a.relayout(a.Size().Width)
	}
	if !a.lay.valid || len(a.lay.lines) == 0 || a.scroll.Size().Height <= 0 {
		a.pendingTo = max(0, offset)
		return
	}
	a.pendingTo = -1
	i := a.lay.lineOf(max(0, min(offset, len(a.text))))
	top := a.lay.lineTop(i)
	view := a.scroll.Size().Height
	off := a.scroll.Offset.Y
	if top >= off && top+a.lay.m.lineHeight <= off+view {
		return
	}
	a.scrollToY(top - view/3)
}

// ScrollBy moves the text by dy (positive towards its start), as a mouse
// wheel does, and reports whether it moved.
func (a *AnnotatedText) ScrollBy(dy float32) bool {
	before := a.scroll.Offset.Y
	a.scrollToY(before - dy)
	return a.scroll.Offset.Y != before
}

func (a *AnnotatedText) scrollToY(y float32) {
	maxY := max(0, a.lay.contentHeight()-a.scroll.Size().Height)
	before := a.scroll.Offset
	a.scroll.ScrollToOffset(fyne.NewPos(0, max(0, min(y, maxY))))
	a.surface.ensureVisible()
	if a.scroll.Offset != before {
		a.scrolled()
	}
}

// scrolled tells OnScrolled.
func (a *AnnotatedText) scrolled() {
	if a.OnScrolled != nil {
		a.OnScrolled()
	}
}

// CreateRenderer is a private method to Fyne which links this widget to
// its renderer.
func (a *AnnotatedText) CreateRenderer() fyne.WidgetRenderer {
	a.ExtendBaseWidget(a)
	r := &atRenderer{t: a}
	r.tipBg, r.tipText = atNewTooltip()
	a.renderer = r
	return r
}

// relayout wraps the text for a surface of the given width when the width,
// the text or the theme changed since the last time.
func (a *AnnotatedText) relayout(width float32) {
	if width <= 0 {
		return
	}
	m := atReadMetrics(a.Theme())
	if a.lay.valid && a.lay.width == width && a.lay.m == m {
		return
	}
	// Keep the line at the top of the view at the top.
	topOff := -1
	if a.lay.valid && len(a.lay.lines) > 0 {
		topOff = int(a.lay.lines[a.lay.lineAtY(a.scroll.Offset.Y)].start)
	}
	if a.lay.m != m {
		a.lay.runeW = nil
	}
	a.lay.reset()
	a.lay.m = m
	a.lay.width = width
	a.lay.column = max(8*m.spaceW, min(m.maxColumn, width-2*m.padX-m.scrollBar))
	a.lay.left = max(m.padX, float32(math.Floor(float64((width-m.scrollBar-a.lay.column)/2))))
	a.lay.wrap(a.text)
	a.lay.valid = true
	if topOff >= 0 {
		a.scroll.Offset.Y = a.lay.lineTop(a.lay.lineOf(topOff)) - a.lay.m.padY
	}
}

// offsetAt returns the caret offset nearest p (in surface coordinates) and
// the code point under p, or -1.
func (a *AnnotatedText) offsetAt(p fyne.Position) (caret, under int) {
	if !a.lay.valid || len(a.lay.lines) == 0 {
		return 0, -1
	}
	if p.Y < a.lay.m.padY {
		return 0, -1
	}
	if p.Y >= a.lay.contentHeight()-a.lay.m.padY {
		return len(a.text), -1
	}
	i := a.lay.lineAtY(p.Y)
	return a.hit(i, p.X-a.lay.left)
}

// highlightAt returns the index of the shortest highlight holding the code
// point off, or -1.
func (a *AnnotatedText) highlightAt(off int) int {
	best := -1
	if off < 0 {
		return best
	}
	for i := range a.highlights {
		h := &a.highlights[i]
		if h.Start > off {
			break
		}
		if off < h.End && (best < 0 || h.End-h.Start < a.highlights[best].End-a.highlights[best].Start) {
			best = i
		}
	}
	return best
}

// changeSelection changes the selection and, when it changed and notify is set,
// tells OnSelectionChanged.
func (a *AnnotatedText) changeSelection(anchorOff, caretOff int, notify bool) {
	s0, e0 := a.Selection()
	a.anchorOff, a.caretOff = anchorOff, caretOff
	a.surface.Refresh()
	if s, e := a.Selection(); notify && (s != s0 || e != e0) {
		a.notify()
	}
}

func (a *AnnotatedText) notify() {
	if f := a.OnSelectionChanged; f != nil {
		s, e := a.Selection()
		f(s, e, string(a.text[s:e]))
	}
}

// snap moves off to the nearest character boundary at or before it.
func (a *AnnotatedText) snap(off int) int {
	off = max(0, min(off, len(a.text)))
	for !anchor.IsBoundary(a.text, off) {
		off--
	}
	return off
}

func (a *AnnotatedText) nextBoundary(off int) int {
	if off >= len(a.text) {
		return len(a.text)
	}
	off++
	for !anchor.IsBoundary(a.text, off) {
		off++
	}
	return off
}

func (a *AnnotatedText) prevBoundary(off int) int {
	if off <= 0 {
		return 0
	}
	off--
	for !anchor.IsBoundary(a.text, off) {
		off--
	}
	return off
}

// isWordRune reports whether r is part of a word for double-click and
// word-wise movement.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || anchorMark(r) ||
		r == '_' || r == '\'' || r == '’' || r == 0x200c || r == 0x200d
}

// inWord reports whether the code point at i belongs to a word: a word
// rune, or a '.' or ',' between digits ("3,000", "1.5").
func (a *AnnotatedText) inWord(i int) bool {
	if i < 0 || i >= len(a.text) {
		return false
	}
	r := a.text[i]
	if isWordRune(r) {
		return true
	}
	if r == '.' || r == ',' || r == '\u066b' || r == '\u066c' {
		return i > 0 && i+1 < len(a.text) && unicode.IsDigit(a.text[i-1]) && unicode.IsDigit(a.text[i+1])
	}
	return false
}

// wordAt returns the word holding the code point i, or that code point's
// character when it is not in a word.
func (a *AnnotatedText) wordAt(i int) (int, int) {
	if i < 0 || i >= len(a.text) {
		return i, i
	}
	if !a.inWord(i) {
		return anchor.ClusterSpan(a.text, i, i+1)
	}
	s, e := i, i+1
	for s > 0 && a.inWord(s-1) {
		s--
	}
	for e < len(a.text) && a.inWord(e) {
		e++
	}
	return anchor.ClusterSpan(a.text, s, e)
}

func (a *AnnotatedText) wordRight(off int) int {
	for off < len(a.text) && !a.inWord(off) {
		off++
	}
	for off < len(a.text) && a.inWord(off) {
		off++
	}
	return a.snap(off)
}

func (a *AnnotatedText) wordLeft(off int) int {
	for off > 0 && !a.inWord(off-1) {
		off--
	}
	for off > 0 && a.inWord(off-1) {
		off--
	}
	return a.snap(off)
}

// moveCaret moves the caret by a key, extending the selection when extend
// is set and collapsing it otherwise.
func (a *AnnotatedText) moveCaret(key fyne.KeyName, extend, word bool) bool {
	if !a.lay.valid || len(a.lay.lines) == 0 {
		return false
	}
	s, e := a.Selection()
	c := a.caretOff
	keepGoal := false
	switch key {
	case fyne.KeyLeft:
		switch {
		case word:
			c = a.wordLeft(c)
		case !extend && s != e:
			c = s
		default:
			c = a.prevBoundary(c)
		}
	case fyne.KeyRight:
		switch {
		case word:
			c = a.wordRight(c)
		case !extend && s != e:
			c = e
		default:
			c = a.nextBoundary(c)
		}
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyPageUp, fyne.KeyPageDown:
		i := a.lay.lineOf(c)
		if math.IsNaN(float64(a.goalX)) {
			a.goalX = a.xOf(i, c)
		}
		page := max(1, int(a.scroll.Size().Height/a.lay.m.lineHeight)-1)
		switch key {
		case fyne.KeyUp:
			i--
		case fyne.KeyDown:
			i++
		case fyne.KeyPageUp:
			i -= page
		case fyne.KeyPageDown:
			i += page
		}
		switch {
		case i < 0:
			c = 0
		case i >= len(a.lay.lines):
			c = len(a.text)
		default:
			c, _ = a.hit(i, a.goalX)
		}
		keepGoal = true
	case fyne.KeyHome:
		if word {
			c = 0
		} else {
			c = int(a.lay.lines[a.lay.lineOf(c)].start)
		}
	case fyne.KeyEnd:
		if word {
			c = len(a.text)
		} else {
			c = int(a.lay.lines[a.lay.lineOf(c)].end)
		}
	default:
		return false
	}
	if !keepGoal {
		a.goalX = float32(math.NaN())
	}
	if extend {
		a.changeSelection(a.anchorOff, c, true)
	} else {
		a.changeSelection(c, c, true)
	}
	a.ScrollTo(c)
	return true
}

// FocusGained is called when the view gains the keyboard focus.
func (a *AnnotatedText) FocusGained() {
	a.focused = true
	a.surface.Refresh()
}

// FocusLost is called when the view loses the keyboard focus.
func (a *AnnotatedText) FocusLost() {
	a.focused = false
	a.shift = false
	a.surface.Refresh()
}

// TypedRune ignores typed characters: the text is read-only.
func (a *AnnotatedText) TypedRune(rune) {}

// TypedKey moves the caret; with Shift held (see KeyDown) it extends the
// selection.
func (a *AnnotatedText) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		c := a.caretOff
		a.changeSelection(c, c, true)
		return
	}
	a.moveCaret(ev.Name, a.shift, false)
}

// TypedShortcut handles copy, select all, and the caret keys with Shift,
// Ctrl (Cmd on macOS) or both.
func (a *AnnotatedText) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		text := a.SelectedText()
		if text == "" {
			return
		}
		cb := sc.Clipboard
		if cb == nil && fyne.CurrentApp() != nil {
			cb = fyne.CurrentApp().Clipboard()
		}
		if cb != nil {
			cb.SetContent(text)
		}
	case *fyne.ShortcutSelectAll:
		a.changeSelection(0, len(a.text), true)
	case *desktop.CustomShortcut:
		word := sc.Modifier&(fyne.KeyModifierShortcutDefault|fyne.KeyModifierControl|fyne.KeyModifierAlt) != 0
		extend := sc.Modifier&fyne.KeyModifierShift != 0
		if a.moveCaret(sc.KeyName, extend, word) {
			return
		}
		a.forwardShortcut(s)
	default:
		a.forwardShortcut(s)
	}
}

// forwardShortcut passes a shortcut the view does not use to its window's
// canvas: Fyne gives shortcuts to the focused widget only, and the
// window's own shortcuts must keep working while the text has the focus.
func (a *AnnotatedText) forwardShortcut(s fyne.Shortcut) {
	if fyne.CurrentApp() == nil {
		return
	}
	if c, ok := fyne.CurrentApp().Driver().CanvasForObject(a).(fyne.Shortcutable); ok {
		c.TypedShortcut(s)
	}
}

// tapped handles a click at p (surface coordinates).
func (a *AnnotatedText) tapped(p fyne.Position) {
	a.requestFocus()
	c, under := a.offsetAt(p)
	if a.pressShift || a.shift {
		a.pressShift = false
		a.goalX = float32(math.NaN())
		a.changeSelection(a.anchorOff, c, true)
		return
	}
	a.goalX = float32(math.NaN())
	a.changeSelection(c, c, true)
	if h := a.highlightAt(under); h >= 0 && a.OnHighlightTapped != nil {
		a.OnHighlightTapped(a.highlights[h].Highlight)
	}
}

func (a *AnnotatedText) doubleTapped(p fyne.Position) {
	a.requestFocus()
	_, under := a.offsetAt(p)
	if under < 0 {
		return
	}
	s, e := a.wordAt(under)
	a.goalX = float32(math.NaN())
	a.changeSelection(s, e, true)
}

func (a *AnnotatedText) dragged(ev *fyne.DragEvent) {
	if !a.dragging {
		a.dragging = true
		a.requestFocus()
		a.dragBefore = [2]int{a.anchorOff, a.caretOff}
		if !(a.pressShift || a.shift) {
			from := ev.Position.Subtract(ev.Dragged)
			c, _ := a.offsetAt(fyne.NewPos(from.X, from.Y))
			a.anchorOff = c
		}
		a.pressShift = false
		a.refreshTooltip() // hidden while dragging
	}
	c, _ := a.offsetAt(ev.Position)
	a.caretOff = c
	a.goalX = float32(math.NaN())
	// Scroll when the pointer is dragged past the top or bottom.
	off, view := a.scroll.Offset.Y, a.scroll.Size().Height
	switch {
	case ev.Position.Y < off:
		a.scrollToY(ev.Position.Y)
	case ev.Position.Y > off+view:
		a.scrollToY(ev.Position.Y - view)
	}
	a.surface.Refresh()
}

func (a *AnnotatedText) dragEnd() {
	if !a.dragging {
		return
	}
	a.dragging = false
	a.refreshTooltip()
	s0, e0 := min(a.dragBefore[0], a.dragBefore[1]), max(a.dragBefore[0], a.dragBefore[1])
	if s, e := a.Selection(); s != s0 || e != e0 {
		a.notify()
	}
}

func (a *AnnotatedText) requestFocus() {
	if a.focused || fyne.CurrentApp() == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(a); c != nil {
		c.Focus(a)
	}
}

// hovered updates the highlight under the pointer at p (surface
// coordinates), or none when p is nil.
func (a *AnnotatedText) hovered(p *fyne.Position) {
	h := -1
	if p != nil {
		a.hoverAt = *p
		_, under := a.offsetAt(*p)
		h = a.highlightAt(under)
	}
	if h == a.hover {
		if h >= 0 {
			a.refreshTooltip() // it follows the pointer
		}
		return
	}
	a.hover = h
	a.refreshTooltip()
	if a.OnHover != nil {
		if h < 0 {
			a.OnHover(nil)
		} else {
			hl := a.highlights[h].Highlight
			a.OnHover(&hl)
		}
	}
}

// atSurface is the scrolled content of an AnnotatedText: as tall as all
// its lines, it draws only those in view and takes the pointer events.
type atSurface struct {
	widget.BaseWidget
	t        *AnnotatedText
	renderer *atSurfaceRenderer
}

// CreateRenderer links the surface to its renderer.
func (s *atSurface) CreateRenderer() fyne.WidgetRenderer {
	s.renderer = &atSurfaceRenderer{s: s}
	return s.renderer
}

// ensureVisible draws the lines now in view if they are not drawn yet.
func (s *atSurface) ensureVisible() {
	if s.renderer != nil && s.renderer.needsRebuild() {
		s.Refresh()
	}
}

// Tapped puts the caret at the click, or extends the selection with Shift,
// and opens a highlight clicked.
func (s *atSurface) Tapped(ev *fyne.PointEvent) { s.t.tapped(ev.Position) }

// DoubleTapped selects the word clicked.
func (s *atSurface) DoubleTapped(ev *fyne.PointEvent) { s.t.doubleTapped(ev.Position) }

// Dragged selects from where the drag began to the pointer.
func (s *atSurface) Dragged(ev *fyne.DragEvent) { s.t.dragged(ev) }

// DragEnd reports the selection made by the drag.
func (s *atSurface) DragEnd() { s.t.dragEnd() }

// Cursor is the text cursor.
func (s *atSurface) Cursor() desktop.Cursor { return desktop.TextCursor }

// MouseIn starts tracking the highlight under the pointer.
func (s *atSurface) MouseIn(ev *desktop.MouseEvent) { s.t.hovered(&ev.Position) }

// MouseMoved tracks the highlight under the pointer.
func (s *atSurface) MouseMoved(ev *desktop.MouseEvent) {
	if !s.t.dragging {
		s.t.hovered(&ev.Position)
	}
}

// MouseOut hides the tooltip.
func (s *atSurface) MouseOut() { s.t.hovered(nil) }

// MouseDown notes whether Shift is held, for Shift+click and Shift+drag.
func (s *atSurface) MouseDown(ev *desktop.MouseEvent) {
	s.t.pressShift = ev.Modifier&fyne.KeyModifierShift != 0
}

// MouseUp does nothing; Tapped and DragEnd follow it.
func (s *atSurface) MouseUp(*desktop.MouseEvent) {}
