package storage

import "testing"

// BenchmarkSearchMore searches the large case for what BenchmarkSearch
// does not cover: very common words as they are typed ("th", "the"), a
// name through an alias, and words spread over an item's fields.
func BenchmarkSearchMore(b *testing.B) {
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"t", "th", "the", "the camp", "mojahedin", "hoxha minister", "raid tirana 2019", "ç"} {
		b.Run(q, func(b *testing.B) {
			defer cpuMetric(b)()
			for b.Loop() {
				if _, err := db.Search(q, 50); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
