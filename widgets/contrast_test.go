package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestContrastRatio(t *testing.T) {
	black, white := color.Black, color.White
	if r := ContrastRatio(black, white); r < 20.99 || r > 21.01 {
		t.Errorf("black on white: %.2f, want 21", r)
	}
	if r := ContrastRatio(white, white); r != 1 {
		t.Errorf("white on white: %.2f, want 1", r)
	}
	// WCAG's own example values: #767676 on white is the lightest grey
	// that passes 4.5:1.
	if r := ContrastRatio(color.NRGBA{0x76, 0x76, 0x76, 255}, white); r < 4.5 || r > 4.6 {
		t.Errorf("#767676 on white: %.2f, want 4.54", r)
	}
	faint := color.NRGBA{0xdd, 0xdd, 0xdd, 255}
	if got := legible(faint, white, black, textContrast); ContrastRatio(got, white) < textContrast {
		t.Errorf("legible gave %v, %.2f on white", got, ContrastRatio(got, white))
	}
	if got := legible(black, white, black, textContrast); got != color.Color(black) {
		t.Errorf("legible changed a colour that passes: %v", got)
	}
}

// TestWidgetColoursContrast draws each widget on the light and the dark
// theme and checks the colours its renderer drew with: text 4.5:1 on what
// it is drawn over, marks, axes, outlines and the focus ring 3:1 (WCAG 2.1
// AA, 1.4.3 and 1.4.11). Grid lines and fills are decoration.
func TestWidgetColoursContrast(t *testing.T) {
	for _, variant := range []struct {
		name string
		th   fyne.Theme
		v    fyne.ThemeVariant
	}{
		{"light", lightTestTheme{theme.DefaultTheme()}, theme.VariantLight},
		{"dark", darkTestTheme{theme.DefaultTheme()}, theme.VariantDark},
	} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(variant.th)
		th := variant.th
		bg := th.Color(theme.ColorNameBackground, variant.v)
		check := func(what string, c, on color.Color, want float64) {
			t.Helper()
			if r := ContrastRatio(overBg(c, on), on); r < want {
				t.Errorf("%s theme: %s %.2f:1, want %.1f:1", variant.name, what, r, want)
			}
		}

		tl := NewTimeline()
		tl.SetItems(demoItems())
		showAlone(t, tl, 900, 240)
		tr := tl.r
		check("timeline text", tr.fg, bg, textContrast)
		check("timeline text in the selection", tr.fg, overBg(tr.selCol, bg), textContrast)
		check("timeline marks", tr.primary, bg, markContrast)
		check("timeline axis", tr.muted, bg, markContrast)
		check("timeline \"?\"", legible(tr.primary, tr.bg, tr.fg, textContrast), bg, textContrast)
		check("timeline count text", tr.fg, overBg(tr.button, bg), textContrast)
		check("timeline list text", tr.fg, overBg(th.Color(theme.ColorNameOverlayBackground, variant.v), bg), textContrast)
		check("timeline focus ring", legible(th.Color(theme.ColorNameFocus, variant.v), tr.bg, tr.fg, markContrast), bg, markContrast)

		c := NewClaimChart()
		c.SetClaims(spreadClaims())
		c.SetUnit("people")
		showAlone(t, c, 760, 300)
		cr := test.WidgetRenderer(c).(*chartRenderer)
		check("chart text", cr.fg, bg, textContrast)
		check("chart text on a stripe", cr.fg, overBg(cr.stripe, bg), textContrast)
		check("chart text in the selection", cr.fg, overBg(cr.selCol, bg), textContrast)
		check("chart caption", cr.caption, bg, textContrast)
		check("chart axis", cr.muted, bg, markContrast)
		for i, col := range cr.interestCol {
			check("chart marks of "+string(chartInterestNames[i]), col, bg, markContrast)
			check("chart marks on a stripe", col, overBg(cr.stripe, bg), markContrast)
		}

		person, org := netColours(th, variant.v)
		check("network people", person, bg, markContrast)
		check("network organizations", org, bg, markContrast)
		fg := th.Color(theme.ColorNameForeground, variant.v)
		labelBg := overBg(netWithAlpha(bg, 215), bg)
		check("network relation labels", legible(netWithAlpha(fg, 200), labelBg, fg, textContrast), labelBg, textContrast)
		check("network relation lines", legible(netWithAlpha(fg, 130), bg, fg, markContrast), bg, markContrast)

		l := newTimelineLegend()
		check("legend words", l.words[0].Color, bg, textContrast)
		check("legend marks", l.dot.FillColor, bg, markContrast)
	}
}

// chartInterestNames names the chart's interest colours in their order.
var chartInterestNames = []string{"independent", "party", "government", "affiliated", "unknown"}

// TestDarkThemeGoldens draws the timeline view, the chart and the network
// panel on the dark theme, to be looked at.
func TestDarkThemeGoldens(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(darkTestTheme{theme.DefaultTheme()})
	tl := NewTimeline()
	tl.SetItems(earlyEighties())
	tl.Select("e4")
	w := showAlone(t, NewTimelineView(tl), 1024, 260)
	test.AssertImageMatches(t, "dark_timeline.png", w.Canvas().Capture())

	c := NewClaimChart()
	c.SetClaims(append(spreadClaims(), denialClaims()...))
	c.SetUnit("people injured in the raid")
	c.Select("c3")
	w = showAlone(t, c, 760, c.MinSize().Height)
	w.Resize(fyne.NewSize(760, c.MinSize().Height))
	test.AssertImageMatches(t, "dark_chart.png", w.Canvas().Capture())

	v := NewNetworkView()
	nodes, edges := demoNetwork()
	v.SetGraph(nodes, edges)
	v.Select("o-mek")
	w = showAlone(t, NewNetworkPanel(v), 760, 520)
	test.AssertImageMatches(t, "dark_network.png", w.Canvas().Capture())
}
