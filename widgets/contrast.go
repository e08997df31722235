package widgets

// This file keeps the widgets' text and marks readable in any theme: a
// colour that stands out too little from the background is moved towards
// the text colour until it passes WCAG 2.1 AA (4.5:1 for text, 3:1 for
// marks and lines that carry meaning).

import (
	"image/color"
	"math"
)

// The contrast ratios of WCAG 2.1 AA, which the widgets and the window's
// theme (app/ui/kit) hold their colours to.
const (
	// TextContrast is the least ratio for text against its background (1.4.3).
	TextContrast = 4.5
	// MarkContrast is the least ratio for marks, outlines and the focus
	// ring that carry meaning (1.4.11).
	MarkContrast = 3.0
)

// ContrastRatio is WCAG 2.1's contrast ratio of two colours, each taken as
// opaque: from 1 (the same) to 21 (black on white).
func ContrastRatio(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is WCAG 2.1's relative luminance of c, its alpha ignored.
func luminance(c color.Color) float64 {
	n := toNRGBA(c)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// OverBackground is c, with its alpha, composed over the opaque bg: the
// colour the screen shows.
func OverBackground(c, bg color.Color) color.NRGBA {
	f, b := toNRGBA(c), toNRGBA(bg)
	out := blendNRGBA(b, color.NRGBA{f.R, f.G, f.B, 255}, float64(f.A)/255)
	out.A = 255
	return out
}

// Legible returns c as drawn over bg, moved towards fg (the theme's text
// colour, which stands out from bg) by the least step that reaches ratio.
func Legible(c, bg, fg color.Color, ratio float64) color.Color {
	base := OverBackground(c, bg)
	if ContrastRatio(base, bg) >= ratio {
		return c
	}
	to := OverBackground(fg, bg)
	for i := 1; i <= 20; i++ {
		m := blendNRGBA(base, to, float64(i)/20)
		m.A = 255
		if ContrastRatio(m, bg) >= ratio {
			return m
		}
	}
	return to
}
