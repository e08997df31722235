package briefing

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"casefile/app"
	"casefile/internal/atomicfile"
)

// WriteFile builds the briefing of data and writes it as PDF to path. It
// writes to a temporary file beside path, syncs it and renames it into
// place, so that a failure (no space left, a read-only folder, a path that
// is a folder) leaves no partial file and returns an *app.Error whose
// message says why in one sentence. An existing file at path is replaced
// only once the new one is complete.
func WriteFile(path string, data app.CaseData, opts Options) error {
	doc, err := Build(data, opts)
	if err != nil {
		return err
	}
	return writeAtomic(path, func(w io.Writer) error { return Render(doc, w) })
}

// writeAtomic writes what fill writes to path through atomicfile: a
// temporary file in the same folder, synced and renamed; a special file (a
// device, a FIFO, a link) at path is refused, not replaced.
func writeAtomic(path string, fill func(io.Writer) error) error {
	if path == "" {
		return &app.Error{Code: app.EINVALID, Field: "path", Message: "No file name was given for the PDF briefing."}
	}
	dir := filepath.Dir(path)
	if st, e := os.Stat(dir); e == nil && !st.IsDir() {
		return &app.Error{Code: app.EINVALID, Field: "path", Message: "“" + dir + "” is not a folder, so the briefing cannot be written in it."}
	}
	e := atomicfile.WriteFile(path, fill)
	if e == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(e, &ae) && !isFSError(e) {
		return e
	}
	if errors.Is(e, atomicfile.ErrNoFolder) {
		return &app.Error{Code: app.ENOTFOUND, Field: "path", Message: "The folder “" + dir + "” does not exist, so the briefing cannot be written there.", Err: e}
	}
	return fileError(path, e)
}

// isFSError reports whether err comes from the file system rather than from
// making the PDF.
func isFSError(err error) bool {
	var pe *fs.PathError
	var le *os.LinkError
	var errno syscall.Errno
	return errors.As(err, &pe) || errors.As(err, &le) || errors.As(err, &errno)
}

// fileError turns a file-system error into one sentence for a user.
func fileError(path string, err error) *app.Error {
	var msg, code string
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		code, msg = app.EINVALID, "There is not enough space on the disk to write “"+path+"”; free some space or choose another place."
	case errors.Is(err, syscall.EROFS):
		code, msg = app.EINVALID, "The folder of “"+path+"” is on a read-only disk; choose another place for the briefing."
	case errors.Is(err, fs.ErrPermission):
		code, msg = app.EINVALID, "Casefile may not write in the folder of “"+path+"”; choose another place for the briefing."
	case errors.Is(err, atomicfile.ErrNotRegular):
		code, msg = app.EINVALID, "“"+path+"” is not a regular file (it is a device, a pipe or a link), so Casefile does not replace it; choose a file name."
	case errors.Is(err, syscall.EISDIR), errors.Is(err, atomicfile.ErrIsDir):
		code, msg = app.ECONFLICT, "“"+path+"” is a folder, so the briefing cannot be written there; choose a file name."
	case errors.Is(err, fs.ErrNotExist):
		code, msg = app.ENOTFOUND, "The folder of “"+path+"” does not exist, so the briefing cannot be written there."
	case errors.Is(err, syscall.ENAMETOOLONG):
		code, msg = app.EINVALID, "The file name “"+path+"” is too long for the disk."
	default:
		code, msg = app.EINTERNAL, "The briefing could not be written to “"+path+"”."
	}
	return &app.Error{Code: code, Field: "path", Message: msg, Err: err}
}
