package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/quantity"
	"casefile/app/session"
	"casefile/app/textfind"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/app/ui/questions"
	"casefile/widgets"
)

// The actions of the bar beside a selection. Each new item opens a small
// form filled in from the phrase, with the quote it will cite shown at the
// top: when the suggestion is right, Save (or Enter) is all it takes, and
// the window then goes to the new item (Back returns to the text).

// source is the shown source.
func (a *annotator) source() *app.Source { return &a.t.cur }

// onNewEvent opens a new event: its title from the phrase, its date from
// a date phrase in the sentence, read against the source's date.
func (a *annotator) onNewEvent() {
	q, ok := a.selectedQuote()
	if !ok {
		return
	}
	src := a.source()
	ref := textfind.Reference(src.Published)
	f := a.newQuickForm("New event", q)
	title := f.entry("Title", textfind.TitleFromPhrase(q.Exact), "What happened", kit.RequiredText("event's title"))
	date := widgets.NewDateEntry()
	date.SetReference(ref, "the source's date")
	if d, ok := textfind.DateNear([]rune(a.shownText), q.Start, q.End, ref); ok {
		date.SetDate(d)
	}
	date.OnSubmitted = func(app.Date) { f.submit() }
	date.OnEscape = f.cancel
	f.add("Date", date)
	f.onSave = func() (func(), error) {
		d, err := itemedit.ReadDate("date", date)
		if err != nil {
			return nil, err
		}
		ev := app.Event{Title: strings.TrimSpace(title.Text), Date: d, Citations: a.quoted(q)}
		if err := ev.Validate(); err != nil {
			return nil, err
		}
		if err := a.cw.s.CreateEvent(&ev); err != nil {
			return nil, err
		}
		return a.madeFrom(app.KindEvent, ev.ID, ev.Title), nil
	}
	f.show()
}

// onNewActor opens a new person or organization named by the phrase,
// saying so when the name is one the case already has.
func (a *annotator) onNewActor(k app.Kind) {
	q, ok := a.selectedQuote()
	if !ok {
		return
	}
	noun, detail, hint := "person", "Role", "optional: spokesperson, minister, witness"
	if k == app.KindOrganization {
		noun, detail, hint = "organization", "Kind", "optional: party, ministry, police force, outlet"
	}
	f := a.newQuickForm("New "+noun, q)
	name := textfind.NameFromPhrase(q.Exact)
	nameE := f.entry("Name", name, "Name as usually written", kit.RequiredText(noun+"'s name"))
	detailE := f.entry(detail, "", hint, nil)
	if same, err := a.cw.s.SimilarActors(name, nil, ""); err == nil && len(same) > 0 {
		f.add("", a.duplicateNote(f, same[0], q))
	}
	f.onSave = func() (func(), error) {
		id, title, err := a.createActor(k, strings.TrimSpace(nameE.Text), strings.TrimSpace(detailE.Text), a.quoted(q))
		if err != nil {
			return nil, err
		}
		return a.madeFrom(k, id, title), nil
	}
	f.show()
}

// duplicateNote warns that the name is already in the case and offers to
// cite the selection for that item instead.
func (a *annotator) duplicateNote(f *quickForm, h app.ActorMatch, q app.Quote) fyne.CanvasObject {
	l := widget.NewLabel(a.cw.idx().ActorName(h.ID) + " is already in the case (" + h.Kind.Label() + ").")
	l.Wrapping = fyne.TextWrapWord
	b := widgets.NewButton("Cite for it instead", theme.MailAttachmentIcon(), func() {
		f.dlg.Hide()
		a.citeFor(h.Kind, h.ID, q)
	})
	// The icon marks the warning; the words stay in the text colour.
	warn := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
	return container.NewVBox(warn, container.NewHBox(b))
}

// createActor adds a person or organization with its citations to the
// case, as one change.
func (a *annotator) createActor(k app.Kind, name, detail string, cites []app.Citation) (id, title string, err error) {
	cw := a.cw
	if k == app.KindOrganization {
		o := app.Organization{Name: name, Kind: detail, Citations: cites}
		if err := o.Validate(); err != nil {
			return "", "", err
		}
		if err := cw.s.CreateOrganization(&o); err != nil {
			return "", "", err
		}
		return o.ID, o.Name, nil
	}
	p := app.Person{Name: name, Role: detail, Citations: cites}
	if err := p.Validate(); err != nil {
		return "", "", err
	}
	if err := cw.s.CreatePerson(&p); err != nil {
		return "", "", err
	}
	return p.ID, p.Name, nil
}

