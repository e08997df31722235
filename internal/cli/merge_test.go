package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/exchange"
)

// TestMerge merges an edited copy of the demo into the demo's case file:
// --dry-run prints the plan and leaves the file as it was; without it the
// additions and the filled fields are written and the rest kept.
func TestMerge(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	theirs := demoData(t)
	theirs.People = append(theirs.People, app.Person{ID: "p-colleague", Name: "Added by a colleague"})
	theirs.Organizations[0].Notes = "A colleague's note."
	var buf bytes.Buffer
	if err := exchange.Encode(&buf, theirs); err != nil {
		t.Fatal(err)
	}
	other := writeFile(t, filepath.Join(dir, "colleague.json"), buf.Bytes())

	before := readString(t, c)
	r := runCLI(t, "merge", c, other, "--dry-run")
	if r.code != 0 || !strings.Contains(r.stdout, "1 item to add, 1 item to change") || !strings.Contains(r.stdout, "add person ‘Added by a colleague’") ||
		!strings.Contains(r.stdout, "notes: ours") || !strings.Contains(r.stdout, "Nothing was written (--dry-run).") {
		t.Fatalf("merge --dry-run: %v", r)
	}
	if readString(t, c) != before {
		t.Error("--dry-run changed the case file")
	}

	r = runCLI(t, "merge", c, other)
	if r.code != 0 || !strings.Contains(r.stdout, "Imported colleague.json into") {
		t.Fatalf("merge: %v", r)
	}
	out := filepath.Join(dir, "after.json")
	if r := runCLI(t, "export", c, "--json", out); r.code != 0 {
		t.Fatal(r)
	}
	after, _, err := exchange.Decode(strings.NewReader(readString(t, out)))
	if err != nil {
		t.Fatal(err)
	}
	if len(after.People) != len(theirs.People) || after.People[len(after.People)-1].Name != "Added by a colleague" {
		t.Errorf("the colleague's person is missing: %d people", len(after.People))
	}
	if after.Organizations[0].Notes == "A colleague's note." {
		t.Error("the command line took their notes over ours; it keeps ours")
	}

	// Merging the same copy again: nothing to add.
	r = runCLI(t, "merge", c, other)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "0 items to add, 1 item to change") {
		t.Errorf("merge again: %v", r)
	}
	// Usage errors.
	if r := runCLI(t, "merge", c); r.code != 2 {
		t.Errorf("merge with one file: %v", r)
	}
	if r := runCLI(t, "merge", c, c); r.code != 1 {
		t.Errorf("merge into itself: %v", r)
	}
}

// TestImportFTM exports the demo to FollowTheMoney and imports it back.
func TestImportFTM(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	ftm := filepath.Join(dir, "demo.ftm")
	if r := runCLI(t, "export", c, "--ftm", ftm); r.code != 0 {
		t.Fatal(r)
	}
	back := filepath.Join(dir, "back.casefile")
	r := runCLI(t, "import", ftm, "-o", back)
	d := demoData(t)
	if r.code != 0 || !strings.Contains(r.stdout, "6 people, 18 organizations, 20 relations, 19 events") {
		t.Fatalf("import .ftm: %v", r)
	}
	if !strings.Contains(r.stderr, "not imported: Note (claim).") || len(d.People) != 6 {
		t.Errorf("the claims that FtM cannot bring back are not reported: %v", r)
	}
	// Standard input is told apart by its first line.
	if r := runCLI(t, "import", ftm+".none", "-o", filepath.Join(dir, "x.casefile")); r.code != 1 {
		t.Errorf("a missing file: %v", r)
	}
	renamed := writeFile(t, filepath.Join(dir, "entities.txt"), []byte(readString(t, ftm)))
	if r := runCLI(t, "import", renamed, "-o", filepath.Join(dir, "y.casefile")); r.code != 0 {
		t.Errorf("FtM under another name: %v", r)
	}
}

// TestExportCSVOptions checks --no-bom and --raw.
func TestExportCSVOptions(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	r := runCLI(t, "export", c, "--csv", "-", "--table", "sources")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "\uFEFFid,") {
		t.Errorf("default: %q", r.stdout[:10])
	}
	r = runCLI(t, "export", c, "--csv", "-", "--table", "sources", "--no-bom", "--raw")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "id,") {
		t.Errorf("--no-bom: %v", r)
	}
	if r := runCLI(t, "export", c, "--json", "-", "--raw"); r.code != 2 {
		t.Errorf("--raw with --json: %v", r)
	}
}
