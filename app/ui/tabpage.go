package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// tabPage holds one tab's content in the window's tabs and passes a
// refresh on to it only while the tab is shown; a refresh that arrives
// while it is hidden is kept and made when the tab is shown again.
//
// Fyne 2.7's AppTabs refreshes the content of every tab, shown or not,
// whenever it refreshes (container/tabs.go, baseTabsRenderer.applyTheme),
// and it refreshes on every switch of tab (selectIndex) and when its
// renderer is made. A refresh of a hidden tab builds, measures and lays
// out all of it: on the large case that was most of the time a tab switch
// took, and a large part of the time the case took to appear, for tabs
// nobody was looking at. The tab's own code still updates its widgets
// while it is hidden (each tab keeps its lists filled); only the blanket
// refresh waits.
type tabPage struct {
	widget.BaseWidget
	content fyne.CanvasObject
	stale   bool // a refresh arrived while the tab was hidden
}

// newTabPage wraps content, hidden unless shown is set: Fyne lays out and
// shows the selected tab's page itself.
func newTabPage(content fyne.CanvasObject, shown bool) *tabPage {
	p := &tabPage{content: content}
	p.ExtendBaseWidget(p)
	if !shown {
		p.Hidden = true
		p.stale = true
	}
	return p
}

// Refresh refreshes the content now if the tab is shown, else when it is.
func (p *tabPage) Refresh() {
	if !p.Visible() {
		p.stale = true
		return
	}
	p.stale = false
	p.BaseWidget.Refresh()
}

// Show shows the tab, making the refresh it missed while hidden.
func (p *tabPage) Show() {
	if p.Visible() {
		return
	}
	p.Hidden = false
	p.Refresh()
}

// CreateRenderer shows the content over the whole page.
func (p *tabPage) CreateRenderer() fyne.WidgetRenderer { return &tabPageRenderer{p: p} }

type tabPageRenderer struct{ p *tabPage }

func (r *tabPageRenderer) Layout(s fyne.Size) {
	r.p.content.Move(fyne.Position{})
	r.p.content.Resize(s)
}
func (r *tabPageRenderer) MinSize() fyne.Size           { return r.p.content.MinSize() }
func (r *tabPageRenderer) Refresh()                     { r.p.content.Refresh() }
func (r *tabPageRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.p.content} }
func (r *tabPageRenderer) Destroy()                     {}

// Target is the tab's content, for a walk of the window that goes into
// the layers it is made of (internal/perfprobe, the tests).
func (p *tabPage) Target() fyne.CanvasObject { return p.content }

// Held is the tab's content, for visibleSplits.
func (p *tabPage) Held() []fyne.CanvasObject { return []fyne.CanvasObject{p.content} }
