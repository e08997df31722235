// Package memtune sets the Go runtime's memory policy for Casefile, once,
// at start-up: a garbage-collection percentage and a soft memory limit
// (which rises with a large case's heap) chosen for a desktop program
// that stays open all day beside other programs, instead of the runtime's
// defaults for servers (GOGC=100, no limit), which let the heap grow to
// twice its live size before a collection. The standard GOGC and
// GOMEMLIMIT environment variables still win: when one is set, its
// setting is left to the runtime.
//
// It also shortens how long Fyne keeps what it drew (CacheDuration), has
// Mesa's software OpenGL driver rasterize on the drawing thread
// (SoftwareRasterThreads) and, on Linux, has the C allocator map its
// large blocks apart (MmapThreshold) and gives its free memory back to
// the system (Release, Trim), where the OpenGL driver keeps its textures;
// Quiet tells the window when the program has gone quiet after work.
package memtune

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"time"
)

// CacheDuration is how long Fyne keeps a text's texture, a widget's
// renderer and an object's canvas entry after they were last drawn (its
// FYNE_CACHE; Fyne's own default is one minute). Scrolling a list of
// 10,000 rows draws thousands of text runs, each kept as a texture by the
// OpenGL driver for that long. It is not shorter because Fyne, while the
// window is idle, walks the whole window to keep what is on screen alive
// every CacheDuration − 10 s (internal/driver/glfw, drawSingleFrame): at
// 10 s or less it would do that on every frame.
const CacheDuration = 20 * time.Second

// SoftwareRasterThreads is the number of rasterizer threads of Mesa's
// software OpenGL driver, llvmpipe (its LP_NUM_THREADS), which draws the
// window where there is no GPU driver: a virtual machine, a remote
// desktop, Xvfb. A GPU driver does not read it. With one thread or more,
// llvmpipe queues each batch of drawing (a "scene") to its threads and
// starts the next; whenever every scene it has is still queued it makes
// another, up to 64, keeps them all for the life of the window, and
// releases a finished scene's memory and the textures it drew (deleted
// ones included) only when it takes that scene again (Mesa's
// lp_setup_get_empty_scene and lp_scene_end_rasterization). On a busy
// machine that held 60–90 MB more after a few rounds of the window
// (docs/BENCHMARKS.md, "Memory"). With 0 the drawing thread rasterizes
// each scene itself, and one scene is reused; frames took some 10–20 %
// longer on the 2-core machine measured.
const SoftwareRasterThreads = "0"

// Fyne reads FYNE_CACHE once, when its internal/cache package
// initializes, before main runs. Go initializes the packages in import
// path order once their own imports are initialized; this package imports
// only the standard library and casefile/... sorts before fyne.io/..., so
// this runs first (as casefile/internal/cleanlocale does for the locale).
// Mesa reads LP_NUM_THREADS later, when the window's OpenGL context is
// made. A FYNE_CACHE or LP_NUM_THREADS the user set wins. It also fixes
// glibc's mmap threshold (MmapThreshold) before the OpenGL driver makes
// its first allocations.
func init() {
	setDefaults(os.Getenv, os.Setenv)
	if mmapThresholdIsOurs(os.Getenv) {
		fixMmapThreshold()
	}
}

// MmapThreshold is the size from which glibc's allocator (Linux) gives a
// block a mapping of its own, which goes back to the system as soon as the
// block is freed. glibc starts at this size (128 KiB) but raises the
// threshold to the size of each mapped block that is freed, up to 32 MiB:
// once the OpenGL driver had freed its first large buffers, blocks of that
// size came from the heap, where freed memory stays until a trim (Trim)
// and the heap fragments. memtune's init fixes it (mallopt's
// M_MMAP_THRESHOLD), unless the user set it (mmapThresholdIsOurs); it
// does nothing on other systems.
const MmapThreshold = 128 << 10

// mmapThresholdIsOurs says whether the environment leaves glibc's mmap
// threshold to memtune: neither MALLOC_MMAP_THRESHOLD_ nor a
// glibc.malloc.mmap_threshold in GLIBC_TUNABLES sets it.
func mmapThresholdIsOurs(getenv func(string) string) bool {
	return getenv("MALLOC_MMAP_THRESHOLD_") == "" && !strings.Contains(getenv("GLIBC_TUNABLES"), "glibc.malloc.mmap_threshold")
}

func setDefaults(getenv func(string) string, setenv func(string, string) error) {
	if getenv("FYNE_CACHE") == "" {
		_ = setenv("FYNE_CACHE", CacheDuration.String())
	}
	if getenv("LP_NUM_THREADS") == "" {
		_ = setenv("LP_NUM_THREADS", SoftwareRasterThreads)
	}
}

const (
	// GCPercent is the heap growth, in percent of the live heap, that
	// starts the next collection (the runtime's GOGC).
	GCPercent = 50
	// Limit is the soft memory limit (the runtime's GOMEMLIMIT) in bytes:
	// the runtime collects more often and returns freed pages to the
	// system sooner when all the memory it holds comes near it. It is
	// the least limit: where a case's live heap leaves less room than
	// LimitFor gives it, the limit rises with the heap after each
	// collection (Apply), so that a large case is not collected over and
	// over.
	Limit = 160 << 20
	// Headroom is how far, in percent of the live heap, the heap may grow
	// above what the last collection left alive before the raised limit
	// has the collector run: half of GCPercent's growth, so that the limit
	// still takes back a part of it.
	Headroom = GCPercent / 2
	// Slack is what the raised limit allows for the runtime's memory
	// beside the heap: goroutine stacks, the collector's own records, the
	// free pages not yet given back.
	Slack = 32 << 20
)

