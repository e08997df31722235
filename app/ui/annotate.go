package ui

import (
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/textfind"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// annotator is the Sources tab's reading view: the selected source's text
// with every quote from it highlighted by what it is linked to, faint
// marks on names not linked yet, an action bar beside a selection (New
// event, New person, New organization, New claim ▸, Cite for ▸, Note),
// the quotes no longer found in the text, and the editor that Edit text
// switches to.
type annotator struct {
	t  *sourcesTab
	cw *caseWindow

	view      *widgets.AnnotatedText
	bar       *widgets.SelectionActions
	editBtn   *widgets.Button
	importBtn *widgets.Button
	info      *widget.Label
	empty     fyne.CanvasObject // shown instead of the view when there is no text
	reading   *fyne.Container   // the view with the bar floating over it
	barLayer  *fyne.Container   // the layer, without layout, that holds the bar
	editor    fyne.CanvasObject // the text entry, for Edit text
	orphans   *orphanList
	legend    fyne.CanvasObject
	content   fyne.CanvasObject

	editing   bool
	shown     string // the source whose text the view holds
	shownText string
	marks     []quoteMark    // the quotes from the shown source
	hits      []textfind.Hit // names in it not linked yet (suggestions)
	selOK     bool           // the selection holds more than white space
	recent    []itemRef      // items made or cited from a selection, latest first
	polling   bool
	pollEvery time.Duration // how often the bar follows the text's scrolling; 0: it does not

}

// itemRef names an item of the case.
type itemRef struct {
	kind app.Kind
	id   string
}

// quoteMark is a quote from the shown source: a citation's (of an event,
// person, organization, relation or claim) or a note's, and where it
// stands in the text now.
type quoteMark struct {
	kind  app.Kind // the cited item's kind; KindAnnotation for a note
	item  string   // the cited item's id; "" for a note
	cite  app.Citation
	note  app.Annotation
	quote app.Quote
	at    anchor.Result
}

// barPoll is how often the action bar follows its selection when the
// text scrolls (the view does not report scrolling).
const barPoll = 120 * time.Millisecond

func newAnnotator(t *sourcesTab, editor fyne.CanvasObject) *annotator {
	a := &annotator{t: t, cw: t.cw, editor: editor, pollEvery: barPoll}
	a.view = widgets.NewAnnotatedText("")
	a.view.OnSelectionChanged = a.onSelectionChanged
	a.view.OnHighlightTapped = a.onHighlightTapped
	a.bar = widgets.NewSelectionActions(
		widgets.SelectionAction{Label: "New event", OnTapped: a.onNewEvent},
		widgets.SelectionAction{Label: "New person", OnTapped: func() { a.onNewActor(app.KindPerson) }},
		widgets.SelectionAction{Label: "New organization", OnTapped: func() { a.onNewActor(app.KindOrganization) }},
		widgets.SelectionAction{Label: "New claim", Menu: a.claimMenu},
		widgets.SelectionAction{Label: "Cite for", Menu: a.citeMenu},
		widgets.SelectionAction{Label: "Note", OnTapped: a.onNote},
		widgets.SelectionAction{Label: "Evidence for", Menu: a.evidenceMenu},
	)
	a.bar.Hide()
	a.barLayer = container.New(floating{}, a.bar)
	a.reading = container.NewStack(kit.NewWheel(a.view), a.barLayer)

	a.editBtn = widgets.NewButton("Edit text", theme.DocumentCreateIcon(), a.toggleEdit)
	a.importBtn = widgets.NewButton("Import…", theme.FolderOpenIcon(), a.cw.onImportSourceText)
	a.importBtn.Importance = widget.LowImportance
	a.cw.h.Guard(a.editBtn, a.importBtn)
	a.info = widget.NewLabel("")
	a.info.Importance = widget.LowImportance
	a.info.Truncation = fyne.TextTruncateEllipsis
	a.empty = a.emptyText()
	a.orphans = newOrphanList(a)
	a.editor.Hide()

	head := widget.NewLabel("Text")
	head.TextStyle = fyne.TextStyle{Bold: true}
	top := container.NewBorder(nil, nil, container.NewHBox(head, a.editBtn, a.importBtn), nil, a.info)
	center := container.NewStack(a.empty, a.reading, a.editor)
	a.legend = container.NewHScroll(container.NewHBox(a.view.Legend())) // sideways on a narrow window
	a.content = container.NewBorder(container.NewVBox(widget.NewSeparator(), top, a.orphans.box),
		a.legend, nil, nil, center)
	return a
}

// floating is the layout of the action bar's layer: the bar is placed by
// hand over the text (placeBar) and asks for no room of its own, so that
// its width does not widen the window.
type floating struct{}

// Layout leaves the bar where placeBar put it.
func (floating) Layout([]fyne.CanvasObject, fyne.Size) {}

// MinSize is nothing: the bar floats over the text.
func (floating) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// emptyText is what the reading view shows for a source without text.
func (a *annotator) emptyText() fyne.CanvasObject {
	l := widget.NewLabel("This source has no text yet. Paste it in, or import a file (PDF, Word, e-mail, web page or text); " +
		"then select words in it to make events, people, organizations, claims and notes from them.")
	l.Wrapping = fyne.TextWrapWord
	l.Alignment = fyne.TextAlignCenter
	l.Importance = widget.LowImportance
	paste := widgets.NewButton("Paste or type it", theme.DocumentCreateIcon(), a.toggleEdit)
	imp := widgets.NewButton("Import a file…", theme.FolderOpenIcon(), a.cw.onImportSourceText)
	a.cw.h.Guard(paste, imp)
	// The buttons first, so that they are in view however short the pane
	// (1366×768 at 150 % left them under the fold), and the whole scrolls
	// where the pane is shorter still.
	box := container.NewVBox(container.NewCenter(container.NewHBox(paste, imp)), l)
	// As narrow as the buttons: the pane is narrow on a small screen.
	return kit.NewWheel(container.NewVScroll(container.NewCenter(container.NewGridWrap(fyne.NewSize(box.MinSize().Width, box.MinSize().Height), box))))
}

// show shows the tab's current source: its text (kept as it is, with the
// scroll position and selection, when it has not changed), highlights,
// suggestions and orphaned quotes.
func (a *annotator) show() {
	s := &a.t.cur
	if a.editing && a.shown != s.ID {
		a.editing = false // another source: its text was saved and settled by showItem
	}
	if s.ID != a.shown || s.Text != a.shownText {
		a.view.SetText(s.Text)
		a.shown, a.shownText = s.ID, s.Text
		a.selOK = false
		a.hideBar()
	}
	a.t.fitBody()
	a.refresh()
}

// refresh recomputes the highlights, suggestions and orphaned quotes of
// the shown source from the case.
func (a *annotator) refresh() {
	d := a.cw.idx().Data()
	txt := anchor.NewText(a.shownText)
	a.marks = quoteMarks(d, a.shown)
	for i := range a.marks {
		a.marks[i].at = txt.Locate(anchor.Quote(a.marks[i].quote))
	}
	a.hits = nil
	if !a.cw.readOnly && a.shownText != "" {
		a.hits = textfind.UnlinkedNames(d, a.shown, []rune(a.shownText))
	}
	a.view.SetHighlights(a.highlights())
	a.orphans.show()
	a.info.SetText(a.summary())
	a.layoutMode()
	if a.selOK {
		a.placeBar()
	}
}

// layoutMode shows the editor, the text or the empty note.
func (a *annotator) layoutMode() {
	changed := false
	showIf := func(o fyne.CanvasObject, on bool) {
		if on && !o.Visible() {
			o.Show()
			changed = true
		} else if !on && o.Visible() {
			o.Hide()
			changed = true
		}
	}
	showIf(a.editor, a.editing)
	showIf(a.reading, !a.editing && a.shownText != "")
	showIf(a.empty, !a.editing && a.shownText == "")
	showIf(a.legend, !a.editing && a.shownText != "")
	if a.editing {
		a.editBtn.SetText("Done editing")
		a.editBtn.SetIcon(theme.ConfirmIcon())
		a.editBtn.Importance = widget.HighImportance
	} else {
		a.editBtn.SetText("Edit text")
		a.editBtn.SetIcon(theme.DocumentCreateIcon())
		a.editBtn.Importance = widget.MediumImportance
	}
	a.editBtn.Refresh()
	if changed {
		a.relayout()
	}
}

// relayout lays the panel out again after a part of it was shown or
// hidden (Fyne does not, by itself, give the space to the others).
func (a *annotator) relayout() {
	if c, ok := a.content.(*fyne.Container); ok {
		c.Refresh()
	}
}

// summary is the line above the text: what is highlighted, and how.
func (a *annotator) summary() string {
	if a.editing {
		return "Quotes are re-anchored when you finish editing."
	}
	if a.shownText == "" {
		return ""
	}
	found := 0
	for i := range a.marks {
		if a.marks[i].at.Anchored() {
			found++
		}
	}
	var parts []string
	if found > 0 {
		parts = append(parts, app.Plural(found, "quote"))
	}
	names := map[string]bool{}
	for _, h := range a.hits {
		names[h.ID] = true
	}
	if n := len(names); n > 0 {
		parts = append(parts, app.Plural(n, "name")+" not linked yet (dotted)")
	}
	if len(parts) == 0 && !a.cw.readOnly {
		return "Select words in the text to make an event, a person, a claim or a note from them."
	}
	return strings.Join(parts, " · ")
}

// highlights are the view's highlights: each quote found, then each name
// not linked yet.
func (a *annotator) highlights() []widgets.Highlight {
	hs := make([]widgets.Highlight, 0, len(a.marks)+len(a.hits))
	for i := range a.marks {
		m := &a.marks[i]
		if !m.at.Anchored() {
			continue
		}
		hs = append(hs, widgets.Highlight{Start: m.at.Start, End: m.at.End, Kind: highlightKind(m.kind),
			Label: a.markLabel(m), ID: "q" + strconv.Itoa(i)})
	}
	for i, h := range a.hits {
		hs = append(hs, widgets.Highlight{Start: h.Start, End: h.End, Kind: widgets.HighlightSuggestion,
			Label: app.Shorten(a.cw.idx().ActorName(h.ID), 50) + " (" + h.Kind.Label() + ") · not linked yet: click to link",
			ID:    "s" + strconv.Itoa(i)})
	}
	return hs
}

// highlightKind is how a quote of an item of kind k is drawn.
func highlightKind(k app.Kind) string {
	switch k {
	case app.KindEvent:
		return widgets.HighlightEvent
	case app.KindPerson:
		return widgets.HighlightPerson
	case app.KindOrganization:
		return widgets.HighlightOrganization
	case app.KindClaim:
		return widgets.HighlightClaim
	case app.KindAnnotation:
		return widgets.HighlightNote
	}
	return string(k) // a relation: a plain grey underline, named on hover
}

// markLabel says what a quote is linked to ("Person: Arben Çuçi").
func (a *annotator) markLabel(m *quoteMark) string {
	return a.cw.itemLabel(m.kind, m.item, m.note.Note)
}

// itemLabel names an item with its kind, for tooltips and menus: "Event:
// Police raid", "Claim: “some 100” — People injured", "Note: …".
func (cw *caseWindow) itemLabel(k app.Kind, id, note string) string {
	switch k {
	case app.KindAnnotation:
		return "Note: " + app.Shorten(app.OneLine(note), 70)
	case app.KindClaim:
		f, c := cw.idx().Claim(id)
		if c == nil {
			return "Claim"
		}
		return "Claim: “" + app.Shorten(c.Text, 30) + "” — " + app.Shorten(f.Question, 40)
	}
	word := k.Label()
	if word != "" {
		word = strings.ToUpper(word[:1]) + word[1:]
	}
	return word + ": " + app.Shorten(cw.idx().ItemName(k, id), 60)
}

// quoteMarks lists the quotes from source src: the citations of events,
// people, organizations, relations and claims that quote it, and the
// notes on its text.
func quoteMarks(d *app.CaseData, src string) []quoteMark {
	var out []quoteMark
	add := func(k app.Kind, item string, cs []app.Citation) {
		for _, c := range cs {
			if c.Source == src && c.Quote != nil && c.Quote.Exact != "" {
				out = append(out, quoteMark{kind: k, item: item, cite: c, quote: *c.Quote})
			}
		}
	}
	for _, e := range d.Events {
		add(app.KindEvent, e.ID, e.Citations)
	}
	for _, p := range d.People {
		add(app.KindPerson, p.ID, p.Citations)
	}
	for _, o := range d.Organizations {
		add(app.KindOrganization, o.ID, o.Citations)
	}
	for _, r := range d.Relations {
		add(app.KindRelation, r.ID, r.Citations)
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			add(app.KindClaim, c.ID, c.Citations)
		}
	}
	for _, n := range d.Annotations {
		if n.Source == src && n.Quote != nil && n.Quote.Exact != "" {
			out = append(out, quoteMark{kind: app.KindAnnotation, note: n, quote: *n.Quote})
		}
	}
	return out
}

