package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	c := importDemo(t, dir)
	r := runCLI(t, "check", c)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("check: %v", r)
	}
	for _, s := range []string{"schema version", "events             19", "people             6", "organizations      18", "disputed figures   4", "claims             8", "integrity: ok"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("check output lacks %q:\n%s", s, r.stdout)
		}
	}
	garbage := writeFile(t, filepath.Join(dir, "garbage.casefile"), []byte("SQLite format 3\x00 but not really"))
	if r := runCLI(t, "check", garbage); r.code != 1 || r.stderr == "" {
		t.Errorf("check of garbage: %v", r)
	}
	if r := runCLI(t, "check", filepath.Join(dir, "missing.casefile")); r.code != 1 || !strings.Contains(r.stderr, "There is no file") {
		t.Errorf("check of a missing file: %v", r)
	}
}
