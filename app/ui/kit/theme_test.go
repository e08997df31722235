package kit

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/widgets"
)

var variants = []struct {
	name    string
	variant fyne.ThemeVariant
}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}}

// onScreen is colour n of th drawn over the background bg, which is drawn
// over the window's background: the two colours the screen shows.
func onScreen(th fyne.Theme, n, bg fyne.ThemeColorName, v fyne.ThemeVariant) (front, back color.NRGBA) {
	back = widgets.OverBackground(th.Color(bg, v), th.Color(theme.ColorNameBackground, v))
	return widgets.OverBackground(th.Color(n, v), back), back
}

// TestReadableThemePassesWCAGAA checks every colour text or a control's
// outline is drawn in, on every background it is drawn on, in both
// variants, against WCAG 2.1 AA: 4.5:1 for text, 3:1 for marks.
func TestReadableThemePassesWCAGAA(t *testing.T) {
	test := func(th fyne.Theme, v fyne.ThemeVariant, front, back fyne.ThemeColorName, ratio float64) (float64, bool) {
		f, b := onScreen(th, front, back, v)
		got := widgets.ContrastRatio(f, b)
		return got, got >= ratio
	}
	for _, vv := range variants {
		rt := ReadableTheme(theme.DefaultTheme())
		for _, bg := range backgrounds {
			for n := range textColours {
				if got, ok := test(rt, vv.variant, n, bg, widgets.TextContrast); !ok {
					t.Errorf("%s: %s on %s is %.2f:1, under %.1f:1", vv.name, n, bg, got, widgets.TextContrast)
				}
			}
			if got, ok := test(rt, vv.variant, theme.ColorNameForeground, bg, widgets.TextContrast); !ok {
				t.Errorf("%s: the text colour on %s is %.2f:1", vv.name, bg, got)
			}
			for n := range markColours {
				if got, ok := test(rt, vv.variant, n, bg, widgets.MarkContrast); !ok {
					t.Errorf("%s: %s on %s is %.2f:1, under %.1f:1", vv.name, n, bg, got, widgets.MarkContrast)
				}
			}
		}
		// Text drawn on a filled control: a button, a chosen or hovered
		// row, the default button, a danger button.
		for _, pair := range [][2]fyne.ThemeColorName{
			{theme.ColorNameForeground, theme.ColorNameButton},
			{theme.ColorNameForeground, theme.ColorNameSelection},
			{theme.ColorNameForeground, theme.ColorNameHover},
			{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
			{theme.ColorNameForegroundOnError, theme.ColorNameError},
			{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
			{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		} {
			if got, ok := test(rt, vv.variant, pair[0], pair[1], widgets.TextContrast); !ok {
				t.Errorf("%s: %s on %s is %.2f:1, under %.1f:1", vv.name, pair[0], pair[1], got, widgets.TextContrast)
			}
		}
	}
}

// TestReadableThemeKeepsDisabledApart: disabled text reads, yet a disabled
// button (Undo with nothing to undo) still looks unavailable beside an
// enabled one, and the colours that carry no text are the base theme's.
func TestReadableThemeKeepsDisabledApart(t *testing.T) {
	for _, vv := range variants {
		base := theme.DefaultTheme()
		rt := ReadableTheme(base)
		dis, _ := onScreen(rt, theme.ColorNameDisabled, theme.ColorNameBackground, vv.variant)
		fg, _ := onScreen(rt, theme.ColorNameForeground, theme.ColorNameBackground, vv.variant)
		if got := widgets.ContrastRatio(dis, fg); got < 2 {
			t.Errorf("%s: disabled text is %.2f:1 from the text colour, too close to tell apart", vv.name, got)
		}
		for _, n := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameButton, theme.ColorNameSelection, theme.ColorNameSeparator} {
			if rt.Color(n, vv.variant) != base.Color(n, vv.variant) {
				t.Errorf("%s: %s changed", vv.name, n)
			}
		}
	}
}

// BenchmarkReadableThemeColor is what a widget's refresh pays for one
// text colour.
func BenchmarkReadableThemeColor(b *testing.B) {
	rt := ReadableTheme(theme.DefaultTheme())
	for b.Loop() {
		rt.Color(theme.ColorNameDisabled, theme.VariantLight)
	}
}
