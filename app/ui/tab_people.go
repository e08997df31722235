package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// peopleTab lists the people in the case by name above a form for the
// selected person: name, aliases, role, nationality, born, died, notes,
// relations and sources cited.
type peopleTab struct {
	cw      *caseWindow
	frame   *tabFrame
	item    *container.TabItem
	list    *kit.ListPane
	has     bool
	cur     app.Person
	loading bool

	form        *kit.DetailForm
	name        *kit.FieldEntry
	aliases     *aliasEditor
	role        *kit.FieldEntry
	nationality *kit.FieldEntry
	born, died  *widgets.DateEntry
	notes       *kit.FieldEntry
	relations   *relationList
	events      *kit.Links
	cites       *citationList
	dup         *dupHint
	mergeBtn    *widget.Button
}

func newPeopleTab(cw *caseWindow) *peopleTab {
	t := &peopleTab{cw: cw}
	t.item = container.NewTabItemWithIcon("People", theme.AccountIcon(), t.buildUI())
	return t
}

func (t *peopleTab) kind() app.Kind              { return app.KindPerson }
func (t *peopleTab) pane() *kit.ListPane         { return t.list }
func (t *peopleTab) tabItem() *container.TabItem { return t.item }
func (t *peopleTab) formKey() string             { return "person:" + t.cur.ID }

func (t *peopleTab) buildUI() fyne.CanvasObject {
	cw := t.cw
	t.form = kit.NewDetailForm()
	t.name = kit.NewFieldEntry()
	t.name.SetPlaceHolder("Full name as usually written")
	t.form.Add("name", "Name", t.name)
	t.aliases = newAliasEditor(cw, &t.loading, t.formKey, t.save)
	t.form.Add("aliases", "Aliases", t.aliases.obj)
	t.role = kit.NewFieldEntry()
	t.role.SetPlaceHolder("e.g. spokesperson, minister, witness")
	t.form.Add("role", "Role", t.role)
	t.nationality = kit.NewFieldEntry()
	t.form.Add("nationality", "Nationality", t.nationality)
	t.born = cw.newDateInput(&t.loading, t.formKey, t.save)
	t.form.Add("born", "Born", t.born)
	t.died = cw.newDateInput(&t.loading, t.formKey, t.save)
	t.form.Add("died", "Died", t.died)
	t.notes = kit.NewTextArea(4)
	t.form.Add("notes", "Notes", t.notes)
	for _, e := range []*kit.FieldEntry{t.name, t.role, t.nationality, t.notes} {
		cw.h.BindEntry(e, &t.loading, t.formKey, t.save)
	}

	t.relations = newRelationList(cw)
	t.relations.owner = t
	t.events = kit.NewLinks(nil)
	t.cites = newCitationList(cw, app.KindPerson, func(id string, cs []app.Citation) {
		t.cur.Citations = cs
	})
	t.dup = newDupHint(cw, app.KindPerson)
	t.mergeBtn = widget.NewButtonWithIcon("Merge into…", theme.ContentCopyIcon(), func() { cw.onMergeInto(app.KindPerson, t.cur.ID) })
	t.mergeBtn.Importance = widget.LowImportance
	cw.h.Guard(t.mergeBtn)
	merge := container.NewBorder(nil, nil, nil, t.mergeBtn, kit.EmptyNote("The same person entered twice? Merge this entry into the other."))
	form := container.NewVBox(t.dup.box, t.form.Grid, t.relations.widget(),
		kit.Section("Events", t.events.Object()), t.cites.widget(), widget.NewSeparator(), merge)
	t.frame = cw.newTabFrame(tabSpec{
		kind: app.KindPerson, plural: "people", noun: "person",
		modes: []session.SortMode{
			{Label: "Name A–Z", Cmp: session.ByName}, {Label: "Name Z–A", Cmp: session.ByNameDesc}, {Label: "Role", Cmp: session.ByDetail},
			{Label: "Order added", Cmp: session.ByOrder}, {Label: "Newest first", Cmp: session.ByNewest},
		},
		emptyText: "Select a person on the left, or add one with “Add person”.",
		onSelect:  t.showItem, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.list = t.frame.list
	return t.frame.content
}

// showItem fills the form with a person ("" shows the placeholder).
func (t *peopleTab) showItem(id string) {
	t.cw.saver.Flush()
	t.fill(id)
}

// fill fills the form with the item id ("" shows the placeholder).
func (t *peopleTab) fill(id string) {
	p := t.cw.idx().Person(id)
	t.has = p != nil
	if p == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.cw.readOnly)
		return
	}
	t.list.Selected = id
	t.cur = *p
	t.loading = true
	setEntry(t.name, p.Name)
	t.aliases.set(p.Aliases)
	setEntry(t.role, p.Role)
	setEntry(t.nationality, p.Nationality)
	setDate(t.born, p.Born)
	setDate(t.died, p.Died)
	setEntry(t.notes, p.Notes)
	t.loading = false
	t.form.ClearErrors()
	t.relations.show(id)
	showEventsOf(t.cw, t.events, id)
	t.cites.show(id, p.Citations)
	t.dup.check(id, p.Name, p.Aliases)
	t.frame.showForm(true, t.cw.readOnly)
}

