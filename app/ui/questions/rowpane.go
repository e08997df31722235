package questions

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// rowPane shows the evidence row chosen in the matrix: its item with links
// to it and its quote, its source, grade and interest, its credibility
// (the grade's, or the analyst's) and relevance, its note, and the
// buttons that move and remove it.
type rowPane struct {
	t          *Tab
	box        *fyne.Container
	none       *widget.Label
	form       *fyne.Container
	title      *widget.Label
	origin     *widget.Label
	open       *widgets.Button
	quote      *widgets.Button
	assumption *kit.FieldEntry
	cred       *widgets.Select
	rel        *widgets.Select
	note       *widget.Entry
	up, down   *widgets.Button
	remove     *widgets.Button
}

// The choices of the credibility and relevance selects.
var levelChoices = []string{"High", "Medium", "Low"}

func choiceLevel(s string) app.Level {
	switch s {
	case "High":
		return app.LevelHigh
	case "Low":
		return app.LevelLow
	}
	return app.LevelMedium
}

func newRowPane(t *Tab) *rowPane {
	p := &rowPane{t: t}
	p.none = widget.NewLabel("Choose a row of the matrix to see where it comes from and set its weights.")
	p.none.Wrapping = fyne.TextWrapWord
	p.title = widget.NewLabel("")
	p.title.TextStyle.Bold = true
	p.title.Wrapping = fyne.TextWrapWord
	p.origin = widget.NewLabel("")
	p.origin.Wrapping = fyne.TextWrapWord
	p.open = widgets.NewButton("Show the item", theme.NavigateNextIcon(), p.openItem)
	p.quote = widgets.NewButton("Show the quote", theme.DocumentIcon(), p.openQuote)
	p.assumption = kit.NewTextArea(2) // Tab leaves it for the next field
	p.assumption.OnChanged = func(string) { p.changed() }
	p.cred = widgets.NewSelect(append([]string{"From the grade"}, levelChoices...), func(string) { p.changed() })
	p.rel = widgets.NewSelect(levelChoices, func(string) { p.changed() })
	p.note = widget.NewEntry()
	p.note.SetPlaceHolder("Why this rating (optional)")
	p.note.OnChanged = func(string) { p.changed() }
	p.up = widgets.NewButton("", theme.MoveUpIcon(), func() { p.move(-1) })
	p.down = widgets.NewButton("", theme.MoveDownIcon(), func() { p.move(1) })
	p.remove = widgets.NewButton("Remove from the matrix", theme.DeleteIcon(), p.delete)
	weights := widget.NewForm(
		widget.NewFormItem("Credibility", p.cred),
		widget.NewFormItem("Relevance", p.rel),
		widget.NewFormItem("Note", p.note),
	)
	p.form = container.NewVBox(p.title, p.origin, container.NewHBox(p.open, p.quote), p.assumption, weights,
		container.NewHBox(p.up, p.down, p.remove))
	p.box = container.NewStack(p.none, kit.NewWheel(container.NewVScroll(p.form)))
	return p
}

// current is the row shown, or nil.
func (p *rowPane) current() *rowView {
	t := p.t
	if t.row < 0 || t.row >= len(t.view.rows) {
		return nil
	}
	return &t.view.rows[t.row]
}

