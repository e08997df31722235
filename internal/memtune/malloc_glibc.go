//go:build linux && cgo

package memtune

/*
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
static int casefile_is_glibc(void) { return 1; }
static int casefile_trim(void) { return malloc_trim(0); }
static int casefile_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }
// casefile_maps_after_free says whether a block of small bytes gets a
// mapping of its own after one of big bytes was freed: glibc's dynamic
// threshold rises to the size of a mapped block when it is freed, so with
// it the second block comes from the heap.
// The pointers are volatile so that the compiler keeps the mallocs.
static int casefile_maps_after_free(size_t big, size_t small) {
	void *volatile b = malloc(big);
	free(b);
	struct mallinfo2 before = mallinfo2();
	void *volatile p = malloc(small);
	struct mallinfo2 after = mallinfo2();
	free(p);
	return after.hblks > before.hblks;
}
#else
static int casefile_is_glibc(void) { return 0; }
static int casefile_trim(void) { return 0; }
static int casefile_mmap_threshold(int bytes) { return 0; }
static int casefile_maps_after_free(size_t big, size_t small) { return 0; }
#endif
*/
import "C"

// glibcMalloc says whether the C allocator is glibc's, whose thresholds
// fixMmapThreshold and trimC work on.
var glibcMalloc = C.casefile_is_glibc() != 0

// trimC gives the C allocator's free memory back to the system: glibc's
// malloc_trim(0) returns the free pages inside its heaps as well as the
// free top, which glibc otherwise keeps for the next malloc. It reports
// whether anything was returned. On a C library other than glibc it does
// nothing.
func trimC() bool { return C.casefile_trim() != 0 }

// fixMmapThreshold has glibc's allocator give every block of
// MmapThreshold bytes or more a mapping of its own, and no longer raise
// that threshold (mallopt's M_MMAP_THRESHOLD), and reports whether it
// could. Elsewhere it does nothing.
func fixMmapThreshold() bool { return C.casefile_mmap_threshold(C.int(MmapThreshold)) == 1 }

// mapsAfterFree says whether glibc gives a block of small bytes its own
// mapping right after a mapped block of big bytes was freed, as it does
// once the threshold is fixed (for the tests).
func mapsAfterFree(big, small int) bool {
	return C.casefile_maps_after_free(C.size_t(big), C.size_t(small)) != 0
}