// showEventsOf lists, as links, the events an actor took part in.
func showEventsOf(cw *caseWindow, links *kit.Links, actor string) {
	rows := cw.idx().Rows(app.KindEvent)
	var mine []session.Row
	for i := range cw.idx().Data().Events {
		if i < len(rows) && slices.Contains(cw.idx().Data().Events[i].Participants, actor) {
			mine = append(mine, rows[i])
		}
	}
	n := len(mine)
	items := make([]kit.LinkItem, 0, min(n, 50))
	for k, i := range session.SortedOrder(mine, session.ByDate) {
		if k == 50 {
			break
		}
		it := cw.linkItem(app.KindEvent, mine[i].ID)
		it.Side = mine[i].Detail
		items = append(items, it)
	}
	more := ""
	if n > 50 {
		more = fmt.Sprintf("… and %d more.", n-50)
	}
	links.Set(items, "Not a participant in any event yet (add participants on the Timeline).", more)
}

// changed takes the rows again when items of the tab's kind changed,
// and fills the form again when anything it shows changed (not after the
// form's own save).
func (t *peopleTab) changed(c session.Change) {
	idx := t.cw.idx()
	if c.Touches(app.KindPerson) {
		t.list.SetRows(idx.Rows(app.KindPerson))
	}
	if t.cw.origin == caseTab(t) || !c.Touches(app.KindPerson, app.KindOrganization, app.KindRelation,
		app.KindEvent, app.KindSource, app.KindCitation) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return idx.Person(id) != nil }))
}

// save writes the form to the case when it changed and is valid.
func (t *peopleTab) save() {
	if !t.has {
		return
	}
	p := t.cur
	p.Name = trimmed(t.name)
	p.Aliases = t.aliases.value()
	p.Role = trimmed(t.role)
	p.Nationality = trimmed(t.nationality)
	p.Notes = t.notes.Text
	var err error
	if p.Born, err = readDateInput("born", t.born); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	if p.Died, err = readDateInput("died", t.died); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	if sameItem(p, t.cur) {
		t.form.ClearErrors()
		t.cw.saved()
		return
	}
	if err := p.Validate(); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	if err := t.cw.own(t, func() error { return t.cw.s.UpdatePerson(p) }); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	t.cur = p
	t.dup.check(p.ID, p.Name, p.Aliases)
	t.cw.saved()
}

// onAdd asks for a new person's name and creates them.
func (t *peopleTab) onAdd() {
	t.cw.askNew("New person", []newItemField{
		{label: "Name", placeholder: "Full name", validate: requiredText("person's name")},
		{label: "Role", placeholder: "optional: spokesperson, minister…"},
	}, func(v []string) error {
		p := app.Person{Name: v[0], Role: v[1]}
		return t.cw.addUnlessDuplicate(p.Name, func() error { return t.create(p) })
	})
}

// create adds a person and shows them.
func (t *peopleTab) create(p app.Person) error {
	if err := t.cw.s.CreatePerson(&p); err != nil {
		return err
	}
	t.cw.show(app.KindPerson, p.ID)
	t.cw.saved()
	return nil
}

// onDelete asks, then deletes the selected person with what goes with them.
func (t *peopleTab) onDelete() {
	if !t.has {
		return
	}
	t.cw.saver.Flush()
	p := t.cur
	kit.ConfirmDelete(t.cw.win, "the person "+app.Quoted(p.Name), actorConsequences(t.cw.idx(), p.ID, len(p.Citations), "They are", "them", "Their"), func() {
		next := t.list.Neighbour(p.ID)
		if err := t.cw.s.DeletePerson(p.ID); err != nil {
			t.cw.showError("The person was not deleted", err)
			return
		}
		t.cw.show(app.KindPerson, next)
		t.cw.saved()
	})
}

// actorConsequences says what deleting a person or organization takes
// with it.
func actorConsequences(x *session.Index, id string, citations int, subj, obj, poss string) string {
	var goes []string
	if n := len(x.RelationsOf(id)); n > 0 {
		goes = append(goes, app.Plural(n, "relation"))
	}
	if citations > 0 {
		goes = append(goes, app.Plural(citations, "citation"))
	}
	out := ""
	if len(goes) > 0 {
		out = poss + " " + app.JoinAnd(goes) + " go with " + obj + "."
	}
	events, claims := 0, 0
	for _, e := range x.Data().Events {
		for _, p := range e.Participants {
			if p == id {
				events++
				break
			}
		}
	}
	for _, f := range x.Data().Figures {
		for _, c := range f.Claims {
			if c.Claimant == id {
				claims++
			}
		}
	}
	if events > 0 {
		out = kit.JoinNonEmpty(" ", out, fmt.Sprintf("%s removed from the participants of %s.", subj, app.Plural(events, "event")))
	}
	if claims > 0 {
		out = kit.JoinNonEmpty(" ", out, fmt.Sprintf("%s lose their claimant.", app.Plural(claims, "claim")))
	}
	return out
}
