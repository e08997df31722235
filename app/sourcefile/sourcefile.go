package sourcefile

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"casefile/app"
)

// Document is a file's readable text with what the file says about itself.
type Document struct {
	Text string
	// Pages holds, for a paged document (PDF), the offset in Text, in code
	// points, at which each page starts; Pages[0] is 0. Nil when the file
	// has no pages.
	Pages     []int
	Title     string // the document's own title; else the file name without its extension
	URL       string // an HTML page's canonical address
	Published string // the publication or sending date as YYYY-MM-DD, or ""
	Author    string
	Publisher string
	// Details are further facts about the file, in the order a reader
	// shows them (an e-mail's From, To, Cc, Date and Subject).
	Details []Detail
	// Attachments lists an e-mail's attached files; ReadAttachment reads
	// one of them as a document of its own.
	Attachments []Attachment
}

// Detail is one labelled fact about a document ("From", "Jane <j@x.org>").
type Detail struct {
	Label, Value string
}

// Options steer a read.
type Options struct {
	// Password opens an encrypted PDF.
	Password string
	// Progress, when set, is called now and then with the pages read and
	// the pages in all (a PDF's pages; other files report 1 of 1).
	Progress func(done, total int)
}

// MaxFileBytes bounds the file a reader accepts.
const MaxFileBytes = 200 << 20

// Kinds of file, by extension.
var (
	textExts = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
	pdfExts  = []string{".pdf"}
	wordExts = []string{".docx", ".odt"}
	mailExts = []string{".eml"}
)

// Extensions lists the file extensions Read understands, each with its dot.
func Extensions() []string {
	var all []string
	for _, l := range [][]string{textExts, pdfExts, wordExts, mailExts} {
		all = append(all, l...)
	}
	return all
}

// TextExtensions lists the extensions of the plain-text kinds (text,
// Markdown, HTML), which need no page map and keep no original.
func TextExtensions() []string { return append([]string(nil), textExts...) }

// ReadFile reads the file at path (see Read).
func ReadFile(ctx context.Context, path string, opt Options) (Document, error) {
	base := filepath.Base(path)
	fi, err := os.Stat(path)
	if err != nil {
		return Document{}, &app.Error{Code: app.ENOTFOUND, Message: "The file " + base + " could not be read.", Err: err}
	}
	if fi.Size() > MaxFileBytes {
		return Document{}, app.Errorf(app.EINVALID, "The file %s is larger than %d MB, too large to import as a source.", base, MaxFileBytes>>20)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return Document{}, &app.Error{Code: app.ENOTFOUND, Message: "The file " + base + " could not be read.", Err: err}
	}
	return Read(ctx, base, raw, opt)
}

// Read reads a file's bytes into a Document; name (the file's name) gives
// its kind by extension, else its first bytes do. The text is UTF-8, NFC,
// with Unix line ends. A file that holds no readable text, or is damaged,
// encrypted without the right password or of an unknown kind, gives an
// *app.Error and no Document. ctx cancels a long read.
func Read(ctx context.Context, name string, raw []byte, opt Options) (Document, error) {
	if len(raw) > MaxFileBytes {
		return Document{}, app.Errorf(app.EINVALID, "The file %s is larger than %d MB, too large to import as a source.", name, MaxFileBytes>>20)
	}
	var doc Document
	var err error
	switch kindOf(name, raw) {
	case "pdf":
		doc, err = readPDF(ctx, name, raw, opt)
	case "docx":
		doc, err = readDOCX(name, raw)
	case "odt":
		doc, err = readODT(name, raw)
	case "eml":
		doc, err = readEML(name, raw)
	case "html":
		doc = htmlText(raw)
	case "md":
		doc = markdownText(decodeText(raw))
	case "txt":
		doc = Document{Text: plainText(decodeText(raw))}
	default:
		return Document{}, app.Errorf(app.EINVALID, "Casefile cannot read %s: it reads text, Markdown, HTML, PDF, Word (.docx), OpenDocument (.odt) and e-mail (.eml) files.", name)
	}
	if err != nil {
		return Document{}, err
	}
	if opt.Progress != nil && doc.Pages == nil {
		opt.Progress(1, 1)
	}
	return finish(doc, name)
}

