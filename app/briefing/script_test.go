package briefing

import (
	"casefile/app"
	"strings"
	"testing"
)

func TestShapePersian(t *testing.T) {
	cases := []struct{ in, want string }{
		// Maryam: meem (initial), reh (final, right-joining), yeh (isolated
		// after reh), meem (final? no: after yeh, which joins: final).
		{"مریم", "\uFEE3\uFEAE\uFBFE\uFEE2"},
		// lam-alef ligature, isolated.
		{"لا", "\uFEFB"},
		// Persian peh, gaf, tcheh, jeh.
		{"پ", "\uFB56"}, {"گچ", "\uFB94\uFB7B"}, {"ژ", "\uFB8A"},
		// ZWNJ breaks the join: mi + ZWNJ + khoram.
		{"می\u200cخ", "\uFEE3\uFBFD\uFEA5"},
		// Vowel marks are dropped by clean, not by shape.
		{"abc", "abc"},
	}
	for _, c := range cases {
		if got := shape(c.in); got != c.want {
			t.Errorf("shape(%q) = %q (%U), want %q (%U)", c.in, got, []rune(got), c.want, []rune(c.want))
		}
	}
}

func TestVisualWord(t *testing.T) {
	// Reversed into visual order; digits keep their order.
	if got, want := visualWord("مریم"), "\uFEE2\uFBFE\uFEAE\uFEE3"; got != want {
		t.Errorf("visualWord = %U, want %U", []rune(got), []rune(want))
	}
	if got := visualWord("Ashraf-3"); got != "Ashraf-3" {
		t.Errorf("Latin changed: %q", got)
	}
	got := []rune(visualWord("ب۱۲۳"))
	if string(got[:3]) != "۱۲۳" {
		t.Errorf("digits reversed: %q", string(got))
	}
	// Brackets around a right-to-left word stay around it.
	if got := visualWord("(لا)"); got != "(\uFEFB)" {
		t.Errorf("brackets: %q", got)
	}
	// Inside a run, a trailing colon goes to the left of the word.
	if got := visualWordCtx("بب:", false, true); !strings.HasPrefix(got, ":") {
		t.Errorf("colon inside a run: %q", got)
	}
}

func TestOrderLine(t *testing.T) {
	m := getMetrics()
	ls := m.layout(Text{{Text: "MEK is مجاهدین خلق in Persian"}}, 500, 9)
	if len(ls) != 1 {
		t.Fatalf("%d lines", len(ls))
	}
	var got []string
	for _, w := range orderLine(ls[0].words) {
		got = append(got, w.pieces[0].text)
	}
	// The two Persian words swap places; Latin words stay.
	if got[0] != "MEK" || got[1] != "is" || got[2] != visualWord("خلق") || got[3] != visualWord("مجاهدین") || got[4] != "in" {
		t.Errorf("visual order %q", got)
	}
}

func TestClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Bledar C\u0327uc\u0327i", "Bledar Çuçi"}, // composed
		{"a\r\nb\tc", "a\nb c"},
		{"مُحَمَّد", "محمد"}, // harakat dropped
		{"Xi 习近平 said", "Xi [text in Chinese script not shown] said"},
		{"Urdu ٹیم team", "Urdu [text in Arabic script not shown] team"},
		{"ok 😀", "ok [symbol not shown]"},
		{"Nguyễn Thị Hương", "Nguyễn Thị Hương"},
		{"Андрей Şükrü Ëndri", "Андрей Şükrü Ëndri"},
		{"a\u200bb\u202ec", "abc"},
	}
	for _, c := range cases {
		if got := clean(c.in); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Whatever is left is printable by the font.
	m := getMetrics()
	for _, c := range cases {
		for _, r := range clean(c.in) {
			if r != '\n' && !m.covers(regular, r) {
				t.Errorf("clean(%q) keeps %U, which the font lacks", c.in, r)
			}
		}
	}
}

func TestPrintableNameFallsBackToAlias(t *testing.T) {
	got := printableName("ٹیم", nil)
	if !strings.Contains(got, "not shown") {
		t.Errorf("got %q", got)
	}
	got = printableName("ٹیم", []app.Alias{{Name: "Team"}})
	if !strings.HasPrefix(got, "Team ") {
		t.Errorf("got %q", got)
	}
}

