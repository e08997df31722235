package widgets

import (
	"image/color"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// atLightTheme is Fyne's default theme held to its light variant, so that
// goldens look like the app rather than the grey test theme.
type atLightTheme struct{ fyne.Theme }

func (l atLightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

const atSample = "On 20 June the ministry said 312 people were injured in the raid on the camp. " +
	"Local doctors put the number at some 3,000, and the Red Crescent said no reliable estimate can be made.\n" +
	"The National Council of Resistance called it a massacre; the governor's office denied that anyone had died.\n\n" +
	"Witnesses interviewed by Reuters said the raid began at dawn and lasted three hours."

// atSetup shows an AnnotatedText of text in a test window of the given
// size, with the real light theme.
func atSetup(t testing.TB, text string, w, h float32) (*AnnotatedText, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(atLightTheme{theme.DefaultTheme()})
	v := NewAnnotatedText(text)
	win := test.NewTempWindow(t, v)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	return v, win
}

// atOffset returns the code-point offset of the n-th (from 0) occurrence
// of sub in s.
func atOffset(t testing.TB, s, sub string, n int) int {
	t.Helper()
	from := 0
	for {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			t.Fatalf("%q not found", sub)
		}
		if n == 0 {
			return utf8.RuneCountInString(s[:from+i])
		}
		n--
		from += i + len(sub)
	}
}

// atPos returns the canvas position of the caret at offset off, vertically
// in the middle of its line.
func atPos(v *AnnotatedText, off int) fyne.Position {
	li := v.lay.lineOf(off)
	x := v.lay.left + v.xOf(li, off)
	y := v.lay.lineTop(li) + v.lay.m.textTop + v.lay.m.textHeight/2
	return fyne.NewPos(x, y).Subtract(v.scroll.Offset)
}

// atCharPos returns the canvas position of the middle of the code point at
// off.
func atCharPos(v *AnnotatedText, off int) fyne.Position {
	a, b := atPos(v, off), atPos(v, off+1)
	return fyne.NewPos((a.X+b.X)/2, a.Y)
}

type atSelectionLog struct {
	calls int
	start int
	end   int
	text  string
}

func (l *atSelectionLog) record(s, e int, text string) {
	l.calls++
	l.start, l.end, l.text = s, e, text
}

func TestAnnotatedTextDragSelects(t *testing.T) {
	v, win := atSetup(t, atSample, 600, 400)
	var log atSelectionLog
	v.OnSelectionChanged = log.record
	from := atOffset(t, atSample, "312 people", 0)
	to := from + len("312 people were injured")
	start, end := atPos(v, from), atPos(v, to)
	// test.Drag takes the end point and the distance dragged; nudge the
	// points inside the characters next to the boundaries.
	end.X -= 1
	start.X += 1
	test.Drag(win.Canvas(), end, end.X-start.X, end.Y-start.Y)
	if s, e := v.Selection(); s != from || e != to {
		t.Fatalf("Selection() = %d, %d; want %d, %d", s, e, from, to)
	}
	if log.calls != 1 || log.start != from || log.end != to || log.text != "312 people were injured" {
		t.Errorf("OnSelectionChanged: %+v", log)
	}
	if win.Canvas().Focused() != v {
		t.Error("dragging did not focus the view")
	}

	// Dragging backwards over two lines selects the same way.
	from = atOffset(t, atSample, "Local", 0)
	to = atOffset(t, atSample, "called", 0)
	start, end = atPos(v, to), atPos(v, from)
	test.Drag(win.Canvas(), end, end.X-start.X, end.Y-start.Y)
	if s, e := v.Selection(); s != from || e != to {
		t.Fatalf("backwards over lines: Selection() = %d, %d; want %d, %d", s, e, from, to)
	}
	if log.calls != 2 || !strings.HasPrefix(log.text, "Local doctors") || !strings.HasSuffix(log.text, "Resistance ") {
		t.Errorf("OnSelectionChanged: %+v", log)
	}
}

func TestAnnotatedTextShiftArrowsExtend(t *testing.T) {
	v, win := atSetup(t, atSample, 600, 400)
	var log atSelectionLog
	v.OnSelectionChanged = log.record
	at := atOffset(t, atSample, "ministry", 0)
	v.SetSelection(at, at)
	win.Canvas().Focus(v)
	if log.calls != 0 {
		t.Fatal("SetSelection called OnSelectionChanged")
	}

	v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range 8 {
		v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if s, e := v.Selection(); s != at || e != at+8 || v.SelectedText() != "ministry" {
		t.Fatalf("Shift+Right×8: %d, %d %q", s, e, v.SelectedText())
	}
	if log.calls != 8 || log.text != "ministry" {
		t.Errorf("OnSelectionChanged: %+v", log)
	}

	// Shift+Down extends to the same place on the next line.
	v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	s, e := v.Selection()
	li := v.lay.lineOf(at + 8)
	if s != at || v.lay.lineOf(e) != li+1 || math.Abs(float64(v.xOf(li+1, e)-v.xOf(li, at+8))) > 8 {
		t.Fatalf("Shift+Down: %d, %d (line %d, x %v vs %v)", s, e, v.lay.lineOf(e), v.xOf(li+1, e), v.xOf(li, at+8))
	}
	// Shift+Up comes back; the goal x is kept.
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierShift})
	if s, e := v.Selection(); s != at || e != at+8 {
		t.Fatalf("Shift+Up: %d, %d", s, e)
	}
	// Shift+Left through the shortcut path, the way some drivers send it.
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShift})
	if got := v.SelectedText(); got != "ministr" {
		t.Fatalf("Shift+Left: %q", got)
	}
	// Ctrl+Shift+Right extends by a word.
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierShift | fyne.KeyModifierShortcutDefault})
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierShift | fyne.KeyModifierShortcutDefault})
	if got := v.SelectedText(); got != "ministry said" {
		t.Fatalf("Ctrl+Shift+Right×2: %q", got)
	}
	// An arrow without Shift collapses the selection at its end.
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if s, e := v.Selection(); s != e || s != at+len("ministry said") {
		t.Fatalf("Right: %d, %d", s, e)
	}
	if log.start != log.end {
		t.Errorf("collapse not reported: %+v", log)
	}
	// Escape keeps the caret; Ctrl+A selects everything; Ctrl+C copies.
	v.TypedShortcut(&fyne.ShortcutSelectAll{})
	if s, e := v.Selection(); s != 0 || e != utf8.RuneCountInString(atSample) {
		t.Fatalf("select all: %d, %d", s, e)
	}
	cb := fyne.CurrentApp().Clipboard()
	v.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if cb.Content() != atSample {
		t.Errorf("copied %q", cb.Content())
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s, e := v.Selection(); s != e {
		t.Errorf("Escape left %d, %d", s, e)
	}
}

