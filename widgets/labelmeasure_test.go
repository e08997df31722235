package widgets

import (
	"fmt"

	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app/netlayout"
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

// TestNetworkMeasuresInBulkOnlyForManyLabels: the network parses a face
// for its own measurer only while a layout measures more than
// netBulkMeasure labels, and drops it when the layout is done.
func TestNetworkMeasuresInBulkOnlyForManyLabels(t *testing.T) {
	test.NewTempApp(t)
	v := NewNetworkView()
	if v.bulkMeasurer(false) != nil {
		t.Fatal("a measurer outside a layout")
	}
	v.bulk = true
	for i := 1; i <= netBulkMeasure; i++ {
		if v.bulkMeasurer(false) != nil {
			t.Fatalf("a measurer at the %d-th label of a layout", i)
		}
	}
	if v.bulkMeasurer(false) == nil {
		t.Fatal("no measurer after many labels")
	}
	var nodes []netlayout.Node
	for i := range 3 {
		nodes = append(nodes, netlayout.Node{ID: fmt.Sprint(i), Label: fmt.Sprint("Node ", i)})
	}
	v.SetGraph(nodes, nil)
	if v.bulk || v.bulkMisses != 0 || v.measurers != [2]*labelMeasurer{} {
		t.Error("SetGraph kept its bulk measuring after the layout")
	}
}
