package ui

import (
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/edtf"
	"casefile/app/sourcefile"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// onImportSourceText asks for a source's file — PDF, Word, OpenDocument,
// e-mail, a web page, Markdown or text — and imports it (File ▸ Import a
// source…, and Import… in the reading view).
func (cw *caseWindow) onImportSourceText() {
	if cw.readOnly {
		kit.ShowMessage(cw.win, "Read-only", "This case is open read-only: no text can be imported into it.")
		return
	}
	cw.saver.Flush()
	sourcefile.WarmUp() // the PDF engine starts while the analyst picks the file
	kit.ChooseOpenFile(cw.app, cw.win, "Import a source", sourceExts, cw.importSourceText)
}

// importSourceText imports the file at path. A PDF, Word, OpenDocument or
// e-mail file becomes a new source that keeps the file. A text, Markdown
// or HTML file goes into the source on screen on the Sources tab when it
// has no text yet; when it has, after asking, as its new text (its quotes
// re-anchored) or as a new source; and as a new source when no source is
// on screen.
func (cw *caseWindow) importSourceText(path string) {
	cw.readSource(path, "", func(f sourceFile) {
		if f.raw != nil {
			cw.importFile(f)
			return
		}
		cw.importText(f.doc, f.name)
	})
}

// importText places an imported text, as importSourceText says.
func (cw *caseWindow) importText(doc importedText, file string) {
	t := cw.sources
	switch {
	case !t.has || cw.currentTab() != caseTab(t):
		t.importAsNew(doc, file)
	case t.cur.Text == "":
		t.importInto(doc, file)
	default:
		t.askImport(doc, file)
	}
}

// askImport asks whether an imported text replaces the shown source's
// text or becomes a new source.
func (t *sourcesTab) askImport(doc importedText, file string) {
	l := widget.NewLabel(app.Quoted(t.cur.Title) + " already has a text. Replace it with the text of " + file +
		" (its quotes are re-anchored, and those no longer found are listed), or add the file as a new source?")
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Import source text", l, t.cw.win)
	replace := widgets.NewButton("Replace its text", theme.ContentPasteIcon(), func() {
		d.Hide()
		t.importInto(doc, file)
	})
	asNew := widgets.NewButton("New source", theme.ContentAddIcon(), func() {
		d.Hide()
		t.importAsNew(doc, file)
	})
	asNew.Importance = widget.HighImportance
	cancel := widgets.NewButton("Cancel", theme.CancelIcon(), d.Hide)
	kit.SetDialogButtons(d, d.Hide, cancel, replace, asNew)
	(&kit.DialogKeys{Submit: asNew.OnTapped, Cancel: d.Hide}).Attach(t.cw.win, d)
	d.Resize(kit.DialogSize(t.cw.win, 560, d.MinSize().Height+40))
	d.Show()
}

// importInto makes an imported text the shown source's text, filling in
// its address, author and date when they are empty, and re-anchors its
// quotes.
func (t *sourcesTab) importInto(doc importedText, file string) {
	cw := t.cw
	t.reader.setEditing(false)
	err := t.replaceText(doc.Text, func(s *app.Source) {
		if s.URL == "" && len(doc.URL) <= 4*app.MaxNameLen {
			s.URL = doc.URL
		}
		if s.Author == "" {
			s.Author = app.Shorten(doc.Author, app.MaxNameLen)
		}
		if s.Published.IsZero() && validEDTF(doc.Published) {
			s.Published = app.Date{EDTF: doc.Published}
		}
	})
	if err != nil {
		cw.showError("The text was not imported", err)
		return
	}
	cw.saved()
	cw.status.SetText("Imported the text of " + file + " into " + app.Quoted(t.cur.Title) + " · all changes saved at " + time.Now().Format("15:04"))
	t.settleAnchors() // says so when quotes moved
	t.reader.show()
}

// replaceText saves text as the shown source's text, with the other
// changes fill makes, straight to the case (not through the text entry,
// which is slow with a long text); the quotes are re-anchored by
// settleAnchors.
func (t *sourcesTab) replaceText(text string, fill func(s *app.Source)) error {
	t.cw.saver.Flush()
	t.settleAnchors()
	s := t.cur
	s.Text = text
	if fill != nil {
		fill(&s)
	}
	if err := s.Validate(); err != nil {
		return err
	}
	t.noteTextChange(t.cur)
	if err := t.cw.own(t, func() error { return t.cw.s.UpdateSource(s) }); err != nil {
		t.textBase = nil
		return err
	}
	t.cur = s
	t.loading = true
	setEntry(t.url, s.URL)
	setEntry(t.author, s.Author)
	t.published.SetDate(s.Published)
	setEntry(t.text, "")
	t.textLoaded = false
	t.loading = false
	return nil
}

// importAsNew adds an imported text as a new source and shows it.
func (t *sourcesTab) importAsNew(doc importedText, file string) {
	cw := t.cw
	s := newSource(doc, file)
	if err := s.Validate(); err != nil {
		cw.showError("The text was not imported", err)
		return
	}
	if err := cw.s.CreateSource(&s); err != nil {
		cw.showError("The text was not imported", err)
		return
	}
	cw.goTo(app.KindSource, s.ID)
	cw.saved()
	cw.status.SetText("Imported " + file + " as the new source " + app.Quoted(s.Title) + " · all changes saved at " + time.Now().Format("15:04"))
}

// validEDTF reports whether s is a date in EDTF.
func validEDTF(s string) bool {
	if s == "" {
		return false
	}
	_, err := edtf.Parse(s)
	return err == nil
}

// lowerExt is the file's extension in lower case, with its dot.
func lowerExt(name string) string { return strings.ToLower(filepath.Ext(name)) }
