package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
)

// itemLink is a link to an item that jumps to it (and records Back).
func (cw *caseWindow) itemLink(k app.Kind, id string) fyne.CanvasObject {
	name := cw.idx().ItemName(k, id)
	if name == "" {
		l := widget.NewLabel("(missing " + k.Label() + ")")
		l.Importance = widget.LowImportance
		return l
	}
	return kit.NewLink(name, func() { cw.goTo(k, id) })
}

// linkItem is a row of a links section that links to an item (and
// records Back), or names it missing.
func (cw *caseWindow) linkItem(k app.Kind, id string) kit.LinkItem {
	name := cw.idx().ItemName(k, id)
	if name == "" {
		return kit.LinkItem{Missing: "(missing " + k.Label() + ")"}
	}
	return kit.LinkItem{Text: name, OnTap: func() { cw.goTo(k, id) }}
}

// actorItem is linkItem for a person or organization, with an icon
// saying which.
func (cw *caseWindow) actorItem(id string) kit.LinkItem {
	k := cw.idx().ActorKind(id)
	it := cw.linkItem(k, id)
	it.Icon = kit.ActorIcon(k)
	return it
}

// removeButton is the small button that unlinks something.
// what names the action for readers of the code (Fyne buttons have no
// tooltips).
func (cw *caseWindow) removeButton(what string, onTap func()) *widget.Button {
	b := widget.NewButtonWithIcon("", theme.ContentClearIcon(), onTap)
	b.Importance = widget.LowImportance
	cw.h.Guard(b)
	return b
}

// citationList is the "Sources cited" section of an item: each citation
// links to its source (with its quote, if anchored), can be removed, and
// new ones are chosen from a source picker.
type citationList struct {
	cw     *caseWindow
	links  *kit.Links
	box    *fyne.Container // links' rows
	addBtn *widget.Button
	kind   app.Kind
	item   string
	cites  []app.Citation
	// onChanged is called with the item's citations after a change.
	onChanged func(item string, cites []app.Citation)
	// dlg is the dialog showing the list, if any: opening a quote closes it.
	dlg dialog.Dialog
}

func newCitationList(cw *caseWindow, kind app.Kind, onChanged func(string, []app.Citation)) *citationList {
	c := &citationList{cw: cw, kind: kind, onChanged: onChanged}
	c.links = kit.NewLinks(func(d fyne.Disableable) { cw.h.Guard(d) })
	c.box = c.links.Object()
	c.addBtn = widget.NewButtonWithIcon("Cite a source…", theme.ContentAddIcon(), c.onAdd)
	cw.h.Guard(c.addBtn)
	return c
}

// widget returns the section.
func (c *citationList) widget() fyne.CanvasObject {
	return kit.Section("Sources cited", c.box, c.addBtn)
}

// show lists the citations of item, filling the section's rows in place.
func (c *citationList) show(item string, cites []app.Citation) {
	c.item, c.cites = item, cites
	items := make([]kit.LinkItem, len(cites))
	for i, ct := range cites {
		ct := ct
		it := c.cw.linkItem(app.KindSource, ct.Source)
		if ct.Quote != nil && ct.Quote.Exact != "" {
			it.Below = "“" + app.Shorten(ct.Quote.Exact, 120) + "”"
			if src := c.cw.idx().Source(ct.Source); src != nil {
				if p := app.QuotePages(src, ct.Quote).String(); p != "" {
					it.Below += " · " + p
				}
			}
			q := *ct.Quote
			it.OnBelow = func() { c.openQuote(ct.Source, q) }
		}
		if ct.Note != "" {
			it.Below = kit.JoinNonEmpty(" — ", it.Below, ct.Note)
		}
		it.OnRemove = func() { c.onRemove(ct) }
		items[i] = it
	}
	c.links.Set(items, "No source cited yet. Every item should rest on a source: use “Cite a source…”.", "")
}

func (c *citationList) onAdd() {
	if c.item == "" {
		return
	}
	c.cw.saver.Flush()
	c.cw.pickSource("Cite a source", nil, func(id string) {
		ct := app.Citation{Item: c.item, Source: id}
		if err := c.cw.s.AddCitation(&ct); err != nil {
			c.cw.showError("The citation was not added", err)
			return
		}
		c.refresh()
	})
}

func (c *citationList) onRemove(ct app.Citation) {
	c.cw.saver.Flush()
	if err := c.cw.s.DeleteCitation(ct.ID); err != nil {
		c.cw.showError("The citation was not removed", err)
		return
	}
	c.refresh()
}

// refresh reads the item's citations again after a change.
func (c *citationList) refresh() {
	cites := c.cw.idx().CitationsOf(c.kind, c.item)
	if c.onChanged != nil {
		c.onChanged(c.item, cites)
	}
	c.show(c.item, cites)
	c.cw.saved()
}

// citationsDialog shows the sources cited for an item without a tab of
// its own (a relation, a claim), where more can be cited or removed.
// onDone gets the citations when the dialog closes.
func (cw *caseWindow) citationsDialog(k app.Kind, id string, cites []app.Citation, onDone func([]app.Citation)) {
	latest := cites
	cl := newCitationList(cw, k, func(item string, cs []app.Citation) {
		latest = cs
	})
	cl.show(id, cites)
	title := "Sources cited for " + app.Shorten(cw.idx().ItemName(k, id), 50)
	d := dialog.NewCustom(title, "Done", kit.NewWheel(container.NewVScroll(cl.widget())), cw.win)
	cl.dlg = d
	d.SetOnClosed(func() { onDone(latest) })
	(&kit.DialogKeys{Submit: d.Hide, Cancel: d.Hide}).Attach(cw.win, d)
	d.Resize(kit.DialogSize(cw.win, 620, 400))
	d.Show()
}
