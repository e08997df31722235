package briefing

import (
	"math"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The briefing is set in DejaVu Sans, which covers Latin (with Albanian,
// Turkish and Vietnamese letters), Greek, Cyrillic, Hebrew, and Arabic with
// its presentation forms. The oblique face lacks Arabic; text it cannot show
// falls back to the upright face (see face.covers).

// fontStyle is one face of the family.
type fontStyle int

const (
	regular fontStyle = iota
	bold
	italic
	numStyles
)

// fpdfStyle is the style string fpdf knows the face by.
func (s fontStyle) fpdfStyle() string {
	switch s {
	case bold:
		return "B"
	case italic:
		return "I"
	}
	return ""
}

func (s fontStyle) ttf() []byte {
	switch s {
	case bold:
		return dejavusansbold.TTF
	case italic:
		return dejavusansoblique.TTF
	}
	return dejavusans.TTF
}

// metrics holds, for each face, the advance width of every rune of the Basic
// Multilingual Plane in thousandths of an em (as fpdf rounds them), and
// whether the face has a glyph for it. fpdf itself cannot print runes
// beyond the BMP.
type metrics struct {
	width [numStyles][]uint16
	has   [numStyles][]bool
}

var (
	metricsOnce sync.Once
	fontMetrics *metrics
)

func getMetrics() *metrics {
	metricsOnce.Do(func() {
		m := &metrics{}
		for s := fontStyle(0); s < numStyles; s++ {
			f, err := sfnt.Parse(s.ttf())
			if err != nil {
				panic("briefing: cannot read an embedded DejaVu font: " + err.Error())
			}
			upem := float64(f.UnitsPerEm())
			m.width[s] = make([]uint16, 0x10000)
			m.has[s] = make([]bool, 0x10000)
			var buf sfnt.Buffer
			for r := rune(0); r < 0x10000; r++ {
				g, err := f.GlyphIndex(&buf, r)
				if err != nil || g == 0 {
					continue
				}
				adv, err := f.GlyphAdvance(&buf, g, fixed.Int26_6(f.UnitsPerEm())<<6, font.HintingNone)
				if err != nil {
					continue
				}
				m.has[s][r] = true
				m.width[s][r] = uint16(math.Round(float64(adv) / 64 * 1000 / upem))
			}
		}
		fontMetrics = m
	})
	return fontMetrics
}

// covers reports whether face s has a glyph for r.
func (m *metrics) covers(s fontStyle, r rune) bool {
	return r >= 0 && r < 0x10000 && m.has[s][r]
}

// textWidth returns the width in millimetres of s set in face st at size
// points, as fpdf measures it.
func (m *metrics) textWidth(s string, st fontStyle, size float64) float64 {
	w := 0
	for _, r := range s {
		if r >= 0 && r < 0x10000 {
			w += int(m.width[st][r])
		}
	}
	return float64(w) * size / 1000 * 25.4 / 72
}
