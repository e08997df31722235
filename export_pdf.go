package main

import (
	"io"
	"time"

	"casefile/app"
	"casefile/app/briefing"
)

// pdfOptions are the command line's options for a PDF briefing; they
// mirror app/briefing's Options.
type pdfOptions struct {
	Paper    string    // "a4" or "letter"
	Marking  string    // replaces the case's marking when not empty
	Sections []string  // sections to print; empty: all
	KeyOnly  bool      // only key events in the timeline
	Printed  time.Time // the date printed on the cover; zero: today
	Stdout   io.Writer // where "-" writes
}

// exportPDF prints the briefing for data to out ("-": opts.Stdout), writing
// nothing when it fails: briefing.WriteFile writes a temp file beside out
// and renames it; for "-" writeOutput holds the PDF until it is complete.
func exportPDF(data app.CaseData, out string, opts pdfOptions) error {
	bo := briefing.Options{Paper: opts.Paper, Marking: opts.Marking, Sections: opts.Sections,
		KeyOnly: opts.KeyOnly, Printed: opts.Printed}
	if out != "-" {
		return briefing.WriteFile(out, data, bo)
	}
	return writeOutput(out, opts.Stdout, func(w io.Writer) error {
		doc, err := briefing.Build(data, bo)
		if err != nil {
			return err
		}
		return briefing.Render(doc, w)
	})
}
