// Package perfprobe measures a running window for scripts/memcheck.sh. It
// does nothing unless the environment variable CASEFILE_MEMSTATS names a
// file; then the window's tab switches, list selections and filter
// keystrokes are timed until the frame that shows them has been drawn, and
// each SIGUSR1 (on Unix) runs a garbage collection and appends one JSON
// line to that file (the heap after the collection, the timings so far);
// with CASEFILE_MEMSTATS_PROFILES set too, it also writes the in-use heap
// profile beside it (FILE.heap.pprof) and the CPU profile of the stretch
// since the last report (FILE.1.cpu.pprof for the first, from the start),
// which are off otherwise because the profilers' memory counts in what is
// measured; each
// SIGUSR2 writes where the lists on screen are, each window's title,
// selected tab, open dialogs and focused widget (FILE.layout) once the
// window has handled everything before it, for a script to wait on. Nothing
// is written or logged in normal use.
package perfprobe
