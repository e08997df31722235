package briefing

import (
	"bytes"
	"io"
	"strconv"
	"sync"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

var (
	largePagesOnce sync.Once
	largePages     int
)

// BenchmarkRenderLarge builds and renders the briefing of the large case
// (10,000 events, several hundred pages) and writes it out.
func BenchmarkRenderLarge(b *testing.B) {
	d := largeCase(b)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		doc, err := Build(d, Options{Printed: printed})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Render(doc, &buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(countPages(b)), "pages")
	b.ReportMetric(float64(size)/1e6, "MB")
}

// countPages renders the large case once and counts its pages.
func countPages(tb testing.TB) int {
	largePagesOnce.Do(func() {
		doc, err := Build(largeCase(tb), Options{Printed: printed})
		if err != nil {
			tb.Fatal(err)
		}
		r := newRenderer(doc)
		r.draw()
		largePages = r.pdf.PageCount()
	})
	return largePages
}

// BenchmarkPlainTextBaseline writes as many pages as the large briefing has,
// of plain text (55 lines of 90 characters a page, one font), straight with
// fpdf: the floor against which BenchmarkRenderLarge is measured.
func BenchmarkPlainTextBaseline(b *testing.B) {
	pages := countPages(b)
	line := "Plain text of a baseline page, ninety characters long, with some Çuçi and Ëndri letters."
	b.ReportAllocs()
	for b.Loop() {
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.AddUTF8FontFromBytes(family, "", regular.ttf())
		pdf.SetFont(family, "", sizeTable)
		pdf.SetAutoPageBreak(false, 0)
		for p := range pages {
			pdf.AddPage()
			for l := range 55 {
				pdf.Text(20, 25+float64(l)*4.4, line)
			}
			pdf.Text(170, 290, "Page "+strconv.Itoa(p+1))
		}
		if err := pdf.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pages), "pages")
}
