package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"casefile/app"
	"casefile/internal/atomicfile"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// SaveCopy writes a complete copy of the case to path with SQLite's online
// backup API: into a temp file in path's folder, fsynced, then renamed over
// path, and the folder fsynced. On failure the temp file is removed and path
// is left as it was. This store stays open on its own file.
func (db *DB) SaveCopy(path string) error {
	unlock, err := db.lock()
	if err != nil {
		return err
	}
	defer unlock()
	name := baseName(path)
	abs, err := filepath.Abs(path)
	if err != nil {
		return app.Internal(err, "Casefile could not find %s", quoteName(name))
	}
	own, _ := filepath.Abs(db.path)
	if abs == own {
		return &app.Error{Code: app.EINVALID, Field: "path", Message: fmt.Sprintf("A copy cannot replace the case file itself; choose another name than %s.", quoteName(name))}
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return &app.Error{Code: app.EINVALID, Field: "path", Message: fmt.Sprintf("%s is a folder; choose a file name for the copy.", quoteName(name))}
	}
	if fi, err := os.Stat(filepath.Dir(abs)); err != nil || !fi.IsDir() {
		return &app.Error{Code: app.ENOTFOUND, Field: "path", Message: fmt.Sprintf("The folder for %s does not exist.", quoteName(name)), Err: err}
	}
	if err := db.backupTo(abs); err != nil {
		var ae *app.Error
		if errors.As(err, &ae) {
			return err
		}
		return app.Internal(err, "Casefile could not save a copy as %s", quoteName(name))
	}
	return nil
}

// backupTo copies the open database to dst: online backup into a temp file
// beside dst, fsync, rename, fsync of the folder (see atomicfile). dst is
// claimed first (see claimTarget): never a special file, no leftover
// journal beside it, and an existing case there locked until the rename.
func (db *DB) backupTo(dst string) error {
	name := baseName(dst)
	t, err := claimTarget(dst, name, true)
	if err != nil {
		return err
	}
	defer t.release()
	w, err := atomicfile.Create(dst)
	if err != nil {
		return targetError(err, name, "the copy")
	}
	if err := db.backupInto(w.TempName()); err != nil {
		w.Abort()
		return err
	}
	if err := t.recheck(); err != nil {
		w.Abort()
		return err
	}
	t.beforeRename()
	if err := w.Commit(); err != nil {
		return targetError(err, name, "the copy")
	}
	return nil
}

// backupInto runs the online backup from the open connection into the
// (empty) database file at path.
func (db *DB) backupInto(path string) error {
	dest, err := sql.Open("sqlite3", fileURI(path, "mode=rw&_journal_mode=DELETE&_synchronous=FULL"))
	if err != nil {
		return err
	}
	defer dest.Close()
	dest.SetMaxOpenConns(1)
	ctx := context.Background()
	dconn, err := dest.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := db.sql.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	return dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			dc, ok1 := d.(*sqlite3.SQLiteConn)
			sc, ok2 := s.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("not an SQLite connection")
			}
			b, err := dc.Backup("main", sc, "main")
			if err != nil {
				return err
			}
			done, err := b.Step(-1)
			if err != nil {
				b.Finish()
				return err
			}
			if !done {
				b.Finish()
				return errors.New("backup did not finish")
			}
			return b.Finish()
		})
	})
}

// copyAtomically copies the file src to dst through atomicfile. The copy
// (a backup before a migration) keeps src's permission bits rather than
// the umask's: it holds the same case and should be no more readable.
func copyAtomically(src, dst string) error {
	w, err := atomicfile.Create(dst)
	if err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		w.Abort()
		return err
	}
	defer in.Close()
	if _, err := io.Copy(w, in); err != nil {
		w.Abort()
		return err
	}
	if fi, err := in.Stat(); err == nil {
		if err := os.Chmod(w.TempName(), fi.Mode().Perm()); err != nil {
			w.Abort()
			return err
		}
	}
	return w.Commit()
}
