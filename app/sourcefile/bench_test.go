package sourcefile

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// longPDF makes a PDF of about 300 pages with groff: the test report's
// text repeated, two columns, footnotes, running footers.
func longPDF(b *testing.B) []byte {
	b.Helper()
	if _, err := exec.LookPath("groff"); err != nil {
		b.Skip("groff is not installed")
	}
	text, err := os.ReadFile("testdata/src/report.txt")
	if err != nil {
		b.Fatal(err)
	}
	var ms strings.Builder
	ms.WriteString(".ds LF Varnel Valley water review\n.ds RF Draft for comment\n.nr PS 11\n.nr VS 13\n")
	for i := range 225 {
		ms.WriteString(".NH\nPart " + string(rune('A'+i%26)) + "\n")
		for _, p := range strings.Split(strings.TrimSpace(string(text)), "\n") {
			ms.WriteString(".PP\n" + p + "\n")
		}
		if i%2 == 1 {
			ms.WriteString(".PP\nA remark\\**\n.FS\nA footnote to the remark.\n.FE\nends here.\n")
		}
	}
	src := filepath.Join(b.TempDir(), "long.ms")
	if err := os.WriteFile(src, []byte(ms.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	out, err := exec.Command("groff", "-ms", "-Tpdf", src).Output()
	if err != nil {
		b.Fatalf("groff: %v", err)
	}
	return out
}

// BenchmarkReadPDF300 reads a PDF of about 300 pages (target: under 5 s
// on a 2-core machine).
func BenchmarkReadPDF300(b *testing.B) {
	raw := longPDF(b)
	WarmUp()
	var pages int
	for b.Loop() {
		doc, err := Read(context.Background(), "long.pdf", raw, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages = len(doc.Pages)
	}
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkPdftotext300 is the baseline: poppler's pdftotext (native code)
// on the same PDF, as a separate process writing its text to a pipe.
func BenchmarkPdftotext300(b *testing.B) {
	raw := longPDF(b)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext is not installed")
	}
	path := filepath.Join(b.TempDir(), "long.pdf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := exec.Command("pdftotext", path, "-").Run(); err != nil {
			b.Fatal(err)
		}
	}
}
