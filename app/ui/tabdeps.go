package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"casefile/app"
	"casefile/app/ui/host"
	"casefile/app/ui/itemedit"
)

// tabDeps is what the five list tabs are built from (the Network tab,
// in app/ui/tabs, from a tabs.Deps):
// the host (the session, the window for dialogs, the autosaver, the
// navigator and the status bar) and the few things only the window can
// do, as function values. A tab reaches the window through nothing else.
// The window makes one and shares it among its tabs.
type tabDeps struct {
	h *host.Host
	// show switches to the tab that lists kind k and selects id, without
	// recording history (the item just added, the next after a delete).
	show func(k app.Kind, id string)
	// selected is the window's selected tab, nil while the window is
	// being built or after it closed.
	selected func() *container.TabItem
	// merger merges a person or organization into another.
	merger *itemedit.Merger
	// evidence is the menu "Evidence for ▸" of the case's disputed
	// questions, choosing one adding item id to it; nil when there is
	// no question.
	evidence func(id string) *fyne.MenuItem
	// quoteEvidence is the same for a quote q of source src (the reading
	// view's action bar).
	quoteEvidence func(src string, q app.Quote) *fyne.MenuItem
	// deleteNote is the sentence a delete dialog adds about the disputed
	// questions that cite item id ("" when none does).
	deleteNote func(k app.Kind, id string) string
	// importText asks for a file and imports it as a source (the reading
	// view's Import…).
	importText func()
	// openURL opens an address in the browser or a file in its program.
	openURL func(*url.URL) error

	// origin is the tab whose own change is being notified, if any (own).
	origin caseTab
}

// own makes a change from tab t's own form: the tab already shows the
// result, so the notification brings the other views up to date but does
// not fill t's form again (which would move the cursor of the field being
// typed in).
func (d *tabDeps) own(t caseTab, change func() error) error {
	prev := d.origin
	d.origin = t
	defer func() { d.origin = prev }()
	return change()
}
