package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app/ui/kit"
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

// themeFor returns the Fyne theme for a theme choice, drawn in the bundled
// fonts, with readable grey for low-importance text (kit.ReadableTheme).
func themeFor(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return bundledFonts{kit.ReadableTheme(fixedVariantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight})}
	case themeDark:
		return bundledFonts{kit.ReadableTheme(fixedVariantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})}
	default:
		return bundledFonts{kit.ReadableTheme(theme.DefaultTheme())}
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
