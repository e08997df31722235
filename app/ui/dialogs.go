package ui

import (
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/session"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/internal/atomicfile"
	"casefile/internal/writeerr"
	"casefile/widgets"
)

// showError on a case window.
func (cw *caseWindow) showError(heading string, err error) { kit.ShowError(cw.win, heading, err) }

// chooseSaveFile asks for a folder and a file name to write to. Unlike
// Fyne's save dialog it does not create or empty the file: an existing
// file is only replaced after the analyst confirms, by the caller's own
// write (to a temporary file first).
func chooseSaveFile(s *shell, win fyne.Window, title, name, ext string, onChosen func(path string)) {
	kit.ChooseSaveFile(s.app, win, title, name, ext, onChosen)
}

// showAbout shows the version.
func showAbout(win fyne.Window, version string) {
	if version == "" {
		version = "development build"
	}
	kit.ShowMessage(win, "About Casefile",
		"Casefile "+version+"\n\nA case file for policy analysts: a timeline, the people and organizations involved, "+
			"the figures the sources disagree about, and every item anchored to its source.")
}

func (cw *caseWindow) showAbout() {
	showAbout(cw.win, cw.shell.opts.Version)
}

func (cw *caseWindow) showUserGuide() { showUserGuide(cw.app) }

// openPath opens a case in a new window (Open recent).
func (cw *caseWindow) openPath(path string) {
	cw.shell.open(path)
}

// onNewCase asks where to put a new case and opens it in a new window.
func (cw *caseWindow) onNewCase() {
	cw.saver.Flush()
	cw.shell.newCase(cw.win, false)
}

// onOpen asks for a case and opens it in a new window.
func (cw *caseWindow) onOpen() {
	cw.saver.Flush()
	cw.shell.openDialog(cw.win, false)
}

// onImportJSON imports a Casefile JSON document into a new case file.
func (cw *caseWindow) onImportJSON() {
	cw.saver.Flush()
	cw.shell.importJSON(cw.win, false)
}

// onSaveCopy writes a complete copy of the case elsewhere.
func (cw *caseWindow) onSaveCopy() {
	cw.saver.Flush()
	name := strings.TrimSuffix(filepath.Base(cw.s.Path()), filepath.Ext(cw.s.Path())) + " copy.casefile"
	kit.ChooseSaveFile(cw.app, cw.win, "Save a copy", name, ".casefile", func(path string) {
		if samePath(path, cw.s.Path()) {
			kit.ShowMessage(cw.win, "Choose another name", "A copy cannot replace the case itself; choose another name or folder.")
			return
		}
		if cw.shell.windowFor(path) != nil {
			kit.ShowMessage(cw.win, "Choose another name", "That case is open in another window; choose another name.")
			return
		}
		cw.runAsync("Saving a copy…", func() error { return cw.s.SaveCopy(path) }, func(err error) {
			if err != nil {
				cw.showError("The copy was not saved", err)
				return
			}
			cw.status.SetText("Saved a copy as " + path)
			cw.showWritten("Copy saved", "The copy of the case", path, func() { cw.shell.open(path) })
		})
	})
}

// runAsync does work off the UI goroutine behind a progress dialog and
// calls done on the UI goroutine.
func (cw *caseWindow) runAsync(message string, work func() error, done func(error)) {
	prog := kit.ShowProgress(cw.win, "Please wait", message, nil)
	cw.shell.background(func() {
		err := work()
		fyne.Do(func() {
			prog.Hide()
			done(err)
		})
	})
}

// onExportJSON writes the case as Casefile JSON.
func (cw *caseWindow) onExportJSON() {
	cw.saver.Flush()
	name := cw.idx().Data().Case.Title
	if name == "" {
		name = "case"
	}
	kit.ChooseSaveFile(cw.app, cw.win, "Export Casefile JSON", name+".json", ".json", func(path string) {
		cw.runAsync("Exporting…", func() error { return exportJSON(cw.s, path) }, func(err error) {
			if err != nil {
				cw.showError("The case was not exported", err)
				return
			}
			cw.status.SetText("Exported " + filepath.Base(path))
			cw.showWritten("Case exported", "The Casefile JSON", path, nil)
		})
	})
}

