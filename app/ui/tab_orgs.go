package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
)

// orgsTab lists the organizations by name above a form for the selected
// one: name, aliases, kind, country, notes, relations and sources cited.
type orgsTab struct {
	cw      *caseWindow
	frame   *tabFrame
	item    *container.TabItem
	list    *kit.ListPane
	has     bool
	cur     app.Organization
	loading bool

	form      *kit.DetailForm
	name      *kit.FieldEntry
	aliases   *aliasEditor
	orgKind   *kit.FieldEntry
	country   *kit.FieldEntry
	notes     *kit.FieldEntry
	relations *relationList
	events    *kit.Links
	cites     *citationList
	dup       *dupHint
	mergeBtn  *widget.Button
}

func newOrgsTab(cw *caseWindow) *orgsTab {
	t := &orgsTab{cw: cw}
	t.item = container.NewTabItemWithIcon("Organizations", theme.NewThemedResource(kit.IconGovernment), t.buildUI())
	return t
}

func (t *orgsTab) kind() app.Kind              { return app.KindOrganization }
func (t *orgsTab) pane() *kit.ListPane         { return t.list }
func (t *orgsTab) tabItem() *container.TabItem { return t.item }
func (t *orgsTab) formKey() string             { return "organization:" + t.cur.ID }

func (t *orgsTab) buildUI() fyne.CanvasObject {
	cw := t.cw
	t.form = kit.NewDetailForm()
	t.name = kit.NewFieldEntry()
	t.name.SetPlaceHolder("Name as usually written")
	t.form.Add("name", "Name", t.name)
	t.aliases = newAliasEditor(cw, &t.loading, t.formKey, t.save)
	t.form.Add("aliases", "Aliases", t.aliases.obj)
	t.orgKind = kit.NewFieldEntry()
	t.orgKind.SetPlaceHolder("e.g. ministry, party, armed group, court, newspaper")
	t.form.Add("kind", "Kind", t.orgKind)
	t.country = kit.NewFieldEntry()
	t.form.Add("country", "Country", t.country)
	t.notes = kit.NewTextArea(4)
	t.form.Add("notes", "Notes", t.notes)
	for _, e := range []*kit.FieldEntry{t.name, t.orgKind, t.country, t.notes} {
		cw.h.BindEntry(e, &t.loading, t.formKey, t.save)
	}
	t.relations = newRelationList(cw)
	t.relations.owner = t
	t.events = kit.NewLinks(nil)
	t.cites = newCitationList(cw, app.KindOrganization, func(id string, cs []app.Citation) {
		t.cur.Citations = cs
	})
	t.dup = newDupHint(cw, app.KindOrganization)
	t.mergeBtn = widget.NewButtonWithIcon("Merge into…", theme.ContentCopyIcon(), func() { cw.onMergeInto(app.KindOrganization, t.cur.ID) })
	t.mergeBtn.Importance = widget.LowImportance
	cw.h.Guard(t.mergeBtn)
	merge := container.NewBorder(nil, nil, nil, t.mergeBtn, kit.EmptyNote("The same organization entered twice? Merge this entry into the other."))
	form := container.NewVBox(t.dup.box, t.form.Grid, t.relations.widget(),
		kit.Section("Events", t.events.Object()), t.cites.widget(), widget.NewSeparator(), merge)
	t.frame = cw.newTabFrame(tabSpec{
		kind: app.KindOrganization, plural: "organizations", noun: "organization",
		modes: []session.SortMode{
			{Label: "Name A–Z", Cmp: session.ByName}, {Label: "Name Z–A", Cmp: session.ByNameDesc}, {Label: "Kind", Cmp: session.ByDetail},
			{Label: "Order added", Cmp: session.ByOrder}, {Label: "Newest first", Cmp: session.ByNewest},
		},
		emptyText: "Select an organization on the left, or add one with “Add organization”.",
		onSelect:  t.showItem, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.list = t.frame.list
	return t.frame.content
}

// showItem fills the form with an organization ("" shows the placeholder).
func (t *orgsTab) showItem(id string) {
	t.cw.saver.Flush()
	t.fill(id)
}

// fill fills the form with the item id ("" shows the placeholder).
func (t *orgsTab) fill(id string) {
	o := t.cw.idx().Organization(id)
	t.has = o != nil
	if o == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.cw.readOnly)
		return
	}
	t.list.Selected = id
	t.cur = *o
	t.loading = true
	setEntry(t.name, o.Name)
	t.aliases.set(o.Aliases)
	setEntry(t.orgKind, o.Kind)
	setEntry(t.country, o.Country)
	setEntry(t.notes, o.Notes)
	t.loading = false
	t.form.ClearErrors()
	t.relations.show(id)
	showEventsOf(t.cw, t.events, id)
	t.cites.show(id, o.Citations)
	t.dup.check(id, o.Name, o.Aliases)
	t.frame.showForm(true, t.cw.readOnly)
}

// changed takes the rows again when items of the tab's kind changed,
// and fills the form again when anything it shows changed (not after the
// form's own save).
func (t *orgsTab) changed(c session.Change) {
	idx := t.cw.idx()
	if c.Touches(app.KindOrganization) {
		t.list.SetRows(idx.Rows(app.KindOrganization))
	}
	if t.cw.origin == caseTab(t) || !c.Touches(app.KindPerson, app.KindOrganization, app.KindRelation,
		app.KindEvent, app.KindSource, app.KindCitation) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return idx.Organization(id) != nil }))
}

// save writes the form to the case when it changed and is valid.
func (t *orgsTab) save() {
	if !t.has {
		return
	}
	o := t.cur
	o.Name = trimmed(t.name)
	o.Aliases = t.aliases.value()
	o.Kind = trimmed(t.orgKind)
	o.Country = trimmed(t.country)
	o.Notes = t.notes.Text
	if sameItem(o, t.cur) {
		t.form.ClearErrors()
		t.cw.saved()
		return
	}
	if err := o.Validate(); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	if err := t.cw.own(t, func() error { return t.cw.s.UpdateOrganization(o) }); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	t.cur = o
	t.dup.check(o.ID, o.Name, o.Aliases)
	t.cw.saved()
}

// onAdd asks for a new organization's name and creates it.
func (t *orgsTab) onAdd() {
	t.cw.askNew("New organization", []newItemField{
		{label: "Name", placeholder: "Name", validate: requiredText("organization's name")},
		{label: "Kind", placeholder: "optional: ministry, party, newspaper…"},
	}, func(v []string) error {
		o := app.Organization{Name: v[0], Kind: v[1]}
		return t.cw.addUnlessDuplicate(o.Name, func() error { return t.create(o) })
	})
}

// create adds an organization and shows it.
func (t *orgsTab) create(o app.Organization) error {
	if err := t.cw.s.CreateOrganization(&o); err != nil {
		return err
	}
	t.cw.show(app.KindOrganization, o.ID)
	t.cw.saved()
	return nil
}

// onDelete asks, then deletes the selected organization.
func (t *orgsTab) onDelete() {
	if !t.has {
		return
	}
	t.cw.saver.Flush()
	o := t.cur
	kit.ConfirmDelete(t.cw.win, "the organization "+app.Quoted(o.Name), actorConsequences(t.cw.idx(), o.ID, len(o.Citations), "It is", "it", "Its"), func() {
		next := t.list.Neighbour(o.ID)
		if err := t.cw.s.DeleteOrganization(o.ID); err != nil {
			t.cw.showError("The organization was not deleted", err)
			return
		}
		t.cw.show(app.KindOrganization, next)
		t.cw.saved()
	})
}
