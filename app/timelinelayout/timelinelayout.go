// Package timelinelayout is the pure layout math of a timeline strip: a
// horizontal band on which an event known to the day is a dot and an event
// known only to the month, year or decade is a bar as wide as what is known.
// It assigns marks to lanes so that none overlaps another, groups the events
// that find no free lane into counts ("+12"), places the labels of key events
// so that no two collide (merging neighbours into "12–19"), and chooses
// calendar ticks whose labels fit.
//
// Positions are in the caller's output unit (millimetres in the PDF, pixels
// in a widget); times are days since 1970-01-01 UTC as float64 (see Days and
// Time). It imports only the standard library, so that the PDF briefing and
// the window's timeline widget share it.
package timelinelayout

import (
	"math"
	"sort"
	"strconv"
	"time"
)

// Days returns t as days since 1970-01-01 UTC.
func Days(t time.Time) float64 {
	return float64(t.Unix())/86400 + float64(t.Nanosecond())/86400e9
}

// Time returns the instant d days after 1970-01-01 UTC.
func Time(d float64) time.Time {
	sec := math.Floor(d * 86400)
	return time.Unix(int64(sec), 0).UTC()
}

// Item is one event to place.
type Item struct {
	Start, End float64 // days; End >= Start
	OpenStart  bool    // the event has no known start: drawn with an arrow to the left
	OpenEnd    bool    // the event has no known end: drawn with an arrow to the right
	Dot        bool    // known to the day or finer: drawn as a dot
	Key        bool    // a key event: marked above the lanes and labelled
	Label      string  // the key event's label, such as its number in the table
}

// Config is the geometry of a strip.
type Config struct {
	From, To float64 // the window, in days
	Width    float64 // the strip's width, in output units
	Lanes    int     // rows of marks
	MinWidth float64 // a dot's diameter and the narrowest bar
	Gap      float64 // space kept between two marks in one lane
	// Measure returns the width of a label; nil counts 1 unit per byte.
	Measure  func(string) float64
	LabelGap float64 // space kept between two labels
}

// Mark is one event drawn in a lane.
type Mark struct {
	Item      int     // index into the items
	X0, X1    float64 // extent on the strip; for a dot, its bounding box
	Lane      int     // 0 is the top lane
	Dot       bool    // known to the day: draw a dot of diameter MinWidth
	ClipStart bool    // the event starts before the window (or has an open start)
	ClipEnd   bool    // the event ends after the window (or has an open end)
}

// Count stands for events that found no free lane: N of them, with centres
// from X0 to X1, labelled Label ("+12") centred at X.
type Count struct {
	X0, X1 float64 // the span of the hidden events' centres
	X      float64 // the centre of the label
	N      int     // how many events
	Label  string  // "+N"
}

// KeyMark is the marker of one key event, above the lanes at its centre.
type KeyMark struct {
	Item int     // index into the items
	X    float64 // the centre of the event's mark
}

// Label is a text centred at X, such as "7" or "12–19" for key events whose
// labels would collide.
type Label struct {
	X     float64 // the centre of the label
	Text  string
	Items []int // indexes into the items, in the order of their marks
}

// Strip is the laid-out strip.
type Strip struct {
	Marks     []Mark    // the events drawn one by one, by left edge
	Counts    []Count   // the events that found no free lane
	Keys      []KeyMark // every key event in the window, by position
	KeyLabels []Label   // labels of the key events, never overlapping
}

// X returns the position of day d on a strip of the given window and width.
func (c Config) X(d float64) float64 {
	if c.To <= c.From {
		return c.Width / 2
	}
	return (d - c.From) / (c.To - c.From) * c.Width
}

func (c Config) measure(s string) float64 {
	if c.Measure == nil {
		return float64(len(s))
	}
	return c.Measure(s)
}

