package widgets

// This file is the timeline strip's grouping and lane math: events whose
// markers would overlap at the current zoom become count markers, and every
// shown event gets a lane wide enough for its marker and its title. The
// calendar ticks come from casefile/app/timelinelayout, shared with the PDF
// briefing, as does the rule (a day is a dot, anything longer a bar at least
// a dot wide); that package's own Layout labels key events only (by
// number) and allocates per call, while the window labels every event it can
// and lays out on every frame of a pan, hence this file. It is pure
// (standard library only, no Fyne) so that it can move into
// app/timelinelayout if the briefing ever wants titled events too.

import (
	"math"
	"slices"
	"time"
)

// tlScale maps seconds since the Unix epoch to pixels across a strip.
type tlScale struct {
	start, end float64 // visible range, seconds since the epoch
	width      float64 // strip width in pixels
}

func (s tlScale) perSecond() float64 {
	if s.end <= s.start || s.width <= 0 {
		return 0
	}
	return s.width / (s.end - s.start)
}

const daySecs = 86400

func unixSeconds(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

func fromSeconds(s float64) time.Time {
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64((s-sec)*1e9)).UTC()
}

// tlSpan is the layout's view of one event: its span in seconds.
type tlSpan struct {
	lo, hi float64
	key    bool
	day    bool // a day or less: always a dot, never a bar
	// frac is where in its day a day's dot sits (0..1): events on the same
	// day are spread evenly across it, so that zoomed in to the day they
	// come apart instead of staying one count forever.
	frac float64
}

// dotX is where a dot for sp goes, given its extent x0..x1 on the strip.
func (sp *tlSpan) dotX(x0, x1 float64) float64 {
	if sp.day {
		return x0 + (x1-x0)*sp.frac
	}
	return (x0 + x1) / 2
}

// tlParams tunes the layout.
type tlParams struct {
	lanes      int     // rows available above the axis
	gap        float64 // bars whose both ends are closer than this (px) would overlap
	dotGap     float64 // point-like markers closer than this (px) form a group: about a count marker's width
	pointWidth float64 // spans narrower than this (px) are grouped as points
	minBar     float64 // narrowest bar drawn (px)
	maxStack   int     // an overlapping group this small is drawn event by event, stacked in lanes
	markerPad  float64 // room left and right of a marker (dot radius)
	labelPad   float64 // space kept between neighbours in a lane
	// labelWidth is the width of event i's label; clusterWidth the width of
	// a count marker for n events. They are called only for what is shown.
	labelWidth   func(i int) float64
	clusterWidth func(n int) float64
}

// tlNode is one thing drawn on the strip: an event or a count marker.
type tlNode struct {
	x0, x1 float64 // marker extent in pixels (x1 == x0 for a dot)
	item   int     // the event's index, or -1 for a count marker
	first  int     // count markers: members are layout.members[first : first+count]
	count  int
	lane   int  // 0 is next to the axis; -1: hidden in an overflow count
	label  bool // whether the label fits and is shown
	flip   bool // the label ends at the marker's right instead of starting at its left
	key    bool // the event (or one in the group) is a key event
	bar    bool // drawn as a bar rather than a dot
}

// tlLayout holds a layout's result and its scratch space, reused between
// frames so that laying out does not allocate once warm.
type tlLayout struct {
	nodes   []tlNode
	members []int

	next   []int     // linked lists of group members, indexed by item
	groups []tlGroup // open and finished groups
	open   []int     // indexes into groups of open bar groups
	lanes  []tlLane
	keyIv  []tlInterval
	over   []tlOver
}

// tlOver is a run of hidden nodes (indexes into nodes, first..last) that
// one overflow count stands for, with the span of their centres.
type tlOver struct {
	first, last int
	lo, hi      float64
	count       int
	key         bool
	x, w        float64
}

type tlGroup struct {
	x0, x1     float64 // anchor span (first member) for bars; min/max for dots
	mid        float64
	head, tail int
	count      int
	key        bool
	bar        bool
}

type tlInterval struct{ a, b float64 }

type tlLane struct {
	end  float64 // right edge of the last non-key occupant
	key  []tlInterval
	next int // first key interval that may still matter
}

