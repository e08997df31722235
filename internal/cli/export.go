package cli

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"casefile/app"
	"casefile/app/briefing"
	"casefile/app/exchange"
)

// exportFormats are the flags that choose an export format.
var exportFormats = []string{"json", "pdf", "ftm", "timelinejs", "csv"}

// pdfFlags are the options that only --pdf takes (and --key-only, which
// --timelinejs takes too).
var pdfFlags = []string{"paper", "marking", "sections", "key-only", "date"}

// exportCmd writes the case in one of the export formats.
func (c *CLI) exportCmd(args []string) error {
	const usage = "casefile export FILE.casefile --json|--pdf|--ftm|--timelinejs|--csv OUT [--paper a4|letter] [--marking TEXT] [--sections LIST] [--key-only] [--date YYYY-MM-DD] [--table TABLE] [--no-bom] [--raw]"
	spec := map[string]bool{"paper": true, "marking": true, "sections": true, "key-only": false, "date": true, "table": true, "no-bom": false, "raw": false}
	for _, f := range exportFormats {
		spec[f] = true
	}
	pos, flags, err := parseArgs(args, usage, spec)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef(usage, "export takes one case file.")
	}
	in := pos[0]
	var format, out string
	for _, f := range exportFormats {
		if v, ok := flags[f]; ok {
			if format != "" {
				return usagef(usage, "Choose one format: --%s or --%s.", format, f)
			}
			format, out = f, v
		}
	}
	if format == "" {
		return usagef(usage, "export needs a format and an output file, such as --json OUT.json.")
	}
	if out == "" {
		return usagef(usage, "The output file after --%s is empty.", format)
	}
	for _, f := range pdfFlags {
		if _, ok := flags[f]; !ok || format == "pdf" || f == "key-only" && format == "timelinejs" {
			continue
		}
		if f == "key-only" {
			return usagef(usage, "--key-only only goes with --pdf or --timelinejs.")
		}
		return usagef(usage, "--%s only goes with --pdf.", f)
	}
	table, hasTable := flags["table"]
	if hasTable && format != "csv" {
		return usagef(usage, "--table only goes with --csv.")
	}
	_, noBOM := flags["no-bom"]
	_, raw := flags["raw"]
	if (noBOM || raw) && format != "csv" {
		return usagef(usage, "--no-bom and --raw only go with --csv.")
	}
	csvOpts := exchange.CSVOptions{NoBOM: noBOM, Raw: raw}
	var pdf briefing.Options
	switch format {
	case "csv":
		if hasTable && !slices.Contains(exchange.CSVTables, table) {
			return usagef(usage, "There is no CSV table %q; the tables are %s.", table, strings.Join(exchange.CSVTables, ", "))
		}
		if !hasTable && out != "-" && strings.EqualFold(filepath.Ext(out), ".csv") {
			if fi, err := os.Stat(out); err != nil || !fi.IsDir() {
				return usagef(usage, "--csv writes one file per table into a folder; to write one table to %s, add --table and one of %s.", out, strings.Join(exchange.CSVTables, ", "))
			}
		}
		if !hasTable {
			table = "events" // for --csv -
		}
	case "pdf":
		if pdf, err = parsePDFOptions(flags, usage); err != nil {
			return err
		}
	}
	if out != "-" && sameFile(in, out) {
		return app.Errorf(app.EINVALID, "The output %s is the case file itself; choose another name.", out)
	}
	data, err := c.load(in)
	if err != nil {
		return err
	}
	// A damaged file would give an export that Casefile itself refuses.
	if problems := c.ruleProblems(data, false); len(problems) > 0 {
		return app.Errorf(app.EINVALID, "%s is damaged: it breaks Casefile's rules in %s (the first: %s); nothing was written, and casefile check %s lists every one.", in, app.Plural(len(problems), "place"), strings.TrimSuffix(problems[0], "."), in)
	}
	switch format {
	case "json":
		return writeOutput(out, c.Stdout, func(w io.Writer) error { return exchange.Encode(w, data) })
	case "ftm":
		return writeOutput(out, c.Stdout, func(w io.Writer) error { return exchange.EncodeFTM(w, data) })
	case "timelinejs":
		keyOnly := flags["key-only"] != ""
		return writeOutput(out, c.Stdout, func(w io.Writer) error { return exchange.EncodeTimelineJS(w, data, keyOnly) })
	case "csv":
		if out == "-" || hasTable {
			return writeOutput(out, c.Stdout, func(w io.Writer) error { return csvOpts.Encode(w, data, table) })
		}
		return writeCSVFolder(out, data, csvOpts)
	default: // pdf
		return exportPDF(data, out, pdf, c.Stdout)
	}
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// load reads a whole case, opened read-only.
func (c *CLI) load(path string) (app.CaseData, error) {
	if _, err := os.Stat(path); err != nil {
		return app.CaseData{}, fileError(err, path)
	}
	store, err := c.Opener.Open(path, true)
	if err != nil {
		return app.CaseData{}, err
	}
	data, err := store.Load()
	if cerr := store.Close(); err == nil && cerr != nil {
		err = app.Internal(cerr, "%s could not be closed.", path)
	}
	if err != nil {
		return app.CaseData{}, err
	}
	return data, nil
}