func TestAnnotatedTextDoubleTapSelectsWord(t *testing.T) {
	v, _ := atSetup(t, atSample, 600, 400)
	var log atSelectionLog
	v.OnSelectionChanged = log.record
	for _, word := range []string{"3,000", "governor's", "Crescent"} {
		at := atOffset(t, atSample, word, 0)
		v.surface.DoubleTapped(&fyne.PointEvent{Position: atCharPos(v, at+2).Add(v.scroll.Offset)})
		if got := v.SelectedText(); got != word {
			t.Errorf("double-click on %q selected %q", word, got)
		}
		if log.text != word {
			t.Errorf("OnSelectionChanged got %q", log.text)
		}
	}
}

func TestAnnotatedTextClusters(t *testing.T) {
	text := "Cafe\u0301 👩🏽\u200d🚒 ok"
	v, win := atSetup(t, text, 400, 200)
	win.Canvas().Focus(v)
	v.SetSelection(3, 3)
	v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := v.SelectedText(); got != "e\u0301" {
		t.Errorf("Shift+Right over e+accent selected %+q", got)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if got := v.SelectedText(); got != "e\u0301 👩🏽\u200d🚒" {
		t.Errorf("Shift+Right over an emoji sequence selected %+q", got)
	}
	// A drag that ends three quarters into the emoji sequence snaps to its
	// end, never inside it.
	start, after := atPos(v, 6), atPos(v, 10)
	end := fyne.NewPos(start.X+0.75*(after.X-start.X), start.Y)
	test.Drag(win.Canvas(), end, end.X-start.X-1, 0)
	if s, e := v.Selection(); s != 6 || e != 10 {
		t.Errorf("drag into an emoji: %d, %d", s, e)
	}
}

func atHighlightsFor(t testing.TB, text string) []Highlight {
	span := func(sub, kind, label string) Highlight {
		s := atOffset(t, text, sub, 0)
		return Highlight{Start: s, End: s + utf8.RuneCountInString(sub), Kind: kind, Label: label, ID: kind + "-1"}
	}
	return []Highlight{
		span("On 20 June", HighlightEvent, "Event: raid on Camp Ashraf"),
		span("the ministry", HighlightOrganization, "Organization: Ministry of the Interior"),
		span("312 people were injured", HighlightClaim, "Claim: injured in the raid — 312"),
		span("some 3,000", HighlightClaim, "Claim: injured in the raid — ~3,000"),
		span("Red Crescent", HighlightOrganization, "Organization: Red Crescent"),
		span("The National Council of Resistance", HighlightOrganization, "Organization: NCRI"),
		span("massacre", HighlightNote, "Note: loaded word, theirs"),
		span("governor's office", HighlightSuggestion, "Suggestion: new organization?"),
		span("Reuters", HighlightOrganization, "Organization: Reuters"),
		span("Witnesses", HighlightPerson, "Person: unnamed witnesses"),
		span("raid began at dawn", HighlightEvent, "Event: raid begins"),
		span("dawn and lasted three hours", HighlightSuggestion, "Suggestion: duration"),
	}
}

func TestAnnotatedTextHighlightsDrawnAndTapped(t *testing.T) {
	v, win := atSetup(t, atSample, 600, 400)
	hs := atHighlightsFor(t, atSample)
	v.SetHighlights(hs)
	var tapped []Highlight
	v.OnHighlightTapped = func(h Highlight) { tapped = append(tapped, h) }

	// Each highlight has a background rectangle where its text is.
	r := v.surface.renderer
	for _, h := range hs {
		want := atPos(v, h.Start).Add(v.scroll.Offset)
		found := false
		for _, bg := range r.bgs.items[:r.bgs.used] {
			p := bg.Position()
			if math.Abs(float64(p.X-want.X)) < 0.5 && p.Y <= want.Y && want.Y <= p.Y+bg.Size().Height &&
				bg.FillColor == r.colors.of(h.Kind).bg {
				found = true
			}
		}
		if !found {
			t.Errorf("no background for %s %q at %v", h.Kind, h.Label, want)
		}
	}
	// Tapping inside a highlight calls back with it (the shorter of two
	// overlapping ones), and puts the caret there.
	test.TapCanvas(win.Canvas(), atCharPos(v, hs[2].Start+4))
	test.TapCanvas(win.Canvas(), atCharPos(v, atOffset(t, atSample, "dawn", 0)+1))
	test.TapCanvas(win.Canvas(), atCharPos(v, atOffset(t, atSample, "lasted", 0)+1))
	test.TapCanvas(win.Canvas(), atCharPos(v, atOffset(t, atSample, "doctors", 0)+1)) // no highlight
	if len(tapped) != 3 || tapped[0].Label != hs[2].Label || tapped[1].Label != hs[10].Label || tapped[2].Label != hs[11].Label {
		t.Errorf("tapped %+v", tapped)
	}
	if s, e := v.Selection(); s != e || s != atOffset(t, atSample, "doctors", 0)+1 && s != atOffset(t, atSample, "doctors", 0)+2 {
		t.Errorf("caret at %d, %d after a tap", s, e)
	}
}

func TestAnnotatedTextHover(t *testing.T) {
	v, win := atSetup(t, atSample, 600, 400)
	hs := atHighlightsFor(t, atSample)
	v.SetHighlights(hs)
	var hovered []string
	v.OnHover = func(h *Highlight) {
		if h == nil {
			hovered = append(hovered, "")
		} else {
			hovered = append(hovered, h.ID)
		}
	}
	r := test.WidgetRenderer(v).(*atRenderer)
	test.MoveMouse(win.Canvas(), atCharPos(v, hs[9].Start+2))
	if !r.tipText.Visible() || r.tipText.Text != hs[9].Label {
		t.Errorf("tooltip %q visible %v", r.tipText.Text, r.tipText.Visible())
	}
	test.MoveMouse(win.Canvas(), atCharPos(v, hs[9].Start+3)) // same highlight
	test.MoveMouse(win.Canvas(), atCharPos(v, atOffset(t, atSample, "interviewed", 0)))
	if r.tipText.Visible() {
		t.Error("tooltip still shown off the highlight")
	}
	if strings.Join(hovered, ",") != "person-1," {
		t.Errorf("OnHover calls: %q", hovered)
	}
}

func TestAnnotatedTextLegend(t *testing.T) {
	v, _ := atSetup(t, atSample, 600, 400)
	l := v.Legend()
	var labels []string
	for _, o := range test.LaidOutObjects(l) {
		if tx, ok := o.(*canvas.Text); ok {
			labels = append(labels, tx.Text)
		}
	}
	if got := strings.Join(labels, ","); got != "Event,Person,Organization,Claim,Note,Suggestion" {
		t.Errorf("legend labels %q", got)
	}
}

func TestAnnotatedTextGolden(t *testing.T) {
	v, win := atSetup(t, atSample, 640, 300)
	v.SetHighlights(atHighlightsFor(t, atSample))
	s := atOffset(t, atSample, "no reliable estimate", 0)
	v.SetSelection(s, s+len("no reliable estimate can be made"))
	test.AssertRendersToImage(t, "annotated_text_highlights.png", win.Canvas())
}

func TestAnnotatedTextGoldenLegend(t *testing.T) {
	v, _ := atSetup(t, atSample, 600, 400)
	test.AssertObjectRendersToImage(t, "annotated_text_legend.png", v.Legend())
}

const atRTLSample = "قال الوزير إن 100 شخص أصيبوا في الهجوم، وقال شهود إن العدد أكبر.\n" +
	"הדובר אמר כי 40 בני אדם נפצעו בפשיטה. The English text (with שלום inside) ends here."

func TestAnnotatedTextRightToLeft(t *testing.T) {
	v, win := atSetup(t, atRTLSample, 640, 200)
	// Right-to-left paragraphs are right-aligned.
	for li := range v.lay.lines {
		ps := v.piecesOf(li)
		last := ps[len(ps)-1]
		if math.Abs(float64(last.x+last.w-v.lay.column)) > 0.5 {
			t.Errorf("line %d ends at %v, column %v", li, last.x+last.w, v.lay.column)
		}
	}
	// Within a right-to-left word, later code points lie further left,
	// and hitting the caret's x gives the caret back.
	w := atOffset(t, atRTLSample, "الوزير", 0)
	for k := w; k < w+6; k++ {
		if v.xOf(0, k+1) >= v.xOf(0, k) {
			t.Errorf("x(%d) = %v not left of x(%d) = %v", k+1, v.xOf(0, k+1), k, v.xOf(0, k))
		}
	}
	for li, line := range v.lay.lines {
		for k := int(line.start); k <= int(line.end); k++ {
			x := v.xOf(li, k)
			c, _ := v.hit(li, x)
			if math.Abs(float64(v.xOf(li, c)-x)) > 0.5 {
				t.Errorf("line %d: caret %d at x %v hits %d at x %v", li, k, x, c, v.xOf(li, c))
			}
		}
	}
	// Dragging across a word from its right edge to its left selects it.
	start, end := atPos(v, w), atPos(v, w+6)
	test.Drag(win.Canvas(), end, end.X-start.X, 0)
	if got := v.SelectedText(); got != "الوزير" {
		t.Errorf("drag over an Arabic word selected %q", got)
	}
	// A number inside Hebrew text keeps its digits left to right.
	n := atOffset(t, atRTLSample, "40", 0)
	if v.xOf(1, n+1) <= v.xOf(1, n) {
		t.Error("digits reversed")
	}
	// Highlights on right-to-left text sit over their words.
	v.SetHighlights([]Highlight{{Start: w, End: w + 6, Kind: HighlightPerson}})
	r := v.surface.renderer
	if r.bgs.used != 1 {
		t.Fatalf("%d backgrounds", r.bgs.used)
	}
	bg := r.bgs.items[0]
	x0, x1 := v.lay.left+v.xOf(0, w+6), v.lay.left+v.xOf(0, w)
	if math.Abs(float64(bg.Position().X-x0)) > 0.5 || math.Abs(float64(bg.Position().X+bg.Size().Width-x1)) > 0.5 {
		t.Errorf("background at %v+%v, want %v..%v", bg.Position().X, bg.Size().Width, x0, x1)
	}
	test.AssertRendersToImage(t, "annotated_text_rtl.png", win.Canvas())
}

// atLongText makes about size bytes of paragraphs.
func atLongText(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(atSample)
		b.WriteString(" Paragraph ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(".\n\n")
	}
	return b.String()
}

func TestAnnotatedTextLargeTextIsLazy(t *testing.T) {
	text := atLongText(200_000)
	v, win := atSetup(t, text, 700, 500)
	n := utf8.RuneCountInString(text)
	r := v.surface.renderer
	if len(r.objects) > 400 {
		t.Errorf("%d objects drawn for 200 KB", len(r.objects))
	}
	if v.lay.contentHeight() < 100*500 {
		t.Errorf("content height %v", v.lay.contentHeight())
	}
	// Scrolling to the end draws the end.
	end := atOffset(t, text, "Paragraph", strings.Count(text, "Paragraph")-1)
	v.ScrollTo(end)
	if v.scroll.Offset.Y <= 0 {
		t.Fatal("did not scroll")
	}
	li := v.lay.lineOf(end)
	top := v.lay.lineTop(li) - v.scroll.Offset.Y
	if top < 0 || top+v.lay.m.lineHeight > 500 {
		t.Errorf("line of offset %d at %v in the view", end, top)
	}
	found := false
	for _, o := range r.objects {
		if tx, ok := o.(*canvas.Text); ok && strings.Contains(tx.Text, "Paragraph") && tx.Position().Y == v.lay.lineTop(li)+v.lay.m.textTop {
			found = true
		}
	}
	if !found {
		t.Error("the line scrolled to is not drawn")
	}
	// Select there by dragging, in view coordinates.
	start, stop := atPos(v, end), atPos(v, end+9)
	test.Drag(win.Canvas(), stop, stop.X-start.X-1, 0)
	if got := v.SelectedText(); got != "Paragraph" {
		t.Errorf("selected %q after scrolling", got)
	}
	// The mouse wheel scrolls, and lines come into view.
	before := v.scroll.Offset.Y
	test.Scroll(win.Canvas(), fyne.NewPos(100, 100), 0, 3000)
	if v.scroll.Offset.Y >= before {
		t.Error("wheel did not scroll up")
	}
	y0 := v.scroll.Offset.Y
	if r.from > y0 || r.to < y0+500 {
		t.Errorf("drawn %v..%v, view %v..%v", r.from, r.to, y0, y0+500)
	}
	// Keyboard to the end of the text.
	win.Canvas().Focus(v)
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	if s, e := v.Selection(); s != n || e != n {
		t.Errorf("Ctrl+End: %d, %d", s, e)
	}
}

func TestAnnotatedTextSetTextResets(t *testing.T) {
	v, _ := atSetup(t, atSample, 600, 400)
	v.SetHighlights(atHighlightsFor(t, atSample))
	v.SetSelection(5, 10)
	v.SetText("Short.")
	if s, e := v.Selection(); s != 0 || e != 0 || len(v.Highlights()) != 0 || v.Text() != "Short." {
		t.Errorf("after SetText: %d, %d, %d highlights", s, e, len(v.Highlights()))
	}
	// Out-of-range and empty highlights and selections are clamped.
	v.SetHighlights([]Highlight{{Start: -5, End: 3, Kind: HighlightNote}, {Start: 4, End: 99, Kind: "other"}, {Start: 2, End: 2}})
	hs := v.Highlights()
	if len(hs) != 2 || hs[0].Start != 0 || hs[1].End != 6 {
		t.Errorf("clamped highlights %+v", hs)
	}
	v.SetSelection(99, -1)
	if s, e := v.Selection(); s != 0 || e != 6 {
		t.Errorf("clamped selection %d, %d", s, e)
	}
	v.SetText("")
	v.ScrollTo(10)
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	v.surface.Tapped(&fyne.PointEvent{Position: fyne.NewPos(50, 50)})
	v.surface.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(50, 50)})
	if s, e := v.Selection(); s != 0 || e != 0 {
		t.Errorf("empty text: %d, %d", s, e)
	}
}

