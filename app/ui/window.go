package ui

import (
	"image/color"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/app/ui/questions"
	"casefile/app/ui/tabs"
	"casefile/widgets"
)

// navEntry is a place in the navigation history: a tab and its selection.
type navEntry struct {
	kind app.Kind
	id   string
}

// caseWindow is one open case in one window: the five tabs, the menus, the
// status bar, the read-only banner and the navigation history.
type caseWindow struct {
	app   fyne.App
	win   fyne.Window
	shell *shell
	s     *session.Session
	h     *host.Host // what the views are built from

	readOnly    bool
	readOnlyWhy string

	tabs      *container.AppTabs
	titles    []string // the tabs' full titles (the bar shortens them on a narrow window)
	timeline  *tabs.Timeline
	people    *tabs.Actors[app.Person]
	orgs      *tabs.Actors[app.Organization]
	figures   *tabs.Figures
	sources   *tabs.Sources
	all       []tabs.Tab
	network   *tabs.Network  // not in all: it lists nothing
	questions *questions.Tab // the disputed questions: a view of its own, not in all
	merger    *itemedit.Merger

	status  *widget.Label
	counts  *widget.Label
	banner  fyne.CanvasObject
	backBtn *widgets.Button
	undoBtn *widgets.Button
	redoBtn *widgets.Button

	history []navEntry
	saver   kit.Autosaver

	menu       *fyne.MainMenu
	undoItem   *fyne.MenuItem
	redoItem   *fyne.MenuItem
	backItem   *fyne.MenuItem
	recentMenu *fyne.Menu
	themeItems map[string]*fyne.MenuItem

	closed      bool
	unsubscribe func()
	navigating  bool   // show is switching tabs itself
	lastActor   string // the person or organization last shown, for the Network tab
}

// newCaseWindow shows the open case s in win, for the shell sh. The
// window owns the session from then on: closing the case closes it.
func newCaseWindow(sh *shell, win fyne.Window, s *session.Session) *caseWindow {
	cw := &caseWindow{app: sh.app, win: win, shell: sh, s: s}
	cw.saver.Delay = kit.DefaultSaveDelay
	cw.readOnly, cw.readOnlyWhy = s.ReadOnly()
	cw.h = &host.Host{Session: s, Window: win, Saver: &cw.saver, Nav: navigator{cw}, Status: windowStatus{cw},
		History: cw, ReadOnly: cw.readOnly, ReadOnlyWhy: cw.readOnlyWhy}
	cw.merger = itemedit.NewMerger(cw.h, cw.show)
	cw.unsubscribe = s.Subscribe(cw.onChange)
	cw.buildUI()
	cw.win.SetMainMenu(cw.buildMenu())
	cw.addShortcuts()
	cw.updateTitle()
	cw.updateUndo()
	cw.updateCounts()
	cw.win.SetCloseIntercept(cw.onWindowClose)
	return cw
}

// idx is the case in memory. It is replaced when the case is read again,
// so it is taken afresh each time.
func (cw *caseWindow) idx() *session.Index { return cw.s.Index() }

// buildUI makes the window's content: toolbar and banner on top, the tabs,
// and the status bar below.
func (cw *caseWindow) buildUI() {
	deps := cw.tabDeps()
	cw.timeline = tabs.NewTimeline(deps)
	cw.people = tabs.NewPeople(deps)
	cw.orgs = tabs.NewOrganizations(deps)
	cw.figures = tabs.NewFigures(deps)
	cw.sources = tabs.NewSources(deps)
	cw.all = []tabs.Tab{cw.timeline, cw.people, cw.orgs, cw.figures, cw.sources}

	items := make([]*container.TabItem, len(cw.all))
	for i, t := range cw.all {
		items[i] = t.Item()
	}
	cw.network = tabs.NewNetwork(*deps)
	items = append(items, cw.network.Item())
	cw.questions = questions.New(cw.s, cw.win, navigator{cw})
	items = append(items, cw.questions.Item())
	cw.tabs = container.NewAppTabs(items...)
	cw.tabs.OnUnselected = func(*container.TabItem) { cw.saver.Flush() }
	cw.tabs.OnSelected = cw.onTabSelected

	cw.status = widget.NewLabel("All changes saved")
	if cw.readOnly {
		cw.status.SetText("Read-only: changes cannot be made")
	}
	cw.status.Truncation = fyne.TextTruncateEllipsis
	cw.counts = widget.NewLabel("")
	cw.counts.Importance = widget.LowImportance
	statusBar := container.NewBorder(widget.NewSeparator(), nil, nil, cw.counts, cw.status)

	top := container.NewVBox(cw.buildToolbar())
	if cw.readOnly {
		cw.banner = readOnlyBanner(cw.readOnlyWhy)
		top.Add(cw.banner)
	}
	for _, it := range items {
		cw.titles = append(cw.titles, it.Text)
	}
	cw.win.SetContent(kit.NewBorder(top, statusBar, nil, nil, fitTabs(cw.tabs)))
	everything := session.Change{Reloaded: true}
	for _, t := range cw.all {
		t.Changed(everything)
	}
}

