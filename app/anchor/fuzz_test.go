package anchor

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpus mixes scripts, marks, emoji and repeated phrases, so that random
// quotes and edits meet the hard cases.
const corpus = "The ministry said 312 people were injured. Doctors said some 100 were injured. " +
	"Le cafe\u0301 de Nguye\u0302\u0303n a fermé. 👨\u200d👩\u200d👧 posted 👍🏽 and 🇫🇷🇩🇪. " +
	"قال الوزير إن 100 شخص أصيبوا في الهجوم. הדובר אמר כי 40 בני אדם נפצעו. " +
	"The ministry said 312 people were injured, again.\r\nक्षत्रिय 한국어 ok."

// alphabet is what random insertions are made of.
var alphabet = []rune("ab e\u0301\u0302\u200d👩🏽🇫🇷ال\n\r.،שק1 ")

// tracked is a quote whose true place is followed through the edits.
type tracked struct {
	q             Quote
	start, end    int  // where its text truly is now
	damaged       bool // an edit changed its text
	contextBroken bool // an edit changed its prefix or suffix
}

// touched reports whether replacing [p, p+d) changes the code points of
// [a, b): the replaced part overlaps it, or an insertion falls inside it.
func touched(p, d, a, b int) bool {
	if d > 0 {
		return p < b && p+d > a
	}
	return p > a && p < b
}

// applyEdit replaces [p, p+d) of runes with ins and follows the quotes.
func applyEdit(runes []rune, p, d int, ins []rune, qs []*tracked) []rune {
	out := make([]rune, 0, len(runes)-d+len(ins))
	out = append(out, runes[:p]...)
	out = append(out, ins...)
	out = append(out, runes[p+d:]...)
	for _, tq := range qs {
		if tq.damaged {
			continue
		}
		if touched(p, d, tq.start, tq.end) {
			tq.damaged = true
			continue
		}
		pl := utf8.RuneCountInString(tq.q.Prefix)
		sl := utf8.RuneCountInString(tq.q.Suffix)
		if touched(p, d, tq.start-pl, tq.end+sl) {
			tq.contextBroken = true
		}
		if p+d <= tq.start && (d > 0 || p <= tq.start) {
			shift := len(ins) - d
			tq.start += shift
			tq.end += shift
		}
	}
	return out
}

