package cli

import (
	"bytes"
	"io"

	"casefile/app"
	"casefile/internal/atomicfile"
	"casefile/internal/writeerr"
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

// writeError turns a failure to write the file path into one sentence
// (internal/writeerr); an exporter's own *app.Error passes through.
func writeError(err error, path string) error {
	return writeerr.Explain(err, path, "give a file name, or - for standard output")
}
