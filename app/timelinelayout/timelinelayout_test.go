package timelinelayout

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

func day(y, m, d int) float64 { return Days(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)) }

func measure(s string) float64 { return 1.5 * float64(len([]rune(s))) }

func cfg(from, to float64) Config {
	return Config{From: from, To: to, Width: 170, Lanes: 4, MinWidth: 1.6, Gap: 0.6, Measure: measure, LabelGap: 1}
}

func TestDotsAndBars(t *testing.T) {
	items := []Item{
		{Start: day(2023, 6, 20), End: day(2023, 6, 21), Dot: true},
		{Start: day(2022, 7, 1), End: day(2022, 8, 1)},
		{Start: day(1980, 1, 1), End: day(1984, 1, 1)},
	}
	c := cfg(day(1975, 1, 1), day(2025, 1, 1))
	s := Layout(items, c)
	if len(s.Marks) != 3 {
		t.Fatalf("got %d marks", len(s.Marks))
	}
	for _, m := range s.Marks {
		if m.X1-m.X0 < c.MinWidth-1e-9 {
			t.Errorf("mark %+v narrower than MinWidth", m)
		}
		if m.Dot != items[m.Item].Dot {
			t.Errorf("mark %+v: dot %v", m, m.Dot)
		}
	}
	// The early-1980s bar is as wide as four years.
	for _, m := range s.Marks {
		if m.Item == 2 {
			want := c.X(day(1984, 1, 1)) - c.X(day(1980, 1, 1))
			if d := (m.X1 - m.X0) - want; d > 1e-6 || d < -1e-6 {
				t.Errorf("bar width %v, want %v", m.X1-m.X0, want)
			}
		}
	}
}

func TestLanesNeverOverlapAndCountsAddUp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var items []Item
	from, to := day(2000, 1, 1), day(2024, 1, 1)
	for i := range 1000 {
		s := from + r.Float64()*(to-from)
		e := s + 1
		dot := r.IntN(3) > 0
		if !dot {
			e = s + float64(r.IntN(400))
		}
		items = append(items, Item{Start: s, End: e, Dot: dot, Key: i%17 == 0, Label: fmt.Sprint(i + 1)})
	}
	c := cfg(from, to)
	s := Layout(items, c)
	byLane := map[int][]Mark{}
	for _, m := range s.Marks {
		if m.X0 < -1e-9 || m.X1 > c.Width+1e-9 {
			t.Errorf("mark off the strip: %+v", m)
		}
		for _, o := range byLane[m.Lane] {
			if m.X0 < o.X1+c.Gap-1e-9 && o.X0 < m.X1+c.Gap-1e-9 {
				t.Fatalf("marks overlap in lane %d: %+v %+v", m.Lane, m, o)
			}
		}
		byLane[m.Lane] = append(byLane[m.Lane], m)
	}
	n := len(s.Marks)
	for _, ct := range s.Counts {
		n += ct.N
	}
	if n != len(items) {
		t.Errorf("marks plus counts = %d, want %d", n, len(items))
	}
	checkLabels := func(what string, xs []float64, texts []string) {
		prev := -1e9
		for i := range xs {
			w := measure(texts[i])
			if xs[i]-w/2 < prev+c.LabelGap-1e-9 {
				t.Errorf("%s labels collide at %q", what, texts[i])
			}
			if xs[i]-w/2 < -1e-9 || xs[i]+w/2 > c.Width+1e-9 {
				t.Errorf("%s label %q off the strip", what, texts[i])
			}
			prev = xs[i] + w/2
		}
	}
	var xs []float64
	var ts []string
	for _, ct := range s.Counts {
		xs, ts = append(xs, ct.X), append(ts, ct.Label)
	}
	checkLabels("count", xs, ts)
	xs, ts = nil, nil
	keys := 0
	for _, l := range s.KeyLabels {
		xs, ts = append(xs, l.X), append(ts, l.Text)
		keys += len(l.Items)
	}
	checkLabels("key", xs, ts)
	if keys != len(s.Keys) || len(s.Keys) != 59 {
		t.Errorf("key labels cover %d of %d key marks (want 59)", keys, len(s.Keys))
	}
}

func TestOutsideWindowLeftOutAndClipped(t *testing.T) {
	items := []Item{
		{Start: day(1990, 1, 1), End: day(1991, 1, 1)},
		{Start: day(2019, 1, 1), End: day(2021, 1, 1)},
		{Start: day(2020, 5, 1), End: day(2020, 5, 2), Dot: true, OpenEnd: true},
	}
	s := Layout(items, cfg(day(2020, 1, 1), day(2021, 1, 1)))
	if len(s.Marks) != 2 {
		t.Fatalf("marks %+v", s.Marks)
	}
	for _, m := range s.Marks {
		switch m.Item {
		case 1:
			if !m.ClipStart || m.ClipEnd {
				t.Errorf("item 1 clip flags: %+v", m)
			}
		case 2:
			if m.Dot || !m.ClipEnd {
				t.Errorf("open-ended item should be a bar with an arrow: %+v", m)
			}
		}
	}
}

func TestTicks(t *testing.T) {
	for _, w := range [][2]float64{
		{day(1970, 1, 1), day(2024, 1, 1)},
		{day(2023, 6, 1), day(2023, 7, 1)},
		{day(2022, 1, 1), day(2023, 12, 31)},
		{day(2023, 6, 19), day(2023, 6, 22)},
	} {
		c := cfg(w[0], w[1])
		ticks := Ticks(c)
		if len(ticks) < 2 {
			t.Errorf("%v: %d ticks %+v", Time(w[0]), len(ticks), ticks)
			continue
		}
		if !fits(ticks, c) {
			t.Errorf("ticks do not fit: %+v", ticks)
		}
		t.Logf("%s – %s: %v", Time(w[0]).Format("2006-01-02"), Time(w[1]).Format("2006-01-02"), ticks)
	}
}
