package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/app/ui/questions"
	"casefile/widgets"
)

// evidenceButton is "Evidence for…" on an item's form: a menu of the
// case's disputed questions; choosing one adds the item (item() gives its
// id) as an evidence row of that question.
func (deps *tabDeps) evidenceButton(item func() string) *widgets.Button {
	var b *widgets.Button
	b = widgets.NewButton("Evidence for…", theme.QuestionIcon(), func() {
		id := item()
		if id == "" {
			return
		}
		it := deps.evidence(id)
		if it == nil {
			kit.ShowMessage(deps.h.Window, "No disputed questions yet", "Add a question on the Questions tab (Ctrl+7); then an item can be added to it as evidence from here.")
			return
		}
		c := deps.h.Window.Canvas()
		widget.ShowPopUpMenuAtRelativePosition(it.ChildMenu, c, fyne.NewPos(0, b.Size().Height), b)
	})
	b.Importance = widget.LowImportance
	deps.h.Guard(b)
	return b
}

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
