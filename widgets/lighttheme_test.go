package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// lightTestTheme is Fyne's default theme held to its light variant, so that
// goldens look like the app on a light desktop rather than the grey test
// theme.
type lightTestTheme struct{ fyne.Theme }

func (l lightTestTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// newTestApp starts a test app with the real (light) theme.
func newLightApp(t testing.TB) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTestTheme{theme.DefaultTheme()})
	return a
}

// showIn puts o alone in a test window of the given size.
func showAlone(t testing.TB, o fyne.CanvasObject, w, h float32) fyne.Window {
	t.Helper()
	win := test.NewTempWindow(t, o)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	return win
}

// darkTestTheme is Fyne's default theme held to its dark variant.
type darkTestTheme struct{ fyne.Theme }

func (d darkTestTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return d.Theme.Color(n, theme.VariantDark)
}
