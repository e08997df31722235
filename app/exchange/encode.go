package exchange

import (
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"casefile/app"
)

// Encode writes d as a Casefile JSON v1 document. The output is
// deterministic: keys in the order of the format's description, lists in
// d's order, two-space indentation and a final newline. Optional keys are
// left out when empty (empty text, empty lists, false, a nil number, a
// credibility of 0, a nil quote), so that a document written by Encode,
// decoded and encoded again comes out byte for byte the same. A quote always
// carries start and end. Citation ids are the store's and are not written.
func Encode(w io.Writer, d app.CaseData) error {
	if err := checkNumbers(d); err != nil {
		return err
	}
	e := &encoder{b: make([]byte, 0, 4096)}
	e.document(d)
	if _, err := w.Write(e.b); err != nil {
		return app.Internal(err, "The case could not be written.")
	}
	return nil
}

// checkNumbers refuses numbers that JSON cannot hold.
func checkNumbers(d app.CaseData) error {
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			for _, v := range []*float64{c.Low, c.High} {
				if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
					return app.Errorf(app.EINVALID, "The claim %q of the figure %q has a number that is not finite, which JSON cannot hold.", c.Text, f.Question)
				}
			}
		}
	}
	return nil
}

// encoder appends indented JSON to b. stack holds, for each open object or
// list, whether it has an element yet.
type encoder struct {
	b     []byte
	stack []bool
}

// next starts a new element in the open container: comma, newline, indent.
func (e *encoder) next() {
	n := len(e.stack)
	if n == 0 {
		return
	}
	if e.stack[n-1] {
		e.b = append(e.b, ',')
	}
	e.stack[n-1] = true
	e.b = append(e.b, '\n')
	for i := 0; i < n; i++ {
		e.b = append(e.b, ' ', ' ')
	}
}

func (e *encoder) key(k string) {
	e.next()
	e.b = appendString(e.b, k)
	e.b = append(e.b, ':', ' ')
}

func (e *encoder) open(c byte) {
	e.b = append(e.b, c)
	e.stack = append(e.stack, false)
}

func (e *encoder) close(c byte) {
	had := e.stack[len(e.stack)-1]
	e.stack = e.stack[:len(e.stack)-1]
	if had {
		e.b = append(e.b, '\n')
		for i := 0; i < len(e.stack); i++ {
			e.b = append(e.b, ' ', ' ')
		}
	}
	e.b = append(e.b, c)
}

// str writes key: "v" always; opt only when v is not empty.
func (e *encoder) str(k, v string) {
	e.key(k)
	e.b = appendString(e.b, v)
}

func (e *encoder) opt(k, v string) {
	if v != "" {
		e.str(k, v)
	}
}

func (e *encoder) integer(k string, v int) {
	e.key(k)
	e.b = strconv.AppendInt(e.b, int64(v), 10)
}

// pages writes a page map on one line.
func (e *encoder) pages(pages []int) {
	if len(pages) == 0 {
		return
	}
	e.key("pages")
	e.b = append(e.b, '[')
	for i, p := range pages {
		if i > 0 {
			e.b = append(e.b, ',', ' ')
		}
		e.b = strconv.AppendInt(e.b, int64(p), 10)
	}
	e.b = append(e.b, ']')
}

func (e *encoder) number(k string, v *float64) {
	if v == nil {
		return
	}
	e.key(k)
	e.b = appendFloat(e.b, *v)
}

func (e *encoder) date(k string, d app.Date) {
	e.opt(k, d.EDTF)
	e.opt(k+"_text", d.Phrase)
}

// list writes key: [ … ] with one element per item, or nothing when empty.
func list[T any](e *encoder, k string, items []T, item func(*T)) {
	if len(items) == 0 {
		return
	}
	e.key(k)
	e.open('[')
	for i := range items {
		e.next()
		item(&items[i])
	}
	e.close(']')
}

