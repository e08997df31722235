package ui

import (
	"time"

	"casefile/app"
	"casefile/app/ui/kit"
)

// navigator is what the views built from narrow dependencies (the
// Questions tab, Find) need of the window: following a link, with Back,
// and opening a quote in its source's reading view (host.Navigator).
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

// windowStatus is the window's status bar for the views (host.Status).
type windowStatus struct{ cw *caseWindow }

// Editing says an edit waits for its pause.
func (w windowStatus) Editing() { w.cw.status.SetText("Editing…") }

// Saved says everything is on disk.
func (w windowStatus) Saved() { w.cw.saved() }

// Failed shows a save error beside its field or in a dialog.
func (w windowStatus) Failed(f *kit.DetailForm, err error) { w.cw.failed(f, err) }

// Done says what was changed, and that everything is on disk.
func (w windowStatus) Done(what string) {
	w.cw.saved()
	w.cw.status.SetText(what + " · all changes saved at " + time.Now().Format("15:04"))
}

// Say puts the words in the status bar.
func (w windowStatus) Say(text string) { w.cw.status.SetText(text) }
