package casemerge

import (
	"slices"
	"strconv"

	"casefile/app"
)

// spec describes one kind of item for compareKind.
type spec[T any] struct {
	kind   app.Kind
	id     func(*T) string
	title  func(*T) string
	fields []field[T]
	// cites returns the item's citations, nil for a kind without.
	cites func(*T) *[]app.Citation
	// update adds the merged item to the batch's updates.
	update func(b *app.Batch, x T)
}

func sourceSpec(m *matcher) spec[app.Source] {
	type S = app.Source
	return spec[S]{kind: app.KindSource,
		id: func(s *S) string { return s.ID }, title: func(s *S) string { return s.Title },
		fields: []field[S]{
			scalar("title", func(s *S) *string { return &s.Title }),
			scalar("publisher", func(s *S) *string { return &s.Publisher }),
			scalar("author", func(s *S) *string { return &s.Author }),
			scalar("url", func(s *S) *string { return &s.URL }),
			dateField("published", func(s *S) *app.Date { return &s.Published }),
			shown("kind", func(s *S) string { return string(s.Kind) }, func(d, s *S) { d.Kind = s.Kind }),
			shown("reliability", func(s *S) string { return string(s.Reliability) }, func(d, s *S) { d.Reliability = s.Reliability }),
			shown("interest", func(s *S) string { return string(s.Interest) }, func(d, s *S) { d.Interest = s.Interest }),
			// The page map belongs to the text it maps: they go together.
			shown("text", sourceText, func(d, s *S) { d.Text, d.Pages = s.Text, slices.Clone(s.Pages) }),
			shown("file", originalText, func(d, s *S) { d.Original = cloneOriginal(s.Original) }),
			shown("attached to", func(s *S) string { return m.name(s.AttachedTo) }, func(d, s *S) { d.AttachedTo = s.AttachedTo }),
		},
		update: func(b *app.Batch, x S) { b.Update.Sources = append(b.Update.Sources, x) }}
}

// sourceText shows a source's text, with its page count when it has a
// page map, so that the same text with other pages is a difference.
func sourceText(s *app.Source) string {
	if len(s.Pages) == 0 {
		return s.Text
	}
	return s.Text + "\n[" + app.Plural(len(s.Pages), "page") + "]"
}

// originalText shows the file a source was imported from: its name, size
// and checksum, which tell two files apart.
func originalText(s *app.Source) string {
	o := s.Original
	if o == nil {
		return ""
	}
	sum := o.SHA256
	if len(sum) > 12 {
		sum = sum[:12]
	}
	return o.Name + " (" + strconv.FormatInt(o.Size, 10) + " bytes, SHA-256 " + sum + "…)"
}

func cloneOriginal(o *app.Original) *app.Original {
	if o == nil {
		return nil
	}
	c := *o
	return &c
}

func personSpec(m *matcher) spec[app.Person] {
	type P = app.Person
	return spec[P]{kind: app.KindPerson,
		id: func(p *P) string { return p.ID }, title: func(p *P) string { return p.Name },
		fields: []field[P]{
			scalar("name", func(p *P) *string { return &p.Name }),
			aliasField(func(p *P) *[]app.Alias { return &p.Aliases }),
			scalar("role", func(p *P) *string { return &p.Role }),
			scalar("nationality", func(p *P) *string { return &p.Nationality }),
			dateField("born", func(p *P) *app.Date { return &p.Born }),
			dateField("died", func(p *P) *app.Date { return &p.Died }),
			scalar("notes", func(p *P) *string { return &p.Notes }),
			citationField(m, func(p *P) *[]app.Citation { return &p.Citations }),
		},
		cites:  func(p *P) *[]app.Citation { return &p.Citations },
		update: func(b *app.Batch, x P) { b.Update.People = append(b.Update.People, x) }}
}

func orgSpec(m *matcher) spec[app.Organization] {
	type O = app.Organization
	return spec[O]{kind: app.KindOrganization,
		id: func(o *O) string { return o.ID }, title: func(o *O) string { return o.Name },
		fields: []field[O]{
			scalar("name", func(o *O) *string { return &o.Name }),
			aliasField(func(o *O) *[]app.Alias { return &o.Aliases }),
			scalar("kind", func(o *O) *string { return &o.Kind }),
			scalar("country", func(o *O) *string { return &o.Country }),
			scalar("notes", func(o *O) *string { return &o.Notes }),
			citationField(m, func(o *O) *[]app.Citation { return &o.Citations }),
		},
		cites:  func(o *O) *[]app.Citation { return &o.Citations },
		update: func(b *app.Batch, x O) { b.Update.Organizations = append(b.Update.Organizations, x) }}
}

