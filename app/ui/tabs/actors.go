package tabs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// Actors lists the people (T is app.Person) or the organizations
// (app.Organization) of the case by name beside a form for the selected
// one: name, aliases, the kind's own fields, notes, relations, the events
// it took part in and the sources cited. What differs between the two is
// in its actorKind.
type Actors[T any] struct {
	deps    *Deps
	k       *actorKind[T]
	frame   *tabFrame
	item    *container.TabItem
	list    *kit.ListPane
	has     bool
	cur     T
	loading bool

	form      *kit.DetailForm
	name      *kit.FieldEntry
	aliases   *aliasEditor
	texts     []*kit.FieldEntry    // the kind's own text fields, in k.texts' order
	dates     []*widgets.DateEntry // the kind's own dates, in k.dates' order
	notes     *kit.FieldEntry
	relations *itemedit.RelationList
	events    *kit.Links
	cites     *itemedit.CitationList
	dup       *itemedit.DupHint
	mergeBtn  *widgets.Button
}

// actorKind is what the People and Organizations tabs do differently:
// their words, icon, own fields and the session's methods for their kind.
type actorKind[T any] struct {
	kind                 app.Kind
	title                string // the tab's name: "People"
	icon                 func() fyne.Resource
	plural, noun         string // "people", "person"
	namePlaceholder      string
	detailSort           string // the sort by the list's second line: "Role"
	emptyText, mergeNote string
	subj, obj, poss      string // "They are", "them", "Their", for the delete warning
	newTitle             string // "New person"
	newFields            []newItemField
	fromNew              func(values []string) T
	texts                []actorText[T]
	dates                []actorDate[T]
	get                  func(x *session.Index, id string) *T
	parts                func(v *T) actorParts // the fields every actor has
	validate             func(v *T) error
	update               func(s *session.Session, v T) error
	create               func(s *session.Session, v *T) error
	remove               func(s *session.Session, id string) error
	notDeleted           string // "The person was not deleted"
}

// actorParts are the fields every person and organization has.
type actorParts struct {
	id        string
	name      *string
	aliases   *[]app.Alias
	notes     *string
	citations *[]app.Citation
}

// actorText is one of a kind's own text fields ("Role", "Country").
type actorText[T any] struct {
	key, label, placeholder string
	field                   func(v *T) *string
}

// actorDate is one of a kind's own dates ("Born").
type actorDate[T any] struct {
	key, label string
	field      func(v *T) *app.Date
}

// NewPeople makes the People tab from deps.
func NewPeople(deps *Deps) *Actors[app.Person] { return newActors(deps, peopleKind) }

// NewOrganizations makes the Organizations tab from deps.
func NewOrganizations(deps *Deps) *Actors[app.Organization] { return newActors(deps, orgsKind) }

func newActors[T any](deps *Deps, k *actorKind[T]) *Actors[T] {
	t := &Actors[T]{deps: deps, k: k}
	t.item = container.NewTabItemWithIcon(k.title, k.icon(), t.buildUI())
	return t
}

// Kind is the kind of item the tab lists.
func (t *Actors[T]) Kind() app.Kind { return t.k.kind }

// Pane is the tab's list.
func (t *Actors[T]) Pane() *kit.ListPane { return t.list }

// Item is the tab as added to the window's AppTabs.
func (t *Actors[T]) Item() *container.TabItem { return t.item }

func (t *Actors[T]) formKey() string { return string(t.k.kind) + ":" + t.k.parts(&t.cur).id }

