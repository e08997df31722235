package sourcefile

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/htmlindex"

	"casefile/app"
)

// Attachment is a file attached to an e-mail.
type Attachment struct {
	Name string // the file name the mail gives, or "attachment N"
	Type string // its media type
	Size int    // its size in bytes, decoded
	// Readable reports whether Read understands the attachment's kind, so
	// that it can be imported as a source of its own (ReadAttachment).
	Readable bool
}

// Bounds on an e-mail's structure.
const (
	maxMailParts   = 1000 // attachments and body parts together
	maxMailDepth   = 16   // nested multiparts
	maxAttachments = 500
)

// mailPart is one leaf of a mail's MIME tree, decoded.
type mailPart struct {
	mediaType  string
	params     map[string]string
	attachment bool
	name       string
	data       []byte
}

// readEML reads an e-mail: the sender, recipients, date and subject as
// the document's details and at the head of its text, the plain body (or
// the HTML one reduced to text), and the list of attachments.
func readEML(name string, raw []byte) (Document, error) {
	msg, parts, err := parseMail(name, raw)
	if err != nil {
		return Document{}, err
	}
	h := msg.Header
	doc := Document{Title: decodeHeader(h.Get("Subject"))}
	for _, f := range []string{"From", "To", "Cc", "Date", "Subject"} {
		if v := decodeHeader(h.Get(f)); v != "" {
			doc.Details = append(doc.Details, Detail{Label: f, Value: v})
		}
	}
	if from, err := mail.ParseAddress(decodeHeader(h.Get("From"))); err == nil {
		doc.Author = from.Name
		if doc.Author == "" {
			doc.Author = from.Address
		}
	} else {
		doc.Author = decodeHeader(h.Get("From"))
	}
	if t, err := h.Date(); err == nil {
		doc.Published = t.Format("2006-01-02")
	}
	var plain, htmlBody string
	for _, p := range parts {
		switch {
		case p.attachment:
			doc.Attachments = append(doc.Attachments, Attachment{Name: p.name, Type: p.mediaType, Size: len(p.data), Readable: readable(p.name, p.data)})
		case p.mediaType == "text/plain" && plain == "":
			plain = plainText(decodeCharset(p.data, p.params["charset"]))
		case p.mediaType == "text/html" && htmlBody == "":
			htmlBody = htmlText([]byte(decodeCharset(p.data, p.params["charset"]))).Text
		}
	}
	body := plain
	if strings.TrimSpace(body) == "" {
		body = htmlBody
	}
	var head []string
	for _, d := range doc.Details {
		head = append(head, d.Label+": "+d.Value)
	}
	if len(doc.Attachments) > 0 {
		names := make([]string, len(doc.Attachments))
		for i, a := range doc.Attachments {
			names[i] = a.Name
		}
		head = append(head, "Attachments: "+strings.Join(names, ", "))
		doc.Details = append(doc.Details, Detail{Label: "Attachments", Value: strings.Join(names, ", ")})
	}
	doc.Text = strings.Join(head, "\n")
	if strings.TrimSpace(body) != "" {
		doc.Text += "\n\n" + body
	}
	return doc, nil
}

// ReadAttachment reads attachment i (as listed in Document.Attachments)
// of the e-mail raw as a document of its own, returning also its name,
// media type and bytes, for Store.ImportSource with AttachedTo set to the
// mail's source.
func ReadAttachment(ctx context.Context, mailName string, raw []byte, i int, opt Options) (doc Document, name, mediaType string, data []byte, err error) {
	_, parts, err := parseMail(mailName, raw)
	if err != nil {
		return Document{}, "", "", nil, err
	}
	n := 0
	for _, p := range parts {
		if !p.attachment {
			continue
		}
		if n == i {
			doc, err := Read(ctx, p.name, p.data, opt)
			return doc, p.name, p.mediaType, p.data, err
		}
		n++
	}
	return Document{}, "", "", nil, app.Errorf(app.ENOTFOUND, "The e-mail %s has no attachment number %d.", mailName, i+1)
}