// layoutTimeline groups and places the events. spans must be sorted by
// their midpoint. Events entirely outside the strip are left out. Groups of
// events whose markers would overlap (within p.gap pixels) become one count
// marker unless they are small enough (p.maxStack) to stack in lanes; lanes
// are given to key events first, then to the rest, in time order; a node
// that fits no lane with its label is tried without it, and failing that
// overlaps in the emptiest lane with no label.
func (l *tlLayout) layoutTimeline(spans []tlSpan, s tlScale, p tlParams) {
	l.nodes = l.nodes[:0]
	l.members = l.members[:0]
	l.groups = l.groups[:0]
	l.open = l.open[:0]
	if cap(l.next) < len(spans) {
		l.next = make([]int, len(spans))
	}
	l.next = l.next[:len(spans)]
	k := s.perSecond()
	if k == 0 || len(spans) == 0 {
		return
	}
	margin := max(p.gap, p.dotGap) + p.markerPad
	dot := -1 // the open dot group, index into groups
	for i := range spans {
		sp := &spans[i]
		x0, x1 := (sp.lo-s.start)*k, (sp.hi-s.start)*k
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		if x1 < -margin || x0 > s.width+margin {
			continue
		}
		l.next[i] = -1
		mid := sp.dotX(x0, x1)
		if x1-x0 < p.pointWidth || sp.day {
			if dot >= 0 && mid-l.groups[dot].x0 <= p.dotGap {
				l.addMember(dot, i, mid, mid, sp.key, false)
				continue
			}
			l.groups = append(l.groups, tlGroup{x0: mid, x1: mid, mid: mid, head: i, tail: i, count: 1, key: sp.key})
			dot = len(l.groups) - 1
			continue
		}
		// A bar joins an open group whose both ends are within the gap.
		joined := false
		w := 0
		for _, g := range l.open {
			gr := &l.groups[g]
			if mid-gr.mid > p.gap {
				continue // closed: no later bar can match it
			}
			l.open[w] = g
			w++
			if !joined && math.Abs(x0-gr.x0) <= p.gap && math.Abs(x1-gr.x1) <= p.gap {
				l.addMember(g, i, x0, x1, sp.key, true)
				joined = true
			}
		}
		l.open = l.open[:w]
		if !joined {
			l.groups = append(l.groups, tlGroup{x0: x0, x1: x1, mid: mid, head: i, tail: i, count: 1, key: sp.key, bar: true})
			l.open = append(l.open, len(l.groups)-1)
		}
	}

	for gi := range l.groups {
		g := &l.groups[gi]
		if g.count <= max(p.maxStack, 1) {
			for i := g.head; i >= 0; i = l.next[i] {
				x0, x1 := (spans[i].lo-s.start)*k, (spans[i].hi-s.start)*k
				bar := !spans[i].day
				if !bar {
					m := spans[i].dotX(x0, x1)
					x0, x1 = m, m
				} else if x1-x0 < p.minBar {
					m := (x0 + x1) / 2
					x0, x1 = m-p.minBar/2, m+p.minBar/2
				}
				l.nodes = append(l.nodes, tlNode{x0: x0, x1: x1, item: i, key: spans[i].key, bar: bar})
			}
			continue
		}
		first := len(l.members)
		for i := g.head; i >= 0; i = l.next[i] {
			l.members = append(l.members, i)
		}
		n := tlNode{x0: g.x0, x1: g.x1, item: -1, first: first, count: g.count, key: g.key, bar: g.bar}
		if !g.bar { // a count marker centred on its group
			c := (g.x0 + g.x1) / 2
			n.x0, n.x1 = c, c
		}
		l.nodes = append(l.nodes, n)
	}
	slices.SortFunc(l.nodes, func(a, b tlNode) int {
		switch {
		case a.x0 < b.x0:
			return -1
		case a.x0 > b.x0:
			return 1
		case a.x1 < b.x1:
			return -1
		case a.x1 > b.x1:
			return 1
		}
		return a.item - b.item
	})
	l.assignLanes(p, s.width)
}

