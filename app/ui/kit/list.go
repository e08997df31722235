package kit

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/widgets"
)

// ListPane is the left half of every tab: a filter box, a sort choice, a
// virtual list (only the rows on screen exist as widgets), and Add and
// Delete buttons. Rows come from the case index with their search keys
// already folded, so a keystroke in the filter only compares strings.
type ListPane struct {
	kind   app.Kind
	plural string // "events"

	Filter  *widget.Entry
	SortSel *widgets.Select
	List    *widget.List
	count   *FitLabel
	bottom  *fyne.Container // the count and the buttons, laid out again when the count's room changes
	addBtn  *widgets.Button
	delBtn  *widgets.Button

	modes  []session.SortMode
	mode   int
	Rows   []session.Row
	order  []int    // rows by the sort mode
	keys   []string // the rows' search keys in sort order, side by side in memory
	Shown  []int    // order narrowed by the filter
	words  []string // the filter's folded words
	listed []string // the words p.Shown was filtered by

	Selected string
	syncing  bool   // true while the pane moves the list's selection itself
	hidden   string // the item the filter hid from the form, shown again when the filter lets it back

	onSelect func(id string) // the analyst chose a row
}

// NewListPane makes the list for a kind of item.
func NewListPane(kind app.Kind, plural string, modes []session.SortMode, onSelect func(string)) *ListPane {
	p := &ListPane{kind: kind, plural: plural, modes: modes, onSelect: onSelect}
	p.Filter = widget.NewEntry()
	p.Filter.SetPlaceHolder("Filter " + plural + "…")
	p.Filter.OnChanged = p.onFilterChanged
	p.Filter.OnSubmitted = func(string) {
		if len(p.Shown) > 0 {
			p.choose(p.Rows[p.Shown[0]].ID)
		}
	}
	labels := make([]string, len(modes))
	for i, m := range modes {
		labels[i] = m.Label
	}
	p.SortSel = NewSelect(labels, p.onSortChanged)
	p.count = NewFitLabel() // "19 events", or "19" where that does not fit
	p.count.Importance = widget.LowImportance
	p.count.SizeName = theme.SizeNameCaptionText
	p.List = widget.NewList(p.length, p.CreateRow, p.UpdateRow)
	p.List.OnSelected = p.onListSelected
	if len(labels) > 0 {
		p.SortSel.SetSelectedIndex(0)
	}
	return p
}

// BuildUI lays out the pane with the given Add and Delete buttons.
func (p *ListPane) BuildUI(add, del *widgets.Button) fyne.CanvasObject {
	p.addBtn, p.delBtn = add, del
	top := container.NewBorder(nil, nil, nil, p.SortSel, p.Filter)
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(add, del), p.count)
	p.bottom = bottom
	return NewBorder(top, bottom, nil, nil, NewWheel(p.List))
}

func (p *ListPane) length() int { return len(p.Shown) }

// CreateRow makes a row widget for the virtual list: Border(center:
// TightVBox(title, detail), left: mark); figures have a third line under
// the detail.
func (p *ListPane) CreateRow() fyne.CanvasObject {
	title := NewFitLabel()
	detail := NewFitLabel()
	detail.Importance = widget.LowImportance
	detail.SizeName = theme.SizeNameCaptionText
	mark := widget.NewIcon(nil)
	text := container.New(&TightVBox{}, title, detail)
	if p.kind == app.KindFigure {
		third := NewFitLabel()
		third.SizeName = theme.SizeNameCaptionText
		text.Add(third)
	}
	return container.NewBorder(nil, nil, mark, nil, text)
}

// UpdateRow shows the i-th shown row in the row widget o.
func (p *ListPane) UpdateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.Shown) {
		return
	}
	r := &p.Rows[p.Shown[i]]
	row := o.(*fyne.Container)
	text := row.Objects[0].(*fyne.Container)
	mark := row.Objects[1].(*widget.Icon)
	title := r.Title
	if title == "" {
		title = "(untitled)"
	}
	text.Objects[0].(*FitLabel).SetFull(title)
	text.Objects[1].(*FitLabel).SetFull(r.Detail)
	if len(text.Objects) > 2 {
		text.Objects[2].(*FitLabel).SetFull(r.Third)
	}
	marked := mark.Visible()
	defer func() {
		if mark.Visible() != marked { // the text takes or leaves the mark's room
			row.Refresh()
		}
	}()
	switch {
	case r.Mark:
		mark.SetResource(KeyEventIcon)
		mark.Show()
	case p.kind == app.KindEvent:
		mark.SetResource(nil)
		mark.Show()
	case p.kind == app.KindFigure:
		mark.SetResource(FigureSupportIcon(r.Indep))
		mark.Show()
	default:
		mark.Hide()
	}
}

// KeyEventIcon marks key events in the timeline list.
var KeyEventIcon = theme.NewPrimaryThemedResource(IconKeyEvent)

// Keep drops the selection when exists says its item is gone, and
// returns what stays selected.
func (p *ListPane) Keep(exists func(id string) bool) string {
	if p.Selected != "" && !exists(p.Selected) {
		p.Selected = ""
		p.syncSelection(false)
	}
	return p.Selected
}

