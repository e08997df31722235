package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"casefile/app"

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
// beside dst, fsync, rename, fsync of the folder.
func (db *DB) backupTo(dst string) (err error) {
	dir := filepath.Dir(dst)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer func() {
		if err != nil {
			os.Remove(tmpName)
			os.Remove(tmpName + "-journal")
		}
	}()
	if err := db.backupInto(tmpName); err != nil {
		return err
	}
	if err := syncFile(tmpName); err != nil {
		return err
	}
	if err := os.Rename(tmpName, dst); err != nil {
		return err
	}
	return syncDir(dir)
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

// syncFile fsyncs the file at path.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir fsyncs a folder so that a rename in it is durable. Windows cannot
// sync a folder; there the rename is as durable as the system makes it.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// copyAtomically copies the file src to dst: into a temp file beside dst,
// fsynced, renamed, and the folder fsynced. On failure dst is untouched.
func copyAtomically(src, dst string) (err error) {
	dir := filepath.Dir(dst)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	tmp.Close()
	os.Remove(tmpName)
	defer func() {
		if err != nil {
			os.Remove(tmpName)
		}
	}()
	if err := copyFile(src, tmpName); err != nil {
		return err
	}
	if fi, err := os.Stat(src); err == nil {
		os.Chmod(tmpName, fi.Mode().Perm())
	}
	if err := os.Rename(tmpName, dst); err != nil {
		return err
	}
	return syncDir(dir)
}
