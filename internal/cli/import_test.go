package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casefile/assets"
)

func TestImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "demo.json"), assets.DemoCase)
	out := filepath.Join(dir, "demo.casefile")
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("import: %v", r)
	}
	if !strings.Contains(r.stdout, "19 events") || !strings.Contains(r.stdout, "4 disputed figures") {
		t.Errorf("import said %q", r.stdout)
	}

	// To a file: the same bytes as the document imported.
	exported := filepath.Join(dir, "again.json")
	r = runCLI(t, "export", out, "--json", exported)
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("export: %v", r)
	}
	got, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, assets.DemoCase) {
		t.Error("import → export did not give back the same bytes")
	}
	if fi, _ := os.Stat(exported); fi.Mode().Perm() != 0o644 {
		t.Errorf("exported file mode %v", fi.Mode())
	}

	// To standard output: the document and nothing else, on either stream.
	r = runCLI(t, "export", out, "--json=-")
	if r.code != 0 || r.stderr != "" || r.stdout != string(assets.DemoCase) {
		t.Errorf("export to stdout: exit %d, stderr %q, %d bytes", r.code, r.stderr, len(r.stdout))
	}
	onlyFiles(t, dir, "again.json", "demo.casefile", "demo.json")

	// Exporting over an existing file replaces it whole.
	writeFile(t, exported, []byte("old"))
	if r = runCLI(t, "export", "--json", exported, out); r.code != 0 {
		t.Fatalf("export over a file: %v", r)
	}
	if got, _ := os.ReadFile(exported); !bytes.Equal(got, assets.DemoCase) {
		t.Error("export over a file did not replace it")
	}
}

func TestImportRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "demo.json"), assets.DemoCase)
	out := writeFile(t, filepath.Join(dir, "taken.casefile"), []byte("precious"))
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "already exists; add --force") || r.stdout != "" {
		t.Errorf("import over a file: %v", r)
	}
	if b, _ := os.ReadFile(out); string(b) != "precious" {
		t.Error("the existing file was changed")
	}
	r = runCLI(t, "import", "--force", in, "-o", out)
	if r.code != 0 {
		t.Fatalf("import --force: %v", r)
	}
	if r = runCLI(t, "check", out); r.code != 0 {
		t.Errorf("check after --force: %v", r)
	}
}

func TestImportFailureWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, filepath.Join(dir, "bad.json"), []byte(`{"casefile": 1,
  "case": {"title": "T"},
  "sources": [{"id": "s", "title": "S"}],
  "figures": [{"id": "f", "question": "Q", "claims": [
    {"id": "c", "source": "s", "text": "x", "low": "many"},
    {"id": "d", "source": "nowhere", "text": "y"}]}],
  "colour": "red"}`))
	out := filepath.Join(dir, "out.casefile")
	r := runCLI(t, "import", bad, "-o", out)
	if r.code != 1 || r.stdout != "" {
		t.Errorf("bad import: %v", r)
	}
	for _, s := range []string{
		"casefile: warning: colour: ",
		"(2 problems)",
		"figures[0].claims[0].low: Expected a number, found text.",
		`figures[0].claims[1].source: No source has the id "nowhere".`,
	} {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
	mustNotExist(t, out)

	for name, content := range map[string]string{
		"notjson.json": "this is not JSON",
		"v2.json":      `{"casefile": 2, "case": {"title": "T"}}`,
		"empty.json":   "",
	} {
		in := writeFile(t, filepath.Join(dir, name), []byte(content))
		if r := runCLI(t, "import", in, "-o", out); r.code != 1 || r.stderr == "" {
			t.Errorf("%s: %v", name, r)
		}
		mustNotExist(t, out)
	}
	r = runCLI(t, "import", filepath.Join(dir, "missing.json"), "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "There is no file") {
		t.Errorf("missing input: %v", r)
	}
	mustNotExist(t, out)
	if r := runCLI(t, "import", bad, "-o", filepath.Join(dir, "no", "such", "dir.casefile")); r.code != 1 {
		t.Errorf("output in a missing folder: %v", r)
	}
	onlyFiles(t, dir, "bad.json", "empty.json", "notjson.json", "v2.json")
}

func TestImportWarningsStillImport(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "w.json"), []byte(`{"casefile": 1, "case": {"title": "T", "colour": "red"},
	  "sources": [{"id": "s", "title": "S", "text": "abc"}],
	  "annotations": [{"id": "a", "source": "s", "note": "n", "quote": {"exact": "xyz"}}]}`))
	out := filepath.Join(dir, "w.casefile")
	r := runCLI(t, "import", in, "-o", out)
	if r.code != 0 {
		t.Fatalf("import: %v", r)
	}
	want := "casefile: warning: case.colour: The key \"colour\" is not part of Casefile JSON v1; it was left out.\n" +
		"casefile: warning: annotations[0].quote: The quote \"xyz\" was not found in the text of source \"s\"; it is kept but not anchored.\n"
	if r.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, want)
	}
}
