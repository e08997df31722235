// Package ui is Casefile's window: a case's timeline, people, organizations,
// disputed figures and sources, edited by pointing and clicking. It talks to
// the case only through app.Store; main hands it an app.Opener.
package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/kit"
	"casefile/internal/memtune"
	"casefile/widgets"
)

// AppID is the application id Fyne keys preferences by.
const AppID = "org.casefile.Casefile"

// Options says what Run opens and with what.
type Options struct {
	// Opener opens and creates case files (storage.Opener in main).
	Opener app.Opener
	// Path is the case to open; when empty, the most recent case that still
	// exists, else the demo case.
	Path string
	// Version is shown in Help ▸ About.
	Version string
	// DemoPath returns the path of the demo case, importing it first if
	// needed. It may be nil.
	DemoPath func() (string, error)
}

// Run creates the Fyne app, opens the case and runs until the last window
// closes.
func Run(opts Options) error {
	if opts.Opener == nil {
		return errors.New("ui.Run: no Opener")
	}
	fyneapp.SetMetadata(appMetadata(opts.Version))
	a := fyneapp.NewWithID(AppID)
	if icon := appIcon(); icon != nil {
		a.SetIcon(icon)
	}
	applyTheme(a, savedTheme(a))
	s := newShell(a, opts)
	stopSweeping := s.keepSweeping()
	// The case is read while the window is made: on a large case each
	// takes a few tenths of a second, and they need not wait for each other.
	var first *opening
	if path := s.firstPath(); path != "" {
		first = s.startOpening(path)
	}
	win := s.newWindow()
	win.Show()
	if first != nil {
		s.showOpening(win, first)
	} else {
		s.openDemo(win)
	}
	a.Run()
	stopSweeping()
	s.closeAll()
	return nil
}

// appMetadata is what the program tells Fyne about itself, set in code so
// that it does not depend on how the binary was built: Fyne reads
// FyneApp.toml only when its own command packages the program, or, in a
// development build, from the folder the binary or the shell is in.
//
// Its "fyneDo" migration says that the window is touched only from Fyne's
// UI goroutine: work elsewhere (shell.background, timers) hands its result
// back with fyne.Do. Fyne then skips checking, on every refresh of every
// object, which goroutine it runs on (internal/async.EnsureMain reads the
// goroutine's id from runtime.Stack); that check took 18 % of the CPU of a
// row selection on the Sources tab of the large case (docs/BENCHMARKS.md).
func appMetadata(version string) fyne.AppMetadata {
	return fyne.AppMetadata{
		ID:         AppID,
		Name:       "Casefile",
		Version:    version,
		Migrations: map[string]bool{"fyneDo": true},
	}
}

// shell is the running app: its options and its open case windows.
type shell struct {
	app     fyne.App
	opts    Options
	windows []*caseWindow
	// jobs counts the work running off the UI goroutine (opening, creating
	// and importing cases), so that tests can wait for it to finish.
	jobs sync.WaitGroup
	// started is set once the driver runs (fitFirstWindow).
	started bool
}

// background runs work off the UI goroutine; work hands its result back
// with fyne.Do.
func (s *shell) background(work func()) {
	s.jobs.Add(1)
	go func() {
		defer s.jobs.Done()
		work()
	}()
}

func newShell(a fyne.App, opts Options) *shell {
	return &shell{app: a, opts: opts}
}

// newWindow makes an empty window at the remembered size, or one that
// fits the screen when none was remembered.
func (s *shell) newWindow() fyne.Window {
	w := s.app.NewWindow("Casefile")
	w.Resize(savedWindowSize(s.app.Preferences()))
	w.SetContent(widget.NewLabel(""))
	s.fitFirstWindow(w)
	return w
}

// firstPath is the case the first window opens: Options.Path, else the
// most recent case, else "" (the demo).
func (s *shell) firstPath() string {
	if s.opts.Path != "" {
		return s.opts.Path
	}
	if recent := recentCases(s.app.Preferences()); len(recent) > 0 {
		return recent[0]
	}
	return ""
}

// openDemo opens the demo case (importing it if needed) into win.
func (s *shell) openDemo(win fyne.Window) {
	if s.opts.DemoPath == nil {
		s.showStart(win, "", nil)
		return
	}
	prog := kit.ShowProgress(win, "Opening the demo case", "Preparing the demo case…", nil)
	s.background(func() {
		path, err := s.opts.DemoPath()
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				s.showStart(win, "The demo case could not be prepared.", err)
				return
			}
			s.openInto(win, path)
		})
	})
}

// open opens path in a new window, or brings forward the window that
// already shows it.
func (s *shell) open(path string) {
	if cw := s.windowFor(path); cw != nil {
		cw.win.RequestFocus()
		return
	}
	win := s.newWindow()
	win.Show()
	s.openInto(win, path)
}

// windowFor returns the window showing path, if any.
func (s *shell) windowFor(path string) *caseWindow {
	for _, cw := range s.windows {
		if samePath(cw.s.Path(), path) {
			return cw
		}
	}
	return nil
}

