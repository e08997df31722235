package exchange

import (
	"math/big"
	"strconv"
	"strings"
	"testing"
)

func TestKeptExactly(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "0.0": true, "100": true, "0.1": true, "1.50": true, "2e3": true, "2E+3": true,
		"3000.000": true, "1e-300": true, "12345.678": true, "9007199254740992": true,
		"1e-400": false, "9007199254740993": false, "123456789012345678901234567890123456789": false,
		"2e-324": false, "0.30000000000000000001": false,
	} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		if got := keptExactly(s, f); got != want {
			t.Errorf("keptExactly(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestDecodeRefusesInexactNumbers checks the message and its path.
func TestDecodeRefusesInexactNumbers(t *testing.T) {
	doc := `{"casefile": 1, "case": {"title": "T"}, "sources": [{"id": "s", "title": "S"}],
	  "figures": [{"id": "f", "question": "Q", "claims": [{"id": "c", "source": "s", "text": "x", "low": 1e-400, "high": 9007199254740993}]}]}`
	_, _, err := Decode(strings.NewReader(doc))
	if err == nil {
		t.Fatal("decoded")
	}
	for _, want := range []string{"figures[0].claims[0].low: The number 1e-400 cannot be kept exactly", "figures[0].claims[0].high: The number 9007199254740993 cannot be kept exactly"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%v lacks %q", err, want)
		}
	}
}

// FuzzKeptExactly checks decimalKey against math/big: two numbers have the
// same key exactly when they are the same rational number.
func FuzzKeptExactly(f *testing.F) {
	for _, s := range []string{"0", "1.5", "1e-400", "120.50", "9007199254740993", "-3e2", "0.000"} {
		f.Add(s, "1.5")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 40 || len(b) > 40 || strings.ContainsAny(a+b, "eE") {
			t.Skip() // big.Rat and huge exponents: keep it quick
		}
		ka, ea, oka := decimalKey(a)
		kb, eb, okb := decimalKey(b)
		ra, okra := new(big.Rat).SetString(strings.TrimPrefix(a, "-"))
		rb, okrb := new(big.Rat).SetString(strings.TrimPrefix(b, "-"))
		if !oka || !okb || !okra || !okrb {
			return
		}
		if (ka == kb && ea == eb) != (ra.Cmp(rb) == 0) {
			t.Errorf("%q and %q: keys (%s,%d) (%s,%d), rationals equal %v", a, b, ka, ea, kb, eb, ra.Cmp(rb) == 0)
		}
	})
}
