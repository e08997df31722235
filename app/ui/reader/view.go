// Package reader is the Sources tab's reading view: a source's text with
// every quote from it highlighted by what it is linked to, faint marks on
// the names of the case not linked yet, an action bar beside a selection
// that makes events, people, organizations, claims, notes and evidence
// from it, the quotes no longer found in the text, and the switch to the
// text's editor (quotes re-anchored when the editing ends). It is built
// from a host.Host and the Tab it lies in, and changes the case only
// through the host's session.
package reader

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/textfind"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// Tab is what the reading view needs of the tab it lies in (the Sources
// tab): the source it shows, the room it gives the text, and its editor.
type Tab interface {
	// Source is the source the tab shows now; ok is false when it shows
	// none (s then holds the one it showed last, or nothing).
	Source() (s *app.Source, ok bool)
	// FitBody gives the text the room that suits a source with or without
	// text (unless the analyst chose otherwise).
	FitBody()
	// LoadText puts the source's text into the tab's editor, for Edit text.
	LoadText()
	// OnScreen reports whether the tab is the window's selected tab in a
	// window still open.
	OnScreen() bool
}

// Parts are what the window hands the reading view besides the host.
type Parts struct {
	// Tab is the tab the view lies in.
	Tab Tab
	// Editor is the text's editor (with its error line) that Edit text
	// shows in place of the text; EditorField is the entry in it that
	// takes the focus.
	Editor      fyne.CanvasObject
	EditorField fyne.Focusable
	// Import asks for a file and imports it as a source's text (Import…
	// and Import a file…).
	Import func()
	// Evidence is the menu item "Evidence for ▸" offering the case's
	// disputed questions, choosing one adding the quote q of source src
	// to it; nil when there is no question to offer.
	Evidence func(src string, q app.Quote) *fyne.MenuItem
}

// View is the reading view of the source its tab shows.
type View struct {
	h           *host.Host
	tab         Tab
	editorFocus fyne.Focusable
	onImport    func()
	evidence    func(src string, q app.Quote) *fyne.MenuItem

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
	textBase  *textBase      // the text the quotes are anchored in, while it is edited
}

