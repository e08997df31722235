// Package uifont holds the fonts the window draws its own text with: DejaVu
// Sans in four styles and DejaVu Sans Mono, compiled into the program from
// Go modules. The interface does not depend on the fonts a computer happens
// to have: Windows without the right fallback font drew "→" as an empty
// box. Text in scripts these fonts lack (user text in Chinese, say) and
// emoji (Fyne's own emoji font is left out by the no_emoji build tag) still
// fall back to the system's fonts, as Fyne does for any theme font.
//
// The faces are carried in Fyne's own default-font resources
// (theme.DefaultTextFont and the others), whose content this package
// replaces when it is loaded, before any text is drawn. Fyne parses a
// theme's font and, unless it is the very same resource, its own default
// font of that style as a fallback (internal/painter, lookupFaces): with
// resources of our own, every style drawn cost a second, useless parse of
// Fyne's Noto Sans (1.5 MB of heap each; docs/BENCHMARKS.md, "Memory").
package uifont

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansboldoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavusansoblique"
)

// The bundled faces, as Fyne resources.
var (
	// Regular is DejaVu Sans.
	Regular = adopt(theme.DefaultTextFont(), "DejaVuSans.ttf", dejavusans.TTF)
	// Bold is DejaVu Sans Bold.
	Bold = adopt(theme.DefaultTextBoldFont(), "DejaVuSans-Bold.ttf", dejavusansbold.TTF)
	// Italic is DejaVu Sans Oblique.
	Italic = adopt(theme.DefaultTextItalicFont(), "DejaVuSans-Oblique.ttf", dejavusansoblique.TTF)
	// BoldItalic is DejaVu Sans Bold Oblique.
	BoldItalic = adopt(theme.DefaultTextBoldItalicFont(), "DejaVuSans-BoldOblique.ttf", dejavusansboldoblique.TTF)
	// Mono is DejaVu Sans Mono.
	Mono = adopt(theme.DefaultTextMonospaceFont(), "DejaVuSansMono.ttf", dejavusansmono.TTF)
)

// adopt puts a face into Fyne's default-font resource of its style and
// returns that resource, so that a theme returning it is "the same as the
// fallback" to Fyne and its font is parsed once per style. It runs during
// package initialisation, before any goroutine can draw. Should a later
// Fyne hand out its defaults in another form, it returns a resource of
// our own: the window looks the same and pays the second parse again
// (TestFacesRideInFynesDefaultResources says so).
func adopt(fyneDefault fyne.Resource, name string, content []byte) fyne.Resource {
	if r, ok := fyneDefault.(*fyne.StaticResource); ok {
		r.StaticName, r.StaticContent = name, content
		return r
	}
	return fyne.NewStaticResource(name, content)
}

// Font returns the bundled face for a text style, or nil for the symbol
// style (Fyne's own symbol font, which it ships itself, serves that).
func Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace:
		return Mono
	case s.Bold && s.Italic:
		return BoldItalic
	case s.Bold:
		return Bold
	case s.Italic:
		return Italic
	case s.Symbol:
		return nil
	}
	return Regular
}

// All lists every bundled face.
func All() []fyne.Resource { return []fyne.Resource{Regular, Bold, Italic, BoldItalic, Mono} }
