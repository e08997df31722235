package ui

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

// noteTextChange records, before a source's text is saved, the text its
// quotes are anchored in (once per edit).
func (t *sourcesTab) noteTextChange(old app.Source) {
	if t.textBase == nil || t.textBase.id != old.ID {
		t.textBase = &textBase{id: old.ID, text: old.Text}
	}
}

// settleAnchors re-anchors the quotes of the shown source when its text
// was saved since they were last anchored, and says so in the status bar.
func (t *sourcesTab) settleAnchors() {
	b := t.textBase
	t.textBase = nil
	if b == nil || !t.has || b.id != t.cur.ID || b.text == t.cur.Text || t.cw.readOnly {
		return
	}
	moved, lost, err := t.reader.reanchor(b.text, t.cur.Text)
	if !t.reader.editing {
		t.reader.show()
	}
	if err != nil {
		t.cw.showError("Some quotes were not moved with the text", err)
		return
	}
	t.cw.saved()
	switch {
	case lost > 0:
		t.cw.status.SetText(fmt.Sprintf("Text saved · %s moved with it · %s no longer found (listed above the text)",
			app.Plural(moved, "quote"), app.Plural(lost, "quote")))
	case moved > 0:
		t.cw.status.SetText(fmt.Sprintf("Text saved · %s moved with it", app.Plural(moved, "quote")))
	}
}

// reanchor moves the shown source's quotes from oldText to newText,
// updating every quote that moved or whose context changed in one store
// change after the text's own, so that one Undo puts them back. It returns
// how many were updated and how many are no longer found.
func (a *annotator) reanchor(oldText, newText string) (moved, lost int, err error) {
	marks := quoteMarks(a.cw.idx().Data(), a.t.cur.ID)
	qs := make([]anchor.Quote, len(marks))
	for i := range marks {
		qs[i] = anchor.Quote(marks[i].quote)
	}
	res := anchor.Reanchor(oldText, newText, qs)
	nt := anchor.NewText(newText)
	var moves []app.QuoteMove
	var changed []quoteMark
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
		moves, changed = append(moves, mv), append(changed, marks[i])
	}
	if err := a.cw.s.MoveQuotes(a.t.cur.ID, moves); err != nil {
		return 0, lost, err
	}
	for i, m := range changed {
		a.indexQuote(m, moves[i].Quote)
	}
	return len(moves), lost, nil
}

// updateQuote anchors a citation or note to the quote q, in the case and
// in the window's index.
func (a *annotator) updateQuote(m quoteMark, q app.Quote) error {
	mv := app.QuoteMove{Quote: q}
	if m.kind == app.KindAnnotation {
		mv.Annotation = m.note.ID
	} else {
		mv.Citation = m.cite.ID
	}
	if err := a.cw.s.MoveQuotes(a.t.cur.ID, []app.QuoteMove{mv}); err != nil {
		return err
	}
	a.indexQuote(m, q)
	return nil
}

// indexQuote records in the window's index that m now quotes q.
func (a *annotator) indexQuote(m quoteMark, q app.Quote) {
	if m.kind == app.KindAnnotation {
		n := m.note
		n.Quote = &q
		return
	}
	c := m.cite
	c.Quote = &q
}

// reattach anchors an orphaned quote to the span selected.
func (a *annotator) reattach(m quoteMark) {
	q, ok := a.selectedQuote()
	if !ok || a.cw.readOnly {
		return
	}
	a.cw.saver.Flush()
	if err := a.updateQuote(m, q); err != nil {
		a.cw.showError("The quote was not re-attached", err)
		return
	}
	a.collapse()
	a.refresh()
	a.cw.saved()
	a.cw.status.SetText("Re-attached the quote of " + a.cw.itemLabel(m.kind, m.item, m.note.Note) + " · all changes saved")
}
