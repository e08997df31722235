package reader

import (
	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/widgets"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// orphanList lists the quotes from the shown source that are no longer
// found in its text, each with "Re-attach here" for the span selected.
type orphanList struct {
	v       *View
	box     *fyne.Container
	head    *widget.Label
	toggle  *widgets.Button
	hint    *widget.Label
	rows    *fyne.Container
	scroll  *container.Scroll
	buttons []*widgets.Button
	open    bool
}

// orphanRowHeight is the height of a row of the orphan list: a link and
// a line of quote. Two rows show; more scroll.
const orphanRowHeight = 78

// newOrphanList makes the (hidden) list of the view's orphaned quotes.
func newOrphanList(v *View) *orphanList {
	o := &orphanList{v: v, open: true}
	o.head = widget.NewLabel("")
	o.head.TextStyle = fyne.TextStyle{Bold: true}
	o.head.Truncation = fyne.TextTruncateEllipsis
	o.toggle = widgets.NewButton("Hide", nil, func() { o.setOpen(!o.open) })
	o.toggle.Importance = widget.LowImportance
	o.hint = widget.NewLabel("Select where a quote now stands in the text, then press its “Re-attach here”.")
	o.hint.Importance = widget.LowImportance
	o.hint.Wrapping = fyne.TextWrapWord
	o.rows = container.NewVBox()
	o.scroll = container.NewVScroll(o.rows)
	warn := widget.NewIcon(theme.WarningIcon())
	o.box = container.NewVBox(container.NewBorder(nil, nil, warn, o.toggle, o.head), o.hint, kit.NewWheel(o.scroll))
	o.box.Hide()
	return o
}

// orphaned lists the marks not found in the text.
func (o *orphanList) orphaned() []int {
	var out []int
	for i := range o.v.marks {
		if !o.v.marks[i].at.Anchored() {
			out = append(out, i)
		}
	}
	return out
}

// show lists the orphaned quotes of the shown source.
func (o *orphanList) show() {
	idx := o.orphaned()
	o.rows.RemoveAll()
	o.buttons = o.buttons[:0]
	was := o.box.Visible()
	if len(idx) == 0 || o.v.editing {
		if was {
			o.box.Hide()
			o.v.relayout()
		}
		return
	}
	n := len(idx)
	if n == 1 {
		o.head.SetText("1 quote no longer found in the text")
	} else {
		o.head.SetText(fmt.Sprintf("%d quotes no longer found in the text", n))
	}
	for _, i := range idx {
		o.rows.Add(o.row(i))
	}
	o.scroll.SetMinSize(fyne.NewSize(0, float32(min(n, 2))*orphanRowHeight))
	o.selectionChanged()
	o.box.Show()
	o.setOpen(o.open)
}

// row is one orphaned quote: what it is linked to, its words, and
// Re-attach here.
func (o *orphanList) row(i int) fyne.CanvasObject {
	m := o.v.marks[i]
	v := o.v
	var what fyne.CanvasObject
	if m.kind == app.KindAnnotation {
		what = kit.NewLink(v.itemLabel(m.kind, "", m.note.Note), func() { v.editNote(m.note) })
	} else {
		what = kit.NewLink(v.itemLabel(m.kind, m.item, ""), func() { v.h.Nav.GoTo(m.kind, m.item) })
	}
	q := widget.NewLabel("“" + app.Shorten(app.OneLine(m.quote.Exact), 160) + "”")
	q.Wrapping = fyne.TextWrapWord
	q.TextStyle = fyne.TextStyle{Italic: true}
	btn := widgets.NewButton("Re-attach here", theme.ContentRedoIcon(), func() { o.v.reattach(m) })
	o.buttons = append(o.buttons, btn)
	return container.NewBorder(nil, nil, nil, container.NewVBox(btn), container.NewVBox(what, q))
}

// selectionChanged enables Re-attach here while something is selected.
func (o *orphanList) selectionChanged() {
	for _, b := range o.buttons {
		if o.v.selOK && !o.v.h.ReadOnly {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// setOpen shows or hides the list under the heading.
func (o *orphanList) setOpen(open bool) {
	o.open = open
	if open {
		o.toggle.SetText("Hide")
		o.hint.Show()
		o.scroll.Show()
	} else {
		o.toggle.SetText("Show")
		o.hint.Hide()
		o.scroll.Hide()
	}
	o.v.relayout()
}
