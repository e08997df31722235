package briefing

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// Helpers that read a PDF back with poppler's pdftotext.

func needPoppler(t testing.TB, tool string) {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s (poppler-utils) is not installed, so the printed text cannot be checked; install poppler-utils to run this test", tool)
	}
}

// pdfText returns the text of a PDF, one string per page.
func pdfText(t testing.TB, pdf []byte) []string {
	t.Helper()
	needPoppler(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "b.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// box is a word's bounding box as pdftotext -bbox reports it, in points
// from the page's top left.
type box struct {
	X0, Y0, X1, Y1 float64
	Text           string
}

type bboxPage struct {
	Width, Height float64
	Words         []box
}

// pdfBoxes returns the word boxes of every page.
func pdfBoxes(t testing.TB, pdf []byte) []bboxPage {
	t.Helper()
	needPoppler(t, "pdftotext")
	dir := t.TempDir()
	path := filepath.Join(dir, "b.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(dir, "b.html")
	if out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", path, html).CombinedOutput(); err != nil {
		t.Fatalf("pdftotext -bbox: %v\n%s", err, out)
	}
	data, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Words  []struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("reading pdftotext -bbox output: %v", err)
	}
	var pages []bboxPage
	for _, p := range doc.Pages {
		bp := bboxPage{Width: p.Width, Height: p.Height}
		for _, w := range p.Words {
			bp.Words = append(bp.Words, box{w.XMin, w.YMin, w.XMax, w.YMax, w.Text})
		}
		pages = append(pages, bp)
	}
	return pages
}

// overlaps returns pairs of words on a page whose boxes intersect (by more
// than a hair: touching edges do not count).
func overlaps(words []box) [][2]box {
	const eps = 0.2
	ws := append([]box(nil), words...)
	sort.Slice(ws, func(i, j int) bool { return ws[i].Y0 < ws[j].Y0 })
	var out [][2]box
	for i := range ws {
		for j := i + 1; j < len(ws) && ws[j].Y0 < ws[i].Y1-eps; j++ {
			a, b := ws[i], ws[j]
			if a.X0 < b.X1-eps && b.X0 < a.X1-eps && a.Y0 < b.Y1-eps && b.Y0 < a.Y1-eps {
				out = append(out, [2]box{a, b})
			}
		}
	}
	return out
}

// outlineTitles returns the titles of the PDF's outline (bookmarks), in
// order. fpdf writes outline items uncompressed as <</Title (…) with
// UTF-16BE text strings.
func outlineTitles(pdf []byte) []string {
	var titles []string
	marker := []byte("<</Title (")
	for i := 0; ; {
		k := bytes.Index(pdf[i:], marker)
		if k < 0 {
			break
		}
		i += k + len(marker)
		var raw []byte
		for i < len(pdf) && pdf[i] != ')' {
			if pdf[i] == '\\' && i+1 < len(pdf) {
				i++
				switch pdf[i] {
				case 'r':
					raw = append(raw, '\r')
				case 'n':
					raw = append(raw, '\n')
				default:
					raw = append(raw, pdf[i])
				}
			} else {
				raw = append(raw, pdf[i])
			}
			i++
		}
		if len(raw) >= 2 && raw[0] == 0xFE && raw[1] == 0xFF {
			raw = raw[2:]
			u := make([]uint16, len(raw)/2)
			for j := range u {
				u[j] = uint16(raw[2*j])<<8 | uint16(raw[2*j+1])
			}
			titles = append(titles, string(utf16.Decode(u)))
		} else {
			titles = append(titles, string(raw))
		}
	}
	return titles
}