// claimMenu lists the disputed figures a claim from the selection could
// be about, and New disputed figure….
// evidenceMenu lists the case's questions: choosing one notes the
// selection and adds it as evidence to that question, in one change.
func (a *annotator) evidenceMenu() *fyne.Menu {
	q, ok := a.selectedQuote()
	if !ok {
		return nil
	}
	it := questions.EvidenceFor(a.cw.s, a.cw.win, questions.AddQuote(a.cw.s, a.shown, q))
	if it == nil {
		none := fyne.NewMenuItem("No disputed questions yet: add one on the Questions tab", nil)
		none.Disabled = true
		return fyne.NewMenu("Evidence for", none)
	}
	return fyne.NewMenu("Evidence for", it.ChildMenu.Items...)
}

func (a *annotator) claimMenu() *fyne.Menu {
	if _, ok := a.selectedQuote(); !ok {
		return nil
	}
	const most = 12
	var items []*fyne.MenuItem
	rows := a.cw.idx().Rows(app.KindFigure)
	for _, i := range a.figureOrder(rows) {
		if len(items) == most {
			break
		}
		id := rows[i].ID
		items = append(items, fyne.NewMenuItem(app.Shorten(rows[i].Title, 60), func() { a.onNewClaim(id) }))
	}
	if len(rows) > most {
		items = append(items, fyne.NewMenuItem("Other disputed figure…", func() {
			itemedit.Pick(a.cw.win, "Which disputed figure is the claim about?", a.figureItems(), a.onNewClaim)
		}))
	}
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	items = append(items, fyne.NewMenuItem("New disputed figure…", func() { a.onNewClaim("") }))
	return fyne.NewMenu("New claim", items...)
}

// figureOrder orders the figures for the claim menu: those a claim was
// last made for first, then by question.
func (a *annotator) figureOrder(rows []session.Row) []int {
	order := session.SortedOrder(rows, session.ByName)
	var out []int
	for _, r := range a.recent {
		if r.kind != app.KindClaim {
			continue
		}
		fig := a.cw.idx().ClaimFigure(r.id)
		for _, i := range order {
			if rows[i].ID == fig {
				out = append(out, i)
			}
		}
	}
	for _, i := range order {
		dup := false
		for _, j := range out {
			dup = dup || i == j
		}
		if !dup {
			out = append(out, i)
		}
	}
	return out
}

// figureItems lists the disputed figures for a picker.
func (a *annotator) figureItems() []itemedit.PickItem {
	var items []itemedit.PickItem
	for _, r := range a.cw.idx().Rows(app.KindFigure) {
		items = append(items, itemedit.PickItem{ID: r.ID, Label: r.Title, Detail: r.Detail, Icon: theme.NewThemedResource(kit.IconChart), Key: r.Filter})
	}
	itemedit.SortPickItems(items)
	return items
}

// claimFields are a claim's fields in a quick form, proposed from the
// phrase (quantity.Read) until the analyst types numbers of their own.
type claimFields struct {
	phrase, low, high *widget.Entry
	qual              *widget.Select
	claimant          string
	manual            bool // the analyst typed numbers of their own
	proposing         bool // propose is filling the numbers in
}

