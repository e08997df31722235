package widgets

import (
	"bytes"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// labelMeasurer measures one-line labels in one font face the way Fyne
// does (internal/painter/font.go, walkString: the same segmentation and
// HarfBuzz shaping, so the same width to the bit), but with one shaper
// kept for all of them. Fyne makes a new shaper for every text it
// measures, and with it HarfBuzz's font and lookup tables: measuring each
// node label of the large case's network once took more than half of the
// Network tab's first showing. A label with a character the face lacks is
// left to fyne.MeasureText, which falls back to other fonts.
type labelMeasurer struct {
	face   *font.Face
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
}

// newLabelMeasurer parses the font resource, or returns nil when it cannot.
func newLabelMeasurer(res fyne.Resource) *labelMeasurer {
	if res == nil {
		return nil
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		return nil
	}
	return &labelMeasurer{face: f}
}

// ResolveFace is the face for every rune (width checks them first).
func (m *labelMeasurer) ResolveFace(rune) *font.Face { return m.face }

// width returns the width of s at size, as fyne.MeasureText gives it, and
// false when the face lacks one of its characters, or s is empty or holds
// a tab or a carriage return (which Fyne treats apart).
func (m *labelMeasurer) width(s string, size float32) (float32, bool) {
	runes := []rune(s)
	if len(runes) == 0 {
		return 0, false
	}
	for _, r := range runes {
		if r == '\t' || r == '\r' {
			return 0, false
		}
		if _, ok := m.face.NominalGlyph(r); !ok {
			return 0, false
		}
	}
	in := shaping.Input{
		Text:      runes,
		RunStart:  0,
		RunEnd:    len(runes),
		Direction: di.DirectionLTR,
		Face:      m.face,
		Size:      fixed.Int26_6(float64(size) * (1 << 6)),
	}
	var x float32
	for _, run := range m.seg.Split(in, m) {
		out := m.shaper.Shape(run)
		var adv fixed.Int26_6
		for _, g := range out.Glyphs {
			if g.GlyphID == 0 {
				return 0, false
			}
			adv += g.XAdvance
		}
		x += float32(float64(adv) / (1 << 6))
	}
	return x, true
}
