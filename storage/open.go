package storage

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"casefile/app"
	"casefile/internal/atomicfile"
)

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// journalMagic starts a rollback journal that holds a transaction to undo.
var journalMagic = []byte{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7}

// errReplaced is openWritable's sign that the file was replaced while it
// waited for the lock.
var errReplaced = errors.New("the case file was replaced while it was being opened")

// busyTimeoutMS is how long a writable connection waits for a lock another
// reader holds for a moment; opening fails at once on a file another
// program has open (see openWritable).
const busyTimeoutMS = 250

// CheckFTS5 reports, as an *app.Error, whether this binary's SQLite lacks
// the FTS5 full-text search module that case files need.
func CheckFTS5() error {
	fts5Once.Do(func() {
		db, err := sql.Open("sqlite3", ":memory:")
		if err == nil {
			_, err = db.Exec("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
			db.Close()
		}
		if err != nil {
			fts5Err = &app.Error{
				Code:    app.EINTERNAL,
				Message: "This Casefile binary was built without SQLite full-text search; rebuild it with `make build` (go build -tags sqlite_fts5,no_emoji).",
				Err:     err,
			}
		}
	})
	return fts5Err
}

var (
	fts5Once sync.Once
	fts5Err  error
)

// header is what Open reads from a file's first 100 bytes.
type header struct {
	pageSize    int64
	pages       int64 // in-header database size, 0 when not valid
	appID       uint32
	userVersion int
	wal         bool
}

// fileURI returns the SQLite URI for the absolute path abs with the query q.
func fileURI(abs, q string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // Windows: file:///C:/...
	}
	s := u.String()
	if q != "" {
		s += "?" + q
	}
	return s
}

// inspect checks, with plain file reads, that path looks like a case file:
// not a folder, not empty, an SQLite database in rollback-journal mode with
// our application_id, and not shorter than its header says. It returns the
// header and whether a hot journal lies beside the file.
func inspect(abs, name string) (header, bool, error) {
	var h header
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return h, false, &app.Error{Code: app.ENOTFOUND, Message: fmt.Sprintf("The case file %s does not exist.", quoteName(name)), Err: err}
	case errors.Is(err, fs.ErrPermission):
		return h, false, &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile is not allowed to read %s.", quoteName(name)), Err: err}
	case err != nil:
		return h, false, app.Internal(err, "Casefile could not look at %s", quoteName(name))
	case fi.IsDir():
		return h, false, &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is a folder, not a case file.", quoteName(name))}
	case !fi.Mode().IsRegular():
		return h, false, &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is not a regular file, so it is not a case file.", quoteName(name))}
	case fi.Size() == 0:
		return h, false, &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is empty, so it is not a Casefile case file.", quoteName(name))}
	}
	f, err := os.Open(abs)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return h, false, &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile is not allowed to read %s.", quoteName(name)), Err: err}
		}
		return h, false, app.Internal(err, "Casefile could not read %s", quoteName(name))
	}
	defer f.Close()
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return h, false, app.Internal(err, "Casefile could not read %s", quoteName(name))
	}
	buf = buf[:n]
	if n < 100 || !bytes.Equal(buf[:16], sqliteMagic) {
		if bytes.HasPrefix(bytes.TrimLeft(buf, " \t\r\n\ufeff"), []byte("{")) {
			return h, false, &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is not a Casefile case file; if it is Casefile JSON, import it instead.", quoteName(name))}
		}
		return h, false, &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is not a Casefile case file.", quoteName(name))}
	}
	h.pageSize = int64(binary.BigEndian.Uint16(buf[16:18]))
	if h.pageSize == 1 {
		h.pageSize = 65536
	}
	if binary.BigEndian.Uint32(buf[24:28]) == binary.BigEndian.Uint32(buf[92:96]) {
		h.pages = int64(binary.BigEndian.Uint32(buf[28:32]))
	}
	h.userVersion = int(int32(binary.BigEndian.Uint32(buf[60:64])))
	h.appID = binary.BigEndian.Uint32(buf[68:72])
	h.wal = buf[18] == 2 || buf[19] == 2
	if h.appID != ApplicationID {
		return h, false, &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is a database of another program, not a Casefile case file.", quoteName(name))}
	}
	if h.pageSize < 512 || h.pageSize&(h.pageSize-1) != 0 {
		return h, false, damaged(name, "its header is not valid", nil)
	}
	if h.wal {
		return h, false, damaged(name, "it is in a journal mode Casefile does not write", nil)
	}
	if h.userVersion <= 0 {
		return h, false, damaged(name, "it was never completely written", nil)
	}
	hot := hotJournal(abs)
	if !hot && (fi.Size()%h.pageSize != 0 || fi.Size() < h.pages*h.pageSize) {
		return h, false, damaged(name, "it is shorter than it should be, perhaps cut off while copying", nil)
	}
	return h, hot, nil
}

