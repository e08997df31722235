package exchange

import (
	"casefile/app"
	"casefile/app/anchor"
)

// Anchor places q in text the way Decode does: it keeps q where it is when
// the text between Start and End (Unicode code points) equals q.Exact, and
// otherwise moves Start and End to an occurrence of q.Exact, choosing among
// repeats the one whose surroundings best match q.Prefix and q.Suffix (and,
// on a tie, the one nearest the old Start). It reports whether q is
// anchored; a quote not found word for word is left unchanged (the
// exchange format keeps it as an orphan rather than guess).
func Anchor(text string, q *app.Quote) bool {
	if q == nil {
		return false
	}
	return anchorIn(anchor.NewText(text), q)
}

// anchorIn is Anchor on a prepared text, so that the quotes of one source
// share one index.
func anchorIn(t *anchor.Text, q *app.Quote) bool {
	r := t.Locate(anchor.Quote(*q))
	if r.Method != anchor.ByPosition && r.Method != anchor.ByQuote {
		return false
	}
	q.Start, q.End = r.Start, r.End
	return true
}

// Anchored reports whether q sits in text exactly at its Start and End.
func Anchored(text string, q app.Quote) bool {
	return q.Exact != "" && anchor.NewText(text).Slice(q.Start, q.End) == q.Exact
}
