package app

import (
	"slices"
	"testing"
)

func TestPagesAndQuotes(t *testing.T) {
	s := Source{Title: "Report", Text: "Page one text.\n\nPage two text.\n\nPage three.", Pages: []int{0, 16, 32}}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	for off, want := range map[int]int{0: 1, 15: 1, 16: 2, 31: 2, 32: 3, 99: 3} {
		if got := s.PageAt(off); got != want {
			t.Errorf("PageAt(%d) = %d, want %d", off, got, want)
		}
	}
	for _, c := range []struct {
		q    *Quote
		want string
	}{
		{&Quote{Start: 16, End: 20}, "p. 2"},
		{&Quote{Start: 10, End: 20}, "pp. 1–2"},
		{&Quote{Start: 10, End: 16}, "p. 1"}, // ends just before page 2
		{&Quote{Start: 5, End: 40}, "pp. 1–3"},
		{&Quote{}, ""},
		{nil, ""},
	} {
		if got := QuotePages(&s, c.q).String(); got != c.want {
			t.Errorf("QuotePages(%+v) = %q, want %q", c.q, got, c.want)
		}
	}
	if got := QuotePages(&Source{Text: "x"}, &Quote{Start: 0, End: 1}); got != (PageRef{}) {
		t.Errorf("an unpaged source cites %v", got)
	}
	for _, bad := range [][]int{{1, 16}, {0, 16, 10}, {0, 999}} {
		b := s
		b.Pages = bad
		if b.Validate() == nil {
			t.Errorf("pages %v accepted", bad)
		}
	}
	o := &Original{Name: "r.pdf", Type: "application/pdf", Size: 10, SHA256: "00"}
	b := s
	b.Original = o
	if b.Validate() == nil {
		t.Error("a short SHA-256 accepted")
	}
	o.SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	if err := b.Validate(); err != nil {
		t.Error(err)
	}
	c := b
	c.Pages = slices.Clone(b.Pages)
	c.Original = &Original{}
	*c.Original = *o
	if !b.Equal(&c) {
		t.Error("copies differ")
	}
	c.Pages[2] = 31
	if b.Equal(&c) {
		t.Error("different pages are equal")
	}
}

func TestMovePages(t *testing.T) {
	old := "Page one text.\n\nPage two text.\n\nPage three."
	pages := []int{0, 16, 32}
	for _, c := range []struct {
		newText string
		want    []int
	}{
		{"Page one, longer text.\n\nPage two text.\n\nPage three.", []int{0, 24, 40}}, // inserted on page 1
		{"Page one text.\n\nPage two.\n\nPage three.", []int{0, 16, 27}},              // cut on page 2
		{"Page one text.\n\nPage three.", []int{0, 16, 22}},                           // page 2 gone: page 3 starts where the edit does
		{old + " More.", []int{0, 16, 32}},                                            // added at the end
		{"X", []int{0, 0, 0}},
	} {
		got := MovePages(pages, old, c.newText)
		if !slices.Equal(got, c.want) {
			t.Errorf("MovePages to %q = %v, want %v", c.newText, got, c.want)
		}
		if err := validPages(got, c.newText); err != nil {
			t.Errorf("moved pages invalid: %v", err)
		}
	}
}

func FuzzMovePages(f *testing.F) {
	f.Add("Page one.\n\nPage two.", "Page 1.\n\nPage two!", 11)
	f.Fuzz(func(t *testing.T, old, new string, split int) {
		n := len([]rune(old))
		split = min(max(split, 0), n)
		got := MovePages([]int{0, split}, old, new)
		if err := validPages(got, new); err != nil {
			t.Fatalf("MovePages(%q → %q) = %v: %v", old, new, got, err)
		}
	})
}
