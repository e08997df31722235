// Package uifont holds the fonts the window draws its own text with: DejaVu
// Sans in four styles and DejaVu Sans Mono, compiled into the program. The
// interface does not depend on the fonts a computer happens to have:
// Windows without the right fallback font drew "→" as an empty box. Text
// in scripts these fonts lack (user text in Chinese, say) and emoji
// (Fyne's own emoji font is left out by the no_emoji build tag) still fall
// back to the system's fonts, as Fyne does for any theme font.
//
// The faces are subsets of DejaVu (faces/*.ttf, made by
// scripts/subset-fonts.sh from the fonts of the Go module
// github.com/go-fonts/dejavu): the Latin, Greek and Cyrillic scripts and
// the punctuation and symbols listed in faces/ranges.txt, 2,607 of DejaVu
// Sans' 6,253 glyphs. Fyne parses every glyph of a face when it loads it
// and keeps the face, and the file it was parsed from, for the life of the
// window; the whole DejaVu Sans cost 2.6 MB of memory a style, a subset
// 0.85 MB (docs/BENCHMARKS.md, "Memory"). The scripts left out come from
// the system's fonts, which Fyne loads for each style anyway.
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
	_ "embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The subsets of DejaVu, as scripts/subset-fonts.sh made them.
var (
	//go:embed faces/DejaVuSans.ttf
	regularTTF []byte
	//go:embed faces/DejaVuSans-Bold.ttf
	boldTTF []byte
	//go:embed faces/DejaVuSans-Oblique.ttf
	italicTTF []byte
	//go:embed faces/DejaVuSans-BoldOblique.ttf
	boldItalicTTF []byte
	//go:embed faces/DejaVuSansMono.ttf
	monoTTF []byte
)

// The bundled faces, as Fyne resources.
var (
	// Regular is DejaVu Sans.
	Regular = adopt(theme.DefaultTextFont(), "DejaVuSans.ttf", regularTTF)
	// Bold is DejaVu Sans Bold.
	Bold = adopt(theme.DefaultTextBoldFont(), "DejaVuSans-Bold.ttf", boldTTF)
	// Italic is DejaVu Sans Oblique.
	Italic = adopt(theme.DefaultTextItalicFont(), "DejaVuSans-Oblique.ttf", italicTTF)
	// BoldItalic is DejaVu Sans Bold Oblique.
	BoldItalic = adopt(theme.DefaultTextBoldItalicFont(), "DejaVuSans-BoldOblique.ttf", boldItalicTTF)
	// Mono is DejaVu Sans Mono.
	Mono = adopt(theme.DefaultTextMonospaceFont(), "DejaVuSansMono.ttf", monoTTF)
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
