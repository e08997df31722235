package briefing

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"casefile/app"
	"casefile/app/ach"
)

// The "Disputed questions" section: for each question, its conclusion in
// the case's likelihood words, the matrix as symbols with its legend, the
// scores, the most diagnostic evidence with their quotes, and the rows the
// result rests on. A question's matrix is a table, so a long one goes on
// over pages with its header repeated.

// maxDiagnostic is how many of the most diagnostic rows are quoted.
const maxDiagnostic = 3

// ratingLegend explains the marks.
func ratingLegend() string {
	var parts []string
	for _, r := range app.Ratings {
		parts = append(parts, r.Mark()+" "+r.Words())
	}
	return "Marks: " + strings.Join(parts, ", ") + "; · not rated. A hypothesis scores 1 for each row rated inconsistent with it and 2 for very inconsistent; " +
		"the weighted score multiplies each by the row's credibility and relevance (high √2, medium 1, low 1/√2), shown as Weight: credibility·relevance, H high, M medium, L low. " +
		"The hypothesis with the least evidence against it is marked ★; ◆ marks a row without which another hypothesis would lead."
}

// judgement writes a conclusion as a sentence: "‘H’ is a realistic
// possibility (40–50%), with low confidence." It is "" with no conclusion.
func (b *builder) judgement(q *app.Question) string {
	c := q.Conclusion
	h := q.Hypothesis(c.Hypothesis)
	if h == nil {
		return ""
	}
	s := "‘" + app.OneLine(clean(h.Text)) + "’"
	if l, ok := b.data.Case.Yardstick.Likelihood(c.Likelihood); ok {
		s += ": " + l.Words + " (" + l.Range() + ")"
	}
	if c.Confidence != "" {
		s += ", with " + string(c.Confidence) + " confidence"
	}
	return s + "."
}

// leastLine names the hypotheses with the least evidence against them.
func leastLine(q *app.Question, a app.Assessment) string {
	if len(q.Evidence) == 0 {
		return "no evidence has been rated yet"
	}
	var hs []string
	for _, i := range a.Least {
		hs = append(hs, "H"+strconv.Itoa(i+1)+" ‘"+app.OneLine(clean(q.Hypotheses[i].Text))+"’")
	}
	return "least evidence against: " + app.JoinAnd(hs)
}

// questionLines are the bottom line's sentences, one per question.
func (b *builder) questionLines() []Block {
	if len(b.data.Questions) == 0 {
		return nil
	}
	f := app.NewItemFinder(b.data)
	out := []Block{label("Disputed questions")}
	for i := range b.data.Questions {
		q := &b.data.Questions[i]
		s := b.judgement(q)
		if s == "" {
			s = "No conclusion yet; " + leastLine(q, q.Assess(f.Credibilities(q))) + "."
		}
		t := Text{{Text: app.OneLine(clean(q.Text)), Bold: true}, {Text: " " + s}}
		out = append(out, Block{Paragraph: &Paragraph{Style: StyleBody, Bullet: true, Text: t}})
	}
	return out
}

func (b *builder) questions() []Block {
	f := app.NewItemFinder(b.data)
	out := []Block{note(ratingLegend())}
	for i := range b.data.Questions {
		out = append(out, b.question(&b.data.Questions[i], f)...)
	}
	return out
}

func (b *builder) question(q *app.Question, f *app.ItemFinder) []Block {
	creds := f.Credibilities(q)
	a := q.Assess(creds)
	out := []Block{{Heading: &Heading{Text: app.OneLine(clean(q.Text)), Bookmark: true}}}
	if s := b.judgement(q); s != "" {
		out = append(out, Block{Paragraph: &Paragraph{Style: StyleLead, Text: Text{{Text: "Judgement: ", Bold: true}, {Text: s}}}})
	} else {
		out = append(out, note("No conclusion has been drawn yet."))
	}
	out = append(out, paragraphs(q.Conclusion.Reasoning, StyleBody)...)
	if ind := paragraphs(q.Conclusion.Indicators, StyleBody); len(ind) > 0 {
		out = append(out, label("Indicators: what would be seen if the judgement were wrong"))
		out = append(out, ind...)
	}
	out = append(out, label("Hypotheses"))
	for h := range q.Hypotheses {
		s := q.Hypotheses[h]
		mark := ""
		if len(q.Evidence) > 0 && slices.Contains(a.Least, h) {
			mark = " ★"
		}
		t := Text{{Text: "H" + strconv.Itoa(h+1) + mark + " ", Bold: true}, {Text: app.OneLine(clean(s.Text))},
			{Text: "  against " + strconv.Itoa(a.Scores[h].Inconsistency) + ", weighted " + strconv.FormatFloat(a.Scores[h].Weighted, 'f', 2, 64), Small: true}}
		out = append(out, Block{Paragraph: &Paragraph{Style: StyleBody, Bullet: true, Text: t}})
	}
	if len(q.Evidence) == 0 {
		return append(out, note("No evidence has been added to this question yet."))
	}
	out = append(out, label("Evidence against the hypotheses"), Block{Table: b.matrixTable(q, f, creds, a)})
	out = append(out, b.diagnostic(q, f, creds, a)...)
	// The sensitivity line closes the question: never alone on a page.
	out[len(out)-1].Paragraph.KeepWithNext = true
	return append(out, b.sensitivity(q, f, a))
}