// addClaimFields adds the claim's fields to f, filled in from q.
func (a *annotator) addClaimFields(f *quickForm, q app.Quote) *claimFields {
	c := &claimFields{}
	c.phrase = f.entry("As said", app.OneLine(q.Exact), "what the source said, e.g. some 100", kit.RequiredText("claim's phrase"))
	c.low = f.entry("Low", "", "low", nil)
	c.high = f.entry("High", "", "high", nil)
	c.qual = widget.NewSelect(qualifierOptions(), nil)
	f.add("Qualifier", c.qual)
	c.propose(c.phrase.Text)
	c.phrase.OnChanged = c.propose
	for _, e := range []*widget.Entry{c.low, c.high} {
		e.OnChanged = func(string) { c.manual = c.manual || !c.proposing }
	}
	who := container.NewStack(kit.EmptyNote("no one named"))
	set := func(id string) {
		c.claimant = id
		who.RemoveAll()
		if id == "" {
			who.Add(kit.EmptyNote("no one named"))
		} else {
			who.Add(widget.NewLabel(a.cw.idx().ActorName(id)))
		}
	}
	choose := widgets.NewButton("Choose…", theme.SearchIcon(), func() {
		items := append([]itemedit.PickItem{{ID: "", Label: "— No one named —", Detail: "the source speaks for itself", Key: "no one none"}},
			itemedit.ActorItems(a.cw.idx(), nil)...)
		itemedit.Pick(a.cw.win, "Who makes the claim?", items, set)
	})
	choose.Importance = widget.LowImportance
	f.add("Claimant", container.NewBorder(nil, nil, nil, choose, who))
	if named := a.namedNear(q); len(named) > 0 {
		row := container.NewHBox(widget.NewLabel("Named here:"))
		for _, h := range named {
			b := widgets.NewButton(app.Shorten(a.cw.idx().ActorName(h.ID), 30), nil, func() { set(h.ID) })
			b.Importance = widget.LowImportance
			row.Add(b)
		}
		f.add("", row)
	}
	return c
}

// namedNear lists (at most three of) the people and organizations named
// in the sentence around a quote: the likely claimants.
func (a *annotator) namedNear(q app.Quote) []textfind.Hit {
	runes := []rune(a.shownText)
	s, e := textfind.SentenceAround(runes, q.Start, q.End)
	named := textfind.ActorsNamedIn(a.cw.idx().Data(), string(runes[s:e]))
	return named[:min(len(named), 3)]
}

// propose fills the numbers and qualifier from the phrase.
func (c *claimFields) propose(phrase string) {
	if c.manual {
		return
	}
	p, ok := quantity.Read(phrase)
	if !ok {
		p = quantity.Proposal{}
	}
	c.proposing = true
	defer func() { c.proposing = false }()
	c.low.SetText(formatNumber(p.Low))
	c.high.SetText(formatNumber(p.High))
	c.qual.SetSelected(qualifierLabels[app.Qualifier(p.Qualifier)])
}

// claim reads the fields into a claim from source src about figure fig.
func (c *claimFields) claim(fig, src string) (app.Claim, error) {
	cl := app.Claim{Figure: fig, Source: src, Claimant: c.claimant, Text: strings.TrimSpace(c.phrase.Text),
		Qualifier: qualifierFromLabel(c.qual.Selected)}
	var err error
	if cl.Low, err = parseNumber("low", c.low.Text); err != nil {
		return cl, err
	}
	if cl.High, err = parseNumber("high", c.high.Text); err != nil {
		return cl, err
	}
	return cl, nil
}

// onNewClaim opens a new claim about figure fig ("" asks for a new
// figure's question too), made by the shown source.
func (a *annotator) onNewClaim(fig string) {
	q, ok := a.selectedQuote()
	if !ok {
		return
	}
	title := "New claim"
	if f := a.cw.idx().Figure(fig); f != nil {
		title = "New claim: " + app.Shorten(f.Question, 50)
	} else if fig != "" {
		return
	}
	f := a.newQuickForm(title, q)
	var question, unit *widget.Entry
	if fig == "" {
		question = f.entry("Question", "", "the disputed figure, e.g. people injured in the raid", kit.RequiredText("figure's question"))
		unit = f.entry("Unit", "", "optional: people, tonnes, US dollars", nil)
	}
	cf := a.addClaimFields(f, q)
	f.onSave = func() (func(), error) {
		cl, err := cf.claim(fig, a.source().ID)
		if err != nil {
			return nil, err
		}
		cl.Citations = a.quoted(q)
		if fig != "" {
			if err := a.cw.s.CreateClaim(&cl); err != nil {
				return nil, err
			}
			return a.madeFrom(app.KindClaim, cl.ID, cl.Text), nil
		}
		if err := cl.Validate(); err != nil { // named as the claim's, not the figure's
			return nil, err
		}
		// A new figure and its first claim are one change and one undo step.
		fg := app.Figure{Question: strings.TrimSpace(question.Text), Unit: strings.TrimSpace(unit.Text), Claims: []app.Claim{cl}}
		if err := fg.Validate(); err != nil {
			return nil, err
		}
		if err := a.cw.s.CreateFigure(&fg); err != nil {
			return nil, err
		}
		return a.madeFrom(app.KindClaim, fg.Claims[0].ID, cl.Text), nil
	}
	f.show()
}

