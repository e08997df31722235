package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/widgets"
)

// FieldEntry is an Entry for a form field: it reports losing focus (the
// moment to save at once) and hands Undo and Redo to the case rather than
// to its own text history, so that Ctrl+Z always undoes the last saved edit.
type FieldEntry struct {
	widget.Entry
	OnFocusLost   func()
	OnFocusGained func() // optional: the field took the keyboard focus
	OnUndo        func()
	OnRedo        func()

	rend fyne.WidgetRenderer // the entry's renderer, to reach its text's scroller
}

// NewFieldEntry makes a one-line entry for a form.
func NewFieldEntry() *FieldEntry {
	e := &FieldEntry{}
	e.Wrapping = fyne.TextWrapOff
	e.ExtendBaseWidget(e)
	return e
}

// NewTextArea makes a multi-line, word-wrapped entry showing rows lines.
func NewTextArea(rows int) *FieldEntry {
	e := &FieldEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(rows)
	return e
}

// CreateRenderer is the Entry's, kept so that a Wheel can scroll the
// entry's text.
func (e *FieldEntry) CreateRenderer() fyne.WidgetRenderer {
	e.rend = e.Entry.CreateRenderer()
	return e.rend
}

// textScroll is the scroller of a multi-line entry's text, or nil.
func (e *FieldEntry) textScroll() *container.Scroll {
	if !e.MultiLine || e.rend == nil {
		return nil
	}
	for _, o := range e.rend.Objects() {
		if s, ok := o.(*container.Scroll); ok && s.Visible() {
			return s
		}
	}
	return nil
}

// AcceptsTab is false: Tab moves to the next field, also out of a text
// area (Fyne's multi-line Entry would type a tab character into the item
// and keep the focus, so the keyboard could not leave the field).
func (e *FieldEntry) AcceptsTab() bool { return false }

// FocusLost saves the field's form at once.
func (e *FieldEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.OnFocusLost != nil {
		e.OnFocusLost()
	}
}

// FocusGained tells the form that the field took the focus.
func (e *FieldEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocusGained != nil {
		e.OnFocusGained()
	}
}

// TypedShortcut routes Undo and Redo to the case.
func (e *FieldEntry) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutUndo:
		if e.OnUndo != nil {
			e.OnUndo()
			return
		}
	case *fyne.ShortcutRedo:
		if e.OnRedo != nil {
			e.OnRedo()
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

// NewSelect is a Select wide enough for its longest option, answering
// the keys of a desktop drop-down (widgets.Select).
func NewSelect(options []string, changed func(string)) *widgets.Select {
	s := widgets.NewSelect(options, changed)
	longest := ""
	for _, o := range options {
		if len([]rune(o)) > len([]rune(longest)) {
			longest = o
		}
	}
	s.PlaceHolder = longest
	return s
}

// FormField is one input of a detail form, with room under it for an
// inline error message.
type FormField struct {
	name  string // the field name app.ErrorField reports
	input fyne.CanvasObject
	Err   *widget.Label
}

// DetailForm is a two-column form (labels, inputs) whose fields can show
// inline errors from validation or from the store.
type DetailForm struct {
	Grid   *fyne.Container
	fields map[string]*FormField
}

// NewDetailForm makes an empty DetailForm.
func NewDetailForm() *DetailForm {
	return &DetailForm{Grid: container.New(layout.NewFormLayout()), fields: map[string]*FormField{}}
}

// Add appends a labelled input; name is the field's name in app errors.
func (f *DetailForm) Add(name, label string, input fyne.CanvasObject) *FormField {
	ff, cell := f.Bare(name, input)
	l := widget.NewLabel(label)
	l.Alignment = fyne.TextAlignTrailing
	l.TextStyle = fyne.TextStyle{Bold: true}
	f.Grid.Add(container.NewVBox(l))
	f.Grid.Add(cell)
	return ff
}

// Bare registers an input that is laid out elsewhere (outside the grid)
// and returns it with room for its error under it.
func (f *DetailForm) Bare(name string, input fyne.CanvasObject) (*FormField, fyne.CanvasObject) {
	ff := &FormField{name: name, input: input}
	ff.Err = widget.NewLabel("")
	ff.Err.Importance = widget.DangerImportance
	ff.Err.Wrapping = fyne.TextWrapWord
	ff.Err.Hide()
	f.fields[name] = ff
	return ff, container.New(&TightVBox{}, input, ff.Err)
}

// ShowError puts err's message beside the field it names and reports
// whether it found one; errors that name no field of this form are left
// to the caller (a dialog).
func (f *DetailForm) ShowError(err error) bool {
	f.ClearErrors()
	if app.ErrorCode(err) != app.EINVALID {
		return false
	}
	ff, ok := f.fields[app.ErrorField(err)]
	if !ok {
		return false
	}
	ff.Err.SetText(app.ErrorMessage(err))
	ff.Err.Show()
	return true
}

// ClearErrors hides every inline error.
func (f *DetailForm) ClearErrors() {
	for _, ff := range f.fields {
		if ff.Err.Visible() {
			ff.Err.SetText("")
			ff.Err.Hide()
		}
	}
}

// ErrorText returns the inline error shown beside a field ("" if none).
func (f *DetailForm) ErrorText(name string) string {
	if ff, ok := f.fields[name]; ok && ff.Err.Visible() {
		return ff.Err.Text
	}
	return ""
}

// Section is a headed block under the form: participants, relations,
// citations, claims.
func Section(title string, body fyne.CanvasObject, actions ...fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabel(title)
	h.TextStyle = fyne.TextStyle{Bold: true}
	head := container.NewBorder(nil, nil, h, container.NewHBox(actions...))
	return container.NewVBox(widget.NewSeparator(), head, body)
}

// Placeholder is the text shown in the detail area when nothing is
// selected.
func Placeholder(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Alignment = fyne.TextAlignCenter
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(260, 140), l))
}
