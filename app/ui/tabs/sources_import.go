package tabs

import (
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

// The Sources tab's side of importing a source's file: a text read from
// a file goes into the source on screen or becomes a new source (the
// window reads the file and hands the text over).

// ImportText places an imported text: into the source on screen when it
// has no text yet (onScreen says the tab is the window's selected tab);
// when it has, after asking, as its new text or as a new source; and as
// a new source when no source is on screen.
func (t *Sources) ImportText(doc sourcefile.Document, file string, onScreen bool) {
	switch {
	case !t.has || !onScreen:
		t.importAsNew(doc, file)
	case t.cur.Text == "":
		t.importInto(doc, file)
	default:
		t.askImport(doc, file)
	}
}

// askImport asks whether an imported text replaces the shown source's
// text or becomes a new source.
func (t *Sources) askImport(doc sourcefile.Document, file string) {
	l := widget.NewLabel(app.Quoted(t.cur.Title) + " already has a text. Replace it with the text of " + file +
		" (its quotes are re-anchored, and those no longer found are listed), or add the file as a new source?")
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Import source text", l, t.deps.Host.Window)
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
	(&kit.DialogKeys{Submit: asNew.OnTapped, Cancel: d.Hide}).Attach(t.deps.Host.Window, d)
	d.Resize(kit.DialogSize(t.deps.Host.Window, 560, d.MinSize().Height+40))
	d.Show()
}

// importInto makes an imported text the shown source's text, filling in
// its address, author and date when they are empty, and re-anchors its
// quotes.
func (t *Sources) importInto(doc sourcefile.Document, file string) {
	deps := t.deps
	t.reader.SetEditing(false)
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
		deps.Host.ShowError("The text was not imported", err)
		return
	}
	deps.Host.Status.Saved()
	deps.Host.Status.Say("Imported the text of " + file + " into " + app.Quoted(t.cur.Title) + " · all changes saved at " + time.Now().Format("15:04"))
	t.reader.Settle() // says so when quotes moved
	t.reader.Show()
}

// replaceText saves text as the shown source's text, with the other
// changes fill makes, straight to the case (not through the text entry,
// which is slow with a long text); the quotes are re-anchored by
// the reading view's Settle.
func (t *Sources) replaceText(text string, fill func(s *app.Source)) error {
	t.deps.Host.Saver.Flush()
	t.reader.Settle()
	s := t.cur
	s.Text = text
	if fill != nil {
		fill(&s)
	}
	if err := s.Validate(); err != nil {
		return err
	}
	t.reader.NoteTextChange(t.cur)
	if err := t.deps.own(t, func() error { return t.deps.Host.Session.UpdateSource(s) }); err != nil {
		t.reader.ForgetTextChange()
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
func (t *Sources) importAsNew(doc sourcefile.Document, file string) {
	deps := t.deps
	s := NewSource(doc, file)
	if err := s.Validate(); err != nil {
		deps.Host.ShowError("The text was not imported", err)
		return
	}
	if err := deps.Host.Session.CreateSource(&s); err != nil {
		deps.Host.ShowError("The text was not imported", err)
		return
	}
	deps.Host.Nav.GoTo(app.KindSource, s.ID)
	deps.Host.Status.Saved()
	deps.Host.Status.Say("Imported " + file + " as the new source " + app.Quoted(s.Title) + " · all changes saved at " + time.Now().Format("15:04"))
}

// validEDTF reports whether s is a date in EDTF.
func validEDTF(s string) bool {
	if s == "" {
		return false
	}
	_, err := edtf.Parse(s)
	return err == nil
}

// NewSource is the source a read document becomes (Document.Source),
// with its details cut to what a source holds and, for a file with no
// title of its own, the file's name as its title.
func NewSource(d sourcefile.Document, file string) app.Source {
	s := d.Source()
	s.Title = app.Shorten(app.OneLine(s.Title), app.MaxNameLen)
	if s.Title == "" {
		s.Title = app.Shorten(file, app.MaxNameLen)
	}
	s.Author = app.Shorten(s.Author, app.MaxNameLen)
	s.Publisher = app.Shorten(s.Publisher, app.MaxNameLen)
	if len(s.URL) > 4*app.MaxNameLen {
		s.URL = ""
	}
	return s
}
