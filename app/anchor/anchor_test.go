package anchor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeIndex returns the code-point offset of the first occurrence of sub
// in s after skipping skip occurrences, or fails the test.
func runeIndex(t *testing.T, s, sub string, skip int) int {
	t.Helper()
	from := 0
	for {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", sub, skip+1, s)
		}
		if skip == 0 {
			return utf8.RuneCountInString(s[:from+i])
		}
		skip--
		from += i + 1
	}
}

// capture captures the skip-th occurrence of sub in s.
func capture(t *testing.T, s, sub string, skip int) Quote {
	t.Helper()
	start := runeIndex(t, s, sub, skip)
	q := Capture(s, start, start+utf8.RuneCountInString(sub))
	if q.Exact != sub {
		t.Fatalf("Capture(%q) gave Exact %q", sub, q.Exact)
	}
	return q
}

func slice(s string, start, end int) string {
	r := []rune(s)
	return string(r[:len(r):len(r)][start:end])
}

func wantAt(t *testing.T, text string, r Result, method Method, start int, exact string) {
	t.Helper()
	end := start + utf8.RuneCountInString(exact)
	if r.Method != method || r.Start != start || r.End != end {
		t.Fatalf("got %v [%d,%d) score %.2f, want %v [%d,%d)", r.Method, r.Start, r.End, r.Score, method, start, end)
	}
	if got := slice(text, r.Start, r.End); got != exact {
		t.Fatalf("anchored text %q, want %q", got, exact)
	}
}

const report = "The ministry said on Tuesday that 312 people were injured in the raid. " +
	"Local doctors put the number of injured at some 100, and an independent " +
	"monitor said no reliable estimate can be made. The raid began at dawn."

func TestCaptureContext(t *testing.T) {
	start := runeIndex(t, report, "312 people", 0)
	q := Capture(report, start, start+10)
	if q.Exact != "312 people" || q.Start != start || q.End != start+10 {
		t.Fatalf("Capture = %+v", q)
	}
	if q.Prefix != "The ministry said on Tuesday that "[34-ContextLen:] {
		t.Errorf("Prefix = %q", q.Prefix)
	}
	if utf8.RuneCountInString(q.Suffix) != ContextLen || !strings.HasPrefix(q.Suffix, " were injured") {
		t.Errorf("Suffix = %q", q.Suffix)
	}
	// At the start of the text the prefix is shorter; reversed ends are
	// swapped and out-of-range ends clamped.
	q = Capture(report, 3, -5)
	if q.Exact != "The" || q.Prefix != "" || q.Start != 0 || q.End != 3 {
		t.Errorf("Capture(3, -5) = %+v", q)
	}
	n := utf8.RuneCountInString(report)
	q = Capture(report, n-5, n+100)
	if q.Exact != "dawn." || q.Suffix != "" || q.End != n {
		t.Errorf("Capture at end = %+v", q)
	}
	if q := Capture("", 0, 10); q.Exact != "" || q.Start != 0 || q.End != 0 {
		t.Errorf("Capture of empty text = %+v", q)
	}
}

func TestLocateByPosition(t *testing.T) {
	q := capture(t, report, "some 100", 0)
	r := Locate(report, q)
	wantAt(t, report, r, ByPosition, q.Start, "some 100")
	if r.Score != 1 || !r.Anchored() {
		t.Errorf("score %v anchored %v", r.Score, r.Anchored())
	}
}

func TestEditBeforeQuote(t *testing.T) {
	q := capture(t, report, "some 100", 0)
	edited := "UPDATED 21 June: " + report
	want := q.Start + utf8.RuneCountInString("UPDATED 21 June: ")

	// Reanchor carries the position across the edit.
	rs := Reanchor(report, edited, []Quote{q})
	wantAt(t, edited, rs[0], ByPosition, want, "some 100")

	// Locate alone, with the stale position, finds it by quote.
	r := Locate(edited, q)
	wantAt(t, edited, r, ByQuote, want, "some 100")
	if r.Score < 0.95 {
		t.Errorf("score %.2f for a match with its whole context", r.Score)
	}
}

