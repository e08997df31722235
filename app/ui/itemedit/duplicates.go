package itemedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// dupWarning is the question asked before adding a person or organization
// whose name looks like an existing one's: open the existing one, or add
// anyway.
type dupWarning struct {
	dlg     *dialog.CustomDialog
	message string
	match   app.ActorMatch
}

// AddUnlessDuplicate calls create at once when no person or organization
// has a name or alias like name; otherwise it asks first and returns nil
// (create's error, if the analyst adds anyway, is shown in a dialog). A
// failed check never stops the analyst from adding.
func AddUnlessDuplicate(h *host.Host, name string, create func() error) error {
	matches, err := h.Session.SimilarActors(name, nil, "")
	if err != nil || len(matches) == 0 {
		return create()
	}
	warnDuplicate(h, name, matches[0], func() {
		if err := create(); err != nil {
			h.ShowError("Nothing was added", err)
		}
	})
	return nil
}

// duplicateMessage is "‘Bledar Cuci’ looks like ‘Bledar Çuçi’ (person)",
// naming the alias when that is what matched.
func duplicateMessage(name string, m app.ActorMatch) string {
	s := app.Quoted(name) + " looks like " + app.Quoted(m.Name) + " (" + m.Kind.Label() + ")"
	if m.MatchedOn != "" && m.MatchedOn != m.Name {
		s += ", also called " + app.Quoted(m.MatchedOn)
	}
	return s
}

// warnDuplicate asks whether to open the existing item m or add name
// anyway.
func warnDuplicate(h *host.Host, name string, m app.ActorMatch, addAnyway func()) {
	w := &dupWarning{message: duplicateMessage(name, m), match: m}
	text := widget.NewLabel(w.message + ". Is it the same " + m.Kind.Label() + "?")
	text.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, text)
	w.dlg = dialog.NewCustomWithoutButtons("Already in the case?", body, h.Window)
	open := widgets.NewButton("Open it", nil, func() {
		w.dlg.Hide()
		h.Nav.GoTo(m.Kind, m.ID)
	})
	open.Importance = widget.HighImportance
	add := widgets.NewButton("Add anyway", nil, func() {
		w.dlg.Hide()
		addAnyway()
	})
	cancel := widgets.NewButton("Cancel", nil, w.dlg.Hide)
	kit.SetDialogButtons(w.dlg, w.dlg.Hide, cancel, add, open)
	(&kit.DialogKeys{Submit: open.OnTapped, Cancel: w.dlg.Hide}).Attach(h.Window, w.dlg)
	w.dlg.Resize(fyne.NewSize(520, w.dlg.MinSize().Height))
	w.dlg.Show()
}

// DupHint is the line under a person's or organization's name that says,
// without blocking anything, that another entry has the same name or
// alias, with a link to it and an offer to merge.
type DupHint struct {
	h     *host.Host
	kind  app.Kind
	box   *fyne.Container
	label *widget.Label
	open  *widgets.Button
	merge *widgets.Button
	item  string // the item shown in the form
	match app.ActorMatch
}

// NewDupHint makes the hint of the form for items of kind k; its Merge
// into it… goes through m.
func NewDupHint(hst *host.Host, k app.Kind, m *Merger) *DupHint {
	h := &DupHint{h: hst, kind: k}
	h.label = widget.NewLabel("")
	h.label.Wrapping = fyne.TextWrapWord
	// The warning icon says it is a warning; the text stays in the text
	// colour, since the warning colour is a mark's (3:1), not text's.
	h.open = widgets.NewButton("Open it", nil, func() { hst.Nav.GoTo(h.match.Kind, h.match.ID) })
	h.open.Importance = widget.LowImportance
	h.merge = widgets.NewButton("Merge into it…", nil, func() { m.Confirm(h.kind, h.item, h.match.ID) })
	h.merge.Importance = widget.LowImportance
	hst.Guard(h.merge)
	h.box = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewHBox(h.open, h.merge), h.label)
	h.box.Hide()
	return h
}

// Object is the hint, hidden while no other entry looks like the item.
func (h *DupHint) Object() *fyne.Container { return h.box }

// Check looks for other entries like the item's name and aliases and
// shows or hides the hint.
func (h *DupHint) Check(id, name string, aliases []app.Alias) {
	h.item = id
	var names []string
	for _, a := range aliases {
		names = append(names, a.Name)
	}
	matches, err := h.h.Session.SimilarActors(name, names, id)
	if err != nil || len(matches) == 0 || id == "" {
		h.box.Hide()
		return
	}
	h.match = matches[0]
	msg := "Looks like " + app.Quoted(h.match.Name) + " (" + h.match.Kind.Label() + ")"
	if h.match.MatchedOn != "" && h.match.MatchedOn != h.match.Name {
		msg += ", also called " + app.Quoted(h.match.MatchedOn)
	}
	if len(matches) > 1 {
		msg += " and " + app.Plural(len(matches)-1, "other entry")
	}
	h.label.SetText(msg + ".")
	if h.match.Kind == h.kind {
		h.merge.Show()
	} else {
		h.merge.Hide()
	}
	h.box.Show()
}