// hotJournal reports whether a rollback journal with a transaction in it
// lies beside the database file abs (left by a crash or a writer at work).
func hotJournal(abs string) bool {
	f, err := os.Open(abs + "-journal")
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, len(journalMagic))
	if _, err := io.ReadFull(f, buf); err != nil {
		return false
	}
	return bytes.Equal(buf, journalMagic)
}

// Open opens the case file at path. Before anything can be written it checks
// that the file is a case file (SQLite header, application_id), that its
// schema is not newer than this build's (such a file opens only with
// opts.ReadOnly), and SQLite's quick_check; a file that fails is left
// untouched. A file that cannot be written (permissions, folder) opens
// read-only by itself. A file open in another window or program is refused
// with ECONFLICT, or with opts.ReadOnly opened as a read-only snapshot. An
// older schema is migrated, after a backup copy NAME.bak-vN beside the file.
// Every error is an *app.Error whose message is one sentence naming the file.
func Open(path string, opts Options) (*DB, error) {
	if err := CheckFTS5(); err != nil {
		return nil, err
	}
	name := baseName(path)
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, app.Internal(err, "Casefile could not find %s", quoteName(name))
	}
	h, hot, err := inspect(abs, name)
	if err != nil {
		return nil, err
	}
	ro, reason := opts.ReadOnly, "The case was opened read-only."
	if h.userVersion > SchemaVersion() {
		if !ro {
			return nil, &app.Error{Code: app.ECONFLICT, Message: fmt.Sprintf("%s was made by a newer version of Casefile (file format %d; this version reads up to %d), so it can only be opened read-only.", quoteName(name), h.userVersion, SchemaVersion()), Err: app.ErrOpensReadOnly}
		}
		reason = fmt.Sprintf("%s was made by a newer version of Casefile, so this version can only show it.", quoteName(name))
	}
	if !ro {
		if ok, why := writable(abs, name); !ok {
			ro, reason = true, why
		}
	}
	db := &DB{path: path, name: name, readOnly: ro, roReason: reason}
	if ro {
		// A file in an older format is shown through an updated copy: this
		// build's queries need the current tables, and a read-only file is
		// never changed.
		older := h.userVersion < SchemaVersion()
		if older {
			db.roReason = reason + " It is in an older Casefile format, so you see an updated copy; open it for changes to update the file itself."
		}
		err = db.openReadOnly(abs, hot || older)
	} else {
		err = db.openWritable(abs, h.userVersion)
		for try := 0; errors.Is(err, errReplaced) && try < 3; try++ {
			err = db.openWritable(abs, h.userVersion)
		}
		if errors.Is(err, errReplaced) {
			err = openElsewhere(name, err)
		}
	}
	if err != nil {
		return nil, err
	}
	return db, nil
}

// openWritable opens abs for reading and writing, takes the exclusive lock
// at once, checks the file and migrates it.
func (db *DB) openWritable(abs string, version int) error {
	before, err := os.Stat(abs)
	if err != nil {
		return app.Internal(err, "Casefile could not open %s", quoteName(db.name))
	}
	q := fmt.Sprintf("mode=rw&_journal_mode=DELETE&_synchronous=FULL&_foreign_keys=on&_txlock=immediate&_locking_mode=EXCLUSIVE&_busy_timeout=%d", busyTimeoutMS)
	sdb, err := sql.Open("sqlite3", fileURI(abs, q))
	if err != nil {
		return app.Internal(err, "Casefile could not open %s", quoteName(db.name))
	}
	sdb.SetMaxOpenConns(1)
	sdb.SetMaxIdleConns(1)
	sdb.SetConnMaxLifetime(0)
	sdb.SetConnMaxIdleTime(0)
	db.sql = sdb
	fail := func(err error) error {
		sdb.Close()
		return err
	}
	// In EXCLUSIVE locking mode the connection keeps every lock it gets:
	// an empty exclusive transaction takes the file for as long as it is
	// open, without writing anything, so that a second window or program
	// is told at once.
	if _, err := sdb.Exec("BEGIN EXCLUSIVE; COMMIT"); err != nil {
		return fail(db.openErr(err))
	}
	// An import that replaced the file while this connection waited for
	// the lock has renamed a new file over the one opened here: then the
	// lock is on a deleted file, and the open starts again.
	if after, err := os.Stat(abs); err != nil || !os.SameFile(before, after) {
		return fail(errReplaced)
	}
	if _, err := sdb.Exec("PRAGMA temp_store = MEMORY"); err != nil {
		return fail(db.openErr(err))
	}
	if err := db.verify(); err != nil {
		return fail(err)
	}
	if db.version < SchemaVersion() {
		if err := db.migrate(abs, false); err != nil {
			return fail(err)
		}
	}
	if err := db.installUndo(); err != nil {
		return fail(err)
	}
	return nil
}

