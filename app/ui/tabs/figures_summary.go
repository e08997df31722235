package tabs

// This file is the figure's summary line: the analyst's own
// (app.Figure.Summary), or, while that is empty, the line Casefile writes
// from the claims (CaseData.FigureSummary), shown in grey italic in the
// empty field so that typing replaces it.

// The hints under the summary field.
const (
	summaryGeneratedHint = "Written by Casefile from the claims, and kept up to date; type to replace it."
	summaryOwnHint       = "Your own summary. “Use generated” goes back to the one written from the claims."
)

// generatedSummary is the summary Casefile writes for the figure shown.
func (t *Figures) generatedSummary() string {
	if f := t.deps.Host.Index().Figure(t.cur.ID); f != nil {
		return t.deps.Host.Index().Data().FigureSummary(f)
	}
	return t.deps.Host.Index().Data().FigureSummary(&t.cur)
}

// refreshSummary writes the generated line again (the claims may have
// changed) and sets whether "Use generated" has anything to do.
func (t *Figures) refreshSummary() {
	if !t.has {
		return
	}
	if g := t.generatedSummary(); t.summary.PlaceHolder != g {
		t.summary.SetPlaceHolder(g)
	}
	t.styleSummary()
}

// styleSummary shows the generated line in italic (the placeholder takes
// the entry's style) and the analyst's own in the normal face; "Use
// generated" is offered only when there is an own line to drop.
func (t *Figures) styleSummary() {
	own := t.summary.Text != ""
	if t.summary.TextStyle.Italic == own {
		t.summary.TextStyle.Italic = !own
		t.summary.Refresh()
	}
	if own && !t.deps.Host.ReadOnly {
		t.useGen.Enable()
	} else {
		t.useGen.Disable()
	}
	hint := summaryGeneratedHint
	if own {
		hint = summaryOwnHint
	}
	if t.summaryHint.Text != hint {
		t.summaryHint.SetText(hint)
	}
}

// onUseGenerated drops the analyst's summary line so that the generated
// one is used again.
func (t *Figures) onUseGenerated() {
	if !t.has || t.deps.Host.ReadOnly {
		return
	}
	t.deps.Host.Saver.Flush()
	t.loading = true
	setEntry(t.summary, "")
	t.loading = false
	f := t.cur
	f.Summary = ""
	t.update(f)
	t.styleSummary()
}
