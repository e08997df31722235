package memtune

import (
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// restore puts the runtime's settings back after a test changed them.
func restore(t *testing.T) {
	gc := debug.SetGCPercent(100)
	debug.SetGCPercent(gc)
	limit := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		followLiveHeap(0)
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	})
}

func TestLimitForLeavesRoomAboveTheLiveHeap(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, Limit},
		{55 * mb, Limit}, // the large case after the walk
		{100 * mb, Limit},
		{104 * mb, 162 * mb},
		{173 * mb, 248*mb + mb/4}, // 10,000 events and 120 MB of sources' text
		{1 << 62, math.MaxInt64},  // no overflow into a small or negative limit
	} {
		if got := LimitFor(c.live); got != c.want {
			t.Errorf("LimitFor(%d MB) = %d MB, want %d MB", c.live/mb, got/mb, c.want/mb)
		}
	}
}

// TestTheLimitFollowsTheLiveHeap: with a live heap that leaves too little
// room below the least limit, the limit rises after a collection, and
// falls back to the least one once that heap is freed.
func TestTheLimitFollowsTheLiveHeap(t *testing.T) {
	restore(t)
	const least = 8 << 20
	debug.SetMemoryLimit(least)
	followLiveHeap(least)
	limitAfterGC := func(ok func(int64) bool) int64 {
		t.Helper()
		var limit int64
		for range 100 {
			runtime.GC()
			time.Sleep(10 * time.Millisecond) // the cleanup goroutine's turn
			if limit = debug.SetMemoryLimit(-1); ok(limit) {
				break
			}
		}
		return limit
	}
	live := make([][]byte, 48)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	if got := limitAfterGC(func(l int64) bool { return l >= 48<<20+12<<20+Slack }); got < 48<<20+12<<20+Slack {
		t.Errorf("with 48 MB alive the limit stayed at %d MB, want at least %d MB", got>>20, (48<<20+12<<20+Slack)>>20)
	}
	runtime.KeepAlive(live)
	live = nil
	if got := limitAfterGC(func(l int64) bool { return l < 48<<20 }); got >= 48<<20 {
		t.Errorf("with the 48 MB freed the limit stayed at %d MB", got>>20)
	}
}

func TestApplySetsTheDesktopPolicy(t *testing.T) {
	restore(t)
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
	got := Apply(func(string) string { return "" })
	if got != (Settings{GCPercent: GCPercent, Limit: Limit}) {
		t.Errorf("Apply reports %+v", got)
	}
	if gc := debug.SetGCPercent(100); gc != GCPercent {
		t.Errorf("GC percentage %d, want %d", gc, GCPercent)
	}
	if limit := debug.SetMemoryLimit(-1); limit != Limit {
		t.Errorf("memory limit %d, want %d", limit, Limit)
	}
	if least := follower.least.Load(); least != Limit || !follower.running.Load() {
		t.Errorf("the limit does not follow the live heap (least %d, running %v)", least, follower.running.Load())
	}
}

func TestApplyLeavesTheEnvironmentsChoice(t *testing.T) {
	restore(t)
	debug.SetGCPercent(80)
	debug.SetMemoryLimit(math.MaxInt64)
	env := map[string]string{"GOGC": "80"}
	got := Apply(func(k string) string { return env[k] })
	if got.GCPercent != -1 || got.Limit != Limit {
		t.Errorf("with GOGC set, Apply reports %+v", got)
	}
	if gc := debug.SetGCPercent(100); gc != 80 {
		t.Errorf("GOGC=80 was overridden: %d", gc)
	}
	debug.SetMemoryLimit(1 << 30)
	env = map[string]string{"GOMEMLIMIT": "1GiB"}
	if got := Apply(func(k string) string { return env[k] }); got.Limit != -1 || got.GCPercent != GCPercent {
		t.Errorf("with GOMEMLIMIT set, Apply reports %+v", got)
	}
	if limit := debug.SetMemoryLimit(-1); limit != 1<<30 {
		t.Errorf("GOMEMLIMIT=1GiB was overridden: %d", limit)
	}
	if least := follower.least.Load(); least != 0 {
		t.Errorf("with GOMEMLIMIT set, the limit still follows the live heap, from %d", least)
	}
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	if limit := debug.SetMemoryLimit(-1); limit != 1<<30 {
		t.Errorf("GOMEMLIMIT=1GiB was overridden after a collection: %d", limit)
	}
}

