package reader

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/session"
	"casefile/app/textfind"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
)

// Cite for ▸: the selection as a quote of the shown source, attached to
// an item of the case.

// citeMenu offers the items to cite the selection for: the people and
// organizations it names, those last used, and a search over all items.
func (v *View) citeMenu() *fyne.Menu {
	q, ok := v.selectedQuote()
	if !ok {
		return nil
	}
	var items []*fyne.MenuItem
	seen := map[string]bool{}
	add := func(k app.Kind, id string) {
		if seen[id] || len(items) >= 8 || v.h.Index().ItemName(k, id) == "" {
			return
		}
		seen[id] = true
		items = append(items, fyne.NewMenuItem(v.itemLabel(k, id, ""), func() { v.citeFor(k, id, q) }))
	}
	for _, h := range textfind.ActorsNamedIn(v.h.Index().Data(), q.Exact) {
		add(h.Kind, h.ID)
	}
	for _, r := range v.recent {
		add(r.kind, r.id)
	}
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	items = append(items, fyne.NewMenuItem("Search all items…", func() { v.pickCiteTarget(q) }))
	return fyne.NewMenu("Cite for", items...)
}

// pickCiteTarget lets the analyst choose any item to cite the quote for.
func (v *View) pickCiteTarget(q app.Quote) {
	itemedit.Pick(v.h.Window, "Cite the selection for…", v.citeTargets(), func(key string) {
		k, id, ok := strings.Cut(key, "\x00")
		if ok {
			v.citeFor(app.Kind(k), id, q)
		}
	})
}

// citeTargets lists every item that can cite a source: events, people,
// organizations, relations and claims. Ids are "kind\x00id".
func (v *View) citeTargets() []itemedit.PickItem {
	d := v.h.Index().Data()
	var items []itemedit.PickItem
	add := func(k app.Kind, id, label, detail string, icon fyne.Resource, extra ...string) {
		items = append(items, itemedit.PickItem{ID: string(k) + "\x00" + id, Label: label, Detail: detail, Icon: icon,
			Key: session.FoldKey(append([]string{label, detail}, extra...)...)})
	}
	for _, e := range d.Events {
		add(app.KindEvent, e.ID, e.Title, "event · "+app.HumanDate(e.Date), theme.HistoryIcon())
	}
	for _, it := range itemedit.ActorItems(v.h.Index(), nil) {
		add(v.h.Index().ActorKind(it.ID), it.ID, it.Label, it.Detail, it.Icon, it.Key)
	}
	for _, r := range d.Relations {
		add(app.KindRelation, r.ID, v.h.Index().ItemName(app.KindRelation, r.ID), "relation", theme.NewThemedResource(kit.IconLink))
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			add(app.KindClaim, c.ID, "“"+c.Text+"”", "claim · "+f.Question+" · "+v.h.Index().ItemName(app.KindSource, c.Source),
				theme.NewThemedResource(kit.IconChart))
		}
	}
	itemedit.SortPickItems(items)
	return items
}

// citeFor cites the shown source, with the quote q, for an existing item,
// and stays on the text.
func (v *View) citeFor(k app.Kind, id string, q app.Quote) {
	if err := v.cite(k, id, q); err != nil {
		v.h.ShowError("The quote was not attached", err)
		return
	}
	v.remember(k, id)
	v.collapse()
	v.refresh()
	v.h.Status.Done("Cited " + app.Quoted(v.source().Title) + " for " + v.itemLabel(k, id, ""))
}

// cite attaches the quote q of the shown source to an item: to its
// citation of the source that has no quote yet, if it has one, else as a
// new citation. The index follows.
func (v *View) cite(k app.Kind, item string, q app.Quote) error {
	v.h.Saver.Flush()
	src := v.source().ID
	for _, c := range v.h.Index().CitationsOf(k, item) {
		if c.Source == src && c.Quote == nil {
			c.Quote = &q
			if err := v.h.Session.UpdateCitation(c); err != nil {
				return err
			}
			return nil
		}
	}
	c := app.Citation{Item: item, Source: src, Quote: &q}
	return v.h.Session.AddCitation(&c)
}

// linkSuggestion cites the shown source for a person or organization at
// the occurrence of its name that was clicked.
func (v *View) linkSuggestion(h textfind.Hit) {
	if v.h.ReadOnly {
		return
	}
	q := app.Quote(anchor.Capture(v.shownText, h.Start, h.End))
	v.citeFor(h.Kind, h.ID, q)
}
