package kit

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luma is a colour's brightness against black, 0–1 (premultiplied).
func luma(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
}

func TestReadableThemeKeepsDisabledApart(t *testing.T) {
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		base := theme.DefaultTheme()
		rt := ReadableTheme(base)
		fg := luma(base.Color(theme.ColorNameForeground, v.variant))
		dis := luma(base.Color(theme.ColorNameDisabled, v.variant))
		got := luma(rt.Color(theme.ColorNameDisabled, v.variant))
		ph := luma(base.Color(theme.ColorNamePlaceHolder, v.variant))
		// Further from the background than the base disabled grey, but not
		// as far as the placeholder, let alone the text colour.
		if !(between(got, dis, ph) && between(ph, got, fg)) {
			t.Errorf("%s: disabled %.2f, readable disabled %.2f, placeholder %.2f, text %.2f", v.name, dis, got, ph, fg)
		}
	}
}

func between(x, a, b float64) bool { return (x > a && x < b) || (x < a && x > b) }
