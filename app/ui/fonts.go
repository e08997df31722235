package ui

import (
	"fyne.io/fyne/v2"

	"casefile/app/ui/uifont"
)

// bundledFonts is a theme whose text is drawn in the fonts compiled into
// the program (uifont), so that every character the interface itself uses
// is there on any computer; user text in other scripts still falls back to
// the system's fonts.
type bundledFonts struct{ fyne.Theme }

// Font returns the bundled face for the style, or the wrapped theme's
// symbol font.
func (t bundledFonts) Font(s fyne.TextStyle) fyne.Resource {
	if r := uifont.Font(s); r != nil {
		return r
	}
	return t.Theme.Font(s)
}
