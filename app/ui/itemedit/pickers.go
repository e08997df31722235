package itemedit

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
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
)

// PickItem is one choice in a picker.
type PickItem struct {
	ID     string
	Label  string
	Detail string
	Icon   fyne.Resource
	Key    string // folded label and detail (and aliases), what typing narrows by
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
	items  []PickItem
	shown  []int
	cur    int // index into shown of the highlighted row
	onPick func(id string)
}

// Pick opens a picker over items on win; onPick gets the id chosen.
func Pick(win fyne.Window, title string, items []PickItem, onPick func(id string)) {
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
	content := kit.NewBorder(p.filter, nil, nil, nil, empty)
	p.dlg = kit.NewCustomDialog(title, "Cancel", content, win)
	p.dlg.Resize(kit.DialogSize(win, 620, 480))
	p.dlg.Show()
	win.Canvas().Focus(p.filter)
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
	grid.Objects[0].(*widget.Label).SetText(it.Label)
	grid.Objects[1].(*widget.Label).SetText(it.Detail)
	c.Objects[1].(*widget.Icon).SetResource(it.Icon)
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
			if !strings.Contains(it.Key, w) {
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
	id := p.items[p.shown[shownIndex]].ID
	p.dlg.Hide()
	p.onPick(id)
}

// PickActor lets the analyst choose a person or organization, leaving out
// the ids in except.
func PickActor(h *host.Host, title string, except []string, onPick func(string)) {
	Pick(h.Window, title, ActorItems(h.Index(), except), onPick)
}

// ActorItems lists the people and organizations by name, leaving out the
// ids in except.
func ActorItems(x *session.Index, except []string) []PickItem {
	d := x.Data()
	var items []PickItem
	for _, p := range d.People {
		if slices.Contains(except, p.ID) {
			continue
		}
		items = append(items, PickItem{ID: p.ID, Label: p.Name, Detail: kit.JoinNonEmpty(" · ", "person", p.Role),
			Icon: kit.ActorIcon(app.KindPerson), Key: session.FoldKey(session.AliasParts([]string{p.Name, p.Role, "person"}, p.Aliases)...)})
	}
	for _, o := range d.Organizations {
		if slices.Contains(except, o.ID) {
			continue
		}
		items = append(items, PickItem{ID: o.ID, Label: o.Name, Detail: kit.JoinNonEmpty(" · ", "organization", o.Kind),
			Icon: kit.ActorIcon(app.KindOrganization), Key: session.FoldKey(session.AliasParts([]string{o.Name, o.Kind, "organization"}, o.Aliases)...)})
	}
	SortPickItems(items)
	return items
}

// PickSource lets the analyst choose a source, leaving out the ids in
// except.
func PickSource(h *host.Host, title string, except []string, onPick func(string)) {
	var items []PickItem
	for _, s := range h.Index().Data().Sources {
		if slices.Contains(except, s.ID) {
			continue
		}
		items = append(items, PickItem{ID: s.ID, Label: s.Title, Detail: kit.JoinNonEmpty(" · ", s.Publisher, app.HumanDate(s.Published)),
			Icon: theme.DocumentIcon(), Key: session.FoldKey(s.Title, s.Publisher, s.Author)})
	}
	SortPickItems(items)
	Pick(h.Window, title, items, onPick)
}

// PickEvent lets the analyst choose an event, in date order.
func PickEvent(h *host.Host, title string, onPick func(string)) {
	rows := h.Index().Rows(app.KindEvent)
	var items []PickItem
	for _, i := range session.SortedOrder(rows, session.ByDate) {
		r := rows[i]
		items = append(items, PickItem{ID: r.ID, Label: r.Title, Detail: r.Detail, Icon: theme.HistoryIcon(), Key: r.Filter})
	}
	Pick(h.Window, title, items, onPick)
}

// SortPickItems sorts items by their folded labels.
func SortPickItems(items []PickItem) {
	slices.SortStableFunc(items, func(a, b PickItem) int { return strings.Compare(session.Fold(a.Label), session.Fold(b.Label)) })
}
