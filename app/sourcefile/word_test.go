package sourcefile

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

// TestWordAndOpenDocument: the same report as .docx (pandoc) and .odt
// (LibreOffice) reads to the same text: headings, list items, a table,
// the tracked change accepted, the comment left out, footnotes at the end.
func TestWordAndOpenDocument(t *testing.T) {
	docx := readTestdata(t, "report.docx", Options{})
	odt := readTestdata(t, "report.odt", Options{})
	if docx.Text != odt.Text {
		t.Errorf("the .docx and .odt read differently:\n%s\n----\n%s", docx.Text, odt.Text)
	}
	for _, d := range []Document{docx, odt} {
		if d.Title != "Irrigation shortfall in the Varnel Valley" || d.Pages != nil {
			t.Errorf("title %q, pages %v", d.Title, d.Pages)
		}
		for _, want := range []string{
			"\n\nBackground\n\nThe reservoir was completed in 1987",
			"about 125,000 cubic metres.",                       // the insertion accepted
			"seasonal quotas.[1] Under those rules",             // the footnote's mark
			"\n\n• the sluice maintenance schedule\n\n",         // a list item
			"\n\nAuthority | 125,000\n\nCouncils | 300,000\n\n", // table rows
			"\n\nNotes\n\n[1] Regional decree on reservoir allocation, annex two.\n\n[2] Interview with the review team, 12 May.",
		} {
			if !strings.Contains(d.Text, want) {
				t.Errorf("no %q in the text", want)
			}
		}
		for _, not := range []string{"120,000", "Check this with the legal team"} {
			if strings.Contains(d.Text, not) {
				t.Errorf("%q (deleted text or a comment) is in the text", not)
			}
		}
		if !strings.HasSuffix(d.Text, "12 May.") {
			t.Error("the notes are not at the end")
		}
	}
}

// zipOf makes a zip of the named parts.
func zipOf(t testing.TB, parts map[string][]byte) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for name, data := range parts {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWordRefusals: a zip bomb posing as .docx, a zip that is no document
// and a damaged file get one sentence each, read within bounds.
func TestWordRefusals(t *testing.T) {
	// 200 MB of spaces compress to about 200 KB.
	bomb := zipOf(t, map[string][]byte{"word/document.xml": bytes.Repeat([]byte(" "), 200<<20)})
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes", len(bomb))
	}
	cases := map[string][]byte{
		"bomb.docx":  bomb,
		"empty.docx": zipOf(t, map[string][]byte{"other.xml": []byte("<x/>")}),
		"empty.odt":  zipOf(t, map[string][]byte{"mimetype": []byte("x")}),
		"broken.odt": zipOf(t, map[string][]byte{"content.xml": []byte("<office:document-content xmlns:office=\"" + nsOffice + "\"><office:body><office:text><text:p>unclosed")}),
		"junk.docx":  []byte("PK\x03\x04 not really a zip"),
	}
	for name, raw := range cases {
		_, err := Read(context.Background(), name, raw, Options{})
		var ae *app.Error
		if !errors.As(err, &ae) || ae.Code != app.EINVALID || !strings.Contains(ae.Message, name) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzReadWord: any document.xml or content.xml gives text or a sentence.
func FuzzReadWord(f *testing.F) {
	f.Add([]byte(`<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr/></w:pPr><w:r><w:t>T</w:t><w:tab/><w:br/></w:r><w:del><w:r><w:delText>x</w:delText></w:r></w:del><w:footnoteReference w:id="1"/></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`), false)
	f.Add([]byte(`<office:document-content xmlns:office="`+nsOffice+`" xmlns:text="t" xmlns:table="tb"><office:body><office:text><text:tracked-changes><text:p>gone</text:p></text:tracked-changes><text:h>H</text:h><text:list><text:list-item><text:p>i<text:s text:c="3"/>j<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>n</text:p></text:note-body></text:note></text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>c</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>`), true)
	f.Fuzz(func(t *testing.T, xmlData []byte, odt bool) {
		name, part := "f.docx", "word/document.xml"
		if odt {
			name, part = "f.odt", "content.xml"
		}
		doc, err := Read(context.Background(), name, zipOf(t, map[string][]byte{part: xmlData}), Options{})
		if err != nil {
			var ae *app.Error
			if !errors.As(err, &ae) || ae.Message == "" {
				t.Fatalf("error without a sentence: %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) || strings.TrimSpace(doc.Text) == "" {
			t.Fatalf("text %q", doc.Text)
		}
	})
}
