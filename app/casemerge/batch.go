package casemerge

import (
	"fmt"
	"io"

	"casefile/app"
)

// pending is a change's way to write itself into a batch with the
// analyst's choices.
type pending struct {
	change int // index in Plan.Changes
	write  func(b *app.Batch, fields []Field)
}

// compareKind compares their items of one kind (already on our ids) with
// ours: an id ours lacks is an add (given to add), an item that differs is
// a change, the rest are the same.
func compareKind[T any](m *matcher, s spec[T], ours, theirs []T, add func(T)) {
	byID := make(map[string]int, len(ours))
	for i := range ours {
		byID[s.id(&ours[i])] = i
	}
	p := m.plan
	for i := range theirs {
		t := theirs[i]
		id := s.id(&t)
		j, ok := byID[id]
		if !ok {
			add(t)
			p.Adds = append(p.Adds, Item{Kind: s.kind, ID: id, Title: s.title(&t)})
			continue
		}
		o := ours[j]
		fields := diff(s.fields, &o, &t)
		item := Item{Kind: s.kind, ID: id, Title: s.title(&o)}
		if len(fields) == 0 {
			p.Same = append(p.Same, item)
			continue
		}
		p.Changes = append(p.Changes, Change{Item: item, TheirID: m.theirID(id), Fields: fields})
		p.pending = append(p.pending, pending{change: len(p.Changes) - 1, write: func(b *app.Batch, fields []Field) {
			x := merged(s.fields, fields, o, t)
			if s.cites != nil {
				have := map[string]bool{}
				for _, c := range *s.cites(&o) {
					have[citeKey(c)] = true
				}
				for _, c := range *s.cites(&x) {
					if !have[citeKey(c)] {
						c.ID, c.Item = "", id
						b.Citations = append(b.Citations, c)
					}
				}
				*s.cites(&x) = nil
			}
			s.update(b, x)
		}})
	}
}

// compareFigures compares figures and, inside each figure both copies
// have, their claims; a new claim of a figure ours has is added to it.
func (m *matcher) compareFigures(ours, theirs []app.Figure) {
	p := m.plan
	ourFig := map[string]*app.Figure{}
	for i := range ours {
		ourFig[ours[i].ID] = &ours[i]
	}
	compareKind(m, figureSpec(m), ours, theirs, func(f app.Figure) {
		p.adds.Figures = append(p.adds.Figures, f)
		for _, c := range f.Claims {
			p.Adds = append(p.Adds, Item{Kind: app.KindClaim, ID: c.ID, Title: c.Text})
		}
	})
	for _, t := range theirs {
		o := ourFig[t.ID]
		if o == nil {
			continue
		}
		compareKind(m, claimSpec(m), o.Claims, t.Claims, func(c app.Claim) { p.newClaims = append(p.newClaims, c) })
	}
}

// theirID returns the id their copy gives the item that has our id.
func (m *matcher) theirID(ours string) string {
	if t, ok := m.theirOf[ours]; ok {
		return t
	}
	return ours
}

// Batch returns what the import writes with the choices now in
// p.Changes: every add, and every change as ours with the fields taken
// from theirs, the list entries of theirs kept beside ours, and their
// citations ours lacks as new citations. It is one change for Undo,
// labelled "import ‘SOURCE’".
func (p *Plan) Batch() app.Batch {
	b := app.Batch{Label: "import " + app.Quoted(p.Source), Create: cloneData(p.adds), NewClaims: append([]app.Claim(nil), p.newClaims...)}
	if p.Source == "" {
		b.Label = "import into this case"
	}
	for _, pc := range p.pending {
		pc.write(&b, p.Changes[pc.change].Fields)
	}
	return b
}

// cloneData copies the lists of d so that a batch can be written (the
// store writes ids back) without changing the plan.
func cloneData(d app.CaseData) app.CaseData {
	out := d
	out.Sources = append([]app.Source(nil), d.Sources...)
	out.People = append([]app.Person(nil), d.People...)
	out.Organizations = append([]app.Organization(nil), d.Organizations...)
	out.Relations = append([]app.Relation(nil), d.Relations...)
	out.Events = append([]app.Event(nil), d.Events...)
	out.Figures = append([]app.Figure(nil), d.Figures...)
	out.Annotations = append([]app.Annotation(nil), d.Annotations...)
	return out
}

// Describe writes the plan for a person to read, as the command line's
// merge --dry-run prints it: a count line, then every add, every change
// with each field's two values and the choice, and the number of items
// that are the same.
func (p *Plan) Describe(w io.Writer) error {
	fmt.Fprintf(w, "%s to add, %s to change, %s the same.\n", app.Plural(len(p.Adds), "item"), app.Plural(len(p.Changes), "item"), app.Plural(len(p.Same), "item"))
	for _, a := range p.Adds {
		fmt.Fprintf(w, "add %s %s\n", a.Kind.Label(), app.Quoted(a.Title))
	}
	for _, c := range p.Changes {
		fmt.Fprintf(w, "change %s %s\n", c.Kind.Label(), app.Quoted(c.Title))
		for _, f := range c.Fields {
			fmt.Fprintf(w, "  %s: ours %s; theirs %s (%s)\n", f.Name, value(f.Ours), value(f.Theirs), f.Take)
		}
	}
	_, err := fmt.Fprintf(w, "%s already the same.\n", app.Plural(len(p.Same), "item"))
	return err
}

// value quotes a field's value on one line, cut at 120 characters.
func value(s string) string {
	if s == "" {
		return "(empty)"
	}
	return "‘" + app.Shorten(app.OneLine(s), 120) + "’"
}
