package reader

import (
	"strconv"
	"strings"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/widgets"
)

// What the view marks in the text: the quotes from the source, by what
// they are linked to, and the names not linked yet.

// itemRef names an item of the case.
type itemRef struct {
	kind app.Kind
	id   string
}

// quoteMark is a quote from the shown source: a citation's (of an event,
// person, organization, relation or claim) or a note's, and where it
// stands in the text now.
type quoteMark struct {
	kind  app.Kind // the cited item's kind; KindAnnotation for a note
	item  string   // the cited item's id; "" for a note
	cite  app.Citation
	note  app.Annotation
	quote app.Quote
	at    anchor.Result
}

// summary is the line above the text: what is highlighted, and how.
func (v *View) summary() string {
	if v.editing {
		return "Quotes are re-anchored when you finish editing."
	}
	if v.shownText == "" {
		return ""
	}
	found := 0
	for i := range v.marks {
		if v.marks[i].at.Anchored() {
			found++
		}
	}
	var parts []string
	if found > 0 {
		parts = append(parts, app.Plural(found, "quote"))
	}
	names := map[string]bool{}
	for _, h := range v.hits {
		names[h.ID] = true
	}
	if n := len(names); n > 0 {
		parts = append(parts, app.Plural(n, "name")+" not linked yet (dotted)")
	}
	if len(parts) == 0 && !v.h.ReadOnly {
		return "Select words in the text to make an event, a person, a claim or a note from them."
	}
	return strings.Join(parts, " · ")
}

// highlights are the view's highlights: each quote found, then each name
// not linked yet.
func (v *View) highlights() []widgets.Highlight {
	hs := make([]widgets.Highlight, 0, len(v.marks)+len(v.hits))
	for i := range v.marks {
		m := &v.marks[i]
		if !m.at.Anchored() {
			continue
		}
		hs = append(hs, widgets.Highlight{Start: m.at.Start, End: m.at.End, Kind: highlightKind(m.kind),
			Label: v.markLabel(m), ID: "q" + strconv.Itoa(i)})
	}
	for i, h := range v.hits {
		hs = append(hs, widgets.Highlight{Start: h.Start, End: h.End, Kind: widgets.HighlightSuggestion,
			Label: app.Shorten(v.h.Index().ActorName(h.ID), 50) + " (" + h.Kind.Label() + ") · not linked yet: click to link",
			ID:    "s" + strconv.Itoa(i)})
	}
	return hs
}

// highlightKind is how a quote of an item of kind k is drawn.
func highlightKind(k app.Kind) string {
	switch k {
	case app.KindEvent:
		return widgets.HighlightEvent
	case app.KindPerson:
		return widgets.HighlightPerson
	case app.KindOrganization:
		return widgets.HighlightOrganization
	case app.KindClaim:
		return widgets.HighlightClaim
	case app.KindAnnotation:
		return widgets.HighlightNote
	}
	return string(k) // a relation: a plain grey underline, named on hover
}

// markLabel says what a quote is linked to ("Person: Arben Çuçi").
func (v *View) markLabel(m *quoteMark) string {
	return v.itemLabel(m.kind, m.item, m.note.Note)
}

// itemLabel names an item with its kind, for tooltips and menus: "Event:
// Police raid", "Claim: “some 100” — People injured", "Note: …".
func (v *View) itemLabel(k app.Kind, id, note string) string {
	switch k {
	case app.KindAnnotation:
		return "Note: " + app.Shorten(app.OneLine(note), 70)
	case app.KindClaim:
		f, c := v.h.Index().Claim(id)
		if c == nil {
			return "Claim"
		}
		return "Claim: “" + app.Shorten(c.Text, 30) + "” — " + app.Shorten(f.Question, 40)
	}
	word := k.Label()
	if word != "" {
		word = strings.ToUpper(word[:1]) + word[1:]
	}
	return word + ": " + app.Shorten(v.h.Index().ItemName(k, id), 60)
}

// quoteMarks lists the quotes from source src: the citations of events,
// people, organizations, relations and claims that quote it, and the
// notes on its text.
func quoteMarks(d *app.CaseData, src string) []quoteMark {
	var out []quoteMark
	add := func(k app.Kind, item string, cs []app.Citation) {
		for _, c := range cs {
			if c.Source == src && c.Quote != nil && c.Quote.Exact != "" {
				out = append(out, quoteMark{kind: k, item: item, cite: c, quote: *c.Quote})
			}
		}
	}
	for _, e := range d.Events {
		add(app.KindEvent, e.ID, e.Citations)
	}
	for _, p := range d.People {
		add(app.KindPerson, p.ID, p.Citations)
	}
	for _, o := range d.Organizations {
		add(app.KindOrganization, o.ID, o.Citations)
	}
	for _, r := range d.Relations {
		add(app.KindRelation, r.ID, r.Citations)
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			add(app.KindClaim, c.ID, c.Citations)
		}
	}
	for _, n := range d.Annotations {
		if n.Source == src && n.Quote != nil && n.Quote.Exact != "" {
			out = append(out, quoteMark{kind: app.KindAnnotation, note: n, quote: *n.Quote})
		}
	}
	return out
}

// onHighlightTapped opens what a highlight is linked to: the item (Back
// returns here), a note to edit, or, for a name not linked yet, cites
// this source for it with the quote of that occurrence.
func (v *View) onHighlightTapped(h widgets.Highlight) {
	if len(h.ID) < 2 {
		return
	}
	i, err := strconv.Atoi(h.ID[1:])
	if err != nil {
		return
	}
	switch h.ID[0] {
	case 'q':
		if i < len(v.marks) {
			v.openMark(v.marks[i])
		}
	case 's':
		if i < len(v.hits) {
			v.linkSuggestion(v.hits[i])
		}
	}
}

// openMark goes to the item a quote is linked to, or edits a note.
func (v *View) openMark(m quoteMark) {
	if m.kind == app.KindAnnotation {
		v.editNote(m.note)
		return
	}
	v.h.Nav.GoTo(m.kind, m.item)
}