// BenchmarkAnnotatedTextSetText200KB: SetText with 200 KB, then the layout
// and the drawing of the first screen.
func BenchmarkAnnotatedTextSetText200KB(b *testing.B) {
	text := atLongText(200_000)
	v, _ := atSetup(b, "", 900, 700)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		v.SetText(text)
		if !v.lay.valid || len(v.surface.renderer.objects) == 0 {
			b.Fatal("not laid out")
		}
	}
}

// BenchmarkAnnotatedTextScroll200KB: scrolling a page through 200 KB with
// highlights: the cost of drawing newly visible lines.
func BenchmarkAnnotatedTextScroll200KB(b *testing.B) {
	text := atLongText(200_000)
	v, win := atSetup(b, text, 900, 700)
	var hs []Highlight
	for i := 0; i < len(v.text)-20; i += 150 {
		hs = append(hs, Highlight{Start: i, End: i + 20, Kind: HighlightKinds[(i/150)%len(HighlightKinds)]})
	}
	v.SetHighlights(hs)
	b.ResetTimer()
	dir := float32(-700)
	for b.Loop() {
		before := v.scroll.Offset.Y
		test.Scroll(win.Canvas(), fyne.NewPos(100, 100), 0, dir)
		if v.scroll.Offset.Y == before {
			dir = -dir
		}
	}
}