func TestLayoutBreaksLongWordsAndDashes(t *testing.T) {
	m := getMetrics()
	for _, txt := range []string{strings.Repeat("W", 300), "1,000,000–9,000,000 https://example.org/a/b/c/d/e/f/g/h"} {
		ls := m.layout(Text{{Text: txt}}, 20, 9)
		for _, l := range ls {
			w := 0.0
			for i, wd := range l.words {
				w += wd.w
				if i < len(l.words)-1 && !l.words[i+1].join {
					w += wd.space
				}
			}
			if w > 20+1e-6 {
				t.Errorf("%q: line %.2f mm wide in a 20 mm column", txt[:10], w)
			}
		}
	}
	cites := m.layout(Text{{Text: "[122]", Cite: 122}, {Text: "[200]", Cite: 200}}, 10, 8.5)
	if len(cites) != 2 || cites[0].words[0].pieces[0].text != "[122]" {
		t.Errorf("citations not broken between numbers: %+v", cites)
	}
	ls := m.layout(Text{{Text: "1,000,000–9,000,000"}}, 19, 9)
	if len(ls) != 2 || ls[0].words[0].pieces[0].text != "1,000,000–" {
		t.Errorf("range not broken after the dash: %+v", ls)
	}
}

// TestLayoutHyphens: a line breaks after a hyphen before it breaks inside
// a word, and a word broken inside gets a hyphen; a minus sign and a
// hyphen between digits do not break.
func TestLayoutHyphens(t *testing.T) {
	m := getMetrics()
	lineText := func(l line) string {
		var b strings.Builder
		for i, w := range l.words {
			if i > 0 && !w.join {
				b.WriteByte(' ')
			}
			for _, p := range w.pieces {
				b.WriteString(p.text)
			}
		}
		return b.String()
	}
	ls := m.layout(Text{{Text: "Hohenzollern-Sigmaringen"}}, 25, 9)
	if len(ls) != 2 || lineText(ls[0]) != "Hohenzollern-" || lineText(ls[1]) != "Sigmaringen" {
		var got []string
		for _, l := range ls {
			got = append(got, lineText(l))
		}
		t.Errorf("Hohenzollern-Sigmaringen in 25 mm: %q", got)
	}
	ls = m.layout(Text{{Text: "Donaudampfschifffahrtsgesellschaft"}}, 20, 9)
	if len(ls) < 2 {
		t.Fatalf("a long word in 20 mm: %d lines", len(ls))
	}
	joined := ""
	for i, l := range ls {
		s := lineText(l)
		if i < len(ls)-1 && !strings.HasSuffix(s, "-") {
			t.Errorf("line %d %q of a word broken inside has no hyphen", i, s)
		}
		joined += strings.TrimSuffix(s, "-")
		if w := l.words[0].w; w > 20+1e-6 {
			t.Errorf("line %q is %.2f mm wide in 20 mm", s, w)
		}
	}
	if joined != "Donaudampfschifffahrtsgesellschaft" {
		t.Errorf("the broken word reads %q", joined)
	}
	for _, field := range []string{"-3", "1980-1983", "e-mail"} {
		want := 1
		if field == "e-mail" {
			want = 2
		}
		if got := breakAfterDashes(field); len(got) != want {
			t.Errorf("breakAfterDashes(%q) = %q", field, got)
		}
	}
	if got := m.layout(Text{{Text: strings.Repeat("1", 60)}}, 20, 9); strings.HasSuffix(lineText(got[0]), "-") {
		t.Error("a number broken inside got a hyphen")
	}
}

func TestOverlapsDetects(t *testing.T) {
	ws := []box{{0, 0, 10, 5, "a"}, {10, 0, 20, 5, "b"}, {15, 4, 25, 9, "c"}}
	if got := overlaps(ws); len(got) != 1 || got[0][0].Text != "b" && got[0][1].Text != "b" {
		t.Errorf("overlaps = %v", got)
	}
}
