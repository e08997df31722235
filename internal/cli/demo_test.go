package cli

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"casefile/assets"
	"casefile/storage"
)

var fixedTime = time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)

func TestDemoPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_DATA_HOME", "")
	want := filepath.Join(dir, ".local", "share", "Casefile", assets.DemoName)

	p, err := demoPath(storage.Opener{})
	if err != nil || p != want {
		t.Fatalf("demoPath() = %q, %v; want %q", p, err, want)
	}
	store, err := storage.Opener{}.Open(p, true)
	if err != nil {
		t.Fatal(err)
	}
	d, err := store.Load()
	store.Close()
	if err != nil || len(d.Events) != 19 || d.Case.Marking != "UNCLASSIFIED // FOR TRAINING" {
		t.Fatalf("demo case: %d events, %v", len(d.Events), err)
	}

	// The second time the existing file is used as it is.
	if err := os.Chtimes(p, fixedTime, fixedTime); err != nil {
		t.Fatal(err)
	}
	if p2, err := demoPath(storage.Opener{}); err != nil || p2 != p {
		t.Fatalf("second demoPath() = %q, %v", p2, err)
	}
	if fi, _ := os.Stat(p); !fi.ModTime().Equal(fixedTime) {
		t.Error("the demo case was written again")
	}

	// XDG_DATA_HOME wins over HOME when set.
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "xdg"))
	if p, err := demoPath(storage.Opener{}); err != nil || p != filepath.Join(dir, "xdg", "Casefile", assets.DemoName) {
		t.Errorf("with XDG_DATA_HOME: %q, %v", p, err)
	}
}