// openReadOnly opens abs so that nothing can change it. When another
// connection holds the file's lock (or a crash left a journal that only a
// writer may roll back), it opens a snapshot: a copy in a temp folder.
func (db *DB) openReadOnly(abs string, hot bool) error {
	if !hot {
		err := db.openRO(fileURI(abs, "mode=ro&_locking_mode=NORMAL&_busy_timeout=0&_foreign_keys=on&_query_only=1"), "")
		if err == nil {
			return nil
		}
		if app.ErrorCode(err) != app.ECONFLICT {
			return err
		}
		db.roReason = fmt.Sprintf("%s is open in another Casefile window or program, so this is a read-only copy of it as it was when opened.", quoteName(db.name))
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		dir, release, err := atomicfile.MkdirTemp("casefile-snapshot")
		if err != nil {
			return app.Internal(err, "Casefile could not make a temporary folder for a copy of %s", quoteName(db.name))
		}
		lastErr = db.openSnapshot(abs, filepath.Join(dir, "snapshot.casefile"))
		if lastErr == nil {
			db.releaseTemp = release
			return nil
		}
		release()
		if app.ErrorCode(lastErr) != app.ENOTCASE {
			break
		}
	}
	return lastErr
}

// openSnapshot copies abs (and its journal, if a transaction is in it) to
// snap and opens the copy read-only. The copy rolls back any half-done
// transaction, so it shows the file as of its last commit.
func (db *DB) openSnapshot(abs, snap string) error {
	if hotJournal(abs) {
		if err := copyFile(abs+"-journal", snap+"-journal"); err != nil {
			return app.Internal(err, "Casefile could not copy %s", quoteName(db.name))
		}
	}
	if err := copyFile(abs, snap); err != nil {
		return app.Internal(err, "Casefile could not copy %s", quoteName(db.name))
	}
	// A writable connection rolls back a hot journal in the copy and
	// brings an older format up to date; then query_only keeps it from
	// changing anything.
	return db.openRO(fileURI(snap, "mode=rw&_journal_mode=DELETE&_locking_mode=EXCLUSIVE&_foreign_keys=on&_busy_timeout=0"), snap)
}

// openRO opens the read-only connection dsn and checks the file. copyPath,
// when set, is the path of a private copy (a snapshot) that may be brought
// up to the current format before it is made read-only.
func (db *DB) openRO(dsn, copyPath string) error {
	sdb, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return app.Internal(err, "Casefile could not open %s", quoteName(db.name))
	}
	sdb.SetMaxOpenConns(1)
	sdb.SetMaxIdleConns(1)
	sdb.SetConnMaxLifetime(0)
	sdb.SetConnMaxIdleTime(0)
	db.sql = sdb
	if err := db.verify(); err != nil {
		sdb.Close()
		db.sql = nil
		return err
	}
	if copyPath != "" && db.version < SchemaVersion() {
		if err := db.migrate(copyPath, true); err != nil {
			sdb.Close()
			db.sql = nil
			return err
		}
	}
	if _, err := sdb.Exec("PRAGMA query_only = ON"); err != nil {
		sdb.Close()
		db.sql = nil
		return db.openErr(err)
	}
	return nil
}

// openErr maps an error met while opening to a sentence about the file.
func (db *DB) openErr(err error) error {
	e := db.sqlErr(err, "open "+quoteName(db.name))
	if app.ErrorCode(e) == app.EREADONLY {
		return &app.Error{Code: app.EREADONLY, Message: fmt.Sprintf("%s cannot be opened for changes; open it read-only.", quoteName(db.name)), Err: errors.Join(app.ErrOpensReadOnly, err)}
	}
	if app.ErrorCode(e) == app.EINTERNAL {
		return app.Internal(err, "Casefile could not open %s", quoteName(db.name))
	}
	return e
}

