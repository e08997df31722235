package sourcefile

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"casefile/app"
)

// readTestdata reads a file of testdata/ as a document.
func readTestdata(t testing.TB, name string, opt Options) Document {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(context.Background(), name, raw, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// pdftotext runs poppler's pdftotext on pages first..last (0: all).
func pdftotext(t testing.TB, path string, first, last int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	out, err := exec.Command("pdftotext", append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func needPdftotext(t testing.TB) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
}

// lineHyphen is a word broken at a line end in pdftotext's output.
var lineHyphen = regexp.MustCompile(`(\p{L})-\n(\p{Ll})`)

// comparable is text as compared: words broken at line ends joined, no
// white space or format characters, ligatures as letters.
func comparable(s string, joinHyphens bool) []rune {
	if joinHyphens {
		s = lineHyphen.ReplaceAllString(s, "$1$2")
	}
	var out []rune
	for _, r := range s {
		if l, ok := ligatures[r]; ok {
			out = append(out, []rune(l)...)
		} else if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			// (Format characters: soft hyphens, and the bidi embeddings
			// pdftotext puts around right-to-left runs.)
			out = append(out, r)
		}
	}
	return out
}

// withoutRunning takes out of pdftotext's text (pages separated by form
// feeds) what Casefile leaves out by design: page numbers, and lines near
// the top or bottom of a page that recur on two fifths of the pages or
// more (running headers and footers). The rest is compared as it is.
func withoutRunning(ref string) string {
	pages := strings.Split(strings.TrimRight(ref, "\f"), "\f")
	edge := func(lines []string) map[string]bool {
		keys := map[string]bool{}
		var nonblank []string
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				nonblank = append(nonblank, l)
			}
		}
		for i, l := range nonblank {
			if i < 3 || i >= len(nonblank)-3 {
				keys[runningKey(l)] = true
			}
		}
		return keys
	}
	count := map[string]int{}
	for _, p := range pages {
		for k := range edge(strings.Split(p, "\n")) {
			count[k]++
		}
	}
	var out []string
	for _, p := range pages {
		lines := strings.Split(p, "\n")
		edges := edge(lines)
		for _, l := range lines {
			k := runningKey(l)
			if edges[k] && (pageNumber.MatchString(strings.TrimSpace(l)) || (k != "" && count[k]*5 >= 2*len(pages) && count[k] >= 2)) {
				continue
			}
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// similarity is 2·LCS/(|a|+|b|) of two texts' characters (1: the same).
func similarity(a, b []rune) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(lcsLen(a, b)) / float64(len(a)+len(b))
}

// lcsLen is the length of the longest common subsequence, by Myers'
// O((N+M)·D) algorithm (the texts compared differ little).
func lcsLen(a, b []rune) int {
	n, m := len(a), len(b)
	maxD := n + m
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return (n + m - d) / 2
			}
		}
	}
	return 0
}

// TestPDFSimilarity measures each test PDF's text against pdftotext's.
func TestPDFSimilarity(t *testing.T) {
	needPdftotext(t)
	for _, c := range []struct {
		file string
		want float64
	}{
		{"report-1col.pdf", 0.98},
		{"report-2col.pdf", 0.98},
		{"report-lo.pdf", 0.98},
		// Casefile's own briefings are mostly tables (contents, legend,
		// the timeline's and lists' cells), which pdftotext reads in
		// another order: the similarity counts characters in order.
		{"briefing-ru.pdf", 0.95},
		{"briefing-vi.pdf", 0.94},
		// Persian: besides the tables, pdftotext and PDFium put the full
		// stop at a right-to-left run's end on different sides.
		{"briefing-fa.pdf", 0.90},
	} {
		doc := readTestdata(t, c.file, Options{})
		ref := withoutRunning(pdftotext(t, "testdata/"+c.file, 0, 0))
		sim := similarity(comparable(doc.Text, false), comparable(ref, true))
		t.Logf("%s: %d pages, similarity to pdftotext %.1f%%", c.file, len(doc.Pages), 100*sim)
		if sim < c.want {
			t.Errorf("%s: similarity to pdftotext %.3f, want at least %.2f", c.file, sim, c.want)
		}
	}
}

