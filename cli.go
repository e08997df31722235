package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/ui"
)

// cli is the command line: the subcommands and the way into the window.
type cli struct {
	opener     app.Opener
	stdout     io.Writer
	stderr     io.Writer
	openWindow func(ui.Options) error
}

const usageLine = "usage: casefile [FILE.casefile] | import CASE.json -o FILE.casefile [--force] | export FILE.casefile --json|--pdf|--ftm|--timelinejs|--csv OUT | check FILE.casefile | --help | --version"

const helpText = `Casefile: a case file for policy analysts.

Usage:
  casefile                      open the window (the last case, or the demo case)
  casefile FILE.casefile        open a case in the window

  casefile import CASE.json -o FILE.casefile [--force]
        Import a Casefile JSON v1 document (CASE.json, or - for standard
        input) into a new case file. All or nothing: every problem is listed
        with its place in the document and no file is written. Warnings
        (unknown keys, quotes not found in their source) go to standard
        error. An existing FILE.casefile is replaced only with --force.

  casefile export FILE.casefile --json OUT
        Write the whole case as Casefile JSON v1 (OUT may be - for standard
        output). Exporting, importing and exporting again gives the same bytes.

  casefile export FILE.casefile --pdf OUT [--paper a4|letter] [--marking TEXT]
        [--sections LIST] [--key-only] [--date YYYY-MM-DD]
        Print the briefing as PDF. --marking replaces the case's handling
        caveat, --sections takes a comma-separated list of sections, --key-only
        keeps only key events in the timeline, --date fixes the printed date.

  casefile export FILE.casefile --ftm OUT
        Write the sources, people, organizations, relations and events as
        FollowTheMoney entities, one JSON object a line, for the ftm tools
        and Aleph (OUT may be - for standard output).

  casefile export FILE.casefile --timelinejs OUT [--key-only]
        Write the events, in date order, as a TimelineJS3 JSON document (OUT
        may be -). --key-only keeps only key events.

  casefile export FILE.casefile --csv FOLDER
  casefile export FILE.casefile --csv OUT.csv|- --table TABLE
  casefile export FILE.casefile --csv -
        Write the case as CSV tables: events, people, organizations,
        relations, claims and sources. Given a folder (created if missing),
        one file per table, TABLE.csv, each replaced whole. --table writes
        that one table to the file OUT.csv (or - for standard output);
        --csv - alone writes the events table to standard output.

  casefile check FILE.casefile
        Count the items of each kind and run the integrity check. Exit status
        0 when the file is sound, 1 otherwise.

  casefile --version            print the version
  casefile --help               print this help

Errors go to standard error with exit status 1 (2 for a mistake in the
command line); a command that fails writes no file.
`

// usageError is a mistake in the command line: exit status 2.
type usageError struct {
	msg   string
	usage string // the subcommand's usage line
}

func (e *usageError) Error() string { return e.msg }

func usagef(usage, format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...), usage: usage}
}

// exitStatus ends a command with a status and no further message (the
// command has already said what it had to).
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// run runs one command line and returns the exit status.
func (c *cli) run(args []string) int {
	if len(args) == 0 {
		return c.exit(c.window(nil))
	}
	var err error
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, helpText)
	case "-version", "--version", "version":
		fmt.Fprintf(c.stdout, "casefile %s\n", version)
	case "import":
		err = c.importCmd(args[1:])
	case "export":
		err = c.exportCmd(args[1:])
	case "check":
		err = c.checkCmd(args[1:])
	default:
		err = c.window(args)
	}
	return c.exit(err)
}

// exit reports err on standard error and returns the exit status.
func (c *cli) exit(err error) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(c.stderr, "casefile: %s\n", ue.msg)
		u := ue.usage
		if u == "" {
			u = usageLine
		} else {
			u = "usage: " + u
		}
		fmt.Fprintf(c.stderr, "%s\n(casefile --help explains every command)\n", u)
		return 2
	}
	var es exitStatus
	if errors.As(err, &es) {
		return int(es)
	}
	fmt.Fprintf(c.stderr, "casefile: %s\n", errorText(err))
	return 1
}

