// Package writeerr says in one sentence why a file could not be written.
// Every writer of user files (the command line, the PDF briefing, the case
// file's Create and Save a copy, the window's exports) goes through
// internal/atomicfile, so its failures are the same few: the target is a
// folder or a special file, the folder is missing, the disk is full or
// read-only, the folder may not be written, the name is too long. This
// package is the one place those are put into words; each caller adds the
// advice that fits its own dialog or command.
package writeerr

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"casefile/app"
	"casefile/internal/atomicfile"
)

// Explain turns err, a failure to write the file name, into an *app.Error
// whose message is one sentence naming the file. When the name itself is
// the trouble (a folder or a special file is there) the caller's advice
// ends the sentence ("choose a file name", with no full stop; "" for
// none); where the place is (a
// full or read-only disk, a folder that may not be written) the sentence
// says to choose another. An *app.Error that does not come
// from the file system (an exporter's own) passes through unchanged, as
// does nil. The raw cause stays in the chain (Err) for --verbose and logs.
func Explain(err error, name, advice string) error {
	if err == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(err, &ae) && !fromFileSystem(err) {
		return err
	}
	q := "“" + name + "”"
	code, msg, named := app.EINVALID, "", false
	switch {
	case errors.Is(err, atomicfile.ErrNotRegular):
		msg, named = q+" is not a regular file (it is a device, a pipe or a link), so Casefile does not replace it", true
	case errors.Is(err, atomicfile.ErrIsDir), errors.Is(err, syscall.EISDIR):
		msg, named = q+" is a folder", true
	case isAny(err, diskFull):
		msg = "There is not enough space on the disk for " + q + "; nothing was written: free some space or choose another place."
	case isAny(err, readOnlyDisk):
		code, msg = app.EREADONLY, q+" is on a read-only disk; nothing was written: choose another place."
	case errors.Is(err, fs.ErrPermission):
		code, msg = app.EREADONLY, "Casefile may not write "+q+"; nothing was written: choose another place."
	case errors.Is(err, fs.ErrNotExist):
		code, msg = app.ENOTFOUND, "The folder for "+q+" does not exist."
	case isAny(err, nameTooLong):
		msg = "The file name " + q + " is too long for the disk; choose a shorter one."
	default:
		code, msg = app.EINTERNAL, q+" could not be written; nothing was written."
	}
	if named {
		if advice != "" {
			msg += "; " + advice
		}
		msg += "."
	}
	return &app.Error{Code: code, Field: "path", Message: msg, Err: err}
}

// isAny reports whether err is any of targets.
func isAny(err error, targets []error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

// fromFileSystem reports whether err comes from the file system rather
// than from what was being written.
func fromFileSystem(err error) bool {
	var pe *fs.PathError
	var le *os.LinkError
	var errno syscall.Errno
	return errors.As(err, &pe) || errors.As(err, &le) || errors.As(err, &errno)
}
