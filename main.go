// Command casefile is a desktop case file for policy analysts: a timeline,
// the people and organizations involved, the figures sources disagree about,
// each item anchored to the source text it came from, and a PDF briefing.
//
//	casefile [FILE.casefile]                      open the window
//	casefile import CASE.json -o FILE.casefile    import Casefile JSON
//	casefile export FILE.casefile --json OUT      export (also --pdf OUT)
//	casefile check FILE.casefile                  count items, check integrity
//
// Run `casefile --help` for the details. The command line lives in
// internal/cli; this file only wires it to the SQLite store and the window.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"casefile/app"
	"casefile/app/ui"
	"casefile/internal/atomicfile"
	"casefile/internal/buildinfo"
	_ "casefile/internal/cleanlocale" // before Fyne initializes: see its doc
	"casefile/internal/cli"
	"casefile/internal/memtune"
	"casefile/internal/perfprobe"
	"casefile/storage"
)

func main() {
	memtune.Apply(os.Getenv) // GOGC and GOMEMLIMIT, when set, still win
	perfprobe.Start()        // only when CASEFILE_MEMSTATS is set: scripts/memcheck.sh
	removeTempsOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// removeTempsOnSignal makes SIGINT and SIGTERM remove the temporary files
// and folders of writes in progress before the program ends with the
// status the signal's default would give (128+n).
func removeTempsOnSignal() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sig
		atomicfile.RemoveTemps()
		code := 130
		if s == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}

// run is the whole program except the exit, so that tests can call it: it
// wires the SQLite store and the window into the command line and returns
// the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	c := &cli.CLI{
		Opener:     storage.Opener{},
		Stdin:      os.Stdin,
		Stdout:     stdout,
		Stderr:     stderr,
		OpenWindow: openWindow,
		Version:    buildinfo.Get().String(),
	}
	return c.Run(args)
}

// openWindow runs the window until it closes. Fyne's driver panics when
// the windowing system cannot be reached (no display, a graphics driver
// that fails to start); that comes back as one sentence, the panic's words
// kept as the cause for --verbose, instead of a stack trace.
func openWindow(opts ui.Options) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = app.Internal(fmt.Errorf("%v", r), "Casefile could not open its window: the display or its graphics driver did not answer. Commands such as casefile import and casefile export work without one")
		}
	}()
	return ui.Run(opts)
}
