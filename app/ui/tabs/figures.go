package tabs

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// Figures lists the disputed figures above a form for the selected one:
// the question, unit, event and assessment, a chart of what each source
// claims, and the claims as an editable table.
type Figures struct {
	deps    *Deps
	frame   *tabFrame
	item    *container.TabItem
	list    *kit.ListPane
	has     bool
	cur     app.Figure
	loading bool

	form        *kit.DetailForm
	question    *kit.FieldEntry
	unit        *kit.FieldEntry
	eventBox    *fyne.Container
	eventClear  *widgets.Button
	eventPick   *widgets.Button
	assessment  *kit.FieldEntry
	summary     *kit.FieldEntry // the analyst's summary line; empty shows the generated one
	useGen      *widgets.Button // "Use generated": clears the analyst's summary
	summaryHint *widget.Label   // says whose summary line is shown
	chart       *widgets.ClaimChart
	claimsBox   *fyne.Container
	rows        []*claimRow
	spare       []*claimRow // rows not shown, filled again for the next figure with more claims
	claimsHead  fyne.CanvasObject
	noClaims    fyne.CanvasObject
	selRow      *claimRow // the row selected in the table and the chart
	addClaim    *widgets.Button
}

// NewFigures makes the Disputed figures tab from deps.
func NewFigures(deps *Deps) *Figures {
	t := &Figures{deps: deps}
	t.item = container.NewTabItemWithIcon("Disputed figures", theme.NewThemedResource(kit.IconChart), t.buildUI())
	return t
}

// Kind is the kind of item the tab lists.
func (t *Figures) Kind() app.Kind { return app.KindFigure }

// Pane is the tab's list.
func (t *Figures) Pane() *kit.ListPane { return t.list }

// Item is the tab as added to the window's AppTabs.
func (t *Figures) Item() *container.TabItem { return t.item }

func (t *Figures) formKey() string { return "figure:" + t.cur.ID }

func (t *Figures) buildUI() fyne.CanvasObject {
	deps := t.deps
	t.form = kit.NewDetailForm()
	t.question = kit.NewFieldEntry()
	t.question.SetPlaceHolder("What is disputed, e.g. people injured in the raid")
	t.form.Add("question", "Question", t.question)
	t.unit = kit.NewFieldEntry()
	t.unit.SetPlaceHolder("e.g. people, tonnes, US dollars")
	t.form.Add("unit", "Unit", container.NewBorder(nil, nil, nil, t.deps.evidenceButton(func() string { return t.cur.ID }), t.unit))
	t.eventBox = container.NewStack()
	t.eventPick = widgets.NewButton("Choose…", theme.SearchIcon(), t.onPickEvent)
	t.eventPick.Importance = widget.LowImportance
	t.eventClear = widgets.NewButton("", theme.ContentClearIcon(), func() { t.setEvent("") })
	t.eventClear.Importance = widget.LowImportance
	deps.Host.Guard(t.eventPick, t.eventClear)
	t.form.Add("event", "Event", container.NewBorder(nil, nil, nil, container.NewHBox(t.eventPick, t.eventClear), t.eventBox))
	t.summary = kit.NewTextArea(2)
	t.useGen = widgets.NewButton("Use generated", theme.ViewRefreshIcon(), t.onUseGenerated)
	t.useGen.Importance = widget.LowImportance
	deps.Host.Guard(t.useGen)
	t.summaryHint = widget.NewLabel("")
	t.summaryHint.SizeName = theme.SizeNameCaptionText
	t.summaryHint.Truncation = fyne.TextTruncateEllipsis
	t.form.Add("summary", "Summary", container.NewVBox(t.summary,
		container.NewBorder(nil, nil, nil, t.useGen, t.summaryHint)))
	t.assessment = kit.NewTextArea(4)
	t.assessment.SetPlaceHolder("Your assessment: which figure is most credible, and why")
	t.form.Add("assessment", "Assessment", t.assessment)
	for _, e := range []*kit.FieldEntry{t.question, t.unit, t.summary, t.assessment} {
		deps.Host.BindEntry(e, &t.loading, t.formKey, t.save)
	}
	bound := t.summary.OnChanged
	t.summary.OnChanged = func(s string) {
		t.styleSummary()
		bound(s)
	}

	t.chart = widgets.NewClaimChart()
	t.chart.OnSelected = t.onChartSelected
	t.claimsBox = container.NewVBox()
	t.claimsHead = claimHeader()
	t.noClaims = kit.EmptyNote("No claims yet. “Add claim…” asks for the source; then type what it said.")
	t.addClaim = widgets.NewButton("Add claim…", theme.ContentAddIcon(), t.onAddClaim)
	t.addClaim.Importance = widget.HighImportance
	deps.Host.Guard(t.addClaim)
	form := container.NewVBox(t.form.Grid,
		kit.Section("What the sources claim", t.chart),
		kit.Section("Claims", t.claimsBox, t.addClaim))
	t.frame = deps.newTabFrame(tabSpec{
		kind: app.KindFigure, plural: "figures", noun: "figure",
		modes: []session.SortMode{
			{Label: "Question A–Z", Cmp: session.ByName}, {Label: "Order added", Cmp: session.ByOrder}, {Label: "Newest first", Cmp: session.ByNewest},
		},
		emptyText: "Select a disputed figure on the left, or add one with “Add figure”.",
		onSelect:  t.ShowItem, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.frame.split.Offset = 0.25
	t.list = t.frame.list
	return t.frame.content
}

// ShowItem fills the form with a figure ("" shows the placeholder).
func (t *Figures) ShowItem(id string) {
	t.deps.Host.Saver.Flush()
	t.fill(id)
}

// fill fills the form with the figure id ("" shows the placeholder).
func (t *Figures) fill(id string) {
	f := t.deps.Host.Index().Figure(id)
	t.has = f != nil
	if f == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.deps.Host.ReadOnly)
		return
	}
	if t.cur.ID != id {
		t.selRow = nil
	}
	t.list.Selected = id
	t.cur = *f
	t.loading = true
	setEntry(t.question, f.Question)
	setEntry(t.unit, f.Unit)
	setEntry(t.summary, f.Summary)
	setEntry(t.assessment, f.Assessment)
	t.loading = false
	t.form.ClearErrors()
	t.showEvent()
	t.refreshClaims()
	t.refreshSummary()
	t.frame.showForm(true, t.deps.Host.ReadOnly)
}

