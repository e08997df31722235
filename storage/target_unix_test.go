//go:build unix

package storage

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"casefile/app"
)

// TestCreateAndCopyRefuseSpecialFiles checks that a case is never written
// over a device, a FIFO or a link.
func TestCreateAndCopyRefuseSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	real := newCaseFile(t, dir, "real.casefile")
	link := filepath.Join(dir, "link.casefile")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	db := mustOpen(t)
	for _, target := range []string{"/dev/null", fifo, link} {
		before, _ := os.Lstat(target)
		_, err := Create(target, sampleCase(), true)
		wantCode(t, err, app.EINVALID)
		if !strings.Contains(app.ErrorMessage(err), "not a regular file") {
			t.Errorf("Create %s: %s", target, app.ErrorMessage(err))
		}
		wantCode(t, db.SaveCopy(target), app.EINVALID)
		after, err := os.Lstat(target)
		if err != nil || !os.SameFile(before, after) || before.Mode() != after.Mode() {
			t.Errorf("%s was replaced", target)
		}
	}
}
