package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/internal/atomicfile"
)

// writeCSVFolder writes every CSV table of d into dir as TABLE.csv (with
// opts),
// creating dir (but not its parents) when it is missing. Every table is
// written to a temporary file in dir and synced before any is renamed into
// place, so that a failure while writing leaves the folder as it was (and
// removes a folder it created); each file is replaced whole. Only a rename
// that fails part way (say sources.csv is a folder) leaves the tables
// before it new and the rest as they were. Temporary files never stay
// behind, and other files in dir are left alone.
func writeCSVFolder(dir string, d app.CaseData, opts exchange.CSVOptions) (err error) {
	fi, statErr := os.Stat(dir)
	created := false
	switch {
	case statErr == nil && !fi.IsDir():
		return app.Errorf(app.EINVALID, "%s is a file, not a folder; --csv writes one file per table into a folder (add --table to write one table to a file).", dir)
	case errors.Is(statErr, os.ErrNotExist):
		if err := os.Mkdir(dir, 0o755); err != nil {
			return &app.Error{Code: app.EINVALID, Field: "path", Message: fmt.Sprintf("Casefile cannot create the folder %s.", dir), Err: err}
		}
		created = true
	case statErr != nil:
		return writeError(statErr, dir)
	}
	var files []*atomicfile.File // files[committed:] are still to be placed
	committed := 0
	defer func() {
		if err == nil {
			return
		}
		for _, f := range files[committed:] {
			f.Abort()
		}
		if created {
			os.Remove(dir) // only if still empty
		}
	}()
	for _, table := range exchange.CSVTables {
		var buf bytes.Buffer
		if err := opts.Encode(&buf, d, table); err != nil {
			return err
		}
		name := filepath.Join(dir, table+".csv")
		f, err := atomicfile.Create(name)
		if err != nil {
			return writeError(err, name)
		}
		files = append(files, f)
		if _, err := f.Write(buf.Bytes()); err != nil {
			return writeError(err, name)
		}
		if err := f.Sync(); err != nil {
			return writeError(err, name)
		}
	}
	for i, table := range exchange.CSVTables {
		if err := files[i].Commit(); err != nil {
			return writeError(err, filepath.Join(dir, table+".csv"))
		}
		committed++
	}
	return nil
}
