//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"casefile/app/exchange"
	"casefile/internal/casegen"
)

// TestDiskFull runs import and export into a small tmpfs (which needs root;
// the test is skipped, saying why, otherwise) and checks that a full disk
// gives one sentence, exit status 1, and leaves neither output nor
// temporary file, and that a file it was to replace is unchanged.
func TestDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the large case")
	}
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	dir := t.TempDir()
	full := filepath.Join(dir, "full")
	if err := os.Mkdir(full, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", full).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	defer exec.Command("umount", full).Run()

	large := filepath.Join(dir, "large.json")
	var doc bytes.Buffer
	if err := exchange.Encode(&doc, casegen.Large()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(large, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(dir, "case.casefile")
	if code := run([]string{"import", large, "-o", c}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("import exited %d", code)
	}
	old := filepath.Join(full, "old.json")
	if err := os.WriteFile(old, []byte("old export"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		out  string
	}{
		{[]string{"import", large, "-o", filepath.Join(full, "new.casefile")}, "new.casefile"},
		{[]string{"export", c, "--json", filepath.Join(full, "new.json")}, "new.json"},
		{[]string{"export", c, "--json", old}, ""},
		{[]string{"export", c, "--pdf", filepath.Join(full, "new.pdf")}, "new.pdf"},
		{[]string{"export", c, "--csv", filepath.Join(full, "tables")}, "tables"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		msg := stderr.String()
		if code != 1 || stdout.Len() != 0 || strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "not enough space on the disk") && !strings.Contains(msg, "the disk is full") {
			t.Errorf("%q: exit %d, stderr %q", tc.args, code, msg)
		}
		entries, _ := os.ReadDir(full)
		if len(entries) != 1 || entries[0].Name() != "old.json" {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("%q left %q on the full disk", tc.args, names)
		}
		if b, _ := os.ReadFile(old); string(b) != "old export" {
			t.Errorf("%q changed the file it was to replace", tc.args)
		}
	}
}
