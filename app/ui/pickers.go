package ui

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
)

// pickItem is one choice in a picker.
type pickItem struct {
	id     string
	label  string
	detail string
	icon   fyne.Resource
	key    string // folded label and detail (and aliases)
}

// picker is a searchable chooser: a filter entry over a list. Typing
// narrows the list; Up and Down move the highlight (on the first match at
// the start); Enter chooses the highlighted row, a click any row; Escape
// closes. Links between items are always made with a picker, never by
// typing ids.
type picker struct {
	dlg    *dialog.CustomDialog
	filter *kit.KeyEntry
	list   *widget.List
	items  []pickItem
	shown  []int
	cur    int // index into shown of the highlighted row
	onPick func(id string)
}

// showPicker opens a picker over items on win.
func showPicker(win fyne.Window, title string, items []pickItem, onPick func(id string)) *picker {
	p := &picker{items: items, onPick: onPick}
	p.filter = kit.NewKeyEntry()
	p.filter.SetPlaceHolder("Type to narrow the list · ↑ ↓ to move · Enter to choose")
	p.filter.OnChanged = p.refilter
	p.filter.OnSubmitted = func(string) { p.choose(p.cur) }
	p.filter.OnMove = p.move
	p.filter.OnEscape = func() { p.dlg.Hide() }
	p.list = widget.NewList(func() int { return len(p.shown) }, newPickRow, p.updateRow)
	p.list.OnSelected = func(i widget.ListItemID) { p.choose(i) }
	p.refilter("")
	var empty fyne.CanvasObject = p.list
	if len(items) == 0 {
		empty = kit.EmptyNote("There is nothing to choose from yet.")
	}
	content := container.NewBorder(p.filter, nil, nil, nil, empty)
	p.dlg = kit.NewCustomDialog(title, "Cancel", content, win)
	p.dlg.Resize(kit.DialogSize(win, 620, 480))
	p.dlg.Show()
	win.Canvas().Focus(p.filter)
	return p
}

// newPickRow is a picker row: the highlight behind an icon, a label and
// a detail.
func newPickRow() fyne.CanvasObject {
	label := widget.NewLabel("Template")
	label.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Importance = widget.LowImportance
	detail.Truncation = fyne.TextTruncateEllipsis
	row := container.NewBorder(nil, nil, widget.NewIcon(nil), nil, container.NewGridWithColumns(2, label, detail))
	return container.NewStack(canvas.NewRectangle(color.Transparent), row)
}

// updateRow shows row i, highlighted when it is the one Enter chooses.
func (p *picker) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	it := p.items[p.shown[i]]
	stack := o.(*fyne.Container)
	bg := stack.Objects[0].(*canvas.Rectangle)
	if i == p.cur {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		bg.FillColor = color.Transparent
	}
	bg.Refresh()
	c := stack.Objects[1].(*fyne.Container)
	grid := c.Objects[0].(*fyne.Container)
	grid.Objects[0].(*widget.Label).SetText(it.label)
	grid.Objects[1].(*widget.Label).SetText(it.detail)
	c.Objects[1].(*widget.Icon).SetResource(it.icon)
}

// move moves the highlight by delta rows, keeping it in the list and in
// view.
func (p *picker) move(delta int) {
	if len(p.shown) == 0 {
		return
	}
	p.cur = max(0, min(len(p.shown)-1, p.cur+delta))
	p.list.ScrollTo(p.cur)
	p.list.Refresh()
}

func (p *picker) refilter(q string) {
	words := session.QueryWords(q)
	p.shown = p.shown[:0]
next:
	for i, it := range p.items {
		for _, w := range words {
			if !strings.Contains(it.key, w) {
				continue next
			}
		}
		p.shown = append(p.shown, i)
	}
	p.cur = 0
	p.list.UnselectAll()
	if p.dlg != nil { // shown, so the list has its scroller
		p.list.ScrollToTop()
	}
	p.list.Refresh()
}

func (p *picker) choose(shownIndex int) {
	if shownIndex < 0 || shownIndex >= len(p.shown) {
		return
	}
	id := p.items[p.shown[shownIndex]].id
	p.dlg.Hide()
	p.onPick(id)
}

// pick opens a picker on the case window.
func (cw *caseWindow) pick(title string, items []pickItem, onPick func(string)) {
	showPicker(cw.win, title, items, onPick)
}

// pickActor lets the analyst choose a person or organization, leaving out
// the ids in except.
func (cw *caseWindow) pickActor(title string, except []string, onPick func(string)) {
	cw.pick(title, cw.actorItems(except), onPick)
}

// actorItems lists the people and organizations by name.
func (cw *caseWindow) actorItems(except []string) []pickItem {
	d := cw.idx().Data()
	var items []pickItem
	for _, p := range d.People {
		if slices.Contains(except, p.ID) {
			continue
		}
		items = append(items, pickItem{id: p.ID, label: p.Name, detail: kit.JoinNonEmpty(" · ", "person", p.Role),
			icon: kit.ActorIcon(app.KindPerson), key: session.FoldKey(session.AliasParts([]string{p.Name, p.Role, "person"}, p.Aliases)...)})
	}
	for _, o := range d.Organizations {
		if slices.Contains(except, o.ID) {
			continue
		}
		items = append(items, pickItem{id: o.ID, label: o.Name, detail: kit.JoinNonEmpty(" · ", "organization", o.Kind),
			icon: kit.ActorIcon(app.KindOrganization), key: session.FoldKey(session.AliasParts([]string{o.Name, o.Kind, "organization"}, o.Aliases)...)})
	}
	sortPickItems(items)
	return items
}

// pickSource lets the analyst choose a source.
func (cw *caseWindow) pickSource(title string, except []string, onPick func(string)) {
	var items []pickItem
	for _, s := range cw.idx().Data().Sources {
		if slices.Contains(except, s.ID) {
			continue
		}
		items = append(items, pickItem{id: s.ID, label: s.Title, detail: kit.JoinNonEmpty(" · ", s.Publisher, app.HumanDate(s.Published)),
			icon: theme.DocumentIcon(), key: session.FoldKey(s.Title, s.Publisher, s.Author)})
	}
	sortPickItems(items)
	cw.pick(title, items, onPick)
}

// pickEvent lets the analyst choose an event.
func (cw *caseWindow) pickEvent(title string, onPick func(string)) {
	rows := cw.idx().Rows(app.KindEvent)
	var items []pickItem
	for _, i := range session.SortedOrder(rows, session.ByDate) {
		r := rows[i]
		items = append(items, pickItem{id: r.ID, label: r.Title, detail: r.Detail, icon: theme.HistoryIcon(), key: r.Filter})
	}
	cw.pick(title, items, onPick)
}

func sortPickItems(items []pickItem) {
	slices.SortStableFunc(items, func(a, b pickItem) int { return strings.Compare(session.Fold(a.label), session.Fold(b.label)) })
}