func (t *Figures) showEvent() {
	t.eventBox.RemoveAll()
	if t.cur.Event == "" {
		t.eventBox.Add(kit.EmptyNote("No event: choose the event this figure is about."))
		t.eventClear.Disable()
	} else {
		t.eventBox.Add(itemedit.ItemLink(t.deps.Host, app.KindEvent, t.cur.Event))
		if !t.deps.Host.ReadOnly {
			t.eventClear.Enable()
		}
	}
	t.eventBox.Refresh()
}

// Changed takes the rows again when figures or claims changed, and fills
// the form again when anything it shows changed (not after the form's own
// save, nor a claim row's).
func (t *Figures) Changed(c session.Change) {
	idx := t.deps.Host.Index()
	if c.Touches(app.KindFigure, app.KindClaim, app.KindSource) {
		t.list.SetRows(idx.Rows(app.KindFigure))
	}
	if t.deps.origin == Tab(t) || !c.Touches(app.KindFigure, app.KindClaim, app.KindEvent, app.KindPerson,
		app.KindOrganization, app.KindSource, app.KindCitation) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return idx.Figure(id) != nil }))
}

// save writes the figure's own fields when they changed and are valid.
func (t *Figures) save() {
	if !t.has {
		return
	}
	f := t.cur
	f.Question = trimmed(t.question)
	f.Unit = trimmed(t.unit)
	f.Summary = trimmed(t.summary)
	f.Assessment = t.assessment.Text
	t.update(f)
}

func (t *Figures) update(f app.Figure) {
	if sameItem(f, t.cur) {
		t.form.ClearErrors()
		t.deps.Host.Status.Saved()
		return
	}
	check := f
	check.Claims = nil
	if err := check.Validate(); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	if err := t.deps.own(t, func() error { return t.deps.Host.Session.UpdateFigure(f) }); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	unitChanged := f.Unit != t.cur.Unit
	t.cur = f
	if unitChanged {
		t.chart.SetUnit(f.Unit)
	}
	t.refreshSummary()
	t.deps.Host.Status.Saved()
}

func (t *Figures) onPickEvent() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	itemedit.PickEvent(t.deps.Host, "The event this figure is about", t.setEvent)
}

func (t *Figures) setEvent(id string) {
	t.deps.Host.Saver.Flush()
	f := t.cur
	f.Event = id
	t.update(f)
	t.showEvent()
}

// refreshClaims fills the claims table and chart from the index, keeping
// unsaved draft rows. The rows already made are filled again, in order,
// for the figure's claims (new ones are made only when it has more claims
// than any figure shown before), so that selecting figure after figure
// does not build new widgets each time: Fyne keeps a dropped widget's
// renderer and textures for its cache time.
func (t *Figures) refreshClaims() {
	if !t.has {
		return
	}
	// A pending edit of a row is saved before the row shows another claim.
	t.deps.Host.Saver.Flush()
	if f := t.deps.Host.Index().Figure(t.cur.ID); f != nil {
		t.cur.Claims = f.Claims
	}
	var drafts, free []*claimRow
	for _, r := range t.rows {
		if r.claim.ID == "" && r.claim.Figure == t.cur.ID {
			drafts = append(drafts, r)
		} else {
			free = append(free, r)
		}
	}
	free = append(free, t.spare...)
	t.rows = nil
	t.claimsBox.Objects = append(t.claimsBox.Objects[:0], t.claimsHead)
	for _, c := range t.cur.Claims {
		if len(free) == 0 {
			t.addRow(newClaimRow(t, c))
			continue
		}
		r := free[0]
		free = free[1:]
		r.reset(c)
		t.addRow(r)
	}
	t.spare = append([]*claimRow(nil), free...)
	for _, r := range drafts {
		r.refreshMeta()
		t.addRow(r)
	}
	if len(t.rows) == 0 {
		t.claimsBox.Objects = []fyne.CanvasObject{t.noClaims}
	} else {
		objs := t.claimsBox.Objects
		clear(objs[len(objs):cap(objs)]) // the same array: let go of rows no longer shown
	}
	t.relayoutClaims()
	t.refreshChart()
	t.reselect()
}