func TestAnnotatedTextGoldenHover(t *testing.T) {
	v, win := atSetup(t, atSample, 640, 240)
	hs := atHighlightsFor(t, atSample)
	v.SetHighlights(hs)
	win.Canvas().Focus(v)
	v.SetSelection(hs[4].End+1, hs[4].End+1) // the caret after "Red Crescent"
	test.MoveMouse(win.Canvas(), atCharPos(v, hs[5].Start+6))
	test.AssertRendersToImage(t, "annotated_text_hover.png", win.Canvas())
}

func TestAnnotatedTextSelectionBounds(t *testing.T) {
	v, _ := atSetup(t, atSample, 600, 400)
	if _, _, ok := v.SelectionBounds(); ok {
		t.Error("bounds without a selection")
	}
	s := atOffset(t, atSample, "Red Crescent", 0)
	v.SetSelection(s, s+12)
	pos, size, ok := v.SelectionBounds()
	want := atPos(v, s)
	if !ok || math.Abs(float64(pos.X-want.X)) > 0.5 || pos.Y > want.Y || pos.Y+size.Height < want.Y ||
		math.Abs(float64(pos.X+size.Width-atPos(v, s+12).X)) > 0.5 {
		t.Errorf("bounds %v %v %v, want around %v", pos, size, ok, want)
	}
}

