package tabs

import (
	"casefile/app"
	"casefile/app/quantity"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/widgets"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// claimColumns lays out a claim's editable line: the phrase stretches,
// low, high, qualifier and credibility have fixed widths.
type claimColumns struct{}

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
	tab      *Figures
	claim    app.Claim
	loading  bool
	autoNums bool // low/high/qualifier were proposed from the phrase
	autoNote bool // the note was proposed from the phrase ("alleged")

	form     *kit.DetailForm
	phrase   *kit.FieldEntry
	low      *kit.FieldEntry
	high     *kit.FieldEntry
	qual     *widgets.Select
	cred     *widgets.Select
	asOf     *widgets.DateEntry // read against the source's published date
	note     *kit.FieldEntry
	bg       *rowBackground
	source   *fyne.Container
	claimant *fyne.Container
	grade    *widget.Label
	intIcon  *widget.Icon
	intWord  *widget.Label
	cites    *widgets.Button
	del      *widgets.Button
	obj      fyne.CanvasObject
}

func newClaimRow(t *Figures, c app.Claim) *claimRow {
	deps := t.deps
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
		deps.Host.BindEntry(e, &r.loading, key, r.save)
		e.OnFocusGained = func() { t.selectRow(r, false) }
	}
	r.asOf = itemedit.DateInput(deps.Host, &r.loading, key, r.save)
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
	r.qual = kit.NewSelect(itemedit.QualifierOptions(), func(string) {
		if !r.loading {
			r.autoNums = false
			deps.Host.Edited(key(), r.save)
			deps.Host.Saver.Flush()
		}
	})
	r.cred = kit.NewSelect(credibilityLabels, func(string) {
		if !r.loading {
			deps.Host.Edited(key(), r.save)
			deps.Host.Saver.Flush()
			r.refreshMeta()
		}
	})
	deps.Host.Guard(r.qual, r.cred)

	r.fillInputs(c)
	r.build()
	r.refreshMeta()
	return r
}

// reset makes the row show the saved claim c instead of the one it
// showed: its inputs, source, claimant and grade, with no error shown and
// nothing proposed from the phrase.
func (r *claimRow) reset(c app.Claim) {
	r.claim = c
	r.autoNums, r.autoNote = false, false
	r.form.ClearErrors()
	r.fillInputs(c)
	r.refreshMeta()
}

// fillInputs shows the claim's fields in the row's inputs.
func (r *claimRow) fillInputs(c app.Claim) {
	deps := r.tab.deps
	r.loading = true
	r.phrase.SetText(c.Text)
	r.low.SetText(itemedit.FormatNumber(c.Low))
	r.high.SetText(itemedit.FormatNumber(c.High))
	r.qual.SetSelected(itemedit.QualifierLabel(c.Qualifier))
	if c.Credibility >= 0 && c.Credibility < len(credibilityLabels) {
		r.cred.SetSelectedIndex(c.Credibility)
	}
	r.note.SetText(c.Note)
	r.asOf.SetReference(itemedit.SourceDateReference(deps.Host.Index(), c.Source))
	r.asOf.SetDate(c.AsOf)
	r.loading = false
}

// build lays out the row: the phrase and numbers under the column heads,
// the source, claimant and grade, the as-of date and the note.
func (r *claimRow) build() {
	t, deps := r.tab, r.tab.deps
	r.source = container.NewStack()
	r.claimant = container.NewStack()
	r.grade = widget.NewLabel("")
	r.grade.TextStyle = fyne.TextStyle{Bold: true}
	r.intIcon = widget.NewIcon(nil)
	r.intWord = widget.NewLabel("")
	changeSource := widgets.NewButton("", theme.SearchIcon(), r.onPickSource)
	changeSource.Importance = widget.LowImportance
	changeClaimant := widgets.NewButton("", theme.SearchIcon(), r.onPickClaimant)
	changeClaimant.Importance = widget.LowImportance
	r.cites = widgets.NewButton("", theme.DocumentIcon(), r.onCite)
	r.cites.Importance = widget.LowImportance
	r.del = widgets.NewButton("", theme.DeleteIcon(), r.onDelete)
	r.del.Importance = widget.LowImportance
	deps.Host.Guard(changeSource, changeClaimant, r.del)

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
}

