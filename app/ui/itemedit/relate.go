package itemedit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// The kind of a relation (a common one from a list, or any words) and
// the Relate… dialog that makes a new relation.

// relationKinds are suggestions for a relation's kind; any words may be
// typed instead.
var relationKinds = []string{
	"member of", "leads", "founded", "spokesperson for", "political arm of", "armed wing of", "part of",
	"funds", "employs", "allied with", "opposes", "successor of", "married to", "relative of",
}

// kindField is the kind of a new relation: any words typed, or a common
// kind chosen from the arrow's list. Tab goes from it to the dates, not
// to the arrow; typed text stays.
func (r *RelationList) kindField(text string) *kit.KeyEntry {
	kind := kit.NewKeyEntry()
	kind.SetText(text)
	kind.SetPlaceHolder("member of, leads, part of…")
	kind.Validator = kit.RequiredText("kind of relation")
	kind.ActionItem = kit.NewTapIcon(theme.MenuDropDownIcon(), func() { showKindMenu(kind, kind.SetText) })
	return kind
}

// showKindMenu opens the common relation kinds under the field o; choose
// gets the one clicked.
func showKindMenu(o fyne.CanvasObject, choose func(string)) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(o)
	if c == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, k := range relationKinds {
		items = append(items, fyne.NewMenuItem(k, func() { choose(k) }))
	}
	pop := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pop.ShowAtPosition(d.AbsolutePositionForObject(o).Add(fyne.NewPos(0, o.Size().Height)))
	pop.Resize(fyne.NewSize(o.Size().Width, pop.MinSize().Height))
}

// relationDialog asks for a new relation's kind and dates: Enter in any
// field saves, Escape cancels. Above the fields the relation reads as a
// sentence (app.RelationSentence) that follows the kind as it is typed or
// chosen.
func (r *RelationList) relationDialog(title string, rel app.Relation, onOK func(app.Relation)) {
	kind := r.kindField(rel.Kind)
	sentence := widget.NewLabel("")
	sentence.Wrapping = fyne.TextWrapWord
	words := func(k string) {
		sentence.SetText(app.RelationSentence(r.h.Index().ActorName(rel.From), k, r.h.Index().ActorName(rel.To)))
	}
	words(rel.Kind)
	kind.OnChanged = words
	start, end := DialogDate(r.h, rel.Start), DialogDate(r.h, rel.End)
	items := []*widget.FormItem{
		widget.NewFormItem("", sentence),
		widget.NewFormItem("Kind", kind),
		widget.NewFormItem("From", start),
		widget.NewFormItem("Until", end),
	}
	d := kit.NewFormDialog(title, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		rel.Kind = strings.TrimSpace(kind.Text)
		var err error
		if rel.Start, err = ReadDate("start", start); err != nil {
			r.h.ShowError("The relation was not saved", err)
			return
		}
		if rel.End, err = ReadDate("end", end); err != nil {
			r.h.ShowError("The relation was not saved", err)
			return
		}
		onOK(rel)
	}, r.h.Window)
	kind.OnSubmitted = func(string) { d.Submit() }
	kind.OnEscape = d.Hide
	for _, de := range []*widgets.DateEntry{start, end} {
		de.OnSubmitted = func(app.Date) { d.Submit() }
		de.OnEscape = d.Hide
	}
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	r.h.Window.Canvas().Focus(kind)
}

func (r *RelationList) onAdd() {
	if r.actor == "" {
		return
	}
	r.h.Saver.Flush()
	me := r.h.Index().ActorName(r.actor)
	PickActor(r.h, "Relate “"+app.Shorten(me, 40)+"” to…", []string{r.actor}, func(other string) {
		rel := app.Relation{From: r.actor, To: other}
		r.relationDialog("New relation", rel, func(rel app.Relation) {
			if err := r.h.Session.CreateRelation(&rel); err != nil {
				r.h.ShowError("The relation was not added", err)
				return
			}
			r.Show(r.actor)
			r.h.Status.Saved()
		})
	})
}

// kindEntry is the relation's kind: a common kind from the list, or any
// words typed. Like a form field it saves when it loses the focus and
// hands Undo and Redo to the case.
type kindEntry struct {
	widget.SelectEntry
	onFocusLost    func()
	onUndo, onRedo func()
}

func newKindEntry() *kindEntry {
	e := &kindEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	// The suggestions open from an arrow Tab passes over (SelectEntry's own
	// is a button Tab stops on); a chosen kind is saved at once.
	e.ActionItem = kit.NewTapIcon(theme.MenuDropDownIcon(), func() {
		showKindMenu(e, func(k string) {
			e.SetText(k)
			if e.onFocusLost != nil {
				e.onFocusLost()
			}
		})
	})
	e.SetOptions(relationKinds)
	e.SetPlaceHolder("member of, leads, part of…")
	return e
}

// FocusLost saves the relation at once.
func (e *kindEntry) FocusLost() {
	e.SelectEntry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

// TypedShortcut routes Undo and Redo to the case.
func (e *kindEntry) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutUndo:
		if e.onUndo != nil {
			e.onUndo()
			return
		}
	case *fyne.ShortcutRedo:
		if e.onRedo != nil {
			e.onRedo()
			return
		}
	}
	e.SelectEntry.TypedShortcut(s)
}
