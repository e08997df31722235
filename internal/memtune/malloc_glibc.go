//go:build linux && cgo

package memtune

/*
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
static int casefile_trim(void) { return malloc_trim(0); }
#else
static int casefile_trim(void) { return 0; }
#endif
*/
import "C"

// trimC gives the C allocator's free memory back to the system: glibc's
// malloc_trim(0) returns the free pages inside its heaps as well as the
// free top, which glibc otherwise keeps for the next malloc. It reports
// whether anything was returned. On a C library other than glibc it does
// nothing.
func trimC() bool { return C.casefile_trim() != 0 }
