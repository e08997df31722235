package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/sourcefile"
	"casefile/app/ui/kit"
	"casefile/app/ui/tabs"
)

// Importing a source's file (File ▸ Import a source…, Import… in the
// reading view): reading it off the UI goroutine, asking a PDF's password,
// a mail's attachments, and placing a text in the Sources tab.

// importedText is a document's readable text, with what it says about
// itself, for File ▸ Import a source… (read by app/sourcefile).
type importedText = sourcefile.Document

// sourceExts are the kinds of file Import a source reads: text,
// Markdown and web pages, PDF, Word and OpenDocument, e-mail.
var sourceExts = sourcefile.Extensions()

// sourceFile is a file read for import: its document and, for the kinds
// whose original the case keeps (PDF, Word, OpenDocument, e-mail), the
// file's bytes.
type sourceFile struct {
	doc       importedText
	name      string // the file's name
	mediaType string
	raw       []byte // nil for text, Markdown and HTML
}

// readSourceText reads a text, Markdown or HTML file into readable text
// (see sourcefile.Read); tests and the drop handler use it directly.
func readSourceText(path string) (importedText, error) {
	return sourcefile.ReadFile(context.Background(), path, sourcefile.Options{})
}

// readSource reads the file at path off the UI goroutine, saying how far
// it got (a PDF page by page) in a progress dialog whose Cancel stops the
// reading; a PDF protected by a password asks for it. done gets the file
// on the UI goroutine.
func (cw *caseWindow) readSource(path, password string, done func(sourceFile)) {
	base := filepath.Base(path)
	ctx, cancel := context.WithCancel(context.Background())
	prog := kit.ShowProgress(cw.win, "Importing a source", "Reading "+base+"…", cancel)
	cw.shell.background(func() {
		defer cancel()
		f, err := readSourceFile(ctx, path, password, func(page, pages int) {
			if pages > 1 {
				fyne.Do(func() { prog.SetMessage(fmt.Sprintf("Reading %s: page %d of %d…", base, page, pages)) })
			}
		})
		fyne.Do(func() {
			prog.Hide()
			switch {
			case ctx.Err() != nil && err != nil:
				cw.status.SetText("Import of " + base + " cancelled")
			case errors.Is(err, sourcefile.ErrPassword):
				cw.askPassword(path, password != "", done)
			case err != nil:
				cw.showError("The source was not imported", err)
			default:
				done(f)
			}
		})
	})
}

// readSourceFile reads path into a sourceFile; it does no UI work.
func readSourceFile(ctx context.Context, path, password string, progress func(done, total int)) (sourceFile, error) {
	base := filepath.Base(path)
	st, err := os.Stat(path)
	if err != nil {
		return sourceFile{}, &app.Error{Code: app.ENOTFOUND, Message: "The file " + base + " could not be read.", Err: err}
	}
	if st.Size() > sourcefile.MaxFileBytes {
		return sourceFile{}, app.Errorf(app.EINVALID, "The file %s is larger than %d MB, too large to import as a source.", base, sourcefile.MaxFileBytes>>20)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return sourceFile{}, &app.Error{Code: app.ENOTFOUND, Message: "The file " + base + " could not be read.", Err: err}
	}
	doc, err := sourcefile.Read(ctx, base, raw, sourcefile.Options{Password: password, Progress: progress})
	if err != nil {
		return sourceFile{}, err
	}
	f := sourceFile{doc: doc, name: base, mediaType: sourcefile.MediaType(base)}
	if !isTextKind(base) {
		f.raw = raw
	}
	return f, nil
}

// isTextKind reports whether a file is text, Markdown or HTML: read into
// a source's text, with no original kept.
func isTextKind(name string) bool {
	return slices.Contains(sourcefile.TextExtensions(), lowerExt(name))
}

