// Package questions is the window's Questions tab: the case's disputed
// questions, each with its competing hypotheses, the matrix of evidence
// rated against them (Analysis of Competing Hypotheses), the scores, and
// the analyst's conclusion. It reads the case from an app/session Session
// and changes it only through the session's methods; it redraws what a
// change names when the session tells it.
package questions

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// Tab is the Questions tab. Make it with New; it lives as long as the
// session it reads.
type Tab struct {
	s   *session.Session
	win fyne.Window
	nav host.Navigator

	item    *container.TabItem
	list    *widget.List
	ids     []string // question ids, in list order
	current string   // the question shown, or ""
	view    view
	focused bool // the matrix has the keyboard
	ordered bool // columns least inconsistent first
	hide    bool // non-diagnostic rows left out
	row     int  // the row chosen in the matrix (index into view.rows), or -1
	loading bool // the form is being filled in, not edited

	edits *edits
	unsub func()

	empty    *widget.Label
	body     *fyne.Container
	question *widget.Entry
	grid     *grid
	summary  *widget.Label
	rowPane  *rowPane
	hypPane  *hypPane
	concPane *conclusionPane
	readOnly bool
}

// New builds the tab on session s; win is the window for dialogs, nav
// follows links out of the tab.
func New(s *session.Session, win fyne.Window, nav host.Navigator) *Tab {
	t := &Tab{s: s, win: win, nav: nav, row: -1, edits: newEdits()}
	t.readOnly, _ = s.ReadOnly()
	t.build()
	t.unsub = s.Subscribe(t.changed)
	t.reloadList()
	if len(t.ids) > 0 {
		t.Select(t.ids[0])
	}
	return t
}

// Item is the tab for the window's tab bar.
func (t *Tab) Item() *container.TabItem { return t.item }

// Close stops listening to the session (when the window closes the case).
func (t *Tab) Close() {
	t.edits.flush()
	if t.unsub != nil {
		t.unsub()
		t.unsub = nil
	}
}

// Current is the question on show ("" when there is none).
func (t *Tab) Current() string { return t.current }

// Select shows question id (and selects it in the list).
func (t *Tab) Select(questionID string) {
	for i, id := range t.ids {
		if id == questionID {
			t.list.Select(i) // OnSelected shows it, unless the row was selected already
			t.show(id)
			return
		}
	}
}

func (t *Tab) build() {
	t.list = widget.NewList(func() int { return len(t.ids) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			sub := widget.NewLabel("")
			sub.SizeName = theme.SizeNameCaptionText
			sub.Truncation = fyne.TextTruncateEllipsis
			return container.New(&tightRows{}, l, sub)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			q := t.s.Index().Question(t.ids[i])
			if q == nil {
				return
			}
			c.Objects[0].(*widget.Label).SetText(q.Text)
			c.Objects[1].(*widget.Label).SetText(t.conclusionLine(q))
		})
	t.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(t.ids) {
			t.show(t.ids[i])
		}
	}
	newQ := widgets.NewButton("New question…", theme.ContentAddIcon(), t.newQuestion)
	if t.readOnly {
		newQ.Disable()
	}
	left := container.NewBorder(nil, newQ, nil, nil, t.list)

	t.empty = widget.NewLabel("No disputed questions yet. A question weighs competing answers (hypotheses) against the case's own evidence: add one with New question….")
	t.empty.Wrapping = fyne.TextWrapWord
	t.body = t.buildDetail()
	right := container.NewStack(t.empty, t.body)
	t.body.Hide()
	split := container.NewHSplit(left, right)
	split.Offset = 0.2
	t.item = container.NewTabItemWithIcon("Questions", theme.QuestionIcon(), split)
}

// conclusionLine is a question's second line in the list.
func (t *Tab) conclusionLine(q *app.Question) string {
	c := q.Conclusion
	h := q.Hypothesis(c.Hypothesis)
	if h == nil {
		return app.Plural(len(q.Hypotheses), "hypothesis") + ", " + app.Plural(len(q.Evidence), "evidence row") + "; no conclusion yet"
	}
	s := app.Shorten(h.Text, 40)
	if l, ok := t.s.Index().Case().Yardstick.Likelihood(c.Likelihood); ok {
		s = l.Words + ": " + s
	}
	return s
}

func (t *Tab) buildDetail() *fyne.Container {
	t.question = widget.NewEntry()
	t.question.SetPlaceHolder("The question, as a reader would ask it")
	t.question.OnChanged = func(s string) {
		if !t.loading {
			id := t.current
			t.edits.later("question", func() { t.saveQuestionText(id, s) })
		}
	}
	del := widgets.NewButton("", theme.DeleteIcon(), t.deleteQuestion)
	addItem := widgets.NewButton("Add evidence…", theme.ContentAddIcon(), t.pickEvidence)
	addAssume := widgets.NewButton("Add assumption…", nil, t.addAssumption)
	order := widget.NewCheck("Least inconsistent first", func(on bool) { t.ordered = on; t.redraw() })
	hide := widget.NewCheck("Hide non-diagnostic rows", func(on bool) { t.hide = on; t.redraw() })
	if t.readOnly {
		t.question.Disable()
		del.Disable()
		addItem.Disable()
		addAssume.Disable()
	}
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, del, t.question),
		// Sideways on a narrow window rather than widening it.
		container.NewHScroll(container.NewHBox(addItem, addAssume, widget.NewSeparator(), order, hide)),
	)
	t.grid = newGrid(t)
	t.summary = widget.NewLabel("")
	t.summary.Wrapping = fyne.TextWrapWord
	leg := widget.NewLabel(legend())
	leg.SizeName = theme.SizeNameCaptionText
	leg.Truncation = fyne.TextTruncateEllipsis
	notes := container.NewVBox(t.summary, leg)
	matrix := container.New(&overNotes{notes: notes.MinSize}, t.grid, kit.NewWheel(container.NewVScroll(notes)))

	t.rowPane = newRowPane(t)
	t.hypPane = newHypPane(t)
	t.concPane = newConclusionPane(t)
	tabs := container.NewAppTabs(
		container.NewTabItem("Evidence row", t.rowPane.box),
		container.NewTabItem("Hypotheses", t.hypPane.box),
		container.NewTabItem("Conclusion", t.concPane.box),
	)
	split := container.NewVSplit(matrix, tabs)
	split.Offset = 0.64
	return kit.NewBorder(top, nil, nil, nil, split)
}

