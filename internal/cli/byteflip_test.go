package cli

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestByteFlips damages the demo case one byte at a time, at many places,
// and sorts each flip into: caught (check fails), harmless (check passes
// and the exported case is byte for byte the same), or silent (check
// passes, the data changed). SQLite keeps no checksums, so a flip inside a
// free-text value that breaks no rule cannot be seen; what must never
// happen is that check passes a file whose export Casefile's own import
// refuses, or that export writes such a file. The counts are logged (go
// test -v -run ByteFlips) and reported in docs/FORMAT.md.
func TestByteFlips(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of checks")
	}
	dir := t.TempDir()
	demo := importDemo(t, dir)
	orig, err := os.ReadFile(demo)
	if err != nil {
		t.Fatal(err)
	}
	ref := runCLI(t, "export", demo, "--json", "-")
	if ref.code != 0 {
		t.Fatal(ref)
	}
	const flips = 300
	rng := rand.New(rand.NewPCG(18, 2026))
	var caught, harmless, silent, openRefused int
	path := filepath.Join(dir, "flipped.casefile")
	for i := 0; i < flips; i++ {
		b := bytes.Clone(orig)
		pos := rng.IntN(len(b))
		b[pos] ^= byte(1 + rng.IntN(255))
		writeFile(t, path, b)
		r := runCLI(t, "check", path)
		if r.code != 0 {
			caught++
			if r.stdout == "" {
				openRefused++
			}
			continue
		}
		e := runCLI(t, "export", path, "--json", "-")
		switch {
		case e.code != 0:
			t.Errorf("flip at %d: check passed but export failed: %v", pos, e)
		case e.stdout == ref.stdout:
			harmless++
		default:
			silent++
			logDiff(t, pos, ref.stdout, e.stdout)
			in := filepath.Join(dir, "silent.json")
			writeFile(t, in, []byte(e.stdout))
			os.Remove(filepath.Join(dir, "again.casefile"))
			if r := runCLI(t, "import", in, "-o", filepath.Join(dir, "again.casefile")); r.code != 0 {
				t.Errorf("flip at %d: check passed, and the export is refused by import: %v", pos, r)
			}
		}
	}
	t.Logf("%d single-byte flips in a %d-byte case: %d caught by check (%d already refused at open), %d harmless (same export), %d changed data that breaks no rule",
		flips, len(orig), caught, openRefused, harmless, silent)
}

// logDiff logs where the export of a flipped file first differs.
func logDiff(t *testing.T, pos int, a, b string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-60)
	t.Logf("pos %d: %q -> %q", pos, a[lo:min(len(a), i+20)], b[lo:min(len(b), i+20)])
}
