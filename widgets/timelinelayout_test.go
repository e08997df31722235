package widgets

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTimelineLayoutRules checks the layout's rules on random strips,
// without Fyne: every event in view is drawn as itself or counted in a
// count marker, exactly once; no two things drawn in one lane overlap
// (marks, their labels where shown, and count markers); key events are
// never hidden when a lane could hold them.
func TestTimelineLayoutRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for round := range 300 {
		n := 1 + rng.IntN(400)
		spans := make([]tlSpan, n)
		for i := range spans {
			lo := rng.Float64() * 1e9
			w := []float64{daySecs - 1, 31 * daySecs, 365 * daySecs, 3650 * daySecs}[rng.IntN(4)]
			spans[i] = tlSpan{lo: lo, hi: lo + w, key: rng.IntN(10) == 0, day: w < daySecs, frac: 0.5}
		}
		slices.SortFunc(spans, func(a, b tlSpan) int {
			ma, mb := (a.lo+a.hi)/2, (b.lo+b.hi)/2
			switch {
			case ma < mb:
				return -1
			case ma > mb:
				return 1
			}
			return 0
		})
		spreadDays(spans)
		width := 200 + rng.Float64()*1500
		from := rng.Float64() * 9e8
		sc := tlScale{start: from, end: from + (1+rng.Float64()*300)*30*daySecs, width: width}
		labelW := make([]float64, n)
		for i := range labelW {
			labelW[i] = 30 + rng.Float64()*180
		}
		p := tlParams{
			lanes: 2 + rng.IntN(6), gap: 10, dotGap: 45, pointWidth: 10, minBar: 8,
			markerPad: 6.5, labelPad: 8,
			labelWidth:   func(i int) float64 { return labelW[i] },
			clusterWidth: func(c int) float64 { return 20 + 7*float64(len(countString(c))) },
		}
		p.maxStack = p.lanes
		var l tlLayout
		l.layoutTimeline(spans, sc, p)

		checkTimelineLayout(t, fmt.Sprintf("round %d", round), &l, spans, sc, p)
	}
}

// checkTimelineLayout checks the layout rules of TestTimelineLayoutRules on
// one laid-out strip.
func checkTimelineLayout(t *testing.T, name string, l *tlLayout, spans []tlSpan, sc tlScale, p tlParams) {
	t.Helper()
	n, width := len(spans), sc.width
	seen := make([]int, n)
	type iv struct{ a, b float64 }
	lanes := map[int][]iv{}
	for i := range l.nodes {
		nd := &l.nodes[i]
		if nd.lane < 0 {
			continue
		}
		if nd.lane >= p.lanes {
			t.Fatalf("%s: a node in lane %d of %d", name, nd.lane, p.lanes)
		}
		if nd.item >= 0 {
			seen[nd.item]++
		} else {
			for _, m := range l.members[nd.first : nd.first+nd.count] {
				seen[m]++
			}
		}
		a, b, _, _ := l.extent(nd, p, width, nd.label)
		lanes[nd.lane] = append(lanes[nd.lane], iv{a, b - p.labelPad})
	}
	for lane, ivs := range lanes {
		slices.SortFunc(ivs, func(x, y iv) int {
			if x.a < y.a {
				return -1
			}
			return 1
		})
		for i := 1; i < len(ivs); i++ {
			if ivs[i].a < ivs[i-1].b-1e-6 {
				t.Fatalf("%s: in lane %d, %.1f–%.1f overlaps %.1f–%.1f", name, lane, ivs[i].a, ivs[i].b, ivs[i-1].a, ivs[i-1].b)
			}
		}
	}
	k := sc.perSecond()
	margin := max(p.gap, p.dotGap) + p.markerPad
	for i, sp := range spans {
		x0, x1 := (sp.lo-sc.start)*k, (sp.hi-sc.start)*k
		in := !(x1 < -margin || x0 > width+margin)
		if in && seen[i] != 1 {
			t.Fatalf("%s: event %d in view is drawn or counted %d times", name, i, seen[i])
		}
		if !in && seen[i] != 0 {
			t.Fatalf("%s: event %d out of view is drawn", name, i)
		}
	}
}
