package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/storage"
	"casefile/widgets"
)

// annotText is the text of the source the annotation tests work on.
const annotText = "On Tuesday, police raided the camp at dawn.\n\n" +
	"A spokesman, Gent Hoxha, said some 100 people were injured. " +
	"The Ministry of the Interior said no one was hurt."

// annotCase is the sample case with annotText as the text of s-times
// (published 21 June 2023, a Wednesday).
func annotCase() app.CaseData {
	d := sampleCase()
	d.Sources[0].Text = annotText
	return d
}

// at returns the code-point offset of the n-th occurrence (from 0) of
// sub in s.
func at(t testing.TB, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	return len([]rune(s[:i]))
}

// openSource shows source id on the Sources tab and returns its reader.
func openSource(t testing.TB, cw *caseWindow, id string) *annotator {
	t.Helper()
	cw.selectTab(4)
	cw.show(app.KindSource, id)
	a := cw.sources.reader
	a.pollEvery = 0 // the test calls placeBar itself: a timer would race with it
	if a.shown != id || a.editing {
		t.Fatalf("the reading view shows %q (editing %v)", a.shown, a.editing)
	}
	return a
}

// charBox returns the canvas box of the code point at off in the view.
func charBox(t testing.TB, a *annotator, off int) (fyne.Position, fyne.Size) {
	t.Helper()
	v := a.view
	s0, e0 := v.Selection()
	v.SetSelection(off, off+1)
	pos, size, ok := v.SelectionBounds()
	v.SetSelection(s0, e0)
	if !ok {
		t.Fatalf("the code point at %d is not in view", off)
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
	return abs.Add(pos), size
}

// dragSelect selects the code points [from, to) by dragging the mouse
// from inside the first to inside the last.
func dragSelect(t testing.TB, cw *caseWindow, a *annotator, from, to int) {
	t.Helper()
	p0, s0 := charBox(t, a, from)
	p1, s1 := charBox(t, a, to-1)
	start := p0.Add(fyne.NewPos(1, s0.Height/2))
	end := p1.Add(fyne.NewPos(s1.Width+1, s1.Height/2))
	test.Drag(cw.win.Canvas(), end, end.X-start.X, end.Y-start.Y)
	if s, e := a.view.Selection(); s != from || e != to {
		t.Fatalf("dragging selected %d–%d %q, want %d–%d", s, e, a.view.SelectedText(), from, to)
	}
}

// shiftSelect clicks before the code point at from and extends the
// selection with Shift+Right over n code points.
func shiftSelect(t testing.TB, cw *caseWindow, a *annotator, from, n int) {
	t.Helper()
	p, s := charBox(t, a, from)
	test.TapCanvas(cw.win.Canvas(), p.Add(fyne.NewPos(s.Width/4, s.Height/2)))
	if s, e := a.view.Selection(); s != from || e != from {
		t.Fatalf("the click put the caret at %d–%d, want %d", s, e, from)
	}
	a.view.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range n {
		a.view.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	a.view.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if s, e := a.view.Selection(); s != from || e != from+n {
		t.Fatalf("Shift+Right selected %d–%d", s, e)
	}
}

// barButton returns the action bar's button, checking the bar is shown
// beside the selection.
func barButton(t testing.TB, a *annotator, label string) *widget.Button {
	t.Helper()
	if !a.bar.Visible() {
		t.Fatalf("the action bar is hidden (selection %q)", a.view.SelectedText())
	}
	pos, size, _ := a.view.SelectionBounds()
	if bp := a.bar.Position(); bp.Y < pos.Y+size.Height && bp.Y+a.bar.Size().Height > pos.Y {
		t.Errorf("the bar at %v covers the selection at %v %v", bp, pos, size)
	}
	b := a.bar.Button(label)
	if b == nil {
		t.Fatalf("no %q in the action bar", label)
	}
	return &b.Button
}

// quoteOf returns the quote of item's citation of src, failing if none.
func quoteOf(t testing.TB, cites []app.Citation, src string) app.Quote {
	t.Helper()
	for _, c := range cites {
		if c.Source == src && c.Quote != nil {
			return *c.Quote
		}
	}
	t.Fatalf("no quoted citation of %s in %+v", src, cites)
	return app.Quote{}
}

// wantQuote checks a stored quote's span and words.
func wantQuote(t testing.TB, what string, q app.Quote, text, exact string) {
	t.Helper()
	s := at(t, text, exact)
	e := s + len([]rune(exact))
	if q.Start != s || q.End != e || q.Exact != exact {
		t.Errorf("%s: quote %d–%d %q, want %d–%d %q", what, q.Start, q.End, q.Exact, s, e, exact)
	}
	if want := anchor.Capture(text, s, e); q.Prefix != want.Prefix || q.Suffix != want.Suffix {
		t.Errorf("%s: context %q / %q, want %q / %q", what, q.Prefix, q.Suffix, want.Prefix, want.Suffix)
	}
}

// highlightAt finds the highlight over the code point off.
func highlightAt(a *annotator, off int) (widgets.Highlight, bool) {
	for _, h := range a.view.Highlights() {
		if h.Start <= off && off < h.End && h.Kind != widgets.HighlightSuggestion {
			return h, true
		}
	}
	return widgets.Highlight{}, false
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
	if cw.tabs.SelectedIndex() != 0 || cw.timeline.list.Selected != ev.ID {
		t.Errorf("after Save the window shows tab %d, %q", cw.tabs.SelectedIndex(), cw.timeline.list.Selected)
	}
	cw.back()
	if cw.tabs.SelectedIndex() != 4 || cw.sources.list.Selected != "s-times" {
		t.Fatalf("Back went to tab %d, %q", cw.tabs.SelectedIndex(), cw.sources.list.Selected)
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
	if p.Name != "Gent Hoxha" || cw.tabs.SelectedIndex() != 1 || cw.people.list.Selected != p.ID {
		t.Errorf("new person %+v; window on tab %d", p, cw.tabs.SelectedIndex())
	}
	wantQuote(t, "person", quoteOf(t, p.Citations, "s-times"), annotText, "Gent Hoxha")
	cw.back()

	// A claim: drag, New claim ▸ the figure; the numbers come from the phrase.
	phrase := "some 100 people were injured"
	from = at(t, annotText, phrase)
	dragSelect(t, cw, a, from, from+len([]rune(phrase)))
	barButton(t, a, "New claim")
	menu := a.claimMenu()
	if menu == nil || menu.Items[0].Label != "People injured in the raid" {
		t.Fatalf("claim menu = %+v", menu)
	}
	menu.Items[0].Action()
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
	if cw.tabs.SelectedIndex() != 3 || cw.figures.list.Selected != "f-injured" {
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
	if cw.tabs.SelectedIndex() != 1 || cw.people.list.Selected != p.ID {
		t.Errorf("clicking the person's quote went to tab %d", cw.tabs.SelectedIndex())
	}
	if got := reopen(t, cw, path); len(got.People) != 3 || len(got.Events) != 4 {
		t.Errorf("the file holds %d people, %d events", len(got.People), len(got.Events))
	}
}

func TestAnnotateSuggestionLinksName(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	name := "Ministry of the Interior"
	s := at(t, annotText, name)
	var sug *widgets.Highlight
	for _, h := range a.view.Highlights() {
		if h.Kind == widgets.HighlightSuggestion && h.Start == s {
			sug = &h
		}
	}
	if sug == nil || sug.End != s+len(name) || !strings.Contains(sug.Label, "Ministry of the Interior") {
		t.Fatalf("no suggestion over %q: %+v", name, a.view.Highlights())
	}
	// Çuçi already cites the source: his name is no suggestion (he is not named anyway).
	pos, size := charBox(t, a, s+3)
	test.TapCanvas(cw.win.Canvas(), pos.Add(fyne.NewPos(size.Width/2, size.Height/2)))
	o, _ := storeOf(cw).Organization("o-ministry")
	wantQuote(t, "suggestion", quoteOf(t, o.Citations, "s-times"), annotText, name)
	if cw.tabs.SelectedIndex() != 4 {
		t.Error("linking a suggestion left the text")
	}
	h, ok := highlightAt(a, s)
	if !ok || h.Kind != widgets.HighlightOrganization {
		t.Errorf("after linking, the name is highlighted as %+v", h)
	}
	for _, h := range a.view.Highlights() {
		if h.Kind == widgets.HighlightSuggestion && h.Start == s {
			t.Error("the suggestion stays after linking")
		}
	}
}

func TestAnnotateCiteForAndNote(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	// Çuçi cites s-times without a quote: Cite for gives that citation the quote.
	from := at(t, annotText, "said some 100")
	dragSelect(t, cw, a, from, from+len("said some 100"))
	barButton(t, a, "Cite for")
	menu := a.citeMenu()
	last := menu.Items[len(menu.Items)-1]
	if last.Label != "Search all items…" {
		t.Fatalf("Cite for menu ends with %q", last.Label)
	}
	last.Action()
	pickFirst(t, cw, "cuci")
	p, _ := storeOf(cw).Person("p-cuci")
	if len(p.Citations) != 1 {
		t.Fatalf("Çuçi has %d citations, want the one given a quote", len(p.Citations))
	}
	wantQuote(t, "cite for", quoteOf(t, p.Citations, "s-times"), annotText, "said some 100")
	if a.bar.Visible() {
		t.Error("the bar stays after citing")
	}
	// Now Çuçi is offered first in the menu.
	dragSelect(t, cw, a, 0, 2)
	if m := a.citeMenu(); !strings.Contains(m.Items[0].Label, "Arben Çuçi") {
		t.Errorf("recent item not offered: %q", m.Items[0].Label)
	}
	// A note.
	from = at(t, annotText, "no one was hurt")
	dragSelect(t, cw, a, from, from+len("no one was hurt"))
	test.Tap(barButton(t, a, "Note"))
	test.Type(overlayEntries(t, cw)[0], "Contradicts the Times.")
	tapOverlay(t, cw, "Save")
	notes, _ := storeOf(cw).Annotations()
	if len(notes) != 1 || notes[0].Note != "Contradicts the Times." {
		t.Fatalf("notes = %+v", notes)
	}
	wantQuote(t, "note", *notes[0].Quote, annotText, "no one was hurt")
	if h, ok := highlightAt(a, from); !ok || h.Kind != widgets.HighlightNote {
		t.Errorf("the note is highlighted as %+v", h)
	}
}

func TestAnnotateQuoteLinkOpensSource(t *testing.T) {
	d := annotCase()
	s := at(t, annotText, "raided the camp")
	q := app.Quote(anchor.Capture(annotText, s, s+len("raided the camp")))
	d.Events[0].Citations = []app.Citation{{Source: "s-times", Quote: &q}}
	cw, _ := newTestWindow(t, d)
	cw.show(app.KindEvent, "e-raid")
	link := findHyperlink(cw.timeline.cites.Object(), "“raided the camp”")
	if link == nil {
		t.Fatal("the quote is not listed as a link under Sources cited")
	}
	tapLink(link)
	a := cw.sources.reader
	if cw.tabs.SelectedIndex() != 4 || a.shown != "s-times" {
		t.Fatalf("the quote opened tab %d, source %q", cw.tabs.SelectedIndex(), a.shown)
	}
	if gs, ge := a.view.Selection(); gs != q.Start || ge != q.End {
		t.Errorf("selection = %d–%d, want %d–%d", gs, ge, q.Start, q.End)
	}
	cw.back()
	if cw.tabs.SelectedIndex() != 0 {
		t.Error("Back did not return to the event")
	}
}

func TestAnnotateReadOnlyOffersNoActions(t *testing.T) {
	a0 := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "ro.casefile")
	st, err := storage.Opener{}.Create(path, annotCase(), false)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro, err := storage.Opener{}.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	cw := openTestWindow(t, a0, ro)
	a := openSource(t, cw, "s-times")
	dragSelect(t, cw, a, 3, 10)
	if a.bar.Visible() || !a.editBtn.Disabled() || len(a.hits) != 0 {
		t.Errorf("read-only: bar %v, edit enabled %v, %d suggestions", a.bar.Visible(), !a.editBtn.Disabled(), len(a.hits))
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
	if cw.sources.reader.shownText != want {
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
	if cw.sources.list.Selected != md.ID {
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
	text := strings.Replace(a.shownText, "at first described the scene as calm", "called it calm", 1)
	if err := cw.sources.replaceText(text, nil); err != nil {
		t.Fatal(err)
	}
	cw.sources.settleAnchors()
	if a.orphans.head.Text != "1 quote no longer found in the text" {
		t.Fatalf("orphans: %q", a.orphans.head.Text)
	}
	from := at(t, text, "press coverage")
	dragSelect(t, cw, a, from, from+len("press coverage"))
	// Only the source's side: the rest of the window is other tests' business.
	test.AssertObjectRendersToImage(t, "sources_reading.png", cw.sources.body)
}