func TestSetDefaultsLeavesTheUsersChoice(t *testing.T) {
	env := map[string]string{}
	set := func(k, v string) error { env[k] = v; return nil }
	setDefaults(func(k string) string { return env[k] }, set)
	if env["FYNE_CACHE"] != "20s" || env["LP_NUM_THREADS"] != "0" {
		t.Errorf("FYNE_CACHE = %q, want 20s; LP_NUM_THREADS = %q, want 0", env["FYNE_CACHE"], env["LP_NUM_THREADS"])
	}
	env["FYNE_CACHE"] = "2m"
	env["LP_NUM_THREADS"] = "4"
	setDefaults(func(k string) string { return env[k] }, set)
	if env["FYNE_CACHE"] != "2m" || env["LP_NUM_THREADS"] != "4" {
		t.Errorf("the user's FYNE_CACHE=2m became %q, LP_NUM_THREADS=4 became %q", env["FYNE_CACHE"], env["LP_NUM_THREADS"])
	}
}

func TestQuietReleasesOnceWhenWorkEnds(t *testing.T) {
	const mb = 1 << 20
	var q Quiet
	var total uint64
	look := func(allocated uint64) bool {
		total += allocated
		return q.Look(total)
	}
	steps := []struct {
		allocated uint64
		want      bool
		why       string
	}{
		{400 * mb, false, "the first look, after opening a case, is busy"},
		{200 * mb, false, "still busy: collecting now would buy nothing"},
		{5 * mb, true, "quiet after work: give its garbage back"},
		{4 * mb, false, "still quiet: nothing new to give back"},
		{QuietAllocs, false, "at the threshold is quiet"},
		{QuietAllocs + 1, false, "busy again"},
		{0, true, "quiet again after that work"},
		{0, false, "idle"},
	}
	for i, s := range steps {
		if got := look(s.allocated); got != s.want {
			t.Errorf("look %d (%d MB allocated since): release %v, want %v (%s)", i+1, s.allocated/mb, got, s.want, s.why)
		}
	}
}

func TestAllocatedCountsTheProgramsAllocations(t *testing.T) {
	before := Allocated()
	sink = make([]byte, 4<<20)
	if after := Allocated(); after < before+4<<20 {
		t.Errorf("Allocated went from %d to %d over a 4 MiB allocation", before, after)
	}
}

var sink []byte

// TestLargeBlocksKeepTheirOwnMappings: glibc would raise its mmap
// threshold to the size of a mapped block of up to 32 MiB when that block
// is freed, so that a smaller large block right after comes from the heap;
// memtune's init fixed the threshold, so it gets a mapping of its own.
func TestLargeBlocksKeepTheirOwnMappings(t *testing.T) {
	if !glibcMalloc {
		t.Skip("not glibc: no mmap threshold to fix")
	}
	if !mapsAfterFree(16<<20, 4<<20) {
		t.Error("a 4 MiB block came from the heap after a 16 MiB one was freed: the mmap threshold is not fixed")
	}
}

func TestTheUsersMmapThresholdWins(t *testing.T) {
	for env, ours := range map[string]bool{
		"":                             true,
		"MALLOC_MMAP_THRESHOLD_=65536": false,
		"GLIBC_TUNABLES=glibc.malloc.mmap_threshold=65536": false,
		"GLIBC_TUNABLES=glibc.malloc.arena_max=2":          true,
	} {
		k, v, _ := strings.Cut(env, "=")
		getenv := func(name string) string {
			if name == k {
				return v
			}
			return ""
		}
		if got := mmapThresholdIsOurs(getenv); got != ours {
			t.Errorf("%q: memtune sets the threshold %v, want %v", env, got, ours)
		}
	}
}
