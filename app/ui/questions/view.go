package questions

import (
	"fmt"
	"slices"
	"strings"

	"casefile/app"
)

// rowView is one evidence row as the matrix shows it.
type rowView struct {
	idx         int // the row's index in the question's evidence
	e           *app.Evidence
	origin      app.EvidenceOrigin
	cred        app.Level
	credDefault bool // cred is derived from the grade, not set
	spread      int  // diagnosticity, 0 for a non-diagnostic row
	sensitive   bool // leaving it out changes the least inconsistent
	sig         string
}

// view is what the matrix shows of a question: the columns in display
// order, the rows shown, and the scores.
type view struct {
	// q is the question in the session's index. A change replaces what it
	// points to, so what the view showed is kept in qid, colSig and the
	// rows' sig, for changedRows.
	q      *app.Question
	qid    string
	colSig []string
	assess app.Assessment
	cols   []int     // hypothesis indexes, in display order
	rows   []rowView // the rows shown
	hidden int       // non-diagnostic rows left out
}

// buildView computes the matrix of q: scores over every row (hidden or
// not), columns in the question's order or, with ordered, from least to
// most inconsistent, and rows without the non-diagnostic ones when hide.
func buildView(q *app.Question, f *app.ItemFinder, ordered, hide bool) view {
	v := view{q: q, qid: q.ID}
	creds := f.Credibilities(q)
	v.assess = q.Assess(creds)
	if ordered {
		v.cols = v.assess.Order
	} else {
		for i := range q.Hypotheses {
			v.cols = append(v.cols, i)
		}
	}
	for i := range q.Evidence {
		e := &q.Evidence[i]
		r := rowView{idx: i, e: e, origin: f.Origin(e), cred: creds[i], credDefault: e.Credibility == "",
			spread: v.assess.Spread[i], sensitive: v.assess.Sensitive[i]}
		if hide && r.spread == 0 {
			v.hidden++
			continue
		}
		r.sig = v.signature(&r)
		v.rows = append(v.rows, r)
	}
	for _, c := range v.cols {
		v.colSig = append(v.colSig, q.Hypotheses[c].ID+"|"+q.Hypotheses[c].Text)
	}
	return v
}

// hypothesisLabel names column c's hypothesis by its number in the
// question's own order: "H2".
func hypothesisLabel(c int) string { return fmt.Sprintf("H%d", c+1) }

// evidenceLabel names a row by its number in the question's order: "E3".
func evidenceLabel(idx int) string { return fmt.Sprintf("E%d", idx+1) }

// scoreLine writes a column's scores: "against 3 · weighted 2.41".
func (v *view) scoreLine(h int) string {
	s := v.assess.Scores[h]
	return fmt.Sprintf("against %d · weighted %.2f", s.Inconsistency, s.Weighted)
}

// isLeast reports whether hypothesis h is (one of) the least inconsistent.
func (v *view) isLeast(h int) bool {
	if len(v.q.Evidence) == 0 {
		return false
	}
	for _, l := range v.assess.Least {
		if l == h {
			return true
		}
	}
	return false
}

// detail writes a row's second line: where it came from and its weights.
func (r *rowView) detail() string {
	var parts []string
	switch {
	case r.e.IsAssumption():
		parts = append(parts, "ASSUMPTION")
	case r.origin.Kind == "":
		parts = append(parts, "missing item")
	default:
		k := r.origin.Kind.Label()
		if r.origin.Source != nil {
			k += " · " + app.Shorten(sourceName(r.origin.Source), 28)
		}
		parts = append(parts, k)
		if r.origin.Grade != "" {
			parts = append(parts, r.origin.Grade, r.origin.Interest.Words())
		}
	}
	cred := "credibility " + levelWord(r.cred)
	if r.credDefault {
		cred += " (from grade)"
	}
	parts = append(parts, cred, "relevance "+levelWord(r.e.RelevanceLevel()))
	return strings.Join(parts, " · ")
}

// marks writes a row's flags: non-diagnostic, sensitive.
func (r *rowView) marks() string {
	var m []string
	if r.sensitive {
		m = append(m, "◆ the result rests on it")
	}
	if r.spread == 0 {
		m = append(m, "non-diagnostic")
	}
	return strings.Join(m, " · ")
}

func sourceName(s *app.Source) string {
	if s.Publisher != "" {
		return s.Publisher
	}
	return s.Title
}

// summary writes what the matrix says, in one line under it.
func (v *view) summary() string {
	q := v.q
	if len(q.Evidence) == 0 {
		return "No evidence yet: add items of the case or assumptions, then rate each against every hypothesis."
	}
	var least []string
	for _, h := range v.assess.Least {
		least = append(least, hypothesisLabel(h)+" "+app.Quoted(q.Hypotheses[h].Text))
	}
	s := "Least evidence against: " + app.JoinAnd(least) + "."
	var rests []string
	for i, sens := range v.assess.Sensitive {
		if sens {
			rests = append(rests, evidenceLabel(i))
		}
	}
	if len(rests) > 0 {
		s += " It would change without " + app.JoinAnd(rests) + ": check their sources first."
	} else {
		s += " Leaving out any one row would not change it."
	}
	if v.hidden > 0 {
		s += fmt.Sprintf(" %s hidden.", app.Plural(v.hidden, "non-diagnostic row"))
	}
	return s
}

// signature is what a row shows, to tell whether it must be drawn again.
func (v *view) signature(r *rowView) string {
	var b strings.Builder
	b.WriteString(r.e.ID)
	for _, c := range v.cols {
		b.WriteByte('|')
		b.WriteString(string(r.e.Ratings[v.q.Hypotheses[c].ID]))
	}
	fmt.Fprintf(&b, "|%s|%s|%d|%v|%s|%s|%s", r.cred, r.e.Relevance, r.spread, r.sensitive, r.origin.Title, r.e.Note, r.e.Assumption)
	return b.String()
}

// changedRows compares the view before (v) with the one after (n): same
// is false when rows or columns differ (redraw all); otherwise changed
// lists the rows whose cells differ.
func (v *view) changedRows(n *view) (changed []int, same bool) {
	if v.q == nil || v.qid != n.qid || len(v.rows) != len(n.rows) || !slices.Equal(v.colSig, n.colSig) {
		return nil, false
	}
	for i := range v.rows {
		if v.rows[i].idx != n.rows[i].idx || !strings.HasPrefix(v.rows[i].sig, n.rows[i].e.ID+"|") {
			return nil, false
		}
		if v.rows[i].sig != n.rows[i].sig {
			changed = append(changed, i)
		}
	}
	return changed, true
}
