package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestLabelMeasurerMatchesFyne: the network's own label measuring gives
// fyne.MeasureText's width to the bit, for the labels a case holds (names
// with accents, places, dates, punctuation, a label cut short), and leaves
// to Fyne what its face cannot show.
func TestLabelMeasurerMatchesFyne(t *testing.T) {
	test.NewTempApp(t)
	labels := []string{
		"Ali Núñez", "Ministry of the Interior of Paris", "Ayşe Öztürk", "Gjirokastër", "Đorđe Çuçi",
		"Søren Østergaard", "NCRI (National Council of Resistance of Iran)", "leader of", "1,000 officers",
		"“quoted”, ‘quoted’ — and so on…", "AVA fifty-fifty: Wolf, Tea", "x", "Ω",
	}
	for _, italic := range []bool{false, true} {
		style := fyne.TextStyle{Italic: italic}
		m := newLabelMeasurer(theme.DefaultTheme().Font(style))
		if m == nil {
			t.Fatal("the theme's face could not be parsed")
		}
		for _, size := range []float32{11, 12.5, 13, 14} {
			for _, s := range labels {
				got, ok := m.width(s, size)
				if want := fyne.MeasureText(s, size, style).Width; !ok || got != want {
					t.Errorf("italic %v, size %v, %q: width %v (%v), Fyne gives %v", italic, size, s, got, ok, want)
				}
			}
		}
		for _, s := range []string{"", "北京", "a\tb", "🙂 ok"} {
			if _, ok := m.width(s, 12); ok {
				t.Errorf("%q was measured by the label measurer; it should be left to Fyne", s)
			}
		}
	}
}
