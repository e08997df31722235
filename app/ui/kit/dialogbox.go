package kit

// Casefile's dialogs are Fyne's custom dialog with buttons of its own
// (widgets.Button), so that a dialog answers Enter and Escape even when Tab has
// put the focus on one of its buttons; Fyne's form, confirm and custom
// dialogs make their buttons themselves, and those take Space only.
// Each constructor here has the signature of the Fyne one it replaces.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

// SetDialogButtons puts buttons, left to right, at the foot of d; Escape
// on any of them runs cancel (usually d.Hide).
func SetDialogButtons(d *dialog.CustomDialog, cancel func(), buttons ...*widgets.Button) {
	objs := make([]fyne.CanvasObject, len(buttons))
	for i, b := range buttons {
		b.OnEscape = cancel
		objs[i] = b
	}
	d.SetButtons(objs)
}

// NewCustomDialog is dialog.NewCustom: content with one button, dismiss,
// that closes it.
func NewCustomDialog(title, dismiss string, content fyne.CanvasObject, win fyne.Window) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, content, win)
	SetDialogButtons(d, d.Hide, widgets.NewButton(dismiss, theme.CancelIcon(), d.Hide))
	return d
}

// ConfirmDialog is a dialog that asks for a yes or a no (dialog.ConfirmDialog).
type ConfirmDialog struct {
	*dialog.CustomDialog
	confirm *widgets.Button
	cancel  *widgets.Button
	yes     bool // the dialog closes by its confirm button
}

// NewConfirmDialog is dialog.NewCustomConfirm: content with a dismiss and
// a confirm button; callback learns, when the dialog closes, whether it
// closed by confirm (true) or otherwise (false).
func NewConfirmDialog(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), win fyne.Window) *ConfirmDialog {
	d := &ConfirmDialog{CustomDialog: dialog.NewCustomWithoutButtons(title, content, win)}
	d.cancel = widgets.NewButton(dismiss, theme.CancelIcon(), d.Hide)
	d.confirm = widgets.NewButton(confirm, theme.ConfirmIcon(), d.Confirm)
	d.confirm.Importance = widget.HighImportance
	SetDialogButtons(d.CustomDialog, d.Hide, d.cancel, d.confirm)
	d.SetOnClosed(func() {
		yes := d.yes
		d.yes = false
		if callback != nil {
			callback(yes)
		}
	})
	return d
}

// Confirm closes the dialog as its confirm button does.
func (d *ConfirmDialog) Confirm() {
	d.yes = true
	d.Hide()
}

// SetConfirmImportance sets how the confirm button looks (a
// DangerImportance for a deletion).
func (d *ConfirmDialog) SetConfirmImportance(i widget.Importance) {
	d.confirm.Importance = i
	d.confirm.Refresh()
}

// NewConfirm is dialog.NewConfirm with the buttons saying what they do:
// message, and a confirm and a dismiss button.
func NewConfirm(title, message, confirm, dismiss string, callback func(bool), win fyne.Window) *ConfirmDialog {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	return NewConfirmDialog(title, confirm, dismiss, l, callback, win)
}

// FormDialog is a dialog of form fields (dialog.FormDialog): its confirm
// button is enabled only while every field is valid.
type FormDialog struct {
	*ConfirmDialog
	form *widget.Form
}

// NewFormDialog is dialog.NewForm: items in a form, a dismiss and a
// confirm button; callback learns whether the dialog closed by confirm.
func NewFormDialog(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), win fyne.Window) *FormDialog {
	form := widget.NewForm(items...)
	d := &FormDialog{ConfirmDialog: NewConfirmDialog(title, confirm, dismiss, form, callback, win), form: form}
	d.setSubmitState(form.Validate())
	form.SetOnValidationChanged(d.setSubmitState)
	return d
}

// Submit closes the dialog as its confirm button does, when every field
// is valid.
func (d *FormDialog) Submit() {
	if d.confirm.Disabled() {
		return
	}
	d.Confirm()
}

func (d *FormDialog) setSubmitState(err error) {
	if err != nil {
		d.confirm.Disable()
		return
	}
	d.confirm.Enable()
}
