package tabs

import (
	"reflect"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// tabFrame is what every tab shares: the list on the left with Add and
// Delete, and on the right either a placeholder or the item's form.
type tabFrame struct {
	list    *kit.ListPane
	addBtn  *widgets.Button
	delBtn  *widgets.Button
	empty   fyne.CanvasObject
	scroll  *container.Scroll
	split   *container.Split
	content fyne.CanvasObject
}

// tabSpec describes a tab for newTabFrame.
type tabSpec struct {
	kind      app.Kind
	plural    string
	noun      string // "event", for the Add and Delete buttons
	modes     []session.SortMode
	emptyText string
	onSelect  func(id string)
	onAdd     func()
	onDelete  func()
}

// newTabFrame lays out a tab around its form.
func (deps *Deps) newTabFrame(spec tabSpec, form fyne.CanvasObject) *tabFrame {
	f := &tabFrame{}
	f.list = kit.NewListPane(spec.kind, spec.plural, spec.modes, spec.onSelect)
	f.addBtn = widgets.NewButton("Add "+spec.noun, theme.ContentAddIcon(), spec.onAdd)
	f.addBtn.Importance = widget.HighImportance
	f.delBtn = widgets.NewButton("Delete", theme.DeleteIcon(), spec.onDelete)
	f.delBtn.Disable()
	deps.Host.Guard(f.addBtn)
	left := f.list.BuildUI(f.addBtn, f.delBtn)
	f.empty = kit.Placeholder(spec.emptyText)
	// Both ways: on a narrow window (1024 px at 150 %) a wide form scrolls
	// sideways rather than making the window wider than the screen.
	f.scroll = container.NewScroll(container.NewPadded(form))
	f.scroll.Hide()
	// Disabled fields keep their text readable (grey, not faint) through
	// the app's theme: kit.ReadableTheme.
	right := container.NewStack(f.empty, kit.NewWheel(f.scroll))
	f.split = container.NewHSplit(left, right)
	f.split.Offset = 0.34
	f.content = f.split
	return f
}

// showForm shows the form (true) or the placeholder (false) and sets
// whether Delete is possible.
func (f *tabFrame) showForm(on bool, readOnly bool) {
	if on {
		f.empty.Hide()
		if !f.scroll.Visible() {
			f.scroll.Show()
		}
		f.scroll.ScrollToTop()
	} else {
		f.scroll.Hide()
		f.empty.Show()
	}
	if on && !readOnly {
		f.delBtn.Enable()
	} else {
		f.delBtn.Disable()
	}
}

// newItemDialog asks for the required fields of a new item: Enter in a
// field adds it (when the fields are valid), Escape cancels.
type newItemDialog struct {
	dlg     *kit.FormDialog
	entries []*widget.Entry
}

// newItemField is one field of a new-item dialog.
type newItemField struct {
	label       string
	placeholder string
	validate    func(string) error
	date        bool // a date: typed into a widgets.DateEntry with its live reading
}

// askNew asks for the fields of a new item and calls create with their
// values; create's error is shown in a dialog.
func (deps *Deps) askNew(title string, fields []newItemField, create func(values []string) error) *newItemDialog {
	deps.Host.Saver.Flush()
	nd := &newItemDialog{}
	var items []*widget.FormItem
	var first fyne.Focusable
	for _, f := range fields {
		var w fyne.CanvasObject
		var e *widget.Entry
		if f.date {
			de := widgets.NewDateEntry()
			de.SetReference(deps.refTime(), "the case's as-of date")
			de.OnSubmitted = func(app.Date) { nd.dlg.Submit() }
			de.OnEscape = func() { nd.dlg.Hide() }
			e, w = de.TextEntry(), de
			if first == nil {
				first = de.FocusTarget()
			}
		} else {
			ke := kit.NewKeyEntry()
			ke.OnSubmitted = func(string) { nd.dlg.Submit() }
			ke.OnEscape = func() { nd.dlg.Hide() }
			e, w = &ke.Entry, ke
			if first == nil {
				first = ke
			}
		}
		e.SetPlaceHolder(f.placeholder)
		e.Validator = f.validate
		nd.entries = append(nd.entries, e)
		items = append(items, widget.NewFormItem(f.label, w))
	}
	nd.dlg = kit.NewFormDialog(title, "Add", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		values := make([]string, len(nd.entries))
		for i, e := range nd.entries {
			values[i] = strings.TrimSpace(e.Text)
		}
		if err := create(values); err != nil {
			deps.Host.ShowError("Nothing was added", err)
		}
	}, deps.Host.Window)
	nd.dlg.Resize(fyne.NewSize(520, nd.dlg.MinSize().Height))
	nd.dlg.Show()
	if first != nil {
		deps.Host.Window.Canvas().Focus(first)
	}
	return nd
}

// focusNew puts the keyboard in a new item's first field, the cursor
// after the text the dialog gave it, so that the analyst goes on typing
// there, or Tabs on through the form, instead of starting again from the
// Add button.
func (deps *Deps) focusNew(e *kit.FieldEntry) {
	e.CursorRow = 0
	e.CursorColumn = len([]rune(e.Text))
	deps.Host.Window.Canvas().Focus(e)
	e.Refresh()
}

// dateValidator validates a date in a new-item dialog; required says
// whether it may be empty.
func (deps *Deps) dateValidator(required bool) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if required {
				return app.FieldError("date", "Enter a date: a year, a month or a day is enough.")
			}
			return nil
		}
		_, err := parseDateInput("date", s, deps.refTime())
		return err
	}
}

// refTime is the "now" date phrases are read against.
func (deps *Deps) refTime() time.Time {
	t, _ := deps.Host.Index().Case().AsOfTime()
	return t
}

// sameItem reports whether two versions of an item have the same fields,
// ignoring citations (changed separately) and nil-versus-empty lists.
func sameItem(a, b any) bool {
	return reflect.DeepEqual(normalized(a), normalized(b))
}

func normalized(v any) any {
	switch x := v.(type) {
	case app.Event:
		x.Citations = nil
		if len(x.Participants) == 0 {
			x.Participants = nil
		}
		return x
	case app.Person:
		x.Citations = nil
		if len(x.Aliases) == 0 {
			x.Aliases = nil
		}
		return x
	case app.Organization:
		x.Citations = nil
		if len(x.Aliases) == 0 {
			x.Aliases = nil
		}
		return x
	case app.Figure:
		x.Claims = nil
		return x
	case app.Claim:
		x.Citations = nil
		return x
	case app.Relation:
		x.Citations = nil
		return x
	}
	return v
}

// trimmed is s without surrounding spaces, for names and titles.
func trimmed(e *kit.FieldEntry) string { return strings.TrimSpace(e.Text) }

// setEntry sets an entry's text when it differs from s, so that the
// cursor does not jump when nothing changed: text that is s with spaces
// around it (a title being typed, saved trimmed) counts as the same.
func setEntry(e *kit.FieldEntry, s string) {
	if e.Text != s && strings.TrimSpace(e.Text) != s {
		e.SetText(s)
	}
}

// setDate shows d in a date field unless the field already reads as d, so
// that a date being typed is not rewritten when the form is filled again.
func setDate(e *widgets.DateEntry, d app.Date) {
	if cur, err := e.Date(); err == nil && cur == d {
		return
	}
	e.SetDate(d)
}
