package storage

import (
	"errors"
	"fmt"

	"casefile/app"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// errUnchanged tells change that an edit found nothing to change: the
// transaction is rolled back and no undo step is recorded.
var errUnchanged = errors.New("nothing changed")

// openElsewhere is the error for a case file another connection has locked.
func openElsewhere(name string, err error) *app.Error {
	return &app.Error{
		Code:    app.ECONFLICT,
		Message: fmt.Sprintf("%s is open in another Casefile window or program; close it there first, or open it read-only.", quoteName(name)),
		Err:     err,
	}
}

// damaged is the error for a file that looks like a case file but fails
// SQLite's checks.
func damaged(name, detail string, err error) *app.Error {
	msg := fmt.Sprintf("%s is damaged and cannot be opened; use a backup copy of it instead.", quoteName(name))
	if detail != "" {
		msg = fmt.Sprintf("%s is damaged (%s) and cannot be opened; use a backup copy of it instead.", quoteName(name), detail)
	}
	return &app.Error{Code: app.ENOTCASE, Message: msg, Err: err}
}

// notFound is the ENOTFOUND error for an item id that does not exist.
func notFound(kind app.Kind, id string) *app.Error {
	return &app.Error{Code: app.ENOTFOUND, Field: "id", Message: fmt.Sprintf("There is no %s with the id %s in this case.", kind.Label(), quoteName(id))}
}

// sqlErr turns an error from database/sql into an *app.Error: constraint
// violations become EINVALID, ECONFLICT or ENOTFOUND, a locked file
// ECONFLICT, a read-only file EREADONLY, damage ENOTCASE and anything else
// EINTERNAL. doing says what was being done ("save the event"). *app.Error
// values pass through unchanged.
func (db *DB) sqlErr(err error, doing string) error {
	if err == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(err, &ae) {
		return err
	}
	code, ext := sqliteCode(err)
	switch code {
	case sqlite3.ErrConstraint:
		switch ext {
		case sqlite3.ErrConstraintUnique, sqlite3.ErrConstraintPrimaryKey, sqlite3.ErrConstraintRowID:
			return &app.Error{Code: app.ECONFLICT, Field: "id", Message: "The id is already used by another item in this case.", Err: err}
		case sqlite3.ErrConstraintForeignKey:
			return &app.Error{Code: app.ENOTFOUND, Message: "The change refers to an item that is not in this case.", Err: err}
		default:
			return &app.Error{Code: app.EINVALID, Message: "The change breaks a rule of the case file (" + err.Error() + ").", Err: err}
		}
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return openElsewhere(db.name, err)
	case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen:
		return &app.Error{Code: app.EREADONLY, Message: fmt.Sprintf("Casefile could not %s: %s cannot be changed (the file or its folder is read-only).", doing, quoteName(db.name)), Err: err}
	case sqlite3.ErrFull:
		return &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile could not %s because the disk is full.", doing), Err: err}
	case sqlite3.ErrIoErr:
		return &app.Error{Code: app.EINTERNAL, Message: fmt.Sprintf("Casefile could not %s because of a disk error in %s.", doing, quoteName(db.name)), Err: err}
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return damaged(db.name, "", err)
	}
	return app.Internal(err, "Casefile could not %s in %s", doing, quoteName(db.name))
}