// tabDeps is what the window gives its tabs: the host, and the few
// things only the window does as function values.
func (cw *caseWindow) tabDeps() *tabs.Deps {
	return &tabs.Deps{
		Host: cw.h,
		Show: cw.show,
		Selected: func() *container.TabItem {
			if cw.closed || cw.tabs == nil {
				return nil
			}
			return cw.tabs.Selected()
		},
		LastActor:     func() string { return cw.lastActor },
		Merger:        cw.merger,
		Evidence:      cw.itemEvidence,
		QuoteEvidence: cw.quoteEvidence,
		DeleteNote: func(k app.Kind, id string) string {
			return questions.DeleteNote(cw.idx(), k, id)
		},
		ImportText: cw.onImportSourceText,
		OpenURL:    cw.app.OpenURL,
	}
}

// onChange brings every view up to date after a change to the case,
// whichever view or path made it: the tabs, the reading view (on the
// Sources tab), the network, the search box, the title, the counts and
// Undo. It runs inside the session's notification and changes nothing.
func (cw *caseWindow) onChange(c session.Change) {
	if c.Reloaded {
		cw.saver.Cancel()
	}
	for _, t := range cw.all {
		t.Changed(c)
	}
	cw.network.Changed(c)
	if c.Touches(session.KindCase) {
		cw.updateTitle()
	}
	cw.saved()
}

// buildToolbar makes the row of buttons above the tabs: Back, Undo, Redo.
func (cw *caseWindow) buildToolbar() fyne.CanvasObject {
	cw.backBtn = widgets.NewButton("Back", theme.NavigateBackIcon(), cw.back)
	cw.backBtn.Importance = widget.LowImportance
	cw.backBtn.Disable()
	cw.undoBtn = widgets.NewButton("Undo", theme.ContentUndoIcon(), cw.Undo)
	cw.undoBtn.Importance = widget.LowImportance
	cw.redoBtn = widgets.NewButton("Redo", theme.ContentRedoIcon(), cw.Redo)
	cw.redoBtn.Importance = widget.LowImportance
	return container.NewHBox(cw.backBtn, widget.NewSeparator(), cw.undoBtn, cw.redoBtn)
}

// readOnlyBanner is the strip that says the case cannot be changed, and why.
func readOnlyBanner(why string) fyne.CanvasObject {
	if why == "" {
		why = "This case is open read-only."
	}
	bg := canvas.NewRectangle(color.NRGBA{R: 0xff, G: 0xc1, B: 0x07, A: 0x55})
	icon := widget.NewIcon(theme.WarningIcon())
	l := widget.NewLabel("Read-only: " + why + " Nothing in this window can change the case.")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(bg, container.NewBorder(nil, nil, icon, nil, l))
}

// saved says in the status bar that everything is on disk.
func (cw *caseWindow) saved() {
	cw.status.SetText("All changes saved at " + time.Now().Format("15:04"))
	cw.updateUndo()
	cw.updateCounts()
}

// failed shows a save error: beside its field when the form has it, else
// in a dialog.
func (cw *caseWindow) failed(f *kit.DetailForm, err error) {
	if f != nil && f.ShowError(err) {
		cw.status.SetText("Not saved: " + app.ErrorMessage(err))
		return
	}
	cw.status.SetText("Not saved")
	cw.showError("The change was not saved", err)
}

// tabFor returns the tab that lists kind k (claims show on their figure,
// annotations on their source).
func (cw *caseWindow) tabFor(k app.Kind) tabs.Tab {
	switch k {
	case app.KindEvent:
		return cw.timeline
	case app.KindPerson:
		return cw.people
	case app.KindOrganization:
		return cw.orgs
	case app.KindFigure, app.KindClaim:
		return cw.figures
	case app.KindSource, app.KindAnnotation:
		return cw.sources
	}
	return nil
}

// onTabSelected shows the first item of a tab that has nothing selected,
// so that a tab never opens on an empty form.
func (cw *caseWindow) onTabSelected(ti *container.TabItem) {
	cw.leaveHiddenFocus()
	if ti == cw.network.Item() {
		cw.network.Shown()
	}
	if cw.navigating {
		return
	}
	for _, t := range cw.all {
		if t.Item() != ti {
			continue
		}
		p := t.Pane()
		if p.Selected == "" && len(p.Shown) > 0 {
			id := p.Rows[p.Shown[0]].ID
			p.Show(id)
			t.ShowItem(id)
		}
	}
}

