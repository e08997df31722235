//go:build !linux || !cgo

package memtune

// glibcMalloc is false: the C allocator is not glibc's.
const glibcMalloc = false

// trimC does nothing: only glibc's allocator (Linux) keeps the freed
// memory of the C code (the OpenGL driver's textures) that it needs asking
// to return.
func trimC() bool { return false }

// fixMmapThreshold does nothing: the threshold it fixes is glibc's.
func fixMmapThreshold() bool { return false }

// mapsAfterFree is false: there is no glibc threshold to look at.
func mapsAfterFree(big, small int) bool { return false }
