package memtune_test

import (
	"os"
	"testing"
	"time"
	_ "unsafe" // for go:linkname

	_ "fyne.io/fyne/v2/widget" // links Fyne's internal/cache, as the program does

	"casefile/internal/memtune"
)

// fyneCacheDuration is the duration Fyne's cache read from FYNE_CACHE
// when it initialized: read here to check that memtune set the variable
// before that, which nothing else the program does could show.
//
//go:linkname fyneCacheDuration fyne.io/fyne/v2/internal/cache.ValidDuration
var fyneCacheDuration time.Duration

func TestFyneUsesTheCacheDuration(t *testing.T) {
	want := memtune.CacheDuration
	if d, err := time.ParseDuration(os.Getenv("FYNE_CACHE")); err == nil && d != want {
		want = d // the tester's own FYNE_CACHE, which wins
	}
	if fyneCacheDuration != want {
		t.Errorf("Fyne keeps what it drew for %v, want %v (FYNE_CACHE=%q)", fyneCacheDuration, want, os.Getenv("FYNE_CACHE"))
	}
}

func TestSoftwareRasterThreadsIsSetBeforeMain(t *testing.T) {
	if v := os.Getenv("LP_NUM_THREADS"); v == "" {
		t.Errorf("LP_NUM_THREADS is not set when main would run (memtune's init did not set it)")
	}
}