func (t *Figures) addRow(r *claimRow) {
	t.rows = append(t.rows, r)
	t.claimsBox.Objects = append(t.claimsBox.Objects, r.obj)
}

// relayoutClaims lays the claims out again after their rows changed,
// without refreshing every row: a row's fields were refreshed by their own
// setters, and refreshing the whole box again drew every row's buttons and
// icons anew and measured every field (more than half of a selection's work
// on the large case, BenchmarkSelectFigureLarge). Fyne lays out what holds
// the box when its size changes (the canvas compares minimum sizes on each
// frame).
func (t *Figures) relayoutClaims() {
	b := t.claimsBox
	b.Layout.Layout(b.Objects, b.Size())
	canvas.Refresh(b)
}

// refreshChart draws the saved claims on the chart.
func (t *Figures) refreshChart() {
	var cs []widgets.ChartClaim
	for _, r := range t.rows {
		c := r.claim
		if c.ID == "" {
			continue
		}
		label := "?"
		var interest app.Interest
		if s := t.deps.Host.Index().Source(c.Source); s != nil {
			label = app.Shorten(firstNonEmpty(s.Publisher, s.Title), 28)
			interest = s.Interest
		}
		cs = append(cs, widgets.ChartClaim{ID: c.ID, Label: label, Low: c.Low, High: c.High, Qualifier: c.Qualifier, Interest: interest})
	}
	t.chart.SetUnit(t.cur.Unit)
	t.chart.SetClaims(cs)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// onAddClaim asks for the claim's source; a row appears for the phrase.
func (t *Figures) onAddClaim() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	itemedit.PickSource(t.deps.Host, "Which source makes the claim?", nil, func(src string) {
		r := newClaimRow(t, app.Claim{Figure: t.cur.ID, Source: src})
		if len(t.rows) == 0 {
			t.claimsBox.Objects = []fyne.CanvasObject{t.claimsHead}
		}
		t.addRow(r)
		t.relayoutClaims()
		// Lay the form out again with the new row before scrolling to it:
		// its position is not known before, and the form went to the chart.
		t.frame.scroll.Refresh()
		t.selectRow(r, true)
		t.deps.Host.Window.Canvas().Focus(r.phrase)
		t.deps.Host.Status.Say("Type what the source said (“some 100”, “at least 3,000”) to keep the claim.")
	})
}

// onAdd asks for a new figure's question and creates it.
func (t *Figures) onAdd() {
	t.deps.askNew("New disputed figure", []newItemField{
		{label: "Question", placeholder: "e.g. people injured in the raid", validate: kit.RequiredText("figure's question")},
		{label: "Unit", placeholder: "optional: people, tonnes, US dollars"},
	}, func(v []string) error {
		f := app.Figure{Question: v[0], Unit: v[1]}
		if err := t.deps.Host.Session.CreateFigure(&f); err != nil {
			return err
		}
		t.deps.Show(app.KindFigure, f.ID)
		t.deps.Host.Status.Saved()
		t.deps.focusNew(t.question)
		return nil
	})
}

// onDelete asks, then deletes the selected figure with its claims.
func (t *Figures) onDelete() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	f := t.cur
	cons := ""
	if n := len(f.Claims); n > 0 {
		cons = fmt.Sprintf("Its %s (and their citations) go with it.", app.Plural(n, "claim"))
	}
	cons = kit.JoinNonEmpty(" ", cons, t.deps.DeleteNote(app.KindFigure, f.ID))
	kit.ConfirmDelete(t.deps.Host.Window, "the disputed figure "+app.Quoted(f.Question), cons, func() {
		next := t.list.Neighbour(f.ID)
		if err := t.deps.Host.Session.DeleteFigure(f.ID); err != nil {
			t.deps.Host.ShowError("The figure was not deleted", err)
			return
		}
		t.deps.Show(app.KindFigure, next)
		t.deps.Host.Status.Saved()
	})
}

var claimColumnWidths = []float32{0, colNumber, colNumber, colQualifier, colCredibility}
