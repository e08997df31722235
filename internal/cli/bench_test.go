package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"casefile/app/exchange"
	"casefile/internal/casegen"
)

// BenchmarkImportLarge measures `casefile import` of the generated large case
// (10,000 events, 2,000 people, 500 organizations, 500 figures with 5 claims,
// 200 sources of 20 KB, 5,000 citations) from its Casefile JSON: decoding,
// validation, anchoring, the case file with its search index, and the fsync.
// Target: under 3 s. Compare storage's BenchmarkPlainInsertBaseline.
func BenchmarkImportLarge(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "large.json")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	if err := exchange.Encode(f, casegen.Large()); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.ResetTimer()
	for b.Loop() {
		out := filepath.Join(dir, "large.casefile")
		os.Remove(out)
		if code := run([]string{"import", in, "-o", out}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("import exited %d", code)
		}
	}
}