// Layout places the items on the strip. Items wholly outside the window are
// left out. Marks are in the order of their left edges; the run time is
// O(n log n + n·Lanes).
func Layout(items []Item, c Config) Strip {
	if c.Lanes < 1 {
		c.Lanes = 1
	}
	type ext struct {
		i      int
		x0, x1 float64
		dot    bool
		cs, ce bool
		centre float64
	}
	exts := make([]ext, 0, len(items))
	for i, it := range items {
		if it.End < c.From || it.Start > c.To {
			continue
		}
		e := ext{i: i, cs: it.OpenStart || it.Start < c.From, ce: it.OpenEnd || it.End > c.To}
		x0, x1 := c.X(math.Max(it.Start, c.From)), c.X(math.Min(it.End, c.To))
		e.centre = (x0 + x1) / 2
		if it.Dot && !e.cs && !e.ce {
			e.dot = true
			x0, x1 = e.centre-c.MinWidth/2, e.centre+c.MinWidth/2
		} else if x1-x0 < c.MinWidth {
			x0, x1 = e.centre-c.MinWidth/2, e.centre+c.MinWidth/2
		}
		// Keep the mark on the strip.
		if x0 < 0 {
			x1 -= x0
			x0 = 0
		}
		if x1 > c.Width {
			x0 -= x1 - c.Width
			x1 = c.Width
			if x0 < 0 {
				x0 = 0
			}
		}
		e.x0, e.x1 = x0, x1
		exts = append(exts, e)
	}
	sort.SliceStable(exts, func(a, b int) bool {
		if exts[a].x0 != exts[b].x0 {
			return exts[a].x0 < exts[b].x0
		}
		return exts[a].x1 < exts[b].x1
	})

	var s Strip
	lastEnd := make([]float64, c.Lanes)
	for i := range lastEnd {
		lastEnd[i] = math.Inf(-1)
	}
	var hidden []float64
	for _, e := range exts {
		if items[e.i].Key {
			s.Keys = append(s.Keys, KeyMark{Item: e.i, X: e.centre})
		}
		lane := -1
		for l := 0; l < c.Lanes; l++ {
			if lastEnd[l]+c.Gap <= e.x0 {
				lane = l
				break
			}
		}
		if lane < 0 {
			hidden = append(hidden, e.centre)
			continue
		}
		lastEnd[lane] = e.x1
		s.Marks = append(s.Marks, Mark{Item: e.i, X0: e.x0, X1: e.x1, Lane: lane, Dot: e.dot, ClipStart: e.cs, ClipEnd: e.ce})
	}

	// Counts of the hidden events, merged so that their labels do not collide.
	sort.Float64s(hidden)
	ones := make([]int, len(hidden))
	for i := range ones {
		ones[i] = 1
	}
	for _, g := range mergeLabels(hidden, ones, func(first, last, n int) string { return "+" + strconv.Itoa(n) }, c) {
		s.Counts = append(s.Counts, Count{X0: hidden[g.first], X1: hidden[g.last], X: g.x, N: g.n, Label: g.text})
	}

	// Key labels, merged likewise into "first–last".
	sort.SliceStable(s.Keys, func(a, b int) bool { return s.Keys[a].X < s.Keys[b].X })
	kx := make([]float64, len(s.Keys))
	kn := make([]int, len(s.Keys))
	for i, k := range s.Keys {
		kx[i] = k.X
		kn[i] = 1
	}
	text := func(first, last, n int) string {
		a := items[s.Keys[first].Item].Label
		if first == last {
			return a
		}
		return a + "–" + items[s.Keys[last].Item].Label
	}
	for _, g := range mergeLabels(kx, kn, text, c) {
		l := Label{X: g.x, Text: g.text}
		for j := g.first; j <= g.last; j++ {
			l.Items = append(l.Items, s.Keys[j].Item)
		}
		s.KeyLabels = append(s.KeyLabels, l)
	}
	return s
}

type labelGroup struct {
	first, last int
	n           int
	x, w        float64
	text        string
}

// mergeLabels gives labels centred at the sorted positions xs, merging
// neighbours whose labels would overlap (or run off the strip) until none
// does. Each merged group is centred on the middle of its members. It runs in
// amortized linear time (each merge removes a group).
func mergeLabels(xs []float64, weights []int, text func(first, last, n int) string, c Config) []labelGroup {
	var st []labelGroup
	place := func(g *labelGroup) {
		g.text = text(g.first, g.last, g.n)
		g.w = c.measure(g.text)
		g.x = (xs[g.first] + xs[g.last]) / 2
		if g.x-g.w/2 < 0 {
			g.x = g.w / 2
		}
		if g.x+g.w/2 > c.Width {
			g.x = c.Width - g.w/2
		}
	}
	for i := range xs {
		g := labelGroup{first: i, last: i, n: weights[i]}
		place(&g)
		for len(st) > 0 {
			p := st[len(st)-1]
			if p.x+p.w/2+c.LabelGap <= g.x-g.w/2 {
				break
			}
			st = st[:len(st)-1]
			g = labelGroup{first: p.first, last: g.last, n: p.n + g.n}
			place(&g)
		}
		st = append(st, g)
	}
	return st
}

