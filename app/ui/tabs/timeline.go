package tabs

import (
	"fmt"
	"slices"

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

// Timeline lists the case's events in date order above a form for the
// selected event: title, date, place, key flag, description, participants
// and sources cited. A strip across the top draws the events on a time
// axis.
type Timeline struct {
	deps    *Deps
	frame   *tabFrame
	item    *container.TabItem
	list    *kit.ListPane
	strip   *widgets.Timeline
	has     bool
	cur     app.Event
	loading bool

	form      *kit.DetailForm
	title     *kit.FieldEntry
	date      *widgets.DateEntry
	place     *kit.FieldEntry
	key       *widget.Check
	desc      *kit.FieldEntry
	parts     *fyne.Container // partLinks' rows
	partLinks *kit.Links
	addPart   *widgets.Button
	cites     *itemedit.CitationList
	figures   *fyne.Container // figLinks' rows
	figLinks  *kit.Links
}

// NewTimeline makes the Timeline tab from deps.
func NewTimeline(deps *Deps) *Timeline {
	t := &Timeline{deps: deps}
	t.item = container.NewTabItemWithIcon("Timeline", theme.HistoryIcon(), t.buildUI())
	return t
}

// Kind is the kind of item the tab lists.
func (t *Timeline) Kind() app.Kind { return app.KindEvent }

// Pane is the tab's list.
func (t *Timeline) Pane() *kit.ListPane { return t.list }

// Item is the tab as added to the window's AppTabs.
func (t *Timeline) Item() *container.TabItem { return t.item }

func (t *Timeline) formKey() string { return "event:" + t.cur.ID }

func (t *Timeline) buildUI() fyne.CanvasObject {
	deps := t.deps
	t.form = kit.NewDetailForm()
	t.title = kit.NewFieldEntry()
	t.title.SetPlaceHolder("What happened, in a few words")
	t.form.Add("title", "Title", t.title)
	t.date = itemedit.DateInput(deps.Host, &t.loading, t.formKey, t.save)
	t.form.Add("date", "Date", t.date)
	t.place = kit.NewFieldEntry()
	t.place.SetPlaceHolder("Where it happened")
	t.form.Add("place", "Place", t.place)
	t.key = widget.NewCheck("Key event (leads the briefing)", func(bool) {
		if !t.loading {
			deps.Host.Edited(t.formKey(), t.save)
			deps.Host.Saver.Flush()
		}
	})
	deps.Host.Guard(t.key)
	t.form.Add("key", "", container.NewBorder(nil, nil, nil, deps.evidenceButton(func() string { return t.cur.ID }), t.key))
	t.desc = kit.NewTextArea(5)
	t.desc.SetPlaceHolder("What the sources say happened")
	t.form.Add("description", "Description", t.desc)
	for _, e := range []*kit.FieldEntry{t.title, t.place, t.desc} {
		deps.Host.BindEntry(e, &t.loading, t.formKey, t.save)
	}

	t.partLinks = kit.NewLinks(func(d fyne.Disableable) { deps.Host.Guard(d) })
	t.parts = t.partLinks.Object()
	t.addPart = widgets.NewButton("Add participant…", theme.ContentAddIcon(), t.onAddParticipant)
	deps.Host.Guard(t.addPart)
	t.cites = itemedit.NewCitationList(deps.Host, app.KindEvent, t.citesChanged)
	t.cites.Amend = t.withCitations
	t.figLinks = kit.NewLinks(nil)
	t.figures = t.figLinks.Object()
	form := container.NewVBox(t.form.Grid,
		kit.Section("Participants", t.parts, t.addPart),
		t.cites.Object(),
		kit.Section("Disputed figures about this event", t.figures),
	)
	t.frame = deps.newTabFrame(tabSpec{
		kind: app.KindEvent, plural: "events", noun: "event",
		modes: []session.SortMode{
			{Label: "Oldest first", Cmp: session.ByDate}, {Label: "Newest first", Cmp: session.ByDateDesc},
			{Label: "Title A–Z", Cmp: session.ByName}, {Label: "Order added", Cmp: session.ByOrder},
		},
		emptyText: "Select an event on the left, or add one with “Add event”.",
		onSelect:  t.onSelect, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.list = t.frame.list

	t.strip = widgets.NewTimeline()
	t.strip.OnSelected = func(id string) { t.deps.Show(app.KindEvent, id) }
	return newTimelineArrangement(widgets.NewTimelineView(t.strip), t.frame.split)
}

// citesChanged takes the event's citations after the analyst cited or
// removed a source. Words for days are read against the first cited
// source's date: the date's words, typed now or saved before, are read
// again (and saved if their date changes).
func (t *Timeline) citesChanged(_ string, cs []app.Citation) {
	t.cur.Citations = cs
	t.date.SetReference(itemedit.EventDateReference(t.deps.Host.Index(), &t.cur))
	t.date.ReadAgain()
}

// withCitations is the event as it is with citations cs, and whether its
// date changes with them: words for a day ("Tuesday") are read against
// the first cited source's date. The citation list saves the two as one
// change; citesChanged then finds the date read already.
func (t *Timeline) withCitations(cs []app.Citation) (app.Event, bool) {
	e := t.cur
	if e.Date.Phrase == "" {
		return e, false
	}
	e.Citations = cs
	ref, _ := itemedit.EventDateReference(t.deps.Host.Index(), &e)
	d, _, err := app.ReadDate(e.Date.Phrase, ref)
	if err != nil || d == e.Date {
		return e, false
	}
	e.Date = d
	return e, true
}

// onSelect shows the event the analyst clicked.
func (t *Timeline) onSelect(id string) { t.ShowItem(id) }

// ShowItem saves what is pending and shows an event ("" shows the
// placeholder).
func (t *Timeline) ShowItem(id string) {
	t.deps.Host.Saver.Flush()
	t.fill(id)
}

// fill fills the form with an event ("" shows the placeholder).
func (t *Timeline) fill(id string) {
	e := t.deps.Host.Index().Event(id)
	t.has = e != nil
	if e == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.deps.Host.ReadOnly)
		t.strip.Select("")
		return
	}
	t.list.Selected = id
	t.cur = *e
	t.cur.Participants = slices.Clone(e.Participants)
	t.loading = true
	setEntry(t.title, t.cur.Title)
	t.date.SetReference(itemedit.EventDateReference(t.deps.Host.Index(), &t.cur))
	setDate(t.date, t.cur.Date)
	setEntry(t.place, t.cur.Place)
	t.key.SetChecked(t.cur.Key)
	setEntry(t.desc, t.cur.Description)
	t.loading = false
	t.form.ClearErrors()
	t.showParticipants()
	t.cites.Show(id, e.Citations)
	t.showFigures()
	t.strip.Select(id)
	t.frame.showForm(true, t.deps.Host.ReadOnly)
}

// Changed takes the events again when events changed, and fills the form
// again when anything it shows changed (not after the form's own save).
func (t *Timeline) Changed(c session.Change) {
	idx := t.deps.Host.Index()
	if c.Touches(app.KindEvent) {
		t.list.SetRows(idx.Rows(app.KindEvent))
		t.refreshStrip()
	}
	if t.deps.origin == Tab(t) || !c.Touches(app.KindEvent, app.KindPerson, app.KindOrganization,
		app.KindFigure, app.KindSource, app.KindCitation, session.KindCase) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return idx.Event(id) != nil }))
}

