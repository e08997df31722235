package questions

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
)

// newQuestion asks for a question and its first two hypotheses.
func (t *Tab) newQuestion() {
	var d *kit.FormDialog
	keys := &kit.DialogKeys{Submit: func() { d.Submit() }, Cancel: func() { d.Hide() }}
	text := keys.Entry()
	text.SetPlaceHolder("Why did …? Was …? Who …?")
	h1, h2 := keys.Entry(), keys.Entry()
	h1.SetPlaceHolder("One answer, as a short statement")
	h2.SetPlaceHolder("A competing answer")
	items := []*widget.FormItem{
		widget.NewFormItem("Question", text),
		widget.NewFormItem("Hypothesis 1", h1),
		widget.NewFormItem("Hypothesis 2", h2),
	}
	d = kit.NewFormDialog("New disputed question", "Add", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		q := app.Question{Text: strings.TrimSpace(text.Text), Hypotheses: []app.Hypothesis{{Text: strings.TrimSpace(h1.Text)}, {Text: strings.TrimSpace(h2.Text)}}}
		if err := t.s.CreateQuestion(&q); err != nil {
			t.report(err)
			return
		}
		t.Select(q.ID)
	}, t.win)
	keys.Attach(t.win, d)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
	t.win.Canvas().Focus(text)
}

// addAssumption asks for the text of an assumption to rate as evidence.
func (t *Tab) addAssumption() {
	if t.current == "" {
		return
	}
	var d *kit.FormDialog
	keys := &kit.DialogKeys{Submit: func() { d.Submit() }, Cancel: func() { d.Hide() }}
	text := keys.MultiLineEntry() // Enter a new line, Shift+Enter adds
	text.SetMinRowsVisible(3)
	text.SetPlaceHolder("What you take to be true without a source, e.g. “The court acts only on a prosecutor's request.”")
	id := t.current
	d = kit.NewFormDialog("Add an assumption", "Add", "Cancel", []*widget.FormItem{widget.NewFormItem("Assumption", text)}, func(ok bool) {
		if ok {
			t.addEvidence(id, app.Evidence{Assumption: strings.TrimSpace(text.Text)})
		}
	}, t.win)
	keys.Attach(t.win, d)
	d.Resize(fyne.NewSize(560, 240))
	d.Show()
	t.win.Canvas().Focus(text)
}

func (t *Tab) addEvidence(question string, e app.Evidence) {
	if err := t.s.AddEvidence(question, &e); err != nil {
		t.report(err)
		return
	}
	t.chooseEvidence(e.ID)
}

// candidate is an item the evidence picker offers.
type candidate struct {
	id, kind, text string
}

// candidates lists the case's claims, events, notes and quotes, and
// disputed figures that question q does not use yet.
func (t *Tab) candidates(q *app.Question) []candidate {
	used := map[string]bool{}
	for _, e := range q.Evidence {
		used[e.Item] = true
	}
	d := t.s.Index().Data()
	var out []candidate
	add := func(id string, k app.Kind) {
		if !used[id] {
			o := t.finder().Origin(&app.Evidence{Item: id})
			text := o.Title
			if o.Source != nil {
				text += " — " + sourceName(o.Source)
				if o.Grade != "" {
					text += ", " + o.Grade
				}
			}
			out = append(out, candidate{id: id, kind: k.Label(), text: text})
		}
	}
	for i := range d.Figures {
		for _, c := range d.Figures[i].Claims {
			add(c.ID, app.KindClaim)
		}
	}
	for _, e := range d.Events {
		add(e.ID, app.KindEvent)
	}
	for _, n := range d.Annotations {
		add(n.ID, app.KindAnnotation)
	}
	for _, f := range d.Figures {
		add(f.ID, app.KindFigure)
	}
	return out
}

// matching keeps the candidates whose text holds every word of filter,
// case and diacritics ignored.
func matching(cs []candidate, filter string) []candidate {
	words := strings.Fields(app.Fold(filter))
	if len(words) == 0 {
		return cs
	}
	var out []candidate
	for _, c := range cs {
		f := app.Fold(c.kind + " " + c.text)
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(f, w) }) {
			out = append(out, c)
		}
	}
	return out
}

// pickEvidence offers the items of the case to add as evidence rows. The
// filter has the focus; Up and Down move the highlight, Space on a row
// ticks it, and Enter adds the ticked rows — or, when none is ticked, the
// highlighted one (the first match until the highlight moves). Escape
// closes the picker without adding.
func (t *Tab) pickEvidence() {
	q := t.s.Index().Question(t.current)
	if q == nil {
		return
	}
	all := t.candidates(q)
	shown := all
	chosen := map[string]bool{}
	cur := -1 // the highlighted row of shown
	var d *kit.ConfirmDialog
	keys := &kit.DialogKeys{Submit: func() { d.Confirm() }, Cancel: func() { d.Hide() }}
	var list *widget.List
	list = widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject { return keys.Check("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := shown[i]
			ck := o.(*kit.KeyCheck)
			ck.OnChanged = nil
			ck.SetText(c.kind + ": " + app.Shorten(c.text, 110))
			ck.SetChecked(chosen[c.id])
			ck.OnChanged = func(on bool) { chosen[c.id] = on }
		})
	highlight := func(i int) {
		if cur = i; i < 0 {
			list.UnselectAll()
			return
		}
		list.Select(i)
		list.ScrollTo(i)
	}
	list.OnSelected = func(i widget.ListItemID) { cur = i }
	filter := keys.Entry()
	filter.SetPlaceHolder("Filter: words of a claim, an event, a quote or a source")
	filter.OnChanged = func(s string) {
		shown = matching(all, s)
		list.Refresh()
		highlight(min(0, len(shown)-1))
	}
	filter.OnMove = func(delta int) {
		if len(shown) > 0 {
			highlight(max(0, min(len(shown)-1, cur+delta)))
		}
	}
	id := q.ID
	content := kit.NewBorder(filter, nil, nil, nil, list)
	d = kit.NewConfirmDialog("Add evidence to "+app.Quoted(q.Text), "Add", "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		if len(chosen) == 0 && cur >= 0 && cur < len(shown) {
			chosen[shown[cur].id] = true
		}
		for _, c := range all { // in the picker's order
			if chosen[c.id] {
				t.addEvidence(id, app.Evidence{Item: c.id})
			}
		}
	}, t.win)
	keys.Attach(t.win, d)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
	highlight(min(0, len(shown)-1))
	t.win.Canvas().Focus(filter)
}