// New makes the reading view from the host and the parts the window
// hands it. It shows nothing until Show.
func New(h *host.Host, p Parts) *View {
	v := &View{h: h, tab: p.Tab, editor: p.Editor, editorFocus: p.EditorField, onImport: p.Import,
		evidence: p.Evidence}
	v.view = widgets.NewAnnotatedText("")
	v.view.OnSelectionChanged = v.onSelectionChanged
	v.view.OnScrolled = v.follow
	v.view.OnHighlightTapped = v.onHighlightTapped
	v.bar = widgets.NewSelectionActions(
		widgets.SelectionAction{Label: "New event", OnTapped: v.onNewEvent},
		widgets.SelectionAction{Label: "New person", OnTapped: func() { v.onNewActor(app.KindPerson) }},
		widgets.SelectionAction{Label: "New organization", OnTapped: func() { v.onNewActor(app.KindOrganization) }},
		widgets.SelectionAction{Label: "New claim", Menu: v.claimMenu},
		widgets.SelectionAction{Label: "Cite for", Menu: v.citeMenu},
		widgets.SelectionAction{Label: "Note", OnTapped: v.onNote},
		widgets.SelectionAction{Label: "Evidence for", Menu: v.evidenceMenu},
	)
	v.bar.Hide()
	v.barLayer = container.New(floating{}, v.bar)
	v.reading = container.NewStack(kit.NewWheel(v.view), v.barLayer)

	v.editBtn = widgets.NewButton("Edit text", theme.DocumentCreateIcon(), v.toggleEdit)
	v.importBtn = widgets.NewButton("Import…", theme.FolderOpenIcon(), v.onImport)
	v.importBtn.Importance = widget.LowImportance
	v.h.Guard(v.editBtn, v.importBtn)
	v.info = widget.NewLabel("")
	v.info.Importance = widget.LowImportance
	v.info.Truncation = fyne.TextTruncateEllipsis
	v.empty = v.emptyText()
	v.orphans = newOrphanList(v)
	v.editor.Hide()

	head := widget.NewLabel("Text")
	head.TextStyle = fyne.TextStyle{Bold: true}
	top := container.NewBorder(nil, nil, container.NewHBox(head, v.editBtn, v.importBtn), nil, v.info)
	center := container.NewStack(v.empty, v.reading, v.editor)
	v.legend = container.NewHScroll(container.NewHBox(v.view.Legend())) // sideways on a narrow window
	v.content = kit.NewBorder(container.NewVBox(widget.NewSeparator(), top, v.orphans.box),
		v.legend, nil, nil, center)
	return v
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
func (v *View) emptyText() fyne.CanvasObject {
	l := widget.NewLabel("This source has no text yet. Paste it in, or import a file (PDF, Word, e-mail, web page or text); " +
		"then select words in it to make events, people, organizations, claims and notes from them.")
	l.Wrapping = fyne.TextWrapWord
	l.Alignment = fyne.TextAlignCenter
	l.Importance = widget.LowImportance
	paste := widgets.NewButton("Paste or type it", theme.DocumentCreateIcon(), v.toggleEdit)
	imp := widgets.NewButton("Import a file…", theme.FolderOpenIcon(), v.onImport)
	v.h.Guard(paste, imp)
	// The buttons first, so that they are in view however short the pane
	// (1366×768 at 150 % left them under the fold), and the whole scrolls
	// where the pane is shorter still.
	box := container.NewVBox(container.NewCenter(container.NewHBox(paste, imp)), l)
	// As narrow as the buttons: the pane is narrow on a small screen.
	return kit.NewWheel(container.NewVScroll(container.NewCenter(container.NewGridWrap(fyne.NewSize(box.MinSize().Width, box.MinSize().Height), box))))
}

// Content is the view, for the tab to place below the source's form.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Editing reports whether the text's editor is shown instead of the text.
func (v *View) Editing() bool { return v.editing }

// source is the source the tab shows (or showed last).
func (v *View) source() *app.Source {
	s, _ := v.tab.Source()
	return s
}

// has reports whether the tab shows a source.
func (v *View) has() bool {
	_, ok := v.tab.Source()
	return ok
}

// Show shows the tab's current source: its text (kept as it is, with the
// scroll position and selection, when it has not changed), highlights,
// suggestions and orphaned quotes.
func (v *View) Show() {
	s := v.source()
	if v.editing && v.shown != s.ID {
		v.editing = false // another source: its text was saved and settled by showItem
	}
	if s.ID != v.shown || s.Text != v.shownText {
		v.view.SetText(s.Text)
		v.shown, v.shownText = s.ID, s.Text
		v.selOK = false
		v.hideBar()
	}
	v.tab.FitBody()
	v.refresh()
}

// refresh recomputes the highlights, suggestions and orphaned quotes of
// the shown source from the case.
func (v *View) refresh() {
	d := v.h.Index().Data()
	txt := anchor.NewText(v.shownText)
	v.marks = quoteMarks(d, v.shown)
	for i := range v.marks {
		v.marks[i].at = txt.Locate(anchor.Quote(v.marks[i].quote))
	}
	v.hits = nil
	if !v.h.ReadOnly && v.shownText != "" {
		v.hits = v.h.Index().Names().UnlinkedIn(d, v.shown, []rune(v.shownText))
	}
	v.view.SetHighlights(v.highlights())
	v.orphans.show()
	v.info.SetText(v.summary())
	v.layoutMode()
	if v.selOK {
		v.placeBar()
	}
}

// layoutMode shows the editor, the text or the empty note.
func (v *View) layoutMode() {
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
	showIf(v.editor, v.editing)
	showIf(v.reading, !v.editing && v.shownText != "")
	showIf(v.empty, !v.editing && v.shownText == "")
	showIf(v.legend, !v.editing && v.shownText != "")
	// A source without text offers Paste or type it and Import a file… in
	// the middle of the pane: the same two buttons above it would be two
	// more Tab stops doing the same.
	showIf(v.editBtn, v.editing || v.shownText != "")
	showIf(v.importBtn, !v.editing && v.shownText != "")
	if v.editing {
		v.editBtn.SetText("Done editing")
		v.editBtn.SetIcon(theme.ConfirmIcon())
		v.editBtn.Importance = widget.HighImportance
	} else {
		v.editBtn.SetText("Edit text")
		v.editBtn.SetIcon(theme.DocumentCreateIcon())
		v.editBtn.Importance = widget.MediumImportance
	}
	v.editBtn.Refresh()
	if changed {
		v.relayout()
	}
}

// relayout lays the panel out again after a part of it was shown or
// hidden (Fyne does not, by itself, give the space to the others).
func (v *View) relayout() {
	if c, ok := v.content.(*fyne.Container); ok {
		c.Refresh()
	}
}

// onSelectionChanged shows the action bar beside a selection, or hides it.
func (v *View) onSelectionChanged(s, e int, text string) {
	v.selOK = s < e && strings.TrimSpace(text) != ""
	v.orphans.selectionChanged()
	if !v.selOK {
		v.hideBar()
		return
	}
	v.placeBar()
}

// follow keeps the action bar beside its selection as the text scrolls.
func (v *View) follow() {
	if v.selOK && !v.editing {
		v.placeBar()
	}
}

// placeBar puts the action bar beside the selection, or hides it when the
// selection is out of view or cannot be acted on.
func (v *View) placeBar() {
	pos, size, ok := v.view.SelectionBounds()
	if !ok || !v.selOK || v.editing || v.h.ReadOnly || !v.has() {
		v.hideBar()
		return
	}
	bs := v.bar.MinSize()
	p := v.bar.PositionFor(pos, size, v.view.Size())
	if v.bar.Visible() && v.bar.Size() == bs && v.bar.Position() == p {
		return
	}
	v.bar.Resize(bs)
	v.bar.Move(p)
	v.bar.Show()
	// The layer, not the bar, is known to the canvas until the bar has
	// been drawn once: refreshing it gets the bar drawn at once.
	v.barLayer.Refresh()
}

// hideBar hides the action bar.
func (v *View) hideBar() {
	if v.bar.Visible() {
		v.bar.Hide()
		v.barLayer.Refresh()
	}
}

// onScreen reports whether the reading view is on screen (in a window
// still open).
func (v *View) onScreen() bool {
	return v.has() && v.tab.OnScreen() && v.reading.Visible()
}

// collapse empties the selection (keeping the caret at its end) and hides
// the bar, after an action used it.
func (v *View) collapse() {
	_, e := v.view.Selection()
	v.view.SetSelection(e, e)
	v.selOK = false
	v.hideBar()
	v.orphans.selectionChanged()
}

// selectedQuote is the selection, without white space at its ends and
// widened to whole words, as a quote (anchor.Capture); ok is false when
// nothing is selected.
func (v *View) selectedQuote() (app.Quote, bool) {
	if v.editing || v.shownText == "" {
		return app.Quote{}, false
	}
	s0, e0 := v.view.Selection()
	txt := anchor.NewText(v.shownText)
	runes := []rune(v.shownText)
	s, e := textfind.TrimSpan(runes, s0, e0)
	if s >= e {
		return app.Quote{}, false
	}
	s, e = textfind.SnapToWords(runes, s, e)
	if s < s0 || e > e0 {
		v.view.SetSelection(s, e) // show the whole words that will be quoted
	}
	return app.Quote(txt.Capture(s, e)), true
}

// toggleEdit switches between reading the text and editing it.
func (v *View) toggleEdit() {
	if v.h.ReadOnly || !v.has() {
		return
	}
	v.SetEditing(!v.editing)
}

// SetEditing switches to the editor, or back to the reading view; leaving
// the editor saves the text and re-anchors its quotes.
func (v *View) SetEditing(on bool) {
	if on == v.editing {
		return
	}
	if !on {
		v.h.Saver.Flush()
		v.Settle()
	}
	v.editing = on
	v.hideBar()
	v.selOK = false
	if on {
		v.tab.LoadText()
		v.layoutMode()
		v.info.SetText(v.summary())
		v.h.Window.Canvas().Focus(v.editorFocus)
		return
	}
	v.Show()
}

// Reveal shows a quote in the shown source: scrolled to and selected, or,
// when it is no longer found, the list of such quotes opened.
func (v *View) Reveal(q app.Quote) {
	if v.editing {
		v.SetEditing(false)
	}
	r := anchor.Locate(v.shownText, anchor.Quote(q))
	if !r.Anchored() {
		v.orphans.setOpen(true)
		v.h.Status.Say("That quote is no longer found in the text of " + app.Quoted(v.source().Title) + "; it is listed above the text.")
		return
	}
	v.view.SetSelection(r.Start, r.End)
	v.view.ScrollTo(r.Start)
	v.h.Status.Say("The quote in " + app.Quoted(v.source().Title) + " is selected · Back returns")
	v.selOK = false
	v.hideBar()
}

// remember puts an item first among those the Cite for menu offers.
func (v *View) remember(k app.Kind, id string) {
	out := []itemRef{{k, id}}
	for _, r := range v.recent {
		if r.id != id && len(out) < 6 {
			out = append(out, r)
		}
	}
	v.recent = out
}
