package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// mutedTheme shows low-importance text (notes, details, counts) in the
// theme's placeholder colour, which reads better than the disabled grey.
type mutedTheme struct{}

func (mutedTheme) current() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

// Color swaps the disabled colour for the placeholder colour.
func (m mutedTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		n = theme.ColorNamePlaceHolder
	}
	return m.current().Color(n, v)
}

// Font is the current theme's font.
func (m mutedTheme) Font(s fyne.TextStyle) fyne.Resource { return m.current().Font(s) }

// Icon is the current theme's icon.
func (m mutedTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return m.current().Icon(n) }

// Size is the current theme's size.
func (m mutedTheme) Size(n fyne.ThemeSizeName) float32 { return m.current().Size(n) }

// Muted shows o's low-importance text in a readable grey.
func Muted(o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(o, mutedTheme{})
}