// LimitFor is the memory limit for a live heap of live bytes: Limit, or
// the live heap, Headroom percent of it and Slack where that is more.
// Without it, a case whose live heap comes near Limit (a case of 10,000
// events and 200 long sources: 120 MB of text) had the collector run some
// 20 times as often and took twice the CPU for the same work
// (docs/BENCHMARKS.md, "Memory").
func LimitFor(live uint64) int64 { return limitFor(Limit, live) }

func limitFor(least int64, live uint64) int64 {
	if live > math.MaxInt64/200 {
		return math.MaxInt64 // a heap no computer has: no limit, not an overflow
	}
	return max(least, int64(live+live*Headroom/100+Slack))
}

// Settings is what Apply chose.
type Settings struct {
	GCPercent int   // -1 when GOGC was left to the environment
	Limit     int64 // -1 when GOMEMLIMIT was left to the environment
}

// Apply sets GCPercent and Limit unless GOGC or GOMEMLIMIT (read through
// getenv, os.Getenv in the program) is set, and returns what it set. The
// limit it set then follows the live heap: after each collection it is
// LimitFor what that collection left alive.
func Apply(getenv func(string) string) Settings {
	s := Settings{GCPercent: -1, Limit: -1}
	if getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
		s.GCPercent = GCPercent
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(Limit)
		s.Limit = Limit
		followLiveHeap(Limit)
	} else {
		followLiveHeap(0) // the user's limit stays as it is
	}
	return s
}

// follower keeps the memory limit at limitFor(least, live heap) after
// every collection; least 0 stops it at the next collection.
var follower struct {
	least   atomic.Int64
	running atomic.Bool // a cycle mark is waiting for a collection
}

// followLiveHeap has the memory limit follow the live heap after every
// collection from now on, never below least (0: stop following).
func followLiveHeap(least int64) {
	follower.least.Store(least)
	if least > 0 && follower.running.CompareAndSwap(false, true) {
		markCycle()
	}
}

// cycleMark is an object nothing keeps, allocated so that the collection
// that frees it runs afterCollection. It holds a pointer so that it is
// never a tiny allocation, which shares its memory with its neighbours
// and is freed only with them.
type cycleMark struct{ _ *byte }

func markCycle() { runtime.AddCleanup(new(cycleMark), afterCollection, 0) }

// afterCollection runs on the runtime's cleanup goroutine once a
// collection has freed the last cycle mark: it moves the memory limit to
// what the live heap that collection found asks for, and marks the next
// cycle.
func afterCollection(int) {
	least := follower.least.Load()
	if least <= 0 {
		follower.running.Store(false)
		if follower.least.Load() > 0 && follower.running.CompareAndSwap(false, true) {
			markCycle() // started again meanwhile
		}
		return
	}
	want := limitFor(least, liveHeap())
	if cur := debug.SetMemoryLimit(-1); cur-want > 1<<20 || want-cur > 1<<20 {
		debug.SetMemoryLimit(want)
	}
	markCycle()
}

// liveHeap is what the last collection found alive on the heap, in bytes
// (runtime/metrics' /gc/heap/live:bytes).
func liveHeap() uint64 { return readMetric("/gc/heap/live:bytes") }

// readMetric is the runtime/metrics counter or gauge name, or 0 where the
// runtime does not have it.
func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// Release returns the memory freed by big one-off work (opening a case,
// building the index) to the system at once: it runs a collection and
// gives back every free page, instead of the runtime's gradual return,
// and then the C allocator's free pages (trimC).
// It costs a collection (tens of milliseconds on a large case), so call
// it only after such work, off the UI goroutine.
func Release() {
	debug.FreeOSMemory()
	trimC()
}

// TrimInterval is how often the window gives the C allocator's free
// memory back (Trim, Quiet). A trim takes 1–20 ms on the large case and
// holds the allocator's locks meanwhile, so it is not run more often.
const TrimInterval = 30 * time.Second

// Trim gives the C allocator's free memory back to the system: the OpenGL
// driver frees the textures of text no longer drawn, and glibc keeps the
// freed pages until asked. It does nothing where trimming is not needed
// (trimC). Call it off the UI goroutine.
func Trim() { trimC() }

// QuietAllocs is the most the program allocates in a TrimInterval and
// still counts as quiet: an idle window allocates 3–6 MB in 30 s (Fyne's
// walks to keep what is on screen cached, the repaint of Quiet's caller),
// a window in use tens to hundreds.
const QuietAllocs = 16 << 20

// Allocated is the number of bytes the program has allocated on the Go
// heap since it started (runtime/metrics' /gc/heap/allocs:bytes), to be
// given to Quiet.Look.
func Allocated() uint64 { return readMetric("/gc/heap/allocs:bytes") }

// Quiet tells, from one look every TrimInterval at Allocated, when the
// program has gone quiet after being busy: then the garbage of that work
// can be collected and its pages given back once (Release), which while
// the work goes on would buy nothing that lasts (the heap grows back to
// its collection goal within seconds). The zero value is ready to use.
type Quiet struct {
	last uint64 // Allocated at the last look
	busy bool   // a busy interval has passed since the last release
}

// Look is given Allocated now and reports whether to Release: true once
// at the first quiet interval (QuietAllocs or less) after a busy one.
func (q *Quiet) Look(allocated uint64) (release bool) {
	since := allocated - q.last // the counter only grows
	q.last = allocated
	if since > QuietAllocs {
		q.busy = true
		return false
	}
	release, q.busy = q.busy, false
	return release
}
