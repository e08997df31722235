package ui

// On a small screen (1024×640, or that at 125–150 % scaling) the window
// must stay usable: the tab titles shorten, then leave only their icons,
// rather than hiding tabs behind Fyne's overflow menu, and a tab whose
// natural size the window cannot give scrolls as a whole instead of
// making the window larger than the screen.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// shortTabTitles are the tabs' titles where the full ones do not fit.
var shortTabTitles = map[string]string{
	"Organizations":    "Orgs",
	"Disputed figures": "Figures",
}

// tabTitles is the layout around the window's tabs that picks the titles
// that fit the window's width: full, short, or icons only.
type tabTitles struct {
	tabs  *container.AppTabs
	full  []string // each tab's full title
	width float32  // the width the titles were chosen for
}

// fitTabs lets each tab scroll when the window is smaller than it, puts
// each in a tabPage (so that only the shown tab is refreshed), and returns
// the tabs in a container that chooses their titles by width.
func fitTabs(tabs *container.AppTabs) fyne.CanvasObject {
	l := &tabTitles{tabs: tabs}
	for i, it := range tabs.Items {
		l.full = append(l.full, it.Text)
		it.Content = newTabPage(container.NewScroll(it.Content), i == tabs.SelectedIndex())
	}
	return container.New(l, tabs)
}

// Layout chooses the titles for the width and lays the tabs out in it.
func (l *tabTitles) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if size.Width != l.width {
		l.width = size.Width
		l.choose(size.Width)
	}
	for _, o := range objects {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

// MinSize is the tabs'.
func (l *tabTitles) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize()
}

// choose sets the fullest titles whose tab bar fits in width.
func (l *tabTitles) choose(width float32) {
	titles := l.titles(width)
	changed := false
	for i, it := range l.tabs.Items {
		if it.Text != titles[i] {
			it.Text = titles[i]
			changed = true
		}
	}
	if changed {
		l.tabs.Refresh()
	}
}

// titles are the titles to show at width.
func (l *tabTitles) titles(width float32) []string {
	short := make([]string, len(l.full))
	icons := make([]string, len(l.full))
	for i, t := range l.full {
		short[i] = t
		if s, ok := shortTabTitles[t]; ok {
			short[i] = s
		}
	}
	for _, ts := range [][]string{l.full, short} {
		if barWidth(ts) <= width {
			return ts
		}
	}
	return icons
}

// barWidth is how wide Fyne 2.7 draws a bar of tabs with these titles
// (container/tabs.go, tabButtonRenderer.MinSize: an inline icon, padding,
// the title in bold, inner padding either side).
func barWidth(titles []string) float32 {
	th := theme.Current()
	size := th.Size(theme.SizeNameText)
	icon, pad, inner := th.Size(theme.SizeNameInlineIcon), th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameInnerPadding)
	var w float32
	for _, t := range titles {
		w += icon + 2*inner
		if t != "" {
			w += pad + fyne.MeasureText(t, size, fyne.TextStyle{Bold: true}).Width
		}
	}
	return w + 2*pad // and the bar's own margin
}