// refreshMeta shows the source, claimant, grade and interest.
func (r *claimRow) refreshMeta() {
	deps := r.tab.deps
	r.source.RemoveAll()
	r.source.Add(itemedit.ItemLink(deps.Host, app.KindSource, r.claim.Source))
	r.claimant.RemoveAll()
	if r.claim.Claimant == "" {
		r.claimant.Add(kit.EmptyNote("no one named"))
	} else {
		r.claimant.Add(itemedit.ItemLink(deps.Host, deps.Host.Index().ActorKind(r.claim.Claimant), r.claim.Claimant))
	}
	var rel app.Reliability
	var interest app.Interest
	if s := deps.Host.Index().Source(r.claim.Source); s != nil {
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
			r.qual.SetSelected(itemedit.QualifierLabel(""))
		}
		return
	}
	r.autoNums = true
	r.low.SetText(itemedit.FormatNumber(p.Low))
	r.high.SetText(itemedit.FormatNumber(p.High))
	r.qual.SetSelected(itemedit.QualifierLabel(app.Qualifier(p.Qualifier)))
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
	deps := r.tab.deps
	c := r.claim
	c.Text = strings.TrimSpace(r.phrase.Text)
	var err error
	if c.Low, err = itemedit.ParseNumber("low", r.low.Text); err != nil {
		deps.Host.Status.Failed(r.form, err)
		return
	}
	if c.High, err = itemedit.ParseNumber("high", r.high.Text); err != nil {
		deps.Host.Status.Failed(r.form, err)
		return
	}
	c.Qualifier = itemedit.QualifierFromLabel(r.qual.Selected)
	c.Credibility = max(r.cred.SelectedIndex(), 0)
	c.Note = strings.TrimSpace(r.note.Text)
	if c.AsOf, err = itemedit.ReadDate("as_of", r.asOf); err != nil {
		deps.Host.Status.Failed(r.form, err)
		return
	}
	if c.ID == "" && c.Text == "" {
		return // a draft stays a draft until its phrase is typed
	}
	if c.ID != "" && sameItem(c, r.claim) {
		r.form.ClearErrors()
		deps.Host.Status.Saved()
		return
	}
	if err := c.Validate(); err != nil {
		deps.Host.Status.Failed(r.form, err)
		return
	}
	err = deps.own(r.tab, func() error {
		if c.ID == "" {
			return deps.Host.Session.CreateClaim(&c)
		}
		return deps.Host.Session.UpdateClaim(c)
	})
	if err != nil {
		deps.Host.Status.Failed(r.form, err)
		return
	}
	r.form.ClearErrors()
	r.claim = c
	if f := deps.Host.Index().Figure(c.Figure); f != nil && f.ID == r.tab.cur.ID {
		r.tab.cur.Claims = f.Claims
	}
	r.tab.refreshChart()
	r.tab.reselect()
	r.tab.refreshSummary()
	r.refreshMeta()
	deps.Host.Status.Saved()
}

func (r *claimRow) onPickSource() {
	r.tab.deps.Host.Saver.Flush()
	itemedit.PickSource(r.tab.deps.Host, "Which source makes the claim?", []string{r.claim.Source}, func(id string) {
		r.setRefs(id, r.claim.Claimant)
	})
}

func (r *claimRow) onPickClaimant() {
	deps := r.tab.deps
	deps.Host.Saver.Flush()
	items := append([]itemedit.PickItem{{ID: "", Label: "— No one named —", Detail: "the source speaks for itself", Key: "no one none"}},
		itemedit.ActorItems(deps.Host.Index(), []string{r.claim.Claimant})...)
	itemedit.Pick(deps.Host.Window, "Who makes the claim?", items, func(id string) {
		r.setRefs(r.claim.Source, id)
	})
}

// setRefs changes the claim's source and claimant.
func (r *claimRow) setRefs(source, claimant string) {
	deps := r.tab.deps
	c := r.claim
	c.Source, c.Claimant = source, claimant
	if c.ID != "" {
		if err := deps.own(r.tab, func() error { return deps.Host.Session.UpdateClaim(c) }); err != nil {
			deps.Host.Status.Failed(r.form, err)
			return
		}
		r.claim = c
		r.tab.refreshChart()
		r.tab.reselect()
		r.tab.refreshSummary()
		deps.Host.Status.Saved()
	} else {
		r.claim = c
	}
	// The as-of date's weekdays are read against the new source's date
	// (a typed date that now reads differently is saved).
	r.asOf.SetReference(itemedit.SourceDateReference(deps.Host.Index(), source))
	r.refreshMeta()
}

func (r *claimRow) onCite() {
	deps := r.tab.deps
	deps.Host.Saver.Flush()
	if r.claim.ID == "" {
		kit.ShowMessage(deps.Host.Window, "Not saved yet", "Type what the source said first; then the claim can cite sources.")
		return
	}
	itemedit.CitationsDialog(deps.Host, app.KindClaim, r.claim.ID, r.claim.Citations, func(cs []app.Citation) {
		r.claim.Citations = cs
		r.refreshMeta()
	})
}

func (r *claimRow) onDelete() {
	deps := r.tab.deps
	deps.Host.Saver.Flush()
	if r.claim.ID == "" {
		r.tab.rows = removeRow(r.tab.rows, r)
		r.tab.refreshClaims()
		return
	}
	c := r.claim
	src := deps.Host.Index().ItemName(app.KindSource, c.Source)
	cons := ""
	if n := len(c.Citations); n > 0 {
		cons = fmt.Sprintf("Its %s go with it.", app.Plural(n, "citation"))
	}
	cons = kit.JoinNonEmpty(" ", cons, deps.DeleteNote(app.KindClaim, c.ID))
	kit.ConfirmDelete(deps.Host.Window, "the claim "+app.Quoted(c.Text)+" from "+app.Quoted(src), cons, func() {
		if err := deps.Host.Session.DeleteClaim(c.ID); err != nil {
			deps.Host.ShowError("The claim was not deleted", err)
			return
		}
		deps.Show(app.KindFigure, c.Figure)
		deps.Host.Status.Saved()
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

// Column widths of the claims table's second line (as said stretches).
const (
	colNumber      = 84
	colQualifier   = 136
	colCredibility = 170
)