// refreshStrip gives the time strip the events.
func (t *Timeline) refreshStrip() {
	rows := t.deps.Host.Index().Rows(app.KindEvent)
	items := make([]widgets.TimelineItem, 0, len(rows))
	for _, r := range rows {
		if !r.Date.OK {
			continue
		}
		items = append(items, widgets.TimelineItem{
			ID: r.ID, Title: r.Title, Key: r.Mark,
			Earliest: r.Date.D.Earliest(), Latest: r.Date.D.Latest(),
			Approximate: r.Date.D.Approximate(), Uncertain: r.Date.D.Uncertain(),
		})
	}
	t.strip.SetItems(items)
}

// save writes the form to the case when it changed and is valid.
func (t *Timeline) save() {
	if !t.has {
		return
	}
	ev := t.cur
	ev.Title = trimmed(t.title)
	ev.Place = trimmed(t.place)
	ev.Description = t.desc.Text
	ev.Key = t.key.Checked
	d, err := itemedit.ReadDate("date", t.date)
	if err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	ev.Date = d
	t.update(ev)
}

// update stores ev (the form's event with a change) and shows the result.
func (t *Timeline) update(ev app.Event) {
	if sameItem(ev, t.cur) {
		t.form.ClearErrors()
		t.deps.Host.Status.Saved()
		return
	}
	if err := ev.Validate(); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	if err := t.deps.own(t, func() error { return t.deps.Host.Session.UpdateEvent(ev) }); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	t.cur = ev
	t.strip.Select(ev.ID)
}

