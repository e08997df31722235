package briefing

import (
	"errors"
	"io"
	"os"
	"path/filepath"

	"casefile/app"
	"casefile/internal/atomicfile"
	"casefile/internal/writeerr"
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
	if errors.Is(e, atomicfile.ErrNoFolder) {
		return &app.Error{Code: app.ENOTFOUND, Field: "path", Message: "The folder “" + dir + "” does not exist, so the briefing cannot be written there.", Err: e}
	}
	return writeerr.Explain(e, path, "choose a file name for the briefing")
}
