//go:build unix

package atomicfile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

func TestModePolicy(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "new.json")
	if err := WriteFile(path, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("new file under umask 027: %v, want 0640", fi.Mode().Perm())
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced 0600 file: %v, want 0600", fi.Mode().Perm())
	}
	if err := os.Chmod(path, 0o664); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o664 {
		t.Errorf("replaced 0664 file: %v, want 0664 (kept, not masked)", fi.Mode().Perm())
	}
}

func TestRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/dev/null", fifo, "/dev/stdout"} {
		before, err := os.Lstat(path)
		if err != nil {
			t.Logf("%s: %v; skipped", path, err)
			continue
		}
		err = WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "secret"); return err })
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("%s: %v, want ErrNotRegular", path, err)
		}
		after, err := os.Lstat(path)
		if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
			t.Errorf("%s was replaced: %v → %v (%v)", path, before.Mode(), after.Mode(), err)
		}
	}
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("folder holds %q", got)
	}
}

func TestStaleTempsOfDeadProcessesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run a child process: %v", err)
	}
	dead := cmd.Process.Pid
	stale := filepath.Join(dir, ".out.json.tmp-"+strconv.Itoa(dead)+"-0badf00d")
	live := filepath.Join(dir, ".out.json.tmp-"+strconv.Itoa(os.Getppid())+"-0badf00d")
	other := filepath.Join(dir, ".other.json.tmp-"+strconv.Itoa(dead)+"-0badf00d")
	for _, p := range []string{stale, stale + "-journal", live, other} {
		if err := os.WriteFile(p, []byte("left"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteFile(filepath.Join(dir, "out.json"), func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{stale, stale + "-journal"} {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s of a dead process was left", filepath.Base(p))
		}
	}
	for _, p := range []string{live, other} {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}

func TestMkdirTemp(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run a child process: %v", err)
	}
	stale := filepath.Join(os.TempDir(), "casefile-test-"+strconv.Itoa(cmd.Process.Pid)+"-123")
	kept := filepath.Join(os.TempDir(), "casefile-test-"+strconv.Itoa(os.Getppid())+"-123")
	for _, d := range []string{stale, kept} {
		if err := os.MkdirAll(filepath.Join(d, "inside"), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	dir, release, err := MkdirTemp("casefile-test")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the folder of a dead process was left")
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("the folder of a live process was removed: %v", err)
	}
	release()
	if _, err := os.Stat(dir); err == nil {
		t.Error("release left the folder")
	}
	dir2, _, err := MkdirTemp("casefile-test")
	if err != nil {
		t.Fatal(err)
	}
	RemoveTemps()
	if _, err := os.Stat(dir2); err == nil {
		t.Error("RemoveTemps left the folder")
	}
}