func (t *Actors[T]) buildUI() fyne.CanvasObject {
	deps, k := t.deps, t.k
	t.form = kit.NewDetailForm()
	t.name = kit.NewFieldEntry()
	t.name.SetPlaceHolder(k.namePlaceholder)
	t.form.Add("name", "Name", t.name)
	t.aliases = newAliasEditor(deps, &t.loading, t.formKey, t.save)
	t.form.Add("aliases", "Aliases", t.aliases.obj)
	entries := []*kit.FieldEntry{t.name}
	for _, f := range k.texts {
		e := kit.NewFieldEntry()
		if f.placeholder != "" {
			e.SetPlaceHolder(f.placeholder)
		}
		t.form.Add(f.key, f.label, e)
		t.texts = append(t.texts, e)
		entries = append(entries, e)
	}
	for _, f := range k.dates {
		d := itemedit.DateInput(deps.Host, &t.loading, t.formKey, t.save)
		t.form.Add(f.key, f.label, d)
		t.dates = append(t.dates, d)
	}
	t.notes = kit.NewTextArea(4)
	t.form.Add("notes", "Notes", t.notes)
	for _, e := range append(entries, t.notes) {
		deps.Host.BindEntry(e, &t.loading, t.formKey, t.save)
	}

	t.relations = itemedit.NewRelationList(deps.Host, func(change func() error) error { return deps.own(t, change) })
	t.events = kit.NewLinks(nil)
	t.cites = itemedit.NewCitationList(deps.Host, k.kind, func(id string, cs []app.Citation) {
		*k.parts(&t.cur).citations = cs
	})
	t.dup = itemedit.NewDupHint(deps.Host, k.kind, deps.Merger)
	t.mergeBtn = widgets.NewButton("Merge into…", theme.ContentCopyIcon(), func() { deps.Merger.Choose(k.kind, k.parts(&t.cur).id) })
	t.mergeBtn.Importance = widget.LowImportance
	deps.Host.Guard(t.mergeBtn)
	merge := container.NewBorder(nil, nil, nil, t.mergeBtn, kit.EmptyNote(k.mergeNote))
	form := container.NewVBox(t.dup.Object(), t.form.Grid, t.relations.Object(),
		kit.Section("Events", t.events.Object()), t.cites.Object(), widget.NewSeparator(), merge)
	t.frame = deps.newTabFrame(tabSpec{
		kind: k.kind, plural: k.plural, noun: k.noun,
		modes: []session.SortMode{
			{Label: "Name A–Z", Cmp: session.ByName}, {Label: "Name Z–A", Cmp: session.ByNameDesc}, {Label: k.detailSort, Cmp: session.ByDetail},
			{Label: "Order added", Cmp: session.ByOrder}, {Label: "Newest first", Cmp: session.ByNewest},
		},
		emptyText: k.emptyText,
		onSelect:  t.ShowItem, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.list = t.frame.list
	return t.frame.content
}

// ShowItem fills the form with an actor ("" shows the placeholder).
func (t *Actors[T]) ShowItem(id string) {
	t.deps.Host.Saver.Flush()
	t.fill(id)
}

// fill fills the form with the item id ("" shows the placeholder).
func (t *Actors[T]) fill(id string) {
	v := t.k.get(t.deps.Host.Index(), id)
	t.has = v != nil
	if v == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.deps.Host.ReadOnly)
		return
	}
	t.list.Selected = id
	t.cur = *v
	p := t.k.parts(v)
	t.loading = true
	setEntry(t.name, *p.name)
	t.aliases.set(*p.aliases)
	for i, f := range t.k.texts {
		setEntry(t.texts[i], *f.field(v))
	}
	for i, f := range t.k.dates {
		setDate(t.dates[i], *f.field(v))
	}
	setEntry(t.notes, *p.notes)
	t.loading = false
	t.form.ClearErrors()
	t.relations.Show(id)
	showEventsOf(t.deps, t.events, id)
	t.cites.Show(id, *p.citations)
	t.dup.Check(id, *p.name, *p.aliases)
	t.frame.showForm(true, t.deps.Host.ReadOnly)
}

// Changed takes the rows again when items of the tab's kind changed,
// and fills the form again when anything it shows changed (not after the
// form's own save).
func (t *Actors[T]) Changed(c session.Change) {
	idx := t.deps.Host.Index()
	if c.Touches(t.k.kind) {
		t.list.SetRows(idx.Rows(t.k.kind))
	}
	if t.deps.origin == Tab(t) || !c.Touches(app.KindPerson, app.KindOrganization, app.KindRelation,
		app.KindEvent, app.KindSource, app.KindCitation) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return t.k.get(idx, id) != nil }))
}

// save writes the form to the case when it changed and is valid.
func (t *Actors[T]) save() {
	if !t.has {
		return
	}
	v, err := t.read()
	if err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	if sameItem(v, t.cur) {
		t.form.ClearErrors()
		t.deps.Host.Status.Saved()
		return
	}
	if err := t.k.validate(&v); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	if err := t.deps.own(t, func() error { return t.k.update(t.deps.Host.Session, v) }); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	t.cur = v
	p := t.k.parts(&v)
	t.dup.Check(p.id, *p.name, *p.aliases)
	t.deps.Host.Status.Saved()
}

// read is the item as the form shows it.
func (t *Actors[T]) read() (T, error) {
	v := t.cur
	p := t.k.parts(&v)
	*p.name = trimmed(t.name)
	*p.aliases = t.aliases.value()
	for i, f := range t.k.texts {
		*f.field(&v) = trimmed(t.texts[i])
	}
	*p.notes = t.notes.Text
	for i, f := range t.k.dates {
		d, err := itemedit.ReadDate(f.key, t.dates[i])
		if err != nil {
			return v, err
		}
		*f.field(&v) = d
	}
	return v, nil
}

// onAdd asks for a new actor's name and creates it.
func (t *Actors[T]) onAdd() {
	t.deps.askNew(t.k.newTitle, t.k.newFields, func(values []string) error {
		v := t.k.fromNew(values)
		return itemedit.AddUnlessDuplicate(t.deps.Host, *t.k.parts(&v).name, func() error { return t.create(v) })
	})
}

// create adds an actor and shows it.
func (t *Actors[T]) create(v T) error {
	if err := t.k.create(t.deps.Host.Session, &v); err != nil {
		return err
	}
	t.deps.Show(t.k.kind, t.k.parts(&v).id)
	t.deps.Host.Status.Saved()
	t.deps.focusNew(t.name)
	return nil
}

// onDelete asks, then deletes the selected actor with what goes with it.
func (t *Actors[T]) onDelete() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	v := t.cur
	p := t.k.parts(&v)
	what := "the " + t.k.noun + " " + app.Quoted(*p.name)
	kit.ConfirmDelete(t.deps.Host.Window, what, actorConsequences(t.deps.Host.Index(), p.id, len(*p.citations), t.k.subj, t.k.obj, t.k.poss), func() {
		next := t.list.Neighbour(p.id)
		if err := t.k.remove(t.deps.Host.Session, p.id); err != nil {
			t.deps.Host.ShowError(t.k.notDeleted, err)
			return
		}
		t.deps.Show(t.k.kind, next)
		t.deps.Host.Status.Saved()
	})
}
