package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"casefile/app"
)

// Preference keys. They live in Fyne's per-app preferences file, so they
// follow the user from case to case.
const (
	prefRecent       = "recent"        // string list, most recent first
	prefWindowWidth  = "window.width"  // float
	prefWindowHeight = "window.height" // float
	prefTheme        = "theme"         // "system", "light" or "dark"
	prefPDFPaper     = "pdf.paper"
	prefPDFMarking   = "pdf.marking"
	prefPDFSections  = "pdf.sections" // string list
	prefPDFKeyOnly   = "pdf.key_only"
	prefPlaces       = "places" // string list of "path\tkind\tid", the latest first
)

// maxPlaces is how many cases the window remembers its place in.
const maxPlaces = 50

// maxRecent is how many recent cases File ▸ Open recent lists.
const maxRecent = 10

// defaultWindowSize fits a 13-inch laptop (1280×800 with a panel) and
// leaves the window usable at 1024×700.
var defaultWindowSize = fyne.NewSize(1180, 740)

// minWindowSize is the smallest size the layout is designed for at 100 %
// without scrolling a tab.
var minWindowSize = fyne.NewSize(1024, 700)

// minRestoredSize is the smallest window size taken back from the last
// session. A window made smaller than minWindowSize is kept as it was: a
// 1024×640 screen at 150 % has room for only 683×427, and every tab
// scrolls rather than needing more. Below this size it was no choice
// (a damaged preference), and the window opens at this size instead.
var minRestoredSize = fyne.NewSize(480, 320)

// recentCases returns the recent case paths that still exist, most recent
// first.
func recentCases(p fyne.Preferences) []string {
	var out []string
	for _, path := range p.StringList(prefRecent) {
		if _, err := os.Stat(path); err == nil {
			out = append(out, path)
		}
	}
	return out
}

// addRecent puts path first in the recent list, dropping duplicates and
// keeping at most maxRecent entries.
func addRecent(p fyne.Preferences, path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := []string{path}
	for _, old := range p.StringList(prefRecent) {
		if old != path && len(list) < maxRecent {
			list = append(list, old)
		}
	}
	p.SetStringList(prefRecent, list)
}

// savePlace remembers the tab (by the kind of item it lists) and the item
// the analyst left the case at path on.
func savePlace(p fyne.Preferences, path string, k app.Kind, id string) {
	path = absPath(path)
	list := []string{path + "\t" + string(k) + "\t" + id}
	for _, old := range p.StringList(prefPlaces) {
		if op, _, _ := strings.Cut(old, "\t"); op != path && len(list) < maxPlaces {
			list = append(list, old)
		}
	}
	p.SetStringList(prefPlaces, list)
}

// savedPlace is the tab's kind and the item the case at path was left on.
func savedPlace(p fyne.Preferences, path string) (app.Kind, string, bool) {
	path = absPath(path)
	for _, e := range p.StringList(prefPlaces) {
		if parts := strings.SplitN(e, "\t", 3); len(parts) == 3 && parts[0] == path {
			return app.Kind(parts[1]), parts[2], true
		}
	}
	return "", "", false
}

func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// savedWindowSize returns the window size kept from the last session, or
// the default, never smaller than minRestoredSize.
func savedWindowSize(p fyne.Preferences) fyne.Size {
	w := float32(p.FloatWithFallback(prefWindowWidth, float64(defaultWindowSize.Width)))
	h := float32(p.FloatWithFallback(prefWindowHeight, float64(defaultWindowSize.Height)))
	return fyne.NewSize(max(w, minRestoredSize.Width), max(h, minRestoredSize.Height))
}

// saveWindowSize remembers the window size for the next session.
func saveWindowSize(p fyne.Preferences, s fyne.Size) {
	if s.Width < 100 || s.Height < 100 {
		return
	}
	p.SetFloat(prefWindowWidth, float64(s.Width))
	p.SetFloat(prefWindowHeight, float64(s.Height))
}
