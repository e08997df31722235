package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// names lists the entries of dir.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteFileNewAndReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "one"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Errorf("content %q", b)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "two"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "two" {
		t.Errorf("content after replace %q", b)
	}
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("folder holds %q", got)
	}
}

func TestFailureLeavesTargetAndNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFile(path, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Errorf("target changed to %q", b)
	}
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("folder holds %q", got)
	}
	// A missing folder is refused before anything is made.
	_, err = Create(filepath.Join(dir, "no", "x.json"))
	if !errors.Is(err, ErrNoFolder) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v", err)
	}
}

func TestRefusesFoldersAndSymlinks(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(sub); !errors.Is(err, ErrIsDir) {
		t.Errorf("folder: %v", err)
	}
	real := filepath.Join(dir, "real.json")
	if err := os.WriteFile(real, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	err := WriteFile(link, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
	if !errors.Is(err, ErrNotRegular) {
		t.Errorf("symlink: %v", err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	if b, _ := os.ReadFile(real); string(b) != "kept" {
		t.Error("the link's target was changed")
	}
}

func TestCommitNewRefusesATargetMadeMeanwhile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.casefile")
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, "mine")
	if err := os.WriteFile(path, []byte("theirs"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.CommitNew(); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CommitNew over a new file: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "theirs" {
		t.Errorf("the file made meanwhile became %q", b)
	}
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("folder holds %q", got)
	}
	w2, err := Create(filepath.Join(dir, "other.casefile"))
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w2, "ok")
	if err := w2.CommitNew(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "other.casefile")); string(b) != "ok" {
		t.Errorf("CommitNew wrote %q", b)
	}
}

func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(filepath.Join(dir, "big.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, "partial")
	if err := os.WriteFile(w.TempName()+"-journal", []byte("j"), 0o644); err != nil {
		t.Fatal(err)
	}
	RemoveTemps()
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("after RemoveTemps the folder holds %q", got)
	}
	if err := w.Commit(); err == nil {
		t.Error("a commit after RemoveTemps succeeded")
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("after the failed commit the folder holds %q", got)
	}
}

func TestTempNames(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(filepath.Join(dir, "a*b[1].json"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	base := filepath.Base(w.TempName())
	if !strings.HasPrefix(base, ".a*b[1].json.tmp-") {
		t.Errorf("temp name %q", base)
	}
	removeStale(dir, "a*b[1].json") // our own pid: kept
	if _, err := os.Stat(w.TempName()); err != nil {
		t.Errorf("a live temp file was removed: %v", err)
	}
}
