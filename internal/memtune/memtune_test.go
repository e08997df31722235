package memtune

import (
	"math"
	"runtime/debug"
	"testing"
)

// restore puts the runtime's settings back after a test changed them.
func restore(t *testing.T) {
	gc := debug.SetGCPercent(100)
	debug.SetGCPercent(gc)
	limit := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	})
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
