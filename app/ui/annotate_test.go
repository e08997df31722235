package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/ui/uitest"
	"casefile/widgets"
)

// annotText is the text of the source the reading view's tests work on
// (uitest.AnnotText).
const annotText = uitest.AnnotText

// annotCase is the sample case with annotText as the text of s-times.
func annotCase() app.CaseData { return uitest.AnnotCase() }

// at returns the code-point offset of sub in s.
func at(t testing.TB, s, sub string) int {
	t.Helper()
	return uitest.At(t, s, sub)
}

// reading is the Sources tab's reading view as a test finds it in the
// window: the text, the action bar floating over it, the buttons and
// notes around them.
type reading struct {
	t    testing.TB
	cw   *caseWindow
	view *widgets.AnnotatedText
	bar  *widgets.SelectionActions
}

// readingView finds the reading view of cw's Sources tab.
func readingView(t testing.TB, cw *caseWindow) *reading {
	t.Helper()
	r := &reading{t: t, cw: cw}
	var ok bool
	if r.view, ok = uitest.Find[*widgets.AnnotatedText](r.content()); !ok {
		t.Fatal("the Sources tab has no reading view")
	}
	if r.bar, ok = uitest.Find[*widgets.SelectionActions](r.content()); !ok {
		t.Fatal("the reading view has no action bar")
	}
	return r
}

// content is the reading view's whole panel.
func (r *reading) content() fyne.CanvasObject { return sourcesBody(r.t, r.cw).Trailing }

// openSource shows source id on the Sources tab and returns its reading
// view, checking that it shows the source's text to read.
func openSource(t testing.TB, cw *caseWindow, id string) *reading {
	t.Helper()
	cw.selectTab(4)
	cw.show(app.KindSource, id)
	r := readingView(t, cw)
	s := cw.idx().Source(id)
	if s == nil || cw.sources.Pane().Selected != id || r.view.Text() != s.Text || r.editing() {
		t.Fatalf("the reading view shows %q (editing %v)", cw.sources.Pane().Selected, r.editing())
	}
	return r
}

// editButton is Edit text (Done editing while the editor is shown).
func (r *reading) editButton(t testing.TB) *widget.Button {
	t.Helper()
	for _, x := range uitest.Objects(r.content()) {
		if b, ok := asButton(x); ok && (b.Text == "Edit text" || b.Text == "Done editing") {
			return b
		}
	}
	t.Fatal("the reading view has no Edit text")
	return nil
}

// editing reports whether the editor is shown instead of the text.
func (r *reading) editing() bool {
	for _, x := range uitest.Objects(r.content()) {
		if b, ok := asButton(x); ok && b.Text == "Done editing" {
			return true
		}
	}
	return false
}

// shownLabel is the text of the first label shown in the panel whose
// text holds part ("" when none is shown).
func (r *reading) shownLabel(part string) string {
	for _, x := range uitest.Objects(r.content()) {
		if l, ok := x.(*widget.Label); ok && strings.Contains(l.Text, part) && uitest.Shown(r.content(), l) {
			return l.Text
		}
	}
	return ""
}

// orphanHead is the heading of the list of quotes no longer found in
// the text, "" while the list is hidden.
func (r *reading) orphanHead() string { return r.shownLabel("no longer found in the text") }

// emptyShown reports whether the note for a source without text is shown.
func (r *reading) emptyShown() bool { return r.shownLabel("This source has no text yet") != "" }

// reattachButtons are the Re-attach here buttons of the orphan list shown.
func (r *reading) reattachButtons() []*widget.Button {
	var out []*widget.Button
	for _, x := range uitest.Objects(r.content()) {
		if b, ok := asButton(x); ok && b.Text == "Re-attach here" && uitest.Shown(r.content(), x) {
			out = append(out, b)
		}
	}
	return out
}

// charBox returns the canvas box of the code point at off in the view.
func charBox(t testing.TB, a *reading, off int) (fyne.Position, fyne.Size) {
	t.Helper()
	return uitest.CharBox(t, a.view, off)
}

