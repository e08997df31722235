package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"casefile/app"
	"casefile/app/exchange"
)

// writeCSVFolder writes every CSV table of d into dir as TABLE.csv,
// creating dir (but not its parents) when it is missing. Every table is
// written to a temporary file in dir and synced before any is renamed into
// place, so that a failure while writing leaves the folder as it was (and
// removes a folder it created); each file is replaced whole. Only a rename
// that fails part way (say sources.csv is a folder) leaves the tables
// before it new and the rest as they were. Temporary files never stay
// behind, and other files in dir are left alone.
func writeCSVFolder(dir string, d app.CaseData) (err error) {
	fi, statErr := os.Stat(dir)
	created := false
	switch {
	case statErr == nil && !fi.IsDir():
		return app.Errorf(app.EINVALID, "%s is a file, not a folder; --csv writes one file per table into a folder (add --table to write one table to a file).", dir)
	case errors.Is(statErr, os.ErrNotExist):
		if err := os.Mkdir(dir, 0o755); err != nil {
			return fmt.Errorf("cannot create the folder %s: %w", dir, err)
		}
		created = true
	case statErr != nil:
		return fmt.Errorf("cannot write in %s: %w", dir, statErr)
	}
	var temps []string // temps[renamed:] are still to be renamed
	renamed := 0
	defer func() {
		if err == nil {
			return
		}
		for _, t := range temps[renamed:] {
			os.Remove(t)
		}
		if created {
			os.Remove(dir) // only if still empty
		}
	}()
	for _, table := range exchange.CSVTables {
		var buf bytes.Buffer
		if err := exchange.EncodeCSV(&buf, d, table); err != nil {
			return err
		}
		tmp, err := os.CreateTemp(dir, "."+table+".csv.*.tmp")
		if err != nil {
			return fmt.Errorf("cannot write in %s: %w", dir, err)
		}
		temps = append(temps, tmp.Name())
		_, err = tmp.Write(buf.Bytes())
		if err == nil {
			err = tmp.Chmod(0o644)
		}
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", filepath.Join(dir, table+".csv"), err)
		}
	}
	for i, table := range exchange.CSVTables {
		name := filepath.Join(dir, table+".csv")
		if err := os.Rename(temps[i], name); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		renamed++
	}
	return nil
}