func TestEditAfterQuote(t *testing.T) {
	q := capture(t, report, "312 people", 0)
	edited := strings.Replace(report, "at dawn", "shortly before dawn, witnesses said", 1)
	rs := Reanchor(report, edited, []Quote{q})
	wantAt(t, edited, rs[0], ByPosition, q.Start, "312 people")
}

func TestEditInsideQuote(t *testing.T) {
	q := capture(t, report, "312 people were injured in the raid", 0)
	// A typo fixed, and a word changed, inside the quote.
	edited := strings.Replace(report, "312 people were injured", "312 persons were injured", 1)
	for name, r := range map[string]Result{
		"Reanchor": Reanchor(report, edited, []Quote{q})[0],
		"Locate":   Locate(edited, q),
	} {
		wantAt(t, edited, r, ByFuzzy, q.Start, "312 persons were injured in the raid")
		if r.Score >= 1 || r.Score < 0.8 {
			t.Errorf("%s: score %.2f", name, r.Score)
		}
	}
}

func TestEditInsideQuoteWithRepeatElsewhere(t *testing.T) {
	// The quote's old words still appear verbatim elsewhere, out of
	// context; the edited quote in its own context must win.
	text := "Officials said 40 were hurt in the north. Later the ministry stated that 40 were hurt, citing hospitals in the capital."
	q := capture(t, text, "stated that 40 were hurt", 0)
	edited := strings.Replace(text, "stated that 40 were hurt", "stated that 41 were hurt", 1)
	r := Locate(edited, q)
	wantAt(t, edited, r, ByFuzzy, q.Start, "stated that 41 were hurt")

	// The same with a short quote: one digit of twelve code points.
	q = capture(t, text, "40 were hurt", 1)
	edited = strings.Replace(text, "that 40 were hurt", "that 41 were hurt", 1)
	wantAt(t, edited, Locate(edited, q), ByFuzzy, q.Start, "41 were hurt")
	// Unedited, the repeat in context wins over the one out of context,
	// even when the old position points at neither.
	q.Start, q.End = 0, 12
	wantAt(t, text, Locate(text, q), ByQuote, runeIndex(t, text, "40 were hurt", 1), "40 were hurt")
}

// three repeats of "the report", with different words before each and the
// same words after the first two.
var repeats = strings.Join([]string{
	"Alpha: the report was late. Filler sentence one goes here to pad things out.",
	"Bravo: the report was late. Filler sentence one goes here to pad things out.",
	"Charlie: the report was late.",
}, " ")

func TestRepeatsChosenByContext(t *testing.T) {
	for i := 0; i < 3; i++ {
		q := capture(t, repeats, "the report", i)
		want := q.Start
		// A stale position: only prefix and suffix can tell the repeats apart.
		for _, stale := range []int{0, -7, 1 << 30, utf8.RuneCountInString(repeats) / 2} {
			q.Start, q.End = stale, stale+10
			wantAt(t, repeats, Locate(repeats, q), ByQuote, want, "the report")
		}
	}
}

func TestRepeatsNearestWinsWithoutPrefix(t *testing.T) {
	q := capture(t, repeats, "the report", 1)
	// The words before the second repeat are rewritten, so its prefix no
	// longer matches there; its suffix matches the first repeat's just as
	// well. The repeat nearest the old position wins.
	edited := strings.Replace(repeats, "Bravo: ", "Brav- ", 1)
	want := runeIndex(t, edited, "the report", 1)
	if want == q.Start {
		t.Fatal("test needs the quote to move")
	}
	r := Locate(edited, q)
	wantAt(t, edited, r, ByQuote, want, "the report")

	// The same with the first repeat's old position: it stays first.
	q0 := capture(t, repeats, "the report", 0)
	edited = strings.Replace(repeats, "Alpha: ", "Alph- ", 1)
	wantAt(t, edited, Locate(edited, q0), ByQuote, runeIndex(t, edited, "the report", 0), "the report")

	// Reanchor carries the position across the edit, and as the edit
	// touched the quote's context it confirms it by searching: the same
	// repeat wins, being where the position was carried to.
	rs := Reanchor(repeats, strings.Replace(repeats, "Bravo: ", "Brav- ", 1), []Quote{q})
	wantAt(t, strings.Replace(repeats, "Bravo: ", "Brav- ", 1), rs[0], ByQuote, want, "the report")
}

