package storage

import (
	"bytes"
	"database/sql"
	"fmt"
	"io"
	"os"
	"runtime"

	"casefile/app"
	"casefile/internal/atomicfile"
	"casefile/internal/writeerr"
)

// target is the file a new case file or a copy is about to replace, held
// from the start of the write until the rename.
type target struct {
	abs, name string
	lock      *sql.DB // the existing case's exclusive lock, while held
}

// claimTarget checks that abs may be written and claims it. The target must
// be missing or a regular file (never a folder, a link or a device), it
// must exist only when overwrite is set, and no leftover journal may lie
// beside it: SQLite would play that journal into the new file at its next
// open. An existing case file is locked as a window locks it, so that no
// window or program can open it until the new file has replaced it; one
// that is open elsewhere is refused.
func claimTarget(abs, name string, overwrite bool) (*target, error) {
	fi, err := atomicfile.Check(abs)
	if err != nil {
		return nil, targetError(err, name, "the case")
	}
	if fi != nil && !overwrite {
		return nil, &app.Error{Code: app.ECONFLICT, Field: "path", Message: fmt.Sprintf("%s already exists; choose another name or allow replacing it.", quoteName(name))}
	}
	t := &target{abs: abs, name: name}
	if err := t.checkJournal(); err != nil {
		return nil, err
	}
	if fi != nil && isSQLite(abs) {
		if err := t.takeLock(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// checkJournal refuses a journal with content beside the target.
func (t *target) checkJournal() error {
	fi, err := os.Lstat(t.abs + "-journal")
	if err != nil || fi.Size() == 0 {
		return nil
	}
	if _, err := os.Lstat(t.abs); err == nil {
		return &app.Error{Code: app.ECONFLICT, Field: "path", Message: fmt.Sprintf("%s has an unfinished change left by a crash (the file %s beside it); open it in Casefile once so that the change is undone, then try again.", quoteName(t.name), quoteName(t.name+"-journal"))}
	}
	return &app.Error{Code: app.ECONFLICT, Field: "path", Message: fmt.Sprintf("A leftover journal %s lies where %s would be written; it belongs to a case file that was moved or deleted. Move it along with that file (or delete it if that file is gone), then try again.", quoteName(t.name+"-journal"), quoteName(t.name))}
}

// takeLock takes the existing case file's exclusive lock, as a window
// does, and keeps it until release.
func (t *target) takeLock() error {
	sdb, err := sql.Open("sqlite3", fileURI(t.abs, "mode=rw&_locking_mode=EXCLUSIVE&_busy_timeout=0"))
	if err != nil {
		return app.Internal(err, "Casefile could not open %s", quoteName(t.name))
	}
	sdb.SetMaxOpenConns(1)
	sdb.SetMaxIdleConns(1)
	sdb.SetConnMaxLifetime(0)
	sdb.SetConnMaxIdleTime(0)
	if _, err := sdb.Exec("BEGIN EXCLUSIVE; COMMIT"); err != nil {
		sdb.Close()
		if app.ErrorCode((&DB{name: t.name}).sqlErr(err, "")) == app.ECONFLICT {
			return openElsewhere(t.name, err)
		}
		// Not a database SQLite can lock (damaged, or not a case): no
		// window can have it open either.
		return nil
	}
	t.lock = sdb
	return nil
}

// recheck runs the checks again just before the rename.
func (t *target) recheck() error {
	if _, err := atomicfile.Check(t.abs); err != nil {
		return targetError(err, t.name, "the case")
	}
	return t.checkJournal()
}

// beforeRename lets go of the lock where the system cannot rename over a
// file that is open (Windows, where for the same reason no other program
// can hold the file at the rename); elsewhere the lock stays until the old
// file is gone.
func (t *target) beforeRename() {
	if runtime.GOOS == "windows" {
		t.release()
	}
}

// release lets go of the lock; it may be called more than once.
func (t *target) release() {
	if t.lock != nil {
		t.lock.Close()
		t.lock = nil
	}
}

// isSQLite reports whether the file abs starts with SQLite's header.
func isSQLite(abs string) bool {
	f, err := os.Open(abs)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, buf); err != nil {
		return false
	}
	return bytes.Equal(buf, sqliteMagic)
}

// targetError turns a failure to write the file name into one sentence
// (internal/writeerr); what is "the case" or "the copy".
func targetError(err error, name, what string) error {
	return writeerr.Explain(err, name, "choose a file name for "+what)
}
