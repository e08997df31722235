package ui

import (
	"fyne.io/fyne/v2"

	"casefile/app"
	"casefile/app/ui/reader"
)

// barFollow is how often the reading view's action bar follows its
// selection when the text scrolls (reader.Parts.Follow). The tests place
// the bar themselves and set it to 0, so that no timer races with them.
var barFollow = reader.FollowEvery

// newReader makes the reading view of the Sources tab t, with editor (the
// text entry and its error line) for Edit text.
func newReader(t *sourcesTab, editor fyne.CanvasObject) *reader.View {
	deps := t.deps
	return reader.New(deps.h, reader.Parts{
		Tab:         readerTab{t},
		Editor:      editor,
		EditorField: t.text,
		Import:      deps.importText,
		Evidence:    deps.quoteEvidence,
		Follow:      barFollow,
	})
}

// readerTab is the Sources tab as its reading view sees it (reader.Tab).
type readerTab struct{ t *sourcesTab }

// Source is the source on the tab.
func (r readerTab) Source() (*app.Source, bool) { return &r.t.cur, r.t.has }

// FitBody moves the divider between form and text to suit the source.
func (r readerTab) FitBody() { r.t.fitBody() }

// LoadText puts the source's text into the editor.
func (r readerTab) LoadText() { r.t.loadText() }

// OnScreen reports whether the Sources tab is selected in an open window.
func (r readerTab) OnScreen() bool {
	return r.t.deps.selected() == r.t.item
}

// openQuote opens the Sources tab on source src, scrolled to the quote q
// and with it selected (Back returns).
func (cw *caseWindow) openQuote(src string, q app.Quote) {
	if cw.idx().Source(src) == nil {
		return
	}
	cw.goTo(app.KindSource, src)
	cw.sources.reveal(q)
}

// reveal scrolls the source's text to the quote q and selects it.
func (t *sourcesTab) reveal(q app.Quote) { t.reader.Reveal(q) }
