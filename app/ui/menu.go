package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"casefile/app"
	"casefile/app/ui/search"
)

// menuLabel is "Undo delete event ‘Police raid…’", shortened for a menu.
func menuLabel(verb, change string) string {
	if change == "" {
		return verb
	}
	return verb + " " + app.Shorten(change, 60)
}

func (cw *caseWindow) refreshMenu() {
	if cw.menu != nil {
		cw.menu.Refresh()
	}
}

// buildMenu makes the File, Edit, View and Help menus.
func (cw *caseWindow) buildMenu() *fyne.MainMenu {
	ctrl := fyne.KeyModifierShortcutDefault
	item := func(label string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	editing := func(it *fyne.MenuItem) *fyne.MenuItem {
		it.Disabled = cw.readOnly
		return it
	}

	cw.recentMenu = fyne.NewMenu("Open recent")
	cw.fillRecentMenu()
	recent := fyne.NewMenuItem("Open recent", nil)
	recent.ChildMenu = cw.recentMenu
	export := fyne.NewMenuItem("Export", nil)
	export.ChildMenu = fyne.NewMenu("Export",
		fyne.NewMenuItem("Casefile JSON…", cw.onExportJSON),
		item("PDF briefing…", cw.onExportPDF, &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: ctrl}),
	)
	quit := item("Quit", cw.onQuit, &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: ctrl})
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New case…", cw.onNewCase, &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: ctrl}),
		item("Open…", cw.onOpen, &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: ctrl}),
		recent,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Case details…", cw.onCaseDetails),
		fyne.NewMenuItem("Save a copy…", cw.onSaveCopy),
		fyne.NewMenuItem("Import Casefile JSON…", cw.onImportJSON),
		fyne.NewMenuItem("Import from Aleph (FollowTheMoney)…", cw.onImportJSON),
		fyne.NewMenuItem("Import into this case…", cw.onImportIntoCase),
		fyne.NewMenuItem("Import a source…", cw.onImportSourceText),
		export,
		fyne.NewMenuItemSeparator(),
		item("Close", cw.onClose, &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: ctrl}),
		quit,
	)

	cw.undoItem = editing(item("Undo", cw.Undo, &fyne.ShortcutUndo{}))
	cw.redoItem = editing(item("Redo", cw.Redo, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: ctrl | fyne.KeyModifierShift}))
	edit := fyne.NewMenu("Edit",
		cw.undoItem, cw.redoItem,
		fyne.NewMenuItemSeparator(),
		item("Cut", func() { cw.forwardShortcut(&fyne.ShortcutCut{Clipboard: cw.app.Clipboard()}) }, &fyne.ShortcutCut{}),
		item("Copy", func() { cw.forwardShortcut(&fyne.ShortcutCopy{Clipboard: cw.app.Clipboard()}) }, &fyne.ShortcutCopy{}),
		item("Paste", func() { cw.forwardShortcut(&fyne.ShortcutPaste{Clipboard: cw.app.Clipboard()}) }, &fyne.ShortcutPaste{}),
		fyne.NewMenuItemSeparator(),
		item("Find…", func() { search.Open(cw.h) }, &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: ctrl}),
	)

	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}
	var view []*fyne.MenuItem
	for i := range cw.all {
		view = append(view, item(cw.titles[i], func() { cw.selectTab(i) }, &desktop.CustomShortcut{KeyName: keys[i], Modifier: ctrl}))
	}
	view = append(view, item(cw.titles[len(cw.all)], func() { cw.selectTab(len(cw.all)) }, &desktop.CustomShortcut{KeyName: fyne.Key6, Modifier: ctrl}))
	view = append(view, item(cw.titles[len(cw.all)+1], func() { cw.selectTab(len(cw.all) + 1) }, &desktop.CustomShortcut{KeyName: fyne.Key7, Modifier: ctrl}))
	cw.backItem = item("Back", cw.back, &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt})
	cw.backItem.Disabled = true
	cw.themeItems = map[string]*fyne.MenuItem{}
	themes := fyne.NewMenu("Theme")
	for _, c := range []struct{ key, label string }{{themeSystem, "Same as the system"}, {themeLight, "Light"}, {themeDark, "Dark"}} {
		c := c
		it := fyne.NewMenuItem(c.label, func() { cw.setTheme(c.key) })
		cw.themeItems[c.key] = it
		themes.Items = append(themes.Items, it)
	}
	themeItem := fyne.NewMenuItem("Theme", nil)
	themeItem.ChildMenu = themes
	cw.checkTheme(savedTheme(cw.app))
	// The keyboard's way to drag a divider (Alt opens the menus).
	divider := fyne.NewMenuItem("Divider", nil)
	divider.ChildMenu = fyne.NewMenu("Divider",
		fyne.NewMenuItem("Move left", func() { cw.moveDivider(true, -1) }),
		fyne.NewMenuItem("Move right", func() { cw.moveDivider(true, 1) }),
		fyne.NewMenuItem("Move up", func() { cw.moveDivider(false, -1) }),
		fyne.NewMenuItem("Move down", func() { cw.moveDivider(false, 1) }),
	)
	view = append(view, fyne.NewMenuItemSeparator(), cw.backItem, fyne.NewMenuItemSeparator(), divider, themeItem)

	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("User guide", cw.showUserGuide),
		fyne.NewMenuItem("About Casefile", cw.showAbout),
	)
	cw.menu = fyne.NewMainMenu(file, edit, fyne.NewMenu("View", view...), help)
	return cw.menu
}

// fillRecentMenu lists the recent cases that still exist.
func (cw *caseWindow) fillRecentMenu() {
	cw.recentMenu.Items = nil
	for _, p := range recentCases(cw.app.Preferences()) {
		p := p
		cw.recentMenu.Items = append(cw.recentMenu.Items, fyne.NewMenuItem(p, func() { cw.openPath(p) }))
	}
	if len(cw.recentMenu.Items) == 0 {
		none := fyne.NewMenuItem("No recent cases", nil)
		none.Disabled = true
		cw.recentMenu.Items = append(cw.recentMenu.Items, none)
	}
}

// addShortcuts adds the keys that have no menu item, for when no entry has
// the focus (entries handle them themselves).
func (cw *caseWindow) addShortcuts() {
	c := cw.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { cw.Undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { cw.Redo() })
}

// forwardShortcut hands a clipboard shortcut from the Edit menu to the
// focused field.
func (cw *caseWindow) forwardShortcut(s fyne.Shortcut) {
	f, ok := cw.win.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		return
	}
	if d, ok := f.(fyne.Disableable); ok && d.Disabled() {
		if _, copy := s.(*fyne.ShortcutCopy); !copy {
			return
		}
	}
	f.TypedShortcut(s)
}

// focusFilter puts the cursor in the current tab's filter box (Ctrl+F).
func (cw *caseWindow) focusFilter() {
	cw.win.Canvas().Focus(cw.currentTab().Pane().Filter)
}

// setTheme switches and remembers the theme.
func (cw *caseWindow) setTheme(choice string) {
	applyTheme(cw.app, choice)
	cw.shell.themeChanged(choice)
}

// checkTheme ticks the chosen theme in the View menu.
func (cw *caseWindow) checkTheme(choice string) {
	for k, it := range cw.themeItems {
		it.Checked = k == choice
	}
	cw.refreshMenu()
}
