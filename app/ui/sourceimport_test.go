package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/ui/uitest"
	"casefile/widgets"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The reading view's file import: a PDF, an encrypted PDF and an e-mail
// with attachments, read off the UI goroutine as the window does.

const sourceFiles = "../sourcefile/testdata"

// importAndWait imports the file as File ▸ Import a source… does and waits
// for the reading to finish.
func importAndWait(cw *caseWindow, name string) {
	cw.importSourceText(filepath.Join(sourceFiles, name))
	settle(cw.shell)
}

// sourceNamed finds the source imported from the file name.
func sourceNamed(cw *caseWindow, name string) *app.Source {
	for i := range cw.idx().Data().Sources {
		s := &cw.idx().Data().Sources[i]
		if s.Original != nil && s.Original.Name == name {
			return s
		}
	}
	return nil
}

func TestImportPDFKeepsPagesAndOriginal(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	importAndWait(cw, "report-1col.pdf")
	s := sourceNamed(cw, "report-1col.pdf")
	if s == nil {
		t.Fatal("the PDF did not become a source")
	}
	if len(s.Pages) < 2 || !s.Original.Kept || s.Text == "" {
		t.Fatalf("source = %d pages, original %+v, %d characters of text", len(s.Pages), s.Original, len(s.Text))
	}
	root := cw.sources.Item().Content
	file := uitest.FormInput[*widget.Label](t, root, "File")
	openOrig := uitest.FormInput[*widgets.Button](t, root, "File")
	if cw.sources.Pane().Selected != s.ID || !strings.Contains(file.Text, "report-1col.pdf") || !openOrig.Visible() {
		t.Errorf("the Sources tab shows %q, file %q (Open original %v)", cw.sources.Pane().Selected, file.Text, openOrig.Visible())
	}
	if b, _, err := storeOf(cw).OriginalFile(s.ID); err != nil || len(b) == 0 {
		t.Errorf("the original is not kept in the case: %v", err)
	}

	// A quote on the second page says so beside it.
	start := s.Pages[1] + 2
	q := app.Quote{Exact: string([]rune(s.Text)[start : start+12]), Start: start, End: start + 12}
	c := app.Citation{Item: "e-raid", Source: s.ID, Quote: &q}
	if err := cw.s.AddCitation(&c); err != nil {
		t.Fatal(err)
	}
	cw.show(app.KindEvent, "e-raid")
	if findHyperlinkContaining(section(t, cw.timeline, "Sources cited"), "· p. 2") == nil {
		t.Error("the citation does not give its page")
	}
}

func TestImportEncryptedPDFAsksForThePassword(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	importAndWait(cw, "report-encrypted.pdf")
	if !slices.ContainsFunc(overlayLabels(cw), func(l string) bool { return strings.Contains(l, "protected by a password") }) {
		t.Fatalf("no password asked: %q", overlayLabels(cw))
	}
	overlayEntries(t, cw)[0].SetText("wrong")
	tapOverlay(t, cw, "Open")
	settle(cw.shell)
	if !slices.ContainsFunc(overlayLabels(cw), func(l string) bool { return strings.Contains(l, "does not open") }) {
		t.Fatalf("a wrong password is not said: %q", overlayLabels(cw))
	}
	overlayEntries(t, cw)[0].SetText("varnel")
	tapOverlay(t, cw, "Open")
	settle(cw.shell)
	if sourceNamed(cw, "report-encrypted.pdf") == nil {
		t.Error("the right password did not import the PDF")
	}
}

func TestImportMailOffersItsAttachments(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	importAndWait(cw, "forward.eml")
	mail := sourceNamed(cw, "forward.eml")
	if mail == nil {
		t.Fatal("the mail did not become a source")
	}
	if !slices.ContainsFunc(overlayLabels(cw), func(l string) bool { return strings.Contains(l, "Import each as a source") }) {
		t.Fatalf("the attachments are not offered: %q", overlayLabels(cw))
	}
	tapOverlay(t, cw, "Import")
	settle(cw.shell)
	n := 0
	for _, s := range cw.idx().Data().Sources {
		if s.AttachedTo == mail.ID {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no attachment became a source linked to the mail")
	}
	cw.show(app.KindSource, mail.ID)
	if findHyperlinkContaining(section(t, cw.sources, "Its attachments"), "") == nil {
		t.Error("the mail's form does not link its attachments")
	}
}

// findHyperlinkContaining finds a hyperlink under o whose text holds s.
func findHyperlinkContaining(o fyne.CanvasObject, s string) *widget.Hyperlink {
	for _, x := range test.LaidOutObjects(o) {
		if h, ok := x.(*widget.Hyperlink); ok && strings.Contains(h.Text, s) {
			return h
		}
	}
	return nil
}
