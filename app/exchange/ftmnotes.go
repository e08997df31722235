package exchange

import (
	"strings"

	"casefile/app"
)

// ftmNotes writes what FtM has no schema for as Note entities, each with
// its text as description (a Note's caption) and the entities it is about
// as entity:
//
//   - a disputed figure: name "Disputed figure: " and the question;
//     description the summary line (the analyst's, else the generated
//     one), the unit and the assessment; entity the figure's event;
//   - each claim: name the claimant's name (or "Claim") and the amount
//     ("NCRI: at least 1,000 people injured in the raid"); description the
//     phrase as said, its numbers and qualifier, the date it speaks of,
//     the source's title and the Admiralty grade ("B3"); notes the claim's
//     note; entity the claimant and the figure's event; proof the source;
//   - each annotation: name "Annotation on " and the source's title;
//     summary the quote; description the note; entity and proof the
//     source.
//
// Notes come after every other entity: figures with their claims in the
// case's order, then annotations. The Notes of figures and claims have the
// keyword "disputed figure" or "claim".
func ftmNotes(d *app.CaseData, x *caseIndex) []*ftmEntity {
	var out []*ftmEntity
	for i := range d.Figures {
		f := &d.Figures[i]
		e := newEntity("Note", f.ID)
		e.add("name", "Disputed figure: "+f.Question)
		e.add("keywords", ftmFigureKeyword)
		e.add("description", joinSentences(d.FigureSummary(f), unitSentence(f.Unit), f.Assessment))
		if f.Event != "" {
			e.add("entity", ftmID(f.Event))
		}
		out = append(out, e)
		for j := range f.Claims {
			out = append(out, ftmClaim(f, &f.Claims[j], x))
		}
	}
	for i := range d.Annotations {
		a := &d.Annotations[i]
		e := newEntity("Note", a.ID)
		e.add("name", "Annotation on "+x.sourceTitle(a.Source))
		if a.Quote != nil {
			e.add("summary", "“"+a.Quote.Exact+"”")
		}
		e.add("description", a.Note)
		if len(e.Properties["description"]) == 0 {
			e.add("description", "Marked in the text.")
		}
		e.add("entity", ftmID(a.Source))
		e.add("proof", ftmID(a.Source))
		out = append(out, e)
	}
	return out
}

// The keywords of the Notes of disputed figures and claims, by which
// DecodeFTM knows them.
const (
	ftmFigureKeyword = "disputed figure"
	ftmClaimKeyword  = "claim"
)

func ftmClaim(f *app.Figure, c *app.Claim, x *caseIndex) *ftmEntity {
	e := newEntity("Note", c.ID)
	who := "Claim"
	if c.Claimant != "" {
		who = x.actor(c.Claimant)
	}
	amount := strings.TrimSpace(c.Amount() + " " + f.Question)
	e.add("name", who+": "+amount)
	e.add("keywords", ftmClaimKeyword)
	var parts []string
	if t := strings.TrimSpace(c.Text); t != "" {
		parts = append(parts, "As said: “"+t+"”.")
	}
	if c.Qualifier != "" {
		parts = append(parts, "Read as "+string(c.Qualifier)+": "+rangeWords(c)+".")
	}
	if !c.AsOf.IsZero() {
		parts = append(parts, "As of "+humanDate(c.AsOf, false)+".")
	}
	src := "Source: " + x.sourceTitle(c.Source)
	if s := x.sources[c.Source]; s != nil {
		if g := app.Grade(s.Reliability, c.Credibility); g != "" {
			src += ", graded " + g + " (Admiralty)"
		}
	}
	parts = append(parts, src+".")
	e.add("description", strings.Join(parts, " "))
	e.add("notes", c.Note)
	if c.Claimant != "" {
		e.add("entity", ftmID(c.Claimant))
	}
	if f.Event != "" {
		e.add("entity", ftmID(f.Event))
	}
	e.add("proof", ftmID(c.Source))
	return e
}

// rangeWords writes a claim's numbers: "3000", "100–200", "at least 3000".
func rangeWords(c *app.Claim) string {
	switch {
	case c.Low == nil && c.High == nil:
		return "no number"
	case c.High == nil:
		return "from " + numberCell(c.Low)
	case c.Low == nil:
		return "up to " + numberCell(c.High)
	case *c.Low == *c.High:
		return numberCell(c.Low)
	}
	return numberCell(c.Low) + "–" + numberCell(c.High)
}

func unitSentence(unit string) string {
	if strings.TrimSpace(unit) == "" {
		return ""
	}
	return "Unit: " + unit
}

// joinSentences joins the non-blank parts as sentences.
func joinSentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = sentence(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}
