package app

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"
)

// MaxOriginalBytes bounds the imported file a case keeps: a larger file
// keeps only its text, name, size and SHA-256.
const MaxOriginalBytes = 25 << 20

// MaxPages bounds a source's page map.
const MaxPages = 20000

// PageRef is the page or range of pages a quote stands on; the zero value
// is "no page" (an unpaged source, or a quote without a position).
type PageRef struct {
	First, Last int // 1-based, First <= Last
}

// String writes the reference as a citation does: "p. 12", "pp. 12–13",
// or "" for no page.
func (p PageRef) String() string {
	switch {
	case p.First <= 0:
		return ""
	case p.Last <= p.First:
		return "p. " + strconv.Itoa(p.First)
	}
	return fmt.Sprintf("pp. %d–%d", p.First, p.Last)
}

// PageAt returns the page (1-based) on which the code point at offset
// stands, or 0 when the source has no pages.
func (s *Source) PageAt(offset int) int {
	if len(s.Pages) == 0 {
		return 0
	}
	// The last page that starts at or before offset.
	return max(1, sort.Search(len(s.Pages), func(i int) bool { return s.Pages[i] > offset }))
}

// QuotePages returns the pages the quote q spans in source s: from the
// page of its first code point to that of its last. An unpaged source or
// a quote without a position gives the zero PageRef.
func QuotePages(s *Source, q *Quote) PageRef {
	if q == nil || len(s.Pages) == 0 || q.End <= q.Start || q.Start < 0 {
		return PageRef{}
	}
	return PageRef{First: s.PageAt(q.Start), Last: s.PageAt(q.End - 1)}
}

// validPages checks a page map against its text: starting at 0, never
// going back, within the text.
func validPages(pages []int, text string) error {
	if len(pages) == 0 {
		return nil
	}
	if len(pages) > MaxPages {
		return FieldError("pages", "The source has %d pages; Casefile keeps at most %d.", len(pages), MaxPages)
	}
	n := utf8.RuneCountInString(text)
	for i, p := range pages {
		if (i == 0 && p != 0) || (i > 0 && p < pages[i-1]) || p > n {
			return FieldError("pages", "The source's page %d starts at %d, which does not fit its text of %d characters.", i+1, p, n)
		}
	}
	return nil
}

var sha256Hex = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Validate checks an original file's description.
func (o *Original) Validate() error {
	if o == nil {
		return nil
	}
	return firstErr(
		required("original", "original file's name", o.Name),
		maxLen("original", "original file's name", o.Name, MaxNameLen),
		maxLen("original", "original file's type", o.Type, MaxNameLen),
		func() error {
			if o.Size < 0 || !sha256Hex.MatchString(o.SHA256) {
				return FieldError("original", "The original file of the source is described by a size of %d and a checksum that is not a SHA-256.", o.Size)
			}
			return nil
		}(),
	)
}

// Equal reports whether two sources are the same in every field.
func (s *Source) Equal(o *Source) bool {
	return s.ID == o.ID && s.Title == o.Title && s.Publisher == o.Publisher && s.Author == o.Author &&
		s.URL == o.URL && s.Published == o.Published && s.Kind == o.Kind && s.Reliability == o.Reliability &&
		s.Interest == o.Interest && s.Text == o.Text && slices.Equal(s.Pages, o.Pages) &&
		s.AttachedTo == o.AttachedTo && (s.Original == nil) == (o.Original == nil) &&
		(s.Original == nil || *s.Original == *o.Original)
}

// MovePages carries a page map from oldText over to newText, an edited
// version of it: a page start before the edit stays, one after it moves
// by the edit's change in length, and one inside the edited stretch goes
// to where the edit starts. The edit is taken as the stretch between the
// texts' common beginning and common end.
func MovePages(pages []int, oldText, newText string) []int {
	if len(pages) == 0 || oldText == newText {
		return pages
	}
	o, n := []rune(oldText), []rune(newText)
	pre := 0
	for pre < len(o) && pre < len(n) && o[pre] == n[pre] {
		pre++
	}
	suf := 0
	for suf < len(o)-pre && suf < len(n)-pre && o[len(o)-1-suf] == n[len(n)-1-suf] {
		suf++
	}
	oldEnd, delta := len(o)-suf, len(n)-len(o)
	out := make([]int, len(pages))
	for i, p := range pages {
		switch {
		case p <= pre:
			out[i] = p
		case p >= oldEnd:
			out[i] = p + delta
		default:
			out[i] = pre
		}
		out[i] = min(max(out[i], 0), len(n))
		if i > 0 {
			out[i] = max(out[i], out[i-1])
		}
	}
	out[0] = 0
	return out
}