// citeMenu offers the items to cite the selection for: the people and
// organizations it names, those last used, and a search over all items.
func (a *annotator) citeMenu() *fyne.Menu {
	q, ok := a.selectedQuote()
	if !ok {
		return nil
	}
	var items []*fyne.MenuItem
	seen := map[string]bool{}
	add := func(k app.Kind, id string) {
		if seen[id] || len(items) >= 8 || a.cw.idx().ItemName(k, id) == "" {
			return
		}
		seen[id] = true
		items = append(items, fyne.NewMenuItem(a.cw.itemLabel(k, id, ""), func() { a.citeFor(k, id, q) }))
	}
	for _, h := range textfind.ActorsNamedIn(a.cw.idx().Data(), q.Exact) {
		add(h.Kind, h.ID)
	}
	for _, r := range a.recent {
		add(r.kind, r.id)
	}
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	items = append(items, fyne.NewMenuItem("Search all items…", func() { a.pickCiteTarget(q) }))
	return fyne.NewMenu("Cite for", items...)
}

// pickCiteTarget lets the analyst choose any item to cite the quote for.
func (a *annotator) pickCiteTarget(q app.Quote) {
	itemedit.Pick(a.cw.win, "Cite the selection for…", a.citeTargets(), func(key string) {
		k, id, ok := strings.Cut(key, "\x00")
		if ok {
			a.citeFor(app.Kind(k), id, q)
		}
	})
}

// citeTargets lists every item that can cite a source: events, people,
// organizations, relations and claims. Ids are "kind\x00id".
func (a *annotator) citeTargets() []itemedit.PickItem {
	d := a.cw.idx().Data()
	var items []itemedit.PickItem
	add := func(k app.Kind, id, label, detail string, icon fyne.Resource, extra ...string) {
		items = append(items, itemedit.PickItem{ID: string(k) + "\x00" + id, Label: label, Detail: detail, Icon: icon,
			Key: session.FoldKey(append([]string{label, detail}, extra...)...)})
	}
	for _, e := range d.Events {
		add(app.KindEvent, e.ID, e.Title, "event · "+app.HumanDate(e.Date), theme.HistoryIcon())
	}
	for _, it := range itemedit.ActorItems(a.cw.idx(), nil) {
		add(a.cw.idx().ActorKind(it.ID), it.ID, it.Label, it.Detail, it.Icon, it.Key)
	}
	for _, r := range d.Relations {
		add(app.KindRelation, r.ID, a.cw.idx().ItemName(app.KindRelation, r.ID), "relation", theme.NewThemedResource(kit.IconLink))
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			add(app.KindClaim, c.ID, "“"+c.Text+"”", "claim · "+f.Question+" · "+a.cw.idx().ItemName(app.KindSource, c.Source),
				theme.NewThemedResource(kit.IconChart))
		}
	}
	itemedit.SortPickItems(items)
	return items
}

// citeFor cites the shown source, with the quote q, for an existing item,
// and stays on the text.
func (a *annotator) citeFor(k app.Kind, id string, q app.Quote) {
	if err := a.cite(k, id, q); err != nil {
		a.cw.showError("The quote was not attached", err)
		return
	}
	a.remember(k, id)
	a.collapse()
	a.refresh()
	a.cw.saved()
	a.cw.status.SetText("Cited " + app.Quoted(a.source().Title) + " for " + a.cw.itemLabel(k, id, "") + " · all changes saved at " + time.Now().Format("15:04"))
}

