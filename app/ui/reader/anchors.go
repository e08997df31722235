package reader

import (
	"fmt"

	"casefile/app"
	"casefile/app/anchor"
)

// Keeping quotes attached to a source's text that changes. While the
// analyst edits the text, each pause saves the text alone; when they
// leave the text (Done editing, another field, another source, an
// import), the quotes are re-anchored once, from the text they were last
// anchored in to the text now saved: by position if unchanged, else by
// their words and context, else by a close match (anchor.Reanchor). A
// quote found none of these ways keeps its old words and is listed as no
// longer found, never dropped.

// textBase is the text a source's quotes were last anchored in, kept
// from the first save of an edit until the quotes are re-anchored.
type textBase struct {
	id   string
	text string
}

// NoteTextChange records, before the tab saves a source's text, the text
// its quotes are anchored in (once per edit), for Settle.
func (v *View) NoteTextChange(old app.Source) {
	if v.textBase == nil || v.textBase.id != old.ID {
		v.textBase = &textBase{id: old.ID, text: old.Text}
	}
}

// ForgetTextChange drops what NoteTextChange recorded: the save failed,
// or the case was read again and its quotes are as stored.
func (v *View) ForgetTextChange() { v.textBase = nil }

// Settle re-anchors the quotes of the shown source when its text was
// saved since they were last anchored, and says so in the status bar.
func (v *View) Settle() {
	b := v.textBase
	v.textBase = nil
	cur, has := v.tab.Source()
	if b == nil || !has || b.id != cur.ID || b.text == cur.Text || v.h.ReadOnly {
		return
	}
	moved, lost, err := v.reanchor(b.text, cur.Text)
	if !v.editing {
		v.Show()
	}
	if err != nil {
		v.h.ShowError("Some quotes were not moved with the text", err)
		return
	}
	v.h.Status.Saved()
	switch {
	case lost > 0:
		v.h.Status.Say(fmt.Sprintf("Text saved · %s moved with it · %s no longer found (listed above the text)",
			app.Plural(moved, "quote"), app.Plural(lost, "quote")))
	case moved > 0:
		v.h.Status.Say(fmt.Sprintf("Text saved · %s moved with it", app.Plural(moved, "quote")))
	}
}

// reanchor moves the shown source's quotes from oldText to newText,
// updating every quote that moved or whose context changed in one store
// change after the text's own, so that one Undo puts them back. It returns
// how many were updated and how many are no longer found.
func (v *View) reanchor(oldText, newText string) (moved, lost int, err error) {
	marks := quoteMarks(v.h.Index().Data(), v.source().ID)
	qs := make([]anchor.Quote, len(marks))
	for i := range marks {
		qs[i] = anchor.Quote(marks[i].quote)
	}
	res := anchor.Reanchor(oldText, newText, qs)
	nt := anchor.NewText(newText)
	var moves []app.QuoteMove
	for i, r := range res {
		if !r.Anchored() {
			lost++
			continue
		}
		q := app.Quote(nt.Capture(r.Start, r.End))
		if q == marks[i].quote {
			continue
		}
		mv := app.QuoteMove{Quote: q}
		if marks[i].kind == app.KindAnnotation {
			mv.Annotation = marks[i].note.ID
		} else {
			mv.Citation = marks[i].cite.ID
		}
		moves = append(moves, mv)
	}
	if err := v.h.Session.MoveQuotes(v.source().ID, moves); err != nil {
		return 0, lost, err
	}
	return len(moves), lost, nil
}

// updateQuote anchors a citation or note to the quote q (the session
// brings its index up to date).
func (v *View) updateQuote(m quoteMark, q app.Quote) error {
	mv := app.QuoteMove{Quote: q}
	if m.kind == app.KindAnnotation {
		mv.Annotation = m.note.ID
	} else {
		mv.Citation = m.cite.ID
	}
	return v.h.Session.MoveQuotes(v.source().ID, []app.QuoteMove{mv})
}

// reattach anchors an orphaned quote to the span selected.
func (v *View) reattach(m quoteMark) {
	q, ok := v.selectedQuote()
	if !ok || v.h.ReadOnly {
		return
	}
	v.h.Saver.Flush()
	if err := v.updateQuote(m, q); err != nil {
		v.h.ShowError("The quote was not re-attached", err)
		return
	}
	v.collapse()
	v.refresh()
	v.h.Status.Saved()
	v.h.Status.Say("Re-attached the quote of " + v.itemLabel(m.kind, m.item, m.note.Note) + " · all changes saved")
}
