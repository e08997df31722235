package sourcefile

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"casefile/app"
)

// paragraphs collects a document's text paragraph by paragraph, with its
// notes (footnotes and endnotes), which go at the end, each after the mark
// it has in the text ("[1]").
type paragraphs struct {
	paras []string
	cur   strings.Builder
	notes []string // the notes' texts, in the order of their marks
	title string   // the first title or heading
}

// end closes the current paragraph; heading marks it as a candidate title.
func (p *paragraphs) end(heading bool) {
	s := strings.TrimSpace(collapse(p.cur.String()))
	p.cur.Reset()
	if s == "" {
		return
	}
	if heading && p.title == "" {
		p.title = s
	}
	p.paras = append(p.paras, s)
}

// noteMark writes a note's mark and keeps its text for the end.
func (p *paragraphs) noteMark(text string) {
	p.notes = append(p.notes, text)
	p.cur.WriteString("[" + strconv.Itoa(len(p.notes)) + "]")
}

// text is the document: its paragraphs, then "Notes" and each note.
func (p *paragraphs) text() string {
	out := append([]string(nil), p.paras...)
	if len(p.notes) > 0 {
		out = append(out, "Notes")
		for i, n := range p.notes {
			out = append(out, "["+strconv.Itoa(i+1)+"] "+n)
		}
	}
	return strings.Join(out, "\n\n")
}

// collapse turns each run of spaces and tabs into one space and drops
// the spaces around the line breaks the document put in.
func collapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), " \n", "\n"), "\n ", "\n")
}

// readDOCX reads a Word file: the body's paragraphs, headings, list items
// ("• "), tables (a row a paragraph, its cells separated by " | "),
// tracked changes as accepted (insertions kept, deletions left out),
// comments left out, footnotes and endnotes at the end; the title and
// author from its properties.
func readDOCX(name string, raw []byte) (Document, error) {
	z, err := openZip(name, raw)
	if err != nil {
		return Document{}, err
	}
	body, ok, err := z.part("word/document.xml")
	if err != nil {
		return Document{}, err
	}
	if !ok {
		return Document{}, app.Errorf(app.EINVALID, "The file %s is not a Word document (it has no document part).", name)
	}
	notes := map[string]map[string]string{}
	for kind, path := range map[string]string{"footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml"} {
		data, ok, err := z.part(path)
		if err != nil {
			return Document{}, err
		}
		if ok {
			if notes[kind], err = docxNotes(data, kind); err != nil {
				return Document{}, z.damaged(err)
			}
		}
	}
	var p paragraphs
	if err := walkDOCX(xml.NewDecoder(bytes.NewReader(body)), &p, notes); err != nil {
		return Document{}, z.damaged(err)
	}
	doc := Document{Text: p.text(), Title: p.title}
	if core, ok, err := z.part("docProps/core.xml"); err == nil && ok {
		title, author := coreProps(core)
		if title != "" {
			doc.Title = title
		}
		doc.Author = author
	}
	return doc, nil
}

// docxNotes reads footnotes.xml or endnotes.xml: each note's text by id,
// the separators left out.
func docxNotes(data []byte, kind string) (map[string]string, error) {
	out := map[string]string{}
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != kind {
			continue
		}
		var p paragraphs
		if err := walkDOCXElement(d, se, &p, nil); err != nil {
			return nil, err
		}
		if attrOf(se, "type") == "" {
			p.end(false)
			out[attrOf(se, "id")] = strings.Join(p.paras, " ")
		}
	}
}

// walkDOCX walks document.xml.
func walkDOCX(d *xml.Decoder, p *paragraphs, notes map[string]map[string]string) error {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			p.end(false)
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "body" {
			return walkDOCXElement(d, se, p, notes)
		}
	}
}

// walkDOCXElement walks the element se (already read) to its end.
func walkDOCXElement(d *xml.Decoder, se xml.StartElement, p *paragraphs, notes map[string]map[string]string) error {
	heading, cell := false, 0
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "del", "moveFrom", "delText", "instrText", "comments", "commentReference", "footnoteRef", "endnoteRef", "Fallback":
				// Deleted text (tracked changes accepted), field codes,
				// comments, a note's own number and the fallback copy of
				// a text box: not the text.
				if err := d.Skip(); err != nil {
					return err
				}
				depth--
			case "pStyle":
				v := strings.ToLower(attrOf(t, "val"))
				heading = strings.HasPrefix(v, "heading") || v == "title" || v == "subtitle"
			case "numPr":
				if p.cur.Len() == 0 {
					p.cur.WriteString("• ")
				}
			case "tab":
				p.cur.WriteByte(' ')
			case "br", "cr":
				p.cur.WriteByte('\n')
			case "tc":
				if cell > 0 {
					p.cur.WriteString(" | ")
				}
				cell++
			case "tr":
				p.end(false)
				cell = 0
			case "footnoteReference", "endnoteReference":
				kind := strings.TrimSuffix(t.Name.Local, "Reference")
				if n, ok := notes[kind][attrOf(t, "id")]; ok {
					p.noteMark(n)
				}
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "p":
				if cell == 0 {
					p.end(heading)
					heading = false
				} else {
					p.cur.WriteByte(' ')
				}
			case "tr":
				p.end(false)
				cell = 0
			}
		case xml.CharData:
			// Text is in w:t (and w:delText, skipped above); the white
			// space between elements is not.
			if !isIndent(t) {
				p.cur.Write(t)
			}
		}
	}
	return nil
}

// isIndent reports whether character data is only the indentation
// between elements (white space with a line break), not text.
func isIndent(t []byte) bool {
	return len(bytes.TrimSpace(t)) == 0 && bytes.ContainsAny(t, "\n\r")
}

// attrOf returns the value of the attribute with the local name key.
func attrOf(se xml.StartElement, key string) string {
	for _, a := range se.Attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// coreProps reads the title and author of docProps/core.xml.
func coreProps(data []byte) (title, author string) {
	var props struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
	}
	if xml.Unmarshal(data, &props) == nil {
		return app.OneLine(props.Title), app.OneLine(props.Creator)
	}
	return "", ""
}
