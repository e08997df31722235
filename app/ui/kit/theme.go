package kit

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/widgets"
)

// readableTheme is the window's theme: the base theme with every colour
// that carries text or meaning made to pass WCAG 2.1 AA contrast against
// the backgrounds it is drawn on (the window, an entry, a dialog), in the
// light and the dark variant alike. Low-importance and disabled text
// (notes, details, counts, the fields of a read-only case) is the base
// theme's disabled grey made readable. It is set once for the whole app
// instead of a theme override around each list or note: Fyne parses the
// fonts again for every override scope (and for every refresh of one),
// which cost hundreds of megabytes on a large case.
type readableTheme struct {
	fyne.Theme
	made *sync.Map // colourKey → color.Color: Fyne asks for colours on every refresh
}

// colourKey is one colour of one variant.
type colourKey struct {
	name    fyne.ThemeColorName
	variant fyne.ThemeVariant
}

// textColours are the colours Fyne and Casefile draw text in besides the
// foreground: they reach widgets.TextContrast.
var textColours = map[fyne.ThemeColorName]bool{
	theme.ColorNameDisabled:    true, // low-importance labels, read-only fields
	theme.ColorNamePlaceHolder: true, // an entry's hint
	theme.ColorNameHyperlink:   true,
	theme.ColorNamePrimary:     true, // high-importance labels, search hits; the focus outline
	theme.ColorNameError:       true, // a field's error and danger labels
}

// markColours are lines that say where a control is: they reach
// widgets.MarkContrast.
var markColours = map[fyne.ThemeColorName]bool{
	theme.ColorNameInputBorder: true, // the outline of an entry or a choice
	// Success and warning colour marks (a network's organizations, the
	// warning icon), never text: Casefile draws no Success or Warning
	// importance label, and a text test in the package says so.
	theme.ColorNameSuccess: true,
	theme.ColorNameWarning: true,
}

// onColours are the colours of text on a filled control (the default
// button, a danger button), each with its fill: when the base theme's
// colour does not pass on the readable fill, the text is drawn in the
// foreground or the background colour, whichever stands out more.
var onColours = map[fyne.ThemeColorName]fyne.ThemeColorName{
	theme.ColorNameForegroundOnPrimary: theme.ColorNamePrimary,
	theme.ColorNameForegroundOnError:   theme.ColorNameError,
	theme.ColorNameForegroundOnSuccess: theme.ColorNameSuccess,
	theme.ColorNameForegroundOnWarning: theme.ColorNameWarning,
}

// backgrounds are the colours text and marks are drawn on.
var backgrounds = []fyne.ThemeColorName{
	theme.ColorNameBackground,
	theme.ColorNameInputBackground,
	theme.ColorNameOverlayBackground, // dialogs and pop-ups
	theme.ColorNameSelection,         // the chosen row of a list
	theme.ColorNameHover,             // the row or button under the pointer
}

// bodyContrast is what the text colour reaches on the window: more than
// AA asks (Fyne's light grey text gives 7.3:1, near-black 15:1), so that
// disabled text, which must itself reach TextContrast, still looks
// unavailable beside it.
const bodyContrast = 15.0

// Color returns the base theme's colour, moved towards the foreground by
// the least step that makes it pass on every background when it is a
// text or mark colour that does not pass already.
// The result is kept, since the ratios cost a few microseconds and Fyne
// asks on every refresh of every widget.
func (t readableTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	key := colourKey{n, v}
	if c, ok := t.made.Load(key); ok {
		return c.(color.Color)
	}
	c := t.readable(n, v)
	t.made.Store(key, c)
	return c
}

// readable is what Color returns, worked out.
func (t readableTheme) readable(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	c := t.Theme.Color(n, v)
	if n == theme.ColorNameForeground {
		return t.foreground(v)
	}
	if fill, ok := onColours[n]; ok {
		return t.onFill(c, t.Color(fill, v), v)
	}
	ratio := 0.0
	switch {
	case textColours[n]:
		ratio = widgets.TextContrast
	case markColours[n]:
		ratio = widgets.MarkContrast
	default:
		return c
	}
	fg := t.foreground(v)
	window := t.Theme.Color(theme.ColorNameBackground, v)
	for _, bg := range backgrounds {
		c = widgets.Legible(c, widgets.OverBackground(t.Theme.Color(bg, v), window), fg, ratio)
	}
	return c
}

// foreground is the base theme's text colour moved towards black on a
// light window (towards white on a dark one) until it reaches
// bodyContrast.
func (t readableTheme) foreground(v fyne.ThemeVariant) color.Color {
	window := t.Theme.Color(theme.ColorNameBackground, v)
	var far color.Color = color.Black
	if widgets.ContrastRatio(window, color.White) > widgets.ContrastRatio(window, color.Black) {
		far = color.White
	}
	return widgets.Legible(t.Theme.Color(theme.ColorNameForeground, v), window, far, bodyContrast)
}

// onFill is c, the colour of text on fill, or when it does not pass on
// fill the foreground or background colour, or black or white, whichever
// passes best (in the dark variant a light primary takes dark text: no
// blue passes both on the dark window and under white text).
func (t readableTheme) onFill(c, fill color.Color, v fyne.ThemeVariant) color.Color {
	on := func(c color.Color) float64 { return widgets.ContrastRatio(widgets.OverBackground(c, fill), fill) }
	if on(c) >= widgets.TextContrast {
		return c
	}
	best := c
	for _, alt := range []color.Color{t.foreground(v), t.Theme.Color(theme.ColorNameBackground, v), color.Black, color.White} {
		if on(alt) > on(best) {
			best = alt
		}
	}
	return best
}

// ReadableTheme returns base with its text and mark colours made to pass
// WCAG 2.1 AA contrast (see readableTheme.Color).
func ReadableTheme(base fyne.Theme) fyne.Theme { return readableTheme{Theme: base, made: &sync.Map{}} }
