package ui

import (
	"time"

	"casefile/app"
	"casefile/app/ui/kit"
)

// onMergeInto lets the analyst choose another person (or organization)
// to fold the item id into, then asks to confirm.
func (cw *caseWindow) onMergeInto(k app.Kind, id string) {
	if id == "" || cw.readOnly {
		return
	}
	cw.saver.Flush()
	var items []pickItem
	for _, it := range cw.actorItems([]string{id}) {
		if cw.idx().ActorKind(it.id) == k {
			items = append(items, it)
		}
	}
	cw.pick("Merge "+app.Quoted(app.Shorten(cw.idx().ActorName(id), 40))+" into…", items, func(keep string) {
		cw.confirmMerge(k, id, keep)
	})
}

// mergeMessage says what merging drop into keep does.
func mergeMessage(dropName, keepName string) string {
	return "Merge " + app.Quoted(dropName) + " into " + app.Quoted(keepName) + "? " + app.Quoted(dropName) +
		"’s aliases, relations, citations, event participations and claims move to " + app.Quoted(keepName) +
		"; " + app.Quoted(dropName) + " is deleted. You can undo this."
}

// confirmMerge asks before folding drop into keep.
func (cw *caseWindow) confirmMerge(k app.Kind, drop, keep string) {
	if drop == "" || keep == "" || drop == keep || cw.readOnly {
		return
	}
	cw.saver.Flush()
	msg := mergeMessage(cw.idx().ActorName(drop), cw.idx().ActorName(keep))
	d := kit.NewConfirm("Merge "+k.Label()+"s", msg, "Merge", "Cancel", func(ok bool) {
		if ok {
			cw.merge(k, keep, drop)
		}
	}, cw.win)
	(&kit.DialogKeys{Submit: d.Confirm, Cancel: d.Hide}).Attach(cw.win, d)
	d.Show()
}

// merge folds drop into keep as one undoable change and shows keep.
func (cw *caseWindow) merge(k app.Kind, keep, drop string) {
	label := "Merged " + app.Quoted(cw.idx().ActorName(drop)) + " into " + app.Quoted(cw.idx().ActorName(keep))
	if err := cw.s.Merge(keep, drop); err != nil {
		cw.showError("Nothing was merged", err)
		return
	}
	cw.show(k, keep)
	cw.saved()
	cw.status.SetText(label + " · all changes saved at " + time.Now().Format("15:04"))
}
