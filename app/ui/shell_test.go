package ui

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/ui/tabs"
	"casefile/storage"

	_ "github.com/mattn/go-sqlite3"
)

// The shell opens, creates, imports and closes cases off the UI goroutine
// (behind a progress dialog), as Run does. These tests drive it as the
// menus do and wait for the window to show the case.

// newTestShell is a shell on Fyne's test app, with real case files.
func newTestShell(t *testing.T, o app.Opener) *shell {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	sh := newShell(a, Options{Opener: o})
	t.Cleanup(sh.closeAll)
	return sh
}

// settle waits until the shell's work off the UI goroutine is done (the
// test driver runs fyne.Do at once, so its results are in by then).
func settle(sh *shell) { sh.jobs.Wait() }

// windowsOf is how many case windows the shell has.
func windowsOf(sh *shell) int { return len(sh.windows) }

func caseFile(t *testing.T, name string, d app.CaseData) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	st, err := storage.Opener{}.Create(path, d, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// lockFree reports whether path can be opened for changes, that is,
// whether no window holds it any more.
func lockFree(path string) bool {
	st, err := storage.Opener{}.Open(path, false)
	if err != nil {
		return false
	}
	st.Close()
	return true
}

func TestShellOpensOpenRecentAndCloses(t *testing.T) {
	a := caseFile(t, "raid.casefile", sampleCase())
	other := sampleCase()
	other.Case.Title = "Second case"
	b := caseFile(t, "second.casefile", other)
	sh := newTestShell(t, storage.Opener{})

	win := sh.newWindow()
	sh.openInto(win, a)
	settle(sh)
	cw := sh.windows[0]
	if !strings.HasPrefix(win.Title(), "Raid on the camp") || cw.timeline.Pane().Selected != "e-founding" {
		t.Errorf("the window shows %q with %q selected", win.Title(), cw.timeline.Pane().Selected)
	}
	if r := recentCases(sh.app.Preferences()); len(r) == 0 || !samePath(r[0], a) {
		t.Errorf("recent cases = %v", r)
	}
	if lockFree(a) {
		t.Error("the open case is not held by its window")
	}

	// Open recent: the other case opens in a window of its own; opening
	// the first again brings its window forward instead of a second one.
	sh.open(b)
	settle(sh)
	sh.open(a)
	if n := windowsOf(sh); n != 2 || sh.windowFor(a) != cw {
		t.Errorf("opening an open case made %d windows", n)
	}
	if r := recentCases(sh.app.Preferences()); !samePath(r[0], b) || !samePath(r[1], a) {
		t.Errorf("recent cases = %v, want the second first", r)
	}

	// Close: the second window goes and its case is free again; closing
	// the last leaves the window on the start screen.
	sh.closeCase(sh.windowFor(b))
	if windowsOf(sh) != 1 || !lockFree(b) {
		t.Errorf("after Close: %d windows, second case free %v", windowsOf(sh), lockFree(b))
	}
	cw.onClose()
	if windowsOf(sh) != 0 || !lockFree(a) || win.Title() != "Casefile" {
		t.Errorf("after closing the last case: %d windows, case free %v, title %q", windowsOf(sh), lockFree(a), win.Title())
	}
}

func TestShellNewCaseAndImport(t *testing.T) {
	sh := newTestShell(t, storage.Opener{})
	win := sh.newWindow()
	dir := t.TempDir()

	fresh := filepath.Join(dir, "New inquiry.casefile")
	sh.createAndOpen(win, true, "Creating the case…", fresh, func() (app.CaseData, string, error) {
		return app.CaseData{Case: app.Case{Title: "New inquiry"}}, "", nil
	})
	settle(sh)
	if !strings.HasPrefix(win.Title(), "New inquiry") || len(sh.windows[0].idx().Data().Events) != 0 {
		t.Errorf("the new case shows %q", win.Title())
	}

	src := filepath.Join(dir, "colleague.json")
	writeJSON(t, src, sampleCase())
	imported := filepath.Join(dir, "imported.casefile")
	sh.createAndOpen(win, false, "Importing…", imported, func() (app.CaseData, string, error) { return decodeFile(src) })
	settle(sh)
	cw := sh.windowFor(imported)
	if cw == nil || len(cw.idx().Data().Events) != 3 || len(rowIDs(cw.people.Pane())) != 2 {
		t.Fatalf("the imported case is not shown: %v", cw)
	}
}

// failingLoad is a real case file whose whole-case read fails, as a
// damaged file's would after opening.
type failingLoad struct{ app.Store }

func (failingLoad) Load() (app.CaseData, error) {
	return app.CaseData{}, &app.Error{Code: app.EINVALID, Message: "The case could not be read."}
}

type failingOpener struct{ storage.Opener }

func (o failingOpener) Create(path string, d app.CaseData, overwrite bool) (app.Store, error) {
	st, err := o.Opener.Create(path, d, overwrite)
	return failingLoad{st}, err
}

func (o failingOpener) Open(path string, ro bool) (app.Store, error) {
	st, err := o.Opener.Open(path, ro)
	return failingLoad{st}, err
}

func TestShellClosesTheCaseWhenItCannotBeRead(t *testing.T) {
	sh := newTestShell(t, failingOpener{})
	win := sh.newWindow()
	path := filepath.Join(t.TempDir(), "damaged.casefile")
	sh.createAndOpen(win, true, "Creating the case…", path, func() (app.CaseData, string, error) { return sampleCase(), "", nil })
	settle(sh)
	if win.Canvas().Overlays().Top() == nil {
		t.Error("no error was shown")
	}
	if windowsOf(sh) != 0 {
		t.Error("a case that cannot be read got a window")
	}
	if _, err := os.Stat(path); err != nil || !lockFree(path) {
		t.Errorf("the case that could not be read is still held (or gone): %v", err)
	}

	sh.openInto(win, path)
	settle(sh)
	if win.Title() != "Casefile" {
		t.Errorf("the window is titled %q, not the start screen's", win.Title())
	}
	if windowsOf(sh) != 0 {
		t.Error("a case that cannot be read got a window")
	}
	var e *app.Error
	_, err := startSession(failingLoad{mustOpen(t, path)})
	if !errors.As(err, &e) || !lockFree(path) {
		t.Errorf("startSession: %v; the case is free %v", err, lockFree(path))
	}
}

func mustOpen(t *testing.T, path string) app.Store {
	t.Helper()
	st, err := storage.Opener{}.Open(path, false)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestShellOffersReadOnlyForAFileWithForeignObjects(t *testing.T) {
	path := tamperedCase(t, "tampered.casefile", `CREATE TRIGGER sneaky AFTER UPDATE ON events BEGIN SELECT 1; END`)
	sh := newTestShell(t, storage.Opener{})
	win := sh.newWindow()
	sh.openInto(win, path)
	settle(sh)
	if windowsOf(sh) != 0 {
		t.Fatal("a case with a trigger of its own opened for changes")
	}
	b := findButton(win.Canvas().Overlays().Top(), "Open read-only")
	if b == nil {
		t.Fatal("opening read-only is not offered")
	}
	test.Tap(b)
	settle(sh)
	if windowsOf(sh) != 1 || !sh.windows[0].readOnly {
		t.Fatalf("after Open read-only: %d windows", windowsOf(sh))
	}
}

// tamperedCase writes the sample case to name and runs stmt on it with
// SQLite itself, as another program could.
func tamperedCase(t *testing.T, name, stmt string) string {
	t.Helper()
	path := caseFile(t, name, sampleCase())
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestShellOpensANewerCaseReadOnly: a case made by a newer version of
// Casefile opens read-only at once, saying why, without asking first.
func TestShellOpensANewerCaseReadOnly(t *testing.T) {
	path := tamperedCase(t, "newer.casefile", `PRAGMA user_version = 99`)
	sh := newTestShell(t, storage.Opener{})
	win := sh.newWindow()
	sh.openInto(win, path)
	settle(sh)
	if windowsOf(sh) != 1 || !sh.windows[0].readOnly {
		t.Fatalf("%d windows; want the case open read-only", windowsOf(sh))
	}
	if why := sh.windows[0].readOnlyWhy; !strings.Contains(why, "newer version") {
		t.Errorf("read-only because %q", why)
	}
}

// TestReopensWhereLeft: a case opens again on the tab and the item it was
// closed on, each case on its own; an item deleted since falls back to its
// tab; a case never opened starts on the Timeline.
func TestReopensWhereLeft(t *testing.T) {
	a := caseFile(t, "raid.casefile", sampleCase())
	b := caseFile(t, "second.casefile", sampleCase())
	sh := newTestShell(t, storage.Opener{})
	reopen := func(path string) *caseWindow {
		t.Helper()
		win := sh.newWindow()
		sh.openInto(win, path)
		settle(sh)
		cw := sh.windowFor(path)
		if cw == nil {
			t.Fatalf("%s did not open", path)
		}
		return cw
	}
	place := func(cw *caseWindow) navEntry { return cw.here() }

	cw := reopen(a)
	cw.show(app.KindOrganization, "o-ministry")
	sh.closeCase(cw)
	other := reopen(b)
	other.show(app.KindSource, "s-times")
	sh.closeCase(other)

	if got := place(reopen(a)); got != (navEntry{kind: app.KindOrganization, id: "o-ministry"}) {
		t.Errorf("the first case reopened on %+v, want the Ministry on Organizations", got)
	}
	cw = sh.windowFor(a)
	if got := place(reopen(b)); got != (navEntry{kind: app.KindSource, id: "s-times"}) {
		t.Errorf("the second case reopened on %+v, want The Times on Sources", got)
	}

	// Left on a person who is deleted before the case is opened again.
	cw.show(app.KindPerson, "p-maria")
	sh.closeCase(cw)
	st, err := storage.Opener{}.Open(a, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.DeletePerson("p-maria"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	cw = reopen(a)
	if got := place(cw); got.kind != app.KindPerson || got.id == "p-maria" || got.id == "" {
		t.Errorf("after the item was deleted the case reopened on %+v, want the People tab on another person", got)
	}

	// The Network and the Questions tab are places too.
	cw.show(tabs.KindNetwork, "")
	sh.closeCase(cw)
	if got := place(reopen(a)); got.kind != tabs.KindNetwork {
		t.Errorf("reopened on %+v, want the Network", got)
	}

	fresh := caseFile(t, "fresh.casefile", sampleCase())
	if got := place(reopen(fresh)); got != (navEntry{kind: app.KindEvent, id: "e-founding"}) {
		t.Errorf("a case never opened starts on %+v, want the Timeline's first event", got)
	}
}

// TestShellReadsTheFirstCaseBeforeItsWindow: Run starts reading the first
// case (the most recent one here) before the window is made; a case read
// before the window shows is shown in it as if it had been opened there.
func TestShellReadsTheFirstCaseBeforeItsWindow(t *testing.T) {
	path := caseFile(t, "raid.casefile", sampleCase())
	sh := newTestShell(t, storage.Opener{})
	if p := sh.firstPath(); p != "" {
		t.Fatalf("with no case given and none recent, the first case is %q, not the demo", p)
	}
	addRecent(sh.app.Preferences(), path)
	if p := sh.firstPath(); !samePath(p, path) {
		t.Fatalf("the first case is %q, not the most recent %q", p, path)
	}
	o := sh.startOpening(sh.firstPath())
	settle(sh) // read before there is a window
	win := sh.newWindow()
	sh.showOpening(win, o)
	settle(sh)
	if windowsOf(sh) != 1 || !strings.HasPrefix(win.Title(), "Raid on the camp") {
		t.Fatalf("after the reading: %d windows, title %q", windowsOf(sh), win.Title())
	}
	if lockFree(path) {
		t.Error("the open case is not held by its window")
	}
}

// TestAppMetadataDeclaresFyneDo: the program tells Fyne its own id (which
// keys the preferences) and that it calls the window only from Fyne's UI
// goroutine, which spares a goroutine check on every object's refresh.
func TestAppMetadataDeclaresFyneDo(t *testing.T) {
	m := appMetadata("1.2.3")
	if m.ID != AppID || m.Name != "Casefile" || m.Version != "1.2.3" {
		t.Errorf("metadata %+v", m)
	}
	if !m.Migrations["fyneDo"] {
		t.Error("the metadata does not declare the fyneDo migration")
	}
}