// onHighlightTapped opens what a highlight is linked to: the item (Back
// returns here), a note to edit, or, for a name not linked yet, cites
// this source for it with the quote of that occurrence.
func (a *annotator) onHighlightTapped(h widgets.Highlight) {
	if len(h.ID) < 2 {
		return
	}
	i, err := strconv.Atoi(h.ID[1:])
	if err != nil {
		return
	}
	switch h.ID[0] {
	case 'q':
		if i < len(a.marks) {
			a.openMark(a.marks[i])
		}
	case 's':
		if i < len(a.hits) {
			a.linkSuggestion(a.hits[i])
		}
	}
}

// openMark goes to the item a quote is linked to, or edits a note.
func (a *annotator) openMark(m quoteMark) {
	if m.kind == app.KindAnnotation {
		a.editNote(m.note)
		return
	}
	a.cw.goTo(m.kind, m.item)
}

// onSelectionChanged shows the action bar beside a selection, or hides it.
func (a *annotator) onSelectionChanged(s, e int, text string) {
	a.selOK = s < e && strings.TrimSpace(text) != ""
	a.orphans.selectionChanged()
	if !a.selOK {
		a.hideBar()
		return
	}
	a.placeBar()
	a.startPoll()
}

// placeBar puts the action bar beside the selection, or hides it when the
// selection is out of view or cannot be acted on.
func (a *annotator) placeBar() {
	pos, size, ok := a.view.SelectionBounds()
	if !ok || !a.selOK || a.editing || a.cw.readOnly || !a.t.has {
		a.hideBar()
		return
	}
	bs := a.bar.MinSize()
	p := a.bar.PositionFor(pos, size, a.view.Size())
	if a.bar.Visible() && a.bar.Size() == bs && a.bar.Position() == p {
		return
	}
	a.bar.Resize(bs)
	a.bar.Move(p)
	a.bar.Show()
	// The layer, not the bar, is known to the canvas until the bar has
	// been drawn once: refreshing it gets the bar drawn at once.
	a.barLayer.Refresh()
}

