package anchor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// benchSetup makes a 200 KB text, 100 quotes in it, and the text after one
// edit near its start (so that most quotes move).
func benchSetup(b *testing.B) (text, edited string, quotes []Quote) {
	b.Helper()
	text = sampleText(200_000, 3)
	quotes = sampleQuotes(text, 100, rand.New(rand.NewPCG(3, 4)))
	cut := len(text) / 50
	for !utf8.RuneStart(text[cut]) {
		cut++
	}
	edited = text[:cut] + "A sentence added by the editor, to move everything after it. " + text[cut:]
	return text, edited, quotes
}

// BenchmarkReanchor200KB: Reanchor 100 quotes in a 200 KB text after an
// edit (the common case: positions carried across the edit).
func BenchmarkReanchor200KB(b *testing.B) {
	text, edited, quotes := benchSetup(b)
	b.SetBytes(int64(len(edited)))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range Reanchor(text, edited, quotes) {
			if !r.Anchored() {
				b.Fatal("orphaned")
			}
		}
	}
}

// BenchmarkLocate200KBByQuote: locate 100 quotes with stale positions in a
// 200 KB text, so each is found by exact search with its context.
func BenchmarkLocate200KBByQuote(b *testing.B) {
	_, edited, quotes := benchSetup(b)
	for i := range quotes {
		quotes[i].Start += 7 // stale everywhere
	}
	b.ResetTimer()
	for b.Loop() {
		ix := NewText(edited)
		for _, q := range quotes {
			if r := ix.Locate(q); r.Method != ByQuote {
				b.Fatalf("method %v", r.Method)
			}
		}
	}
}

// BenchmarkLocate200KBFuzzy: locate 100 quotes in a 200 KB text in which
// each quote's text was changed in one place, so each is found by the
// approximate search near its old position.
func BenchmarkLocate200KBFuzzy(b *testing.B) {
	text, _, quotes := benchSetup(b)
	runes := []rune(text)
	for _, q := range quotes {
		runes[q.Start+(q.End-q.Start)/2] = '#'
	}
	edited := "Editor's note. " + string(runes)
	b.ResetTimer()
	for b.Loop() {
		ix := NewText(edited)
		for _, q := range quotes {
			if r := ix.Locate(q); r.Method != ByFuzzy {
				b.Fatalf("method %v", r.Method)
			}
		}
	}
}

// BenchmarkLocate200KBOrphaned: the worst case, quotes no longer in the
// text at all, each costing a whole-text approximate search.
func BenchmarkLocate200KBOrphaned(b *testing.B) {
	text, _, quotes := benchSetup(b)
	for i := range quotes[:10] {
		quotes[i].Exact = strings.Repeat("zq", 30)
	}
	quotes = quotes[:10]
	b.ResetTimer()
	for b.Loop() {
		ix := NewText(text)
		for _, q := range quotes {
			if ix.Locate(q).Anchored() {
				b.Fatal("anchored")
			}
		}
	}
}
