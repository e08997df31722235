package questions

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/session"
	"casefile/assets"
	"casefile/storage"
)

// nav records where the tab's links lead.
type nav struct {
	kind   app.Kind
	id     string
	source string
	quote  *app.Quote
}

func (n *nav) GoTo(kind app.Kind, id string) { n.kind, n.id = kind, id }
func (n *nav) OpenQuote(source string, q *app.Quote) {
	n.source, n.quote = source, q
}

// openDemo opens a session on a copy of the demo case in a temp folder.
func openDemo(t testing.TB) *session.Session {
	t.Helper()
	d, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatal(err)
	}
	st, err := storage.Opener{}.Create(filepath.Join(t.TempDir(), "demo.casefile"), d, false)
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newTestTab(t testing.TB, size fyne.Size) (*Tab, *session.Session, fyne.Window, *nav) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	s := openDemo(t)
	n := &nav{}
	w := test.NewTempWindow(t, nil)
	tab := New(s, w, n)
	t.Cleanup(tab.Close)
	w.SetContent(tab.Item().Content)
	w.Resize(size)
	return tab, s, w, n
}

func question(s *session.Session, id string) *app.Question { return s.Index().Question(id) }

func TestTabShowsTheDemoQuestions(t *testing.T) {
	tab, s, _, _ := newTestTab(t, fyne.NewSize(1366, 768))
	if len(tab.ids) != 2 || tab.current != "q-why-raid" {
		t.Fatalf("questions %v, showing %q", tab.ids, tab.current)
	}
	q := question(s, "q-why-raid")
	rows, cols := tab.grid.Length()
	if rows != len(q.Evidence) || cols != 1+len(q.Hypotheses) {
		t.Errorf("matrix %d×%d for %d rows, %d hypotheses", rows, cols, len(q.Evidence), len(q.Hypotheses))
	}
	if tab.question.Text != q.Text {
		t.Errorf("question entry %q", tab.question.Text)
	}
	// In the demo, nothing counts against the court decision or a search
	// for suspected agents: they tie.
	if l := tab.view.assess.Least; len(l) != 2 || q.Hypotheses[l[0]].ID != "h-court" || q.Hypotheses[l[1]].ID != "h-infiltrators" {
		t.Errorf("least %v", tab.view.assess.Least)
	}
	h := newHeader().(*header)
	tab.grid.updateHeader(widget.TableCellID{Row: -1, Col: 1}, h)
	if h.name.Text != "H1 "+q.Hypotheses[0].Text || h.score.Text != "★ "+tab.view.scoreLine(0) {
		t.Errorf("header %q / %q", h.name.Text, h.score.Text)
	}
	c := newCell().(*cellBox)
	tab.grid.updateCell(widget.TableCellID{Row: 0, Col: 1}, c)
	if c.c.sym.Text != "++" || c.c.bg.FillColor != fill(app.RatingVeryConsistent) {
		t.Errorf("cell E1/H1: %q %v", c.c.sym.Text, c.c.bg.FillColor)
	}
	tab.grid.updateCell(widget.TableCellID{Row: 0, Col: 0}, c)
	if c.c.title.Text != "E1  Special Court decision cited as the basis for the raid" {
		t.Errorf("row label %q", c.c.title.Text)
	}
	tab.Select("q-killed")
	if tab.current != "q-killed" || tab.view.q.ID != "q-killed" {
		t.Errorf("Select did not show the second question")
	}
	if tab.view.summary() == "" || tab.summary.Text != tab.view.summary() {
		t.Errorf("summary %q", tab.summary.Text)
	}
}

