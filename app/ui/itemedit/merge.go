package itemedit

import (
	"casefile/app"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
)

// Merger folds one person (or organization) into another, as one
// undoable change, and then shows the one kept.
type Merger struct {
	h *host.Host
	// show shows an item in its tab without recording Back (the item
	// merged away is gone, so there is no going back to it).
	show func(k app.Kind, id string)
}

// NewMerger makes the merging of h's case; show shows the item kept in its
// tab without recording Back.
func NewMerger(h *host.Host, show func(k app.Kind, id string)) *Merger {
	return &Merger{h: h, show: show}
}

// Choose lets the analyst choose another person (or organization) of
// kind k to fold the item id into, then asks to confirm.
func (m *Merger) Choose(k app.Kind, id string) {
	if id == "" || m.h.ReadOnly {
		return
	}
	m.h.Saver.Flush()
	x := m.h.Index()
	var items []PickItem
	for _, it := range ActorItems(x, []string{id}) {
		if x.ActorKind(it.ID) == k {
			items = append(items, it)
		}
	}
	Pick(m.h.Window, "Merge "+app.Quoted(app.Shorten(x.ActorName(id), 40))+" into…", items, func(keep string) {
		m.Confirm(k, id, keep)
	})
}

// mergeMessage says what merging drop into keep does.
func mergeMessage(dropName, keepName string) string {
	return "Merge " + app.Quoted(dropName) + " into " + app.Quoted(keepName) + "? " + app.Quoted(dropName) +
		"’s aliases, relations, citations, event participations and claims move to " + app.Quoted(keepName) +
		"; " + app.Quoted(dropName) + " is deleted. You can undo this."
}

// Confirm asks before folding drop into keep.
func (m *Merger) Confirm(k app.Kind, drop, keep string) {
	if drop == "" || keep == "" || drop == keep || m.h.ReadOnly {
		return
	}
	m.h.Saver.Flush()
	msg := mergeMessage(m.h.Index().ActorName(drop), m.h.Index().ActorName(keep))
	d := kit.NewConfirm("Merge "+k.Label()+"s", msg, "Merge", "Cancel", func(ok bool) {
		if ok {
			m.Merge(k, keep, drop)
		}
	}, m.h.Window)
	(&kit.DialogKeys{Submit: d.Confirm, Cancel: d.Hide}).Attach(m.h.Window, d)
	d.Show()
}

// Merge folds drop into keep as one undoable change and shows keep.
func (m *Merger) Merge(k app.Kind, keep, drop string) {
	x := m.h.Index()
	label := "Merged " + app.Quoted(x.ActorName(drop)) + " into " + app.Quoted(x.ActorName(keep))
	if err := m.h.Session.Merge(keep, drop); err != nil {
		m.h.ShowError("Nothing was merged", err)
		return
	}
	m.show(k, keep)
	m.h.Status.Done(label)
}