// Tick is a labelled calendar tick on the strip.
type Tick struct {
	X     float64 // position on the strip
	Label string  // "2023", "Jun 2023", "20 Jun"
}

var monthAbbr = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func yearLabel(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

type tickStep struct {
	days, months, years int
}

// Ticks returns calendar ticks for the window of c (days, months or years,
// at the finest step whose labels fit side by side with LabelGap between
// them). A day tick reads "20 Jun", with the year on the first tick and on
// 1 January; a month tick "Jun", with the year likewise; a year tick "2023".
func Ticks(c Config) []Tick {
	if c.To <= c.From || c.Width <= 0 {
		return nil
	}
	span := c.To - c.From
	steps := []tickStep{{days: 1}, {days: 2}, {days: 7}, {months: 1}, {months: 3}, {months: 6}}
	for y := 1; y <= 1_000_000_000; y *= 10 {
		steps = append(steps, tickStep{years: y}, tickStep{years: 2 * y}, tickStep{years: 5 * y})
	}
	minW := c.measure("2000") + c.LabelGap
	for _, st := range steps {
		approx := float64(st.days) + 30.44*float64(st.months) + 365.25*float64(st.years)
		n := span / approx
		if n*minW > c.Width*1.5 || n > 400 {
			continue // clearly too dense
		}
		ticks := genTicks(c, st)
		if fits(ticks, c) {
			return ticks
		}
	}
	return nil
}

func genTicks(c Config, st tickStep) []Tick {
	from, to := Time(c.From), Time(c.To)
	var out []Tick
	add := func(t time.Time, label string) {
		d := Days(t)
		if d < c.From || d > c.To {
			return
		}
		out = append(out, Tick{X: c.X(d), Label: label})
	}
	switch {
	case st.days > 0:
		t := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		if st.days == 7 { // weeks start on Monday
			for t.Weekday() != time.Monday {
				t = t.AddDate(0, 0, 1)
			}
		}
		lastYear := math.MinInt
		for ; !t.After(to); t = t.AddDate(0, 0, st.days) {
			l := strconv.Itoa(t.Day()) + " " + monthAbbr[t.Month()]
			if t.Year() != lastYear {
				l += " " + yearLabel(t.Year())
				lastYear = t.Year()
			}
			add(t, l)
		}
	case st.months > 0:
		m := (int(from.Month()) - 1 + st.months - 1) / st.months * st.months
		t := time.Date(from.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		if t.Before(from) {
			t = t.AddDate(0, st.months, 0)
		}
		lastYear := math.MinInt
		for ; !t.After(to); t = t.AddDate(0, st.months, 0) {
			l := monthAbbr[t.Month()]
			if t.Year() != lastYear {
				l += " " + yearLabel(t.Year())
				lastYear = t.Year()
			}
			add(t, l)
		}
	default:
		y0 := from.Year()
		y := int(math.Ceil(float64(y0)/float64(st.years))) * st.years
		if y == y0 && (from.Month() != time.January || from.Day() != 1 || from.Hour() != 0) {
			y += st.years
		}
		for ; y <= to.Year(); y += st.years {
			add(time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC), yearLabel(y))
		}
	}
	return out
}

func fits(ticks []Tick, c Config) bool {
	if len(ticks) == 0 {
		return false
	}
	prevEnd := math.Inf(-1)
	for _, t := range ticks {
		w := c.measure(t.Label)
		x0 := t.X - w/2
		if x0 < 0 {
			x0 = 0
		}
		if x0+w > c.Width {
			x0 = c.Width - w
		}
		if x0 < prevEnd+c.LabelGap {
			return false
		}
		prevEnd = x0 + w
	}
	return true
}

// TickBox returns where a tick's label of width w is drawn: centred on the
// tick but kept on the strip. It is how Ticks checked that labels fit.
func TickBox(t Tick, w float64, c Config) (x0 float64) {
	x0 = t.X - w/2
	if x0 < 0 {
		x0 = 0
	}
	if x0+w > c.Width {
		x0 = c.Width - w
	}
	return x0
}
