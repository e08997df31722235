package sourcefile

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

func TestReadTextKinds(t *testing.T) {
	ctx := context.Background()
	page := `<!DOCTYPE html><html><head><title>Raid at Ashraf-3 &ndash; News</title>
<meta property="article:published_time" content="2023-06-20T09:00:00Z"><link rel="canonical" href="https://example.org/raid">
<meta name="author" content="A. Writer"><style>p{color:red}</style><script>var tracking = "nope";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Police raid camp</h1><p>Police   raided the camp
at dawn &amp; <b>searched</b> it.</p><p>Some&nbsp;100 people were injured.<br>Officials denied it.</p>
<ul><li>First point</li><li>Second point</li></ul></article><footer>© News Ltd</footer><div hidden>secret</div></body></html>`
	doc, err := Read(ctx, "raid.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Police raid camp\n\nPolice raided the camp at dawn & searched it.\n\nSome\u00a0100 people were injured.\nOfficials denied it.\n\nFirst point\n\nSecond point"
	if doc.Text != want || doc.Title != "Raid at Ashraf-3 – News" || doc.URL != "https://example.org/raid" ||
		doc.Published != "2023-06-20" || doc.Author != "A. Writer" || doc.Pages != nil {
		t.Errorf("HTML read as %+v", doc)
	}
	// An HTML page without an HTML extension is still HTML.
	if doc2, err := Read(ctx, "saved", []byte(page), Options{}); err != nil || doc2.Text != want {
		t.Errorf("HTML without extension: %q, %v", doc2.Text, err)
	}
	md, err := Read(ctx, "notes.md", []byte("# Statement on the raid\n\nThe **ministry** said *no one* was hurt. See [the report](https://example.org/r).\n\n## Details\n\n- first item\n* second item\n"), Options{})
	if err != nil || md.Title != "Statement on the raid" ||
		md.Text != "Statement on the raid\n\nThe ministry said no one was hurt. See the report.\n\nDetails\n\n- first item\n• second item" {
		t.Errorf("Markdown read as %+v, %v", md, err)
	}
	if got := markdownText("Setext title\n===\n\nText with `code`, __bold__ and snake_case_name.").Text; got != "Setext title\n\nText with code, bold and snake_case_name." {
		t.Errorf("Markdown read as %q", got)
	}
	txt, err := Read(ctx, "plain.txt", []byte("Line one.\r\nLine two.\r\n\r\n\r\nNew paragraph.\r\n"), Options{})
	if err != nil || txt.Title != "plain" || txt.Text != "Line one.\nLine two.\n\nNew paragraph." {
		t.Errorf("text read as %+v, %v", txt, err)
	}
	if got := decodeText([]byte("\x93Quoted\x94 \xe9t\xe9")); got != "“Quoted” été" {
		t.Errorf("Windows-1252 read as %q", got)
	}
	// Decomposed letters come out composed (NFC).
	if d, _ := Read(ctx, "a.txt", []byte("Cuc\u0327i"), Options{}); d.Text != "Cuçi" {
		t.Errorf("NFC: %q", d.Text)
	}
}

func TestReadRefusals(t *testing.T) {
	ctx := context.Background()
	for name, raw := range map[string]string{
		"empty.txt":  " \n\t\n",
		"blank.html": "<html><body><script>x()</script></body></html>",
		"photo.jpg":  "\xff\xd8\xff",
	} {
		_, err := Read(ctx, name, []byte(raw), Options{})
		var ae *app.Error
		if !errors.As(err, &ae) || ae.Code != app.EINVALID || !strings.Contains(ae.Message, name) || strings.Count(ae.Message, ". ") > 0 {
			t.Errorf("%s: error %v, want one EINVALID sentence naming the file", name, err)
		}
	}
	_, err := ReadFile(ctx, filepath.Join(t.TempDir(), "missing.txt"), Options{})
	var ae *app.Error
	if !errors.As(err, &ae) || ae.Code != app.ENOTFOUND {
		t.Errorf("missing file: %v", err)
	}
	p := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(p, []byte("A note."), 0o644); err != nil {
		t.Fatal(err)
	}
	if d, err := ReadFile(ctx, p, Options{}); err != nil || d.Text != "A note." || d.Title != "note" {
		t.Errorf("ReadFile: %+v, %v", d, err)
	}
}

// FuzzReadText: any bytes as a text, Markdown or HTML file give valid
// UTF-8 text or a clear error, never a panic.
func FuzzReadText(f *testing.F) {
	f.Add("a.txt", []byte("Line one.\r\n\r\nTwo \xe9"))
	f.Add("a.md", []byte("# T\n\n**b** [l](u) `c`\n```\nx\n```\n> q\n- i"))
	f.Add("a.html", []byte("<html><head><title>T</title><meta name=date content=2023-01-02></head><body><pre> x </pre><p>a<br>b</p></body></html>"))
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		if len(raw) > 1<<16 {
			return
		}
		for _, n := range []string{"a.txt", "a.md", "a.html", name} {
			doc, err := Read(context.Background(), n, raw, Options{})
			if err != nil {
				var ae *app.Error
				if !errors.As(err, &ae) || ae.Message == "" {
					t.Fatalf("%s: error without a sentence: %v", n, err)
				}
				continue
			}
			if !utf8.ValidString(doc.Text) || strings.TrimSpace(doc.Text) == "" || doc.Title == "" {
				t.Fatalf("%s: document %+v", n, doc)
			}
		}
	})
}
