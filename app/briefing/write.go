package briefing

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"casefile/app"
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

// writeAtomic writes what fill writes to path through a temporary file in
// the same folder.
func writeAtomic(path string, fill func(io.Writer) error) (err error) {
	if path == "" {
		return &app.Error{Code: app.EINVALID, Field: "path", Message: "No file name was given for the PDF briefing."}
	}
	name := filepath.Base(path)
	dir := filepath.Dir(path)
	if st, e := os.Stat(path); e == nil && st.IsDir() {
		return &app.Error{Code: app.ECONFLICT, Field: "path", Message: "“" + path + "” is a folder, so the briefing cannot be written there; choose a file name.", Err: e}
	}
	if st, e := os.Stat(dir); e != nil {
		if errors.Is(e, fs.ErrNotExist) {
			return &app.Error{Code: app.ENOTFOUND, Field: "path", Message: "The folder “" + dir + "” does not exist, so the briefing cannot be written there.", Err: e}
		}
		return fileError(path, e)
	} else if !st.IsDir() {
		return &app.Error{Code: app.EINVALID, Field: "path", Message: "“" + dir + "” is not a folder, so the briefing cannot be written in it."}
	}
	f, e := os.CreateTemp(dir, "."+name+".*.tmp")
	if e != nil {
		return fileError(path, e)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if e := fill(f); e != nil {
		var ae *app.Error
		if errors.As(e, &ae) && !isFSError(e) {
			return e
		}
		return fileError(path, e)
	}
	if e := f.Sync(); e != nil {
		return fileError(path, e)
	}
	if e := f.Close(); e != nil {
		return fileError(path, e)
	}
	// CreateTemp makes the file readable by its owner only; a briefing is
	// an ordinary document.
	_ = os.Chmod(tmp, 0o644)
	if e := os.Rename(tmp, path); e != nil {
		return fileError(path, e)
	}
	if d, e := os.Open(dir); e == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
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
	case errors.Is(err, syscall.EISDIR):
		code, msg = app.ECONFLICT, "“"+path+"” is a folder, so the briefing cannot be written there; choose a file name."
	case errors.Is(err, fs.ErrNotExist):
		code, msg = app.ENOTFOUND, "The folder of “"+path+"” does not exist, so the briefing cannot be written there."
	case errors.Is(err, syscall.ENAMETOOLONG):
		code, msg = app.EINVALID, "The file name “"+path+"” is too long for the disk."
	default:
		code, msg = app.EINTERNAL, "The briefing could not be written to “"+path+"”"
	}
	return &app.Error{Code: code, Field: "path", Message: msg, Err: err}
}
