package cli

import (
	"io"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/briefing"
)

// parsePDFOptions reads --paper, --marking, --sections, --key-only and
// --date into the briefing's options.
func parsePDFOptions(flags map[string]string, usage string) (briefing.Options, error) {
	var o briefing.Options
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

// exportPDF prints the briefing for data to out ("-": stdout), writing
// nothing when it fails: briefing.WriteFile writes a temp file beside out
// and renames it; for "-" writeOutput holds the PDF until it is complete.
func exportPDF(data app.CaseData, out string, opts briefing.Options, stdout io.Writer) error {
	if out != "-" {
		return briefing.WriteFile(out, data, opts)
	}
	return writeOutput(out, stdout, func(w io.Writer) error {
		doc, err := briefing.Build(data, opts)
		if err != nil {
			return err
		}
		return briefing.Render(doc, w)
	})
}