func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// openInto opens path off the UI goroutine, with a progress dialog, and
// shows it in win. A case that is open elsewhere or from a newer Casefile
// opens read-only with a banner saying why.
// Cancel abandons the opening: the case is closed as soon as it is read.
func (s *shell) openInto(win fyne.Window, path string) { s.showOpening(win, s.startOpening(path)) }

// opening is a case being read off the UI goroutine, for a window to
// show once it is read.
type opening struct {
	path string
	done chan struct{} // closed when cs and err are set
	cs   *session.Session
	err  error
}

// startOpening starts reading the case at path off the UI goroutine.
func (s *shell) startOpening(path string) *opening {
	o := &opening{path: path, done: make(chan struct{})}
	s.background(func() {
		o.cs, o.err = openCase(s.opts.Opener, path)
		close(o.done)
	})
	return o
}

// showOpening shows the case o is reading in win once it is read, with a
// progress dialog meanwhile; see openInto.
func (s *shell) showOpening(win fyne.Window, o *opening) {
	path := o.path
	var cancelled atomic.Bool
	prog := kit.ShowProgress(win, "Opening case", "Opening "+filepath.Base(path)+"…", func() { cancelled.Store(true) })
	s.background(func() {
		<-o.done
		cs, err := o.cs, o.err
		fyne.Do(func() {
			prog.Hide()
			if cancelled.Load() {
				if cs != nil {
					_ = cs.Close()
				}
				s.showStart(win, "", nil)
				return
			}
			if err != nil {
				s.showStart(win, "Casefile could not open "+filepath.Base(path)+".", err)
				if app.OpensReadOnly(err) {
					s.offerReadOnly(win, path, err)
				}
				return
			}
			s.attach(win, cs)
		})
	})
}

// offerReadOnly asks whether to open a case that cannot be changed safely
// read-only, to read or export what it holds.
func (s *shell) offerReadOnly(win fyne.Window, path string, err error) {
	d := kit.NewConfirm("Open read-only?", app.ErrorMessage(err)+"\n\nOpen it read-only to read and export what it holds?", "Open read-only", "Cancel", func(yes bool) {
		if !yes {
			return
		}
		s.background(func() {
			cs, err := openReadOnly(s.opts.Opener, path)
			fyne.Do(func() {
				if err != nil {
					s.showStart(win, "Casefile could not open "+filepath.Base(path)+" read-only.", err)
					return
				}
				s.attach(win, cs)
			})
		})
	}, win)
	(&kit.DialogKeys{Submit: d.Confirm, Cancel: d.Hide}).Attach(win, d)
	d.Show()
}

// openReadOnly opens and loads a case read-only; it does no UI work.
func openReadOnly(o app.Opener, path string) (*session.Session, error) {
	store, err := o.Open(path, true)
	if err != nil {
		return nil, err
	}
	return startSession(store)
}

// openCase opens and loads a case; it does no UI work. A case open
// elsewhere opens read-only.
func openCase(o app.Opener, path string) (*session.Session, error) {
	store, err := o.Open(path, false)
	if app.ErrorCode(err) == app.ECONFLICT {
		store, err = o.Open(path, true)
	}
	if err != nil {
		return nil, err
	}
	return startSession(store)
}

// startSession reads the case in store into a new session, closing the
// store when that fails.
func startSession(store app.Store) (*session.Session, error) {
	cs, err := session.Open(store)
	if err != nil {
		_ = store.Close()
		return nil, err
	}
	return cs, nil
}

// attach shows an open case in win, remembers it as recent, and selects
// the first event.
func (s *shell) attach(win fyne.Window, cs *session.Session) *caseWindow {
	cw := newCaseWindow(s, win, cs)
	s.windows = append(s.windows, cw)
	addRecent(s.app.Preferences(), cs.Path())
	s.recentChanged()
	if !cw.restorePlace() {
		cw.show(app.KindEvent, "")
		if first := cw.timeline.Pane(); len(first.Shown) > 0 {
			cw.show(app.KindEvent, first.Rows[first.Shown[0]].ID)
		}
	}
	// Reading the case left garbage several times its index: give it back
	// to the system once the window has drawn the case (fyne.Do runs after
	// the frame), off the UI goroutine.
	fyne.Do(func() { s.background(memtune.Release) })
	return cw
}

// recentChanged refreshes Open recent in every window.
func (s *shell) recentChanged() {
	for _, cw := range s.windows {
		cw.fillRecentMenu()
		cw.refreshMenu()
	}
}

// themeChanged ticks the theme in every window's View menu.
func (s *shell) themeChanged(choice string) {
	for _, cw := range s.windows {
		cw.checkTheme(choice)
	}
}

// windowClosed forgets a closed case window.
func (s *shell) windowClosed(cw *caseWindow) {
	for i, w := range s.windows {
		if w == cw {
			s.windows = append(s.windows[:i], s.windows[i+1:]...)
			break
		}
	}
}

// closeCase closes cw's case: the window stays, showing the start screen
// when it is the last one, and closes otherwise.
func (s *shell) closeCase(cw *caseWindow) {
	cw.closeCase()
	s.windowClosed(cw)
	if len(s.windows) > 0 {
		cw.win.Close()
		return
	}
	s.showStart(cw.win, "", nil)
}