func TestKeyboardRating(t *testing.T) {
	tab, s, w, _ := newTestTab(t, fyne.NewSize(1366, 768))
	w.Canvas().Focus(tab.grid)
	if !tab.focused {
		t.Fatal("the matrix did not take the keyboard")
	}
	typeKey := func(k fyne.KeyName) { w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	typeRune := func(r rune) { w.Canvas().Focused().TypedRune(r) }
	// From E1/H1: down twice, right once → E3/H2, then "i" rates I, "i"
	// again II.
	typeKey(fyne.KeyDown)
	typeKey(fyne.KeyDown)
	typeKey(fyne.KeyRight)
	if tab.grid.cur != (widget.TableCellID{Row: 2, Col: 2}) || tab.row != 2 {
		t.Fatalf("cursor %+v, row %d", tab.grid.cur, tab.row)
	}
	q := question(s, "q-why-raid")
	ev, hyp := q.Evidence[2].ID, q.Hypotheses[1].ID
	typeRune('i')
	if got := question(s, "q-why-raid").EvidenceRow(ev).Ratings[hyp]; got != app.RatingInconsistent {
		t.Fatalf("after i: %q", got)
	}
	before := tab.view.assess.Scores[1]
	typeRune('i')
	if got := question(s, "q-why-raid").EvidenceRow(ev).Ratings[hyp]; got != app.RatingVeryInconsistent {
		t.Fatalf("after i i: %q", got)
	}
	if after := tab.view.assess.Scores[1]; after.Inconsistency != before.Inconsistency+1 {
		t.Errorf("score did not follow: %+v → %+v", before, after)
	}
	typeRune('a')
	typeRune('x') // not a rating: nothing happens
	if got := question(s, "q-why-raid").EvidenceRow(ev).Ratings[hyp]; got != app.RatingNotApplicable {
		t.Fatalf("after a: %q", got)
	}
	typeKey(fyne.KeyDelete)
	if _, ok := question(s, "q-why-raid").EvidenceRow(ev).Ratings[hyp]; ok {
		t.Fatal("Delete did not clear the cell")
	}
	// Every rating was its own undoable change.
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := question(s, "q-why-raid").EvidenceRow(ev).Ratings[hyp]; got != app.RatingNotApplicable {
		t.Errorf("after undo: %q", got)
	}
	if tab.view.q.EvidenceRow(ev).Ratings[hyp] != app.RatingNotApplicable {
		t.Error("the matrix did not redraw after undo")
	}
}

func TestClickRating(t *testing.T) {
	tab, s, w, _ := newTestTab(t, fyne.NewSize(1366, 768))
	// The first rating cell of the second row: past the label column, below
	// the header and the first row.
	cellH := newCell().MinSize().Height
	headH := newHeader().MinSize().Height
	pos := fyne.NewPos(labelWidth+theme.Padding()+ratingWidth/2, headH+cellH*1.5+theme.Padding())
	test.TapAt(tab.grid, pos)
	if tab.grid.cur != (widget.TableCellID{Row: 1, Col: 1}) {
		t.Fatalf("click went to %+v", tab.grid.cur)
	}
	if tab.grid.menu == nil || !tab.grid.menu.Visible() {
		t.Fatal("no ratings menu")
	}
	items := tab.grid.choices.Items
	if len(items) != 7 {
		t.Fatalf("%d menu items", len(items))
	}
	items[4].Action() // II
	tab.grid.menu.Hide()
	if w.Canvas().Focused() != tab.grid {
		t.Error("the click did not give the matrix the keyboard")
	}
	q := question(s, "q-why-raid")
	if got := q.Evidence[1].Ratings[q.Hypotheses[0].ID]; got != app.RatingVeryInconsistent {
		t.Errorf("after the menu: %q", got)
	}
}

func TestOrderAndHide(t *testing.T) {
	tab, s, _, _ := newTestTab(t, fyne.NewSize(1366, 768))
	tab.Select("q-killed")
	q := question(s, "q-killed")
	tab.ordered = true
	tab.redraw()
	for i := 1; i < len(tab.view.cols); i++ {
		a, b := tab.view.assess.Scores[tab.view.cols[i-1]], tab.view.assess.Scores[tab.view.cols[i]]
		if a.Weighted > b.Weighted {
			t.Errorf("columns not least inconsistent first: %v", tab.view.cols)
		}
	}
	tab.hide = true
	tab.redraw()
	if tab.view.hidden != 1 || len(tab.view.rows) != len(q.Evidence)-1 {
		t.Errorf("hidden %d, shown %d of %d", tab.view.hidden, len(tab.view.rows), len(q.Evidence))
	}
}

func TestRowPaneAndLinks(t *testing.T) {
	tab, s, _, n := newTestTab(t, fyne.NewSize(1366, 768))
	tab.grid.moveTo(widget.TableCellID{Row: 3, Col: 1}) // E4, the quote
	p := tab.rowPane
	if p.quote.Disabled() {
		t.Fatal("the quote row has no quote link")
	}
	test.Tap(p.quote)
	if n.source != "src-summary" || n.quote == nil {
		t.Errorf("quote link went to %q %v", n.source, n.quote)
	}
	tab.grid.moveTo(widget.TableCellID{Row: 0, Col: 1}) // E1, an event
	test.Tap(p.open)
	if n.kind != app.KindEvent || n.id != "e-2023-court-decision" {
		t.Errorf("item link went to %s %q", n.kind, n.id)
	}
	// Credibility: the default says where it comes from; a choice is saved
	// at once and changes the weighted score.
	if p.cred.SelectedIndex() != 0 || p.cred.Selected != "From the grade (Medium)" {
		t.Errorf("credibility shows %q", p.cred.Selected)
	}
	before := tab.view.assess.Scores
	p.cred.SetSelected("Low")
	q := question(s, "q-why-raid")
	if q.Evidence[0].Credibility != app.LevelLow {
		t.Fatalf("credibility %q", q.Evidence[0].Credibility)
	}
	if tab.view.rows[0].cred != app.LevelLow {
		t.Error("the matrix did not take the new credibility")
	}
	_ = before
	p.note.SetText("Seen only through the minister.")
	tab.edits.flush()
	if got := question(s, "q-why-raid").Evidence[0].Note; got != "Seen only through the minister." {
		t.Errorf("note %q", got)
	}
	// Move E1 down: it becomes E2 and stays chosen.
	id := q.Evidence[0].ID
	test.Tap(p.down)
	if question(s, "q-why-raid").Evidence[1].ID != id || tab.view.rows[tab.row].e.ID != id {
		t.Errorf("move down: rows %v", question(s, "q-why-raid").Evidence)
	}
}

func TestHypothesesAndConclusion(t *testing.T) {
	tab, s, _, _ := newTestTab(t, fyne.NewSize(1366, 768))
	hp := tab.hypPane
	hp.add.SetText("A show of force for the MEK's hosts abroad")
	test.Tap(hp.addBtn)
	q := question(s, "q-why-raid")
	if len(q.Hypotheses) != 4 || len(hp.ids) != 4 {
		t.Fatalf("hypotheses %d, shown %d", len(q.Hypotheses), len(hp.ids))
	}
	if _, cols := tab.grid.Length(); cols != 5 {
		t.Errorf("matrix has %d columns", cols)
	}
	e := hp.entries[q.Hypotheses[3].ID]
	e.SetText("A show of force")
	tab.edits.flush()
	if got := question(s, "q-why-raid").Hypotheses[3].Text; got != "A show of force" {
		t.Errorf("hypothesis %q", got)
	}
	tab.moveHypothesis(q.Hypotheses[3].ID, 0)
	if question(s, "q-why-raid").Hypotheses[0].Text != "A show of force" {
		t.Error("move did not reorder")
	}
	cp := tab.concPane
	cp.likelihood.SetSelected("likely or probably (55–75%)")
	cp.confidence.SetSelected("moderate")
	cp.reasoning.SetText("Because.")
	tab.edits.flush()
	c := question(s, "q-why-raid").Conclusion
	if c.Likelihood != "likely" || c.Confidence != app.ConfidenceModerate || c.Reasoning != "Because." || c.Hypothesis != "h-court" {
		t.Errorf("conclusion %+v", c)
	}
	cp.yardstick.SetSelected(app.YardstickICD203.Name())
	if s.Index().Case().Yardstick != app.YardstickICD203 {
		t.Fatal("yardstick not saved")
	}
	if cp.likelihood.Options[3] != "roughly even chance (45–55%)" || cp.likelihood.Selected != "likely (55–80%)" {
		t.Errorf("likelihood choices %v, selected %q", cp.likelihood.Options, cp.likelihood.Selected)
	}
}

func TestNewQuestionAndPicker(t *testing.T) {
	tab, s, _, _ := newTestTab(t, fyne.NewSize(1366, 768))
	q := app.Question{Text: "Who ordered the raid?", Hypotheses: []app.Hypothesis{{Text: "The court"}, {Text: "The ministry"}}}
	if err := s.CreateQuestion(&q); err != nil {
		t.Fatal(err)
	}
	if len(tab.ids) != 3 {
		t.Fatalf("list has %d questions", len(tab.ids))
	}
	tab.Select(q.ID)
	cs := tab.candidates(question(s, q.ID))
	if got := matching(cs, "mostashari death"); len(got) != 1 || got[0].id != "e-2023-death" {
		t.Errorf("filter: %+v", got)
	}
	tab.addEvidence(q.ID, app.Evidence{Item: "e-2023-death"})
	if len(question(s, q.ID).Evidence) != 1 || len(tab.candidates(question(s, q.ID))) != len(cs)-1 {
		t.Error("the added item is still offered")
	}
	if tab.row != 0 {
		t.Errorf("the new row is not chosen: %d", tab.row)
	}
	if err := s.DeleteQuestion(q.ID); err != nil {
		t.Fatal(err)
	}
	if len(tab.ids) != 2 || tab.current == q.ID {
		t.Errorf("after delete: %v showing %q", tab.ids, tab.current)
	}
}

func TestEvidenceForMenu(t *testing.T) {
	_, s, w, _ := newTestTab(t, fyne.NewSize(800, 600))
	m := EvidenceFor(s, w, AddQuote(s, "src-summary", app.Quote{Exact: "Ali Mostashari", Start: 0, End: 14}))
	if m == nil || len(m.ChildMenu.Items) != 2 {
		t.Fatalf("menu %+v", m)
	}
	m.ChildMenu.Items[1].Action()
	q := question(s, "q-killed")
	last := q.Evidence[len(q.Evidence)-1]
	if a := s.Index().Annotation(last.Item); a == nil || a.Quote == nil || a.Quote.Exact != "Ali Mostashari" {
		t.Errorf("quote evidence %+v", last)
	}
	EvidenceFor(s, w, AddItem(s, "c-injured-minister")).ChildMenu.Items[1].Action()
	q = question(s, "q-killed")
	if q.Evidence[len(q.Evidence)-1].Item != "c-injured-minister" {
		t.Error("item evidence not added")
	}
}

// TestCapture writes the tab as PNGs at the window sizes the app is made
// for (to $QUESTIONS_SHOTS when set, else a temp folder) and checks that
// they are real images of that size.
func TestCapture(t *testing.T) {
	dir := os.Getenv("QUESTIONS_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, sz := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 640}} {
		tab, _, w, _ := newTestTab(t, sz)
		w.Canvas().Focus(tab.grid)
		tab.grid.moveTo(widget.TableCellID{Row: 3, Col: 2})
		img := w.Canvas().Capture()
		if b := img.Bounds(); b.Dx() < int(sz.Width) || b.Dy() < int(sz.Height) {
			t.Errorf("capture %v for %v", b, sz)
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, "questions-"+itoa(int(sz.Width))+".png")
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func itoa(n int) string { return string(appendInt(nil, n)) }

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

func TestAskBeforeDelete(t *testing.T) {
	_, s, w, _ := newTestTab(t, fyne.NewSize(1024, 640))
	called := 0
	AskBeforeDelete(s, w, app.KindPerson, "p-cuci", func() { called++ })
	if called != 1 {
		t.Fatal("an item that is no evidence was not deleted at once")
	}
	AskBeforeDelete(s, w, app.KindFigure, "f-killed", func() { called++ })
	if called != 1 {
		t.Fatal("deleted without asking")
	}
	d, ok := w.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok || d == nil {
		t.Fatalf("no dialog: %T", w.Canvas().Overlays().Top())
	}
	texts := ""
	for _, o := range test.LaidOutObjects(d) {
		if l, ok := o.(*widget.Label); ok {
			texts += l.Text
		}
	}
	if !strings.Contains(texts, "‘Was anyone killed in the raid?’") || !strings.Contains(texts, "2 evidence rows") {
		t.Errorf("dialog says %q", texts)
	}
}

// TestDeletedQuestionShowsTheNext deletes the question on show, from the
// session (as Undo of its creation would): the tab shows the next one.
func TestDeletedQuestionShowsTheNext(t *testing.T) {
	tab, s, _, _ := newTestTab(t, fyne.NewSize(1024, 640))
	if err := s.DeleteQuestion("q-why-raid"); err != nil {
		t.Fatal(err)
	}
	if tab.current != "q-killed" || !tab.body.Visible() || tab.view.q.ID != "q-killed" {
		t.Errorf("showing %q (body visible %v)", tab.current, tab.body.Visible())
	}
	if err := s.DeleteQuestion("q-killed"); err != nil {
		t.Fatal(err)
	}
	if tab.current != "" || tab.body.Visible() || !tab.empty.Visible() {
		t.Error("an empty case does not say there are no questions")
	}
}

// TestReadOnlyCase opens the demo read-only: nothing can be rated or edited.
func TestReadOnlyCase(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	d, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ro.casefile")
	st, err := storage.Opener{}.Create(path, d, false)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro, err := storage.Opener{}.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.Open(ro)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w := test.NewTempWindow(t, nil)
	tab := New(s, w, &nav{})
	defer tab.Close()
	w.SetContent(tab.Item().Content)
	w.Resize(fyne.NewSize(1024, 640))
	w.Canvas().Focus(tab.grid)
	w.Canvas().Focused().TypedRune('i')
	if got := question(s, "q-why-raid").Evidence[0].Ratings["h-court"]; got != app.RatingVeryConsistent {
		t.Errorf("a read-only rating changed to %q", got)
	}
	if !tab.question.Disabled() || !tab.hypPane.add.Disabled() || !tab.concPane.reasoning.Disabled() {
		t.Error("editing is not disabled")
	}
	if EvidenceFor(s, w, AddItem(s, "e-2023-raid")) != nil {
		t.Error("a read-only case offers Evidence for")
	}
}

// TestTabLeavesTheTextAreas: the conclusion's reasoning and indicators and
// an assumption's text pass Tab on to the next field (Fyne's multi-line
// Entry kept it, typing a tab character into the question).
func TestTabLeavesTheTextAreas(t *testing.T) {
	tab, _, _, _ := newTestTab(t, fyne.NewSize(1366, 768))
	for name, e := range map[string]fyne.Tabbable{"reasoning": tab.concPane.reasoning,
		"indicators": tab.concPane.indicators, "assumption": tab.rowPane.assumption} {
		if e.AcceptsTab() {
			t.Errorf("the %s keeps Tab to itself", name)
		}
	}
}