// SetRows replaces the rows (after a load or an edit), keeping the filter
// and the selection.
func (p *ListPane) SetRows(rows []session.Row) {
	p.Rows = rows
	p.resort()
}

func (p *ListPane) resort() {
	cmp := session.ByOrder
	if p.mode >= 0 && p.mode < len(p.modes) {
		cmp = p.modes[p.mode].Cmp
	}
	p.order = session.SortedOrder(p.Rows, cmp)
	p.keys = p.keys[:0]
	for _, i := range p.order {
		p.keys = append(p.keys, p.Rows[i].Filter)
	}
	p.listed = nil
	p.refilter()
}

func (p *ListPane) onSortChanged(string) {
	p.mode = p.SortSel.SelectedIndex()
	if p.Rows != nil {
		p.resort()
	}
}

// onFilterChanged filters as the analyst types. The form never shows an
// item the list hides: when the filter hides the selected item the form
// shows its placeholder, and the item comes back when a later filter (or
// clearing it) lists it again and nothing else was chosen meanwhile.
func (p *ListPane) onFilterChanged(q string) {
	p.words = session.QueryWords(q)
	p.refilter()
	switch {
	case p.Selected != "" && p.IndexOf(p.Selected) < 0:
		p.hidden = p.Selected
		p.choose("")
	case p.Selected == "" && p.hidden != "" && p.IndexOf(p.hidden) >= 0:
		p.choose(p.hidden)
		p.syncSelection(true)
	}
}

// refilter narrows the sorted rows to those matching the filter and shows
// them, keeping the selected row selected when it is still shown.
func (p *ListPane) refilter() {
	if p.listed != nil && session.Narrows(p.listed, p.words) {
		// Typing on only narrows what is shown: look at those rows alone.
		p.Shown = session.FilterShown(p.Rows, p.Shown, p.words)
	} else {
		p.Shown = session.FilterKeys(p.keys, p.order, p.words, p.Shown)
	}
	p.listed = append(p.listed[:0:0], p.words...)
	p.updateCount()
	p.List.Refresh()
	p.syncSelection(false)
}

func (p *ListPane) updateCount() {
	before := p.count.MinSize()
	defer func() {
		if p.bottom != nil && p.count.MinSize() != before {
			p.bottom.Refresh()
		}
	}()
	switch {
	case len(p.Rows) == 0:
		p.count.SetFullShort("No "+p.plural+" yet", "0")
	case len(p.Shown) == len(p.Rows):
		p.count.SetFullShort(fmt.Sprintf("%d %s", len(p.Rows), p.plural), fmt.Sprint(len(p.Rows)))
	default:
		p.count.SetFullShort(fmt.Sprintf("%d of %d %s", len(p.Shown), len(p.Rows), p.plural), fmt.Sprintf("%d/%d", len(p.Shown), len(p.Rows)))
	}
}

// IndexOf returns the list position of id, or -1 when it is not shown.
func (p *ListPane) IndexOf(id string) int {
	for i, r := range p.Shown {
		if p.Rows[r].ID == id {
			return i
		}
	}
	return -1
}

// syncSelection makes the list's highlighted row match p.Selected without
// telling the tab.
func (p *ListPane) syncSelection(scroll bool) {
	p.syncing = true
	defer func() { p.syncing = false }()
	i := -1
	if p.Selected != "" {
		i = p.IndexOf(p.Selected)
	}
	p.List.UnselectAll()
	if i >= 0 {
		p.List.Select(i)
		if scroll {
			p.List.ScrollTo(i)
		}
	}
}

func (p *ListPane) onListSelected(i widget.ListItemID) {
	if p.syncing || i < 0 || i >= len(p.Shown) {
		return
	}
	p.choose(p.Rows[p.Shown[i]].ID)
}

// choose selects id as if the analyst had clicked it.
func (p *ListPane) choose(id string) {
	if id != "" {
		p.hidden = ""
	}
	if p.onSelect != nil {
		p.onSelect(id)
	}
}

// Show highlights id in the list, clearing the filter if it hides it.
func (p *ListPane) Show(id string) {
	p.Selected = id
	p.hidden = ""
	if id != "" && p.IndexOf(id) < 0 && p.Filter.Text != "" {
		p.Filter.SetText("") // refilters and syncs
	}
	p.syncSelection(true)
}

// Neighbour returns the id shown after id (or before it when id is last),
// for choosing what to select after a delete.
func (p *ListPane) Neighbour(id string) string {
	i := p.IndexOf(id)
	switch {
	case i < 0:
		return ""
	case i+1 < len(p.Shown):
		return p.Rows[p.Shown[i+1]].ID
	case i > 0:
		return p.Rows[p.Shown[i-1]].ID
	}
	return ""
}

// TightVBox stacks objects vertically with no padding between them.
type TightVBox struct{}

// MinSize is the widest object's width and the heights stacked.
func (TightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
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

// Layout stacks the visible objects top to bottom at their minimum height.
func (TightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
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
