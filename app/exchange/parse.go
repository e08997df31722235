package exchange

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// The JSON document is first read into a small tree that keeps every
// object's keys in order together with each value's byte offset, so that the
// walk that follows can report problems and unknown keys with their paths,
// in document order, and can notice a key written twice (which
// encoding/json's map and struct decoding silently accept).

type nodeKind uint8

const (
	kindNull nodeKind = iota
	kindBool
	kindNumber
	kindString
	kindObject
	kindArray
)

// label names a JSON type the way the user reads it in a message.
func (k nodeKind) label() string {
	switch k {
	case kindNull:
		return "null"
	case kindBool:
		return "true or false"
	case kindNumber:
		return "a number"
	case kindString:
		return "text"
	case kindObject:
		return "an object"
	default:
		return "a list"
	}
}

type node struct {
	kind    nodeKind
	b       bool
	s       string // a string's value or a number's literal
	off     int64  // byte offset of the value in the document
	members []member
	elems   []node
}

type member struct {
	key string
	val node
}

// maxDepth bounds nesting; the format needs six levels, a hand-written file
// a few more, and a hostile one must not exhaust the stack.
const maxDepth = 64

type parser struct {
	data     []byte
	i        int // the next byte to read
	path     []pathSeg
	problems *[]problem
}

type pathSeg struct {
	key   string
	index int // -1 for an object key
}

func (p *parser) pathString() string {
	var b strings.Builder
	for _, s := range p.path {
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		} else {
			writeKey(&b, b.Len() == 0, s.key)
		}
	}
	return b.String()
}

// writeKey appends an object key to a path: ".key", or `["odd key"]` when
// the key is not a plain identifier.
func writeKey(b *strings.Builder, first bool, key string) {
	if plainKey(key) {
		if !first {
			b.WriteByte('.')
		}
		b.WriteString(key)
		return
	}
	b.WriteByte('[')
	b.WriteString(strconv.Quote(key))
	b.WriteByte(']')
}

func plainKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// joinKey returns the path of key inside the object at path.
func joinKey(path, key string) string {
	var b strings.Builder
	b.Grow(len(path) + len(key) + 1)
	b.WriteString(path)
	writeKey(&b, path == "", key)
	return b.String()
}

// joinIndex returns the path of element i of the list at path.
func joinIndex(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// errSyntax marks a document that cannot be read any further; its problem
// is already recorded.
var errSyntax = errors.New("malformed JSON")

// parseDocument reads data into a tree. Problems that do not stop the
// reading (a duplicate key) are appended to *problems; a malformed document
// records one problem and returns errSyntax.
//
// The reader is written for this package rather than built on
// json.Decoder.Token, which is several times slower, allocates for every
// token and reports positions less exactly. It accepts exactly the
// documents encoding/json accepts (FuzzParse checks this), and reads
// strings the same way: invalid UTF-8 and lone surrogates become U+FFFD.
func parseDocument(data []byte, problems *[]problem) (node, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		*problems = append(*problems, problem{Problem: Problem{Message: "The document is empty; a Casefile JSON document is an object starting with {\"casefile\": 1}."}})
		return node{}, errSyntax
	}
	p := &parser{data: data, problems: problems}
	p.skipBOM()
	n, err := p.value(0)
	if err != nil {
		return node{}, err
	}
	p.space()
	if p.i < len(p.data) {
		p.fail(int64(p.i), "The document goes on after its closing brace (%s); it must hold one JSON object only.", p.position(int64(p.i)))
		return node{}, errSyntax
	}
	return n, nil
}

// skipBOM skips a UTF-8 byte order mark, which some editors write.
func (p *parser) skipBOM() {
	if bytes.HasPrefix(p.data, []byte("\xef\xbb\xbf")) {
		p.i = 3
	}
}

func (p *parser) fail(off int64, format string, args ...any) {
	*p.problems = append(*p.problems, problem{off: off, Problem: Problem{Path: p.pathString(), Message: fmt.Sprintf(format, args...)}})
}

