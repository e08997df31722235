package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/quantity"
	"casefile/app/session"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// figuresTab lists the disputed figures above a form for the selected one:
// the question, unit, event and assessment, a chart of what each source
// claims, and the claims as an editable table.
type figuresTab struct {
	cw      *caseWindow
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
	eventClear  *widget.Button
	eventPick   *widget.Button
	assessment  *kit.FieldEntry
	summary     *kit.FieldEntry // the analyst's summary line; empty shows the generated one
	useGen      *widget.Button  // "Use generated": clears the analyst's summary
	summaryHint *widget.Label   // says whose summary line is shown
	chart       *widgets.ClaimChart
	claimsBox   *fyne.Container
	rows        []*claimRow
	selRow      *claimRow // the row selected in the table and the chart
	addClaim    *widget.Button
}

func newFiguresTab(cw *caseWindow) *figuresTab {
	t := &figuresTab{cw: cw}
	t.item = container.NewTabItemWithIcon("Disputed figures", theme.NewThemedResource(kit.IconChart), t.buildUI())
	return t
}

func (t *figuresTab) kind() app.Kind              { return app.KindFigure }
func (t *figuresTab) pane() *kit.ListPane         { return t.list }
func (t *figuresTab) tabItem() *container.TabItem { return t.item }
func (t *figuresTab) formKey() string             { return "figure:" + t.cur.ID }

func (t *figuresTab) buildUI() fyne.CanvasObject {
	cw := t.cw
	t.form = kit.NewDetailForm()
	t.question = kit.NewFieldEntry()
	t.question.SetPlaceHolder("What is disputed, e.g. people injured in the raid")
	t.form.Add("question", "Question", t.question)
	t.unit = kit.NewFieldEntry()
	t.unit.SetPlaceHolder("e.g. people, tonnes, US dollars")
	t.form.Add("unit", "Unit", t.unit)
	t.eventBox = container.NewStack()
	t.eventPick = widget.NewButtonWithIcon("Choose…", theme.SearchIcon(), t.onPickEvent)
	t.eventPick.Importance = widget.LowImportance
	t.eventClear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { t.setEvent("") })
	t.eventClear.Importance = widget.LowImportance
	cw.guard(t.eventPick, t.eventClear)
	t.form.Add("event", "Event", container.NewBorder(nil, nil, nil, container.NewHBox(t.eventPick, t.eventClear), t.eventBox))
	t.summary = kit.NewTextArea(2)
	t.useGen = widget.NewButtonWithIcon("Use generated", theme.ViewRefreshIcon(), t.onUseGenerated)
	t.useGen.Importance = widget.LowImportance
	cw.guard(t.useGen)
	t.summaryHint = widget.NewLabel("")
	t.summaryHint.SizeName = theme.SizeNameCaptionText
	t.summaryHint.Truncation = fyne.TextTruncateEllipsis
	t.form.Add("summary", "Summary", container.NewVBox(t.summary,
		container.NewBorder(nil, nil, nil, t.useGen, t.summaryHint)))
	t.assessment = kit.NewTextArea(4)
	t.assessment.SetPlaceHolder("Your assessment: which figure is most credible, and why")
	t.form.Add("assessment", "Assessment", t.assessment)
	for _, e := range []*kit.FieldEntry{t.question, t.unit, t.summary, t.assessment} {
		cw.bindEntry(e, &t.loading, t.formKey, t.save)
	}
	bound := t.summary.OnChanged
	t.summary.OnChanged = func(s string) {
		t.styleSummary()
		bound(s)
	}

	t.chart = widgets.NewClaimChart()
	t.chart.OnSelected = t.onChartSelected
	t.claimsBox = container.NewVBox()
	t.addClaim = widget.NewButtonWithIcon("Add claim…", theme.ContentAddIcon(), t.onAddClaim)
	t.addClaim.Importance = widget.HighImportance
	cw.guard(t.addClaim)
	form := container.NewVBox(t.form.Grid,
		kit.Section("What the sources claim", t.chart),
		kit.Section("Claims", t.claimsBox, t.addClaim))
	t.frame = cw.newTabFrame(tabSpec{
		kind: app.KindFigure, plural: "figures", noun: "figure",
		modes: []session.SortMode{
			{Label: "Question A–Z", Cmp: session.ByName}, {Label: "Order added", Cmp: session.ByOrder}, {Label: "Newest first", Cmp: session.ByNewest},
		},
		emptyText: "Select a disputed figure on the left, or add one with “Add figure”.",
		onSelect:  t.showItem, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.frame.split.Offset = 0.25
	t.list = t.frame.list
	return t.frame.content
}

// showItem fills the form with a figure ("" shows the placeholder).
func (t *figuresTab) showItem(id string) {
	t.cw.saver.Flush()
	t.fill(id)
}

// fill fills the form with the figure id ("" shows the placeholder).
func (t *figuresTab) fill(id string) {
	f := t.cw.idx().Figure(id)
	t.has = f != nil
	if f == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.cw.readOnly)
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
	t.frame.showForm(true, t.cw.readOnly)
}

