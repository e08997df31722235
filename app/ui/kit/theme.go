package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readableTheme is the window's theme: the base theme with low-importance
// and disabled text (notes, details, counts, the fields of a read-only
// case) in the base theme's placeholder colour, which reads better than
// its disabled grey. It is set once for the whole app instead of a theme
// override around each list or note: Fyne parses the fonts again for every
// override scope (and for every refresh of one), which cost hundreds of
// megabytes on a large case.
type readableTheme struct{ fyne.Theme }

// Color swaps the disabled colour for the placeholder colour.
func (t readableTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		n = theme.ColorNamePlaceHolder
	}
	return t.Theme.Color(n, v)
}

// ReadableTheme returns base with disabled and low-importance text drawn
// in base's placeholder colour, readable grey rather than faint.
func ReadableTheme(base fyne.Theme) fyne.Theme { return readableTheme{base} }