func (l *tlLayout) addMember(g, i int, x0, x1 float64, key, bar bool) {
	gr := &l.groups[g]
	l.next[gr.tail] = i
	gr.tail = i
	gr.count++
	gr.key = gr.key || key
	if !bar {
		m := (x0 + x1) / 2
		gr.x1 = max(gr.x1, m)
	}
}

// extent returns where a node starts and ends in its lane, with its label
// if withLabel and it can have one (labelled), and whether the label is
// flipped to end at the marker's right (so that it stays inside the strip).
func (l *tlLayout) extent(n *tlNode, p tlParams, width float64, withLabel bool) (a, b float64, flip, labelled bool) {
	if n.item < 0 && !n.bar {
		w := p.clusterWidth(n.count)
		return n.x0 - w/2, n.x0 + w/2 + p.labelPad, false, false
	}
	a, b = n.x0-p.markerPad, n.x1+p.markerPad
	if n.item < 0 { // a bar group's count marker sits at its start
		b = max(b, max(n.x0, 0)+p.clusterWidth(n.count))
	}
	if !n.bar && (n.x0 < 0 || n.x0 > width) {
		withLabel = false // a dot off screen: its label would be cut
	}
	if withLabel && n.item >= 0 {
		lw := p.labelWidth(n.item)
		la, lb := labelSpan(n, p, lw, false)
		if lb > width && n.x1+p.markerPad-lw >= 0 {
			la, lb = labelSpan(n, p, lw, true)
			flip = true
		}
		a, b = min(a, la), max(b, lb)
		labelled = true
	}
	return a, b + p.labelPad, flip, labelled
}

// labelSpan is where a label of width lw goes: from the marker's left (or
// the strip's left edge, for a bar coming in from off screen), or flipped,
// ending at the marker's right.
func labelSpan(n *tlNode, p tlParams, lw float64, flip bool) (a, b float64) {
	if flip {
		e := n.x1 + p.markerPad
		if n.bar {
			e = n.x1
		}
		return e - lw, e
	}
	s := n.x0 - p.markerPad
	if n.bar {
		s = max(n.x0, 0)
	}
	return s, s + lw
}

// assignLanes gives every node a lane. If some node finds no room even
// without its label, the top lane is kept for counts of what could not be
// placed: the others are laid out again in the lanes below, and the nodes
// still left over become overflow counts ("5") in the top lane, so that no
// event is ever drawn over another without a label or a count.
func (l *tlLayout) assignLanes(p tlParams, width float64) {
	lanes := max(p.lanes, 1)
	if cap(l.lanes) < lanes {
		l.lanes = append(l.lanes[:cap(l.lanes)], make([]tlLane, lanes-cap(l.lanes))...)
	}
	if l.tryLanes(lanes, p, width) {
		return
	}
	top := 0
	if lanes > 1 {
		top = lanes - 1
		l.tryLanes(lanes-1, p, width)
	}
	l.overflow(top, p, width)
}

// tryLanes places the nodes in n lanes, key events first so that crowding
// never hides them; it reports whether every node found room.
func (l *tlLayout) tryLanes(n int, p tlParams, width float64) bool {
	l.lanes = l.lanes[:n]
	for i := range l.lanes {
		l.lanes[i].end = math.Inf(-1)
		l.lanes[i].key = l.lanes[i].key[:0]
		l.lanes[i].next = 0
	}
	ok := true
	for i := range l.nodes {
		if n := &l.nodes[i]; n.key {
			ok = l.place(n, p, width, true) && ok
		}
	}
	for i := range l.lanes {
		l.lanes[i].end = math.Inf(-1)
	}
	for i := range l.nodes {
		if n := &l.nodes[i]; !n.key {
			ok = l.place(n, p, width, false) && ok
		}
	}
	return ok
}

// place puts n in the first lane where it fits with its label, or failing
// that without it; it reports false, and hides n, if it fits nowhere.
func (l *tlLayout) place(n *tlNode, p tlParams, width float64, key bool) bool {
	hasLabel := n.item >= 0
	for _, withLabel := range [2]bool{true, false} {
		if !withLabel && !hasLabel {
			break
		}
		a, b, flip, labelled := l.extent(n, p, width, withLabel)
		for li := range l.lanes {
			if l.fits(li, a, b, key) {
				l.occupy(li, a, b, key)
				n.lane, n.label, n.flip = li, labelled, flip
				return true
			}
		}
	}
	n.lane, n.label = -1, false
	return false
}