// showParticipants lists the event's participants as links.
func (t *Timeline) showParticipants() {
	items := make([]kit.LinkItem, len(t.cur.Participants))
	for i, id := range t.cur.Participants {
		items[i] = itemedit.ActorItem(t.deps.Host, id)
		items[i].OnRemove = func() { t.removeParticipant(id) }
	}
	t.partLinks.Set(items, "No participants yet.", "")
}

// showFigures lists the disputed figures about this event.
func (t *Timeline) showFigures() {
	var items []kit.LinkItem
	for _, f := range t.deps.Host.Index().Data().Figures {
		if f.Event == t.cur.ID {
			items = append(items, itemedit.LinkItem(t.deps.Host, app.KindFigure, f.ID))
		}
	}
	t.figLinks.Set(items, "None. A disputed figure can name this event on the Disputed figures tab.", "")
}

func (t *Timeline) onAddParticipant() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	itemedit.PickActor(t.deps.Host, "Add a participant to “"+app.Shorten(t.cur.Title, 40)+"”", t.cur.Participants, func(id string) {
		ev := t.cur
		ev.Participants = append(slices.Clone(t.cur.Participants), id)
		t.update(ev)
		t.showParticipants()
	})
}

func (t *Timeline) removeParticipant(id string) {
	t.deps.Host.Saver.Flush()
	ev := t.cur
	ev.Participants = slices.DeleteFunc(slices.Clone(t.cur.Participants), func(p string) bool { return p == id })
	t.update(ev)
	t.showParticipants()
}

// onAdd asks for a new event's title and date and creates it.
func (t *Timeline) onAdd() {
	t.deps.askNew("New event", []newItemField{
		{label: "Title", placeholder: "What happened", validate: kit.RequiredText("event's title")},
		{label: "Date", placeholder: "2023-06-20, June 2023, early 1980s…", validate: t.deps.dateValidator(true), date: true},
	}, func(v []string) error {
		d, err := parseDateInput("date", v[1], t.deps.refTime())
		if err != nil {
			return err
		}
		ev := app.Event{Title: v[0], Date: d}
		if err := t.deps.Host.Session.CreateEvent(&ev); err != nil {
			return err
		}
		t.refreshStrip()
		t.deps.Show(app.KindEvent, ev.ID)
		t.deps.Host.Status.Saved()
		t.deps.Host.Window.Canvas().Focus(t.place)
		return nil
	})
}

// onDelete asks, then deletes the selected event.
func (t *Timeline) onDelete() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	ev := t.cur
	var goes []string
	if n := len(ev.Citations); n > 0 {
		goes = append(goes, fmt.Sprintf("Its %s go with it.", app.Plural(n, "citation")))
	}
	nf := 0
	for _, f := range t.deps.Host.Index().Data().Figures {
		if f.Event == ev.ID {
			nf++
		}
	}
	if nf > 0 {
		goes = append(goes, fmt.Sprintf("%s about it keep their claims and lose the link to it.", app.Plural(nf, "disputed figure")))
	}
	goes = append(goes, t.deps.DeleteNote(app.KindEvent, ev.ID))
	kit.ConfirmDelete(t.deps.Host.Window, "the event "+app.Quoted(ev.Title), kit.JoinNonEmpty(" ", goes...), func() {
		next := t.list.Neighbour(ev.ID)
		if err := t.deps.Host.Session.DeleteEvent(ev.ID); err != nil {
			t.deps.Host.ShowError("The event was not deleted", err)
			return
		}
		t.deps.Show(app.KindEvent, next)
		t.deps.Host.Status.Saved()
	})
}