// finder looks the evidence rows' items up in the session's index of the
// case as it is now, without an index of its own.
func (t *Tab) finder() *app.ItemFinder {
	x := t.s.Index()
	return app.NewItemFinderOn(x.Data(), x)
}

// changed follows a change to the case.
func (t *Tab) changed(c session.Change) {
	if !c.Touches(app.KindQuestion, app.KindClaim, app.KindEvent, app.KindAnnotation, app.KindFigure, app.KindSource, app.KindCitation, session.KindCase) {
		return
	}
	t.reloadList()
	if t.s.Index().Question(t.current) == nil {
		t.current = ""
		if len(t.ids) > 0 {
			t.Select(t.ids[0])
			return
		}
	}
	t.fill()
}

// reloadList takes the list of questions afresh.
func (t *Tab) reloadList() {
	t.ids = t.ids[:0]
	for _, q := range t.s.Index().Data().Questions {
		t.ids = append(t.ids, q.ID)
	}
	t.list.Refresh()
}

// show makes question id the one shown.
func (t *Tab) show(id string) {
	if id == t.current {
		return
	}
	t.edits.flush()
	t.current, t.row = id, -1
	t.grid.cur = widget.TableCellID{Row: 0, Col: 1}
	t.fill()
}

// fill shows the current question in every part of the detail.
func (t *Tab) fill() {
	q := t.s.Index().Question(t.current)
	if q == nil {
		t.body.Hide()
		t.empty.Show()
		return
	}
	t.empty.Hide()
	t.body.Show()
	t.loading = true
	if !t.edits.pending("question") && t.question.Text != q.Text {
		t.question.SetText(q.Text)
	}
	t.loading = false
	t.redraw()
	t.hypPane.fill(q)
	t.concPane.fill(q)
}

// maxRowRefresh is how many changed rows are redrawn cell by cell; more,
// and the whole matrix on screen is redrawn (which costs about as much as
// redrawing every row on screen).
const maxRowRefresh = 40

// redraw recomputes the matrix and its scores and redraws what changed:
// after one rating, the cells of that row, the headers and the line
// under the matrix; after anything that moves rows or columns, all of it.
func (t *Tab) redraw() {
	q := t.s.Index().Question(t.current)
	if q == nil {
		return
	}
	old := t.view
	t.view = buildView(q, t.finder(), t.ordered, t.hide)
	if t.grid.cur.Row >= len(t.view.rows) {
		t.grid.cur.Row = max(0, len(t.view.rows)-1)
	}
	if t.row >= len(t.view.rows) {
		t.row = -1
	}
	changed, same := old.changedRows(&t.view)
	if !same || len(changed) > maxRowRefresh {
		if len(old.cols) != len(t.view.cols) {
			t.grid.setColumns(len(t.view.cols))
		}
		t.grid.Refresh()
		t.rowPane.fill()
	} else {
		for _, r := range changed {
			for c := 0; c <= len(t.view.cols); c++ {
				t.grid.refreshCell(widget.TableCellID{Row: r, Col: c})
			}
		}
		t.grid.refreshHeaders()
		if slices.Contains(changed, t.row) {
			t.rowPane.fill()
		}
	}
	if s := t.view.summary(); s != t.summary.Text {
		t.summary.SetText(s)
	}
}

// rowChosen shows row (an index into the rows shown) below the matrix.
func (t *Tab) rowChosen(row int) {
	if row == t.row {
		return
	}
	t.edits.flush()
	t.row = row
	t.rowPane.fill()
}

// rate rates one cell.
func (t *Tab) rate(evidence, hypothesis string, r app.Rating) {
	if t.readOnly {
		return
	}
	t.report(t.s.Rate(evidence, hypothesis, r))
}

// report shows a failed change's sentence in a dialog.
func (t *Tab) report(err error) {
	if err != nil {
		kit.ShowError(t.win, "The change was not made", err)
	}
}

func (t *Tab) saveQuestionText(id, text string) {
	q := t.s.Index().Question(id)
	if q == nil || q.Text == text {
		return
	}
	c := *q
	c.Text = text
	t.report(t.s.UpdateQuestion(c))
}

func (t *Tab) deleteQuestion() {
	q := t.s.Index().Question(t.current)
	if q == nil {
		return
	}
	id := q.ID
	kit.Confirm(t.win, "Delete the question?",
		"Delete "+app.Quoted(q.Text)+" with its "+app.Plural(len(q.Hypotheses), "hypothesis")+" and "+app.Plural(len(q.Evidence), "evidence row")+
			"? The items of the case it used stay. Undo brings the question back.",
		"Delete", "Keep", func() {
			t.edits.drop()
			t.report(t.s.DeleteQuestion(id))
		})
}