func (p *rowPane) fill() {
	r := p.current()
	if r == nil {
		p.none.Show()
		p.box.Objects[1].Hide()
		return
	}
	p.none.Hide()
	p.box.Objects[1].Show()
	t := p.t
	t.loading = true
	defer func() { t.loading = false }()
	p.title.SetText(evidenceLabel(r.idx) + "  " + r.origin.Title)
	p.origin.SetText(r.detail())
	if r.e.IsAssumption() {
		p.open.Hide()
		p.quote.Hide()
		p.assumption.Show()
		if !t.edits.pending("row") {
			p.assumption.SetText(r.e.Assumption)
		}
	} else {
		p.assumption.Hide()
		p.open.Show()
		p.quote.Show()
		if r.origin.Quote == nil || r.origin.Source == nil {
			p.quote.Disable()
		} else {
			p.quote.Enable()
		}
	}
	def := t.finder().DefaultCredibility(r.e)
	p.cred.Options[0] = "From the grade (" + levelWord(def) + ")"
	if r.e.Credibility == "" {
		p.cred.SetSelectedIndex(0)
	} else {
		p.cred.SetSelected(levelWord(r.e.Credibility))
	}
	p.rel.SetSelected(levelWord(r.e.RelevanceLevel()))
	if !t.edits.pending("row") {
		p.note.SetText(r.e.Note)
	}
	for _, w := range []fyne.Disableable{p.assumption, p.cred, p.rel, p.note, p.up, p.down, p.remove} {
		if t.readOnly {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	p.form.Refresh() // lay out again without what was hidden
}

// changed saves the row's fields once typing pauses (a select at once).
func (p *rowPane) changed() {
	t := p.t
	r := p.current()
	if t.loading || r == nil {
		return
	}
	e := *r.e
	if p.cred.SelectedIndex() <= 0 {
		e.Credibility = ""
	} else {
		e.Credibility = choiceLevel(p.cred.Selected)
	}
	e.Relevance = choiceLevel(p.rel.Selected)
	if e.Relevance == app.LevelMedium && r.e.Relevance == "" {
		e.Relevance = "" // medium is the default; keep it unset
	}
	e.Note = p.note.Text
	if e.IsAssumption() {
		e.Assumption = p.assumption.Text
	}
	t.edits.later("row", func() { t.saveEvidence(e) })
	if e.Credibility != r.e.Credibility || e.Relevance != r.e.Relevance {
		t.edits.flush() // a weight changes the scores: save it now
	}
}

func (t *Tab) saveEvidence(e app.Evidence) {
	q := t.s.Index().QuestionOf(e.ID)
	if q == nil {
		return
	}
	cur := q.EvidenceRow(e.ID)
	if cur.Assumption == e.Assumption && cur.Credibility == e.Credibility && cur.Relevance == e.Relevance && cur.Note == e.Note {
		return
	}
	t.report(t.s.UpdateEvidence(e))
}

func (p *rowPane) openItem() {
	if r := p.current(); r != nil && r.origin.Kind != "" && p.t.nav != nil {
		item := r.e.Item
		if r.origin.Kind == app.KindAnnotation && r.origin.Source != nil {
			p.t.nav.OpenQuote(r.origin.Source.ID, r.origin.Quote)
			return
		}
		p.t.nav.GoTo(r.origin.Kind, item)
	}
}

func (p *rowPane) openQuote() {
	if r := p.current(); r != nil && r.origin.Source != nil && p.t.nav != nil {
		p.t.nav.OpenQuote(r.origin.Source.ID, r.origin.Quote)
	}
}

// move moves the row up (-1) or down (+1) in the question's order.
func (p *rowPane) move(by int) {
	r := p.current()
	if r == nil {
		return
	}
	t := p.t
	t.edits.flush()
	to := r.idx + by
	if to < 0 || to >= len(t.view.q.Evidence) {
		return
	}
	id := r.e.ID
	if err := t.s.MoveEvidence(id, to); err != nil {
		t.report(err)
		return
	}
	t.chooseEvidence(id)
}

// chooseEvidence makes the row of evidence id the chosen one.
func (t *Tab) chooseEvidence(id string) {
	for i, r := range t.view.rows {
		if r.e.ID == id {
			t.grid.cur.Row = i
			t.row = -1
			t.rowChosen(i)
			t.grid.Refresh()
			t.grid.ScrollTo(t.grid.cur)
			return
		}
	}
}

func (p *rowPane) delete() {
	r := p.current()
	if r == nil {
		return
	}
	t := p.t
	id, label := r.e.ID, evidenceLabel(r.idx)+" "+app.Quoted(r.origin.Title)
	kit.Confirm(t.win, "Remove the evidence?", "Remove "+label+" and its ratings from this question? The item stays in the case.",
		"Remove", "Keep", func() {
			t.edits.drop()
			t.row = -1
			t.report(t.s.DeleteEvidence(id))
		})
}
