package storage

import "testing"

// BenchmarkLoad reads the whole large case from an open store: Load
// alone, without opening the file (see BenchmarkOpenLoad for both).
func BenchmarkLoad(b *testing.B) {
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ResetTimer()
	defer cpuMetric(b)()
	for b.Loop() {
		d, err := db.Load()
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Events) != 10_000 {
			b.Fatalf("%d events", len(d.Events))
		}
	}
}

// BenchmarkOpen opens (and checks) the large case file without loading it.
func BenchmarkOpen(b *testing.B) {
	path := copyOfLarge(b)
	b.ResetTimer()
	defer cpuMetric(b)()
	for b.Loop() {
		db, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// BenchmarkLoadByRows reads the large case as Load did before it read
// tables as JSON (loadByRows): the baseline BenchmarkLoad compares with.
func BenchmarkLoadByRows(b *testing.B) {
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ResetTimer()
	defer cpuMetric(b)()
	for b.Loop() {
		d, err := loadByRows(db.sql)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Events) != 10_000 {
			b.Fatalf("%d events", len(d.Events))
		}
	}
}
