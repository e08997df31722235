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
	if got := Legible(faint, white, black, TextContrast); ContrastRatio(got, white) < TextContrast {
		t.Errorf("legible gave %v, %.2f on white", got, ContrastRatio(got, white))
	}
	if got := Legible(black, white, black, TextContrast); got != color.Color(black) {
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
			if r := ContrastRatio(OverBackground(c, on), on); r < want {
				t.Errorf("%s theme: %s %.2f:1, want %.1f:1", variant.name, what, r, want)
			}
		}

		tl := NewTimeline()
		tl.SetItems(demoItems())
		showAlone(t, tl, 900, 240)
		tr := tl.r
		check("timeline text", tr.fg, bg, TextContrast)
		check("timeline text in the selection", tr.fg, OverBackground(tr.selCol, bg), TextContrast)
		check("timeline marks", tr.primary, bg, MarkContrast)
		check("timeline axis", tr.muted, bg, MarkContrast)
		check("timeline \"?\"", Legible(tr.primary, tr.bg, tr.fg, TextContrast), bg, TextContrast)
		check("timeline count text", tr.fg, OverBackground(tr.button, bg), TextContrast)
		check("timeline list text", tr.fg, OverBackground(th.Color(theme.ColorNameOverlayBackground, variant.v), bg), TextContrast)
		check("timeline focus ring", Legible(th.Color(theme.ColorNameFocus, variant.v), tr.bg, tr.fg, MarkContrast), bg, MarkContrast)

		c := NewClaimChart()
		c.SetClaims(spreadClaims())
		c.SetUnit("people")
		showAlone(t, c, 760, 300)
		cr := test.WidgetRenderer(c).(*chartRenderer)
		check("chart text", cr.fg, bg, TextContrast)
		check("chart text on a stripe", cr.fg, OverBackground(cr.stripe, bg), TextContrast)
		check("chart text in the selection", cr.fg, OverBackground(cr.selCol, bg), TextContrast)
		check("chart caption", cr.caption, bg, TextContrast)
		check("chart axis", cr.muted, bg, MarkContrast)
		for i, col := range cr.interestCol {
			check("chart marks of "+string(chartInterestNames[i]), col, bg, MarkContrast)
			check("chart marks on a stripe", col, OverBackground(cr.stripe, bg), MarkContrast)
		}

		person, org := netColours(th, variant.v)
		check("network people", person, bg, MarkContrast)
		check("network organizations", org, bg, MarkContrast)
		fg := th.Color(theme.ColorNameForeground, variant.v)
		labelBg := OverBackground(netWithAlpha(bg, 215), bg)
		check("network relation labels", Legible(netWithAlpha(fg, 200), labelBg, fg, TextContrast), labelBg, TextContrast)
		check("network relation lines", Legible(netWithAlpha(fg, 130), bg, fg, MarkContrast), bg, MarkContrast)

		l := newTimelineLegend()
		check("legend words", l.words[0].Color, bg, TextContrast)
		check("legend marks", l.dot.FillColor, bg, MarkContrast)
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