// cite attaches the quote q of the shown source to an item: to its
// citation of the source that has no quote yet, if it has one, else as a
// new citation. The index follows.
func (a *annotator) cite(k app.Kind, item string, q app.Quote) error {
	cw := a.cw
	cw.saver.Flush()
	src := a.source().ID
	for _, c := range cw.idx().CitationsOf(k, item) {
		if c.Source == src && c.Quote == nil {
			c.Quote = &q
			if err := cw.s.UpdateCitation(c); err != nil {
				return err
			}
			return nil
		}
	}
	c := app.Citation{Item: item, Source: src, Quote: &q}
	return cw.s.AddCitation(&c)
}

// quoted is the citation of the quote q of the shown source that a new
// item made from the selection is created with: the item and its citation
// are one change, so one Undo takes both away.
func (a *annotator) quoted(q app.Quote) []app.Citation {
	return []app.Citation{{Source: a.source().ID, Quote: &q}}
}

// madeFrom returns what to do once the dialog that made a new item from
// the selection has closed: go to the item, Back leading to the text.
func (a *annotator) madeFrom(k app.Kind, id, name string) func() {
	a.remember(k, id)
	a.collapse()
	src := a.source().Title
	return func() {
		a.cw.saved()
		a.cw.goTo(k, id)
		a.cw.status.SetText("Added " + k.Label() + " " + app.Quoted(name) + ", citing " + app.Quoted(src) +
			" · Back returns to the text · all changes saved at " + time.Now().Format("15:04"))
	}
}

// linkSuggestion cites the shown source for a person or organization at
// the occurrence of its name that was clicked.
func (a *annotator) linkSuggestion(h textfind.Hit) {
	if a.cw.readOnly {
		return
	}
	q := app.Quote(anchor.Capture(a.shownText, h.Start, h.End))
	a.citeFor(h.Kind, h.ID, q)
}

// onNote opens a note on the selection.
func (a *annotator) onNote() {
	q, ok := a.selectedQuote()
	if !ok {
		return
	}
	f := a.newQuickForm("Note on the text", q)
	text := f.noteEntry()
	text.SetPlaceHolder("Your note: what to check, what it contradicts…")
	text.Validator = kit.RequiredText("note")
	f.add("Note", text)
	f.first = text
	f.onSave = func() (func(), error) {
		if err := text.Validate(); err != nil {
			return nil, err
		}
		n := app.Annotation{Source: a.source().ID, Note: strings.TrimSpace(text.Text), Quote: &q}
		if err := n.Validate(); err != nil {
			return nil, err
		}
		if err := a.cw.s.CreateAnnotation(&n); err != nil {
			return nil, err
		}
		a.collapse()
		a.refresh()
		return func() {
			a.cw.saved()
			a.cw.status.SetText("Added a note on the text · all changes saved at " + time.Now().Format("15:04"))
		}, nil
	}
	f.show()
}

// editNote opens a note clicked in the text, to change or delete it.
func (a *annotator) editNote(n app.Annotation) {
	q := app.Quote{}
	if n.Quote != nil {
		q = *n.Quote
	}
	f := a.newQuickForm("Note on the text", q)
	text := f.noteEntry()
	text.SetText(n.Note)
	a.cw.h.Guard(text)
	f.add("Note", text)
	f.first = text
	del := widgets.NewButton("Delete note", theme.DeleteIcon(), func() {
		f.dlg.Hide()
		a.deleteNote(n)
	})
	del.Importance = widget.LowImportance
	a.cw.h.Guard(del)
	f.add("", container.NewHBox(del))
	f.onSave = func() (func(), error) {
		if a.cw.readOnly || strings.TrimSpace(text.Text) == n.Note {
			return nil, nil
		}
		m := n
		m.Note = strings.TrimSpace(text.Text)
		if err := m.Validate(); err != nil {
			return nil, err
		}
		if err := a.cw.s.UpdateAnnotation(m); err != nil {
			return nil, err
		}
		a.refresh()
		return a.cw.saved, nil
	}
	f.show()
}

// deleteNote deletes a note (Undo brings it back).
func (a *annotator) deleteNote(n app.Annotation) {
	if err := a.cw.s.DeleteAnnotation(n.ID); err != nil {
		a.cw.showError("The note was not deleted", err)
		return
	}
	a.refresh()
	a.cw.saved()
	a.cw.status.SetText("Deleted the note · Edit ▸ Undo brings it back")
}