func TestDeletedQuoteIsOrphaned(t *testing.T) {
	q := capture(t, report, "an independent monitor said no reliable estimate can be made", 0)
	edited := strings.Replace(report, "and an independent monitor said no reliable estimate can be made", "and others disagreed", 1)
	for _, r := range []Result{Locate(edited, q), Reanchor(report, edited, []Quote{q})[0]} {
		n := utf8.RuneCountInString(edited)
		if r.Method != Orphaned || r.Anchored() || r.Score != 0 {
			t.Errorf("got %v score %.2f, want orphaned", r.Method, r.Score)
		}
		if r.Start != r.End || r.Start < 0 || r.Start > n {
			t.Errorf("orphaned span [%d,%d) not an empty span in the text", r.Start, r.End)
		}
	}
	// Everything deleted.
	r := Reanchor(report, "", []Quote{q})[0]
	if r.Method != Orphaned || r.Start != 0 || r.End != 0 {
		t.Errorf("in empty text: %+v", r)
	}
}

func TestDegenerateQuotes(t *testing.T) {
	n := utf8.RuneCountInString(report)
	for _, q := range []Quote{
		{},
		{Exact: "", Start: 3, End: 5},
		{Exact: "raid", Start: -100, End: -96},
		{Exact: "raid", Start: n + 10, End: n + 14},
		{Exact: "raid", Start: 10, End: 2},
		{Exact: strings.Repeat("x", 3*n), Start: 0},
		{Exact: "\xff\xfe", Prefix: "\xc3", Start: 1},
	} {
		r := Locate(report, q)
		if r.Start < 0 || r.End > n || r.Start > r.End {
			t.Errorf("Locate(%+v) = %+v: out of range", q, r)
		}
		if q.Exact == "" && r.Anchored() {
			t.Errorf("empty quote anchored: %+v", r)
		}
	}
	// Invalid UTF-8 in the text counts one code point per bad byte.
	text := "ab\xffcd the raid"
	q := capture(t, text, "the raid", 0)
	if q.Start != 6 {
		t.Fatalf("start %d, want 6", q.Start)
	}
	wantAt(t, "x"+text, Locate("x"+text, q), ByQuote, 7, "the raid")
}

func TestCombiningCharacters(t *testing.T) {
	// "é" as e + U+0301, and a Vietnamese letter with two marks.
	text := "Le cafe\u0301 de Nguye\u0302\u0303n, puis le cafe\u0301 du port."
	start := runeIndex(t, text, "cafe", 0)
	// A span ending between "e" and its accent takes the accent too.
	q := Capture(text, start, start+4)
	if q.Exact != "cafe\u0301" || q.End != start+5 {
		t.Fatalf("Capture split a mark: %+v", q)
	}
	// A span starting on a mark starts at its base.
	i := runeIndex(t, text, "\u0302", 0)
	q2 := Capture(text, i, i+1)
	if q2.Exact != "e\u0302\u0303" {
		t.Fatalf("Capture from a mark: %q", q2.Exact)
	}
	// An edit before: anchored to the right repeat of "café".
	edited := "Note: " + text
	wantAt(t, edited, Locate(edited, q), ByQuote, start+6, "cafe\u0301")
	q3 := capture(t, text, "cafe\u0301 du port", 0)
	wantAt(t, edited, Reanchor(text, edited, []Quote{q3})[0], ByPosition, q3.Start+6, "cafe\u0301 du port")
	// Precomposed "é" is another code point: not normalized, not found
	// exactly, but close enough to find approximately.
	nfc := strings.ReplaceAll(text, "e\u0301", "é")
	r := Locate(nfc, q3)
	if r.Method != ByFuzzy || slice(nfc, r.Start, r.End) != "café du port" {
		t.Errorf("NFC text: %v %q", r.Method, slice(nfc, r.Start, r.End))
	}
}

