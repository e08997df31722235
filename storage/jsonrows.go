package storage

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Reading a whole table in one row.
//
// Load reads tens of thousands of rows. Through database/sql and the
// go-sqlite3 driver every row costs a cgo call and every text column two
// allocations (the string and its interface box), which is most of the
// time Load takes. For the big tables Load therefore asks SQLite for the
// whole table as one JSON array of arrays,
//
//	SELECT json_group_array(json_array(seq, id, title, …)) FROM events
//
// which crosses into C once and allocates one string; the values are then
// read from it by jsonTable below, as substrings that share its memory
// (only a text with an escaped character, such as a quote mark or a line
// break, is copied). JSON keeps every value exactly: text byte for byte,
// integers, NULL, and REAL values (SQLite writes them with the 17 digits
// that read back to the same float64). BLOBs cannot be written as JSON;
// a case file holds none, and should a damaged file have one, the query
// fails and Load reads that table row by row instead.

// jsonTable reads the rows of a JSON array of arrays of scalars, in order:
// next moves to the next row, and str, optStr, int and float read its
// values one after the other. The first problem met stops the reading
// and is kept in err; the values read after it are zero.
type jsonTable struct {
	s   string
	pos int
	err error
	// row counts the rows begun, for messages.
	row int
	// first is set until the first value of the current row is read.
	first bool
}

// errJSONShape is the cause of every decoding failure: the text is not
// the JSON array of arrays the query should give.
var errJSONShape = errors.New("not a JSON array of arrays")

func newJSONTable(s string) *jsonTable {
	t := &jsonTable{s: s}
	t.skipSpace()
	if !t.eat('[') {
		t.fail("no array")
	}
	return t
}

func (t *jsonTable) fail(what string) {
	if t.err == nil {
		t.err = fmt.Errorf("%w: %s at byte %d (row %d)", errJSONShape, what, t.pos, t.row)
	}
}

func (t *jsonTable) skipSpace() {
	for t.pos < len(t.s) {
		switch t.s[t.pos] {
		case ' ', '\t', '\n', '\r':
			t.pos++
		default:
			return
		}
	}
}

func (t *jsonTable) eat(c byte) bool {
	t.skipSpace()
	if t.pos < len(t.s) && t.s[t.pos] == c {
		t.pos++
		return true
	}
	return false
}

// next moves to the next row, finishing the current one; it returns false
// at the end of the table or on an error.
func (t *jsonTable) next() bool {
	if t.err != nil {
		return false
	}
	if t.row > 0 {
		if !t.eat(']') {
			t.fail("row has more values than read")
			return false
		}
		if t.eat(']') {
			t.end()
			return false
		}
		if !t.eat(',') {
			t.fail("no comma between rows")
			return false
		}
	} else if t.eat(']') {
		t.end()
		return false
	}
	if !t.eat('[') {
		t.fail("row is not an array")
		return false
	}
	t.row++
	t.first = true
	return true
}

// end checks that nothing follows the table.
func (t *jsonTable) end() {
	t.skipSpace()
	if t.pos != len(t.s) {
		t.fail("text after the table")
	}
}

// value moves to the start of the row's next value.
func (t *jsonTable) value() bool {
	if t.err != nil {
		return false
	}
	if !t.first && !t.eat(',') {
		t.fail("row has fewer values than read")
		return false
	}
	t.first = false
	t.skipSpace()
	if t.pos >= len(t.s) {
		t.fail("table cut short")
		return false
	}
	return true
}

// null reads a null if one is next.
func (t *jsonTable) null() bool {
	if strings.HasPrefix(t.s[t.pos:], "null") {
		t.pos += 4
		return true
	}
	return false
}

// str reads a text value; null reads as "".
func (t *jsonTable) str() string {
	s, _ := t.optStr()
	return s
}

// optStr reads a text value, reporting false for null.
func (t *jsonTable) optStr() (string, bool) {
	if !t.value() {
		return "", false
	}
	if t.null() {
		return "", false
	}
	if t.s[t.pos] != '"' {
		t.fail("not a text")
		return "", false
	}
	start := t.pos + 1
	i := strings.IndexByte(t.s[start:], '"')
	if i < 0 {
		t.fail("unterminated text")
		return "", false
	}
	if strings.IndexByte(t.s[start:start+i], '\\') < 0 {
		t.pos = start + i + 1
		return t.s[start : start+i], true
	}
	return t.unescape(start)
}

// unescape reads a text value with escapes, from just after its opening
// quote.
func (t *jsonTable) unescape(start int) (string, bool) {
	var b strings.Builder
	i := start
	for {
		j := strings.IndexAny(t.s[i:], `"\`)
		if j < 0 {
			t.fail("unterminated text")
			return "", false
		}
		b.WriteString(t.s[i : i+j])
		i += j
		if t.s[i] == '"' {
			t.pos = i + 1
			return b.String(), true
		}
		if i+1 >= len(t.s) {
			t.fail("unterminated escape")
			return "", false
		}
		c := t.s[i+1]
		i += 2
		switch c {
		case '"', '\\', '/':
			b.WriteByte(c)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(t.s[i:])
			if !ok {
				t.fail("bad \\u escape")
				return "", false
			}
			i += 4
			if utf16.IsSurrogate(r) {
				// A pair makes one character; a lone half is written as
				// U+FFFD, as encoding/json does.
				if strings.HasPrefix(t.s[i:], `\u`) {
					if r2, ok := hex4(t.s[i+2:]); ok {
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							r, i = d, i+6
						}
					}
				}
			}
			b.WriteRune(r)
		default:
			t.fail("unknown escape")
			return "", false
		}
	}
}

// hex4 reads the four hex digits that start s.
func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(s[:4], 16, 32)
	return rune(n), err == nil
}

// number returns the text of a number value, or false for null.
func (t *jsonTable) number() (string, bool) {
	if !t.value() || t.null() {
		return "", false
	}
	start := t.pos
	for t.pos < len(t.s) {
		c := t.s[t.pos]
		if c == ',' || c == ']' || c == ' ' {
			break
		}
		t.pos++
	}
	if t.pos == start {
		t.fail("not a number")
		return "", false
	}
	return t.s[start:t.pos], true
}

// int reads an integer value, reporting false for null.
func (t *jsonTable) int() (int64, bool) {
	s, ok := t.number()
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		// A REAL where an integer was expected, as SQLite's typing allows.
		f, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil {
			t.fail("not an integer")
			return 0, false
		}
		return int64(f), true
	}
	return n, true
}

// float reads a number value, reporting false for null.
func (t *jsonTable) float() (float64, bool) {
	s, ok := t.number()
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.fail("not a number")
		return 0, false
	}
	return f, true
}

// queryJSONTable runs query, which must give one row holding the number
// of rows and a JSON array of arrays, as in "SELECT count(*),
// json_group_array(json_array(…)) FROM t"; a NULL array reads as no rows.
// The count lets the caller size its slices.
func queryJSONTable(q querier, query string, args ...any) (*jsonTable, int, error) {
	var n int
	var s *string
	if err := q.QueryRow(query, args...).Scan(&n, &s); err != nil {
		return nil, 0, err
	}
	if s == nil {
		return newJSONTable("[]"), 0, nil
	}
	return newJSONTable(*s), n, nil
}
