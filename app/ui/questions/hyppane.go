package questions

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// hypPane lists the question's hypotheses (2 to 7) to edit, reorder,
// remove and add to.
type hypPane struct {
	t       *Tab
	box     *fyne.Container
	rows    *fyne.Container
	ids     []string // the hypotheses shown, in order
	entries map[string]*widget.Entry
	add     *widget.Entry
	addBtn  *widgets.Button
	note    *widget.Label
}

func newHypPane(t *Tab) *hypPane {
	p := &hypPane{t: t, entries: map[string]*widget.Entry{}}
	p.rows = container.NewVBox()
	p.add = widget.NewEntry()
	p.add.SetPlaceHolder("Another hypothesis: a short statement")
	p.add.OnSubmitted = func(string) { p.addHypothesis() }
	p.addBtn = widgets.NewButton("Add", theme.ContentAddIcon(), p.addHypothesis)
	p.note = widget.NewLabel(fmt.Sprintf("A question weighs %d to %d hypotheses. Include the ones you doubt: the method works by ruling out.", app.MinHypotheses, app.MaxHypotheses))
	p.note.Wrapping = fyne.TextWrapWord
	p.note.SizeName = theme.SizeNameCaptionText
	p.box = container.NewStack(kit.NewWheel(container.NewVScroll(container.NewVBox(p.rows,
		container.NewBorder(nil, nil, nil, p.addBtn, p.add), p.note))))
	return p
}

func (p *hypPane) fill(q *app.Question) {
	var ids []string
	for _, h := range q.Hypotheses {
		ids = append(ids, h.ID)
	}
	if !slices.Equal(ids, p.ids) {
		p.rebuild(q)
	}
	t := p.t
	t.loading = true
	for _, h := range q.Hypotheses {
		if e := p.entries[h.ID]; e != nil && e.Text != h.Text && !t.edits.pending("hyp "+h.ID) {
			e.SetText(h.Text)
		}
	}
	t.loading = false
	full := len(q.Hypotheses) >= app.MaxHypotheses || t.readOnly
	if full {
		p.add.Disable()
		p.addBtn.Disable()
	} else {
		p.add.Enable()
		p.addBtn.Enable()
	}
}

// rebuild makes one line per hypothesis: its number, its statement, and
// buttons to move it up or down and remove it.
func (p *hypPane) rebuild(q *app.Question) {
	t := p.t
	p.ids = p.ids[:0]
	p.entries = map[string]*widget.Entry{}
	p.rows.RemoveAll()
	for i, h := range q.Hypotheses {
		id := h.ID
		p.ids = append(p.ids, id)
		e := widget.NewEntry()
		e.SetText(h.Text)
		e.OnChanged = func(s string) {
			if !t.loading {
				t.edits.later("hyp "+id, func() { t.saveHypothesis(id, s) })
			}
		}
		p.entries[id] = e
		at := i
		up := widgets.NewButton("", theme.MoveUpIcon(), func() { t.moveHypothesis(id, at-1) })
		down := widgets.NewButton("", theme.MoveDownIcon(), func() { t.moveHypothesis(id, at+1) })
		del := widgets.NewButton("", theme.DeleteIcon(), func() { t.deleteHypothesis(id) })
		if i == 0 {
			up.Disable()
		}
		if i == len(q.Hypotheses)-1 {
			down.Disable()
		}
		if len(q.Hypotheses) <= app.MinHypotheses {
			del.Disable()
		}
		if t.readOnly {
			e.Disable()
			up.Disable()
			down.Disable()
			del.Disable()
		}
		p.rows.Add(container.NewBorder(nil, nil, widget.NewLabel(hypothesisLabel(i)), container.NewHBox(up, down, del), e))
	}
}

func (p *hypPane) addHypothesis() {
	t := p.t
	text := p.add.Text
	if t.current == "" || text == "" {
		return
	}
	if err := t.s.AddHypothesis(t.current, &app.Hypothesis{Text: text}); err != nil {
		t.report(err)
		return
	}
	p.add.SetText("")
}

func (t *Tab) saveHypothesis(id, text string) {
	q := t.s.Index().QuestionOf(id)
	if q == nil || q.Hypothesis(id).Text == text {
		return
	}
	t.report(t.s.UpdateHypothesis(app.Hypothesis{ID: id, Text: text}))
}

func (t *Tab) moveHypothesis(id string, to int) {
	t.edits.flush()
	t.report(t.s.MoveHypothesis(id, to))
}

func (t *Tab) deleteHypothesis(id string) {
	q := t.s.Index().QuestionOf(id)
	if q == nil {
		return
	}
	h := q.Hypothesis(id)
	msg := "Remove the hypothesis " + app.Quoted(h.Text) + " and its ratings?"
	if q.Conclusion.Hypothesis == id {
		msg += " The conclusion names it and will lose it."
	}
	kit.Confirm(t.win, "Remove the hypothesis?", msg, "Remove", "Keep", func() {
		t.edits.flush()
		t.report(t.s.DeleteHypothesis(id))
	})
}
