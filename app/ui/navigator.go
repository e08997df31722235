package ui

import "casefile/app"

// navigator is what the views built from narrow dependencies (the
// Questions tab) need of the window: following a link, with Back, and
// opening a quote in its source's reading view.
type navigator struct{ cw *caseWindow }

// GoTo shows the item in its tab; Back returns.
func (n navigator) GoTo(kind app.Kind, id string) { n.cw.goTo(kind, id) }

// OpenQuote shows the source's text with the quote selected (or, with no
// quote, the source itself).
func (n navigator) OpenQuote(sourceID string, q *app.Quote) {
	if q == nil {
		n.cw.goTo(app.KindSource, sourceID)
		return
	}
	n.cw.openQuote(sourceID, *q)
}
