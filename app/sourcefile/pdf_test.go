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
// white space, ligatures as letters.
func comparable(s string, joinHyphens bool) []rune {
	if joinHyphens {
		s = lineHyphen.ReplaceAllString(s, "$1$2")
	}
	var out []rune
	for _, r := range s {
		if l, ok := ligatures[r]; ok {
			out = append(out, []rune(l)...)
		} else if !unicode.IsSpace(r) && r != '\u00ad' {
			out = append(out, r)
		}
	}
	return out
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
	} {
		doc := readTestdata(t, c.file, Options{})
		ref := pdftotext(t, "testdata/"+c.file, 0, 0)
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