func TestAnnotatedTextResizeKeepsPlace(t *testing.T) {
	text := atLongText(60_000)
	v, win := atSetup(t, text, 700, 500)
	target := atOffset(t, text, "Paragraph xxx", 3)
	v.ScrollTo(target)
	topBefore := int(v.lay.lines[v.lay.lineAtY(v.scroll.Offset.Y)].start)
	for _, w := range []float32{1400, 420, 900} {
		win.Resize(fyne.NewSize(w, 500))
		if v.lay.width != w {
			t.Fatalf("laid out for %v, window %v", v.lay.width, w)
		}
		for _, li := range []int{0, len(v.lay.lines) - 1} {
			ps := v.piecesOf(li)
			if end := ps[len(ps)-1].x + ps[len(ps)-1].w; end > v.lay.column+0.5 && v.lay.lines[li].end-v.lay.lines[li].start > 1 {
				t.Errorf("width %v: line %d is %v wide, column %v", w, li, end, v.lay.column)
			}
		}
		if v.lay.left+v.lay.column > w {
			t.Errorf("width %v: column %v..%v", w, v.lay.left, v.lay.left+v.lay.column)
		}
		top := v.lay.lineAtY(v.scroll.Offset.Y)
		if s, e := int(v.lay.lines[top].start), int(v.lay.lines[min(top+1, len(v.lay.lines)-1)].end); topBefore < s-200 || topBefore > e+200 {
			t.Errorf("width %v: top line %d..%d, was at %d", w, s, e, topBefore)
		}
		r := v.surface.renderer
		y0 := v.scroll.Offset.Y
		if r.from > y0 || r.to < y0+500 || len(r.objects) == 0 {
			t.Errorf("width %v: drawn %v..%v (%d objects), view from %v", w, r.from, r.to, len(r.objects), y0)
		}
	}
}