// verify checks the open connection's application_id, schema version and
// quick_check, and records the version.
func (db *DB) verify() error {
	var appID int64
	if err := db.sql.QueryRow("PRAGMA application_id").Scan(&appID); err != nil {
		return db.openErr(err)
	}
	if uint32(appID) != ApplicationID {
		return &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s is a database of another program, not a Casefile case file.", quoteName(db.name))}
	}
	if err := db.sql.QueryRow("PRAGMA user_version").Scan(&db.version); err != nil {
		return db.openErr(err)
	}
	if db.version <= 0 {
		return damaged(db.name, "it was never completely written", nil)
	}
	// The file is not trusted (SQLite's advice for application file
	// formats): functions with side effects may not run from its triggers
	// and views, and every b-tree cell is checked as it is read. (The
	// defensive flag needs sqlite3_db_config, which go-sqlite3 does not
	// offer; what it guards against, SQL from a user, Casefile never runs.)
	if _, err := db.sql.Exec("PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON"); err != nil {
		return db.openErr(err)
	}
	problems, err := db.quickCheck()
	if err != nil {
		return db.openErr(err)
	}
	if len(problems) > 0 {
		return damaged(db.name, "SQLite's check found: "+truncate(problems[0], 80), nil)
	}
	if db.readOnly || db.version > SchemaVersion() {
		return nil // nothing of the file's can run on a read-only connection
	}
	// A trigger the file brought along would run at the next edit.
	foreign, err := db.schemaProblems()
	if err != nil {
		return db.openErr(err)
	}
	if len(foreign) == 0 {
		// A broken reference would be saved along with the next edit.
		broken, err := db.foreignKeyProblems()
		if err != nil {
			return db.openErr(err)
		}
		if len(broken) > 0 {
			verb := " refer"
			if len(broken) == 1 {
				verb = " refers"
			}
			return damaged(db.name, app.Plural(len(broken), "row")+verb+" to items that do not exist; casefile check lists them", nil)
		}
	}
	if len(foreign) > 0 {
		return &app.Error{Code: app.ENOTCASE, Message: fmt.Sprintf("%s holds database objects Casefile did not make, which could run when the case is edited, so it is not opened for changes (%s); open it read-only to look at it, and run casefile check on it for the full list.", quoteName(db.name), strings.TrimSuffix(truncate(foreign[0], 120), ".")), Err: app.ErrOpensReadOnly}
	}
	return nil
}

// quickCheck runs PRAGMA quick_check on every table and its indexes (the
// schema table, the case's tables and the search index's shadow tables) and
// returns what it found wrong. The search index's own consistency check,
// which a whole-file quick_check also runs and which costs three times as
// much as all the rest on a large case, is left to Check: the index can be
// rebuilt from the case's tables, which this checks.
func (db *DB) quickCheck() ([]string, error) {
	rows, err := db.sql.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")
	if err != nil {
		return nil, err
	}
	tables := []string{"sqlite_schema"}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return nil, err
		}
		tables = append(tables, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var problems []string
	for _, t := range tables {
		rows, err := db.sql.Query("PRAGMA quick_check(" + ident(t) + ")")
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, err
			}
			if s != "ok" {
				problems = append(problems, s)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return problems, nil
}

// copyFile copies src to a new file dst and syncs it.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// writable reports whether the file abs and its folder may be changed, and
// if not, why, in a sentence. Permission bits count even for a user (such
// as root) whom the system would let write anyway: a file marked read-only
// is treated as read-only.
func writable(abs, name string) (bool, string) {
	fi, err := os.Stat(abs)
	if err != nil {
		return false, fmt.Sprintf("%s could not be checked for changes.", quoteName(name))
	}
	if fi.Mode().Perm()&0o200 == 0 || !accessWrite(abs) {
		return false, fmt.Sprintf("%s is a read-only file, so Casefile shows it without changing it.", quoteName(name))
	}
	if !accessWrite(filepath.Dir(abs)) {
		return false, fmt.Sprintf("The folder holding %s does not allow changes, so Casefile shows the case without changing it.", quoteName(name))
	}
	return true, ""
}
