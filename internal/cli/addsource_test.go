package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"casefile/app/exchange"
)

// TestAddSource adds a PDF and an e-mail with its attachments to the demo
// case and reads them back from the case's JSON; a file it cannot read
// leaves the case as it was.
func TestAddSource(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	testdata := filepath.Join("..", "..", "app", "sourcefile", "testdata")
	r := runCLI(t, "add-source", c, filepath.Join(testdata, "report-2col.pdf"), "--title", "Varnel review, two columns")
	if r.code != 0 || !strings.Contains(r.stdout, "Added the source ‘Varnel review, two columns’ (2 pages) to") {
		t.Fatalf("add-source pdf: %v", r)
	}
	r = runCLI(t, "add-source", c, filepath.Join(testdata, "forward.eml"), "--attachments")
	if r.code != 0 || !strings.Contains(r.stdout, "Added its attachment") || strings.Count(r.stdout, "\n") != 3 {
		t.Fatalf("add-source eml: %v", r)
	}
	out := filepath.Join(dir, "out.json")
	if r := runCLI(t, "export", c, "--json", out); r.code != 0 {
		t.Fatal(r)
	}
	d, _, err := exchange.Decode(strings.NewReader(readString(t, out)))
	if err != nil {
		t.Fatal(err)
	}
	n := len(d.Sources)
	pdf, mail, att := d.Sources[n-4], d.Sources[n-3], d.Sources[n-2]
	if pdf.Title != "Varnel review, two columns" || len(pdf.Pages) != 2 || pdf.Original == nil || pdf.Original.Name != "report-2col.pdf" {
		t.Errorf("the PDF source: %q, %v, %+v", pdf.Title, pdf.Pages, pdf.Original)
	}
	if mail.Title != "Fwd: Varnel Valley review (draft)" || att.AttachedTo != mail.ID || d.Sources[n-1].AttachedTo != mail.ID || len(att.Pages) == 0 {
		t.Errorf("the mail and its attachments: %q, %q, %q", mail.Title, att.AttachedTo, d.Sources[n-1].AttachedTo)
	}
	// A file it cannot read: one sentence, exit 1, nothing written.
	before := readString(t, c)
	bad := writeFile(t, filepath.Join(dir, "broken.pdf"), []byte("%PDF-1.4 broken"))
	r = runCLI(t, "add-source", c, bad)
	if r.code != 1 || !strings.Contains(r.stderr, "broken.pdf") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("a broken PDF: %v", r)
	}
	if readString(t, c) != before {
		t.Error("a refused file changed the case")
	}
	enc := filepath.Join(testdata, "report-encrypted.pdf")
	if r := runCLI(t, "add-source", c, enc); r.code != 1 || !strings.Contains(r.stderr, "give it with --password") {
		t.Errorf("an encrypted PDF without its password: %v", r)
	}
	if r := runCLI(t, "add-source", c, enc, "--password", "varnel"); r.code != 0 || !strings.Contains(r.stdout, "(3 pages)") {
		t.Errorf("an encrypted PDF with its password: %v", r)
	}
	if r := runCLI(t, "add-source", c); r.code != 2 {
		t.Errorf("no file: %v", r)
	}
}