// askPassword asks for the password of a protected PDF and reads it again.
func (cw *caseWindow) askPassword(path string, wrong bool, done func(sourceFile)) {
	var d *kit.FormDialog
	keys := &kit.DialogKeys{Submit: func() { d.Submit() }, Cancel: func() { d.Hide() }}
	pw := keys.Entry()
	pw.Password = true
	msg := filepath.Base(path) + " is protected by a password."
	if wrong {
		msg = "That password does not open " + filepath.Base(path) + "."
	}
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d = kit.NewFormDialog("Password", "Open", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", l), widget.NewFormItem("Password", pw),
	}, func(ok bool) {
		if ok && pw.Text != "" {
			cw.readSource(path, pw.Text, done)
		}
	}, cw.win)
	keys.Attach(cw.win, d)
	d.Resize(kit.DialogSize(cw.win, 460, d.MinSize().Height))
	d.Show()
	cw.win.Canvas().Focus(pw)
}

// importFileAsNew adds a PDF, Word, OpenDocument or e-mail file as a new
// source, keeping the file in the case (Open original), with its pages;
// attachedTo links an e-mail's attachment to the mail. It returns the new
// source's id, or "" after showing why it failed.
func (cw *caseWindow) importFileAsNew(f sourceFile, attachedTo string) string {
	s := tabs.NewSource(f.doc, f.name)
	s.AttachedTo = attachedTo
	if err := cw.s.ImportSource(&s, f.name, f.mediaType, f.raw); err != nil {
		cw.showError("The source "+f.name+" was not imported", err)
		return ""
	}
	return s.ID
}

// importFile imports a read file as a new source and shows it; an
// e-mail's attachments that Casefile can read are offered as sources of
// their own, linked to the mail.
func (cw *caseWindow) importFile(f sourceFile) {
	id := cw.importFileAsNew(f, "")
	if id == "" {
		return
	}
	cw.goTo(app.KindSource, id)
	cw.status.SetText("Imported " + f.name + " as the new source " + app.Quoted(cw.idx().ItemName(app.KindSource, id)) +
		" · all changes saved at " + time.Now().Format("15:04"))
	var readable []int
	for i, a := range f.doc.Attachments {
		if a.Readable {
			readable = append(readable, i)
		}
	}
	if len(readable) == 0 {
		return
	}
	names := make([]string, 0, len(readable))
	for _, i := range readable {
		names = append(names, f.doc.Attachments[i].Name)
	}
	kit.Confirm(cw.win, "Import the attachments?", "The mail has "+app.Plural(len(readable), "attachment")+" Casefile can read ("+
		app.JoinAnd(names)+"). Import each as a source of its own, linked to the mail?", "Import", "Not now", func() {
		cw.importAttachments(f, id, readable)
	})
}

// importAttachments reads the attachments of the mail f (source mailID)
// and imports each as a source attached to it.
func (cw *caseWindow) importAttachments(f sourceFile, mailID string, which []int) {
	var got []sourceFile
	cw.runAsync("Reading the attachments…", func() error {
		for _, i := range which {
			doc, name, mt, data, err := sourcefile.ReadAttachment(context.Background(), f.name, f.raw, i, sourcefile.Options{})
			if err != nil {
				return err
			}
			got = append(got, sourceFile{doc: doc, name: name, mediaType: mt, raw: data})
		}
		return nil
	}, func(err error) {
		if err != nil {
			cw.showError("The attachments were not imported", err)
			return
		}
		n := 0
		for _, a := range got {
			if cw.importFileAsNew(a, mailID) != "" {
				n++
			}
		}
		cw.status.SetText("Imported " + app.Plural(n, "attachment") + " of " + f.name + " · all changes saved at " + time.Now().Format("15:04"))
	})
}

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
	cw.sources.ImportText(doc, file, cw.currentTab() == tabs.Tab(cw.sources))
}

// lowerExt is the file's extension in lower case, with its dot.
func lowerExt(name string) string { return strings.ToLower(filepath.Ext(name)) }