// errorText is the sentence to show for err: a decode error lists its
// problems; any other error reads as its message.
func errorText(err error) string {
	var de *exchange.DecodeError
	if errors.As(err, &de) {
		s := de.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var ae *app.Error
	if errors.As(err, &ae) && ae.Code != app.EINTERNAL {
		return ae.Message
	}
	return err.Error()
}

// window opens the window on the case named in args, if any.
func (c *cli) window(args []string) error {
	const usage = "casefile [FILE.casefile]"
	var path string
	switch {
	case len(args) > 1:
		return usagef(usage, "%q is not a command (the commands are import, export and check).", args[0])
	case len(args) == 1 && strings.HasPrefix(args[0], "-") && args[0] != "-":
		return usagef("", "Unknown option %s.", args[0])
	case len(args) == 1:
		path = args[0]
		if strings.EqualFold(filepath.Ext(path), ".json") {
			return usagef(usage, "%s is a JSON document, not a case file; import it first: casefile import %s -o %s.casefile", path, path, strings.TrimSuffix(path, filepath.Ext(path)))
		}
		if _, err := os.Stat(path); err != nil {
			return app.Errorf(app.ENOTFOUND, "There is no file %s.", path)
		}
	}
	return c.openWindow(ui.Options{
		Opener:   c.opener,
		Path:     path,
		Version:  version,
		DemoPath: func() (string, error) { return demoPath(c.opener) },
	})
}

// parseArgs splits args into positional arguments and flags. spec maps
// each flag name (without dashes) to whether it takes a value. A flag may
// be written -name or --name, its value as the next argument or after =.
// "-" alone is a positional argument (standard input or output); "--" ends
// the flags.
func parseArgs(args []string, usage string, spec map[string]bool) (pos []string, flags map[string]string, err error) {
	flags = map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		value, hasValue := "", false
		if j := strings.IndexByte(name, '='); j >= 0 {
			name, value, hasValue = name[:j], name[j+1:], true
		}
		takes, known := spec[name]
		switch {
		case !known:
			return nil, nil, usagef(usage, "Unknown option %s.", a)
		case takes && !hasValue:
			if i+1 >= len(args) {
				return nil, nil, usagef(usage, "The option %s needs a value.", a)
			}
			i++
			value = args[i]
		case !takes && hasValue:
			return nil, nil, usagef(usage, "The option --%s takes no value.", name)
		case !takes:
			value = "true"
		}
		if _, dup := flags[name]; dup {
			return nil, nil, usagef(usage, "The option --%s is given twice.", name)
		}
		flags[name] = value
	}
	return pos, flags, nil
}

func (c *cli) importCmd(args []string) error {
	const usage = "casefile import CASE.json -o FILE.casefile [--force]"
	pos, flags, err := parseArgs(args, usage, map[string]bool{"o": true, "out": true, "force": false})
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef(usage, "import takes one Casefile JSON document (or - for standard input).")
	}
	in, out := pos[0], flags["o"]
	if o := flags["out"]; o != "" {
		if out != "" {
			return usagef(usage, "Give the case file once, with -o.")
		}
		out = o
	}
	if out == "" {
		return usagef(usage, "import needs the case file to create, given with -o.")
	}
	force := flags["force"] != ""
	if !force {
		if _, err := os.Lstat(out); err == nil {
			return app.Errorf(app.ECONFLICT, "%s already exists; add --force to replace it.", out)
		}
	}
	var raw []byte
	if in == "-" {
		raw, err = io.ReadAll(os.Stdin)
	} else {
		raw, err = os.ReadFile(in)
	}
	if err != nil {
		return fileError(err, in)
	}
	data, warnings, err := exchange.Decode(bytes.NewReader(raw))
	for _, w := range warnings {
		fmt.Fprintf(c.stderr, "casefile: warning: %s\n", w)
	}
	if err != nil {
		return err
	}
	store, err := c.opener.Create(out, data, force)
	if err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", out, err)
	}
	fmt.Fprintf(c.stdout, "Imported %s into %s.\n", countsSentence(data), out)
	return nil
}

// fileError turns a failure to read a file into a sentence.
func fileError(err error, name string) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return &app.Error{Code: app.ENOTFOUND, Message: fmt.Sprintf("There is no file %s.", name), Err: err}
	case errors.Is(err, os.ErrPermission):
		return &app.Error{Code: app.EINVALID, Message: fmt.Sprintf("%s cannot be read: permission denied.", name), Err: err}
	default:
		return fmt.Errorf("reading %s: %w", name, err)
	}
}

// countsSentence says how much a case holds: "19 events, 6 people, …".
func countsSentence(d app.CaseData) string {
	claims := 0
	for _, f := range d.Figures {
		claims += len(f.Claims)
	}
	parts := []string{
		plural(len(d.Sources), "source", "sources"),
		plural(len(d.People), "person", "people"),
		plural(len(d.Organizations), "organization", "organizations"),
		plural(len(d.Relations), "relation", "relations"),
		plural(len(d.Events), "event", "events"),
		plural(len(d.Figures), "disputed figure", "disputed figures"),
		plural(claims, "claim", "claims"),
		plural(len(d.Annotations), "annotation", "annotations"),
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// exportFormats are the flags that choose an export format.
var exportFormats = []string{"json", "pdf", "ftm", "timelinejs", "csv"}

// pdfFlags are the options that only --pdf takes (and --key-only, which
// --timelinejs takes too).
var pdfFlags = []string{"paper", "marking", "sections", "key-only", "date"}

func (c *cli) exportCmd(args []string) error {
	const usage = "casefile export FILE.casefile --json|--pdf|--ftm|--timelinejs|--csv OUT [--paper a4|letter] [--marking TEXT] [--sections LIST] [--key-only] [--date YYYY-MM-DD] [--table TABLE]"
	spec := map[string]bool{"paper": true, "marking": true, "sections": true, "key-only": false, "date": true, "table": true}
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
	var pdf pdfOptions
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
		pdf.Stdout = c.stdout
	}
	if out != "-" && sameFile(in, out) {
		return app.Errorf(app.EINVALID, "The output %s is the case file itself; choose another name.", out)
	}
	data, err := c.load(in)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return writeOutput(out, c.stdout, func(w io.Writer) error { return exchange.Encode(w, data) })
	case "ftm":
		return writeOutput(out, c.stdout, func(w io.Writer) error { return exchange.EncodeFTM(w, data) })
	case "timelinejs":
		keyOnly := flags["key-only"] != ""
		return writeOutput(out, c.stdout, func(w io.Writer) error { return exchange.EncodeTimelineJS(w, data, keyOnly) })
	case "csv":
		if out == "-" || hasTable {
			return writeOutput(out, c.stdout, func(w io.Writer) error { return exchange.EncodeCSV(w, data, table) })
		}
		return writeCSVFolder(out, data)
	default: // pdf
		return exportPDF(data, out, pdf)
	}
}

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

