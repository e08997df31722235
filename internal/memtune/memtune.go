// Package memtune sets the Go runtime's memory policy for Casefile, once,
// at start-up: a garbage-collection percentage and a soft memory limit
// chosen for a desktop program that stays open all day beside other
// programs, instead of the runtime's defaults for servers (GOGC=100, no
// limit), which let the heap grow to twice its live size before a
// collection. The standard GOGC and GOMEMLIMIT environment variables still
// win: when one is set, its setting is left to the runtime.
package memtune

import (
	"runtime/debug"
)

const (
	// GCPercent is the heap growth, in percent of the live heap, that
	// starts the next collection (the runtime's GOGC).
	GCPercent = 50
	// Limit is the soft memory limit (the runtime's GOMEMLIMIT) in bytes:
	// the runtime collects more often and returns freed pages to the
	// system sooner when all the memory it holds comes near it. It is
	// soft: a case whose live heap is larger still opens, at the cost of
	// more frequent collections.
	Limit = 160 << 20
)

// Settings is what Apply chose.
type Settings struct {
	GCPercent int   // -1 when GOGC was left to the environment
	Limit     int64 // -1 when GOMEMLIMIT was left to the environment
}

// Apply sets GCPercent and Limit unless GOGC or GOMEMLIMIT (read through
// getenv, os.Getenv in the program) is set, and returns what it set.
func Apply(getenv func(string) string) Settings {
	s := Settings{GCPercent: -1, Limit: -1}
	if getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
		s.GCPercent = GCPercent
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(Limit)
		s.Limit = Limit
	}
	return s
}

// Release returns the memory freed by big one-off work (opening a case,
// building the index) to the system at once: it runs a collection and
// gives back every free page, instead of the runtime's gradual return.
// It costs a collection (tens of milliseconds on a large case), so call
// it only after such work, off the UI goroutine.
func Release() {
	debug.FreeOSMemory()
}