// parseMail parses an e-mail into its header and leaf parts.
func parseMail(name string, raw []byte) (*mail.Message, []mailPart, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, nil, &app.Error{Code: app.EINVALID, Message: "The file " + name + " is not an e-mail Casefile can read (its header is damaged).", Err: err}
	}
	w := &mailWalker{name: name}
	if err := w.walk(msg.Header, msg.Body, 0); err != nil {
		return nil, nil, err
	}
	return msg, w.parts, nil
}

type mailWalker struct {
	name        string
	parts       []mailPart
	attachments int
}

// header is what a part's header says of it (mail.Header,
// textproto.MIMEHeader).
type header interface{ Get(string) string }

// walk reads one part (the message itself at depth 0).
func (w *mailWalker) walk(h header, body io.Reader, depth int) error {
	if depth > maxMailDepth {
		return app.Errorf(app.EINVALID, "The e-mail %s nests its parts more than %d deep; it was not read.", w.name, maxMailDepth)
	}
	if len(w.parts) >= maxMailParts {
		return app.Errorf(app.EINVALID, "The e-mail %s has more than %d parts; it was not read.", w.name, maxMailParts)
	}
	ct := h.Get("Content-Type")
	if ct == "" {
		ct = "text/plain"
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, params = "application/octet-stream", map[string]string{}
	}
	if strings.HasPrefix(mt, "multipart/") && params["boundary"] != "" {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return w.damaged(err)
			}
			if err := w.walk(p.Header, p, depth+1); err != nil {
				return err
			}
		}
	}
	data, err := io.ReadAll(io.LimitReader(decodeTransfer(h.Get("Content-Transfer-Encoding"), body), MaxFileBytes+1))
	if err != nil {
		return w.damaged(err)
	}
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	fname := decodeHeader(dparams["filename"])
	if fname == "" {
		fname = decodeHeader(params["name"])
	}
	att := depth > 0 && (disp == "attachment" || fname != "" || !strings.HasPrefix(mt, "text/"))
	if att {
		w.attachments++
		if w.attachments > maxAttachments {
			return app.Errorf(app.EINVALID, "The e-mail %s has more than %d attachments; it was not read.", w.name, maxAttachments)
		}
		if fname == "" {
			fname = fmt.Sprintf("attachment %d", w.attachments)
			if mt == "message/rfc822" {
				fname += ".eml"
			}
		}
	}
	w.parts = append(w.parts, mailPart{mediaType: mt, params: params, attachment: att, name: fname, data: data})
	return nil
}

func (w *mailWalker) damaged(err error) error {
	return &app.Error{Code: app.EINVALID, Message: "The e-mail " + w.name + " is damaged or incomplete.", Err: err}
}

// decodeTransfer undoes a part's transfer encoding.
func decodeTransfer(enc string, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &lineless{r: r})
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	}
	return r
}

// lineless drops line breaks and spaces, which base64 bodies carry.
type lineless struct{ r io.Reader }

func (l *lineless) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	k := 0
	for _, c := range p[:n] {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			p[k] = c
			k++
		}
	}
	return k, err
}

// headerDecoder decodes encoded words (RFC 2047) in any charset the HTML
// standard knows.
var headerDecoder = &mime.WordDecoder{CharsetReader: func(charset string, r io.Reader) (io.Reader, error) {
	enc, err := htmlindex.Get(charset)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(r), nil
}}

// decodeHeader decodes a header value's encoded words, on one line.
func decodeHeader(s string) string {
	if d, err := headerDecoder.DecodeHeader(s); err == nil {
		s = d
	}
	return app.OneLine(strings.ToValidUTF8(s, "\ufffd"))
}

// decodeCharset turns a text part into UTF-8 from its charset; without one
// (or with one unknown) as decodeText does.
func decodeCharset(data []byte, charset string) string {
	if charset != "" && !strings.EqualFold(charset, "utf-8") && !strings.EqualFold(charset, "us-ascii") {
		if enc, err := htmlindex.Get(charset); err == nil {
			if s, err := enc.NewDecoder().Bytes(data); err == nil {
				return string(s)
			}
		}
	}
	return decodeText(data)
}

// readable reports whether Read understands an attachment: by its name's
// extension, or a PDF by its first bytes.
func readable(name string, data []byte) bool {
	_, known := mediaTypes[strings.ToLower(filepath.Ext(name))]
	return known || kindOf(name, data) == "pdf"
}
