package exchange

import "casefile/app"

// Disputed questions in Casefile JSON: "questions": [{id, question,
// hypotheses: [{id, text}], evidence: [{id, item | assumption,
// credibility, relevance, note, ratings: {hypothesis id: rating}}],
// conclusion: {hypothesis, likelihood, confidence, reasoning,
// indicators}}], and the case's "yardstick". See docs/FORMAT.md.

var (
	questionKeys   = []string{"id", "question", "hypotheses", "evidence", "conclusion"}
	hypothesisKeys = []string{"id", "text"}
	evidenceKeys   = []string{"id", "item", "assumption", "credibility", "relevance", "note", "ratings"}
	conclusionKeys = []string{"hypothesis", "likelihood", "confidence", "reasoning", "indicators"}
	levelNames     = []string{string(app.LevelHigh), string(app.LevelMedium), string(app.LevelLow)}
	ratingNames    = stringsOf(app.Ratings)
	yardstickNames = []string{string(app.YardstickICD203)}
)

func (e *encoder) questions(qs []app.Question) {
	list(e, "questions", qs, func(q *app.Question) {
		e.open('{')
		e.str("id", q.ID)
		e.str("question", q.Text)
		list(e, "hypotheses", q.Hypotheses, func(h *app.Hypothesis) {
			e.open('{')
			e.str("id", h.ID)
			e.str("text", h.Text)
			e.close('}')
		})
		list(e, "evidence", q.Evidence, func(v *app.Evidence) { e.evidence(q, v) })
		if c := q.Conclusion; !c.IsZero() {
			e.key("conclusion")
			e.open('{')
			e.opt("hypothesis", c.Hypothesis)
			e.opt("likelihood", c.Likelihood)
			e.opt("confidence", string(c.Confidence))
			e.opt("reasoning", c.Reasoning)
			e.opt("indicators", c.Indicators)
			e.close('}')
		}
		e.close('}')
	})
}

// evidence writes one row; its ratings in the order of the question's
// hypotheses.
func (e *encoder) evidence(q *app.Question, v *app.Evidence) {
	e.open('{')
	e.str("id", v.ID)
	e.opt("item", v.Item)
	e.opt("assumption", v.Assumption)
	e.opt("credibility", string(v.Credibility))
	e.opt("relevance", string(v.Relevance))
	e.opt("note", v.Note)
	rated := false
	for _, h := range q.Hypotheses {
		if v.Ratings[h.ID] != app.RatingUnrated {
			rated = true
		}
	}
	if rated {
		e.key("ratings")
		e.open('{')
		for _, h := range q.Hypotheses {
			e.opt(h.ID, string(v.Ratings[h.ID]))
		}
		e.close('}')
	}
	e.close('}')
}

func (d *decoder) question(o obj) app.Question {
	before := len(d.problems)
	q := app.Question{ID: o.id(app.KindQuestion)}
	q.Text = o.required("question", "question")
	q.Hypotheses = decodeList(d, o, "hypotheses", hypothesisKeys, d.hypothesis)
	if n := len(q.Hypotheses); n < app.MinHypotheses || n > app.MaxHypotheses {
		off := o.n.off
		if v := o.get("hypotheses"); v != nil {
			off = v.off
		}
		d.fail(o.at("hypotheses"), off, "A question needs %d to %d hypotheses, not %d.", app.MinHypotheses, app.MaxHypotheses, n)
	}
	q.Evidence = decodeList(d, o, "evidence", evidenceKeys, func(v obj) app.Evidence { return d.evidenceRow(v, &q) })
	if v := o.get("conclusion"); v != nil {
		c := d.object(o.at("conclusion"), v, conclusionKeys)
		q.Conclusion = app.Conclusion{
			Hypothesis: c.str("hypothesis"),
			Likelihood: c.str("likelihood"),
			Confidence: app.Confidence(c.enum("confidence", stringsOf(app.Confidences), "confidence")),
			Reasoning:  c.str("reasoning"),
			Indicators: c.str("indicators"),
		}
		if l := q.Conclusion.Likelihood; l != "" {
			if _, ok := app.YardstickPHIA.Likelihood(l); !ok {
				d.fail(c.at("likelihood"), c.get("likelihood").off, "The likelihood %q is not a word of the PHIA or ICD 203 yardsticks.", l)
			}
		}
		if h := q.Conclusion.Hypothesis; h != "" && q.Hypothesis(h) == nil {
			d.fail(c.at("hypothesis"), c.get("hypothesis").off, "The conclusion names the hypothesis %q, which this question does not have.", h)
		}
	}
	d.check(o.path, o.n.off, before, q.Validate)
	return q
}

func (d *decoder) hypothesis(o obj) app.Hypothesis {
	before := len(d.problems)
	h := app.Hypothesis{ID: o.id("hypothesis"), Text: o.required("text", "hypothesis")}
	d.check(o.path, o.n.off, before, h.Validate)
	return h
}

func (d *decoder) evidenceRow(o obj, q *app.Question) app.Evidence {
	before := len(d.problems)
	v := app.Evidence{ID: o.id("evidence row")} // ids are unique across the document, rows' too
	v.Item = o.ref("item", refEvidence, false, "evidence's item")
	v.Assumption = o.str("assumption")
	if v.Item == "" && v.Assumption == "" {
		d.fail(o.path, o.n.off, "An evidence row needs an item of the case (\"item\") or the text of an assumption (\"assumption\").")
	}
	v.Credibility = app.Level(o.enum("credibility", levelNames, "credibility"))
	v.Relevance = app.Level(o.enum("relevance", levelNames, "relevance"))
	v.Note = o.str("note")
	if r := o.get("ratings"); r != nil {
		// The keys are the question's hypothesis ids, checked one by one.
		if r.kind != kindObject {
			o.typeErr("ratings", r, "an object of ratings by hypothesis id")
		} else {
			v.Ratings = map[string]app.Rating{}
			for i := range r.members {
				m := &r.members[i]
				path := joinKey(o.at("ratings"), m.key)
				switch {
				case q.Hypothesis(m.key) == nil:
					d.fail(path, m.val.off, "The question has no hypothesis with the id %q.", m.key)
				case m.val.kind != kindString:
					d.fail(path, m.val.off, "Expected a rating (%s), found %s.", orList(ratingNames), m.val.kind.label())
				case !contains(ratingNames, m.val.s):
					d.fail(path, m.val.off, "The rating %q is not one of %s.", m.val.s, orList(ratingNames))
				default:
					v.Ratings[m.key] = app.Rating(m.val.s)
				}
			}
			if len(v.Ratings) == 0 {
				v.Ratings = nil // "ratings": {} is no ratings, as Encode writes it
			}
		}
	}
	d.check(o.path, o.n.off, before, func() error { return v.Validate(q) })
	return v
}
