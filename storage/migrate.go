package storage

import (
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"casefile/app"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one embedded schema change: migrations/NNNN_name.sql brings
// a file from version NNNN-1 to NNNN.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded migrations in order; migrations[i] makes
// version i+1. Tests may append to it.
var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		panic("storage: reading embedded migrations: " + err.Error())
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != len(ms)+1 {
			panic(fmt.Sprintf("storage: migration %s is out of sequence (want %04d_*.sql)", e.Name(), len(ms)+1))
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic("storage: reading embedded migration: " + err.Error())
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	return ms
}

// SchemaVersion returns the newest schema version this build knows: the
// PRAGMA user_version of the files it writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the open file from db.version to SchemaVersion, one
// transaction per migration, after copying the file byte for byte to
// NAME.bak-vN beside it. Foreign keys are off while migrating (a migration may rebuild a table)
// and checked before each commit.
//
// A private copy (a read-only snapshot in a temporary folder) is migrated
// without a backup: the user's file is not touched, and a backup in a
// folder that is removed on Close would be no use to name.
func (db *DB) migrate(abs string, private bool) error {
	from := db.version
	bak := fmt.Sprintf("%s.bak-v%d", abs, from)
	if !private {
		// The connection holds the exclusive lock, so the file is complete
		// and quiet: a plain copy is an exact backup.
		if err := copyAtomically(abs, bak); err != nil {
			return &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile could not make a backup copy of %s before updating its format, so it left the file as it was.", quoteName(db.name)), Err: err}
		}
	}
	fail := func(m migration, err error) error {
		if private {
			return &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile could not bring a copy of %s up to the current file format (step %s), so it cannot show it; the file itself is unchanged.", quoteName(db.name), m.name), Err: err}
		}
		return &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile could not update %s to the current file format (step %s); the file is unchanged since the last step, and a copy from before is at %s.", quoteName(db.name), m.name, quoteName(baseName(bak))), Err: err}
	}
	if _, err := db.sql.Exec("PRAGMA foreign_keys = OFF"); err != nil {
		return db.openErr(err)
	}
	defer db.sql.Exec("PRAGMA foreign_keys = ON")
	for _, m := range migrations[from:] {
		tx, err := db.sql.Begin()
		if err != nil {
			return fail(m, err)
		}
		if _, err := tx.Exec(m.sql); err != nil {
			tx.Rollback()
			return fail(m, err)
		}
		if err := foreignKeyCheck(tx); err != nil {
			tx.Rollback()
			return fail(m, err)
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			tx.Rollback()
			return fail(m, err)
		}
		if err := tx.Commit(); err != nil {
			return fail(m, err)
		}
		db.version = m.version
	}
	return nil
}

// foreignKeyCheck returns an error when PRAGMA foreign_key_check finds a
// row that refers to a missing row.
func foreignKeyCheck(tx *sql.Tx) error {
	rows, err := tx.Query("PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid, fkid sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		return fmt.Errorf("row %d of %s refers to a missing row of %s", rowid.Int64, table, parent)
	}
	return rows.Err()
}
