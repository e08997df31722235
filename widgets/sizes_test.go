package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// screenSizes are the windows the issue names: 1366×768 and 1024×640 at
// scale 1, and 1024×640 at 150 % (a Windows laptop at 150 % gives the app
// two thirds of the pixels in each direction).
var screenSizes = []struct {
	w, h, scale float32
}{
	{1366, 768, 1}, {1024, 640, 1}, {1024, 640, 1.5},
}

// walkTexts calls f with every text drawn under o and its position in o.
func walkTexts(o fyne.CanvasObject, at fyne.Position, f func(*canvas.Text, fyne.Position)) {
	if !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *canvas.Text:
		f(x, at)
	case *fyne.Container:
		for _, c := range x.Objects {
			walkTexts(c, at.Add(c.Position()), f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkTexts(c, at.Add(c.Position()), f)
		}
	}
}

// checkTextsInside fails for every text drawn (partly) outside size.
func checkTextsInside(t *testing.T, o fyne.CanvasObject, size fyne.Size, what string) {
	t.Helper()
	walkTexts(o, fyne.Position{}, func(tx *canvas.Text, p fyne.Position) {
		if tx.Text == "" || tx.Color == nil {
			return
		}
		ms := tx.MinSize()
		x0 := p.X
		switch tx.Alignment {
		case fyne.TextAlignCenter:
			x0 = p.X + (tx.Size().Width-ms.Width)/2
		case fyne.TextAlignTrailing:
			x0 = p.X + tx.Size().Width - ms.Width
		}
		if x0 < -0.5 || x0+ms.Width > size.Width+0.5 || p.Y < -0.5 || p.Y+ms.Height > size.Height+0.5 {
			t.Errorf("%s: %q drawn at %.0f,%.0f–%.0f,%.0f, outside %v", what, tx.Text, x0, p.Y, x0+ms.Width, p.Y+ms.Height, size)
		}
	})
}

// TestWidgetsAtScreenSizes draws each widget as the window gives it room
// (the timeline view across the window, the network panel beside a side
// list, the claim chart in the figures form, given less height than it
// asks), at each screen size, checks that no text is cut off, and keeps
// the picture.
func TestWidgetsAtScreenSizes(t *testing.T) {
	newLightApp(t)
	for _, s := range screenSizes {
		lw, lh := s.w/s.scale, s.h/s.scale // the window in Fyne's units
		name := fmt.Sprintf("%.0fx%.0f@%g", s.w, s.h, s.scale)

		tl := NewTimeline()
		tl.SetItems(earlyEighties())
		tv := NewTimelineView(tl)
		size := fyne.NewSize(lw, max(lh*0.4, tv.MinSize().Height))
		w := showAlone(t, tv, size.Width, size.Height)
		w.Canvas().(test.WindowlessCanvas).SetScale(s.scale)
		w.Resize(size)
		checkTextsInside(t, tv, size, "timeline "+name)
		test.AssertImageMatches(t, "sizes_timeline_"+name+".png", w.Canvas().Capture())

		nv := NewNetworkView()
		nodes, edges := demoNetwork()
		nv.SetGraph(nodes, edges)
		np := NewNetworkPanel(nv)
		size = fyne.NewSize(lw-240, lh-90)
		w = showAlone(t, np, size.Width, size.Height)
		w.Canvas().(test.WindowlessCanvas).SetScale(s.scale)
		w.Resize(size)
		checkTextsInside(t, np, size, "network "+name)
		test.AssertImageMatches(t, "sizes_network_"+name+".png", w.Canvas().Capture())

		c := NewClaimChart()
		c.SetClaims(append(spreadClaims(), denialClaims()...))
		c.SetUnit("people injured in the raid")
		// The least height: rows closed up to a line of text each.
		w = showAlone(t, c, lw*0.62, 100)
		w.Canvas().(test.WindowlessCanvas).SetScale(s.scale)
		r := test.WidgetRenderer(c).(*chartRenderer)
		legendH, _, axisH := r.geometry(lw * 0.62)
		least := legendH + axisH + float32(len(c.claims))*(r.textH+2)
		size = fyne.NewSize(lw*0.62, min(c.MinSize().Height, max(lh*0.38, least)))
		w.Resize(size)
		checkTextsInside(t, c, size, "chart "+name)
		test.AssertImageMatches(t, "sizes_chart_"+name+".png", w.Canvas().Capture())
	}
}
