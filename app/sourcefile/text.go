package sourcefile

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// looksHTML reports whether a file without an HTML extension is HTML.
func looksHTML(raw []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(raw[:min(len(raw), 512)], []byte("\ufeff"))))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// decodeText returns raw as UTF-8 without a byte-order mark: as it is
// when it is valid UTF-8, else read as Windows-1252 (what most old text
// files that are not UTF-8 are).
func decodeText(raw []byte) string {
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	if utf8.Valid(raw) {
		return string(raw)
	}
	if s, err := charmap.Windows1252.NewDecoder().Bytes(raw); err == nil {
		return string(s)
	}
	return strings.ToValidUTF8(string(raw), "\ufffd")
}

// plainText gives a text Unix line ends, no spaces at line ends, and at
// most one empty line between paragraphs.
func plainText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0")
		if strings.TrimSpace(l) == "" {
			blank++
			continue
		}
		if len(out) > 0 && blank > 0 {
			out = append(out, "")
		}
		blank = 0
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// The light Markdown syntax markdownText removes.
var (
	mdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+.*$`)
	mdBold     = regexp.MustCompile(`(\*\*|__)([^\s*_](?:.*?[^\s*_])?)(\*\*|__)`)
	mdStar     = regexp.MustCompile(`(^|[^\w*])\*([^\s*](?:[^*\n]*?[^\s*])?)\*`)
	mdUnder    = regexp.MustCompile(`(^|[^\w_])_([^\s_](?:[^_\n]*?[^\s_])?)_($|[^\w_])`)
	mdCode     = regexp.MustCompile("`([^`\n]+)`")
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$`)
	mdSetext   = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdRule     = regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdQuote    = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdFence    = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	mdListItem = regexp.MustCompile(`^(\s*)[*+]\s+`)
)

// markdownText strips Markdown lightly: headings, emphasis, links and
// images (their text stays), code marks, block quotes, rules and fences.
// Lists keep their items, "*" and "+" bullets written as "•".
func markdownText(s string) Document {
	var doc Document
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	inFence := false
	for i, l := range lines {
		if mdFence.MatchString(l) {
			inFence = !inFence
			continue
		}
		if inFence {
			out = append(out, l)
			continue
		}
		if mdRefDef.MatchString(l) {
			continue
		}
		if mdSetext.MatchString(l) && i > 0 && strings.TrimSpace(lines[i-1]) != "" && len(out) > 0 {
			if doc.Title == "" && strings.HasPrefix(strings.TrimSpace(l), "=") {
				doc.Title = out[len(out)-1]
			}
			continue
		}
		if mdRule.MatchString(l) {
			out = append(out, "")
			continue
		}
		for mdQuote.MatchString(l) {
			l = mdQuote.ReplaceAllString(l, "")
		}
		if m := mdHeading.FindStringSubmatch(l); m != nil {
			l = m[1]
			if doc.Title == "" {
				doc.Title = markdownInline(l)
			}
		}
		l = mdListItem.ReplaceAllString(l, "$1• ")
		out = append(out, markdownInline(l))
	}
	doc.Text = plainText(strings.Join(out, "\n"))
	return doc
}

// markdownInline removes the inline syntax of one line.
func markdownInline(l string) string {
	l = mdImage.ReplaceAllString(l, "$1")
	l = mdLink.ReplaceAllString(l, "$1")
	l = mdRefLink.ReplaceAllString(l, "$1")
	l = mdCode.ReplaceAllString(l, "$1")
	l = mdBold.ReplaceAllString(l, "$2")
	l = mdStar.ReplaceAllString(l, "$1$2")
	l = mdUnder.ReplaceAllString(l, "$1$2$3")
	return l
}
