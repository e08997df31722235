package storage

import (
	"database/sql"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJSONTableMatchesRows writes tricky values into a table and checks
// that reading it as one JSON array gives exactly what reading it row by
// row gives.
func TestJSONTableMatchesRows(t *testing.T) {
	sdb, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	sdb.SetMaxOpenConns(1)
	if _, err := sdb.Exec("CREATE TABLE t (seq INTEGER PRIMARY KEY, a TEXT, b TEXT, n INTEGER, f REAL)"); err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "plain", `quote " and \ backslash / slash`, "line\nbreak\r\ttab\b\f", "\x00nul\x00", "\x01\x1f\x7f",
		"Çuçi Mërkuri Søren Straße", "emoji 🙂 and \u2028\u2029", "\"", "\\", `\"`, "\\u0041", strings.Repeat("long ", 5000),
		"invalid \xff\xfe utf-8", "]", ",", "[\"x\"]", "null"}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 400; i++ {
		var a, b any = texts[i%len(texts)], texts[(i*7+3)%len(texts)]
		if i%11 == 0 {
			b = nil
		}
		var n any = r.Int64N(1<<62) - 1<<61
		if i%13 == 0 {
			n = nil
		}
		var f any = math.Float64frombits(r.Uint64())
		if v := f.(float64); math.IsNaN(v) || math.IsInf(v, 0) || i%17 == 0 {
			f = nil
		}
		if i%5 == 0 {
			f = float64(r.IntN(100000)) / 10
		}
		if _, err := sdb.Exec("INSERT INTO t (a, b, n, f) VALUES (?, ?, ?, ?)", a, b, n, f); err != nil {
			t.Fatal(err)
		}
	}
	type row struct {
		seq   int64
		a     string
		b     sql.NullString
		n     sql.NullInt64
		f     sql.NullFloat64
		bNull bool
	}
	var want []row
	rows, err := sdb.Query("SELECT seq, a, b, n, f FROM t ORDER BY seq")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var w row
		if err := rows.Scan(&w.seq, &w.a, &w.b, &w.n, &w.f); err != nil {
			t.Fatal(err)
		}
		want = append(want, w)
	}
	rows.Close()
	jt, n, err := queryJSONTable(sdb, "SELECT count(*), json_group_array(json_array(seq, a, b, n, f)) FROM t")
	if err != nil {
		t.Fatal(err)
	}
	if n != len(want) {
		t.Errorf("count %d, want %d", n, len(want))
	}
	i := 0
	for jt.next() {
		var g row
		g.seq, _ = jt.int()
		g.a = jt.str()
		g.b.String, g.b.Valid = jt.optStr()
		g.n.Int64, g.n.Valid = jt.int()
		g.f.Float64, g.f.Valid = jt.float()
		if i >= len(want) {
			t.Fatalf("more rows than in the table")
		}
		if g != want[i] {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, g, want[i])
		}
		i++
	}
	if jt.err != nil || i != len(want) {
		t.Fatalf("read %d of %d rows: %v", i, len(want), jt.err)
	}
	// An empty table.
	sdb.Exec("DELETE FROM t")
	jt, _, err = queryJSONTable(sdb, "SELECT count(*), json_group_array(json_array(seq, a)) FROM t")
	if err != nil || jt.next() || jt.err != nil {
		t.Errorf("empty table: %v, %v", err, jt.err)
	}
}

func TestJSONTableUnescape(t *testing.T) {
	jt := newJSONTable(`[["\ud83d\ude42 \u00e7 \ud800 x\/y", "\"", 1.5e3, null, -7]]`)
	if !jt.next() {
		t.Fatal(jt.err)
	}
	if s := jt.str(); s != "🙂 ç \uFFFD x/y" {
		t.Errorf("%q", s)
	}
	if s := jt.str(); s != `"` {
		t.Errorf("%q", s)
	}
	if f, ok := jt.float(); !ok || f != 1500 {
		t.Errorf("%v %v", f, ok)
	}
	if _, ok := jt.int(); ok {
		t.Error("null read as a number")
	}
	if n, ok := jt.int(); !ok || n != -7 {
		t.Errorf("%v %v", n, ok)
	}
	if jt.next() || jt.err != nil {
		t.Errorf("end: %v", jt.err)
	}
}

// FuzzJSONTable checks that no text makes the reader panic or loop, and
// that reading too few or too many values is an error.
func FuzzJSONTable(f *testing.F) {
	for _, s := range []string{"", "[", "]", "[]", "[[]]", `[["a"]]`, `[["a",1,null]]`, `[["a"],["b"]] x`, `[["a"`, `[["\`, `[["\u12`,
		`[["\ud800\u"]]`, `[[1,]]`, `[[,]]`, `[["a"]`, `[["a"]],`, `[[nul]]`, `[[1e999]]`, `{"a":1}`, `[["\q"]]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		jt := newJSONTable(s)
		for n := 0; jt.next() && n < 1000; n++ {
			jt.str()
			jt.int()
			jt.float()
			jt.optStr()
		}
	})
}

func TestJSONTableShapeErrors(t *testing.T) {
	for _, s := range []string{`[["a","b"]]`, `[["a"]]`} {
		jt := newJSONTable(s)
		jt.next()
		jt.str()
		if s == `[["a"]]` {
			jt.str() // one too many
		}
		jt.next()
		if jt.err == nil {
			t.Errorf("%s: no error for reading the wrong number of values", s)
		}
	}
}
