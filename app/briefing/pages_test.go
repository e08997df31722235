package briefing

import (
	"strconv"
	"strings"
	"testing"

	"casefile/app"
)

// TestQuotePagesPrinted: a quote from a paged source prints its page
// beside the citation number, and the source list describes the original
// file (name, type, size, pages, SHA-256) and the mail it came with.
func TestQuotePagesPrinted(t *testing.T) {
	d := fixtureCase()
	text := "First page of the report.\n\nSecond page: the depot burned for three hours."
	sum := "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	d.Sources = append(d.Sources,
		app.Source{ID: "s-mail", Title: "Fwd: depot report", Text: "Attached."},
		app.Source{ID: "s-paged", Title: "Depot report", Text: text, Pages: []int{0, 27}, AttachedTo: "s-mail",
			Original: &app.Original{Name: "depot-report.pdf", Type: "application/pdf", Size: 38144, SHA256: sum, Kept: true}})
	start := strings.Index(text, "the depot burned")
	d.Events[0].Citations = append(d.Events[0].Citations, app.Citation{Source: "s-paged",
		Quote: &app.Quote{Exact: "the depot burned", Start: start, End: start + len("the depot burned")}})
	lines := strings.Join(pdfText(t, render(t, d, Options{})), "\n")
	n := len(d.Sources)
	for _, want := range []string{
		"“the depot burned” [" + strconv.Itoa(n) + ", p. 2]",
		"depot-report.pdf · application/pdf · 38 KB · 2 pages · attached to [" + strconv.Itoa(n-1) + "]",
		sum,
	} {
		if !strings.Contains(strings.Join(strings.Fields(lines), " "), want) {
			t.Errorf("the briefing does not print %q", want)
		}
	}
}
