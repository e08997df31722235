package ui

import (
	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
	"casefile/app/ui/questions"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// evidenceNote says, before the item id of kind k is deleted, which
// disputed questions lose evidence rows with it (its own, and those of
// what goes with it: a figure's claims, a source's claims and notes), for
// the one confirmation the delete asks; "" when none do.
func evidenceNote(x *session.Index, k app.Kind, id string) string {
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
	return "It is evidence in " + app.PluralNoun(len(uses), "disputed question") + " (" + app.JoinAnd(names) +
		"); " + app.Plural(rows, "row") + " there go with it (Undo brings them back)."
}

// evidenceButton is "Evidence for…" on an item's form: a menu of the
// case's disputed questions; choosing one adds the item (item() gives its
// id) as an evidence row of that question.
func (cw *caseWindow) evidenceButton(item func() string) *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon("Evidence for…", theme.QuestionIcon(), func() {
		id := item()
		if id == "" {
			return
		}
		it := questions.EvidenceFor(cw.s, cw.win, questions.AddItem(cw.s, id))
		if it == nil {
			kit.ShowMessage(cw.win, "No disputed questions yet", "Add a question on the Questions tab (Ctrl+7); then an item can be added to it as evidence from here.")
			return
		}
		widget.ShowPopUpMenuAtRelativePosition(it.ChildMenu, cw.win.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	})
	b.Importance = widget.LowImportance
	cw.guard(b)
	return b
}