func relationSpec(m *matcher) spec[app.Relation] {
	type R = app.Relation
	return spec[R]{kind: app.KindRelation,
		id:    func(r *R) string { return r.ID },
		title: func(r *R) string { return m.name(r.From) + " — " + r.Kind + " — " + m.name(r.To) },
		fields: []field[R]{
			shown("from", func(r *R) string { return m.name(r.From) }, func(d, s *R) { d.From = s.From }),
			scalar("kind", func(r *R) *string { return &r.Kind }),
			shown("to", func(r *R) string { return m.name(r.To) }, func(d, s *R) { d.To = s.To }),
			dateField("start", func(r *R) *app.Date { return &r.Start }),
			dateField("end", func(r *R) *app.Date { return &r.End }),
			citationField(m, func(r *R) *[]app.Citation { return &r.Citations }),
		},
		cites:  func(r *R) *[]app.Citation { return &r.Citations },
		update: func(b *app.Batch, x R) { b.Update.Relations = append(b.Update.Relations, x) }}
}

func eventSpec(m *matcher) spec[app.Event] {
	type E = app.Event
	return spec[E]{kind: app.KindEvent,
		id: func(e *E) string { return e.ID }, title: func(e *E) string { return e.Title },
		fields: []field[E]{
			scalar("title", func(e *E) *string { return &e.Title }),
			dateField("date", func(e *E) *app.Date { return &e.Date }),
			scalar("description", func(e *E) *string { return &e.Description }),
			scalar("place", func(e *E) *string { return &e.Place }),
			shown("key event", func(e *E) string { return strconv.FormatBool(e.Key) }, func(d, s *E) { d.Key = s.Key }),
			{name: "participants",
				show: func(e *E) []string {
					var out []string
					for _, p := range e.Participants {
						out = append(out, m.name(p))
					}
					return out
				},
				take: func(d, s *E) { d.Participants = append([]string(nil), s.Participants...) },
				both: func(d, s *E) {
					d.Participants = append([]string(nil), d.Participants...)
					for _, p := range s.Participants {
						if !contains(d.Participants, p) {
							d.Participants = append(d.Participants, p)
						}
					}
				}},
			citationField(m, func(e *E) *[]app.Citation { return &e.Citations }),
		},
		cites:  func(e *E) *[]app.Citation { return &e.Citations },
		update: func(b *app.Batch, x E) { b.Update.Events = append(b.Update.Events, x) }}
}

func figureSpec(m *matcher) spec[app.Figure] {
	type F = app.Figure
	return spec[F]{kind: app.KindFigure,
		id: func(f *F) string { return f.ID }, title: func(f *F) string { return f.Question },
		fields: []field[F]{
			scalar("question", func(f *F) *string { return &f.Question }),
			scalar("unit", func(f *F) *string { return &f.Unit }),
			shown("event", func(f *F) string { return m.name(f.Event) }, func(d, s *F) { d.Event = s.Event }),
			scalar("assessment", func(f *F) *string { return &f.Assessment }),
			scalar("summary", func(f *F) *string { return &f.Summary }),
		},
		update: func(b *app.Batch, x F) { x.Claims = nil; b.Update.Figures = append(b.Update.Figures, x) }}
}

func claimSpec(m *matcher) spec[app.Claim] {
	type C = app.Claim
	return spec[C]{kind: app.KindClaim,
		id: func(c *C) string { return c.ID }, title: func(c *C) string { return c.Text },
		fields: []field[C]{
			shown("source", func(c *C) string { return m.name(c.Source) }, func(d, s *C) { d.Source = s.Source }),
			shown("claimant", func(c *C) string { return m.name(c.Claimant) }, func(d, s *C) { d.Claimant = s.Claimant }),
			scalar("phrase", func(c *C) *string { return &c.Text }),
			shown("low", func(c *C) string { return numText(c.Low) }, func(d, s *C) { d.Low = s.Low }),
			shown("high", func(c *C) string { return numText(c.High) }, func(d, s *C) { d.High = s.High }),
			shown("qualifier", func(c *C) string { return string(c.Qualifier) }, func(d, s *C) { d.Qualifier = s.Qualifier }),
			dateField("as of", func(c *C) *app.Date { return &c.AsOf }),
			shown("credibility", func(c *C) string { return strconv.Itoa(c.Credibility) }, func(d, s *C) { d.Credibility = s.Credibility }),
			scalar("note", func(c *C) *string { return &c.Note }),
			citationField(m, func(c *C) *[]app.Citation { return &c.Citations }),
		},
		cites:  func(c *C) *[]app.Citation { return &c.Citations },
		update: func(b *app.Batch, x C) { b.UpdateClaims = append(b.UpdateClaims, x) }}
}

func annotationSpec(m *matcher) spec[app.Annotation] {
	type A = app.Annotation
	return spec[A]{kind: app.KindAnnotation,
		id: func(a *A) string { return a.ID }, title: func(a *A) string { return app.Shorten(a.Note, 60) },
		fields: []field[A]{
			shown("source", func(a *A) string { return m.name(a.Source) }, func(d, s *A) { d.Source = s.Source }),
			scalar("note", func(a *A) *string { return &a.Note }),
			shown("quote", func(a *A) string { return quoteText(a.Quote) }, func(d, s *A) { d.Quote = s.Quote }),
		},
		update: func(b *app.Batch, x A) { b.Update.Annotations = append(b.Update.Annotations, x) }}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
