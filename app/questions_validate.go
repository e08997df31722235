package app

import "fmt"

// Validate checks a question's own fields, its hypotheses, its evidence
// rows and its conclusion (not that the evidence's items exist: the store
// checks that). Errors name the field: "hypotheses[2].text".
func (q *Question) Validate() error {
	if err := firstErr(
		required("text", "question", q.Text),
		maxLen("text", "question", q.Text, MaxNameLen),
	); err != nil {
		return err
	}
	if n := len(q.Hypotheses); n < MinHypotheses || n > MaxHypotheses {
		return FieldError("hypotheses", "A question needs %d to %d hypotheses, not %d.", MinHypotheses, MaxHypotheses, n)
	}
	seen := map[string]bool{}
	for i := range q.Hypotheses {
		h := &q.Hypotheses[i]
		if err := h.Validate(); err != nil {
			return prefixField(err, fmt.Sprintf("hypotheses[%d].", i))
		}
		if h.ID != "" && seen[h.ID] {
			return FieldError(fmt.Sprintf("hypotheses[%d].id", i), "Two hypotheses have the id %q.", h.ID)
		}
		seen[h.ID] = true
	}
	rows := map[string]bool{}
	for i := range q.Evidence {
		e := &q.Evidence[i]
		if err := e.Validate(q); err != nil {
			return prefixField(err, fmt.Sprintf("evidence[%d].", i))
		}
		if e.ID != "" && rows[e.ID] {
			return FieldError(fmt.Sprintf("evidence[%d].id", i), "Two evidence rows have the id %q.", e.ID)
		}
		rows[e.ID] = true
	}
	return prefixField(q.Conclusion.validate(q), "conclusion.")
}

// Validate checks a hypothesis's statement.
func (h *Hypothesis) Validate() error {
	return firstErr(
		required("text", "hypothesis", h.Text),
		maxLen("text", "hypothesis", h.Text, MaxNameLen),
	)
}

// Validate checks an evidence row of question q: an item or an
// assumption (not both), its levels, and ratings that are one of the six
// and name hypotheses of q.
func (e *Evidence) Validate(q *Question) error {
	switch {
	case e.Item == "" && e.Assumption == "":
		return FieldError("item", "An evidence row needs an item of the case or the text of an assumption.")
	case e.Item != "" && e.Assumption != "":
		return FieldError("assumption", "An evidence row is either an item of the case or an assumption, not both.")
	}
	if err := firstErr(
		maxLen("assumption", "assumption", e.Assumption, MaxTextLen),
		maxLen("note", "evidence note", e.Note, MaxTextLen),
		validLevel("credibility", e.Credibility),
		validLevel("relevance", e.Relevance),
	); err != nil {
		return err
	}
	for h, r := range e.Ratings {
		if !r.Valid() {
			return FieldError("ratings", "The rating %q is not one of CC, C, N, I, II or NA.", string(r))
		}
		if q != nil && q.Hypothesis(h) == nil {
			return FieldError("ratings", "A rating names the hypothesis %q, which the question does not have.", h)
		}
	}
	return nil
}

func validLevel(field string, l Level) error {
	switch l {
	case "", LevelHigh, LevelMedium, LevelLow:
		return nil
	}
	return FieldError(field, "The %s %q is not high, medium or low.", field, string(l))
}

func (c *Conclusion) validate(q *Question) error {
	if c.Hypothesis != "" && q.Hypothesis(c.Hypothesis) == nil {
		return FieldError("hypothesis", "The conclusion names the hypothesis %q, which the question does not have.", c.Hypothesis)
	}
	if c.Likelihood != "" {
		if _, ok := YardstickPHIA.Likelihood(c.Likelihood); !ok {
			return FieldError("likelihood", "The likelihood %q is not a word of the PHIA or ICD 203 yardsticks.", c.Likelihood)
		}
	}
	switch c.Confidence {
	case "", ConfidenceLow, ConfidenceModerate, ConfidenceHigh:
	default:
		return FieldError("confidence", "The confidence %q is not low, moderate or high.", string(c.Confidence))
	}
	return firstErr(
		maxLen("reasoning", "reasoning", c.Reasoning, MaxTextLen),
		maxLen("indicators", "indicators", c.Indicators, MaxTextLen),
	)
}

// prefixField puts prefix before the field of an *Error (a copy); other
// errors and nil pass through.
func prefixField(err error, prefix string) error {
	e, ok := err.(*Error)
	if !ok || e == nil {
		return err
	}
	c := *e
	if c.Field != "" {
		c.Field = prefix + c.Field
	} else {
		c.Field = prefix[:len(prefix)-1]
	}
	return &c
}
