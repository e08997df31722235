package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
)

// figureRow returns the list row of a figure.
func figureListRow(t *testing.T, cw *caseWindow, id string) session.Row {
	t.Helper()
	for _, r := range cw.figures.Pane().Rows {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no row for figure %s", id)
	return session.Row{}
}

func TestFigureListShowsClaimsRangeAndSupport(t *testing.T) {
	cw := demoWindow(t)
	want := map[string]string{
		"People injured in the raid":           "3 claims · 0 – about 100",
		"People living in the Ashraf camps":    "2 claims · about 2,700 – at least 3,000",
		"Police officers deployed in the raid": "1 claim · about 1,000",
	}
	seen := 0
	for _, r := range cw.figures.Pane().Rows {
		if w, ok := want[r.Title]; ok {
			seen++
			if r.Detail != w || r.Third != "independent support" || !r.Indep {
				t.Errorf("%s: row %q / %q (independent %v), want %q", r.Title, r.Detail, r.Third, r.Indep, w)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the demo's figures", seen)
	}
	// The row's icon says the same as its word.
	p := cw.figures.Pane()
	cw.show(app.KindFigure, p.Rows[p.Shown[0]].ID)
	row := p.CreateRow()
	p.UpdateRow(0, row)
	text := row.(*fyne.Container).Objects[0].(*fyne.Container)
	mark := row.(*fyne.Container).Objects[1].(*widget.Icon)
	if !mark.Visible() || mark.Resource == nil || mark.Resource.Name() != kit.FigureSupportIcon(true).Name() {
		t.Error("the figure row shows no support icon")
	}
	if l := text.Objects[2].(*kit.FitLabel); l.Full() != "independent support" {
		t.Errorf("the row's third line says %q", l.Full())
	}

	// A figure whose only numbers come from parties says so, in words.
	data := sampleCase()
	data.Sources[0].Interest = app.InterestParty
	cw2, _ := newTestWindow(t, data)
	if r := figureListRow(t, cw2, "f-injured"); r.Detail != "2 claims · 0 – about 100" || r.Third != "no independent source" || r.Indep {
		t.Errorf("row = %q / %q (independent %v)", r.Detail, r.Third, r.Indep)
	}
	// Making the source independent updates the figure's row.
	src := cw2.idx().Data().Sources[0]
	src.Interest = app.InterestIndependent
	if err := cw2.s.UpdateSource(src); err != nil {
		t.Fatal(err)
	}
	if r := figureListRow(t, cw2, "f-injured"); r.Third != "independent support" || !r.Indep {
		t.Errorf("after the source became independent: %q", r.Third)
	}
}

func TestFigureSummaryGeneratedAndOwn(t *testing.T) {
	cw, path := newTestWindow(t, sampleCase())
	ft := cw.figures
	cw.show(app.KindFigure, "f-injured")
	// Found once the form is shown: a wrapping entry whose renderer a test
	// makes while it is hidden loses spaces typed into it later.
	summary := field(t, ft, "Summary")
	useGen := tabButton(t, ft, "Use generated")
	gen := cw.idx().Data().FigureSummary(cw.idx().Figure("f-injured"))
	if summary.Text != "" || summary.PlaceHolder != gen {
		t.Fatalf("summary field %q, placeholder %q; want the generated %q", summary.Text, summary.PlaceHolder, gen)
	}
	if !summary.TextStyle.Italic || !useGen.Disabled() {
		t.Error("the generated line is not italic, or “Use generated” is offered with nothing to drop")
	}
	// Typing replaces it, and it is stored.
	edit(cw, summary, "Injuries occurred; the denial is not credible.")
	if f, _ := storeOf(cw).Figure("f-injured"); f.Summary != "Injuries occurred; the denial is not credible." {
		t.Errorf("stored summary = %q (the store keeps Figure.Summary?)", f.Summary)
	}
	if summary.TextStyle.Italic || useGen.Disabled() {
		t.Error("an own summary is italic, or “Use generated” is not offered")
	}
	// The generated line follows the claims.
	edit(cw, claimAt(t, cw, 0).low, "90")
	edit(cw, claimAt(t, cw, 0).high, "110")
	gen2 := cw.idx().Data().FigureSummary(cw.idx().Figure("f-injured"))
	if gen2 == gen || summary.PlaceHolder != gen2 {
		t.Errorf("generated line after a claim changed: %q (was %q)", summary.PlaceHolder, gen)
	}
	// "Use generated" drops the own line.
	test.Tap(useGen)
	if f, _ := storeOf(cw).Figure("f-injured"); f.Summary != "" {
		t.Errorf("summary after Use generated = %q", f.Summary)
	}
	if summary.Text != "" || !summary.TextStyle.Italic || summary.PlaceHolder != gen2 {
		t.Errorf("field after Use generated: %q", summary.Text)
	}
	edit(cw, summary, "Own line.")
	if d := reopen(t, cw, path); d.Figures[0].Summary != "Own line." {
		t.Errorf("summary in the file = %q", d.Figures[0].Summary)
	}
}

func TestClaimAsOfAndNote(t *testing.T) {
	cw, path := newTestWindow(t, sampleCase())
	cw.show(app.KindFigure, "f-injured")
	r := claimAt(t, cw, 0) // The Times, published 21 June 2023 (a Wednesday)
	if g := r.grade.Text; g != "B3" {
		t.Errorf("grade = %q", g)
	}
	editDate(cw, r.asOf, "Tuesday")
	want := "20 June 2023, the Tuesday before the source's date of 21 June 2023"
	if c := r.asOf.Caption(); c != want {
		t.Errorf("caption = %q, want %q", c, want)
	}
	edit(cw, r.note, "counted at the hospital\nby a journalist")
	c, _ := storeOf(cw).Claim("c-1")
	if c.AsOf != (app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}) || c.Note != "counted at the hospital\nby a journalist" {
		t.Errorf("claim = %+v", c)
	}
	// A date that does not read is refused beside the field.
	editDate(cw, r.asOf, "the day of the raid")
	if r.errorOf(t, r.asOf) == "" {
		t.Error("an unreadable as-of date shows no inline error")
	}
	editDate(cw, r.asOf, "June 2023")
	if c, _ := storeOf(cw).Claim("c-1"); c.AsOf.EDTF != "2023-06" {
		t.Errorf("as-of = %+v", c.AsOf)
	}

	// "an alleged 1,000" proposes the numbers and the note.
	test.Tap(tabButton(t, cw.figures, "Add claim…"))
	pickFirst(t, cw, "ministry")
	n := lastClaim(t, cw)
	cw.win.Canvas().Focus(n.phrase)
	test.Type(n.phrase, "an alleged 1,000")
	if n.low.Text != "1000" || n.note.Text != "alleged" {
		t.Errorf("proposed low %q, note %q", n.low.Text, n.note.Text)
	}
	cw.win.Canvas().Unfocus()
	f, _ := storeOf(cw).Figure("f-injured")
	if len(f.Claims) != 3 {
		t.Fatal("the new claim was not saved")
	}
	newID := f.Claims[2].ID
	if c, _ := storeOf(cw).Claim(newID); c.Note != "alleged" || c.Low == nil || *c.Low != 1000 {
		t.Errorf("new claim = %+v", c)
	}
	// An own note is not overwritten.
	edit(cw, n.note, "from a press conference")
	edit(cw, n.phrase, "a reported 2,000")
	if c, _ := storeOf(cw).Claim(newID); c.Note != "from a press conference" {
		t.Errorf("own note replaced: %q", c.Note)
	}
	d := reopen(t, cw, path)
	if c := d.Figures[0].Claims[0]; c.AsOf.EDTF != "2023-06" || c.Note == "" {
		t.Errorf("claim in the file = %+v", c)
	}
}

func TestFigureClaimsTable(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	ft := cw.figures
	cw.show(app.KindFigure, "f-injured")
	if n := len(claimRows(t, cw)); n != 2 {
		t.Fatalf("claim rows = %d", n)
	}
	if g := claimAt(t, cw, 0).grade.Text; g != "B3" {
		t.Errorf("grade = %q, want B3", g)
	}
	if w := claimAt(t, cw, 0).intWord.Text; w != "independent" {
		t.Errorf("interest = %q", w)
	}
	// Add claim: pick the source, a row appears; the phrase proposes numbers.
	test.Tap(tabButton(t, ft, "Add claim…"))
	pickFirst(t, cw, "ministry")
	if n := len(claimRows(t, cw)); n != 3 {
		t.Fatalf("rows after Add claim = %d", n)
	}
	r := claimAt(t, cw, 2)
	cw.win.Canvas().Focus(r.phrase)
	test.Type(r.phrase, "at least 3,000")
	if r.low.Text != "3000" || r.high.Text != "" || r.qual.Selected != "at least" {
		t.Errorf("proposed %q–%q %q", r.low.Text, r.high.Text, r.qual.Selected)
	}
	cw.win.Canvas().Unfocus()
	f, _ := storeOf(cw).Figure("f-injured")
	if len(f.Claims) != 3 {
		t.Fatalf("claims in the case = %d", len(f.Claims))
	}
	c := f.Claims[2]
	if c.Source != "s-ministry" || c.Text != "at least 3,000" || c.Low == nil || *c.Low != 3000 || c.High != nil || c.Qualifier != app.QualAtLeast {
		t.Errorf("claim = %+v", c)
	}
	// Credibility and claimant.
	r.cred.SetSelectedIndex(2)
	test.Tap(r.claimant)
	pickFirst(t, cw, "cuci")
	c, _ = storeOf(cw).Claim(c.ID)
	if c.Credibility != 2 || c.Claimant != "p-cuci" {
		t.Errorf("claim = %+v", c)
	}
	if r.grade.Text != "C2" {
		t.Errorf("grade = %q", r.grade.Text)
	}
	// Numbers typed by hand win over proposals; bad numbers are refused inline.
	edit(cw, r.high, "lots")
	if r.errorOf(t, r.high) == "" {
		t.Error("a bad number shows no inline error")
	}
	edit(cw, r.high, "5000")
	edit(cw, r.phrase, "between 3,000 and 4,000")
	c, _ = storeOf(cw).Claim(c.ID)
	if c.High == nil || *c.High != 5000 {
		t.Errorf("hand-typed high was replaced: %+v", c)
	}
	// The claim's source links to the source.
	link := findHyperlink(r.obj, "Statement on the operation")
	if link == nil {
		t.Fatal("no source link in the claim row")
	}
	tapLink(link)
	if cw.tabs.SelectedIndex() != 4 {
		t.Error("the source link did not switch to Sources")
	}
	cw.back()
	// Delete the claim, then undo.
	test.Tap(claimAt(t, cw, 2).del)
	tapOverlay(t, cw, "Delete")
	if f, _ := storeOf(cw).Figure("f-injured"); len(f.Claims) != 2 {
		t.Errorf("claims after delete = %d", len(f.Claims))
	}
	cw.Undo()
	if f, _ := storeOf(cw).Figure("f-injured"); len(f.Claims) != 3 {
		t.Errorf("claims after Undo = %d", len(f.Claims))
	}
	if cw.tabs.SelectedIndex() != 3 || ft.Pane().Selected != "f-injured" {
		t.Error("Undo of a claim does not show its figure")
	}
}

func TestFigureCreateEventLinkDelete(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	ft := cw.figures
	cw.selectTab(3)
	test.Tap(tabButton(t, ft, "Add figure"))
	newItem(t, cw, "Protesters detained", "people")
	id := ft.Pane().Selected
	test.Tap(tabButton(t, ft, "Choose…"))
	pickFirst(t, cw, "statement")
	if f, _ := storeOf(cw).Figure(id); f.Event != "e-statement" || f.Unit != "people" {
		t.Errorf("figure = %+v", f)
	}
	edit(cw, field(t, ft, "Assessment"), "No independent count exists.")
	if f, _ := storeOf(cw).Figure(id); f.Assessment != "No independent count exists." {
		t.Errorf("assessment = %q", f.Assessment)
	}
	test.Tap(tabButton(t, ft, "Delete"))
	tapOverlay(t, cw, "Delete")
	if _, err := storeOf(cw).Figure(id); err == nil {
		t.Error("not deleted")
	}
	cw.Undo()
	if f, err := storeOf(cw).Figure(id); err != nil || f.Event != "e-statement" {
		t.Errorf("after Undo: %+v, %v", f, err)
	}
}

// BenchmarkSelectFigure selects the demo's figures with two claims or more
// in turn, each filling the form, the chart and the claims table.
func BenchmarkSelectFigure(b *testing.B) {
	cw := demoWindow(b)
	var ids []string
	for _, r := range cw.figures.Pane().Rows {
		if f := cw.idx().Figure(r.ID); f != nil && len(f.Claims) >= 2 {
			ids = append(ids, r.ID)
		}
	}
	cw.selectTab(3)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		cw.show(app.KindFigure, ids[n%len(ids)])
	}
}
