package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
)

// aliasEditor edits the other names of a person or organization: one row
// per alias (the name and who uses it). Rows left blank are ignored.
type aliasEditor struct {
	cw      *caseWindow
	box     *fyne.Container
	rows    []*aliasRow
	addBtn  *widget.Button
	loading *bool
	key     func() string
	save    func()
	obj     fyne.CanvasObject
}

type aliasRow struct {
	name, note *fieldEntry
	obj        fyne.CanvasObject
}

func newAliasEditor(cw *caseWindow, loading *bool, key func() string, save func()) *aliasEditor {
	a := &aliasEditor{cw: cw, loading: loading, key: key, save: save}
	a.box = container.NewVBox()
	a.addBtn = widget.NewButtonWithIcon("Add alias", theme.ContentAddIcon(), func() {
		r := a.addRow(app.Alias{})
		cw.win.Canvas().Focus(r.name)
	})
	a.addBtn.Importance = widget.LowImportance
	cw.guard(a.addBtn)
	a.obj = container.NewVBox(a.box, container.NewHBox(a.addBtn))
	return a
}

// set shows the aliases.
func (a *aliasEditor) set(aliases []app.Alias) {
	a.rows = nil
	a.box.RemoveAll()
	for _, al := range aliases {
		a.addRow(al)
	}
	a.box.Hidden = len(a.rows) == 0
	a.box.Refresh()
}

func (a *aliasEditor) addRow(al app.Alias) *aliasRow {
	r := &aliasRow{name: newFieldEntry(), note: newFieldEntry()}
	r.name.SetPlaceHolder("Other name")
	r.note.SetPlaceHolder("Who uses it (optional)")
	r.name.SetText(al.Name)
	r.note.SetText(al.Note)
	a.cw.bindEntry(r.name, a.loading, a.key, a.save)
	a.cw.bindEntry(r.note, a.loading, a.key, a.save)
	del := a.cw.removeButton("Remove alias", func() { a.remove(r) })
	r.obj = container.NewBorder(nil, nil, nil, del, container.NewGridWithColumns(2, r.name, r.note))
	a.rows = append(a.rows, r)
	a.box.Add(r.obj)
	a.box.Show()
	return r
}

func (a *aliasEditor) remove(r *aliasRow) {
	for i, x := range a.rows {
		if x == r {
			a.rows = append(a.rows[:i], a.rows[i+1:]...)
			break
		}
	}
	a.box.Remove(r.obj)
	if len(a.rows) == 0 {
		a.box.Hide()
	}
	a.cw.edited(a.key(), a.save)
	a.cw.saver.flush()
}

// value returns the aliases typed, leaving out blank rows.
func (a *aliasEditor) value() []app.Alias {
	var out []app.Alias
	for _, r := range a.rows {
		name, note := strings.TrimSpace(r.name.Text), strings.TrimSpace(r.note.Text)
		if name == "" && note == "" {
			continue
		}
		out = append(out, app.Alias{Name: name, Note: note})
	}
	return out
}

// relationList is the Relations section of a person or organization: each
// relation reads as a sentence with the other party as a link, and can be
// edited, cited or removed; new ones start from a picker.
type relationList struct {
	cw     *caseWindow
	box    *fyne.Container
	addBtn *widget.Button
	actor  string
}

func newRelationList(cw *caseWindow) *relationList {
	r := &relationList{cw: cw}
	r.box = container.NewVBox()
	r.addBtn = widget.NewButtonWithIcon("Add relation…", theme.ContentAddIcon(), r.onAdd)
	cw.guard(r.addBtn)
	return r
}

func (r *relationList) widget() fyne.CanvasObject {
	return section("Relations", r.box, r.addBtn)
}

// show lists the relations of actor.
func (r *relationList) show(actor string) {
	r.actor = actor
	r.box.RemoveAll()
	rels := r.cw.idx.relationsOf(actor)
	if len(rels) == 0 {
		r.box.Add(emptyNote("No relations yet: “member of”, “leads”, “political arm of”…"))
	}
	for _, rel := range rels {
		rel := rel
		r.box.Add(r.row(rel))
	}
	r.box.Refresh()
}

// row shows one relation as "‹kind› ‹link›" (this item is the first
// party) or "‹link› ‹kind› this organization" (it is the second).
func (r *relationList) row(rel app.Relation) fyne.CanvasObject {
	words := func(s string) *widget.Label { return widget.NewLabel(s) }
	span := relationSpan(rel)
	var line fyne.CanvasObject
	if rel.From == r.actor {
		line = container.NewBorder(nil, nil, words(rel.Kind), words(strings.TrimPrefix(spaceBefore(span), " ")), r.cw.actorLink(rel.To))
	} else {
		this := "this person"
		if r.cw.idx.actorKind(r.actor) == app.KindOrganization {
			this = "this organization"
		}
		line = container.NewBorder(nil, nil, nil, words(rel.Kind+" "+this+spaceBefore(span)), r.cw.actorLink(rel.From))
	}
	cites := widget.NewButtonWithIcon(citeCount(len(rel.Citations)), theme.DocumentIcon(), func() { r.onCite(rel) })
	cites.Importance = widget.LowImportance
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { r.onEdit(rel) })
	edit.Importance = widget.LowImportance
	r.cw.guard(edit)
	return linkRow(line, cites, edit, r.cw.removeButton("Remove relation", func() { r.onRemove(rel) }))
}