// syntax records a malformed document at the current position: what was
// found, and what was expected there.
func (p *parser) syntax(expected string) error {
	off := int64(p.i)
	if p.i >= len(p.data) {
		p.fail(off, "The JSON ends too early, at %s: a closing bracket, brace or quote is missing.", p.position(off))
		return errSyntax
	}
	p.fail(off, "The JSON is malformed at %s: found %s where %s was expected.", p.position(off), quoteChar(p.data[p.i:]), expected)
	return errSyntax
}

// quoteChar describes the character at the start of b for a message.
func quoteChar(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	switch {
	case r == '\'':
		return `'\''`
	case r == '"':
		return `'"'`
	case r < 0x20 || r == utf8.RuneError:
		return fmt.Sprintf("the byte 0x%02x", b[0])
	}
	return "'" + string(r) + "'"
}

// position turns a byte offset into "line L, column C" (columns count
// characters, from 1).
func (p *parser) position(off int64) string {
	if off > int64(len(p.data)) {
		off = int64(len(p.data))
	}
	if off < 0 {
		off = 0
	}
	before := p.data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}

// space skips JSON white space.
func (p *parser) space() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\r', '\n':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) (node, error) {
	p.space()
	if p.i >= len(p.data) {
		return node{}, p.syntax("a value")
	}
	off := int64(p.i)
	switch c := p.data[p.i]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			p.fail(off, "The JSON is nested more than %d levels deep.", maxDepth)
			return node{}, errSyntax
		}
		p.i++
		if c == '{' {
			return p.object(off, depth)
		}
		return p.array(off, depth)
	case c == '"':
		s, err := p.str()
		return node{kind: kindString, s: s, off: off}, err
	case c == 't':
		return node{kind: kindBool, b: true, off: off}, p.literal("true")
	case c == 'f':
		return node{kind: kindBool, off: off}, p.literal("false")
	case c == 'n':
		return node{kind: kindNull, off: off}, p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		s, err := p.number()
		return node{kind: kindNumber, s: s, off: off}, err
	}
	return node{}, p.syntax("a value")
}

func (p *parser) literal(word string) error {
	for k := 0; k < len(word); k++ {
		if p.i >= len(p.data) || p.data[p.i] != word[k] {
			return p.syntax("the literal " + word)
		}
		p.i++
	}
	return nil
}

// number reads a JSON number and returns its text.
func (p *parser) number() (string, error) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.data) && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.data[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.data) && p.data[p.i] == '0':
		p.i++
	case digits() == 0:
		return "", p.syntax("a digit")
	}
	if p.i < len(p.data) && p.data[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return "", p.syntax("a digit after the decimal point")
		}
	}
	if p.i < len(p.data) && (p.data[p.i] == 'e' || p.data[p.i] == 'E') {
		p.i++
		if p.i < len(p.data) && (p.data[p.i] == '+' || p.data[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return "", p.syntax("a digit in the exponent")
		}
	}
	return string(p.data[start:p.i]), nil
}

// str reads a JSON string starting at its opening quote.
func (p *parser) str() (string, error) {
	p.i++ // the opening quote
	start := p.i
	// Fast path: no escapes, no control characters, valid UTF-8.
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case c == '"':
			s := p.data[start:p.i]
			p.i++
			return internString(s), nil
		case c == '\\' || c < 0x20:
			return p.strSlow(start)
		case c < utf8.RuneSelf:
			p.i++
		default:
			r, size := utf8.DecodeRune(p.data[p.i:])
			if r == utf8.RuneError && size == 1 {
				return p.strSlow(start)
			}
			p.i += size
		}
	}
	return "", p.syntax("a closing quote")
}

