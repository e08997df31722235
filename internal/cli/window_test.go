package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"casefile/app/ui"
	"casefile/assets"
	"casefile/storage"
)

func TestWindow(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	c := importDemo(t, dir)
	var got []ui.Options
	old := openWindow
	openWindow = func(o ui.Options) error { got = append(got, o); return nil }
	defer func() { openWindow = old }()

	if r := runCLI(t); r.code != 0 {
		t.Fatalf("casefile: %v", r)
	}
	if r := runCLI(t, c); r.code != 0 {
		t.Fatalf("casefile FILE: %v", r)
	}
	if r := runCLI(t, filepath.Join(dir, "missing.casefile")); r.code != 1 || !strings.Contains(r.stderr, "There is no file") {
		t.Errorf("casefile MISSING: %v", r)
	}
	if len(got) != 2 {
		t.Fatalf("window opened %d times", len(got))
	}
	if got[0].Path != "" || got[1].Path != c || got[0].Version != version || got[0].DemoPath == nil {
		t.Errorf("options: %+v", got)
	}
	if _, ok := got[0].Opener.(storage.Opener); !ok {
		t.Errorf("opener %T", got[0].Opener)
	}
	p, err := got[0].DemoPath()
	if err != nil || p != filepath.Join(dir, "data", "Casefile", assets.DemoName) {
		t.Errorf("DemoPath() = %q, %v", p, err)
	}
}
