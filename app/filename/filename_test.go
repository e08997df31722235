package filename

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestName(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Ashraf-3 raid", "Ashraf-3 raid.pdf"},
		{"Raid: the aftermath", "Raid - the aftermath.pdf"},
		{"Albania | MEK 2023/06", "Albania - MEK 2023-06.pdf"},
		{`Who said "100"?`, "Who said '100'.pdf"},
		{"a<b>c*d", "a b cd.pdf"},
		{"  Çuçi\tand\nthe   camp  ", "Çuçi and the camp.pdf"},
		{"...hidden.", "hidden.pdf"},
		{"CON", "CON_.pdf"},
		{"nul", "nul_.pdf"},
		{"com1", "com1_.pdf"},
		{"LPT9", "LPT9_.pdf"},
		{"COM10", "COM10.pdf"},
		{"Console", "Console.pdf"},
		{"", "case.pdf"},
		{"???", "case.pdf"},
		{"\u202eevil\u202c\x00\x1b[31m", "evil[31m.pdf"},
		{"Cafe\u0301", "Café.pdf"}, // composed (NFC)
		{"گزارش حمله", "گزارش حمله.pdf"},
	} {
		if got := Name(c.title, ".pdf"); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestLongTitles(t *testing.T) {
	long := strings.Repeat("word ", 60)
	b := Base(long)
	if len(b) > MaxBase || strings.HasSuffix(b, " ") || !strings.HasPrefix(b, "word word") {
		t.Errorf("Base(long) = %q (%d bytes)", b, len(b))
	}
	// A cut never splits a character or separates a base from its marks.
	persian := strings.Repeat("ح", 80) // two bytes each
	if b := Base(persian); !utf8.ValidString(b) || len(b) > MaxBase || len(b) < MaxBase-2 {
		t.Errorf("Base(persian) = %d bytes, valid %v", len(b), utf8.ValidString(b))
	}
	marks := strings.Repeat("x\u0301\u0323", 40) // x has no composed forms: 5 bytes per letter
	b = Base(marks)
	if r, _ := utf8.DecodeLastRuneInString(b); r == 'x' || !utf8.ValidString(b) {
		t.Errorf("Base(marks) ends %q, cut before its marks", b[len(b)-4:])
	}
}

func TestReserved(t *testing.T) {
	for _, n := range []string{"CON", "con.txt", "Aux.casefile", "NUL.tar.gz", "COM0", "lpt3.pdf", "COM¹", "PRN ", "conin$"} {
		if !Reserved(n) {
			t.Errorf("Reserved(%q) = false", n)
		}
	}
	for _, n := range []string{"CONS", "COM", "LPT10", "case.con", "null", "AUX-1"} {
		if Reserved(n) {
			t.Errorf("Reserved(%q) = true", n)
		}
	}
}

func TestProblem(t *testing.T) {
	for _, n := range []string{"", "a:b", "a?", "x.", " x", ".x", "CON.pdf", "a\x01b", "a\u200eb", strings.Repeat("x", 256), "\xff"} {
		if Problem(n) == "" {
			t.Errorf("Problem(%q) = \"\"", n)
		}
	}
	if p := Problem("Raid - the aftermath.pdf"); p != "" {
		t.Errorf("a good name: %s", p)
	}
}

func FuzzName(f *testing.F) {
	for _, s := range []string{"Raid: the aftermath", "CON", "...", "a/b\\c", "\u202e", "گزارش", strings.Repeat("é", 90), "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		name := Name(title, ".casefile")
		if p := Problem(name); p != "" {
			t.Fatalf("Name(%q) = %q: %s", title, name, p)
		}
		base := Base(title)
		if len(base) > MaxBase+1 { // +1 for a reserved name's "_"
			t.Fatalf("Base(%q) is %d bytes", title, len(base))
		}
		if again := Base(base); again != base {
			t.Fatalf("Base is not stable: %q -> %q -> %q", title, base, again)
		}
	})
}
