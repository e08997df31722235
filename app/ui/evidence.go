package ui

import (
	"fyne.io/fyne/v2"

	"casefile/app"
	"casefile/app/ui/questions"
)

// itemEvidence is the form's "Evidence for ▸": the case's disputed
// questions, choosing one adding the item id to it as evidence; nil when
// there is none to offer.
func (cw *caseWindow) itemEvidence(id string) *fyne.MenuItem {
	return questions.EvidenceFor(cw.s, cw.win, questions.AddItem(cw.s, id))
}

// quoteEvidence is the reading view's "Evidence for ▸": the case's
// disputed questions, choosing one adding the quote q of source src to it
// as evidence; nil when there is none to offer.
func (cw *caseWindow) quoteEvidence(src string, q app.Quote) *fyne.MenuItem {
	return questions.EvidenceFor(cw.s, cw.win, questions.AddQuote(cw.s, src, q))
}
