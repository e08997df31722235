package app

import (
	"errors"
	"fmt"
)

// Error codes. They say what kind of failure happened so that callers can
// react (the window shows a sentence, the command line picks an exit status)
// without parsing messages.
const (
	// EINVALID means the input broke a rule: an empty required field, a bad date.
	EINVALID = "invalid"
	// ENOTFOUND means the item, file or reference does not exist.
	ENOTFOUND = "not_found"
	// ECONFLICT means the change clashes with what is there: a duplicate id,
	// a file that already exists, a case open elsewhere.
	ECONFLICT = "conflict"
	// EREADONLY means the case is open read-only and cannot be changed.
	EREADONLY = "read_only"
	// ENOTCASE means a file is not a Casefile case file (or is damaged).
	ENOTCASE = "not_case"
	// EINTERNAL means something failed that the user cannot fix by changing
	// the input: a disk error, a bug.
	EINTERNAL = "internal"
)

// Error is the domain's error: a code, the field it concerns (if any) and a
// message that is a complete sentence a user can read. Err keeps the
// underlying cause for logs and errors.Is/As.
type Error struct {
	Code    string
	Field   string
	Message string
	Err     error
}

// Error returns the message, followed by the cause for internal errors.
func (e *Error) Error() string {
	if e.Err != nil && e.Code == EINTERNAL {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldError returns an EINVALID error about one field of an item.
func FieldError(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Internal wraps err as an EINTERNAL error with a user-readable message.
func Internal(err error, format string, args ...any) *Error {
	return &Error{Code: EINTERNAL, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrOpensReadOnly marks a refusal to open a case for changes that
// opening it read-only would get round: the file is on a read-only disk,
// was made by a newer version of Casefile, or holds database objects
// Casefile did not make. The store joins it to the cause of such an error;
// callers test it with OpensReadOnly, never by reading the sentence.
var ErrOpensReadOnly = errors.New("the case can be opened read-only")

// OpensReadOnly reports whether err refused to open a case for changes
// that would open read-only (see ErrOpensReadOnly).
func OpensReadOnly(err error) bool { return errors.Is(err, ErrOpensReadOnly) }

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorField returns the field named by the first *Error in err's chain.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// ErrorMessage returns a sentence for a user: the message of the first
// *Error in err's chain, or a generic sentence for any other error.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong inside Casefile; the details are in the log."
}