// hideBar hides the action bar.
func (a *annotator) hideBar() {
	if a.bar.Visible() {
		a.bar.Hide()
		a.barLayer.Refresh()
	}
}

// startPoll keeps the bar beside its selection while the text scrolls,
// until the selection is gone or the view is not on screen.
func (a *annotator) startPoll() {
	if a.polling || a.pollEvery <= 0 {
		return
	}
	a.polling = true
	stop := &atomic.Bool{}
	every := a.pollEvery
	go func() {
		for !stop.Load() {
			time.Sleep(every)
			fyne.Do(func() {
				if stop.Load() {
					return
				}
				if a.cw.closed || !a.selOK || a.editing || !a.onScreen() {
					stop.Store(true)
					a.polling = false
					return
				}
				a.placeBar()
			})
		}
	}()
}

// onScreen reports whether the reading view is on screen.
func (a *annotator) onScreen() bool {
	return a.t.has && a.cw.tabs.Selected() == a.t.item && a.reading.Visible()
}

// collapse empties the selection (keeping the caret at its end) and hides
// the bar, after an action used it.
func (a *annotator) collapse() {
	_, e := a.view.Selection()
	a.view.SetSelection(e, e)
	a.selOK = false
	a.hideBar()
	a.orphans.selectionChanged()
}