func TestEmoji(t *testing.T) {
	family := "\U0001F468\u200D\U0001F469\u200D\U0001F467" // man ZWJ woman ZWJ girl
	thumbs := "\U0001F44D\U0001F3FD"                       // thumbs up, medium skin tone
	flags := "\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA"    // FR DE
	keycap := "1\uFE0F\u20E3"
	heart := "\u2764\uFE0F"
	text := "Posted " + family + " with " + thumbs + " and " + flags + " plus " + keycap + heart + " end"
	runes := []rune(text)

	fs := runeIndex(t, text, family, 0)
	for _, c := range []struct {
		name       string
		start, end int
		want       string
	}{
		{"inside a ZWJ sequence", fs + 1, fs + 2, family},
		{"ending after the first person", fs, fs + 1, family},
		{"skin tone", runeIndex(t, text, thumbs, 0), runeIndex(t, text, thumbs, 0) + 1, thumbs},
		{"second half of a flag", runeIndex(t, text, flags, 0) + 1, runeIndex(t, text, flags, 0) + 2, "\U0001F1EB\U0001F1F7"},
		{"third indicator starts the second flag", runeIndex(t, text, flags, 0) + 2, runeIndex(t, text, flags, 0) + 3, "\U0001F1E9\U0001F1EA"},
		{"keycap", runeIndex(t, text, keycap, 0), runeIndex(t, text, keycap, 0) + 1, keycap},
		{"variation selector", runeIndex(t, text, heart, 0), runeIndex(t, text, heart, 0) + 1, heart},
	} {
		q := Capture(text, c.start, c.end)
		if q.Exact != c.want {
			t.Errorf("%s: Exact %+q, want %+q", c.name, q.Exact, c.want)
		}
		if string(runes[q.Start:q.End]) != q.Exact {
			t.Errorf("%s: span [%d,%d) does not hold Exact", c.name, q.Start, q.End)
		}
	}
	q := Capture(text, fs, fs+1)
	edited := "\U0001F525 " + text // fire emoji inserted before
	wantAt(t, edited, Locate(edited, q), ByQuote, fs+2, family)
	wantAt(t, edited, Reanchor(text, edited, []Quote{q})[0], ByPosition, fs+2, family)
}

func TestRightToLeft(t *testing.T) {
	// Arabic ("The minister said that 100 people were injured in the
	// attack") and Hebrew, with Latin digits: offsets are logical.
	arabic := "قال الوزير إن 100 شخص أصيبوا في الهجوم، وقال شهود إن العدد أكبر."
	hebrew := "הדובר אמר כי 40 בני אדם נפצעו בפשיטה. העדים אמרו מספר אחר."
	text := arabic + "\n" + hebrew
	qa := capture(t, text, "100 شخص أصيبوا", 0)
	qh := capture(t, text, "40 בני אדם נפצעו", 0)
	if qa.Start != 14 || qa.End != 28 {
		t.Errorf("Arabic quote at [%d,%d), want [14,28)", qa.Start, qa.End)
	}
	// Diacritics (harakat) are combining marks: a selection never ends
	// between a letter and its vowel sign.
	voweled := "قَالَ الوَزِيرُ"
	if q := Capture(voweled, 0, 1); q.Exact != "قَ" {
		t.Errorf("Arabic with harakat: %+q", q.Exact)
	}

	edited := "عاجل: " + strings.Replace(text, "الوزير", "وزير الداخلية", 1)
	rs := Reanchor(text, edited, []Quote{qa, qh})
	// The edit is within the Arabic quote's prefix: found by quote.
	wantAt(t, edited, rs[0], ByQuote, runeIndex(t, edited, "100 شخص", 0), "100 شخص أصيبوا")
	wantAt(t, edited, rs[1], ByPosition, runeIndex(t, edited, "40 בני", 0), "40 בני אדם נפצעו")

	// A word inside the Hebrew quote changed: found approximately.
	edited2 := strings.Replace(text, "נפצעו", "נפגעו", 1)
	r := Locate(edited2, qh)
	wantAt(t, edited2, r, ByFuzzy, qh.Start, "40 בני אדם נפגעו")
}

