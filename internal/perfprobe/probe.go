package perfprobe

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"
)

// EnvVar is the environment variable that turns the probe on by naming the
// file it appends its reports to.
const EnvVar = "CASEFILE_MEMSTATS"

// ProfilesEnvVar, set to anything but "" beside EnvVar, also has the probe
// record the CPU profile and write the heap profile with each report. It
// is off unless asked for because the profilers' own memory counts in what
// the probe and /proc measure: the CPU profiler's buffer and what writing
// the profiles allocates, 1–2 MB of the heap after a collection on the
// large case (docs/BENCHMARKS.md), and the symbol tables each written
// profile reads (pages of the program's file).
const ProfilesEnvVar = "CASEFILE_MEMSTATS_PROFILES"

// Report is one line of the probe's file.
type Report struct {
	Seq         int     `json:"seq"`
	UptimeMS    float64 `json:"uptime_ms"`
	HeapInuseMB float64 `json:"heap_inuse_mb"` // after runtime.GC
	HeapAllocMB float64 `json:"heap_alloc_mb"`
	HeapSysMB   float64 `json:"heap_sys_mb"`
	SysMB       float64 `json:"sys_mb"` // everything the Go runtime holds
	// The Go runtime's own view (runtime/metrics): heap memory free but
	// still mapped (held), free and given back to the system (released),
	// goroutine stacks, and the heap size the next GC aims at.
	HeapFreeMB     float64 `json:"heap_free_mb"`
	HeapReleasedMB float64 `json:"heap_released_mb"`
	StacksMB       float64 `json:"stacks_mb"`
	GCGoalMB       float64 `json:"gc_goal_mb"`
	MemLimitMB     float64 `json:"mem_limit_mb"`
	GCPercent      int64   `json:"gc_percent"`
	Goroutines     int     `json:"goroutines"`
	NumGC          uint32  `json:"num_gc"`
	// CaseShownMS is the time from Start to the first drawn frame with a
	// filled list, or 0 while none has been drawn.
	CaseShownMS float64 `json:"case_shown_ms"`
	// TabFirstMS is, by tab title, the first switch to the tab until its
	// frame was drawn; TabAgainMS every later switch.
	TabFirstMS map[string]float64 `json:"tab_first_ms"`
	TabAgainMS []float64          `json:"tab_again_ms"`
	// TabAgainByTab is TabAgainMS by the title of the tab switched to.
	TabAgainByTab map[string][]float64 `json:"tab_again_by_tab_ms"`
	// RowSelectMS is a list row's selection until the frame with the
	// detail form was drawn; RowSelectByTab the same by the title of the
	// tab the list is on.
	RowSelectMS    []float64            `json:"row_select_ms"`
	RowSelectByTab map[string][]float64 `json:"row_select_by_tab_ms"`
	// FilterKeyMS is a list filter's reaction to one keystroke (the
	// handler: narrowing the list); FilterFrameMS the same until the next
	// frame was drawn.
	FilterKeyMS   []float64 `json:"filter_key_ms"`
	FilterFrameMS []float64 `json:"filter_frame_ms"`
}

// probe holds the timings measured so far.
type probe struct {
	path  string
	start time.Time
	// profiles is whether to record the CPU profile and write the heap
	// profile with each report (ProfilesEnvVar).
	profiles bool
	// cpu is the CPU profile being recorded since the last report (or the
	// start), nil when it could not be started.
	cpu *os.File

	mu      sync.Mutex
	seq     int
	layouts int
	shown   time.Duration
	first   map[string]float64
	visited map[string]bool
	tab     string               // the title of the tab on screen
	againBy map[string][]float64 // later switches, by the tab switched to
	rowsBy  map[string][]float64 // row selections, by the tab of the list
	keys    []float64
	frames  []float64
}

// Start turns the probe on when CASEFILE_MEMSTATS is set and does nothing
// otherwise. Call it once, first thing in main.
func Start() {
	path := os.Getenv(EnvVar)
	if path == "" {
		return
	}
	p := newProbe(path)
	p.profiles = os.Getenv(ProfilesEnvVar) != ""
	p.startCPU()
	go p.watchWindow()
	onSignals(func() {
		if err := p.write(); err != nil {
			fmt.Fprintf(os.Stderr, "casefile: the memory report could not be written: %v\n", err)
		}
	}, func() {
		if err := p.writeLayout(); err != nil {
			fmt.Fprintf(os.Stderr, "casefile: the layout report could not be written: %v\n", err)
		}
	})
}

// newProbe is a probe that appends its reports to path, timing from now.
func newProbe(path string) *probe {
	return &probe{path: path, start: time.Now(), first: map[string]float64{}, visited: map[string]bool{},
		againBy: map[string][]float64{}, rowsBy: map[string][]float64{}}
}