// pageOf is the page (1-based) that offset falls on.
func pageOf(pages []int, offset int) int {
	p := 0
	for i, start := range pages {
		if start <= offset {
			p = i
		}
	}
	return p + 1
}

// TestPDFPagesAndOrder: every page's text lies on that page, two columns
// are read column by column, words broken at line ends are joined,
// footnotes kept, running headers, footers and page numbers left out.
func TestPDFPagesAndOrder(t *testing.T) {
	needPdftotext(t)
	for _, file := range []string{"report-1col.pdf", "report-2col.pdf", "report-lo.pdf"} {
		doc := readTestdata(t, file, Options{})
		if len(doc.Pages) < 2 || doc.Pages[0] != 0 {
			t.Fatalf("%s: pages %v", file, doc.Pages)
		}
		runes := []rune(doc.Text)
		for i := range doc.Pages {
			// A stretch of words from the middle of pdftotext's page.
			words := strings.Fields(lineHyphen.ReplaceAllString(pdftotext(t, "testdata/"+file, i+1, i+1), "$1$2"))
			if len(words) < 20 {
				continue
			}
			found := 0
			for _, from := range []int{len(words) / 4, len(words) / 3, len(words) / 2, 2 * len(words) / 3} {
				phrase := strings.Join(words[from:from+6], " ")
				at := strings.Index(doc.Text, phrase)
				if at < 0 {
					continue // a table read in another order, a running footer
				}
				found++
				if p := pageOf(doc.Pages, len([]rune(doc.Text[:at]))); p != i+1 {
					t.Errorf("%s: %q of page %d maps to page %d", file, phrase, i+1, p)
				}
			}
			if found < 2 {
				t.Errorf("%s: page %d: fewer than two of its phrases found", file, i+1)
			}
		}
		if doc.Pages[len(doc.Pages)-1] >= len(runes) {
			t.Errorf("%s: the last page starts at the end of the text", file)
		}
		for _, want := range []string{"villages downstream", "roughly forty thousand residents", "light-industrial",
			"which must be answered within thirty working days", // read on past the footnote
			"fiction.2\n\nThe company declined",                 // a paragraph ends after a footnote's mark
			"Regional decree on reservoir allocation, annex two.", "Interview with the review team, 12 May."} {
			if !strings.Contains(doc.Text, want) {
				t.Errorf("%s: no %q in the text", file, want)
			}
		}
		for _, not := range []string{"vil- lages", "vil-lages", "Draft for comment", "water review\n", "- 2 -", "-2-"} {
			if strings.Contains(doc.Text, not) {
				t.Errorf("%s: %q in the text", file, not)
			}
		}
		// Reading order: the sections in their order.
		last := -1
		for _, h := range []string{"Summary of the review", "Background", "What the parties say", "Records examined", "Assessment", "Recommendations"} {
			at := strings.Index(doc.Text, "\n\n"+h+"\n\n")
			if h == "Summary of the review" && at < 0 {
				at = strings.Index(doc.Text, h+"\n\n")
			}
			if at <= last {
				t.Errorf("%s: heading %q at %d, after %d: reading order broken\n%s", file, h, at, last, doc.Text)
				break
			}
			last = at
		}
	}
}