func parsePDFOptions(flags map[string]string, usage string) (pdfOptions, error) {
	var o pdfOptions
	o.Paper = strings.ToLower(flags["paper"])
	switch o.Paper {
	case "":
		o.Paper = "a4"
	case "a4", "letter":
	default:
		return o, usagef(usage, "The paper is a4 or letter, not %q.", flags["paper"])
	}
	o.Marking = flags["marking"]
	for _, s := range strings.Split(flags["sections"], ",") {
		if s = strings.TrimSpace(s); s != "" {
			o.Sections = append(o.Sections, s)
		}
	}
	o.KeyOnly = flags["key-only"] != ""
	if d, ok := flags["date"]; ok {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return o, usagef(usage, "The date is written YYYY-MM-DD, such as 2023-06-21, not %q.", d)
		}
		o.Printed = t
	}
	return o, nil
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// load reads a whole case, opened read-only.
func (c *cli) load(path string) (app.CaseData, error) {
	if _, err := os.Stat(path); err != nil {
		return app.CaseData{}, fileError(err, path)
	}
	store, err := c.opener.Open(path, true)
	if err != nil {
		return app.CaseData{}, err
	}
	data, err := store.Load()
	if cerr := store.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("closing %s: %w", path, cerr)
	}
	if err != nil {
		return app.CaseData{}, err
	}
	return data, nil
}

// writeOutput writes what fill writes to out: to stdout when out is "-",
// otherwise to a temporary file beside out that is synced and renamed over
// it, so that out is never left half-written and a failure leaves no file.
func writeOutput(out string, stdout io.Writer, fill func(io.Writer) error) error {
	if out == "-" {
		var buf bytes.Buffer // nothing reaches stdout unless fill succeeds
		if err := fill(&buf); err != nil {
			return err
		}
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	dir := filepath.Dir(out)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := fill(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		os.Remove(tmp.Name())
		done = true
		return fmt.Errorf("writing %s: %w", out, err)
	}
	done = true
	return nil
}

func (c *cli) checkCmd(args []string) error {
	const usage = "casefile check FILE.casefile"
	pos, _, err := parseArgs(args, usage, map[string]bool{})
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef(usage, "check takes one case file.")
	}
	path := pos[0]
	if _, err := os.Stat(path); err != nil {
		return fileError(err, path)
	}
	store, err := c.opener.Open(path, true)
	if err != nil {
		return err
	}
	report, err := store.Check()
	if cerr := store.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("closing %s: %w", path, cerr)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s (schema version %d)\n", path, report.Version)
	kinds := make([]app.Kind, 0, len(report.Counts))
	for k := range report.Counts {
		kinds = append(kinds, k)
	}
	order := map[app.Kind]int{}
	for i, k := range []app.Kind{app.KindSource, app.KindPerson, app.KindOrganization, app.KindRelation, app.KindEvent, app.KindFigure, app.KindClaim, app.KindCitation, app.KindAnnotation} {
		order[k] = i + 1
	}
	sort.Slice(kinds, func(i, j int) bool {
		oi, oj := order[kinds[i]], order[kinds[j]]
		if oi == 0 {
			oi = len(order) + 1
		}
		if oj == 0 {
			oj = len(order) + 1
		}
		if oi != oj {
			return oi < oj
		}
		return kinds[i] < kinds[j]
	})
	for _, k := range kinds {
		fmt.Fprintf(c.stdout, "  %-18s %d\n", kindPlural(k), report.Counts[k])
	}
	fmt.Fprintf(c.stdout, "integrity: %s\n", report.Integrity)
	if !report.OK() {
		fmt.Fprintf(c.stderr, "casefile: %s failed the integrity check.\n", path)
		return exitStatus(1)
	}
	return nil
}

// kindPlural names many items of kind k: "people", "disputed figures".
func kindPlural(k app.Kind) string {
	switch k {
	case app.KindPerson:
		return "people"
	default:
		return k.Label() + "s"
	}
}
