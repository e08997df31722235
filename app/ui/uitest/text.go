package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/widgets"
)

// AnnotText is the text of the source the reading view's tests work on.
const AnnotText = "On Tuesday, police raided the camp at dawn.\n\n" +
	"A spokesman, Gent Hoxha, said some 100 people were injured. " +
	"The Ministry of the Interior said no one was hurt."

// AnnotCase is the sample case with AnnotText as the text of s-times
// (published 21 June 2023, a Wednesday).
func AnnotCase() app.CaseData {
	d := SampleCase()
	d.Sources[0].Text = AnnotText
	return d
}

// At returns the code-point offset of the first occurrence of sub in s.
func At(t testing.TB, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	return len([]rune(s[:i]))
}

// CharBox returns the canvas box of the code point at off in the view.
func CharBox(t testing.TB, v *widgets.AnnotatedText, off int) (fyne.Position, fyne.Size) {
	t.Helper()
	s0, e0 := v.Selection()
	v.SetSelection(off, off+1)
	pos, size, ok := v.SelectionBounds()
	v.SetSelection(s0, e0)
	if !ok {
		t.Fatalf("the code point at %d is not in view", off)
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
	return abs.Add(pos), size
}

// DragSelect selects the code points [from, to) of the view in win by
// dragging the mouse from inside the first to inside the last.
func DragSelect(t testing.TB, win fyne.Window, v *widgets.AnnotatedText, from, to int) {
	t.Helper()
	p0, s0 := CharBox(t, v, from)
	p1, s1 := CharBox(t, v, to-1)
	start := p0.Add(fyne.NewPos(1, s0.Height/2))
	end := p1.Add(fyne.NewPos(s1.Width+1, s1.Height/2))
	test.Drag(win.Canvas(), end, end.X-start.X, end.Y-start.Y)
	if s, e := v.Selection(); s != from || e != to {
		t.Fatalf("dragging selected %d–%d %q, want %d–%d", s, e, v.SelectedText(), from, to)
	}
}

// ShiftSelect clicks before the code point at from and extends the
// selection with Shift+Right over n code points.
func ShiftSelect(t testing.TB, win fyne.Window, v *widgets.AnnotatedText, from, n int) {
	t.Helper()
	p, s := CharBox(t, v, from)
	test.TapCanvas(win.Canvas(), p.Add(fyne.NewPos(s.Width/4, s.Height/2)))
	if s, e := v.Selection(); s != from || e != from {
		t.Fatalf("the click put the caret at %d–%d, want %d", s, e, from)
	}
	v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range n {
		v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if s, e := v.Selection(); s != from || e != from+n {
		t.Fatalf("Shift+Right selected %d–%d", s, e)
	}
}

// BarButton returns the action bar's button, checking the bar is shown
// beside the view's selection.
func BarButton(t testing.TB, v *widgets.AnnotatedText, bar *widgets.SelectionActions, label string) *widget.Button {
	t.Helper()
	if !bar.Visible() {
		t.Fatalf("the action bar is hidden (selection %q)", v.SelectedText())
	}
	pos, size, _ := v.SelectionBounds()
	if bp := bar.Position(); bp.Y < pos.Y+size.Height && bp.Y+bar.Size().Height > pos.Y {
		t.Errorf("the bar at %v covers the selection at %v %v", bp, pos, size)
	}
	for _, o := range Objects(bar) {
		if b, ok := o.(*widgets.Button); ok && (b.Text == label || b.Text == label+" ▸") {
			return &b.Button
		}
	}
	t.Fatalf("no %q in the action bar", label)
	return nil
}

// QuoteOf returns the quote of a citation of src, failing if none.
func QuoteOf(t testing.TB, cites []app.Citation, src string) app.Quote {
	t.Helper()
	for _, c := range cites {
		if c.Source == src && c.Quote != nil {
			return *c.Quote
		}
	}
	t.Fatalf("no quoted citation of %s in %+v", src, cites)
	return app.Quote{}
}

// WantQuote checks a stored quote's span and words.
func WantQuote(t testing.TB, what string, q app.Quote, text, exact string) {
	t.Helper()
	s := At(t, text, exact)
	e := s + len([]rune(exact))
	if q.Start != s || q.End != e || q.Exact != exact {
		t.Errorf("%s: quote %d–%d %q, want %d–%d %q", what, q.Start, q.End, q.Exact, s, e, exact)
	}
	if want := anchor.Capture(text, s, e); q.Prefix != want.Prefix || q.Suffix != want.Suffix {
		t.Errorf("%s: context %q / %q, want %q / %q", what, q.Prefix, q.Suffix, want.Prefix, want.Suffix)
	}
}

// HighlightAt finds the highlight (not a suggestion) over the code point
// off.
func HighlightAt(v *widgets.AnnotatedText, off int) (widgets.Highlight, bool) {
	for _, h := range v.Highlights() {
		if h.Start <= off && off < h.End && h.Kind != widgets.HighlightSuggestion {
			return h, true
		}
	}
	return widgets.Highlight{}, false
}