// TestPDFRefusals: a damaged file, a truncated one and a PDF without
// text get one sentence each.
func TestPDFRefusals(t *testing.T) {
	raw, err := os.ReadFile("testdata/report-1col.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"garbage.pdf":   []byte("%PDF-1.4\nnot really a PDF at all"),
		"truncated.pdf": raw[:len(raw)/3],
	} {
		_, err := Read(context.Background(), name, b, Options{})
		var ae *app.Error
		if !errors.As(err, &ae) || ae.Code != app.EINVALID || !strings.Contains(ae.Message, name) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestPDFPasswordScanCancel: an encrypted PDF asks for its password (and
// opens with it), a scan is refused saying what to do, a cancelled read
// stops, and progress is told page by page.
func TestPDFPasswordScanCancel(t *testing.T) {
	raw, err := os.ReadFile("testdata/report-encrypted.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for pw, want := range map[string]string{"": "is protected by a password", "wrong": "is not right"} {
		_, err := Read(ctx, "report-encrypted.pdf", raw, Options{Password: pw})
		var ae *app.Error
		if !errors.Is(err, ErrPassword) || !errors.As(err, &ae) || !strings.Contains(ae.Message, want) || ae.Field != "password" {
			t.Errorf("password %q: %v", pw, err)
		}
	}
	var done, total int
	doc, err := Read(ctx, "report-encrypted.pdf", raw, Options{Password: "varnel", Progress: func(d, n int) { done, total = d, n }})
	if err != nil || !strings.Contains(doc.Text, "light-industrial estates") || done != total || total != len(doc.Pages) || total < 2 {
		t.Errorf("with the password: %v, progress %d/%d, %d pages", err, done, total, len(doc.Pages))
	}
	scan, err := os.ReadFile("testdata/scan.pdf")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Read(ctx, "scan.pdf", scan, Options{})
	var ae *app.Error
	if !errors.As(err, &ae) || !strings.Contains(ae.Message, "no text layer") || !strings.Contains(ae.Message, "OCR") {
		t.Errorf("a scan: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Read(cancelled, "report-1col.pdf", raw, Options{Password: "varnel"}); err == nil || !strings.Contains(app.ErrorMessage(err), "cancelled") {
		t.Errorf("a cancelled read: %v", err)
	}
}

// page lays glyphs of text out on a line from x at baseline y, each
// character 5 points wide and 10 high, a space 5 points.
func placeLine(text string, x, y float64) []glyph {
	var gs []glyph
	for _, r := range text {
		if r != ' ' {
			gs = append(gs, glyph{R: r, X0: x, X1: x + 4.5, Y0: y, Y1: y + 10})
		}
		x += 5
	}
	return append(gs, glyph{R: '\r'}, glyph{R: '\n'})
}

// TestLayoutRules: ligatures come out as letters, a soft hyphen at a line
// end joins the word, two columns are read one after the other, a
// running footer and page numbers are left out, and the page map points
// at each page's first word.
func TestLayoutRules(t *testing.T) {
	var pages []pdfPage
	who := []string{"", "the columnist", "a commissioner", "the columnist"}
	for n := 1; n <= 3; n++ {
		var gs []glyph
		w := strings.Fields(who[n])
		gs = append(gs, placeLine("The ﬁrst line of page "+strconv.Itoa(n)+" says", 50, 730)...)
		gs = append(gs, placeLine(w[0]+" "+w[1][:5]+"\u0002", 50, 716)...)
		gs = append(gs, placeLine(w[1][5:]+", ﬂatly.", 50, 702)...)
		for i := range 6 {
			gs = append(gs, placeLine("left column line "+strconv.Itoa(i), 50, float64(670-14*i))...)
		}
		for i := range 6 {
			gs = append(gs, placeLine("right column line "+strconv.Itoa(i), 320, float64(670-14*i))...)
		}
		gs = append(gs, placeLine("Varnel review · draft", 50, 40)...)
		gs = append(gs, placeLine("- "+strconv.Itoa(n)+" -", 280, 25)...)
		pages = append(pages, pdfPage{W: 595, H: 842, Chars: gs})
	}
	doc := layoutPages(pages)
	runes := []rune(doc.Text)
	for n := 1; n <= 3; n++ {
		page := string(runes[doc.Pages[n-1]:])
		if n < 3 {
			page = string(runes[doc.Pages[n-1]:doc.Pages[n]])
		}
		want := "The first line of page " + strconv.Itoa(n) + " says " + who[n] + ", flatly."
		if !strings.HasPrefix(page, want) {
			t.Errorf("page %d starts %q, want %q", n, page, want)
		}
		l5, r0 := strings.Index(page, "left column line 5"), strings.Index(page, "right column line 0")
		if l5 < 0 || r0 < l5 {
			t.Errorf("page %d: the columns are not read one after the other: %q", n, page)
		}
		if strings.Contains(page, "Varnel review") || strings.Contains(page, "- "+strconv.Itoa(n)+" -") {
			t.Errorf("page %d keeps its footer or number: %q", n, page)
		}
	}
}
