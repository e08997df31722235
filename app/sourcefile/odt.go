package sourcefile

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"casefile/app"
)

// readODT reads an OpenDocument text: paragraphs, headings, list items
// ("• "), tables (a row a paragraph, cells separated by " | "), tracked
// changes as accepted (the deleted text kept aside by the format left
// out), comments left out, footnotes and endnotes at the end; the title
// and author from its meta data.
func readODT(name string, raw []byte) (Document, error) {
	z, err := openZip(name, raw)
	if err != nil {
		return Document{}, err
	}
	content, ok, err := z.part("content.xml")
	if err != nil {
		return Document{}, err
	}
	if !ok {
		return Document{}, app.Errorf(app.EINVALID, "The file %s is not an OpenDocument text (it has no content part).", name)
	}
	var p paragraphs
	d := xml.NewDecoder(bytes.NewReader(content))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Document{}, z.damaged(err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "text" && se.Name.Space == nsOffice {
			if err := walkODT(d, &p, odtCtx{}); err != nil {
				return Document{}, z.damaged(err)
			}
			break
		}
	}
	doc := Document{Text: p.text(), Title: p.title}
	if meta, ok, err := z.part("meta.xml"); err == nil && ok {
		var m struct {
			Title   string `xml:"meta>title"`
			Creator string `xml:"meta>creator"`
			Initial string `xml:"meta>initial-creator"`
		}
		if xml.Unmarshal(meta, &m) == nil {
			if t := app.OneLine(m.Title); t != "" {
				doc.Title = t
			}
			doc.Author = app.OneLine(m.Creator)
			if doc.Author == "" {
				doc.Author = app.OneLine(m.Initial)
			}
		}
	}
	return doc, nil
}

const nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

// odtCtx is where in the document an element stands.
type odtCtx struct {
	list   int  // the depth of lists around
	inCell bool // inside a table cell: paragraphs run on in one line
}

// walkODT walks the children of the element just read, to its end.
func walkODT(d *xml.Decoder, p *paragraphs, c odtCtx) error {
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.CharData:
			if !isIndent(t) {
				p.cur.Write(t)
			}
		case xml.StartElement:
			if err := odtElement(d, t, p, c); err != nil {
				return err
			}
		}
	}
}

// odtElement reads one element of an OpenDocument text, its end included.
func odtElement(d *xml.Decoder, t xml.StartElement, p *paragraphs, c odtCtx) error {
	switch t.Name.Local {
	case "tracked-changes", "annotation", "note-citation", "sequence-decls", "forms", "table-of-content":
		// The deleted text of tracked changes, comments, a note's own
		// number, declarations: not the text.
		return d.Skip()
	case "s":
		n, err := strconv.Atoi(attrOf(t, "c"))
		if err != nil || n < 1 {
			n = 1
		}
		p.cur.WriteString(strings.Repeat(" ", min(n, 64)))
	case "tab":
		p.cur.WriteByte(' ')
	case "line-break":
		p.cur.WriteByte('\n')
	case "note":
		var body paragraphs
		if err := walkODT(d, &body, odtCtx{}); err != nil {
			return err
		}
		body.end(false)
		p.noteMark(strings.Join(body.paras, " "))
		return nil
	case "list":
		c.list++
	case "p", "h":
		if !c.inCell && c.list > 0 && p.cur.Len() == 0 {
			p.cur.WriteString("• ")
		}
		if err := walkODT(d, p, c); err != nil {
			return err
		}
		if c.inCell {
			p.cur.WriteByte(' ')
		} else {
			p.end(t.Name.Local == "h")
		}
		return nil
	case "table-row":
		p.end(false)
		if err := walkODTRow(d, p); err != nil {
			return err
		}
		p.end(false)
		return nil
	}
	return walkODT(d, p, c)
}

// walkODTRow reads a table row: each cell's paragraphs on one line, the
// cells separated by " | ".
func walkODTRow(d *xml.Decoder, p *paragraphs) error {
	cells := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if t.Name.Local != "table-cell" {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			if cells > 0 {
				p.cur.WriteString(" | ")
			}
			cells++
			if err := walkODT(d, p, odtCtx{inCell: true}); err != nil {
				return err
			}
		}
	}
}