func TestManyQuotesOneEdit(t *testing.T) {
	text := sampleText(20_000, 1)
	rng := rand.New(rand.NewPCG(1, 2))
	quotes := sampleQuotes(text, 50, rng)
	mid := utf8.RuneCountInString(text) / 2
	edited := slice(text, 0, mid) + "An inserted sentence. " + slice(text, mid, utf8.RuneCountInString(text))
	for i, r := range Reanchor(text, edited, quotes) {
		if !r.Anchored() || slice(edited, r.Start, r.End) != quotes[i].Exact {
			t.Errorf("quote %d (%q) = %+v", i, quotes[i].Exact, r)
		}
		if quotes[i].End <= mid && (r.Method != ByPosition || r.Start != quotes[i].Start) {
			t.Errorf("quote %d before the edit moved: %+v", i, r)
		}
	}
}

func TestMethodString(t *testing.T) {
	for m, want := range map[Method]string{Orphaned: "orphaned", ByPosition: "position", ByQuote: "quote", ByFuzzy: "fuzzy", 99: "orphaned"} {
		if m.String() != want {
			t.Errorf("%d.String() = %q", m, m.String())
		}
	}
}

func TestIsBoundary(t *testing.T) {
	for _, c := range []struct {
		text string
		i    int
		want bool
	}{
		{"ab", 1, true},
		{"a\u0301", 1, false},
		{"\r\n", 1, false},
		{"\n\u0301", 1, true},
		{"\u1100\u1161", 1, false}, // Hangul L + V
		{"\uAC00\u11A8", 1, false}, // LV + T
		{"\u11A8\u1100", 1, true},  // T + L
		{"ab", -1, true},
		{"ab", 5, true},
		{"क\u093F", 1, false}, // Devanagari vowel sign (spacing mark)
	} {
		if got := IsBoundary([]rune(c.text), c.i); got != c.want {
			t.Errorf("IsBoundary(%+q, %d) = %v", c.text, c.i, got)
		}
	}
	s, e := ClusterSpan([]rune("xe\u0301y"), 4, 2)
	if s != 1 || e != 4 {
		t.Errorf("ClusterSpan = %d, %d", s, e)
	}
}

// levenshtein is the plain dynamic-programming edit distance.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// naiveEnds is Sellers' algorithm: the least edit distance of pat to a
// substring of text ending before j, for every j.
func naiveEnds(pat, text []rune) []int {
	m := len(pat)
	col := make([]int, m+1)
	for i := range col {
		col[i] = i
	}
	out := make([]int, len(text)+1)
	out[0] = m
	for j := 1; j <= len(text); j++ {
		diag := col[0]
		col[0] = 0
		for i := 1; i <= m; i++ {
			c := diag
			if pat[i-1] != text[j-1] {
				c++
			}
			diag = col[i]
			col[i] = min(c, col[i]+1, col[i-1]+1)
		}
		out[j] = col[m]
	}
	return out
}

func TestScanApproxMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	alphabet := []rune("abcé\u0301 ש")
	randText := func(n int) []rune {
		r := make([]rune, n)
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return r
	}
	for iter := 0; iter < 300; iter++ {
		m := 1 + rng.IntN(200) // several blocks
		if iter%3 == 0 {
			m = 1 + rng.IntN(70)
		}
		pat := randText(m)
		text := randText(rng.IntN(400))
		if len(text) > m && rng.IntN(2) == 0 {
			// plant a mutated copy
			at := rng.IntN(len(text) - m + 1)
			copy(text[at:], pat)
			text[at+rng.IntN(m)] = 'z'
		}
		want := naiveEnds(pat, text)
		maxK := rng.IntN(m + 1)
		got := map[int]int{}
		scanApprox(pat, text, maxK, func(j, k int) { got[j] = k })
		for j := 1; j <= len(text); j++ {
			k, ok := got[j]
			if want[j] <= maxK && (!ok || k != want[j]) {
				t.Fatalf("m=%d j=%d: got %d (%v), want %d", m, j, k, ok, want[j])
			}
			if want[j] > maxK && ok {
				t.Fatalf("m=%d j=%d: reported %d > maxK %d (true %d)", m, j, k, maxK, want[j])
			}
			if ok {
				start, d := matchStart(pat, text, j, maxK)
				if d != want[j] {
					t.Fatalf("matchStart distance %d, want %d", d, want[j])
				}
				if lv := levenshtein(pat, text[start:j]); lv != d {
					t.Fatalf("matchStart span distance %d, reported %d", lv, d)
				}
			}
		}
	}
}
