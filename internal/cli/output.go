package cli

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"

	"casefile/app"
	"casefile/internal/atomicfile"
)

// writeOutput writes what fill writes to out: to stdout when out is "-"
// (held until fill has finished, so that a failure prints nothing),
// otherwise through atomicfile, so that out is never left half-written, a
// failure leaves no file, and a special file (a device, a FIFO, a link) is
// refused rather than replaced.
func writeOutput(out string, stdout io.Writer, fill func(io.Writer) error) error {
	if out == "-" {
		var buf bytes.Buffer
		if err := fill(&buf); err != nil {
			return err
		}
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			return app.Internal(err, "The output could not be written to standard output.")
		}
		return nil
	}
	return writeError(atomicfile.WriteFile(out, fill), out)
}

// writeError turns a failure to write the file path into one sentence. An
// *app.Error that does not come from the file system (an exporter's own)
// passes through.
func writeError(err error, path string) error {
	if err == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(err, &ae) && !fsError(err) {
		return err
	}
	name := path
	var code, msg string
	switch {
	case errors.Is(err, atomicfile.ErrNotRegular):
		code, msg = app.EINVALID, name+" is not a regular file (it is a device, a pipe or a link), so Casefile does not replace it; give a file name, or - for standard output."
	case errors.Is(err, atomicfile.ErrIsDir), errors.Is(err, syscall.EISDIR):
		code, msg = app.EINVALID, name+" is a folder; give a file name."
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		code, msg = app.EINVALID, "There is not enough space on the disk to write "+name+"; nothing was written."
	case errors.Is(err, syscall.EROFS):
		code, msg = app.EREADONLY, name+" is on a read-only disk; nothing was written."
	case errors.Is(err, fs.ErrPermission):
		code, msg = app.EREADONLY, "Casefile may not write "+name+"; nothing was written."
	case errors.Is(err, fs.ErrNotExist):
		code, msg = app.ENOTFOUND, "The folder for "+name+" does not exist."
	default:
		code, msg = app.EINTERNAL, name+" could not be written; nothing was written."
	}
	return &app.Error{Code: code, Field: "path", Message: msg, Err: err}
}

// fsError reports whether err comes from the file system.
func fsError(err error) bool {
	var pe *fs.PathError
	var le *os.LinkError
	var errno syscall.Errno
	return errors.As(err, &pe) || errors.As(err, &le) || errors.As(err, &errno)
}