// dragSelect selects the code points [from, to) by dragging the mouse.
func dragSelect(t testing.TB, cw *caseWindow, a *reading, from, to int) {
	t.Helper()
	uitest.DragSelect(t, cw.win, a.view, from, to)
}

// shiftSelect clicks before the code point at from and extends the
// selection with Shift+Right over n code points.
func shiftSelect(t testing.TB, cw *caseWindow, a *reading, from, n int) {
	t.Helper()
	uitest.ShiftSelect(t, cw.win, a.view, from, n)
}

// barButton returns the action bar's button, checking the bar is shown
// beside the selection.
func barButton(t testing.TB, a *reading, label string) *widget.Button {
	t.Helper()
	return uitest.BarButton(t, a.view, a.bar, label)
}

// quoteOf returns the quote of item's citation of src, failing if none.
func quoteOf(t testing.TB, cites []app.Citation, src string) app.Quote {
	t.Helper()
	return uitest.QuoteOf(t, cites, src)
}

// wantQuote checks a stored quote's span and words.
func wantQuote(t testing.TB, what string, q app.Quote, text, exact string) {
	t.Helper()
	uitest.WantQuote(t, what, q, text, exact)
}

// highlightAt finds the highlight over the code point off.
func highlightAt(a *reading, off int) (widgets.Highlight, bool) {
	return uitest.HighlightAt(a.view, off)
}

func TestAnnotateEventPersonClaimFromSelections(t *testing.T) {
	cw, path := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")

	// An event: drag over the phrase; the form takes its title from it and
	// its date from "Tuesday", read against the source's date.
	from := at(t, annotText, "police raided the camp")
	dragSelect(t, cw, a, from, from+len("police raided the camp"))
	test.Tap(barButton(t, a, "New event"))
	if got := overlayField(t, cw, "Title").Text; got != "Police raided the camp" {
		t.Fatalf("the event form proposes the title %q", got)
	}
	tapOverlay(t, cw, "Save")
	d := load(t, cw)
	ev := d.Events[len(d.Events)-1]
	if ev.Title != "Police raided the camp" || ev.Date.EDTF != "2023-06-20" || ev.Date.Phrase != "Tuesday" {
		t.Errorf("new event = %+v", ev)
	}
	wantQuote(t, "event", quoteOf(t, ev.Citations, "s-times"), annotText, "police raided the camp")
	if cw.tabs.SelectedIndex() != 0 || cw.timeline.Pane().Selected != ev.ID {
		t.Errorf("after Save the window shows tab %d, %q", cw.tabs.SelectedIndex(), cw.timeline.Pane().Selected)
	}
	cw.back()
	if cw.tabs.SelectedIndex() != 4 || cw.sources.Pane().Selected != "s-times" {
		t.Fatalf("Back went to tab %d, %q", cw.tabs.SelectedIndex(), cw.sources.Pane().Selected)
	}

	// A person: click, then Shift+Right over the name; New person, Save.
	from = at(t, annotText, "Gent Hoxha")
	shiftSelect(t, cw, a, from, len("Gent Hoxha"))
	test.Tap(barButton(t, a, "New person"))
	if got := overlayField(t, cw, "Name").Text; got != "Gent Hoxha" {
		t.Errorf("the person form proposes %q", got)
	}
	tapOverlay(t, cw, "Save")
	d = load(t, cw)
	p := d.People[len(d.People)-1]
	if p.Name != "Gent Hoxha" || cw.tabs.SelectedIndex() != 1 || cw.people.Pane().Selected != p.ID {
		t.Errorf("new person %+v; window on tab %d", p, cw.tabs.SelectedIndex())
	}
	wantQuote(t, "person", quoteOf(t, p.Citations, "s-times"), annotText, "Gent Hoxha")
	cw.back()

	// A claim: drag, New claim ▸ the figure; the numbers come from the phrase.
	phrase := "some 100 people were injured"
	from = at(t, annotText, phrase)
	dragSelect(t, cw, a, from, from+len([]rune(phrase)))
	test.Tap(barButton(t, a, "New claim"))
	menu := uitest.PopUpItems(t, cw.win)
	if len(menu) == 0 || menu[0].Label != "People injured in the raid" {
		t.Fatalf("claim menu = %+v", menu)
	}
	menu[0].Tap()
	if lo, hi := overlayField(t, cw, "Low").Text, overlayField(t, cw, "High").Text; lo != "100" || hi != "100" {
		t.Errorf("the claim form proposes %q–%q", lo, hi)
	}
	tapOverlay(t, cw, "Save")
	fig, _ := storeOf(cw).Figure("f-injured")
	c := fig.Claims[len(fig.Claims)-1]
	if c.Source != "s-times" || c.Text != phrase || c.Low == nil || *c.Low != 100 || c.Qualifier != app.QualApproximate {
		t.Errorf("new claim = %+v", c)
	}
	wantQuote(t, "claim", quoteOf(t, c.Citations, "s-times"), annotText, phrase)
	if cw.tabs.SelectedIndex() != 3 || cw.figures.Pane().Selected != "f-injured" {
		t.Errorf("after the claim the window shows tab %d", cw.tabs.SelectedIndex())
	}
	cw.back()

	// The three quotes are highlighted by what they are linked to.
	for _, w := range []struct{ words, kind, label string }{
		{"police raided the camp", widgets.HighlightEvent, "Event: Police raided the camp"},
		{"Gent Hoxha", widgets.HighlightPerson, "Person: Gent Hoxha"},
		{phrase, widgets.HighlightClaim, "Claim: “some 100 people were injured” — People injured in the raid"},
	} {
		s := at(t, annotText, w.words)
		h, ok := highlightAt(a, s)
		if !ok || h.Start != s || h.End != s+len([]rune(w.words)) || h.Kind != w.kind || h.Label != w.label {
			t.Errorf("highlight over %q = %+v (found %v)", w.words, h, ok)
		}
	}
	// Clicking one goes to its item.
	pos, size := charBox(t, a, at(t, annotText, "Hoxha"))
	test.TapCanvas(cw.win.Canvas(), pos.Add(fyne.NewPos(size.Width/2, size.Height/2)))
	if cw.tabs.SelectedIndex() != 1 || cw.people.Pane().Selected != p.ID {
		t.Errorf("clicking the person's quote went to tab %d", cw.tabs.SelectedIndex())
	}
	if got := reopen(t, cw, path); len(got.People) != 3 || len(got.Events) != 4 {
		t.Errorf("the file holds %d people, %d events", len(got.People), len(got.Events))
	}
}