// overflow turns the hidden nodes into count nodes in lane top, merging
// neighbours whose counts would touch, and appends them to the nodes.
func (l *tlLayout) overflow(top int, p tlParams, width float64) {
	l.over = l.over[:0]
	centre := func(n *tlNode) float64 { return (n.x0 + n.x1) / 2 }
	size := func(n *tlNode) int {
		if n.item < 0 {
			return n.count
		}
		return 1
	}
	placeOver := func(o *tlOver) {
		o.w = p.clusterWidth(o.count)
		o.x = min(max((o.lo+o.hi)/2, o.w/2), width-o.w/2)
	}
	for i := range l.nodes {
		n := &l.nodes[i]
		if n.lane >= 0 {
			continue
		}
		c := centre(n)
		o := tlOver{first: i, last: i, lo: c, hi: c, count: size(n), key: n.key}
		placeOver(&o)
		for len(l.over) > 0 {
			q := l.over[len(l.over)-1]
			if q.x+q.w/2+p.labelPad <= o.x-o.w/2 {
				break
			}
			l.over = l.over[:len(l.over)-1]
			o = tlOver{first: q.first, last: o.last, lo: min(q.lo, o.lo), hi: max(q.hi, o.hi), count: q.count + o.count, key: q.key || o.key}
			placeOver(&o)
		}
		l.over = append(l.over, o)
	}
	lo := math.Inf(-1) // where the previous group's mark (or label) ends
	for oi, o := range l.over {
		if o.count == 1 && l.nodes[o.first].item >= 0 {
			if end, ok := l.alone(oi, top, lo, p, width); ok {
				lo = end
				continue // a single event is drawn as itself where it has room
			}
		}
		lo = o.x + o.w/2
		first := len(l.members)
		for i := o.first; i <= o.last; i++ {
			n := &l.nodes[i]
			switch {
			case n.lane >= 0:
			case n.item >= 0:
				l.members = append(l.members, n.item)
			default:
				l.members = append(l.members, l.members[n.first:n.first+n.count]...)
			}
		}
		l.nodes = append(l.nodes, tlNode{x0: o.x, x1: o.x, item: -1, first: first, count: o.count, lane: top, key: o.key})
	}
}

// alone places the single event of overflow group oi in lane top, with its
// label if that fits between what the group before it drew (ending at lo:
// a count, or an event drawn alone with its label) and the next group's
// count, else without; it reports where it ends, or false, leaving it
// hidden, if even its mark would touch them.
func (l *tlLayout) alone(oi, top int, lo float64, p tlParams, width float64) (float64, bool) {
	hi := math.Inf(1)
	if oi+1 < len(l.over) {
		q := &l.over[oi+1]
		hi = q.x - q.w/2 - p.labelPad
	}
	n := &l.nodes[l.over[oi].first]
	for _, withLabel := range [2]bool{true, false} {
		a, b, flip, labelled := l.extent(n, p, width, withLabel)
		if a > lo && b < hi {
			n.lane, n.label, n.flip = top, labelled, flip
			return b, true
		}
	}
	return 0, false
}

func (l *tlLayout) laneEnd(li int) float64 {
	ln := &l.lanes[li]
	e := ln.end
	if len(ln.key) > 0 {
		e = max(e, ln.key[len(ln.key)-1].b)
	}
	return e
}

func (l *tlLayout) fits(li int, a, b float64, key bool) bool {
	ln := &l.lanes[li]
	if ln.end >= a {
		return false
	}
	if key {
		return true // key intervals are being laid down and are ln.end
	}
	for ln.next > 0 && ln.key[ln.next-1].b >= a {
		ln.next--
	}
	for ln.next < len(ln.key) && ln.key[ln.next].b < a {
		ln.next++
	}
	return ln.next == len(ln.key) || ln.key[ln.next].a > b
}

func (l *tlLayout) occupy(li int, a, b float64, key bool) {
	ln := &l.lanes[li]
	if key {
		ln.key = append(ln.key, tlInterval{a, b})
	}
	ln.end = max(ln.end, b)
}
