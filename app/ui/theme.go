package ui

import (
	"image/color"
	"sync"

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
// fonts, with readable grey for low-importance text (kit.ReadableTheme)
// and icons of its own (ownIcons).
func themeFor(choice string) fyne.Theme {
	var base fyne.Theme = theme.DefaultTheme()
	switch choice {
	case themeLight:
		base = fixedVariantTheme{Theme: base, variant: theme.VariantLight}
	case themeDark:
		base = fixedVariantTheme{Theme: base, variant: theme.VariantDark}
	}
	return ownIcons{Theme: bundledFonts{kit.ReadableTheme(base)}, made: &sync.Map{}}
}

// ownIcons gives each theme, and each variant of it, icon resources of its
// own: the same resource for the same icon while the theme lasts, another
// one after a change of theme or variant.
//
// Fyne's default theme hands out the same *theme.ThemedResource for an
// icon in every theme, and a widget.Icon draws its resource again only
// when it is another value (widget/icon.go, iconRenderer.Refresh). After a
// change of theme, Fyne's own walk redraws what is on screen, but it does
// not reach the tabs that are not (AppTabs' renderer holds only the
// selected tab's content): their icons, such as a drop-down's arrow, kept
// the old theme's colour when the tab was shown again, white on white
// after a switch from Dark to Light. With a resource of its own, the
// refresh a tab gets when it is shown in another theme (tabPage) draws
// each icon again.
type ownIcons struct {
	fyne.Theme
	made *sync.Map // iconKey → fyne.Resource
}

type iconKey struct {
	name    fyne.ThemeIconName
	variant fyne.ThemeVariant
}

// Icon returns the wrapped theme's icon, a themed one as a resource of
// this theme and variant.
func (t ownIcons) Icon(n fyne.ThemeIconName) fyne.Resource {
	k := iconKey{name: n}
	if a := fyne.CurrentApp(); a != nil {
		k.variant = a.Settings().ThemeVariant()
	}
	if r, ok := t.made.Load(k); ok {
		return r.(fyne.Resource)
	}
	r := t.Theme.Icon(n)
	if tr, ok := r.(*theme.ThemedResource); ok {
		own := theme.NewThemedResource(tr)
		own.ColorName = tr.ColorName
		r = own
	}
	got, _ := t.made.LoadOrStore(k, r)
	return got.(fyne.Resource)
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
