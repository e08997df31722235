// Package host is what a view of an open case is built from: the case
// session, the window for dialogs, the autosaver of its forms, a navigator
// for links and Back, and the status bar. The case window (app/ui) makes
// one Host and hands it to each view it builds (the tabs, the reading
// view, Find); a view reaches the rest of the window only through it, and
// never another view.
package host

import (
	"fyne.io/fyne/v2"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
)

// Navigator follows links between the views of the window: it shows an
// item in the tab that lists it and records where the analyst was, so
// that Back returns.
type Navigator interface {
	// GoTo shows the item in its tab.
	GoTo(kind app.Kind, id string)
	// OpenQuote shows a source's text with the quote selected (or, with
	// no quote, the source itself).
	OpenQuote(sourceID string, q *app.Quote)
}

// Status is the window's status bar and its way of telling the analyst
// that something went wrong.
type Status interface {
	// Editing says that an edit is waiting to be saved.
	Editing()
	// Saved says that everything is on disk and brings Undo and the
	// counts up to date.
	Saved()
	// Failed shows a save error beside its field when form f has it, else
	// in a dialog.
	Failed(f *kit.DetailForm, err error)
	// Done is Saved for a change that deserves its own words in the
	// status bar ("Merged ‘A’ into ‘B’ · all changes saved at 15:04").
	Done(what string)
	// Say puts words in the status bar as they are: where the analyst
	// is taken, or what a change did, after Saved has brought Undo and
	// the counts up to date.
	Say(text string)
}

// History is the window's Undo and Redo, for the form fields that pass
// Ctrl+Z and Ctrl+Y on to the case.
type History interface {
	Undo()
	Redo()
}

// Host is what a view of the case is built from. The window makes one and
// keeps it for as long as the case is open.
type Host struct {
	// Session is the open case.
	Session *session.Session
	// Window is the window, for dialogs and the focus.
	Window fyne.Window
	// Saver saves a form's pending edit after a pause; views flush it
	// before anything that reads or changes the case.
	Saver *kit.Autosaver
	// Nav follows links.
	Nav Navigator
	// Status reports edits, saves and errors.
	Status Status
	// History is Undo and Redo.
	History History
	// ReadOnly says the case cannot be changed; ReadOnlyWhy says why.
	ReadOnly    bool
	ReadOnlyWhy string
}

// Index is the case in memory. The session replaces it when it reads the
// case again, so it is taken afresh each time.
func (h *Host) Index() *session.Index { return h.Session.Index() }

// Guard disables inputs when the case is read-only. Every input that can
// change the case passes through it when it is made.
func (h *Host) Guard(objs ...fyne.Disableable) {
	if !h.ReadOnly {
		return
	}
	for _, o := range objs {
		o.Disable()
	}
}

// ShowError shows err in a dialog under heading, as one sentence.
func (h *Host) ShowError(heading string, err error) { kit.ShowError(h.Window, heading, err) }

// Edited records a pending edit of the form key: typing (re)starts the
// autosaver's pause, and the status bar says an edit is waiting.
func (h *Host) Edited(key string, save func()) {
	h.Saver.Touch(key, save)
	h.Status.Editing()
}

// BindEntry wires a form entry to autosave: typing (re)starts the pause
// for the form key (unless *loading says the form is being filled),
// leaving the field saves at once, and Undo/Redo go to the case.
func (h *Host) BindEntry(e *kit.FieldEntry, loading *bool, key func() string, save func()) {
	e.OnChanged = func(string) {
		if *loading {
			return
		}
		h.Edited(key(), save)
	}
	e.OnFocusLost = h.Saver.Flush
	e.OnUndo = h.History.Undo
	e.OnRedo = h.History.Redo
	h.Guard(e)
}
