package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/widgets"
)

// fieldEntry is an Entry for a form field: it reports losing focus (the
// moment to save at once) and hands Undo and Redo to the case rather than
// to its own text history, so that Ctrl+Z always undoes the last saved edit.
type fieldEntry struct {
	widget.Entry
	onFocusLost   func()
	onFocusGained func() // optional: the field took the keyboard focus
	onUndo        func()
	onRedo        func()
}

// newFieldEntry makes a one-line entry for a form.
func newFieldEntry() *fieldEntry {
	e := &fieldEntry{}
	e.Wrapping = fyne.TextWrapOff
	e.ExtendBaseWidget(e)
	return e
}

// newTextArea makes a multi-line, word-wrapped entry showing rows lines.
func newTextArea(rows int) *fieldEntry {
	e := &fieldEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(rows)
	return e
}

// FocusLost saves the field's form at once.
func (e *fieldEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

// FocusGained tells the form that the field took the focus.
func (e *fieldEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocusGained != nil {
		e.onFocusGained()
	}
}

// TypedShortcut routes Undo and Redo to the case.
func (e *fieldEntry) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutUndo:
		if e.onUndo != nil {
			e.onUndo()
			return
		}
	case *fyne.ShortcutRedo:
		if e.onRedo != nil {
			e.onRedo()
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

// newSelect is a Select wide enough for its longest option.
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	longest := ""
	for _, o := range options {
		if len([]rune(o)) > len([]rune(longest)) {
			longest = o
		}
	}
	s.PlaceHolder = longest
	return s
}

// formField is one input of a detail form, with room under it for an
// inline error message.
type formField struct {
	name  string // the field name app.ErrorField reports
	input fyne.CanvasObject
	err   *widget.Label
}

// detailForm is a two-column form (labels, inputs) whose fields can show
// inline errors from validation or from the store.
type detailForm struct {
	grid   *fyne.Container
	fields map[string]*formField
}

func newDetailForm() *detailForm {
	return &detailForm{grid: container.New(layout.NewFormLayout()), fields: map[string]*formField{}}
}

// add appends a labelled input; name is the field's name in app errors.
func (f *detailForm) add(name, label string, input fyne.CanvasObject) *formField {
	ff, cell := f.bare(name, input)
	l := widget.NewLabel(label)
	l.Alignment = fyne.TextAlignTrailing
	l.TextStyle = fyne.TextStyle{Bold: true}
	f.grid.Add(container.NewVBox(l))
	f.grid.Add(cell)
	return ff
}

// bare registers an input that is laid out elsewhere (outside the grid)
// and returns it with room for its error under it.
func (f *detailForm) bare(name string, input fyne.CanvasObject) (*formField, fyne.CanvasObject) {
	ff := &formField{name: name, input: input}
	ff.err = widget.NewLabel("")
	ff.err.Importance = widget.DangerImportance
	ff.err.Wrapping = fyne.TextWrapWord
	ff.err.Hide()
	f.fields[name] = ff
	return ff, container.New(&tightVBox{}, input, ff.err)
}

// showError puts err's message beside the field it names and reports
// whether it found one; errors that name no field of this form are left
// to the caller (a dialog).
func (f *detailForm) showError(err error) bool {
	f.clearErrors()
	if app.ErrorCode(err) != app.EINVALID {
		return false
	}
	ff, ok := f.fields[app.ErrorField(err)]
	if !ok {
		return false
	}
	ff.err.SetText(app.ErrorMessage(err))
	ff.err.Show()
	return true
}

// clearErrors hides every inline error.
func (f *detailForm) clearErrors() {
	for _, ff := range f.fields {
		if ff.err.Visible() {
			ff.err.SetText("")
			ff.err.Hide()
		}
	}
}

// errorText returns the inline error shown beside a field ("" if none).
func (f *detailForm) errorText(name string) string {
	if ff, ok := f.fields[name]; ok && ff.err.Visible() {
		return ff.err.Text
	}
	return ""
}

// section is a headed block under the form: participants, relations,
// citations, claims.
func section(title string, body fyne.CanvasObject, actions ...fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabel(title)
	h.TextStyle = fyne.TextStyle{Bold: true}
	head := container.NewBorder(nil, nil, h, container.NewHBox(actions...))
	return container.NewVBox(widget.NewSeparator(), head, body)
}

// placeholder is the text shown in the detail area when nothing is
// selected.
func placeholder(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Alignment = fyne.TextAlignCenter
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(360, 120), l))
}

// newDateInput makes a date field (widgets.DateEntry: it says under the
// field how it reads what is typed) that autosaves like the other fields:
// a date that reads starts the pause timer, and leaving the field saves at
// once (showing beside it why a date that does not read was not saved).
func (cw *caseWindow) newDateInput(loading *bool, key func() string, save func()) *widgets.DateEntry {
	d := widgets.NewDateEntry()
	t, label := cw.dateReference()
	d.SetReference(t, label)
	d.OnChanged = func(app.Date) {
		if !*loading {
			cw.edited(key(), save)
		}
	}
	d.OnFocusLost = func() {
		if !*loading {
			cw.edited(key(), save)
			cw.saver.flush()
		}
	}
	cw.guard(d)
	return d
}

// dateReference is what words such as "Tuesday" are read against.
func (cw *caseWindow) dateReference() (time.Time, string) {
	if cw.idx().Data().Case.AsOf.EDTF != "" {
		return referenceTime(cw.idx().Data().Case), "the case's as-of date"
	}
	return time.Now(), "today"
}

// readDateInput returns a date field's date, or an error for the field
// that says why the text is not a date.
func readDateInput(field string, d *widgets.DateEntry) (app.Date, error) {
	date, err := d.Date()
	if err != nil {
		return date, dateError(field, d.Text(), err)
	}
	return date, nil
}