// strSlow reads a string with escapes or invalid UTF-8 from start (just
// after its opening quote), the way encoding/json does.
func (p *parser) strSlow(start int) (string, error) {
	b := make([]byte, 0, p.i-start+16)
	b = append(b, p.data[start:p.i]...)
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b), nil
		case c < 0x20:
			return "", p.syntax("text or a closing quote (control characters must be escaped)")
		case c == '\\':
			p.i++
			if p.i >= len(p.data) {
				return "", p.syntax("an escape")
			}
			switch e := p.data[p.i]; e {
			case '"', '\\', '/':
				b = append(b, e)
				p.i++
			case 'b':
				b = append(b, '\b')
				p.i++
			case 'f':
				b = append(b, '\f')
				p.i++
			case 'n':
				b = append(b, '\n')
				p.i++
			case 'r':
				b = append(b, '\r')
				p.i++
			case 't':
				b = append(b, '\t')
				p.i++
			case 'u':
				p.i++
				r, ok := p.hex4()
				if !ok {
					return "", p.syntax("four hexadecimal digits after \\u")
				}
				if utf16.IsSurrogate(r) {
					// A pair makes one code point; a lone half is U+FFFD,
					// and what follows it is read on its own.
					save := p.i
					if p.i+1 < len(p.data) && p.data[p.i] == '\\' && p.data[p.i+1] == 'u' {
						p.i += 2
						if r2, ok := p.hex4(); ok {
							if d := utf16.DecodeRune(r, r2); d != unicode.ReplacementChar {
								b = utf8.AppendRune(b, d)
								continue
							}
						}
					}
					p.i = save
					r = unicode.ReplacementChar
				}
				b = utf8.AppendRune(b, r)
			default:
				return "", p.syntax("an escape such as \\n or \\u00e9")
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			p.i++
		default:
			r, size := utf8.DecodeRune(p.data[p.i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, "\uFFFD"...)
			} else {
				b = append(b, p.data[p.i:p.i+size]...)
			}
			p.i += size
		}
	}
	return "", p.syntax("a closing quote")
}

// hex4 reads four hexadecimal digits.
func (p *parser) hex4() (rune, bool) {
	if p.i+4 > len(p.data) {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.i : p.i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.i += 4
	return r, true
}

// knownKeys are the keys of the format, so that reading a key allocates
// nothing when it is one of them.
var knownKeys = func() map[string]string {
	m := map[string]string{}
	for _, list := range [][]string{topKeys, caseKeys, sourceKeys, originalKeys, aliasKeys, personKeys, orgKeys, relationKeys, eventKeys, figureKeys, claimKeys, citationKeys, quoteKeys, annotationKeys} {
		for _, k := range list {
			m[k] = k
		}
	}
	return m
}()

// internString returns b as a string, sharing the format's keys and other
// short common values.
func internString(b []byte) string {
	if len(b) <= 16 {
		if s, ok := knownKeys[string(b)]; ok {
			return s
		}
	}
	return string(b)
}

func (p *parser) object(off int64, depth int) (node, error) {
	n := node{kind: kindObject, off: off}
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return n, nil
	}
	var seen map[string]bool
	for {
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != '"' {
			return node{}, p.syntax("a key in quotes")
		}
		keyOff := int64(p.i)
		key, err := p.str()
		if err != nil {
			return node{}, err
		}
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != ':' {
			return node{}, p.syntax("a colon after the key")
		}
		p.i++
		p.path = append(p.path, pathSeg{key: key, index: -1})
		v, err := p.value(depth + 1)
		if err != nil {
			return node{}, err
		}
		dup := false
		if len(n.members) < 16 {
			for i := range n.members {
				if n.members[i].key == key {
					dup = true
					break
				}
			}
		} else {
			if seen == nil {
				seen = make(map[string]bool, 2*len(n.members))
				for i := range n.members {
					seen[n.members[i].key] = true
				}
			}
			dup = seen[key]
			seen[key] = true
		}
		if dup {
			p.fail(keyOff, "The key %q appears twice in the same object.", key)
		} else {
			n.members = append(n.members, member{key: key, val: v})
		}
		p.path = p.path[:len(p.path)-1]
		p.space()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == '}' {
			p.i++
			return n, nil
		}
		return node{}, p.syntax("a comma or a closing brace")
	}
}

func (p *parser) array(off int64, depth int) (node, error) {
	n := node{kind: kindArray, off: off}
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return n, nil
	}
	for i := 0; ; i++ {
		p.path = append(p.path, pathSeg{index: i})
		v, err := p.value(depth + 1)
		if err != nil {
			return node{}, err
		}
		n.elems = append(n.elems, v)
		p.path = p.path[:len(p.path)-1]
		p.space()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == ']' {
			p.i++
			return n, nil
		}
		return node{}, p.syntax("a comma or a closing bracket")
	}
}