// kindOf names a file's kind from its extension, else from its first bytes.
func kindOf(name string, raw []byte) string {
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".pdf":
		return "pdf"
	case ".docx":
		return "docx"
	case ".odt":
		return "odt"
	case ".eml":
		return "eml"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "md"
	case ".txt", ".text", "":
		switch {
		case strings.HasPrefix(string(raw[:min(len(raw), 5)]), "%PDF-"):
			return "pdf"
		case looksHTML(raw):
			return "html"
		}
		return "txt"
	}
	return ""
}

// finish normalizes a read document: its text (page by page, so that the
// page map stays true) and details in NFC, a title (the file name when the
// file gave none), and refuses one without text or too long for a source.
func finish(doc Document, name string) (Document, error) {
	if doc.Pages == nil {
		doc.Text = norm.NFC.String(doc.Text)
	} else {
		doc.Text, doc.Pages = nfcPages(doc.Text, doc.Pages)
	}
	doc.Title = app.OneLine(norm.NFC.String(doc.Title))
	doc.Author = app.OneLine(norm.NFC.String(doc.Author))
	doc.Publisher = app.OneLine(norm.NFC.String(doc.Publisher))
	if doc.Title == "" {
		doc.Title = strings.TrimSuffix(name, filepath.Ext(name))
	}
	doc.Title = app.Shorten(doc.Title, app.MaxNameLen)
	doc.Author = app.Shorten(doc.Author, app.MaxNameLen)
	doc.Publisher = app.Shorten(doc.Publisher, app.MaxNameLen)
	if len(doc.URL) > 4*app.MaxNameLen {
		doc.URL = ""
	}
	if strings.TrimSpace(doc.Text) == "" {
		return Document{}, app.Errorf(app.EINVALID, "The file %s holds no readable text.", name)
	}
	if len(doc.Text) > app.MaxDocLen {
		return Document{}, app.Errorf(app.EINVALID, "The text of %s is too long for a source (more than %d MB).", name, app.MaxDocLen>>20)
	}
	return doc, nil
}

// nfcPages normalizes each page's text to NFC and recomputes where each
// page starts.
func nfcPages(text string, pages []int) (string, []int) {
	runes := []rune(text)
	var b strings.Builder
	out := make([]int, len(pages))
	n := 0
	for i, start := range pages {
		end := len(runes)
		if i+1 < len(pages) {
			end = pages[i+1]
		}
		start, end = min(max(start, 0), len(runes)), min(max(end, 0), len(runes))
		out[i] = n
		if start >= end {
			continue
		}
		s := norm.NFC.String(string(runes[start:end]))
		b.WriteString(s)
		n += utf8.RuneCountInString(s)
	}
	return b.String(), out
}

// Source makes the document a new source: its title, author, publisher,
// address, date (when it is a valid day), text and page map. The window
// adds the kind, grade and interest; Store.ImportSource adds the original
// file's description.
func (d Document) Source() app.Source {
	s := app.Source{Title: d.Title, Author: d.Author, Publisher: d.Publisher, URL: d.URL, Text: d.Text, Pages: d.Pages}
	if d.Published != "" && app.ValidateDate("published", app.Date{EDTF: d.Published}) == nil {
		s.Published = app.Date{EDTF: d.Published}
	}
	return s
}

// mediaTypes are the media types of the kinds of file read, by extension.
var mediaTypes = map[string]string{
	".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
	".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml", ".pdf": "application/pdf",
	".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".odt":  "application/vnd.oasis.opendocument.text", ".eml": "message/rfc822",
}

// MediaType is the media type of a file Read understands, by its name's
// extension ("application/octet-stream" for another).
func MediaType(name string) string {
	if t, ok := mediaTypes[strings.ToLower(filepath.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}