// randomEdit picks an insertion, deletion or replacement in runes.
func randomEdit(rng *rand.Rand, runes []rune) (p, d int, ins []rune) {
	n := len(runes)
	p = rng.IntN(n + 1)
	kind := rng.IntN(3)
	if kind != 0 && p < n { // delete or replace
		d = 1 + rng.IntN(min(24, n-p))
	}
	if kind != 1 { // insert or replace
		if n > 0 && rng.IntN(2) == 0 {
			// A copy of part of the text: makes repeats.
			a := rng.IntN(n)
			b := a + rng.IntN(min(40, n-a)+1)
			ins = append([]rune(nil), runes[a:b]...)
		} else {
			ins = make([]rune, 1+rng.IntN(12))
			for i := range ins {
				ins[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
	}
	return p, d, ins
}

// occurrences counts the (possibly overlapping) occurrences of sub in s.
func occurrences(s, sub string) int {
	count := 0
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			break
		}
		count++
		_, size := utf8.DecodeRuneInString(s[from+i:])
		from += i + max(size, 1)
	}
	return count
}

// checkResult checks what must hold of any result: in range, and either
// orphaned or anchored to text close to Exact.
func checkResult(t *testing.T, text []rune, q Quote, r Result) {
	t.Helper()
	if r.Start < 0 || r.End > len(text) || r.Start > r.End {
		t.Fatalf("quote %+q: span [%d,%d) out of range 0..%d", q.Exact, r.Start, r.End, len(text))
	}
	if r.Score < 0 || r.Score > 1 {
		t.Fatalf("quote %+q: score %v", q.Exact, r.Score)
	}
	exact := []rune(q.Exact)
	found := text[r.Start:r.End]
	switch r.Method {
	case Orphaned:
		if r.Start != r.End {
			t.Fatalf("orphaned quote %+q with a non-empty span", q.Exact)
		}
	case ByPosition, ByQuote:
		if !runesEqual(found, exact) {
			t.Fatalf("%v match %+q for %+q", r.Method, string(found), q.Exact)
		}
	case ByFuzzy:
		d := levenshtein(found, exact)
		if d == 0 || float64(d) > (1-MinSimilarity)*float64(len(exact)) {
			t.Fatalf("fuzzy match %+q for %+q: %d edits", string(found), q.Exact, d)
		}
	default:
		t.Fatalf("unknown method %d", r.Method)
	}
}

// FuzzReanchor captures several quotes in a text, applies random edits, and
// checks that every quote ends anchored to a close match or orphaned —
// never lost, never out of range — and that a quote whose text survived is
// always found, at its true place when its context also survived and is
// unique.
func FuzzReanchor(f *testing.F) {
	f.Add("", uint64(1), uint8(1))
	f.Add("Officials said 40 were hurt. ", uint64(2), uint8(3))
	f.Add("the report the report the report ", uint64(3), uint8(5))
	f.Add("e\u0301e\u0301e\u0301 👩🏽\u200d🚒 ", uint64(4), uint8(6))
	f.Add("\xff\xfe bad bytes ", uint64(5), uint8(2))
	f.Add(strings.Repeat("abc", 40), uint64(6), uint8(7))
	f.Fuzz(runReanchorCase)
}

// runReanchorCase is one case of FuzzReanchor.
func runReanchorCase(t *testing.T, base string, seed uint64, edits uint8) {
	if len(base) > 4096 {
		base = base[:4096]
	}
	text := base + corpus
	rng := rand.New(rand.NewPCG(seed, uint64(edits)))
	ix := NewText(text)
	n := ix.Len()
	var qs []*tracked
	for i := 0; i < 1+int(seed%7); i++ {
		s := rng.IntN(n)
		q := ix.Capture(s, s+1+rng.IntN(min(60, n-s)))
		if q.Exact == "" {
			continue
		}
		qs = append(qs, &tracked{q: q, start: q.Start, end: q.End})
	}
	quotes := make([]Quote, len(qs))
	for i, tq := range qs {
		quotes[i] = tq.q
	}

	runes := []rune(text)
	prev := text
	chained := append([]Quote(nil), quotes...)
	for e := 0; e < int(edits%8); e++ {
		p, d, ins := randomEdit(rng, runes)
		runes = applyEdit(runes, p, d, ins, qs)
		cur := string(runes)
		// One edit at a time, carrying the anchored positions on.
		for i, r := range Reanchor(prev, cur, chained) {
			checkResult(t, runes, chained[i], r)
			if !qs[i].damaged && !r.Anchored() {
				t.Fatalf("edit %d: intact quote %+q lost", e, chained[i].Exact)
			}
			if r.Anchored() {
				chained[i].Start, chained[i].End = r.Start, r.End
			}
		}
		prev = cur
	}

	// All the edits at once.
	final := string(runes)
	for i, r := range Reanchor(text, final, quotes) {
		tq := qs[i]
		checkResult(t, runes, tq.q, r)
		if tq.damaged {
			continue
		}
		if !r.Anchored() {
			t.Fatalf("intact quote %+q lost", tq.q.Exact)
		}
		if !tq.contextBroken && occurrences(final, tq.q.Prefix+tq.q.Exact+tq.q.Suffix) == 1 &&
			(r.Start != tq.start || r.End != tq.end) {
			t.Fatalf("quote %+q with intact unique context at [%d,%d), anchored at [%d,%d) by %v",
				tq.q.Exact, tq.start, tq.end, r.Start, r.End, r.Method)
		}
	}
}

// FuzzLocate feeds Locate arbitrary quotes: it must never panic, and must
// return a span inside the text that holds text close to Exact, or orphan.
func FuzzLocate(f *testing.F) {
	f.Add(report, "some 100", "injured at ", ", and", 120, 128)
	f.Add("", "x", "", "", 0, 1)
	f.Add("aaaa", "aa", "a", "a", -3, 99)
	f.Add("e\u0301\xff", "\u0301", "e", "", 1, 2)
	f.Fuzz(func(t *testing.T, text, exact, prefix, suffix string, start, end int) {
		if len(text) > 1<<14 || len(exact) > 1<<12 {
			return
		}
		q := Quote{Exact: exact, Prefix: prefix, Suffix: suffix, Start: start, End: end}
		r := Locate(text, q)
		runes := []rune(text)
		checkResult(t, runes, q, r)
		if exact == "" && r.Anchored() {
			t.Fatal("empty quote anchored")
		}
		if strings.Contains(string(runes), string([]rune(exact))) && exact != "" && !r.Anchored() {
			t.Fatalf("%+q is in the text but orphaned", exact)
		}
	})
}

// sampleText makes about size bytes of report-like text, with repeats.
func sampleText(size int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 99))
	words := strings.Fields("the ministry said people were injured in raid doctors put number at some " +
		"independent monitor reliable estimate can be made began dawn officials council " +
		"report statement court ruled appeal hospital casualties figures disputed according " +
		"sources witnesses government opposition spokesman denied claimed least hundred " +
		"thousand protest police village province capital agency café Zürich São Paulo")
	var b strings.Builder
	for b.Len() < size {
		n := 6 + rng.IntN(18)
		for i := 0; i < n; i++ {
			w := words[rng.IntN(len(words))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if rng.IntN(9) == 0 {
				b.WriteString(" ")
				b.WriteString(strconv.Itoa(rng.IntN(5000)))
			}
			if i < n-1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(". ")
		if rng.IntN(6) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// sampleQuotes captures count quotes of 20 to 120 code points from text.
func sampleQuotes(text string, count int, rng *rand.Rand) []Quote {
	ix := NewText(text)
	qs := make([]Quote, count)
	for i := range qs {
		l := 20 + rng.IntN(100)
		s := rng.IntN(ix.Len() - l)
		qs[i] = ix.Capture(s, s+l)
	}
	return qs
}
