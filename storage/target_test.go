package storage

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"casefile/app"
	"casefile/internal/casegen"
)

// hotCase makes a case file with a hot journal beside it, as a crash in
// the middle of an edit leaves: a child process edits and is killed until
// a kill lands inside a transaction.
func hotCase(t *testing.T, dir, name string) string {
	t.Helper()
	path := newCaseFile(t, dir, name)
	for try := 0; try < 200; try++ {
		c := startChild(t, "edit", path)
		time.Sleep(time.Duration(try%20) * time.Millisecond)
		c.kill()
		if hotJournal(path) {
			return path
		}
	}
	t.Skip("no kill landed inside a transaction in 200 tries")
	return ""
}

// TestCreateRefusesALeftoverJournal checks that neither a replacing
// import nor one where a damaged case was moved away plays the old
// journal into the new file.
func TestCreateRefusesALeftoverJournal(t *testing.T) {
	dir := t.TempDir()
	path := hotCase(t, dir, "crashed.casefile")
	journal, err := os.ReadFile(path + "-journal")
	if err != nil {
		t.Fatal(err)
	}
	before := fileSHA(t, path)

	_, err = Create(path, sampleCase(), true)
	wantCode(t, err, app.ECONFLICT)
	if !strings.Contains(app.ErrorMessage(err), "unfinished change left by a crash") {
		t.Errorf("message: %s", app.ErrorMessage(err))
	}
	if fileSHA(t, path) != before {
		t.Error("the crashed case was changed")
	}

	// The damaged case moved away, its journal left behind.
	if err := os.Rename(path, filepath.Join(dir, "moved.casefile")); err != nil {
		t.Fatal(err)
	}
	_, err = Create(path, sampleCase(), false)
	wantCode(t, err, app.ECONFLICT)
	if !strings.Contains(app.ErrorMessage(err), "leftover journal") {
		t.Errorf("message: %s", app.ErrorMessage(err))
	}
	mustNotExist(t, path)

	// Save a copy to the same place refuses too.
	db := mustOpen(t)
	wantCode(t, db.SaveCopy(path), app.ECONFLICT)
	mustNotExist(t, path)
	if b, _ := os.ReadFile(path + "-journal"); string(b) != string(journal) {
		t.Error("the journal was changed")
	}

	// Once the journal is back with its file, the case opens and rolls
	// the change back, and the import may replace it.
	if err := os.Rename(filepath.Join(dir, "moved.casefile"), path); err != nil {
		t.Fatal(err)
	}
	o, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	o.Close()
	nd, err := Create(path, sampleCase(), true)
	if err != nil {
		t.Fatalf("import over the recovered case: %v", err)
	}
	defer nd.Close()
	if d := mustLoad(t, nd); len(d.Events) != len(sampleCase().Events) || strings.Contains(d.Events[0].Title, "Crash test") {
		t.Errorf("the new case holds %d events, the first %q", len(d.Events), d.Events[0].Title)
	}
}

func mustNotExist(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Lstat(path); err == nil {
		t.Errorf("%s exists", filepath.Base(path))
	}
}

// TestReplacingCreateHoldsTheLock checks that while an import replaces a
// case file no window can open it: the lock of the old file is held from
// the start of the build until the rename.
func TestReplacingCreateHoldsTheLock(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the large case")
	}
	dir := t.TempDir()
	path := newCaseFile(t, dir, "busy.casefile")
	large := casegen.Large()
	var finished atomic.Bool
	done := make(chan error, 1)
	go func() {
		db, err := Create(path, large, true)
		if err == nil {
			err = db.Close()
		} else if strings.Contains(app.ErrorMessage(err), "was created complete") {
			err = nil // the loop below opened the new file first
		}
		finished.Store(true)
		done <- err
	}()
	// The build has started (and the target is claimed) once its temporary
	// file is there.
	for !finished.Load() {
		if m, _ := filepath.Glob(filepath.Join(dir, ".busy.casefile.tmp-*")); len(m) > 0 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	tries, opened := 0, 0
	for !finished.Load() {
		db, err := Open(path, Options{})
		if finished.Load() {
			if err == nil {
				db.Close()
			}
			break
		}
		tries++
		if err == nil {
			// Only the old file counts: the new one may be opened as
			// soon as it is in place, before Create returns.
			if d, lerr := db.Load(); lerr != nil || len(d.Events) != len(large.Events) {
				opened++
			}
			db.Close()
		} else if app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("open during the import: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if tries == 0 {
		t.Skip("the import finished before a window tried to open the file")
	}
	if opened > 0 {
		t.Errorf("%d of %d opens during the import got the file", opened, tries)
	}
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if d := mustLoad(t, db); len(d.Events) != len(large.Events) {
		t.Errorf("the new case has %d events", len(d.Events))
	}
}
