package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Theme choices offered in the View menu.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// fixedVariantTheme is Fyne's default theme pinned to the light or dark
// variant, whatever the desktop prefers.
type fixedVariantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the default theme's colour for the pinned variant.
func (t fixedVariantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

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

// muted shows o's low-importance text in a readable grey.
func muted(o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(o, mutedTheme{})
}

// themeFor returns the Fyne theme for a theme choice.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return fixedVariantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight}
	case themeDark:
		return fixedVariantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark}
	default:
		return theme.DefaultTheme()
	}
}

// applyTheme sets the app's theme and remembers the choice.
func applyTheme(a fyne.App, choice string) {
	if choice != themeLight && choice != themeDark {
		choice = themeSystem
	}
	a.Preferences().SetString(prefTheme, choice)
	a.Settings().SetTheme(themeFor(choice))
}

// savedTheme returns the theme choice kept in preferences.
func savedTheme(a fyne.App) string {
	return a.Preferences().StringWithFallback(prefTheme, themeSystem)
}
