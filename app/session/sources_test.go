package session

import (
	"context"
	"os"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/sourcefile"
)

// TestImportSourceWithPages: a PDF imported through the session keeps its
// file and page map; a quote taken on page 2 cites page 2, also after an
// edit earlier in the text and the re-anchoring that follows it.
func TestImportSourceWithPages(t *testing.T) {
	s := openTest(t, demoCase(t))
	var heard []Change
	s.Subscribe(func(c Change) { heard = append(heard, c) })
	raw, err := os.ReadFile("../sourcefile/testdata/report-1col.pdf")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := sourcefile.Read(context.Background(), "report-1col.pdf", raw, sourcefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := doc.Source()
	if err := s.ImportSource(&src, "report-1col.pdf", sourcefile.MediaType("report-1col.pdf"), raw); err != nil {
		t.Fatal(err)
	}
	if len(heard) != 1 || !heard[0].Has(app.KindSource, src.ID) {
		t.Fatalf("subscribers heard %+v", heard)
	}
	got := s.Index().Source(src.ID)
	if got == nil || len(got.Pages) != 2 || got.Original == nil || !got.Original.Kept || got.Original.Type != "application/pdf" {
		t.Fatalf("imported source %+v", got)
	}
	if b, _, err := s.OriginalFile(src.ID); err != nil || len(b) != len(raw) {
		t.Fatalf("original: %d bytes, %v", len(b), err)
	}
	// A quote on page 2.
	phrase := "The gazette issue confirms"
	runes := []rune(got.Text)
	start := len([]rune(got.Text[:strings.Index(got.Text, phrase)]))
	if start < got.Pages[1] {
		t.Fatalf("the phrase is not on page 2 (at %d, page 2 starts at %d)", start, got.Pages[1])
	}
	q := app.Quote(anchor.Capture(got.Text, start, start+len([]rune(phrase))))
	quote := &q
	ev := s.Index().Data().Events[0]
	cit := app.Citation{Item: ev.ID, Source: src.ID, Quote: quote}
	if err := s.AddCitation(&cit); err != nil {
		t.Fatal(err)
	}
	if p := s.QuotePages(src.ID, cit.Quote); p.String() != "p. 2" {
		t.Fatalf("the quote cites %q", p)
	}
	// An edit on page 1 moves page 2's start; the quote, re-anchored,
	// still cites page 2.
	edited, page2 := *got, got.Pages[1]
	edited.Text = strings.Replace(got.Text, "Summary of the review", "Summary of the review, as revised in May", 1)
	if err := s.UpdateSource(edited); err != nil {
		t.Fatal(err)
	}
	moved := s.Index().Source(src.ID)
	if d := len([]rune(edited.Text)) - len(runes); moved.Pages[1] != page2+d {
		t.Fatalf("page 2 starts at %d after the edit, want %d", moved.Pages[1], page2+d)
	}
	r := anchor.NewText(moved.Text).Locate(anchor.Quote(*quote))
	if !r.Anchored() {
		t.Fatal("the quote is lost after the edit")
	}
	nq := app.Quote{Exact: quote.Exact, Prefix: quote.Prefix, Suffix: quote.Suffix, Start: r.Start, End: r.End}
	if err := s.MoveQuotes(src.ID, []app.QuoteMove{{Citation: cit.ID, Quote: nq}}); err != nil {
		t.Fatal(err)
	}
	if p := s.QuotePages(src.ID, &nq); p.String() != "p. 2" {
		t.Errorf("after the edit the quote cites %q", p)
	}
	// An attachment links to its mail.
	mail := app.Source{Title: "Fwd: review", Text: "See attached."}
	if err := s.ImportSource(&mail, "fwd.eml", "message/rfc822", []byte("From: a@b\r\n\r\nSee attached.")); err != nil {
		t.Fatal(err)
	}
	att := doc.Source()
	att.AttachedTo = mail.ID
	if err := s.ImportSource(&att, "report-1col.pdf", "application/pdf", raw); err != nil {
		t.Fatal(err)
	}
	if as := s.Attachments(mail.ID); len(as) != 1 || as[0].ID != att.ID {
		t.Errorf("attachments of the mail: %+v", as)
	}
	assertCurrent(t, s, "after the imports")
}