// selectedQuote is the selection, without white space at its ends and
// widened to whole words, as a quote (anchor.Capture); ok is false when
// nothing is selected.
func (a *annotator) selectedQuote() (app.Quote, bool) {
	if a.editing || a.shownText == "" {
		return app.Quote{}, false
	}
	s0, e0 := a.view.Selection()
	txt := anchor.NewText(a.shownText)
	runes := []rune(a.shownText)
	s, e := textfind.TrimSpan(runes, s0, e0)
	if s >= e {
		return app.Quote{}, false
	}
	s, e = textfind.SnapToWords(runes, s, e)
	if s < s0 || e > e0 {
		a.view.SetSelection(s, e) // show the whole words that will be quoted
	}
	return app.Quote(txt.Capture(s, e)), true
}

// toggleEdit switches between reading the text and editing it.
func (a *annotator) toggleEdit() {
	if a.cw.readOnly || !a.t.has {
		return
	}
	a.setEditing(!a.editing)
}

// setEditing switches to the editor, or back to the reading view; leaving
// the editor saves the text and re-anchors its quotes.
func (a *annotator) setEditing(on bool) {
	if on == a.editing {
		return
	}
	if !on {
		a.cw.saver.Flush()
		a.t.settleAnchors()
	}
	a.editing = on
	a.hideBar()
	a.selOK = false
	if on {
		a.t.loadText()
		a.layoutMode()
		a.info.SetText(a.summary())
		a.cw.win.Canvas().Focus(a.t.text)
		return
	}
	a.show()
}

