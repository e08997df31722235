package briefing

import (
	"flag"

	"casefile/app"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var (
	images  = flag.Bool("images", false, "render the demo briefing's first pages to docs/images (needs pdftoppm)")
	samples = flag.String("samples", "", "write sample briefings (demo, long content, large) as PDF into this folder, for looking at")
)

// TestImages renders the first three pages of the demo briefing to
// docs/images/briefing-page-N.png for the README, when run with -images.
func TestImages(t *testing.T) {
	if !*images {
		t.Skip("run with -images to rewrite docs/images/briefing-page-*.png")
	}
	needPoppler(t, "pdftoppm")
	dir := t.TempDir()
	pdf := filepath.Join(dir, "demo.pdf")
	if err := os.WriteFile(pdf, render(t, demoCase(t), Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join("..", "..", "docs", "images")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "3", pdf, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, b)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	for _, f := range files {
		n := strings.TrimLeft(strings.TrimSuffix(filepath.Base(f)[2:], ".png"), "0")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, "briefing-page-"+n+".png"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSamples writes sample briefings for looking at, when run with
// -samples DIR.
func TestSamples(t *testing.T) {
	if *samples == "" {
		t.Skip("run with -samples DIR to write sample briefings")
	}
	long := fixtureCase()
	long.Case.Marking = "SECRET // REL TO " + strings.Repeat("ABC, ", 30)
	long.People[1].Name = strings.Repeat("Çuçi-Ëndri ", 45)
	long.Events[0].Description = strings.Repeat("A description of two thousand characters. ", 48)
	long.Sources[0].URL = "https://example.org/" + strings.Repeat("very-long-path-segment/", 30)
	for name, c := range map[string]struct {
		d    app.CaseData
		opts Options
	}{
		"demo.pdf":        {demoCase(t), Options{}},
		"demo-letter.pdf": {demoCase(t), Options{Paper: "letter", KeyOnly: true}},
		"long.pdf":        {long, Options{}},
		"large.pdf":       {hugeCase(1000, 300), Options{}},
	} {
		opts := c.opts
		opts.Printed = printed
		if err := WriteFile(filepath.Join(*samples, name), c.d, opts); err != nil {
			t.Fatal(err)
		}
	}
}
