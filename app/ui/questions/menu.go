package questions

import (
	"fyne.io/fyne/v2"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
)

// EvidenceFor is the "Evidence for ▸" menu item for an item's form or the
// reading view's action bar: one entry per question of the case; choosing
// one calls add with the question's id and shows a failure in win. It is
// nil when the case has no questions (or is read-only).
func EvidenceFor(s *session.Session, win fyne.Window, add func(questionID string) error) *fyne.MenuItem {
	qs := s.Index().Data().Questions
	if ro, _ := s.ReadOnly(); ro || len(qs) == 0 {
		return nil
	}
	var items []*fyne.MenuItem
	for _, q := range qs {
		id := q.ID
		items = append(items, fyne.NewMenuItem(app.Shorten(q.Text, 60), func() {
			if err := add(id); err != nil {
				kit.ShowError(win, "The evidence was not added", err)
			}
		}))
	}
	m := fyne.NewMenuItem("Evidence for", nil)
	m.ChildMenu = fyne.NewMenu("", items...)
	return m
}

// AddItem returns the add function of EvidenceFor for an item of the case
// (a claim, an event, an annotation or a disputed figure).
func AddItem(s *session.Session, item string) func(questionID string) error {
	return func(q string) error { return s.AddEvidence(q, &app.Evidence{Item: item}) }
}

// AddQuote returns the add function of EvidenceFor for a quote selected in
// a source's text: it is noted (as an annotation) and added as evidence in
// one change.
func AddQuote(s *session.Session, source string, quote app.Quote) func(questionID string) error {
	return func(q string) error {
		qq := quote
		return s.AddQuoteEvidence(q, &app.Annotation{Source: source, Quote: &qq}, &app.Evidence{})
	}
}

// DeleteNote says, before the item id of kind k is deleted, which disputed
// questions lose evidence rows with it (its own, and those of what goes
// with it: a figure's claims, a source's claims and notes), for a delete's
// confirmation; "" when none do.
func DeleteNote(x *session.Index, k app.Kind, id string) string {
	uses := x.QuestionsAffected(k, id)
	if len(uses) == 0 {
		return ""
	}
	rows := 0
	var names []string
	for _, u := range uses {
		rows += u.Rows
		if len(names) < 3 {
			names = append(names, app.Quoted(u.Text))
		}
	}
	if len(uses) > 3 {
		names = append(names, app.Plural(len(uses)-3, "other"))
	}
	return "It is evidence in " + app.Plural(len(uses), "disputed question") + ", " + app.JoinAnd(names) + ": deleting it removes " +
		app.Plural(rows, "evidence row") + " and their ratings. Undo brings them back."
}

// AskBeforeDelete calls del at once when deleting the item id of kind k
// takes no evidence from a question; otherwise it first asks, naming the
// questions and how many of their rows go (Undo brings them back).
func AskBeforeDelete(s *session.Session, win fyne.Window, k app.Kind, id string, del func()) {
	msg := DeleteNote(s.Index(), k, id)
	if msg == "" {
		del()
		return
	}
	kit.Confirm(win, "Delete evidence?", msg, "Delete", "Keep", del)
}
