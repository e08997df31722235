package sourcefile

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"casefile/app"
)

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
// <pre>; entities decoded; a page that is not UTF-8 read as Windows-1252. It also reads the page's title, canonical
// address, publication date and author from its head.
func htmlText(raw []byte) Document {
	raw = []byte(decodeText(raw))
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return Document{Text: plainText(html.UnescapeString(string(raw)))}
	}
	var doc Document
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
func readHead(n *html.Node, doc *Document) {
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
func readMeta(n *html.Node, doc *Document) {
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
	return app.OneLine(b.String())
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
