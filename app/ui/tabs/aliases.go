package tabs

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// aliasEditor edits the other names of a person or organization: one row
// per alias (the name and who uses it). Rows left blank are ignored. Rows
// are kept and filled again for the next item (spare holds those not
// shown), so that selecting items does not make new widgets each time:
// Fyne keeps a dropped widget's renderer and canvas entries for its cache
// duration.
type aliasEditor struct {
	deps    *Deps
	box     *fyne.Container
	rows    []*aliasRow
	spare   []*aliasRow
	addBtn  *widgets.Button
	loading *bool
	key     func() string
	save    func()
	obj     fyne.CanvasObject
}

type aliasRow struct {
	name, note *kit.FieldEntry
	obj        fyne.CanvasObject
}

func newAliasEditor(deps *Deps, loading *bool, key func() string, save func()) *aliasEditor {
	a := &aliasEditor{deps: deps, loading: loading, key: key, save: save}
	a.box = container.NewVBox()
	a.addBtn = widgets.NewButton("Add alias", theme.ContentAddIcon(), func() {
		r := a.addRow(app.Alias{})
		deps.Host.Window.Canvas().Focus(r.name)
	})
	a.addBtn.Importance = widget.LowImportance
	deps.Host.Guard(a.addBtn)
	a.obj = container.NewVBox(a.box, container.NewHBox(a.addBtn))
	return a
}

// set shows the aliases.
func (a *aliasEditor) set(aliases []app.Alias) {
	a.spare = append(a.spare, a.rows...)
	a.rows = a.rows[:0]
	a.box.RemoveAll()
	for _, al := range aliases {
		a.addRow(al)
	}
	a.box.Hidden = len(a.rows) == 0
	a.box.Refresh()
}

// addRow shows al in a spare row, or in a new one when none is spare.
func (a *aliasEditor) addRow(al app.Alias) *aliasRow {
	var r *aliasRow
	if n := len(a.spare); n > 0 {
		r, a.spare = a.spare[n-1], a.spare[:n-1]
	} else {
		r = a.newRow()
	}
	loading := *a.loading
	*a.loading = true // filling a row is not an edit
	setEntry(r.name, al.Name)
	setEntry(r.note, al.Note)
	*a.loading = loading
	a.rows = append(a.rows, r)
	a.box.Add(r.obj)
	a.box.Show()
	return r
}

func (a *aliasEditor) newRow() *aliasRow {
	r := &aliasRow{name: kit.NewFieldEntry(), note: kit.NewFieldEntry()}
	r.name.SetPlaceHolder("Other name")
	r.note.SetPlaceHolder("Who uses it (optional)")
	a.deps.Host.BindEntry(r.name, a.loading, a.key, a.save)
	a.deps.Host.BindEntry(r.note, a.loading, a.key, a.save)
	// Tab passes over the remove icon: from the keyboard an alias goes
	// when its name and note are cleared.
	del := kit.NewTapIcon(theme.ContentClearIcon(), func() { a.remove(r) })
	a.deps.Host.Guard(del)
	r.obj = container.NewBorder(nil, nil, nil, del, container.NewGridWithColumns(2, r.name, r.note))
	return r
}

func (a *aliasEditor) remove(r *aliasRow) {
	for i, x := range a.rows {
		if x == r {
			a.rows = append(a.rows[:i], a.rows[i+1:]...)
			a.spare = append(a.spare, r)
			break
		}
	}
	a.box.Remove(r.obj)
	if len(a.rows) == 0 {
		a.box.Hide()
	}
	a.deps.Host.Edited(a.key(), a.save)
	a.deps.Host.Saver.Flush()
}

// value returns the aliases typed, leaving out blank rows.
func (a *aliasEditor) value() []app.Alias {
	var out []app.Alias
	for _, r := range a.rows {
		name, note := strings.TrimSpace(r.name.Text), strings.TrimSpace(r.note.Text)
		if name == "" && note == "" {
			continue
		}
		out = append(out, app.Alias{Name: name, Note: note})
	}
	return out
}