// leaveHiddenFocus takes the keyboard focus from the tab that was left:
// Fyne keeps it on a field that is no longer shown, so keys typed after
// Ctrl+2 went into the Timeline's hidden form and Tab went on from there.
// The next Tab starts at the top of the tab on screen. A dialog's focus
// is left alone.
func (cw *caseWindow) leaveHiddenFocus() {
	c := cw.win.Canvas()
	if c.Focused() != nil && c.Overlays().Top() == nil {
		c.Unfocus()
	}
}

// currentTab is the tab on screen.
func (cw *caseWindow) currentTab() tabs.Tab {
	i := cw.tabs.SelectedIndex()
	if i < 0 || i >= len(cw.all) {
		return cw.timeline
	}
	return cw.all[i]
}

// selectTab brings tab i to the front: the five lists, then Network
// and Questions.
func (cw *caseWindow) selectTab(i int) {
	if i < 0 || i > len(cw.all)+1 {
		return
	}
	cw.saver.Flush()
	cw.tabs.SelectIndex(i)
}

// here is the current place, for the history.
func (cw *caseWindow) here() navEntry {
	switch cw.tabs.Selected() {
	case cw.network.Item():
		return navEntry{kind: tabs.KindNetwork}
	case cw.questions.Item():
		return navEntry{kind: app.KindQuestion}
	}
	t := cw.currentTab()
	return navEntry{kind: t.Kind(), id: t.Pane().Selected}
}

// goTo jumps to an item (a clicked link): it switches tab, selects the
// item, and records where we were so that Back returns.
func (cw *caseWindow) goTo(k app.Kind, id string) {
	k, id = cw.resolve(k, id)
	if cw.tabFor(k) == nil && k != app.KindQuestion {
		return
	}
	from := cw.here()
	if from.kind == k && from.id == id {
		return
	}
	cw.history = append(cw.history, from)
	if len(cw.history) > 100 {
		cw.history = cw.history[1:]
	}
	cw.show(k, id)
	cw.updateBack()
}

// resolve maps items without a tab of their own to the item that shows
// them: a claim to its figure, a relation to its first party.
func (cw *caseWindow) resolve(k app.Kind, id string) (app.Kind, string) {
	switch k {
	case app.KindClaim:
		return app.KindFigure, cw.idx().ClaimFigure(id)
	case app.KindRelation:
		if r := cw.idx().Relation(id); r != nil {
			return cw.idx().ActorKind(r.From), r.From
		}
		return app.KindPerson, ""
	case app.KindAnnotation, app.KindCitation:
		return app.KindSource, ""
	}
	return k, id
}

// show switches to the tab of kind k and selects id, without history.
func (cw *caseWindow) show(k app.Kind, id string) {
	switch k {
	case tabs.KindNetwork:
		cw.tabs.Select(cw.network.Item())
		return
	case app.KindQuestion:
		cw.saver.Flush()
		cw.tabs.Select(cw.questions.Item())
		cw.questions.Select(id)
		return
	}
	t := cw.tabFor(k)
	if t == nil {
		return
	}
	cw.saver.Flush()
	cw.navigating = true
	cw.tabs.Select(t.Item())
	cw.navigating = false
	t.Pane().Show(id)
	t.ShowItem(id)
	if (k == app.KindPerson || k == app.KindOrganization) && id != "" {
		cw.lastActor = id
	}
}

// back returns to where the last link was followed from.
func (cw *caseWindow) back() {
	for len(cw.history) > 0 {
		e := cw.history[len(cw.history)-1]
		cw.history = cw.history[:len(cw.history)-1]
		if e.id == "" || cw.idx().ItemName(e.kind, e.id) != "" {
			cw.show(e.kind, e.id)
			break
		}
	}
	cw.updateBack()
}

func (cw *caseWindow) updateBack() {
	if len(cw.history) > 0 {
		cw.backBtn.Enable()
	} else {
		cw.backBtn.Disable()
	}
	if cw.backItem != nil {
		cw.backItem.Disabled = len(cw.history) == 0
		cw.refreshMenu()
	}
}

// Undo reverts the last change to the case (after saving any pending edit)
// and shows the item it touched.
func (cw *caseWindow) Undo() { cw.undoRedo(cw.s.Undo, "Undid") }

