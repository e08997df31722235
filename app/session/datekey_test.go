package session

import (
	"testing"

	"casefile/app"
	"casefile/app/edtf"
)

// FuzzCompareDateKeys checks that ordering by the keys, whose bounds are
// worked out once, orders as edtf.Compare does, with unreadable dates last.
func FuzzCompareDateKeys(f *testing.F) {
	for _, p := range [][2]string{
		{"2023-06-20", "2023-06"}, {"198X", "1980/1985"}, {"2023-06-20", ""}, {"not a date", "2023"},
		{"../2023", "2023/.."}, {"2023-06-20T10:00", "2023-06-20"}, {"2023~", "2023?"}, {"", ""},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := NewDateKey(app.Date{EDTF: a}), NewDateKey(app.Date{EDTF: b})
		got := CompareDateKeys(ka, kb)
		var want int
		switch {
		case !ka.OK && !kb.OK:
			want = 0
		case !ka.OK:
			want = 1
		case !kb.OK:
			want = -1
		default:
			want = edtf.Compare(ka.D, kb.D)
		}
		if got != want {
			t.Fatalf("CompareDateKeys(%q, %q) = %d, edtf.Compare says %d", a, b, got, want)
		}
		if back := CompareDateKeys(kb, ka); back != -got {
			t.Fatalf("CompareDateKeys(%q, %q) = %d but the other way %d", a, b, got, back)
		}
	})
}