// showWritten says where what was written and offers to open it or show
// it in its folder; openFile opens it in Casefile instead of its system
// application.
func (cw *caseWindow) showWritten(title, what, path string, openFile func()) {
	kit.ShowWritten(cw.win, title, what+" is saved as "+filepath.Base(path)+" in "+filepath.Dir(path)+".", path, cw.app.OpenURL, openFile)
}

// exportJSON writes the whole case to path as Casefile JSON.
func exportJSON(cs *session.Session, path string) error {
	data, err := cs.Load()
	if err != nil {
		return err
	}
	return writeerr.Explain(atomicfile.WriteFile(path, func(w io.Writer) error { return exchange.Encode(w, data) }), path, "choose a file name")
}

// importJSON asks for a Casefile JSON document, decodes it, asks where to
// keep the new case, creates it and opens it.
func (s *shell) importJSON(win fyne.Window, into bool) {
	kit.ChooseOpenFile(s.app, win, "Import a case", importExts, func(src string) {
		base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
		chooseSaveFile(s, win, "Keep the imported case as", base+".casefile", ".casefile", func(path string) {
			if s.windowFor(path) != nil {
				kit.ShowMessage(win, "That case is open", "The case "+filepath.Base(path)+" is open; choose another name.")
				return
			}
			s.createAndOpen(win, into, "Importing "+filepath.Base(src)+"…", path, func() (app.CaseData, string, error) {
				return decodeFile(src)
			})
		})
	})
}

// onCaseDetails edits the case's own fields: its title (the window's
// title), the bottom line up front, the handling marking, the author and
// the date the case speaks of as now.
func (cw *caseWindow) onCaseDetails() {
	cw.saver.Flush()
	c := cw.idx().Data().Case
	var d *kit.FormDialog
	keys := &kit.DialogKeys{Submit: func() { d.Submit() }, Cancel: func() { d.Hide() }}
	title := keys.Entry()
	title.SetText(c.Title)
	title.Validator = kit.RequiredText("case title")
	summary := keys.MultiLineEntry()
	summary.SetMinRowsVisible(5)
	summary.SetText(c.Summary)
	summary.SetPlaceHolder("The bottom line up front, printed first in the briefing")
	marking := keys.Entry()
	marking.SetText(c.Marking)
	marking.SetPlaceHolder("e.g. UNCLASSIFIED")
	author := keys.Entry()
	author.SetText(c.Author)
	// The as-of date is "now" for the case: words for days read against today.
	asOf := widgets.NewDateEntry()
	asOf.SetReference(time.Now(), "today")
	asOf.SetDate(c.AsOf)
	asOf.OnSubmitted = func(app.Date) { d.Submit() }
	asOf.OnEscape = keys.Cancel
	items := []*widget.FormItem{
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Summary", summary),
		widget.NewFormItem("Marking", marking),
		widget.NewFormItem("Author", author),
		widget.NewFormItem("As of", asOf),
	}
	cw.h.Guard(title, summary, marking, author, asOf)
	d = kit.NewFormDialog("Case details", "Save", "Cancel", items, func(ok bool) {
		if !ok || cw.readOnly {
			return
		}
		nc := app.Case{Title: strings.TrimSpace(title.Text), Summary: summary.Text, Marking: strings.TrimSpace(marking.Text),
			Author: strings.TrimSpace(author.Text), AsOf: c.AsOf}
		var err error
		if nc.AsOf, err = itemedit.ReadDate("as_of", asOf); err != nil {
			cw.showError("The case details were not saved", err)
			return
		}
		if nc == c {
			return
		}
		if err := cw.s.UpdateCase(nc); err != nil {
			cw.showError("The case details were not saved", err)
		}
	}, cw.win)
	keys.Attach(cw.win, d)
	d.Resize(kit.DialogSize(cw.win, 640, d.MinSize().Height))
	d.Show()
	cw.win.Canvas().Focus(title)
}
