package storage

import (
	"testing"
)

// BenchmarkChecks measures, on the large case, each check on its own:
// those that run at every open (quick_check, the schema comparison) and
// those only `casefile check` runs (integrity_check with FTS5's own check,
// foreign_key_check, the search-copy comparison). The open itself is
// BenchmarkOpen.
func BenchmarkChecks(b *testing.B) {
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		name string
		run  func() error
	}{
		{"open/quick_check", func() error { _, err := db.quickCheck(); return err }},
		{"open/schema", func() error { _, err := db.schemaProblems(); return err }},
		{"check/integrity_check", func() error {
			var s string
			return db.sql.QueryRow("PRAGMA integrity_check").Scan(&s)
		}},
		{"check/foreign_key_check", func() error { _, err := db.foreignKeyProblems(); return err }},
		{"check/search_copy", func() error { _, err := db.searchCopyProblems(); return err }},
		{"check/all", func() error { _, err := db.Check(); return err }},
	} {
		b.Run(c.name, func(b *testing.B) {
			defer cpuMetric(b)()
			for b.Loop() {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