// reveal shows a quote in the shown source: scrolled to and selected, or,
// when it is no longer found, the list of such quotes opened.
func (a *annotator) reveal(q app.Quote) {
	if a.editing {
		a.setEditing(false)
	}
	r := anchor.Locate(a.shownText, anchor.Quote(q))
	if !r.Anchored() {
		a.orphans.setOpen(true)
		a.cw.status.SetText("That quote is no longer found in the text of " + app.Quoted(a.t.cur.Title) + "; it is listed above the text.")
		return
	}
	a.view.SetSelection(r.Start, r.End)
	a.view.ScrollTo(r.Start)
	a.cw.status.SetText("The quote in " + app.Quoted(a.t.cur.Title) + " is selected · Back returns")
	a.selOK = false
	a.hideBar()
}

// openQuote opens the Sources tab on source src, scrolled to the quote q
// and with it selected (Back returns).
func (cw *caseWindow) openQuote(src string, q app.Quote) {
	if cw.idx().Source(src) == nil {
		return
	}
	cw.goTo(app.KindSource, src)
	cw.sources.reader.reveal(q)
}

// remember puts an item first among those the Cite for menu offers.
func (a *annotator) remember(k app.Kind, id string) {
	out := []itemRef{{k, id}}
	for _, r := range a.recent {
		if r.id != id && len(out) < 6 {
			out = append(out, r)
		}
	}
	a.recent = out
}

// orphanRowHeight is the height of a row of the orphan list: a link and
// a line of quote. Two rows show; more scroll.
const orphanRowHeight = 78