func TestAnnotatedTextScrollToBeforeShown(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(atLightTheme{theme.DefaultTheme()})
	text := atLongText(30_000)
	v := NewAnnotatedText("")
	v.SetText(text)
	target := atOffset(t, text, "Paragraph x", 20)
	v.ScrollTo(target)
	v.SetSelection(target, target+9)
	win := test.NewTempWindow(t, v)
	win.Resize(fyne.NewSize(600, 400))
	li := v.lay.lineOf(target)
	top := v.lay.lineTop(li) - v.scroll.Offset.Y
	if top < 0 || top > 400 {
		t.Errorf("line of the target at %v after showing", top)
	}
	if v.SelectedText() != "Paragraph" {
		t.Errorf("selected %q", v.SelectedText())
	}
}

// TestAnnotatedTextTellsItScrolled: OnScrolled is called when the text
// scrolls, by ScrollBy (the wheel), ScrollTo and the view's own scroller,
// and not when nothing moved.
func TestAnnotatedTextTellsItScrolled(t *testing.T) {
	v, _ := atSetup(t, strings.Repeat(atSample+"\n\n", 40), 600, 200)
	calls := 0
	v.OnScrolled = func() { calls++ }
	if !v.ScrollBy(-60) || calls != 1 {
		t.Fatalf("ScrollBy down: %d calls", calls)
	}
	if v.ScrollBy(1000) && calls != 2 {
		t.Fatalf("ScrollBy back to the top: %d calls", calls)
	}
	if v.ScrollBy(10) || calls != 2 {
		t.Errorf("ScrollBy past the top moved nothing but made %d calls", calls)
	}
	v.ScrollTo(len([]rune(v.Text())) - 1)
	if calls != 3 {
		t.Errorf("ScrollTo the end: %d calls", calls)
	}
	v.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, 40)})
	if calls != 4 {
		t.Errorf("the scroller's own wheel: %d calls", calls)
	}
}

// Fyne paints, measures and rasterizes every text that is not hidden,
// also where a scroll clips it: the surface draws the lines in view and
// only atDrawMargin of a view above and below, not whole screens more.
func TestAnnotatedTextDrawsLittleBeyondTheView(t *testing.T) {
	text := atLongText(200_000)
	v, _ := atSetup(t, text, 700, 500)
	v.ScrollTo(atOffset(t, text, "Paragraph", strings.Count(text, "Paragraph")/2))
	r := v.surface.renderer
	y0 := v.scroll.Offset.Y
	inView, beyond := 0, 0
	for _, o := range r.objects {
		tx, ok := o.(*canvas.Text)
		if !ok || tx.Text == "" {
			continue
		}
		if y := tx.Position().Y; y+tx.Size().Height > y0 && y < y0+500 {
			inView++
		} else {
			beyond++
		}
	}
	if inView == 0 {
		t.Fatal("no line drawn in the view")
	}
	if allowed := int(float32(inView)*2*atDrawMargin) + 2; beyond > allowed {
		t.Errorf("%d lines drawn outside the view beside %d in it, want at most %d", beyond, inView, allowed)
	}
}