func TestAnnotateQuoteLinkOpensSource(t *testing.T) {
	d := annotCase()
	s := at(t, annotText, "raided the camp")
	q := app.Quote(anchor.Capture(annotText, s, s+len("raided the camp")))
	d.Events[0].Citations = []app.Citation{{Source: "s-times", Quote: &q}}
	cw, _ := newTestWindow(t, d)
	cw.show(app.KindEvent, "e-raid")
	link := findHyperlink(section(t, cw.timeline, "Sources cited"), "“raided the camp”")
	if link == nil {
		t.Fatal("the quote is not listed as a link under Sources cited")
	}
	tapLink(link)
	a := readingView(t, cw)
	if cw.tabs.SelectedIndex() != 4 || cw.sources.Pane().Selected != "s-times" || a.view.Text() != annotText {
		t.Fatalf("the quote opened tab %d, source %q", cw.tabs.SelectedIndex(), cw.sources.Pane().Selected)
	}
	if gs, ge := a.view.Selection(); gs != q.Start || ge != q.End {
		t.Errorf("selection = %d–%d, want %d–%d", gs, ge, q.Start, q.End)
	}
	cw.back()
	if cw.tabs.SelectedIndex() != 0 {
		t.Error("Back did not return to the event")
	}
}

func TestImportSourceText(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	htmlPath := write("raid.html", `<!DOCTYPE html><html><head><title>Raid at Ashraf-3 &ndash; News</title>
<meta property="article:published_time" content="2023-06-20T09:00:00Z"><link rel="canonical" href="https://example.org/raid">
<style>p{color:red}</style><script>var tracking = "nope";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Police raid camp</h1><p>Police   raided the camp
at dawn &amp; <b>searched</b> it.</p><p>Some&nbsp;100 people were injured.<br>Officials denied it.</p>
<ul><li>First point</li><li>Second point</li></ul></article>
<footer>© News Ltd</footer><div hidden>secret</div></body></html>`)
	mdPath := write("notes.md", "# Statement on the raid\n\nThe **ministry** said *no one* was hurt. See [the report](https://example.org/r).\n\n## Details\n\n- first item\n* second item\n")
	txtPath := write("plain.txt", "Line one.\r\nLine two.\r\n\r\n\r\nNew paragraph.\r\n")

	cw, _ := newTestWindow(t, annotCase())
	found := false
	for _, m := range cw.menu.Items {
		for _, it := range m.Items {
			found = found || (m.Label == "File" && it.Label == "Import a source…")
		}
	}
	if !found {
		t.Error("no File ▸ Import a source…")
	}
	// Into the shown source that has no text.
	openSource(t, cw, "s-ministry")
	cw.importSourceText(htmlPath)
	settle(cw.shell)
	s, _ := storeOf(cw).Source("s-ministry")
	want := "Police raid camp\n\nPolice raided the camp at dawn & searched it.\n\nSome\u00a0100 people were injured.\nOfficials denied it.\n\nFirst point\n\nSecond point"
	if s.Text != want {
		t.Errorf("HTML reduced to %q, want %q", s.Text, want)
	}
	if s.URL != "https://example.org/raid" || s.Published.EDTF != "2023-06-20" {
		t.Errorf("HTML meta data not taken: %+v", s)
	}
	if readingView(t, cw).view.Text() != want {
		t.Error("the reading view does not show the imported text")
	}
	// The shown source has text now: asked, the Markdown becomes a new source.
	cw.importSourceText(mdPath)
	settle(cw.shell)
	tapOverlay(t, cw, "New source")
	d := load(t, cw)
	md := d.Sources[len(d.Sources)-1]
	if md.Title != "Statement on the raid" ||
		md.Text != "Statement on the raid\n\nThe ministry said no one was hurt. See the report.\n\nDetails\n\n- first item\n• second item" {
		t.Errorf("Markdown source = %q: %q", md.Title, md.Text)
	}
	if cw.sources.Pane().Selected != md.ID {
		t.Error("the new source is not shown")
	}
	// From another tab, a text file becomes a new source named after the file.
	cw.show(app.KindEvent, "e-raid")
	cw.importSourceText(txtPath)
	settle(cw.shell)
	d = load(t, cw)
	txt := d.Sources[len(d.Sources)-1]
	if txt.Title != "plain" || txt.Text != "Line one.\nLine two.\n\nNew paragraph." {
		t.Errorf("text source = %q: %q", txt.Title, txt.Text)
	}
	// Replacing a text re-anchors its quotes.
	openSource(t, cw, "s-ministry")
	cw.importSourceText(htmlPath)
	settle(cw.shell)
	tapOverlay(t, cw, "Replace its text")
	if s, _ := storeOf(cw).Source("s-ministry"); s.Text != want {
		t.Errorf("after Replace, text = %q", s.Text)
	}
}

// TestGoldenReadingView renders the demo case's annotated source with a
// quote no longer found and a selection with its action bar, and compares
// it with testdata/sources_reading.png. After a deliberate change of the
// look, run the test, look at testdata/failed/sources_reading.png (what
// Fyne's test driver drew), and copy it over the golden.
func TestGoldenReadingView(t *testing.T) {
	cw := demoWindow(t)
	a := openSource(t, cw, "src-summary")
	text := strings.Replace(a.view.Text(), "at first described the scene as calm", "called it calm", 1)
	test.Tap(a.editButton(t))
	sourceText(t, cw).SetText(text) // as pasted (typed rune by rune, its line breaks would be lost)
	test.Tap(a.editButton(t))       // Done editing
	if got := a.orphanHead(); got != "1 quote no longer found in the text" {
		t.Fatalf("orphans: %q", got)
	}
	from := at(t, text, "press coverage")
	dragSelect(t, cw, a, from, from+len("press coverage"))
	// Only the source's side: the rest of the window is other tests' business.
	test.AssertObjectRendersToImage(t, "sources_reading.png", sourcesBody(t, cw))
}
