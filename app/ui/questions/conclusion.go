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

// conclusionPane is the analyst's judgement on the question: which
// hypothesis, how likely in the case's yardstick, with what confidence,
// why, and what would be seen if it were wrong.
type conclusionPane struct {
	t          *Tab
	box        *fyne.Container
	hyp        *widgets.Select
	likelihood *widgets.Select
	confidence *widget.RadioGroup
	reasoning  *kit.FieldEntry
	indicators *kit.FieldEntry
	yardstick  *widgets.Select
	words      []app.Likelihood // the likelihood select's choices
	hypIDs     []string         // the hypothesis select's choices after "none"
}

const noConclusion = "— no conclusion yet"

func newConclusionPane(t *Tab) *conclusionPane {
	p := &conclusionPane{t: t}
	p.hyp = widgets.NewSelect(nil, func(string) { p.changed(true) })
	p.likelihood = widgets.NewSelect(nil, func(string) { p.changed(true) })
	var conf []string
	for _, c := range app.Confidences {
		conf = append(conf, string(c))
	}
	p.confidence = widget.NewRadioGroup(conf, func(string) { p.changed(true) })
	p.confidence.Horizontal = true
	p.reasoning = kit.NewTextArea(3) // Tab leaves it for the next field
	p.reasoning.SetPlaceHolder("Why: the evidence that rules the others out, and its weight")
	p.reasoning.OnChanged = func(string) { p.changed(false) }
	p.indicators = kit.NewTextArea(2) // Tab leaves it for the next field
	p.indicators.SetPlaceHolder("What would be seen if this judgement were wrong")
	p.indicators.OnChanged = func(string) { p.changed(false) }
	var ys []string
	for _, y := range app.Yardsticks {
		ys = append(ys, y.Name())
	}
	p.yardstick = widgets.NewSelect(ys, p.yardstickChosen)
	note := widget.NewLabel("The likelihood words are the case's yardstick's, for every question.")
	note.SizeName = theme.SizeNameCaptionText
	form := widget.NewForm(
		widget.NewFormItem("Judgement", p.hyp),
		widget.NewFormItem("Likelihood", p.likelihood),
		widget.NewFormItem("Confidence", p.confidence),
		widget.NewFormItem("Reasoning", p.reasoning),
		widget.NewFormItem("Indicators", p.indicators),
		widget.NewFormItem("Yardstick", container.NewVBox(p.yardstick, note)),
	)
	p.box = container.NewStack(kit.NewWheel(container.NewVScroll(form)))
	return p
}

func (p *conclusionPane) fill(q *app.Question) {
	t := p.t
	t.loading = true
	defer func() { t.loading = false }()
	y := t.s.Index().Case().Yardstick
	p.yardstick.SetSelected(y.Name())
	p.hypIDs = p.hypIDs[:0]
	opts := []string{noConclusion}
	for i, h := range q.Hypotheses {
		p.hypIDs = append(p.hypIDs, h.ID)
		opts = append(opts, hypothesisLabel(i)+" "+h.Text)
	}
	p.hyp.SetOptions(opts)
	p.hyp.SetSelectedIndex(0)
	for i, id := range p.hypIDs {
		if id == q.Conclusion.Hypothesis {
			p.hyp.SetSelectedIndex(i + 1)
		}
	}
	p.words = y.Words()
	var ls []string
	for _, w := range p.words {
		ls = append(ls, w.Label())
	}
	p.likelihood.SetOptions(ls)
	p.likelihood.ClearSelected()
	if l, ok := y.Likelihood(q.Conclusion.Likelihood); ok {
		p.likelihood.SetSelected(l.Label())
		if p.likelihood.SelectedIndex() < 0 { // a word of the other yardstick
			p.likelihood.SetOptions(append(ls, l.Label()))
			p.words = append(p.words, l)
			p.likelihood.SetSelected(l.Label())
		}
	}
	p.confidence.SetSelected(string(q.Conclusion.Confidence))
	if !t.edits.pending("conclusion") {
		p.reasoning.SetText(q.Conclusion.Reasoning)
		p.indicators.SetText(q.Conclusion.Indicators)
	}
	for _, w := range []fyne.Disableable{p.hyp, p.likelihood, p.confidence, p.reasoning, p.indicators, p.yardstick} {
		if t.readOnly {
			w.Disable()
		} else {
			w.Enable()
		}
	}
}

// read builds the conclusion the form shows.
func (p *conclusionPane) read() app.Conclusion {
	var c app.Conclusion
	if i := p.hyp.SelectedIndex(); i > 0 && i <= len(p.hypIDs) {
		c.Hypothesis = p.hypIDs[i-1]
	}
	if i := p.likelihood.SelectedIndex(); i >= 0 && i < len(p.words) {
		c.Likelihood = p.words[i].Key
	}
	c.Confidence = app.Confidence(p.confidence.Selected)
	c.Reasoning = p.reasoning.Text
	c.Indicators = p.indicators.Text
	return c
}

// changed saves the conclusion: a choice at once, typing once it pauses.
func (p *conclusionPane) changed(now bool) {
	t := p.t
	if t.loading || t.current == "" {
		return
	}
	id, c := t.current, p.read()
	t.edits.later("conclusion", func() { t.saveConclusion(id, c) })
	if now {
		t.edits.flush()
	}
}

func (t *Tab) saveConclusion(id string, c app.Conclusion) {
	q := t.s.Index().Question(id)
	if q == nil || q.Conclusion == c {
		return
	}
	next := *q
	next.Conclusion = c
	t.report(t.s.UpdateQuestion(next))
}

func (p *conclusionPane) yardstickChosen(name string) {
	t := p.t
	if t.loading {
		return
	}
	for _, y := range app.Yardsticks {
		if y.Name() == name && y != t.s.Index().Case().Yardstick {
			t.edits.flush()
			t.report(t.s.UpdateYardstick(y))
		}
	}
}
