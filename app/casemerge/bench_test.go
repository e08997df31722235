package casemerge

import (
	"testing"

	"casefile/internal/casegen"
)

// BenchmarkCompareLarge plans importing the large generated case into a
// copy of itself in which every person was renamed (so every person is a
// change), the worst an import review is likely to meet.
func BenchmarkCompareLarge(b *testing.B) {
	ours := casegen.Large()
	theirs := casegen.Large()
	for i := range theirs.People {
		theirs.People[i].Notes += " (edited)"
	}
	b.Logf("%d sources, %d people, %d organizations, %d relations, %d events", len(ours.Sources), len(ours.People), len(ours.Organizations), len(ours.Relations), len(ours.Events))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := Compare(ours, theirs, "large")
		if len(p.Changes) != len(ours.People) {
			b.Fatalf("%d changes", len(p.Changes))
		}
		_ = p.Batch()
	}
}
