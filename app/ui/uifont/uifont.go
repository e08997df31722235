// Package uifont holds the fonts the window draws its own text with: DejaVu
// Sans in four styles and DejaVu Sans Mono, compiled into the program from
// Go modules. The interface does not depend on the fonts a computer happens
// to have: Windows without the right fallback font drew "→" as an empty
// box. Text in scripts these fonts lack (user text in Chinese, say) and
// emoji (Fyne's own emoji font is left out by the no_emoji build tag) still
// fall back to the system's fonts, as Fyne does for any theme font.
package uifont

import (
	"fyne.io/fyne/v2"
	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansboldoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavusansoblique"
)

// The bundled faces, as Fyne resources.
var (
	// Regular is DejaVu Sans.
	Regular = fyne.NewStaticResource("DejaVuSans.ttf", dejavusans.TTF)
	// Bold is DejaVu Sans Bold.
	Bold = fyne.NewStaticResource("DejaVuSans-Bold.ttf", dejavusansbold.TTF)
	// Italic is DejaVu Sans Oblique.
	Italic = fyne.NewStaticResource("DejaVuSans-Oblique.ttf", dejavusansoblique.TTF)
	// BoldItalic is DejaVu Sans Bold Oblique.
	BoldItalic = fyne.NewStaticResource("DejaVuSans-BoldOblique.ttf", dejavusansboldoblique.TTF)
	// Mono is DejaVu Sans Mono.
	Mono = fyne.NewStaticResource("DejaVuSansMono.ttf", dejavusansmono.TTF)
)

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
