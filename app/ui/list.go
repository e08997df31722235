package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
)

// listPane is the left half of every tab: a filter box, a sort choice, a
// virtual list (only the rows on screen exist as widgets), and Add and
// Delete buttons. Rows come from the case index with their search keys
// already folded, so a keystroke in the filter only compares strings.
type listPane struct {
	kind   app.Kind
	plural string // "events"

	filter  *widget.Entry
	sortSel *widget.Select
	list    *widget.List
	count   *widget.Label
	addBtn  *widget.Button
	delBtn  *widget.Button

	modes  []session.SortMode
	mode   int
	rows   []session.Row
	order  []int    // rows by the sort mode
	keys   []string // the rows' search keys in sort order, side by side in memory
	shown  []int    // order narrowed by the filter
	words  []string // the filter's folded words
	listed []string // the words p.shown was filtered by

	selected string
	syncing  bool // true while the pane moves the list's selection itself
	created  int  // row widgets made so far (the list is virtual: only rows on screen)

	onSelect func(id string) // the analyst chose a row
}

// newListPane makes the list for a kind of item.
func newListPane(kind app.Kind, plural string, modes []session.SortMode, onSelect func(string)) *listPane {
	p := &listPane{kind: kind, plural: plural, modes: modes, onSelect: onSelect}
	p.filter = widget.NewEntry()
	p.filter.SetPlaceHolder("Filter " + plural + "…")
	p.filter.OnChanged = p.onFilterChanged
	p.filter.OnSubmitted = func(string) {
		if len(p.shown) > 0 {
			p.choose(p.rows[p.shown[0]].ID)
		}
	}
	labels := make([]string, len(modes))
	for i, m := range modes {
		labels[i] = m.Label
	}
	p.sortSel = newSelect(labels, p.onSortChanged)
	p.count = widget.NewLabel("")
	p.count.Importance = widget.LowImportance
	p.count.SizeName = theme.SizeNameCaptionText
	p.count.Truncation = fyne.TextTruncateEllipsis
	p.list = widget.NewList(p.length, p.createRow, p.updateRow)
	p.list.OnSelected = p.onListSelected
	if len(labels) > 0 {
		p.sortSel.SetSelectedIndex(0)
	}
	return p
}

// buildUI lays out the pane with the given Add and Delete buttons.
func (p *listPane) buildUI(add, del *widget.Button) fyne.CanvasObject {
	p.addBtn, p.delBtn = add, del
	top := container.NewBorder(nil, nil, nil, p.sortSel, p.filter)
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(add, del), p.count)
	return container.NewBorder(top, muted(bottom), nil, nil, muted(p.list))
}

func (p *listPane) length() int { return len(p.shown) }

// A list row is Border(center: tightVBox(title, detail), left: mark);
// figures have a third line under the detail.
func (p *listPane) createRow() fyne.CanvasObject {
	p.created++
	title := newFitLabel()
	detail := newFitLabel()
	detail.Importance = widget.LowImportance
	detail.SizeName = theme.SizeNameCaptionText
	mark := widget.NewIcon(nil)
	text := container.New(&tightVBox{}, title, detail)
	if p.kind == app.KindFigure {
		third := newFitLabel()
		third.SizeName = theme.SizeNameCaptionText
		text.Add(third)
	}
	return container.NewBorder(nil, nil, mark, nil, text)
}

func (p *listPane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.shown) {
		return
	}
	r := &p.rows[p.shown[i]]
	row := o.(*fyne.Container)
	text := row.Objects[0].(*fyne.Container)
	mark := row.Objects[1].(*widget.Icon)
	title := r.Title
	if title == "" {
		title = "(untitled)"
	}
	text.Objects[0].(*fitLabel).SetFull(title)
	text.Objects[1].(*fitLabel).SetFull(r.Detail)
	if len(text.Objects) > 2 {
		text.Objects[2].(*fitLabel).SetFull(r.Third)
	}
	switch {
	case r.Mark:
		mark.SetResource(keyEventIcon)
		mark.Show()
	case p.kind == app.KindEvent:
		mark.SetResource(nil)
		mark.Show()
	case p.kind == app.KindFigure:
		mark.SetResource(figureSupportIcon(r.Indep))
		mark.Show()
	default:
		mark.Hide()
	}
}

// keyEventIcon marks key events in the timeline list.
var keyEventIcon = theme.NewPrimaryThemedResource(iconKeyEvent)

