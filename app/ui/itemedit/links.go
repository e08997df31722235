// Package itemedit holds the editors the item forms share: the links to
// other items, the "Sources cited" section, the pickers that choose an
// item, the Relations section of a person or organization with its
// Relate… dialog, the same-name warnings, merging, and the date fields.
// Each is built from a *host.Host and, where it needs more of the window,
// a function value (the tab's own change, showing an item without Back);
// none knows the case window.
package itemedit

import (
	"slices"

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

// ItemLink is a link to an item that jumps to it (and records Back).
func ItemLink(h *host.Host, k app.Kind, id string) fyne.CanvasObject {
	name := h.Index().ItemName(k, id)
	if name == "" {
		l := widget.NewLabel("(missing " + k.Label() + ")")
		l.Importance = widget.LowImportance
		return l
	}
	return kit.NewLink(name, func() { h.Nav.GoTo(k, id) })
}

// LinkItem is a row of a links section that links to an item (and
// records Back), or names it missing.
func LinkItem(h *host.Host, k app.Kind, id string) kit.LinkItem {
	name := h.Index().ItemName(k, id)
	if name == "" {
		return kit.LinkItem{Missing: "(missing " + k.Label() + ")"}
	}
	return kit.LinkItem{Text: name, OnTap: func() { h.Nav.GoTo(k, id) }}
}

// ActorItem is LinkItem for a person or organization, with an icon
// saying which.
func ActorItem(h *host.Host, id string) kit.LinkItem {
	k := h.Index().ActorKind(id)
	it := LinkItem(h, k, id)
	it.Icon = kit.ActorIcon(k)
	return it
}

// RemoveButton is the small button that unlinks something.
// what names the action for readers of the code (Fyne buttons have no
// tooltips).
func RemoveButton(h *host.Host, what string, onTap func()) *widgets.Button {
	b := widgets.NewButton("", theme.ContentClearIcon(), onTap)
	b.Importance = widget.LowImportance
	h.Guard(b)
	return b
}

// CitationList is the "Sources cited" section of an item: each citation
// links to its source (with its quote, if anchored), can be removed, and
// new ones are chosen from a source picker.
type CitationList struct {
	h      *host.Host
	links  *kit.Links
	box    *fyne.Container // links' rows
	addBtn *widgets.Button
	kind   app.Kind
	item   string
	cites  []app.Citation
	// onChanged is called with the item's citations after a change.
	onChanged func(item string, cites []app.Citation)
	// dlg is the dialog showing the list, if any: opening a quote closes it.
	dlg dialog.Dialog
	// Amend, when set (an event's list), is asked before a citation is
	// added or removed what the event becomes with the new citations: it
	// returns the event and true when its own fields change with them (its
	// words for a day read against another source's date), and then the
	// citation and the event are saved as one change, one step of Undo.
	Amend func(cites []app.Citation) (app.Event, bool)
}

// NewCitationList makes the section for items of kind k; onChanged (if
// not nil) gets an item's citations after the analyst added or removed one.
func NewCitationList(h *host.Host, k app.Kind, onChanged func(item string, cites []app.Citation)) *CitationList {
	c := &CitationList{h: h, kind: k, onChanged: onChanged}
	c.links = kit.NewLinks(func(d fyne.Disableable) { h.Guard(d) })
	c.box = c.links.Object()
	c.addBtn = widgets.NewButton("Cite a source…", theme.ContentAddIcon(), c.onAdd)
	h.Guard(c.addBtn)
	return c
}

// Object returns the section.
func (c *CitationList) Object() fyne.CanvasObject {
	return kit.Section("Sources cited", c.box, c.addBtn)
}

// Show lists the citations of item, filling the section's rows in place.
func (c *CitationList) Show(item string, cites []app.Citation) {
	c.item, c.cites = item, cites
	items := make([]kit.LinkItem, len(cites))
	for i, ct := range cites {
		it := LinkItem(c.h, app.KindSource, ct.Source)
		if ct.Quote != nil && ct.Quote.Exact != "" {
			it.Below = "“" + app.Shorten(ct.Quote.Exact, 120) + "”"
			if src := c.h.Index().Source(ct.Source); src != nil {
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

func (c *CitationList) onAdd() {
	if c.item == "" {
		return
	}
	c.h.Saver.Flush()
	PickSource(c.h, "Cite a source", nil, func(id string) {
		ct := app.Citation{Item: c.item, Source: id}
		var err error
		if e, ok := c.amend(append(slices.Clone(c.cites), ct)); ok {
			err = c.h.Session.CiteEvent(e, &ct, "")
		} else {
			err = c.h.Session.AddCitation(&ct)
		}
		if err != nil {
			c.h.ShowError("The citation was not added", err)
			return
		}
		c.refresh()
	})
}

func (c *CitationList) onRemove(ct app.Citation) {
	c.h.Saver.Flush()
	rest := slices.DeleteFunc(slices.Clone(c.cites), func(x app.Citation) bool { return x.ID == ct.ID })
	var err error
	if e, ok := c.amend(rest); ok {
		err = c.h.Session.CiteEvent(e, nil, ct.ID)
	} else {
		err = c.h.Session.DeleteCitation(ct.ID)
	}
	if err != nil {
		c.h.ShowError("The citation was not removed", err)
		return
	}
	c.refresh()
}

// amend is Amend, or no change when it is not set.
func (c *CitationList) amend(cites []app.Citation) (app.Event, bool) {
	if c.Amend == nil {
		return app.Event{}, false
	}
	return c.Amend(cites)
}

// refresh reads the item's citations again after a change.
func (c *CitationList) refresh() {
	cites := c.h.Index().CitationsOf(c.kind, c.item)
	if c.onChanged != nil {
		c.onChanged(c.item, cites)
	}
	c.Show(c.item, cites)
	c.h.Status.Saved()
}

// openQuote opens the source of a citation's quote on the Sources tab,
// scrolled to the quote and with it selected, closing the citations
// dialog the list is in, if any.
func (c *CitationList) openQuote(source string, q app.Quote) {
	if c.dlg != nil {
		c.dlg.Hide()
	}
	c.h.Nav.OpenQuote(source, &q)
}

// CitationsDialog shows the sources cited for an item without a tab of
// its own (a relation, a claim), where more can be cited or removed.
// onDone gets the citations when the dialog closes.
func CitationsDialog(h *host.Host, k app.Kind, id string, cites []app.Citation, onDone func([]app.Citation)) {
	latest := cites
	cl := NewCitationList(h, k, func(item string, cs []app.Citation) {
		latest = cs
	})
	cl.Show(id, cites)
	title := "Sources cited for " + app.Shorten(h.Index().ItemName(k, id), 50)
	d := kit.NewCustomDialog(title, "Done", kit.NewWheel(container.NewVScroll(cl.Object())), h.Window)
	cl.dlg = d
	d.SetOnClosed(func() { onDone(latest) })
	(&kit.DialogKeys{Submit: d.Hide, Cancel: d.Hide}).Attach(h.Window, d)
	d.Resize(kit.DialogSize(h.Window, 620, 400))
	d.Show()
}
