package reader

import (
	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/widgets"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// quickForm is the small dialog that makes an item from a selection.
type quickForm struct {
	v       *View
	title   string
	dlg     *dialog.CustomDialog
	form    *widget.Form
	errText *widget.Label
	entries map[string]*widget.Entry
	first   fyne.Focusable
	// onSave checks the fields and makes the item; then, when not nil, runs
	// after the dialog has closed (to go to the item). An error keeps the
	// dialog open and is shown in it.
	onSave func() (then func(), err error)
}

// newQuickForm starts a form titled title for the quote q.
func (v *View) newQuickForm(title string, q app.Quote) *quickForm {
	f := &quickForm{v: v, title: title, form: widget.NewForm(), entries: map[string]*widget.Entry{}}
	l := widget.NewLabel("“" + app.Shorten(app.OneLine(q.Exact), 300) + "”")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Italic: true}
	f.form.Append("Quote", l)
	return f
}

// entry adds a one-line field; Enter in it saves, Escape cancels.
func (f *quickForm) entry(label, text, placeholder string, validate fyne.StringValidator) *widget.Entry {
	e := f.keyEntry()
	e.SetText(text)
	e.SetPlaceHolder(placeholder)
	e.Validator = validate
	e.OnSubmitted = func(string) { f.submit() }
	f.add(label, e)
	f.entries[label] = &e.Entry
	if f.first == nil {
		f.first = e
	}
	return &e.Entry
}

// keyEntry is an entry of the form in which Escape cancels.
func (f *quickForm) keyEntry() *kit.KeyEntry {
	e := kit.NewKeyEntry()
	e.OnEscape = f.cancel
	return e
}

// noteEntry is the form's multi-line field for a note: Enter starts a new
// line, Escape cancels.
func (f *quickForm) noteEntry() *kit.KeyEntry {
	e := f.keyEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(4)
	return e
}

// cancel closes the form without saving.
func (f *quickForm) cancel() {
	if f.dlg != nil {
		f.dlg.Hide()
	}
}

// add adds a labelled row.
func (f *quickForm) add(label string, o fyne.CanvasObject) { f.form.Append(label, o) }

// show opens the dialog, the first field focused.
func (f *quickForm) show() {
	win := f.v.h.Window
	f.errText = widget.NewLabel("")
	f.errText.Importance = widget.DangerImportance
	f.errText.Wrapping = fyne.TextWrapWord
	f.errText.Hide()
	save := widgets.NewButton("Save", theme.ConfirmIcon(), f.submit)
	save.Importance = widget.HighImportance
	cancel := widgets.NewButton("Cancel", theme.CancelIcon(), f.cancel)
	content := container.NewVBox(f.form, f.errText)
	f.dlg = dialog.NewCustomWithoutButtons(f.title, content, win)
	kit.SetDialogButtons(f.dlg, f.cancel, cancel, save)
	f.dlg.Resize(kit.DialogSize(win, 600, f.dlg.MinSize().Height+40))
	f.dlg.Show()
	if f.first != nil {
		win.Canvas().Focus(f.first)
	}
}

// submit saves: fields checked, the item made, the dialog closed. An edit
// still pending in a form is saved first, so that the undo steps keep the
// order of the changes.
func (f *quickForm) submit() {
	for _, e := range f.entries {
		if err := e.Validate(); err != nil {
			f.fail(err)
			return
		}
	}
	f.v.h.Saver.Flush()
	then, err := f.onSave()
	if err != nil {
		f.fail(err)
		return
	}
	f.dlg.Hide()
	if then != nil {
		then()
	}
}

// fail shows why the item was not saved, in the dialog.
func (f *quickForm) fail(err error) {
	f.errText.SetText(app.ErrorMessage(err))
	f.errText.Show()
	f.dlg.Resize(fyne.NewSize(f.dlg.MinSize().Width, f.dlg.MinSize().Height))
}