// keep drops the selection when exists says its item is gone, and
// returns what stays selected.
func (p *listPane) keep(exists func(id string) bool) string {
	if p.selected != "" && !exists(p.selected) {
		p.selected = ""
		p.syncSelection(false)
	}
	return p.selected
}

// setRows replaces the rows (after a load or an edit), keeping the filter
// and the selection.
func (p *listPane) setRows(rows []session.Row) {
	p.rows = rows
	p.resort()
}

func (p *listPane) resort() {
	cmp := session.ByOrder
	if p.mode >= 0 && p.mode < len(p.modes) {
		cmp = p.modes[p.mode].Cmp
	}
	p.order = session.SortedOrder(p.rows, cmp)
	p.keys = p.keys[:0]
	for _, i := range p.order {
		p.keys = append(p.keys, p.rows[i].Filter)
	}
	p.listed = nil
	p.refilter()
}

func (p *listPane) onSortChanged(string) {
	p.mode = p.sortSel.SelectedIndex()
	if p.rows != nil {
		p.resort()
	}
}

func (p *listPane) onFilterChanged(q string) {
	p.words = session.QueryWords(q)
	p.refilter()
}

// refilter narrows the sorted rows to those matching the filter and shows
// them, keeping the selected row selected when it is still shown.
func (p *listPane) refilter() {
	if p.listed != nil && session.Narrows(p.listed, p.words) {
		// Typing on only narrows what is shown: look at those rows alone.
		p.shown = session.FilterShown(p.rows, p.shown, p.words)
	} else {
		p.shown = session.FilterKeys(p.keys, p.order, p.words, p.shown)
	}
	p.listed = append(p.listed[:0:0], p.words...)
	p.updateCount()
	p.list.Refresh()
	p.syncSelection(false)
}

func (p *listPane) updateCount() {
	switch {
	case len(p.rows) == 0:
		p.count.SetText("No " + p.plural + " yet")
	case len(p.shown) == len(p.rows):
		p.count.SetText(fmt.Sprintf("%d %s", len(p.rows), p.plural))
	default:
		p.count.SetText(fmt.Sprintf("%d of %d %s", len(p.shown), len(p.rows), p.plural))
	}
}

// indexOf returns the list position of id, or -1 when it is not shown.
func (p *listPane) indexOf(id string) int {
	for i, r := range p.shown {
		if p.rows[r].ID == id {
			return i
		}
	}
	return -1
}

// syncSelection makes the list's highlighted row match p.selected without
// telling the tab.
func (p *listPane) syncSelection(scroll bool) {
	p.syncing = true
	defer func() { p.syncing = false }()
	i := -1
	if p.selected != "" {
		i = p.indexOf(p.selected)
	}
	p.list.UnselectAll()
	if i >= 0 {
		p.list.Select(i)
		if scroll {
			p.list.ScrollTo(i)
		}
	}
}

func (p *listPane) onListSelected(i widget.ListItemID) {
	if p.syncing || i < 0 || i >= len(p.shown) {
		return
	}
	p.choose(p.rows[p.shown[i]].ID)
}

// choose selects id as if the analyst had clicked it.
func (p *listPane) choose(id string) {
	if p.onSelect != nil {
		p.onSelect(id)
	}
}

// show highlights id in the list, clearing the filter if it hides it.
func (p *listPane) show(id string) {
	p.selected = id
	if id != "" && p.indexOf(id) < 0 && p.filter.Text != "" {
		p.filter.SetText("") // refilters and syncs
	}
	p.syncSelection(true)
}

// neighbour returns the id shown after id (or before it when id is last),
// for choosing what to select after a delete.
func (p *listPane) neighbour(id string) string {
	i := p.indexOf(id)
	switch {
	case i < 0:
		return ""
	case i+1 < len(p.shown):
		return p.rows[p.shown[i+1]].ID
	case i > 0:
		return p.rows[p.shown[i-1]].ID
	}
	return ""
}

// tightVBox stacks objects vertically with no padding between them.
type tightVBox struct{}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		if !o.Visible() || m.Height == 0 {
			continue
		}
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - 2*theme.Padding()
	}
	s.Height += 2 * theme.Padding()
	return s
}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	pad := theme.Padding()
	first := true
	for _, o := range objs {
		h := o.MinSize().Height
		if !o.Visible() || h == 0 {
			continue
		}
		if !first {
			y -= 2 * pad
		}
		first = false
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
