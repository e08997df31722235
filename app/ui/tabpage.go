package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tabPage holds one tab's content in the window's tabs and passes a
// refresh on to it only when it can change what the tab shows: while the
// tab is shown, and when the theme or the page's size differs from those
// its content was last refreshed in. A refresh that arrives while the tab
// is hidden, or with the same theme at the same size, is dropped; a tab
// shown again in another theme or at another size (its first showing, or
// after the window was resized while it was hidden) is refreshed then,
// which also lets wrapped text that took another height at the new width
// move what is below it.
//
// Fyne 2.7's AppTabs refreshes the content of every tab, shown or not,
// whenever it refreshes (container/tabs.go, baseTabsRenderer.applyTheme),
// and it refreshes on every switch of tab (selectIndex) and when its
// renderer is made. That refresh is there to apply the theme; a refresh
// of a tab's content rebuilds, measures and lays out all of it, which on
// the large case was most of the time a tab switch took (before these
// pages, for every tab at each switch; then twice for the tab switched
// to: once when shown, once by the tabs). The tab's own code updates its
// widgets itself, shown or hidden. A theme change reaches the tab on screen
// through Fyne's own walk of the window (internal/app, ApplyThemeTo) and
// the tabs' refresh, and a hidden tab through the check here when it is
// shown again.
type tabPage struct {
	widget.BaseWidget
	content fyne.CanvasObject
	look    pageLook  // the theme the content was made or last refreshed in
	size    fyne.Size // the page's size at that refresh (none before the first)
}

// pageLook is what a refresh of a tab applies: the app's theme in its
// variant, told apart by the colours and the text size it gives (a
// fyne.Theme need not be comparable; its colours are, as kit.FitLabel
// compares them too).
type pageLook struct {
	fg, bg, primary color.Color
	text            float32
}

// currentLook reads the app's theme.
func currentLook() pageLook {
	s := fyne.CurrentApp().Settings()
	th, v := s.Theme(), s.ThemeVariant()
	return pageLook{fg: th.Color(theme.ColorNameForeground, v), bg: th.Color(theme.ColorNameBackground, v),
		primary: th.Color(theme.ColorNamePrimary, v), text: th.Size(theme.SizeNameText)}
}

// newTabPage wraps content, made in the current theme, hidden unless
// shown is set: Fyne lays out and shows the selected tab's page itself.
func newTabPage(content fyne.CanvasObject, shown bool) *tabPage {
	p := &tabPage{content: content, look: currentLook()}
	p.ExtendBaseWidget(p)
	p.Hidden = !shown
	return p
}

// Refresh refreshes the content if the tab is shown and the theme or the
// page's size changed since its content was last refreshed.
func (p *tabPage) Refresh() {
	if !p.Visible() {
		return
	}
	look := currentLook()
	if look == p.look && p.Size() == p.size {
		return
	}
	p.look, p.size = look, p.Size()
	p.BaseWidget.Refresh()
}

// Show shows the tab (Fyne has given it its size first), refreshing it if
// the theme or its size changed while it was hidden.
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
