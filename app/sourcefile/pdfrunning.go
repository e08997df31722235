package sourcefile

import (
	"regexp"
	"strings"
	"unicode"
)

// pageNumber matches a line that is only a page number: "7", "- 7 -",
// "Page 7", "7 of 12", "vii".
var pageNumber = regexp.MustCompile(`(?i)^[\s\-–—.|]*(?:page\s+|p\.\s*|seite\s+|стр\.?\s*)?(?:\d{1,5}|[ivxlcdm]{1,7})(?:\s*(?:of|/|von|из)\s*\d{1,5})?[\s\-–—.|]*$`)

// runningKey is what a running header or footer keeps from page to page:
// its letters in lower case, its digits all alike.
func runningKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('#')
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// marginShare is the share of a page's height, at its top and bottom, in
// which running headers and footers are looked for.
const marginShare = 0.12

// dropRunning removes running headers, footers and page numbers: a line in
// the top or bottom margin of its page that is only a page number, or
// whose text (digits aside) stands in the margins of at least two pages
// and two fifths of them.
func dropRunning(all [][]line, pages []pdfPage) {
	inMargin := func(l line, p pdfPage) bool {
		if p.H <= 0 {
			return false
		}
		return l.y0 > p.H*(1-marginShare) || l.y1 < p.H*marginShare
	}
	seen := map[string]int{}
	for i, ls := range all {
		keys := map[string]bool{}
		for _, l := range ls {
			if k := runningKey(string(l.text)); k != "" && inMargin(l, pages[i]) && !keys[k] {
				keys[k] = true
				seen[k]++
			}
		}
	}
	need := max(2, (2*len(pages)+4)/5)
	for i, ls := range all {
		kept := ls[:0]
		for _, l := range ls {
			if inMargin(l, pages[i]) {
				text := strings.TrimSpace(string(l.text))
				if pageNumber.MatchString(text) || seen[runningKey(text)] >= need {
					continue
				}
			}
			kept = append(kept, l)
		}
		all[i] = kept
	}
}
