package buildinfo

import (
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestFromLinker(t *testing.T) {
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	i := from("0.1.0", "7f5d859a1b2c3d4e5f60718293a4b5c6d7e8f901", "2026-12-02T14:53:03+01:00", none)
	if i.Version != "0.1.0" || i.Date != "2026-12-02T13:53:03Z" {
		t.Errorf("from = %+v", i)
	}
	if got, want := i.String(), "0.1.0 (commit 7f5d859a1b2c, 2026-12-02)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if got := from("", "", "", none).String(); got != "dev" {
		t.Errorf("nothing known: %q", got)
	}
}

func TestFromToolchain(t *testing.T) {
	read := func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abcdef0123456789"},
			{Key: "vcs.time", Value: "2026-11-30T08:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		}}, true
	}
	i := from("", "", "", read)
	if i.Commit != "abcdef0123456789-dirty" || i.Date != "2026-11-30T08:00:00Z" || i.Version != "dev" {
		t.Errorf("from = %+v", i)
	}
	if got, want := i.String(), "dev (commit abcdef012345-dirty, 2026-11-30)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	// What the linker set wins over the toolchain's record.
	if i := from("1.0.0", "feed", "2026-01-01T00:00:00Z", read); i.Commit != "feed" || i.Date != "2026-01-01T00:00:00Z" {
		t.Errorf("linker values replaced: %+v", i)
	}
}

// TestLinkerFlags builds a tiny program with the -X flags the Makefile
// passes and checks that they arrive.
func TestLinkerFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	dir := t.TempDir()
	const p = "casefile/internal/buildinfo."
	bin := filepath.Join(dir, "probe")
	cmd := exec.Command("go", "build", "-o", bin, "-ldflags",
		"-X "+p+"version=9.8.7 -X "+p+"commit=0123456789abcdef0123 -X "+p+"date=2026-12-02T10:00:00Z", "./testdata/probe")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.TrimSpace(string(out)), "9.8.7 (commit 0123456789ab, 2026-12-02)"; got != want {
		t.Errorf("probe printed %q, want %q", got, want)
	}
}
