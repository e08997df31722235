package sourcefile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

// TestEmail: an e-mail's sender, recipients, date and subject become its
// details and the head of its text, the body its text; the attachments
// are listed and each can be read as a source of its own.
func TestEmail(t *testing.T) {
	raw, err := os.ReadFile("testdata/forward.eml")
	if err != nil {
		t.Fatal(err)
	}
	doc := readTestdata(t, "forward.eml", Options{})
	if doc.Title != "Fwd: Varnel Valley review (draft)" || doc.Author != "Water Board Press Office" || doc.Published != "2026-05-19" {
		t.Errorf("details: title %q, author %q, date %q", doc.Title, doc.Author, doc.Published)
	}
	wantHead := "From: Water Board Press Office <press@water-board.example>\n" +
		"To: Desk Officer <desk@ministry.example>, analysts@ministry.example\n" +
		"Cc: Ana Kovač <ana.kovac@ministry.example>\n" +
		"Date: Tue, 19 May 2026 09:41:00 +0200\n" +
		"Subject: Fwd: Varnel Valley review (draft)\n" +
		"Attachments: Varnel review.pdf, Varnel review.docx\n\n" +
		"Dear colleagues,\n\nplease find attached"
	if !strings.HasPrefix(doc.Text, wantHead) || !strings.HasSuffix(doc.Text, "Press Office") {
		t.Errorf("text:\n%s", doc.Text)
	}
	if len(doc.Attachments) != 2 || doc.Attachments[0].Type != "application/pdf" || !doc.Attachments[0].Readable ||
		doc.Attachments[1].Name != "Varnel review.docx" || doc.Attachments[0].Size < 10000 {
		t.Fatalf("attachments %+v", doc.Attachments)
	}
	for i, want := range []string{"light-industrial estates", "about 125,000 cubic metres"} {
		att, name, mt, data, err := ReadAttachment(context.Background(), "forward.eml", raw, i, Options{})
		if err != nil || name != doc.Attachments[i].Name || mt != doc.Attachments[i].Type || len(data) != doc.Attachments[i].Size {
			t.Fatalf("attachment %d: %q %q %d bytes, %v", i, name, mt, len(data), err)
		}
		if !strings.Contains(att.Text, want) || (i == 0) != (att.Pages != nil) {
			t.Errorf("attachment %d read as %d pages: %.200q", i, len(att.Pages), att.Text)
		}
	}
	if _, _, _, _, err := ReadAttachment(context.Background(), "forward.eml", raw, 2, Options{}); err == nil {
		t.Error("a third attachment was read")
	}
	// HTML with a plain alternative: the plain body; encoded words decoded.
	h := readTestdata(t, "hearing.eml", Options{})
	if h.Title != "Résumé of the hearing" || h.Author != "Ana Kovač" || !strings.HasSuffix(h.Text, "\n\nThe hearing is adjourned until Friday.") {
		t.Errorf("hearing.eml: %q by %q: %q", h.Title, h.Author, h.Text)
	}
}

// TestEmailHTMLAndBounds: an HTML-only mail's text is its HTML reduced;
// one with too many attachments, or none that parses, gets a sentence.
func TestEmailHTMLAndBounds(t *testing.T) {
	html := "From: a@example.org\r\nSubject: =?iso-8859-1?q?Caf=E9?=\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Caf=E9 <b>opens</b>=\r\n today.</p><script>x()</script>"
	doc, err := Read(context.Background(), "h.eml", []byte(html), Options{})
	if err != nil || doc.Title != "Café" || !strings.HasSuffix(doc.Text, "\n\nCafé opens today.") {
		t.Errorf("HTML mail: %+v, %v", doc, err)
	}
	var b strings.Builder
	b.WriteString("From: a@example.org\r\nSubject: many\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nBody.\r\n")
	for i := range 10000 {
		fmt.Fprintf(&b, "--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"a%d.pdf\"\r\n\r\nx\r\n", i)
	}
	b.WriteString("--XX--\r\n")
	for name, raw := range map[string]string{"many.eml": b.String(), "nohead.eml": "\x00\x01 not a mail"} {
		_, err := Read(context.Background(), name, []byte(raw), Options{})
		var ae *app.Error
		if !errors.As(err, &ae) || ae.Code != app.EINVALID || !strings.Contains(ae.Message, name) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzReadEmail: any bytes as an e-mail give text or a sentence.
func FuzzReadEmail(f *testing.F) {
	raw, err := os.ReadFile("testdata/hearing.eml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte("Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8=\r\n--b--"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := Read(context.Background(), "f.eml", raw, Options{})
		if err != nil {
			var ae *app.Error
			if !errors.As(err, &ae) || ae.Message == "" {
				t.Fatalf("error without a sentence: %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("invalid UTF-8")
		}
		for i := range doc.Attachments {
			if i > 2 {
				break
			}
			ReadAttachment(context.Background(), "f.eml", raw, i, Options{})
		}
	})
}