// quit closes every case and stops the app.
func (s *shell) quit() {
	s.closeAll()
	s.app.Quit()
}

func (s *shell) closeAll() {
	for _, cw := range s.windows {
		cw.closeCase()
	}
	s.windows = nil
}

// showStart fills win with the start screen: what went wrong (if
// anything) and ways to open a case.
func (s *shell) showStart(win fyne.Window, problem string, err error) {
	win.SetTitle("Casefile")
	win.SetCloseIntercept(nil)
	title := widget.NewLabel("Casefile")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.SizeName = theme.SizeNameHeadingText
	title.Alignment = fyne.TextAlignCenter
	box := container.NewVBox(title)
	if problem != "" || err != nil {
		msg := strings.TrimSpace(problem + " " + app.ErrorMessage(err))
		l := widget.NewLabel(msg)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.DangerImportance
		box.Add(l)
	}
	box.Add(widgets.NewButton("Open a case…", theme.FolderOpenIcon(), func() { s.openDialog(win, true) }))
	box.Add(widgets.NewButton("New case…", theme.DocumentCreateIcon(), func() { s.newCase(win, true) }))
	box.Add(widgets.NewButton("Import Casefile JSON…", theme.UploadIcon(), func() { s.importJSON(win, true) }))
	if s.opts.DemoPath != nil {
		box.Add(widgets.NewButton("Open the demo case", theme.InfoIcon(), func() { s.openDemo(win) }))
	}
	if recent := recentCases(s.app.Preferences()); len(recent) > 0 {
		h := widget.NewLabel("Recent cases")
		h.TextStyle = fyne.TextStyle{Bold: true}
		box.Add(h)
		for _, p := range recent {
			p := p
			box.Add(kit.NewLink(filepath.Base(p), func() { s.openInto(win, p) }))
		}
	}
	win.SetMainMenu(s.startMenu(win))
	win.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(420, box.MinSize().Height), box)))
}

// startMenu is the menu of a window with no case.
func (s *shell) startMenu(win fyne.Window) *fyne.MainMenu {
	quit := fyne.NewMenuItem("Quit", s.quit)
	quit.IsQuit = true
	return fyne.NewMainMenu(
		fyne.NewMenu("File",
			fyne.NewMenuItem("New case…", func() { s.newCase(win, true) }),
			fyne.NewMenuItem("Open…", func() { s.openDialog(win, true) }),
			fyne.NewMenuItem("Import Casefile JSON…", func() { s.importJSON(win, true) }),
			fyne.NewMenuItem("Import from Aleph (FollowTheMoney)…", func() { s.importJSON(win, true) }),
			fyne.NewMenuItemSeparator(),
			quit,
		),
		fyne.NewMenu("Help",
			fyne.NewMenuItem("User guide", func() { showUserGuide(s.app) }),
			fyne.NewMenuItem("About Casefile", func() { showAbout(win, s.opts.Version) }),
		),
	)
}

// openDialog asks for a case file and opens it: into win when into is set
// (the start screen), else in a new window.
func (s *shell) openDialog(win fyne.Window, into bool) {
	kit.ChooseOpenFile(s.app, win, "Open a case", []string{".casefile"}, func(path string) {
		if into {
			s.openInto(win, path)
		} else {
			s.open(path)
		}
	})
}

// newCase asks where to put a new, empty case and opens it.
func (s *shell) newCase(win fyne.Window, into bool) {
	chooseSaveFile(s, win, "New case", "New case.casefile", ".casefile", func(path string) {
		if s.windowFor(path) != nil {
			kit.ShowMessage(win, "That case is open", "The case "+filepath.Base(path)+" is open in another window; choose another name.")
			return
		}
		title := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		data := app.CaseData{Case: app.Case{Title: title}}
		s.createAndOpen(win, into, "Creating the case…", path, func() (app.CaseData, string, error) { return data, "", nil })
	})
}

// createAndOpen writes a new case file from the data build returns (off
// the UI goroutine, with progress) and opens it. A note from build (import
// warnings) is shown once the case is open.
func (s *shell) createAndOpen(win fyne.Window, into bool, message, path string, build func() (app.CaseData, string, error)) {
	prog := kit.ShowProgress(win, "Please wait", message, nil)
	s.background(func() {
		var cs *session.Session
		data, note, err := build()
		if err == nil {
			_ = removeIfEmpty(path)
			var store app.Store
			if store, err = s.opts.Opener.Create(path, data, fileExists(path)); err == nil {
				cs, err = startSession(store)
			}
		}
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				kit.ShowError(win, "The case was not created", err)
				return
			}
			target := win
			if !into {
				target = s.newWindow()
				target.Show()
			}
			s.attach(target, cs)
			if note != "" {
				kit.ShowMessage(target, "Imported, with remarks", note)
			}
		})
	})
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// removeIfEmpty removes a zero-length file (left by a save dialog).
func removeIfEmpty(path string) error {
	if st, err := os.Stat(path); err == nil && st.Size() == 0 {
		return os.Remove(path)
	}
	return nil
}
