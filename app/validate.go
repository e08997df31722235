package app

import (
	"math"
	"strings"
	"unicode/utf8"

	"casefile/app/edtf"
)

// Limits on text fields. They keep a case printable and a typo (a pasted
// book in a name field) from going unnoticed; source texts may be long.
const (
	MaxNameLen = 500     // names, titles, questions, aliases, kinds
	MaxTextLen = 100_000 // descriptions, notes, summaries, assessments
	MaxDocLen  = 20 << 20
)

// ValidateDate checks that d's EDTF, when set, is valid. field names the
// field in the error ("date", "born").
func ValidateDate(field string, d Date) error {
	if d.EDTF == "" {
		return nil
	}
	if _, err := edtf.Parse(d.EDTF); err != nil {
		return &Error{Code: EINVALID, Field: field, Message: "The " + field + " is not a valid date: " + err.Error() + ".", Err: err}
	}
	return nil
}

func required(field, label, v string) error {
	if strings.TrimSpace(v) == "" {
		return FieldError(field, "The %s is required.", label)
	}
	return nil
}

func maxLen(field, label, v string, n int) error {
	if len(v) > n {
		return FieldError(field, "The %s is too long (%d characters; at most %d).", label, utf8.RuneCountInString(v), n)
	}
	if !utf8.ValidString(v) {
		return FieldError(field, "The %s is not valid UTF-8 text.", label)
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// Validate checks the case's own fields.
func (c *Case) Validate() error {
	return firstErr(
		required("title", "case title", c.Title),
		maxLen("title", "case title", c.Title, MaxNameLen),
		maxLen("summary", "summary", c.Summary, MaxTextLen),
		maxLen("marking", "marking", c.Marking, MaxNameLen),
		maxLen("author", "author", c.Author, MaxNameLen),
		ValidateDate("as_of", c.AsOf),
		validYardstick(c.Yardstick),
	)
}

// Validate checks a source's fields.
func (s *Source) Validate() error {
	return firstErr(
		required("title", "source's title", s.Title),
		maxLen("title", "source's title", s.Title, MaxNameLen),
		maxLen("publisher", "publisher", s.Publisher, MaxNameLen),
		maxLen("author", "author", s.Author, MaxNameLen),
		maxLen("url", "URL", s.URL, MaxNameLen*4),
		ValidateDate("published", s.Published),
		validSourceKind(s.Kind),
		validReliability(s.Reliability),
		validInterest(s.Interest),
		maxLen("text", "source text", s.Text, MaxDocLen),
		validPages(s.Pages, s.Text),
		s.Original.Validate(),
		maxLen("attached_to", "attached-to source", s.AttachedTo, MaxNameLen),
		func() error {
			if s.AttachedTo != "" && s.AttachedTo == s.ID {
				return FieldError("attached_to", "A source cannot be attached to itself.")
			}
			return nil
		}(),
	)
}

func validSourceKind(k SourceKind) error {
	if k == "" {
		return nil
	}
	for _, v := range SourceKinds {
		if k == v {
			return nil
		}
	}
	return FieldError("kind", "The source kind %q is not one of article, statement, court, report, interview, social or other.", string(k))
}

func validReliability(r Reliability) error {
	if r == "" {
		return nil
	}
	for _, v := range Reliabilities {
		if r == v {
			return nil
		}
	}
	return FieldError("reliability", "The reliability %q is not an Admiralty grade from A to F.", string(r))
}

func validInterest(i Interest) error {
	if i == "" {
		return nil
	}
	for _, v := range Interests {
		if i == v {
			return nil
		}
	}
	return FieldError("interest", "The interest %q is not one of independent, party, government, affiliated or unknown.", string(i))
}

func validAliases(aliases []Alias) error {
	for _, a := range aliases {
		if err := firstErr(
			required("aliases", "alias name", a.Name),
			maxLen("aliases", "alias", a.Name, MaxNameLen),
			maxLen("aliases", "alias note", a.Note, MaxNameLen),
		); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks a person's fields.
func (p *Person) Validate() error {
	return firstErr(
		required("name", "name", p.Name),
		maxLen("name", "name", p.Name, MaxNameLen),
		validAliases(p.Aliases),
		maxLen("role", "role", p.Role, MaxNameLen),
		maxLen("nationality", "nationality", p.Nationality, MaxNameLen),
		ValidateDate("born", p.Born),
		ValidateDate("died", p.Died),
		maxLen("notes", "notes", p.Notes, MaxTextLen),
		validCitations(p.Citations),
	)
}

// Validate checks an organization's fields.
func (o *Organization) Validate() error {
	return firstErr(
		required("name", "name", o.Name),
		maxLen("name", "name", o.Name, MaxNameLen),
		validAliases(o.Aliases),
		maxLen("kind", "kind", o.Kind, MaxNameLen),
		maxLen("country", "country", o.Country, MaxNameLen),
		maxLen("notes", "notes", o.Notes, MaxTextLen),
		validCitations(o.Citations),
	)
}

// Validate checks a relation's fields (not that its ends exist).
func (r *Relation) Validate() error {
	if err := firstErr(
		required("from", "relation's first party", r.From),
		required("to", "relation's second party", r.To),
		required("kind", "kind of relation", r.Kind),
		maxLen("kind", "kind of relation", r.Kind, MaxNameLen),
		ValidateDate("start", r.Start),
		ValidateDate("end", r.End),
		validCitations(r.Citations),
	); err != nil {
		return err
	}
	if r.From == r.To {
		return FieldError("to", "A relation must link two different people or organizations.")
	}
	return nil
}

// Validate checks an event's fields (not that its participants exist).
func (e *Event) Validate() error {
	if err := firstErr(
		required("title", "event's title", e.Title),
		maxLen("title", "event's title", e.Title, MaxNameLen),
		maxLen("description", "description", e.Description, MaxTextLen),
		maxLen("place", "place", e.Place, MaxNameLen),
		validCitations(e.Citations),
	); err != nil {
		return err
	}
	if e.Date.EDTF == "" {
		if e.Date.Phrase != "" {
			return FieldError("date", "The date %q is not understood; write it as a year, month or day, or as EDTF.", e.Date.Phrase)
		}
		return FieldError("date", "The event's date is required (a year, a decade or a range is enough).")
	}
	seen := map[string]bool{}
	for _, p := range e.Participants {
		if p == "" {
			return FieldError("participants", "A participant has no id.")
		}
		if seen[p] {
			return FieldError("participants", "A participant is listed twice.")
		}
		seen[p] = true
	}
	return ValidateDate("date", e.Date)
}

// Validate checks a figure's fields and its claims.
func (f *Figure) Validate() error {
	if err := firstErr(
		required("question", "figure's question", f.Question),
		maxLen("question", "figure's question", f.Question, MaxNameLen),
		maxLen("unit", "unit", f.Unit, MaxNameLen),
		maxLen("assessment", "assessment", f.Assessment, MaxTextLen),
		maxLen("summary", "summary", f.Summary, MaxNameLen*4),
	); err != nil {
		return err
	}
	for i := range f.Claims {
		if err := f.Claims[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks a claim's fields (not that its source and claimant exist).
func (c *Claim) Validate() error {
	if err := firstErr(
		required("source", "claim's source", c.Source),
		required("text", "phrase as said", c.Text),
		maxLen("text", "phrase as said", c.Text, MaxNameLen),
		maxLen("note", "note", c.Note, MaxTextLen),
		ValidateDate("as_of", c.AsOf),
		validCitations(c.Citations),
	); err != nil {
		return err
	}
	for _, n := range []struct {
		field string
		v     *float64
	}{{"low", c.Low}, {"high", c.High}} {
		if n.v != nil && (math.IsNaN(*n.v) || math.IsInf(*n.v, 0) || *n.v < 0) {
			return FieldError(n.field, "The %s number must be zero or more.", n.field)
		}
	}
	if c.Low != nil && c.High != nil && *c.Low > *c.High {
		return FieldError("high", "The high number (%g) is below the low number (%g).", *c.High, *c.Low)
	}
	switch c.Qualifier {
	case "", QualExact, QualApproximate, QualAtLeast, QualAtMost, QualRange:
	default:
		return FieldError("qualifier", "The qualifier %q is not one of exact, approximate, at-least, at-most or range.", string(c.Qualifier))
	}
	if c.Credibility < 0 || c.Credibility > 6 {
		return FieldError("credibility", "The credibility must be from 1 to 6 (or unset), not %d.", c.Credibility)
	}
	return nil
}

// Validate checks a quote's fields.
func (q *Quote) Validate() error {
	if q == nil {
		return nil
	}
	if q.Exact == "" {
		return FieldError("quote", "A quote needs its exact text.")
	}
	if q.Start < 0 || q.End < q.Start {
		return FieldError("quote", "The quote's position (%d to %d) is not a valid span.", q.Start, q.End)
	}
	return nil
}

// Validate checks a citation's fields (not that its source exists).
func (c *Citation) Validate() error {
	return firstErr(
		required("source", "citation's source", c.Source),
		maxLen("note", "citation note", c.Note, MaxTextLen),
		c.Quote.Validate(),
	)
}

func validCitations(cs []Citation) error {
	for i := range cs {
		if err := cs[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks an annotation's fields.
func (a *Annotation) Validate() error {
	return firstErr(
		required("source", "annotation's source", a.Source),
		required("note", "note", a.Note),
		maxLen("note", "note", a.Note, MaxTextLen),
		a.Quote.Validate(),
	)
}
