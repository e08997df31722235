// Package tabs holds the window's tabs that list or draw the case's
// items: the five list tabs (Timeline, People, Organizations, Disputed
// figures, Sources), each a list beside its item's form in one frame, and
// the Network tab. Each is built from a Deps: the host (the session, the
// window for dialogs, the autosaver, a navigator for links and Back, the
// status bar) and the few things only the window knows, as function
// values. A tab never holds the window and never calls another tab: it
// hears the session's changes through the window (Changed) and follows
// links through the host's navigator.
package tabs

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
)

// Tab is what the window needs from each of its five list tabs.
type Tab interface {
	// Kind is the kind of item the tab lists.
	Kind() app.Kind
	// Pane is the tab's list.
	Pane() *kit.ListPane
	// Item is the tab as added to the window's AppTabs.
	Item() *container.TabItem
	// ShowItem saves any pending edit, then fills the detail form with the
	// item id ("" clears it).
	ShowItem(id string)
	// Changed brings the tab up to date after a change to the case: its
	// rows when items of its kind changed, and its form when anything it
	// shows did (a selected item that is gone shows the placeholder). It
	// never changes the case itself.
	Changed(c session.Change)
}

// Deps is what a tab is built from. The window makes one and shares it
// among its tabs.
type Deps struct {
	// Host is the open case and the window's services.
	Host *host.Host
	// Selected is the window's selected tab; nil while the window is
	// being built or after it closed.
	Selected func() *container.TabItem
	// LastActor is the person or organization the window showed last,
	// for the Network tab's first selection.
	LastActor func() string
	// Show switches to the tab that lists kind k and selects id, without
	// recording history (the item just added, the next after a delete).
	Show func(k app.Kind, id string)
	// Merger merges a person or organization into another.
	Merger *itemedit.Merger
	// Evidence is the menu "Evidence for ▸" of the case's disputed
	// questions, choosing one adding item id to it; nil when there is no
	// question.
	Evidence func(id string) *fyne.MenuItem
	// QuoteEvidence is the same for a quote q of source src (the reading
	// view's action bar).
	QuoteEvidence func(src string, q app.Quote) *fyne.MenuItem
	// DeleteNote is the sentence a delete dialog adds about the disputed
	// questions that cite item id ("" when none does).
	DeleteNote func(k app.Kind, id string) string
	// ImportText asks for a file and imports it as a source (the reading
	// view's Import…).
	ImportText func()
	// OpenURL opens an address in the browser or a file in its program.
	OpenURL func(*url.URL) error
	// origin is the tab whose own change is being notified, if any (own).
	origin Tab
}

// own makes a change from tab t's own form: the tab already shows the
// result, so the notification brings the other views up to date but does
// not fill t's form again (which would move the cursor of the field being
// typed in).
func (d *Deps) own(t Tab, change func() error) error {
	prev := d.origin
	d.origin = t
	defer func() { d.origin = prev }()
	return change()
}