func spaceBefore(s string) string {
	if s == "" {
		return ""
	}
	return " · " + s
}

// relationSpan is "(1981–2003)", "(from 1981)", "(until 2003)" or "".
func relationSpan(rel app.Relation) string {
	s, e := humanDate(rel.Start), humanDate(rel.End)
	switch {
	case s != "" && e != "":
		return s + " – " + e
	case s != "":
		return "from " + s
	case e != "":
		return "until " + e
	}
	return ""
}

func citeCount(n int) string {
	if n == 0 {
		return "cite"
	}
	return plural(n, "source")
}

// relationKinds are suggestions for a relation's kind.
var relationKinds = []string{
	"member of", "leads", "founded", "political arm of", "armed wing of", "funds",
	"employs", "spokesperson for", "allied with", "opposes", "successor of", "part of", "married to", "relative of",
}

// relationDialog asks for a relation's kind and dates.
func (r *relationList) relationDialog(title, other string, rel app.Relation, onOK func(app.Relation)) {
	kind := widget.NewSelectEntry(relationKinds)
	kind.SetText(rel.Kind)
	kind.Validator = requiredText("kind of relation")
	start := widget.NewEntry()
	start.SetText(dateInputText(rel.Start))
	start.SetPlaceHolder("optional: 1981, June 2003…")
	start.Validator = r.cw.dateValidator(false)
	end := widget.NewEntry()
	end.SetText(dateInputText(rel.End))
	end.SetPlaceHolder("optional")
	end.Validator = r.cw.dateValidator(false)
	items := []*widget.FormItem{
		widget.NewFormItem("", widget.NewLabel(other)),
		widget.NewFormItem("Kind", kind),
		widget.NewFormItem("From", start),
		widget.NewFormItem("Until", end),
	}
	d := dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		rel.Kind = strings.TrimSpace(kind.Text)
		var err error
		if start.Text != dateInputText(rel.Start) {
			if rel.Start, err = parseDateInput("start", start.Text, r.cw.refTime()); err != nil {
				r.cw.showError("The relation was not saved", err)
				return
			}
		}
		if end.Text != dateInputText(rel.End) {
			if rel.End, err = parseDateInput("end", end.Text, r.cw.refTime()); err != nil {
				r.cw.showError("The relation was not saved", err)
				return
			}
		}
		onOK(rel)
	}, r.cw.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	r.cw.win.Canvas().Focus(kind)
	r.cw.lastRelation = d
}

func (r *relationList) onAdd() {
	if r.actor == "" {
		return
	}
	r.cw.saver.flush()
	me := r.cw.idx.actorName(r.actor)
	r.cw.pickActor("Relate “"+shorten(me, 40)+"” to…", []string{r.actor}, func(other string) {
		rel := app.Relation{From: r.actor, To: other}
		line := me + " is … " + r.cw.idx.actorName(other)
		r.relationDialog("New relation", line, rel, func(rel app.Relation) {
			if err := r.cw.store.CreateRelation(&rel); err != nil {
				r.cw.showError("The relation was not added", err)
				return
			}
			r.cw.idx.putRelation(rel)
			r.show(r.actor)
			r.cw.saved()
		})
	})
}

func (r *relationList) onEdit(rel app.Relation) {
	r.cw.saver.flush()
	line := r.cw.idx.actorName(rel.From) + " is … " + r.cw.idx.actorName(rel.To)
	r.relationDialog("Edit relation", line, rel, func(rel app.Relation) {
		if err := r.cw.store.UpdateRelation(rel); err != nil {
			r.cw.showError("The relation was not saved", err)
			return
		}
		r.cw.idx.putRelation(rel)
		r.show(r.actor)
		r.cw.saved()
	})
}

func (r *relationList) onRemove(rel app.Relation) {
	r.cw.saver.flush()
	if err := r.cw.store.DeleteRelation(rel.ID); err != nil {
		r.cw.showError("The relation was not removed", err)
		return
	}
	r.cw.reloadAll()
	r.cw.saved()
}

// onCite shows the sources cited for a relation, where more can be cited.
func (r *relationList) onCite(rel app.Relation) {
	r.cw.saver.flush()
	r.cw.citationsDialog(app.KindRelation, rel.ID, rel.Citations, func([]app.Citation) { r.show(r.actor) })
}