// startCPU starts recording the CPU profile of the next stretch, into a
// temporary file that write renames when the stretch ends; it does
// nothing unless the profiles were asked for.
func (p *probe) startCPU() {
	if !p.profiles {
		return
	}
	f, err := os.Create(p.path + ".cpu.pprof.tmp")
	if err == nil {
		err = pprof.StartCPUProfile(f)
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "casefile: the CPU profile could not be started: %v\n", err)
		return
	}
	p.cpu = f
}

// endCPU ends the stretch's CPU profile as FILE.SEQ.cpu.pprof and starts
// the next one.
func (p *probe) endCPU(seq int) error {
	if p.cpu == nil {
		return nil
	}
	pprof.StopCPUProfile()
	err := p.cpu.Close()
	p.cpu = nil
	if err == nil {
		err = os.Rename(p.path+".cpu.pprof.tmp", fmt.Sprintf("%s.%d.cpu.pprof", p.path, seq))
	}
	p.startCPU()
	return err
}

// readMetrics reads the runtime/metrics the report uses, by name.
func readMetrics() map[string]uint64 {
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/free:bytes"}, {Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/stacks:bytes"}, {Name: "/memory/classes/os-stacks:bytes"},
		{Name: "/gc/heap/goal:bytes"}, {Name: "/gc/gomemlimit:bytes"}, {Name: "/gc/gogc:percent"},
	}
	metrics.Read(samples)
	out := make(map[string]uint64, len(samples))
	for _, s := range samples {
		if s.Value.Kind() == metrics.KindUint64 {
			out[s.Name] = s.Value.Uint64()
		}
	}
	return out
}

// copyLists copies a map of timings for a report.
func copyLists(m map[string][]float64) map[string][]float64 {
	out := make(map[string][]float64, len(m))
	for k, v := range m {
		out[k] = append([]float64(nil), v...)
	}
	return out
}

// allOf is every timing of a map, in no particular order.
func allOf(m map[string][]float64) []float64 {
	var all []float64
	for _, v := range m {
		all = append(all, v...)
	}
	return all
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func mb(n uint64) float64 { return float64(n) / (1 << 20) }

// report collects the heap after a collection and the timings.
func (p *probe) report() Report {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rm := readMetrics()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seq++
	first := make(map[string]float64, len(p.first))
	for k, v := range p.first {
		first[k] = v
	}
	return Report{
		Seq: p.seq, UptimeMS: ms(time.Since(p.start)),
		HeapInuseMB: mb(m.HeapInuse), HeapAllocMB: mb(m.HeapAlloc), HeapSysMB: mb(m.HeapSys), SysMB: mb(m.Sys),
		HeapFreeMB: mb(rm["/memory/classes/heap/free:bytes"]), HeapReleasedMB: mb(rm["/memory/classes/heap/released:bytes"]),
		StacksMB: mb(rm["/memory/classes/heap/stacks:bytes"] + rm["/memory/classes/os-stacks:bytes"]),
		GCGoalMB: mb(rm["/gc/heap/goal:bytes"]), MemLimitMB: mb(rm["/gc/gomemlimit:bytes"]),
		GCPercent:  int64(rm["/gc/gogc:percent"]),
		Goroutines: runtime.NumGoroutine(), NumGC: m.NumGC, CaseShownMS: ms(p.shown),
		TabFirstMS: first, TabAgainMS: allOf(p.againBy), TabAgainByTab: copyLists(p.againBy),
		RowSelectMS: allOf(p.rowsBy), RowSelectByTab: copyLists(p.rowsBy),
		FilterKeyMS: append([]float64(nil), p.keys...), FilterFrameMS: append([]float64(nil), p.frames...),
	}
}

// write writes, when the profiles were asked for, the heap profile
// (FILE.heap.pprof) and the CPU profile of the stretch since the last
// report (FILE.SEQ.cpu.pprof), and then appends a report to the probe's
// file, so that a script that sees the report's line finds both profiles
// whole.
func (p *probe) write() error {
	r := p.report()
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if p.profiles {
		if err := p.endCPU(r.Seq); err != nil {
			return err
		}
		if err := p.writeHeapProfile(); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(p.path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeHeapProfile writes the in-use heap profile to FILE.heap.pprof,
// whole or not at all.
func (p *probe) writeHeapProfile() error {
	tmp := p.path + ".heap.pprof.tmp"
	hf, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(hf, 0); err != nil {
		hf.Close()
		return err
	}
	if err := hf.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, p.path+".heap.pprof")
}