func (t *figuresTab) showEvent() {
	t.eventBox.RemoveAll()
	if t.cur.Event == "" {
		t.eventBox.Add(kit.EmptyNote("No event: choose the event this figure is about."))
		t.eventClear.Disable()
	} else {
		t.eventBox.Add(t.cw.itemLink(app.KindEvent, t.cur.Event))
		if !t.cw.readOnly {
			t.eventClear.Enable()
		}
	}
	t.eventBox.Refresh()
}

// changed takes the rows again when figures or claims changed, and fills
// the form again when anything it shows changed (not after the form's own
// save, nor a claim row's).
func (t *figuresTab) changed(c session.Change) {
	idx := t.cw.idx()
	if c.Touches(app.KindFigure, app.KindClaim, app.KindSource) {
		t.list.SetRows(idx.Rows(app.KindFigure))
	}
	if t.cw.origin == caseTab(t) || !c.Touches(app.KindFigure, app.KindClaim, app.KindEvent, app.KindPerson,
		app.KindOrganization, app.KindSource, app.KindCitation) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return idx.Figure(id) != nil }))
}

// save writes the figure's own fields when they changed and are valid.
func (t *figuresTab) save() {
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

func (t *figuresTab) update(f app.Figure) {
	if sameItem(f, t.cur) {
		t.form.ClearErrors()
		t.cw.saved()
		return
	}
	check := f
	check.Claims = nil
	if err := check.Validate(); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	if err := t.cw.own(t, func() error { return t.cw.s.UpdateFigure(f) }); err != nil {
		t.cw.failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	unitChanged := f.Unit != t.cur.Unit
	t.cur = f
	if unitChanged {
		t.chart.SetUnit(f.Unit)
	}
	t.refreshSummary()
	t.cw.saved()
}

func (t *figuresTab) onPickEvent() {
	if !t.has {
		return
	}
	t.cw.saver.Flush()
	t.cw.pickEvent("The event this figure is about", t.setEvent)
}

func (t *figuresTab) setEvent(id string) {
	t.cw.saver.Flush()
	f := t.cur
	f.Event = id
	t.update(f)
	t.showEvent()
}

// refreshClaims rebuilds the claims table and chart from the index,
// keeping unsaved draft rows.
func (t *figuresTab) refreshClaims() {
	if !t.has {
		return
	}
	if f := t.cw.idx().Figure(t.cur.ID); f != nil {
		t.cur.Claims = f.Claims
	}
	var drafts []*claimRow
	for _, r := range t.rows {
		if r.claim.ID == "" && r.claim.Figure == t.cur.ID {
			drafts = append(drafts, r)
		}
	}
	t.rows = nil
	t.claimsBox.RemoveAll()
	t.claimsBox.Add(claimHeader())
	for _, c := range t.cur.Claims {
		t.addRow(newClaimRow(t, c))
	}
	for _, r := range drafts {
		r.refreshMeta()
		t.addRow(r)
	}
	if len(t.rows) == 0 {
		t.claimsBox.Objects = nil
		t.claimsBox.Add(kit.EmptyNote("No claims yet. “Add claim…” asks for the source; then type what it said."))
	}
	t.claimsBox.Refresh()
	t.refreshChart()
	t.reselect()
}

func (t *figuresTab) addRow(r *claimRow) {
	t.rows = append(t.rows, r)
	t.claimsBox.Add(r.obj)
}

// refreshChart draws the saved claims on the chart.
func (t *figuresTab) refreshChart() {
	var cs []widgets.ChartClaim
	for _, r := range t.rows {
		c := r.claim
		if c.ID == "" {
			continue
		}
		label := "?"
		var interest app.Interest
		if s := t.cw.idx().Source(c.Source); s != nil {
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
func (t *figuresTab) onAddClaim() {
	if !t.has {
		return
	}
	t.cw.saver.Flush()
	t.cw.pickSource("Which source makes the claim?", nil, func(src string) {
		r := newClaimRow(t, app.Claim{Figure: t.cur.ID, Source: src})
		if len(t.rows) == 0 {
			t.claimsBox.Objects = nil
			t.claimsBox.Add(claimHeader())
		}
		t.addRow(r)
		t.claimsBox.Refresh()
		t.selectRow(r, true)
		t.cw.win.Canvas().Focus(r.phrase)
		t.cw.status.SetText("Type what the source said (“some 100”, “at least 3,000”) to keep the claim.")
	})
}

// onAdd asks for a new figure's question and creates it.
func (t *figuresTab) onAdd() {
	t.cw.askNew("New disputed figure", []newItemField{
		{label: "Question", placeholder: "e.g. people injured in the raid", validate: requiredText("figure's question")},
		{label: "Unit", placeholder: "optional: people, tonnes, US dollars"},
	}, func(v []string) error {
		f := app.Figure{Question: v[0], Unit: v[1]}
		if err := t.cw.s.CreateFigure(&f); err != nil {
			return err
		}
		t.cw.show(app.KindFigure, f.ID)
		t.cw.saved()
		return nil
	})
}

// onDelete asks, then deletes the selected figure with its claims.
func (t *figuresTab) onDelete() {
	if !t.has {
		return
	}
	t.cw.saver.Flush()
	f := t.cur
	cons := ""
	if n := len(f.Claims); n > 0 {
		cons = fmt.Sprintf("Its %s (and their citations) go with it.", app.Plural(n, "claim"))
	}
	kit.ConfirmDelete(t.cw.win, "the disputed figure "+app.Quoted(f.Question), cons, func() {
		next := t.list.Neighbour(f.ID)
		if err := t.cw.s.DeleteFigure(f.ID); err != nil {
			t.cw.showError("The figure was not deleted", err)
			return
		}
		t.cw.show(app.KindFigure, next)
		t.cw.saved()
	})
}

// Column widths of the claims table's second line (as said stretches).
const (
	colNumber      = 84
	colQualifier   = 136
	colCredibility = 170
)

// claimColumns lays out a claim's editable line: the phrase stretches,
// low, high, qualifier and credibility have fixed widths.
type claimColumns struct{}

var claimColumnWidths = []float32{0, colNumber, colNumber, colQualifier, colCredibility}

func (claimColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		h = max(h, m.Height)
		if i < len(claimColumnWidths) && claimColumnWidths[i] > 0 {
			w += claimColumnWidths[i]
		} else {
			w += max(m.Width, 160)
		}
	}
	return fyne.NewSize(w+theme.Padding()*float32(len(objs)-1), h)
}

func (claimColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	fixed := float32(0)
	for i := range objs {
		if i < len(claimColumnWidths) {
			fixed += claimColumnWidths[i]
		}
	}
	stretch := size.Width - fixed - pad*float32(len(objs)-1)
	x := float32(0)
	for i, o := range objs {
		w := stretch
		if i < len(claimColumnWidths) && claimColumnWidths[i] > 0 {
			w = claimColumnWidths[i]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// claimHeader names the columns of the claims table.
func claimHeader() fyne.CanvasObject {
	head := func(s string) fyne.CanvasObject {
		l := widget.NewLabel(s)
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	return container.New(claimColumns{}, head("As said"), head("Low"), head("High"), head("Qualifier"), head("Credibility"))
}

// claimRow is one claim in the table: what is claimed on a first line,
// under the column heads (the phrase as said, low, high, qualifier,
// credibility), and who claims it on a second (source, claimant, grade,
// interest). A row without an id is a draft, saved when its phrase is
// typed.
type claimRow struct {
	tab      *figuresTab
	claim    app.Claim
	loading  bool
	autoNums bool // low/high/qualifier were proposed from the phrase
	autoNote bool // the note was proposed from the phrase ("alleged")

	form     *kit.DetailForm
	phrase   *kit.FieldEntry
	low      *kit.FieldEntry
	high     *kit.FieldEntry
	qual     *widget.Select
	cred     *widget.Select
	asOf     *widgets.DateEntry // read against the source's published date
	note     *kit.FieldEntry
	bg       *rowBackground
	source   *fyne.Container
	claimant *fyne.Container
	grade    *widget.Label
	intIcon  *widget.Icon
	intWord  *widget.Label
	cites    *widget.Button
	del      *widget.Button
	obj      fyne.CanvasObject
}

func newClaimRow(t *figuresTab, c app.Claim) *claimRow {
	cw := t.cw
	r := &claimRow{tab: t, claim: c, form: kit.NewDetailForm()}
	r.phrase = kit.NewFieldEntry()
	r.phrase.SetPlaceHolder("what the source said, e.g. some 100")
	r.low = kit.NewFieldEntry()
	r.low.SetPlaceHolder("low")
	r.high = kit.NewFieldEntry()
	r.high.SetPlaceHolder("high")
	r.note = kit.NewTextArea(2)
	r.note.SetPlaceHolder("note, e.g. alleged; counted at the hospital")
	key := func() string { return fmt.Sprintf("claim:%p", r) }
	for _, e := range []*kit.FieldEntry{r.phrase, r.low, r.high, r.note} {
		cw.bindEntry(e, &r.loading, key, r.save)
		e.OnFocusGained = func() { t.selectRow(r, false) }
	}
	r.asOf = cw.newDateInput(&r.loading, key, r.save)
	saved := r.phrase.OnChanged
	r.phrase.OnChanged = func(s string) {
		if !r.loading {
			r.propose(s)
		}
		saved(s)
	}
	for _, e := range []*kit.FieldEntry{r.low, r.high} {
		next := e.OnChanged
		e.OnChanged = func(s string) {
			if !r.loading {
				r.autoNums = false
			}
			next(s)
		}
	}
	nextNote := r.note.OnChanged
	r.note.OnChanged = func(s string) {
		if !r.loading {
			r.autoNote = false
		}
		nextNote(s)
	}
	r.qual = kit.NewSelect(qualifierOptions(), func(string) {
		if !r.loading {
			r.autoNums = false
			cw.edited(key(), r.save)
			cw.saver.Flush()
		}
	})
	r.cred = kit.NewSelect(credibilityLabels, func(string) {
		if !r.loading {
			cw.edited(key(), r.save)
			cw.saver.Flush()
			r.refreshMeta()
		}
	})
	cw.guard(r.qual, r.cred)

	r.loading = true
	r.phrase.SetText(c.Text)
	r.low.SetText(formatNumber(c.Low))
	r.high.SetText(formatNumber(c.High))
	r.qual.SetSelected(qualifierLabels[c.Qualifier])
	if c.Credibility >= 0 && c.Credibility < len(credibilityLabels) {
		r.cred.SetSelectedIndex(c.Credibility)
	}
	r.note.SetText(c.Note)
	r.asOf.SetReference(cw.sourceDateReference(c.Source))
	r.asOf.SetDate(c.AsOf)
	r.loading = false

	r.source = container.NewStack()
	r.claimant = container.NewStack()
	r.grade = widget.NewLabel("")
	r.grade.TextStyle = fyne.TextStyle{Bold: true}
	r.intIcon = widget.NewIcon(nil)
	r.intWord = widget.NewLabel("")
	changeSource := widget.NewButtonWithIcon("", theme.SearchIcon(), r.onPickSource)
	changeSource.Importance = widget.LowImportance
	changeClaimant := widget.NewButtonWithIcon("", theme.SearchIcon(), r.onPickClaimant)
	changeClaimant.Importance = widget.LowImportance
	r.cites = widget.NewButtonWithIcon("", theme.DocumentIcon(), r.onCite)
	r.cites.Importance = widget.LowImportance
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), r.onDelete)
	r.del.Importance = widget.LowImportance
	cw.guard(changeSource, changeClaimant, r.del)

	_, phraseCell := r.form.Bare("text", r.phrase)
	_, lowCell := r.form.Bare("low", r.low)
	_, highCell := r.form.Bare("high", r.high)
	_, qualCell := r.form.Bare("qualifier", r.qual)
	_, credCell := r.form.Bare("credibility", r.cred)
	_, asOfCell := r.form.Bare("as_of", r.asOf)
	_, noteCell := r.form.Bare("note", r.note)
	srcField, _ := r.form.Bare("source", widget.NewLabel(""))

	who := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewIcon(theme.DocumentIcon()), changeSource, r.source),
		container.NewBorder(nil, nil, widget.NewLabel("by"), changeClaimant, r.claimant),
	)
	meta := container.NewBorder(nil, nil, nil,
		container.NewHBox(r.grade, r.intIcon, r.intWord, r.cites, r.del), who)
	nums := container.New(claimColumns{}, phraseCell, lowCell, highCell, qualCell, credCell)
	more := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, rowLabel("As of"), nil, asOfCell),
		container.NewBorder(nil, nil, rowLabel("Note"), nil, noteCell))
	r.bg = newRowBackground(func() { t.selectRow(r, false) })
	r.obj = container.NewVBox(widget.NewSeparator(),
		container.NewStack(r.bg, container.NewVBox(nums, meta, more, srcField.Err)))
	r.refreshMeta()
	return r
}

// refreshMeta shows the source, claimant, grade and interest.
func (r *claimRow) refreshMeta() {
	cw := r.tab.cw
	r.source.RemoveAll()
	r.source.Add(cw.itemLink(app.KindSource, r.claim.Source))
	r.claimant.RemoveAll()
	if r.claim.Claimant == "" {
		r.claimant.Add(kit.EmptyNote("no one named"))
	} else {
		r.claimant.Add(cw.itemLink(cw.idx().ActorKind(r.claim.Claimant), r.claim.Claimant))
	}
	var rel app.Reliability
	var interest app.Interest
	if s := cw.idx().Source(r.claim.Source); s != nil {
		rel, interest = s.Reliability, s.Interest
	}
	r.grade.SetText(app.Grade(rel, r.cred.SelectedIndex()))
	r.intIcon.SetResource(interestIcon(interest))
	r.intWord.SetText(interest.Words())
	r.cites.SetText("")
	if n := len(r.claim.Citations); n > 0 {
		r.cites.SetText(strconv.Itoa(n))
	}
	r.source.Refresh()
	r.claimant.Refresh()
}

// propose fills low, high and qualifier from the phrase (quantity.Read)
// while the analyst has not typed numbers of their own.
func (r *claimRow) propose(phrase string) {
	p, ok := quantity.Read(phrase)
	r.loading = true
	defer func() { r.loading = false }()
	r.proposeNote(p.Note)
	if !r.autoNums && (strings.TrimSpace(r.low.Text) != "" || strings.TrimSpace(r.high.Text) != "") {
		return
	}
	if !ok {
		if r.autoNums {
			r.low.SetText("")
			r.high.SetText("")
			r.qual.SetSelected(qualifierLabels[""])
		}
		return
	}
	r.autoNums = true
	r.low.SetText(formatNumber(p.Low))
	r.high.SetText(formatNumber(p.High))
	r.qual.SetSelected(qualifierLabels[app.Qualifier(p.Qualifier)])
}

// proposeNote fills the note with the phrase's words such as "alleged"
// (quantity.Read's Note) while the analyst has not written a note.
func (r *claimRow) proposeNote(note string) {
	switch {
	case note != "" && (r.autoNote || strings.TrimSpace(r.note.Text) == ""):
		r.note.SetText(note)
		r.autoNote = true
	case note == "" && r.autoNote:
		r.note.SetText("")
		r.autoNote = false
	}
}

// save creates or updates the claim when it changed and is valid.
func (r *claimRow) save() {
	cw := r.tab.cw
	c := r.claim
	c.Text = strings.TrimSpace(r.phrase.Text)
	var err error
	if c.Low, err = parseNumber("low", r.low.Text); err != nil {
		cw.failed(r.form, err)
		return
	}
	if c.High, err = parseNumber("high", r.high.Text); err != nil {
		cw.failed(r.form, err)
		return
	}
	c.Qualifier = qualifierFromLabel(r.qual.Selected)
	c.Credibility = max(r.cred.SelectedIndex(), 0)
	c.Note = strings.TrimSpace(r.note.Text)
	if c.AsOf, err = readDateInput("as_of", r.asOf); err != nil {
		cw.failed(r.form, err)
		return
	}
	if c.ID == "" && c.Text == "" {
		return // a draft stays a draft until its phrase is typed
	}
	if c.ID != "" && sameItem(c, r.claim) {
		r.form.ClearErrors()
		cw.saved()
		return
	}
	if err := c.Validate(); err != nil {
		cw.failed(r.form, err)
		return
	}
	err = cw.own(r.tab, func() error {
		if c.ID == "" {
			return cw.s.CreateClaim(&c)
		}
		return cw.s.UpdateClaim(c)
	})
	if err != nil {
		cw.failed(r.form, err)
		return
	}
	r.form.ClearErrors()
	r.claim = c
	if f := cw.idx().Figure(c.Figure); f != nil && f.ID == r.tab.cur.ID {
		r.tab.cur.Claims = f.Claims
	}
	r.tab.refreshChart()
	r.tab.reselect()
	r.tab.refreshSummary()
	r.refreshMeta()
	cw.saved()
}

func (r *claimRow) onPickSource() {
	r.tab.cw.saver.Flush()
	r.tab.cw.pickSource("Which source makes the claim?", []string{r.claim.Source}, func(id string) {
		r.setRefs(id, r.claim.Claimant)
	})
}

func (r *claimRow) onPickClaimant() {
	cw := r.tab.cw
	cw.saver.Flush()
	items := append([]pickItem{{id: "", label: "— No one named —", detail: "the source speaks for itself", key: "no one none"}},
		cw.actorItems([]string{r.claim.Claimant})...)
	cw.pick("Who makes the claim?", items, func(id string) {
		r.setRefs(r.claim.Source, id)
	})
}

// setRefs changes the claim's source and claimant.
func (r *claimRow) setRefs(source, claimant string) {
	cw := r.tab.cw
	c := r.claim
	c.Source, c.Claimant = source, claimant
	if c.ID != "" {
		if err := cw.own(r.tab, func() error { return cw.s.UpdateClaim(c) }); err != nil {
			cw.failed(r.form, err)
			return
		}
		r.claim = c
		r.tab.refreshChart()
		r.tab.reselect()
		r.tab.refreshSummary()
		cw.saved()
	} else {
		r.claim = c
	}
	// The as-of date's weekdays are read against the new source's date
	// (a typed date that now reads differently is saved).
	r.asOf.SetReference(cw.sourceDateReference(source))
	r.refreshMeta()
}

func (r *claimRow) onCite() {
	cw := r.tab.cw
	cw.saver.Flush()
	if r.claim.ID == "" {
		kit.ShowMessage(cw.win, "Not saved yet", "Type what the source said first; then the claim can cite sources.")
		return
	}
	cw.citationsDialog(app.KindClaim, r.claim.ID, r.claim.Citations, func(cs []app.Citation) {
		r.claim.Citations = cs
		r.refreshMeta()
	})
}

func (r *claimRow) onDelete() {
	cw := r.tab.cw
	cw.saver.Flush()
	if r.claim.ID == "" {
		r.tab.rows = removeRow(r.tab.rows, r)
		r.tab.refreshClaims()
		return
	}
	c := r.claim
	src := cw.idx().ItemName(app.KindSource, c.Source)
	cons := ""
	if n := len(c.Citations); n > 0 {
		cons = fmt.Sprintf("Its %s go with it.", app.Plural(n, "citation"))
	}
	kit.ConfirmDelete(cw.win, "the claim "+app.Quoted(c.Text)+" from "+app.Quoted(src), cons, func() {
		if err := cw.s.DeleteClaim(c.ID); err != nil {
			cw.showError("The claim was not deleted", err)
			return
		}
		cw.show(app.KindFigure, c.Figure)
		cw.saved()
	})
}

func removeRow(rows []*claimRow, r *claimRow) []*claimRow {
	for i, x := range rows {
		if x == r {
			return append(rows[:i], rows[i+1:]...)
		}
	}
	return rows
}
