package tabs

import (
	"fyne.io/fyne/v2"

	"casefile/app"
	"casefile/app/ui/reader"
)

// newReader makes the reading view of the Sources tab t, with editor (the
// text entry and its error line) for Edit text.
func newReader(t *Sources, editor fyne.CanvasObject) *reader.View {
	deps := t.deps
	return reader.New(deps.Host, reader.Parts{
		Tab:         readerTab{t},
		Editor:      editor,
		EditorField: t.text,
		Import:      deps.ImportText,
		Evidence:    deps.QuoteEvidence,
	})
}

// readerTab is the Sources tab as its reading view sees it (reader.Tab).
type readerTab struct{ t *Sources }

// Source is the source on the tab.
func (r readerTab) Source() (*app.Source, bool) { return &r.t.cur, r.t.has }

// FitBody moves the divider between form and text to suit the source.
func (r readerTab) FitBody() { r.t.fitBody() }

// LoadText puts the source's text into the editor.
func (r readerTab) LoadText() { r.t.loadText() }

// OnScreen reports whether the Sources tab is selected in an open window.
func (r readerTab) OnScreen() bool {
	return r.t.deps.Selected() == r.t.item
}

// Reveal scrolls the source's text to the quote q and selects it.
func (t *Sources) Reveal(q app.Quote) { t.reader.Reveal(q) }