// evidenceText is a row's item with its source numbers.
func (b *builder) evidenceText(e *app.Evidence, f *app.ItemFinder) Text {
	if e.IsAssumption() {
		return Text{{Text: "Assumption: ", Bold: true}, {Text: app.OneLine(clean(e.Assumption)), Italic: true}}
	}
	o := f.Origin(e)
	t := plain(app.OneLine(clean(o.Title)))
	if o.Source != nil {
		t = append(t, Span{Text: " "}, b.cite(o.Source.ID))
	}
	return t
}

func (b *builder) matrixTable(q *app.Question, f *app.ItemFinder, creds []app.Level, a app.Assessment) *Table {
	titles := []string{"#", "Evidence", "Grade", "Weight"}
	rel := []float64{7, 56, 13, 14}
	align := []string{"R", "", "C", "C"}
	for h := range q.Hypotheses {
		titles = append(titles, "H"+strconv.Itoa(h+1))
		rel = append(rel, 10)
		align = append(align, "C")
	}
	t := &Table{Columns: b.columns(titles, rel, align...)}
	for i := range q.Evidence {
		e := &q.Evidence[i]
		o := f.Origin(e)
		ev := b.evidenceText(e, f)
		if a.Sensitive[i] {
			ev = append(Text{{Text: "◆ ", Bold: true}}, ev...)
		}
		if a.Spread[i] == 0 {
			ev = lines(ev, small(Text{{Text: "non-diagnostic", Italic: true}}))
		}
		weight := plain(abbrev(creds[i]) + "·" + abbrev(e.RelevanceLevel()))
		cells := []Text{plain("E" + strconv.Itoa(i+1)), ev, boldText(o.Grade), weight}
		for _, h := range q.Hypotheses {
			cells = append(cells, boldText(e.Ratings[h.ID].Mark()))
		}
		t.Rows = append(t.Rows, Row{Cells: cells})
	}
	score := []Text{plain(""), boldText("Against (weighted)"), plain(""), plain("")}
	for h := range q.Hypotheses {
		s := a.Scores[h]
		txt := strconv.Itoa(s.Inconsistency) + " (" + strconv.FormatFloat(s.Weighted, 'f', 2, 64) + ")"
		if slices.Contains(a.Least, h) {
			txt = "★ " + txt
		}
		score = append(score, boldText(txt))
	}
	t.Rows = append(t.Rows, Row{Cells: score, Key: true})
	return t
}

// abbrev writes a level in a table cell: H, M, L.
func abbrev(l app.Level) string { return strings.ToUpper(string(l)[:1]) }

// diagnostic quotes the rows that tell the hypotheses apart best: the
// widest spread of ratings, then the heaviest weight.
func (b *builder) diagnostic(q *app.Question, f *app.ItemFinder, creds []app.Level, a app.Assessment) []Block {
	var idx []int
	for i := range q.Evidence {
		if a.Spread[i] > 0 {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return []Block{note("No row tells the hypotheses apart: every row is rated the same for each hypothesis it applies to.")}
	}
	weight := func(i int) float64 { return ach.NewRow(nil, creds[i], q.Evidence[i].RelevanceLevel()).Weight }
	slices.SortStableFunc(idx, func(x, y int) int {
		if c := cmp.Compare(a.Spread[y], a.Spread[x]); c != 0 {
			return c
		}
		return cmp.Compare(weight(y), weight(x))
	})
	out := []Block{label("The most diagnostic evidence")}
	for _, i := range idx[:min(maxDiagnostic, len(idx))] {
		e := &q.Evidence[i]
		t := append(Text{{Text: "E" + strconv.Itoa(i+1) + " ", Bold: true}}, b.evidenceText(e, f)...)
		if o := f.Origin(e); o.Quote != nil && o.Source != nil && strings.TrimSpace(o.Quote.Exact) != "" && o.Kind != app.KindAnnotation {
			t = append(t, Span{Text: "“" + clean(o.Quote.Exact) + "”", Italic: true, Small: true, Break: true}, Span{Text: " ", Small: true}, b.cite(o.Source.ID))
		}
		if n := app.OneLine(clean(e.Note)); n != "" {
			t = append(t, Span{Text: n, Small: true, Break: true})
		}
		out = append(out, Block{Paragraph: &Paragraph{Style: StyleBody, Bullet: true, Text: t}})
	}
	return out
}

// sensitivity names the rows without which the least inconsistent
// hypothesis would change.
func (b *builder) sensitivity(q *app.Question, f *app.ItemFinder, a app.Assessment) Block {
	var rows []string
	for i, s := range a.Sensitive {
		if s {
			rows = append(rows, "E"+strconv.Itoa(i+1))
		}
	}
	if len(rows) == 0 {
		return note("Sensitivity: leaving out any one row would not change which hypothesis has the least evidence against it.")
	}
	return Block{Paragraph: &Paragraph{Style: StyleBody, Text: Text{{Text: "Sensitivity: ", Bold: true},
		{Text: "without " + app.JoinAnd(rows) + " (marked ◆) a different hypothesis would have the least evidence against it; their sources deserve checking first."}}}}
}
