package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"testing"

	"casefile/app"
)

func TestImportSourceKeepsOriginal(t *testing.T) {
	db := mustOpen(t)
	data := []byte("%PDF-1.4 pretend bytes of a report")
	mail := app.Source{Title: "Fwd: the report", Text: "Please find the report attached."}
	if err := db.ImportSource(&mail, "forward.eml", "message/rfc822", []byte("From: a@b\r\n\r\nbody")); err != nil {
		t.Fatal(err)
	}
	s := app.Source{Title: "The report", Text: "Page one.\n\nPage two.", Pages: []int{0, 11}, AttachedTo: mail.ID}
	if err := db.ImportSource(&s, "report.pdf", "application/pdf", data); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	want := app.Original{Name: "report.pdf", Type: "application/pdf", Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]), Kept: true}
	got, err := db.Source(s.ID)
	if err != nil || got.Original == nil || *got.Original != want || !slices.Equal(got.Pages, []int{0, 11}) || got.AttachedTo != mail.ID {
		t.Fatalf("source read back as %+v (%+v), %v", got, got.Original, err)
	}
	if p := app.QuotePages(&got, &app.Quote{Start: 11, End: 15}); p.String() != "p. 2" {
		t.Errorf("quote on page 2 cites %q", p)
	}
	b, o, err := db.OriginalFile(s.ID)
	if err != nil || !bytes.Equal(b, data) || o != want {
		t.Fatalf("OriginalFile = %q, %+v, %v", b, o, err)
	}
	// An edit keeps the original; deleting the mail leaves the
	// attachment, no longer attached; undo brings it back attached.
	got.Title = "The report (draft)"
	if err := db.UpdateSource(got); err != nil {
		t.Fatal(err)
	}
	if b, _, err := db.OriginalFile(s.ID); err != nil || !bytes.Equal(b, data) {
		t.Fatalf("after an edit: %v", err)
	}
	if err := db.DeleteSource(mail.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Source(s.ID); got.AttachedTo != "" {
		t.Errorf("still attached to a deleted source: %q", got.AttachedTo)
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Source(s.ID); got.AttachedTo != mail.ID {
		t.Errorf("undo did not reattach: %q", got.AttachedTo)
	}
	// Undoing the import removes the source and its file; redo restores both.
	db.Undo() // the edit
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Source(s.ID); err == nil {
		t.Error("the import was not undone")
	}
	if _, err := db.Redo(); err != nil {
		t.Fatal(err)
	}
	if b, _, err := db.OriginalFile(s.ID); err != nil || !bytes.Equal(b, data) {
		t.Errorf("redo: %v", err)
	}
	// A source typed in has no original: a sentence says so.
	_, _, err = db.OriginalFile("s1")
	var ae *app.Error
	if !errors.As(err, &ae) || ae.Code != app.ENOTFOUND {
		t.Errorf("OriginalFile of a typed source: %v", err)
	}
	// A page map that does not fit the text is refused, nothing written.
	bad := app.Source{Title: "Bad", Text: "short", Pages: []int{0, 99}}
	if err := db.ImportSource(&bad, "bad.pdf", "application/pdf", data); err == nil {
		t.Error("a page map beyond the text was accepted")
	}
	// Attached to a source not in the case.
	orphan := app.Source{Title: "Orphan", Text: "x", AttachedTo: "nope"}
	if err := db.CreateSource(&orphan); err == nil {
		t.Error("attached to a missing source, accepted")
	}
}

func TestImportSourceOverLimitKeepsHash(t *testing.T) {
	db := mustOpen(t)
	data := make([]byte, app.MaxOriginalBytes+1)
	s := app.Source{Title: "Huge", Text: "The text."}
	if err := db.ImportSource(&s, "huge.pdf", "application/pdf", data); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Source(s.ID)
	if got.Original == nil || got.Original.Kept || got.Original.Size != int64(len(data)) || len(got.Original.SHA256) != 64 {
		t.Fatalf("original %+v", got.Original)
	}
	var n int
	db.sql.QueryRow("SELECT count(*) FROM source_files").Scan(&n)
	if n != 0 {
		t.Errorf("%d files kept", n)
	}
	if _, _, err := db.OriginalFile(s.ID); err == nil {
		t.Error("no error for an original not kept")
	}
}

// TestKeptFileFollowsTheDescription: a source whose Original comes to name
// another file (another checksum, as a merged copy may) no longer keeps the
// bytes of the first, and Undo brings them back; a renamed file stays.
func TestKeptFileFollowsTheDescription(t *testing.T) {
	db := mustOpen(t)
	data := []byte("%PDF-1.4 the first file")
	s := app.Source{Title: "Report", Text: "Text."}
	if err := db.ImportSource(&s, "report.pdf", "application/pdf", data); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Source(s.ID)
	renamed := *got.Original
	renamed.Name = "report (final).pdf"
	got.Original = &renamed
	if err := db.UpdateSource(got); err != nil {
		t.Fatal(err)
	}
	if b, o, err := db.OriginalFile(s.ID); err != nil || !bytes.Equal(b, data) || o.Name != renamed.Name {
		t.Fatalf("renamed: %q %+v %v", b, o, err)
	}
	other := renamed
	other.SHA256, other.Size = strings.Repeat("ab", 32), 99
	got.Original = &other
	if err := db.UpdateSource(got); err != nil {
		t.Fatal(err)
	}
	after, _ := db.Source(s.ID)
	if after.Original == nil || after.Original.Kept || after.Original.SHA256 != other.SHA256 {
		t.Errorf("described as another file: %+v", after.Original)
	}
	if _, _, err := db.OriginalFile(s.ID); err == nil {
		t.Error("the first file's bytes are still kept for another file's description")
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	if b, _, err := db.OriginalFile(s.ID); err != nil || !bytes.Equal(b, data) {
		t.Errorf("undo did not bring the file back: %v", err)
	}
}
