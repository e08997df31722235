package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"casefile/app"
)

// importedText is a document's readable text, with what it says about
// itself (an HTML page's title, address, date and author), for File ▸
// Import source text….
type importedText struct {
	Text      string
	Title     string // the page's title or the first heading; else the file name
	URL       string // an HTML page's canonical address
	Published string // an HTML page's publication date as YYYY-MM-DD, or ""
	Author    string
}

// sourceTextExts are the kinds of file Import source text reads.
var sourceTextExts = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}

// maxImportBytes bounds the file Import source text reads.
const maxImportBytes = 64 << 20

// readSourceText reads a text, Markdown or HTML file into readable text:
// HTML reduced to its paragraphs, Markdown without its syntax, every text
// in UTF-8 (a file that is not is read as Windows-1252), NFC, with Unix
// line ends.
func readSourceText(path string) (importedText, error) {
	base := filepath.Base(path)
	fi, err := os.Stat(path)
	if err != nil {
		return importedText{}, app.Errorf(app.ENOTFOUND, "The file %s could not be read.", base)
	}
	if fi.Size() > maxImportBytes {
		return importedText{}, app.Errorf(app.EINVALID, "The file %s is too large to be a source's text.", base)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return importedText{}, app.Errorf(app.ENOTFOUND, "The file %s could not be read.", base)
	}
	var doc importedText
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksHTML(raw):
		doc = htmlText(raw)
	case ext == ".md" || ext == ".markdown":
		doc = markdownText(decodeText(raw))
	default:
		doc = importedText{Text: plainText(decodeText(raw))}
	}
	doc.Text = norm.NFC.String(doc.Text)
	doc.Title = oneLine(norm.NFC.String(doc.Title))
	if doc.Title == "" {
		doc.Title = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if strings.TrimSpace(doc.Text) == "" {
		return doc, app.Errorf(app.EINVALID, "The file %s holds no readable text.", base)
	}
	if len(doc.Text) > app.MaxDocLen {
		return doc, app.Errorf(app.EINVALID, "The text of %s is too long for a source (more than %d MB).", base, app.MaxDocLen>>20)
	}
	return doc, nil
}

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
func markdownText(s string) importedText {
	var doc importedText
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

// htmlSkip are the elements whose content is not the document's text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Aside: true,
	atom.Footer: true, atom.Head: true, atom.Dialog: true, atom.Menu: true,
}

// htmlBlocks are the elements that stand as paragraphs of their own.
var htmlBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Main: true, atom.Figure: true,
	atom.Figcaption: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Ul: true, atom.Ol: true,
	atom.Hr: true, atom.Address: true, atom.Caption: true, atom.Details: true, atom.Summary: true,
}

// htmlText reduces an HTML page to its readable text: scripts, styles,
// navigation, forms, asides and footers dropped; each paragraph, heading,
// list item or table row a paragraph; white space collapsed except in
// <pre>; entities decoded. It also reads the page's title, canonical
// address, publication date and author from its head.
func htmlText(raw []byte) importedText {
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return importedText{Text: plainText(html.UnescapeString(string(raw)))}
	}
	var doc importedText
	readHead(root, &doc)
	w := &htmlWriter{}
	w.walk(root)
	doc.Text = plainText(w.b.String())
	if doc.Title == "" {
		doc.Title = w.firstHeading
	}
	return doc
}

// readHead reads the page's title and meta data.
func readHead(n *html.Node, doc *importedText) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if doc.Title == "" {
				doc.Title = nodeText(n)
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && doc.URL == "" {
				doc.URL = attr(n, "href")
			}
		case atom.Meta:
			readMeta(n, doc)
		case atom.Body:
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		readHead(c, doc)
	}
}

// readMeta takes the address, date and author from a <meta> tag.
func readMeta(n *html.Node, doc *importedText) {
	name := strings.ToLower(attr(n, "property") + attr(n, "name"))
	content := strings.TrimSpace(attr(n, "content"))
	switch name {
	case "og:url":
		if doc.URL == "" {
			doc.URL = content
		}
	case "article:published_time", "date", "pubdate", "dc.date", "dc.date.issued", "citation_publication_date":
		if doc.Published == "" && isoDay.MatchString(content) {
			doc.Published = content[:10]
		}
	case "author", "article:author", "dc.creator":
		if doc.Author == "" && !strings.Contains(content, "://") {
			doc.Author = content
		}
	case "og:title":
		if doc.Title == "" {
			doc.Title = content
		}
	}
}

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// nodeText is the text inside n on one line.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return oneLine(b.String())
}

// htmlWriter collects the readable text of an HTML tree.
type htmlWriter struct {
	b            strings.Builder
	breaks       int  // line breaks owed before the next text
	space        bool // a space is owed before the next text
	pre          int  // depth inside <pre>
	firstHeading string
}

func (w *htmlWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if htmlSkip[n.DataAtom] || hidden(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.lineBreak(1)
			return
		case atom.H1:
			if w.firstHeading == "" {
				w.firstHeading = nodeText(n)
			}
		case atom.Pre:
			w.pre++
			defer func() { w.pre-- }()
		case atom.Td, atom.Th:
			w.space = w.b.Len() > 0
		}
	}
	block := n.Type == html.ElementNode && htmlBlocks[n.DataAtom]
	if block {
		w.lineBreak(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.lineBreak(2)
	}
}

// hidden reports whether an element is marked as not shown.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			return strings.EqualFold(a.Val, "true")
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") {
				return true
			}
		}
	}
	return false
}

// lineBreak owes n line breaks (2: a paragraph break) before the next text.
func (w *htmlWriter) lineBreak(n int) {
	if w.b.Len() > 0 {
		w.breaks = max(w.breaks, n)
	}
	w.space = false
}

// text writes a text node, its white space collapsed outside <pre>.
func (w *htmlWriter) text(s string) {
	if w.pre > 0 {
		w.flush()
		w.b.WriteString(s)
		return
	}
	lead := strings.IndexFunc(s, func(r rune) bool { return !isHTMLSpace(r) }) != 0
	trail := len(s) > 0 && isHTMLSpace(rune(s[len(s)-1]))
	words := strings.FieldsFunc(s, isHTMLSpace)
	if len(words) == 0 {
		if s != "" && w.b.Len() > 0 && w.breaks == 0 {
			w.space = true
		}
		return
	}
	if lead && w.b.Len() > 0 && w.breaks == 0 {
		w.space = true
	}
	w.flush()
	w.b.WriteString(strings.Join(words, " "))
	w.space = trail
}

// flush writes the breaks or the space owed.
func (w *htmlWriter) flush() {
	switch {
	case w.breaks > 0:
		w.b.WriteString(strings.Repeat("\n", w.breaks))
	case w.space:
		w.b.WriteByte(' ')
	}
	w.breaks, w.space = 0, false
}

// isHTMLSpace is HTML's white space (not the no-break space, which is
// text).
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}
