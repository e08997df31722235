package exchange

import (
	"bytes"
	"testing"

	"casefile/internal/casegen"
)

// BenchmarkDecodeLarge decodes the generated large case (10,000 events).
func BenchmarkDecodeLarge(b *testing.B) {
	var buf bytes.Buffer
	if err := Encode(&buf, casegen.Large()); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Decode(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeLarge encodes the generated large case.
func BenchmarkEncodeLarge(b *testing.B) {
	d := casegen.Large()
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Encode(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLargeRoundTrip checks the generated large case through the format:
// no warnings, and export → import → export gives the same bytes.
func TestLargeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("large case")
	}
	var first bytes.Buffer
	if err := Encode(&first, casegen.Large()); err != nil {
		t.Fatal(err)
	}
	d, w, err := Decode(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(w) > 0 {
		t.Errorf("%d warnings, the first: %s", len(w), w[0])
	}
	var second bytes.Buffer
	if err := Encode(&second, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("export → import → export differs:\n%s", firstDiff(second.Bytes(), first.Bytes()))
	}
}
