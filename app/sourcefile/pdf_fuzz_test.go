package sourcefile

import (
	"context"
	"errors"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

// glyphsFrom decodes fuzz bytes into pages of glyphs: each glyph takes a
// rune byte and four coordinate bytes; a zero rune byte starts a page.
func glyphsFrom(b []byte) []pdfPage {
	pages := []pdfPage{{W: 595, H: 842}}
	for len(b) >= 5 {
		if b[0] == 0 {
			pages = append(pages, pdfPage{W: 595, H: 842})
			b = b[1:]
			continue
		}
		r := rune(b[0])
		switch {
		case b[0] < 9:
			r = []rune{'\r', '\n', ' ', 2, '\ufb01', '-', 'Ж', 'ب'}[b[0]-1]
		}
		x := float64(b[1]) * 2.3
		y := float64(b[2]) * 3.3
		w := float64(b[3]%16) / 2
		h := float64(b[4]%24) / 2
		p := &pages[len(pages)-1]
		p.Chars = append(p.Chars, glyph{R: r, X0: x, X1: x + w, Y0: y, Y1: y + h})
		b = b[5:]
	}
	return pages
}

// FuzzPDFLayout: any characters anywhere lay out into valid text whose
// page map is ordered and within the text.
func FuzzPDFLayout(f *testing.F) {
	seed := make([]byte, 0, 400)
	for i := range 80 {
		seed = append(seed, byte('a'+i%26), byte(i%40*5), byte(200-i/40*4), 5, 10)
	}
	f.Add(seed)
	f.Add([]byte("\x03\x10\x10\x05\x0a\x04\x20\x10\x05\x0a\x00a\x30\x10\x05\x0a"))
	f.Fuzz(func(t *testing.T, b []byte) {
		pages := glyphsFrom(b)
		doc := layoutPages(pages)
		if !utf8.ValidString(doc.Text) {
			t.Fatal("invalid UTF-8")
		}
		n := utf8.RuneCountInString(doc.Text)
		if len(doc.Pages) != len(pages) {
			t.Fatalf("%d pages mapped, want %d", len(doc.Pages), len(pages))
		}
		for i, p := range doc.Pages {
			if p < 0 || p > n || (i > 0 && p < doc.Pages[i-1]) {
				t.Fatalf("page map %v for %d code points", doc.Pages, n)
			}
		}
		if strings.ContainsAny(doc.Text, "\r\u00ad\ufb01") {
			t.Fatalf("text %q keeps a line end, soft hyphen or ligature", doc.Text)
		}
	})
}

// FuzzReadPDF: damaged PDFs give a sentence or a document, never a panic
// or a page map out of the text.
func FuzzReadPDF(f *testing.F) {
	raw, err := os.ReadFile("testdata/report-1col.pdf")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw, uint16(0), byte(0))
	f.Add(raw, uint16(len(raw)/2), byte('x'))
	f.Fuzz(func(t *testing.T, base []byte, at uint16, b byte) {
		data := append([]byte(nil), base...)
		if int(at) < len(data) {
			data[at] = b
		}
		doc, err := Read(context.Background(), "f.pdf", data, Options{})
		if err != nil {
			var ae *app.Error
			if !errors.As(err, &ae) || ae.Message == "" {
				t.Fatalf("error without a sentence: %v", err)
			}
			return
		}
		n := utf8.RuneCountInString(doc.Text)
		for _, p := range doc.Pages {
			if p < 0 || p > n || math.IsNaN(float64(p)) {
				t.Fatalf("page map %v for %d code points", doc.Pages, n)
			}
		}
	})
}