func (e *encoder) document(d app.CaseData) {
	e.open('{')
	e.key("casefile")
	e.b = strconv.AppendInt(e.b, Version, 10)

	e.key("case")
	e.open('{')
	e.str("title", d.Case.Title)
	e.opt("summary", d.Case.Summary)
	e.opt("marking", d.Case.Marking)
	e.opt("author", d.Case.Author)
	e.date("as_of", d.Case.AsOf)
	e.opt("yardstick", string(d.Case.Yardstick))
	e.close('}')

	list(e, "sources", d.Sources, func(s *app.Source) {
		e.open('{')
		e.str("id", s.ID)
		e.str("title", s.Title)
		e.opt("publisher", s.Publisher)
		e.opt("author", s.Author)
		e.opt("url", s.URL)
		e.date("published", s.Published)
		e.opt("kind", string(s.Kind))
		e.opt("reliability", string(s.Reliability))
		e.opt("interest", string(s.Interest))
		e.opt("text", s.Text)
		e.pages(s.Pages)
		if o := s.Original; o != nil {
			e.key("original")
			e.open('{')
			e.str("name", o.Name)
			e.opt("type", o.Type)
			e.integer("size", int(o.Size))
			e.str("sha256", o.SHA256)
			e.close('}')
		}
		e.opt("attached_to", s.AttachedTo)
		e.close('}')
	})
	list(e, "people", d.People, func(p *app.Person) {
		e.open('{')
		e.str("id", p.ID)
		e.str("name", p.Name)
		e.aliases(p.Aliases)
		e.opt("role", p.Role)
		e.opt("nationality", p.Nationality)
		e.date("born", p.Born)
		e.date("died", p.Died)
		e.opt("notes", p.Notes)
		e.citations(p.Citations)
		e.close('}')
	})
	list(e, "organizations", d.Organizations, func(o *app.Organization) {
		e.open('{')
		e.str("id", o.ID)
		e.str("name", o.Name)
		e.aliases(o.Aliases)
		e.opt("kind", o.Kind)
		e.opt("country", o.Country)
		e.opt("notes", o.Notes)
		e.citations(o.Citations)
		e.close('}')
	})
	list(e, "relations", d.Relations, func(r *app.Relation) {
		e.open('{')
		e.str("id", r.ID)
		e.str("from", r.From)
		e.str("to", r.To)
		e.str("kind", r.Kind)
		e.date("start", r.Start)
		e.date("end", r.End)
		e.citations(r.Citations)
		e.close('}')
	})
	list(e, "events", d.Events, func(ev *app.Event) {
		e.open('{')
		e.str("id", ev.ID)
		e.str("title", ev.Title)
		e.str("date", ev.Date.EDTF)
		e.opt("date_text", ev.Date.Phrase)
		e.opt("description", ev.Description)
		e.opt("place", ev.Place)
		if ev.Key {
			e.key("key")
			e.b = append(e.b, "true"...)
		}
		list(e, "participants", ev.Participants, func(p *string) { e.b = appendString(e.b, *p) })
		e.citations(ev.Citations)
		e.close('}')
	})
	list(e, "figures", d.Figures, func(f *app.Figure) {
		e.open('{')
		e.str("id", f.ID)
		e.str("question", f.Question)
		e.opt("unit", f.Unit)
		e.opt("event", f.Event)
		e.opt("assessment", f.Assessment)
		e.opt("summary", f.Summary)
		list(e, "claims", f.Claims, func(c *app.Claim) {
			e.open('{')
			e.str("id", c.ID)
			e.str("source", c.Source)
			e.opt("claimant", c.Claimant)
			e.str("text", c.Text)
			e.number("low", c.Low)
			e.number("high", c.High)
			e.opt("qualifier", string(c.Qualifier))
			e.date("as_of", c.AsOf)
			if c.Credibility != 0 {
				e.integer("credibility", c.Credibility)
			}
			e.opt("note", c.Note)
			e.citations(c.Citations)
			e.close('}')
		})
		e.close('}')
	})
	list(e, "annotations", d.Annotations, func(a *app.Annotation) {
		e.open('{')
		e.str("id", a.ID)
		e.str("source", a.Source)
		e.str("note", a.Note)
		e.quote(a.Quote)
		e.close('}')
	})
	e.questions(d.Questions)
	e.close('}')
	e.b = append(e.b, '\n')
}

func (e *encoder) aliases(as []app.Alias) {
	list(e, "aliases", as, func(a *app.Alias) {
		e.open('{')
		e.str("name", a.Name)
		e.opt("note", a.Note)
		e.close('}')
	})
}

func (e *encoder) citations(cs []app.Citation) {
	list(e, "citations", cs, func(c *app.Citation) {
		e.open('{')
		e.str("source", c.Source)
		e.quote(c.Quote)
		e.opt("note", c.Note)
		e.close('}')
	})
}

func (e *encoder) quote(q *app.Quote) {
	if q == nil {
		return
	}
	e.key("quote")
	e.open('{')
	e.str("exact", q.Exact)
	e.opt("prefix", q.Prefix)
	e.opt("suffix", q.Suffix)
	e.integer("start", q.Start)
	e.integer("end", q.End)
	e.close('}')
}

// appendFloat writes a number the way encoding/json does: whole numbers
// without a fraction ("100", not "100.0"), and an exponent only for very
// large or very small magnitudes.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string. Unlike encoding/json it leaves
// <, > and & alone (the document is not HTML); it escapes control
// characters, the quote, the backslash, U+2028 and U+2029, and writes
// invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
