package reader

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/textfind"
	"casefile/app/ui/kit"
	"casefile/app/ui/kit/kittest"
	"casefile/app/ui/uitest"
	"casefile/widgets"
)

func TestAnnotateSuggestionLinksName(t *testing.T) {
	b := newBench(t, uitest.AnnotCase(), false)
	a := b.open(t, "s-times")
	name := "Ministry of the Interior"
	s := at(t, annotText, name)
	var sug *widgets.Highlight
	for _, h := range a.view.Highlights() {
		if h.Kind == widgets.HighlightSuggestion && h.Start == s {
			sug = &h
		}
	}
	if sug == nil || sug.End != s+len(name) || !strings.Contains(sug.Label, "Ministry of the Interior") {
		t.Fatalf("no suggestion over %q: %+v", name, a.view.Highlights())
	}
	// Çuçi already cites the source: his name is no suggestion (he is not named anyway).
	pos, size := uitest.CharBox(t, a.view, s+3)
	test.TapCanvas(b.win.Canvas(), pos.Add(fyne.NewPos(size.Width/2, size.Height/2)))
	o, _ := b.st.Organization("o-ministry")
	uitest.WantQuote(t, "suggestion", uitest.QuoteOf(t, o.Citations, "s-times"), annotText, name)
	if len(b.nav.visits) != 0 {
		t.Errorf("linking a suggestion left the text for %v", b.nav.visits)
	}
	h, ok := uitest.HighlightAt(a.view, s)
	if !ok || h.Kind != widgets.HighlightOrganization {
		t.Errorf("after linking, the name is highlighted as %+v", h)
	}
	for _, h := range a.view.Highlights() {
		if h.Kind == widgets.HighlightSuggestion && h.Start == s {
			t.Error("the suggestion stays after linking")
		}
	}
}

func TestAnnotateCiteForAndNote(t *testing.T) {
	b := newBench(t, uitest.AnnotCase(), false)
	a := b.open(t, "s-times")
	// Çuçi cites s-times without a quote: Cite for gives that citation the quote.
	from := at(t, annotText, "said some 100")
	b.dragSelect(t, from, from+len("said some 100"))
	b.barButton(t, "Cite for")
	menu := a.citeMenu()
	last := menu.Items[len(menu.Items)-1]
	if last.Label != "Search all items…" {
		t.Fatalf("Cite for menu ends with %q", last.Label)
	}
	last.Action()
	uitest.PickFirst(t, b.win, "cuci")
	p, _ := b.st.Person("p-cuci")
	if len(p.Citations) != 1 {
		t.Fatalf("Çuçi has %d citations, want the one given a quote", len(p.Citations))
	}
	uitest.WantQuote(t, "cite for", uitest.QuoteOf(t, p.Citations, "s-times"), annotText, "said some 100")
	if a.bar.Visible() {
		t.Error("the bar stays after citing")
	}
	if !strings.HasPrefix(b.bar.text, "Cited ‘Police raid camp at dawn’ for Person: Arben Çuçi · all changes saved at ") {
		t.Errorf("status after citing = %q", b.bar.text)
	}
	// Now Çuçi is offered first in the menu.
	b.dragSelect(t, 0, 2)
	if m := a.citeMenu(); !strings.Contains(m.Items[0].Label, "Arben Çuçi") {
		t.Errorf("recent item not offered: %q", m.Items[0].Label)
	}
	// A note.
	from = at(t, annotText, "no one was hurt")
	b.dragSelect(t, from, from+len("no one was hurt"))
	test.Tap(b.barButton(t, "Note"))
	test.Type(uitest.OverlayEntries(t, b.win)[0], "Contradicts the Times.")
	uitest.TapOverlay(t, b.win, "Save")
	notes, _ := b.st.Annotations()
	if len(notes) != 1 || notes[0].Note != "Contradicts the Times." {
		t.Fatalf("notes = %+v", notes)
	}
	uitest.WantQuote(t, "note", *notes[0].Quote, annotText, "no one was hurt")
	if !strings.HasPrefix(b.bar.text, "Added a note on the text · all changes saved at ") {
		t.Errorf("status after the note = %q", b.bar.text)
	}
	if h, ok := uitest.HighlightAt(a.view, from); !ok || h.Kind != widgets.HighlightNote {
		t.Errorf("the note is highlighted as %+v", h)
	}
}

func TestAnnotateReadOnlyOffersNoActions(t *testing.T) {
	b := newBench(t, uitest.AnnotCase(), true)
	a := b.open(t, "s-times")
	b.dragSelect(t, 3, 10)
	if a.bar.Visible() || !a.editBtn.Disabled() || len(a.hits) != 0 {
		t.Errorf("read-only: bar %v, edit enabled %v, %d suggestions", a.bar.Visible(), !a.editBtn.Disabled(), len(a.hits))
	}
}

func TestAnnotateLargeText(t *testing.T) {
	d := uitest.AnnotCase()
	var sb strings.Builder
	for sb.Len() < 200_000 {
		sb.WriteString(annotText + "\n\n")
	}
	text := sb.String()
	d.Sources[0].Text = text
	for i := range 300 {
		s := at(t, text, "raided") + i*len(annotText+"\n\n")
		q := app.Quote(anchor.Capture(text, s, s+len("raided")))
		d.Events[0].Citations = append(d.Events[0].Citations, app.Citation{Source: "s-times", Quote: &q})
	}
	b := newBench(t, d, false)
	start := time.Now()
	a := b.open(t, "s-times")
	took := time.Since(start)
	if len(a.marks) != 300 || len(a.hits) == 0 {
		t.Fatalf("%d quotes, %d suggestions", len(a.marks), len(a.hits))
	}
	t.Logf("showing 200 KB with 300 quotes and %d suggestions took %v", len(a.hits), took)
	// The bar follows its selection when the text scrolls.
	from := at(t, text, "Gent Hoxha")
	b.dragSelect(t, from, from+len("Gent Hoxha"))
	barY := a.bar.Position().Y
	kittest.Wheel(b.win.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(a.view).Add(fyne.NewPos(50, 50)), -25)
	if got := a.bar.Position().Y; got > barY-kit.WheelStep()+1 || !a.bar.Visible() {
		t.Errorf("after a notch of the wheel the bar moved from %v to %v (visible %v)", barY, got, a.bar.Visible())
	}
}

func TestAnnotateSelectionSnapsToWords(t *testing.T) {
	b := newBench(t, uitest.AnnotCase(), false)
	a := b.open(t, "s-times")
	from := at(t, annotText, "the camp at dawn")
	b.dragSelect(t, from+2, from+len("the camp at daw")) // "e camp at daw"
	q, ok := a.selectedQuote()
	if !ok || q.Exact != "the camp at dawn" {
		t.Errorf("quote = %q", q.Exact)
	}
	if s, e := a.view.Selection(); s != from || e != from+len("the camp at dawn") {
		t.Errorf("the view shows %d–%d", s, e)
	}
	ref := time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC)
	text := []rune("Police entered the camp on Tuesday 20 June 2023.")
	if d, _ := textfind.DateNear(text, 0, 6, ref); d.Phrase != "Tuesday 20 June 2023" || d.EDTF != "2023-06-20" {
		t.Errorf("date = %+v", d)
	}
}