// Redo repeats the last undone change.
func (cw *caseWindow) Redo() { cw.undoRedo(cw.s.Redo, "Redid") }

// undoRedo runs Undo or Redo through the session, which reads the case
// again and tells every view; then it shows what was restored.
func (cw *caseWindow) undoRedo(do func() (app.Change, error), verb string) {
	if cw.readOnly {
		return
	}
	cw.saver.Flush()
	ch, err := do()
	if err != nil {
		cw.showError("Nothing was changed", err)
		return
	}
	k, id := cw.resolve(ch.Kind, ch.Item)
	if (ch.Kind == app.KindCitation || ch.Kind == app.KindAnnotation) && ch.Source != "" {
		k, id = app.KindSource, ch.Source // the text it quotes, also when it is gone
	}
	if k != "" && !cw.network.Owns(ch) {
		cw.show(k, id)
	}
	cw.status.SetText(verb + " " + ch.Label + " · all changes saved at " + time.Now().Format("15:04"))
}

// updateTitle sets the window title to "‹case title› — Casefile".
func (cw *caseWindow) updateTitle() {
	title := cw.idx().Case().Title
	if title == "" {
		title = filepath.Base(cw.s.Path())
	}
	cw.win.SetTitle(title + " — Casefile")
}

// updateUndo names the next Undo and Redo in the Edit menu and toolbar.
func (cw *caseWindow) updateUndo() {
	u, r := cw.s.UndoLabel(), cw.s.RedoLabel()
	setAction := func(b *widgets.Button, label string) {
		if label == "" || cw.readOnly {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	setAction(cw.undoBtn, u)
	setAction(cw.redoBtn, r)
	if cw.undoItem != nil {
		cw.undoItem.Label = menuLabel("Undo", u)
		cw.undoItem.Disabled = u == "" || cw.readOnly
		cw.redoItem.Label = menuLabel("Redo", r)
		cw.redoItem.Disabled = r == "" || cw.readOnly
		cw.refreshMenu()
	}
}

// updateCounts shows how many items the case holds.
func (cw *caseWindow) updateCounts() {
	d := cw.idx().Data()
	cw.counts.SetText(app.Plural(len(d.Events), "event") + " · " + app.Plural(len(d.People), "person") + " · " +
		app.Plural(len(d.Organizations), "organization") + " · " + app.Plural(len(d.Figures), "disputed figure") + " · " +
		app.Plural(len(d.Sources), "source"))
}

// onWindowClose saves what is pending, remembers the window size and
// closes the case.
func (cw *caseWindow) onWindowClose() {
	cw.closeCase()
	cw.win.Close()
	cw.shell.windowClosed(cw)
}

// closeCase saves any pending edit and closes the store (once).
func (cw *caseWindow) closeCase() {
	if cw.closed {
		return
	}
	cw.saver.Flush()
	saveWindowSize(cw.app.Preferences(), cw.win.Canvas().Size())
	cw.rememberPlace()
	cw.closed = true
	cw.unsubscribe()
	cw.questions.Close()
	if err := cw.s.Close(); err != nil {
		fyne.LogError("closing case", err)
	}
}

// rememberPlace keeps the tab and the item on screen, for the next time
// this case is opened.
func (cw *caseWindow) rememberPlace() {
	e := cw.here()
	if e.kind == app.KindQuestion {
		e.id = cw.questions.Current()
	}
	savePlace(cw.app.Preferences(), cw.s.Path(), e.kind, e.id)
}

// restorePlace shows the tab and the item the case was left on; for an
// item that is gone, its tab with its first row. It reports
// whether a place was kept for the case.
func (cw *caseWindow) restorePlace() bool {
	k, id, ok := savedPlace(cw.app.Preferences(), cw.s.Path())
	if !ok {
		return false
	}
	switch k {
	case tabs.KindNetwork:
		cw.show(tabs.KindNetwork, "")
		return true
	case app.KindQuestion:
		if cw.idx().Question(id) == nil {
			id = cw.questions.Current()
		}
		cw.show(app.KindQuestion, id)
		return true
	}
	t := cw.tabFor(k)
	if t == nil {
		return false
	}
	if p := t.Pane(); id == "" || cw.idx().ItemName(k, id) == "" {
		id = ""
		if len(p.Shown) > 0 {
			id = p.Rows[p.Shown[0]].ID
		}
	}
	cw.show(k, id)
	return true
}

// onClose closes this case (Ctrl+W); the last window stays open on the
// start screen.
func (cw *caseWindow) onClose() {
	cw.shell.closeCase(cw)
}

// onQuit closes every case and quits (Ctrl+Q).
func (cw *caseWindow) onQuit() {
	cw.shell.quit()
}
