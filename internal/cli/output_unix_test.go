//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestExportsRefuseSpecialFiles checks that no export target that is not a
// regular file is replaced: /dev/null, a FIFO, a link (such as /dev/stdout).
func TestExportsRefuseSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	writeFile(t, filepath.Join(dir, "other.json"), []byte("kept"))
	if err := os.Symlink(filepath.Join(dir, "other.json"), link); err != nil {
		t.Fatal(err)
	}
	targets := []string{"/dev/null", fifo, link}
	if _, err := os.Lstat("/dev/stdout"); err == nil {
		targets = append(targets, "/dev/stdout")
	}
	for _, target := range targets {
		before, _ := os.Lstat(target)
		for _, args := range [][]string{
			{"export", c, "--json", target},
			{"export", c, "--ftm", target},
			{"export", c, "--timelinejs", target},
			{"export", c, "--pdf", target},
			{"export", c, "--csv", target, "--table", "events"},
			{"import", filepath.Join(dir, "demo.json"), "-o", target, "--force"},
		} {
			r := runCLI(t, args...)
			if r.code != 1 || !strings.Contains(r.stderr, "is not a regular file") || r.stdout != "" {
				t.Errorf("%q: %v", args, r)
			}
			after, err := os.Lstat(target)
			if err != nil || !os.SameFile(before, after) || before.Mode() != after.Mode() {
				t.Errorf("%q replaced %s", args, target)
			}
		}
	}
	if b := readString(t, filepath.Join(dir, "other.json")); b != "kept" {
		t.Error("the link's target was changed")
	}
}

// TestExportModes checks the permission policy: a new export honours the
// umask, a replaced one keeps its mode.
func TestExportModes(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	out := filepath.Join(dir, "private.json")
	if r := runCLI(t, "export", c, "--json", out); r.code != 0 {
		t.Fatalf("export: %v", r)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("new export under umask 077: %v", fi.Mode().Perm())
	}
	syscall.Umask(0o022)
	if err := os.Chmod(out, 0o640); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--json", out}, {"--pdf", out}, {"--csv", out, "--table", "claims"}} {
		if r := runCLI(t, append([]string{"export", c}, args...)...); r.code != 0 {
			t.Fatalf("%q: %v", args, r)
		}
		if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o640 {
			t.Errorf("%q: the replaced export has mode %v, want 0640", args, fi.Mode().Perm())
		}
	}
	tables := filepath.Join(dir, "tables")
	if r := runCLI(t, "export", c, "--csv", tables); r.code != 0 {
		t.Fatal(r)
	}
	os.Chmod(filepath.Join(tables, "events.csv"), 0o600)
	if r := runCLI(t, "export", c, "--csv", tables); r.code != 0 {
		t.Fatal(r)
	}
	if fi, _ := os.Stat(filepath.Join(tables, "events.csv")); fi.Mode().Perm() != 0o600 {
		t.Errorf("events.csv replaced with mode %v, want 0600", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(filepath.Join(tables, "people.csv")); fi.Mode().Perm() != 0o644 {
		t.Errorf("people.csv has mode %v, want 0644", fi.Mode().Perm())
	}
}

// TestImportInputBounds checks that an input that cannot be a document is
// refused before it is read: a device that never ends, a folder, a file
// larger than the limit.
func TestImportInputBounds(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.casefile")
	huge := filepath.Join(dir, "huge.json")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(600 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	for _, tc := range []struct{ in, want string }{
		{"/dev/zero", "/dev/zero is a device, not a Casefile JSON document."},
		{dir, "is a folder, not a Casefile JSON document."},
		{huge, "is larger than 512 MiB, the most Casefile imports; nothing was read."},
	} {
		r := runCLI(t, "import", tc.in, "-o", out)
		if r.code != 1 || !strings.HasSuffix(r.stderr, tc.want+"\n") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("import %s: %v", tc.in, r)
		}
		mustNotExist(t, out)
	}
}
