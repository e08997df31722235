//go:build !linux || !cgo

package memtune

// trimC does nothing: only glibc's allocator (Linux) keeps the freed
// memory of the C code (the OpenGL driver's textures) that it needs asking
// to return.
func trimC() bool { return false }
