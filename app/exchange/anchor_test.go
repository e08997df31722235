package exchange

import (
	"strings"
	"testing"
	"unicode/utf8"

	"casefile/app"
)

func TestAnchor(t *testing.T) {
	// "the raid" occurs three times; 😀 is one code point (two UTF-16 units).
	text := "😀 Çuçi said the raid was lawful. The NCRI said the raid was criminal. Later, the raid ended."
	occ := func(n int) int { // code-point start of the n-th "the raid"
		b := -1
		for i := 0; i <= n; i++ {
			b += 1 + strings.Index(text[b+1:], "the raid")
		}
		return utf8.RuneCountInString(text[:b])
	}
	for _, tc := range []struct {
		name  string
		q     app.Quote
		start int // -1: not found
	}{
		{"position right", app.Quote{Exact: "the raid", Start: occ(1), End: occ(1) + 8}, occ(1)},
		{"position right, prefix says otherwise", app.Quote{Exact: "the raid", Prefix: "Later, ", Start: occ(1), End: occ(1) + 8}, occ(1)},
		{"no position, prefix picks", app.Quote{Exact: "the raid", Prefix: "NCRI said "}, occ(1)},
		{"no position, suffix picks", app.Quote{Exact: "the raid", Suffix: " ended"}, occ(2)},
		{"prefix and suffix beat nearness", app.Quote{Exact: "the raid", Prefix: "said ", Suffix: " was criminal", Start: occ(0) + 1, End: occ(0) + 9}, occ(1)},
		{"partial prefix still helps", app.Quote{Exact: "the raid", Prefix: "XXXCRI said "}, occ(1)},
		{"no context: nearest to old start", app.Quote{Exact: "the raid", Start: occ(2) - 3, End: occ(2) + 5}, occ(2)},
		{"no context, no position: first", app.Quote{Exact: "the raid"}, occ(0)},
		{"code points, not bytes", app.Quote{Exact: "Çuçi", Start: 5, End: 9}, 2},
		{"stale span past the end", app.Quote{Exact: "Çuçi", Start: 500, End: 504}, 2},
		{"not found", app.Quote{Exact: "the police raid", Start: 3, End: 18}, -1},
	} {
		q := tc.q
		ok := Anchor(text, &q)
		if tc.start < 0 {
			if ok || q != tc.q {
				t.Errorf("%s: anchored=%v quote=%+v, want unchanged and not anchored", tc.name, ok, q)
			}
			continue
		}
		if !ok || q.Start != tc.start || q.End != tc.start+utf8.RuneCountInString(q.Exact) {
			t.Errorf("%s: anchored=%v at %d..%d, want %d", tc.name, ok, q.Start, q.End, tc.start)
		}
		if !Anchored(text, q) {
			t.Errorf("%s: Anchored says no", tc.name)
		}
		if q.Prefix != tc.q.Prefix || q.Suffix != tc.q.Suffix || q.Exact != tc.q.Exact {
			t.Errorf("%s: anchoring changed the selector text", tc.name)
		}
	}
}

// TestDecodeAnchorsQuotes checks anchoring inside Decode: fixed positions,
// an orphaned quote kept with a warning, a source without text left alone.
func TestDecodeAnchorsQuotes(t *testing.T) {
	doc := `{"casefile": 1, "case": {"title": "T"},
	  "sources": [
	    {"id": "s", "title": "S", "text": "Some 100 were injured, said the group; some 100 is disputed."},
	    {"id": "paper", "title": "Printed only"}],
	  "events": [{"id": "e", "title": "Raid", "date": "2023-06-20", "citations": [
	    {"source": "s", "quote": {"exact": "some 100", "prefix": "group; ", "start": 0, "end": 8}},
	    {"source": "s", "quote": {"exact": "three dozen", "start": 4, "end": 15}},
	    {"source": "paper", "quote": {"exact": "anything", "start": 7, "end": 15}}]}],
	  "annotations": [{"id": "a", "source": "s", "note": "n", "quote": {"exact": "injured"}}]}`
	d, w, err := decodeString(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	cits := d.Events[0].Citations
	if q := cits[0].Quote; q.Start != 39 || q.End != 47 {
		t.Errorf("repeat chosen by prefix: %d..%d, want 39..47", q.Start, q.End)
	}
	if q := cits[1].Quote; q.Start != 4 || q.End != 15 || q.Exact != "three dozen" {
		t.Errorf("orphaned quote changed: %+v", q)
	}
	if q := cits[2].Quote; q.Start != 7 || q.End != 15 {
		t.Errorf("quote in a source without text changed: %+v", q)
	}
	if q := d.Annotations[0].Quote; q.Start != 14 || q.End != 21 {
		t.Errorf("annotation quote at %d..%d, want 14..21", q.Start, q.End)
	}
	if len(w) != 1 || w[0].Path != "events[0].citations[1].quote" || !strings.Contains(w[0].Message, `"three dozen" was not found in the text of source "s"`) {
		t.Errorf("warnings = %v", w)
	}
}
