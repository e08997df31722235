package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readableTheme is the window's theme: the base theme with low-importance
// and disabled text (notes, details, counts, the fields of a read-only
// case) drawn lighter than its disabled grey, so that it reads. It is set once for the whole app instead of a theme
// override around each list or note: Fyne parses the fonts again for every
// override scope (and for every refresh of one), which cost hundreds of
// megabytes on a large case.
type readableTheme struct{ fyne.Theme }

// Color draws disabled things halfway between the base theme's disabled
// grey and its placeholder colour: text in a read-only form or a note
// reads, while a disabled button (Undo with nothing to undo) still looks
// unavailable next to an enabled one.
func (t readableTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		return midway(t.Theme.Color(theme.ColorNameDisabled, v), t.Theme.Color(theme.ColorNamePlaceHolder, v))
	}
	return t.Theme.Color(n, v)
}

// midway is the colour halfway between a and b.
func midway(a, b color.Color) color.Color {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return color.RGBA64{R: uint16((ar + br) / 2), G: uint16((ag + bg) / 2), B: uint16((ab + bb) / 2), A: uint16((aa + ba) / 2)} // premultiplied, as RGBA gives them
}

// ReadableTheme returns base with disabled and low-importance text drawn
// readable rather than faint (see readableTheme.Color).
func ReadableTheme(base fyne.Theme) fyne.Theme { return readableTheme{base} }
