package ui

import (
	"casefile/app"
	"casefile/app/session"
)

// evidenceNote says, before an item is deleted, which disputed questions
// weigh it as evidence (their rows of it go with it), or "".
func evidenceNote(x *session.Index, item string) string {
	uses := x.QuestionsUsing(item)
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
		"); its " + app.PluralNoun(rows, "row") + " there go with it."
}
