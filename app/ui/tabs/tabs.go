// Package tabs holds the window's tabs that list or draw the case's
// items. Each is built from a Deps: the host (the session, the window for
// dialogs, the autosaver, a navigator for links and Back, the status bar)
// and the few things only the window knows, as function values. A tab
// never holds the window and never calls another tab: it hears the
// session's changes through the window (Changed) and follows links
// through the host's navigator.
package tabs

import (
	"fyne.io/fyne/v2/container"

	"casefile/app/ui/host"
)

// Deps is what a tab is built from.
type Deps struct {
	// Host is the open case and the window's services.
	Host *host.Host
	// Selected is the window's selected tab; nil while the window is
	// being built or after it closed.
	Selected func() *container.TabItem
	// LastActor is the person or organization the window showed last,
	// for the Network tab's first selection.
	LastActor func() string
}
