package widgets

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/edtf"
)

func newDateEntryWindow(t *testing.T) *DateEntry {
	t.Helper()
	newLightApp(t)
	d := NewDateEntry()
	showAlone(t, d, 420, d.MinSize().Height)
	return d
}

func TestDateEntryValidEDTF(t *testing.T) {
	d := newDateEntryWindow(t)
	var got []app.Date
	d.OnChanged = func(v app.Date) { got = append(got, v) }
	test.Type(d.FocusTarget(), "1980/1983")
	if want := "early 1980s (1980 to 1983)"; d.Caption() != want || d.Code() != "" {
		t.Errorf("caption %q, want %q", d.Caption(), want)
	}
	date, err := d.Date()
	if err != nil || date != (app.Date{EDTF: "1980/1983"}) {
		t.Errorf("Date() = %+v, %v; want EDTF 1980/1983 and no phrase", date, err)
	}
	if len(got) == 0 || got[len(got)-1] != date {
		t.Errorf("OnChanged got %v, want last %+v", got, date)
	}
	if d.imp == widget.DangerImportance {
		t.Error("a valid date is captioned as an error")
	}
}

// TestDateEntryReadsInWords: the reading is words first; the EDTF follows,
// muted, only where it says more than the words.
func TestDateEntryReadsInWords(t *testing.T) {
	for _, tc := range []struct{ typed, words, code string }{
		{"in the 1970s", "some time in the 1970s (1970 to 1979)", "197X"},
		{"1980/1983", "early 1980s (1980 to 1983)", ""},
		{"1980 to 1985", "1980 to 1985", "1980/1985"},
		{"20 June 2023", "on 20 June 2023", ""},
		{"around 1985", "around 1985 (approximate)", "1985~"},
		{"since 2014", "since 2014 (open end)", "2014/.."},
	} {
		d := newDateEntryWindow(t)
		test.Type(d.FocusTarget(), tc.typed)
		if d.Caption() != tc.words || d.Code() != tc.code {
			t.Errorf("%q reads %q with EDTF %q, want %q with %q", tc.typed, d.Caption(), d.Code(), tc.words, tc.code)
		}
		if strings.Contains(d.Caption(), "→") {
			t.Errorf("%q reads %q: codes before words", tc.typed, d.Caption())
		}
	}
}

func TestDateEntryPhrase(t *testing.T) {
	d := newDateEntryWindow(t)
	test.Type(d.FocusTarget(), "early 1980s")
	if want := "early 1980s (1980 to 1983)"; d.Caption() != want || d.Code() != "1980/1983" {
		t.Errorf("caption %q with EDTF %q, want %q with 1980/1983", d.Caption(), d.Code(), want)
	}
	date, err := d.Date()
	if err != nil || date != (app.Date{EDTF: "1980/1983", Phrase: "early 1980s"}) {
		t.Errorf("Date() = %+v, %v; want the EDTF and the phrase", date, err)
	}
}

func TestDateEntryWeekdayWithReference(t *testing.T) {
	d := newDateEntryWindow(t)
	d.SetReference(time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC), "the source's date")
	var got app.Date
	d.OnChanged = func(v app.Date) { got = v }
	test.Type(d.FocusTarget(), "Tuesday")
	if want := "20 June 2023, the Tuesday before the source's date of 21 June 2023"; d.Caption() != want || d.Code() != "" {
		t.Errorf("caption %q with EDTF %q, want %q and no EDTF (a day adds nothing)", d.Caption(), d.Code(), want)
	}
	if want := (app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}); got != want {
		t.Errorf("OnChanged got %+v, want %+v", got, want)
	}

	// The source's date changes: the typed phrase is read again.
	d.SetReference(time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC), "the source's date")
	if want := (app.Date{EDTF: "2023-06-13", Phrase: "Tuesday"}); got != want {
		t.Errorf("after a new reference, OnChanged got %+v, want %+v", got, want)
	}
}

func TestDateEntryReadAgainReadsAStoredPhrase(t *testing.T) {
	d := newDateEntryWindow(t)
	d.SetReference(time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC), "the case's as-of date")
	d.SetDate(app.Date{EDTF: "2023-06-27", Phrase: "Tuesday"})
	var got []app.Date
	d.OnChanged = func(v app.Date) { got = append(got, v) }

	// Showing an item against another reference leaves its saved date.
	d.SetReference(time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC), "the source's date")
	if now, _ := d.Date(); len(got) != 0 || now != (app.Date{EDTF: "2023-06-27", Phrase: "Tuesday"}) {
		t.Fatalf("SetReference changed a stored date: %+v, now %+v", got, now)
	}
	// The analyst's own change of reference reads it again.
	d.ReadAgain()
	want := app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}
	if now, _ := d.Date(); len(got) != 1 || got[0] != want || now != want {
		t.Errorf("ReadAgain gave %+v, date %+v, want one change to %+v", got, now, want)
	}
	// A date in figures reads the same against any reference: no change.
	d.SetDate(app.Date{EDTF: "2023-06-20"})
	d.ReadAgain()
	if len(got) != 1 {
		t.Errorf("ReadAgain changed a date in figures: %+v", got)
	}
}

func TestDateEntryWeekdayWithoutReference(t *testing.T) {
	d := newDateEntryWindow(t)
	test.Type(d.FocusTarget(), "Tuesday")
	if _, err := d.Date(); !errors.Is(err, edtf.ErrNeedsReference) {
		t.Errorf("Date() error %v, want one needing a reference", err)
	}
	if !strings.Contains(d.Caption(), "needs a reference date") {
		t.Errorf("caption %q does not say a reference date is needed", d.Caption())
	}
}

func TestDateEntryInvalid(t *testing.T) {
	d := newDateEntryWindow(t)
	called := false
	d.OnChanged = func(app.Date) { called = true }
	test.Type(d.FocusTarget(), "2023-02-30")
	if want := `Not a valid date: "2023-02-30": February 2023 has no day 30`; d.Caption() != want {
		t.Errorf("caption %q, want %q", d.Caption(), want)
	}
	if _, err := d.Date(); err == nil {
		t.Error("Date() gave no error for 2023-02-30")
	}
	if d.imp != widget.DangerImportance {
		t.Error("an invalid date is not captioned as an error")
	}
	// OnChanged ran for the valid prefixes ("2023", "2023-02") but not after.
	called = false
	test.Type(d.FocusTarget(), "0")
	if called {
		t.Error("OnChanged called for an invalid date")
	}
}

func TestDateEntryNotUnderstood(t *testing.T) {
	d := newDateEntryWindow(t)
	test.Type(d.FocusTarget(), "soon after the war")
	_, err := d.Date()
	if !errors.Is(err, edtf.ErrNotUnderstood) {
		t.Fatalf("Date() error %v, want not understood", err)
	}
	c := d.Caption()
	if !strings.HasPrefix(c, `"soon after the war": not understood — nothing was guessed.`) || !strings.Contains(c, "early 1980s") {
		t.Errorf("caption %q", c)
	}
}

func TestDateEntrySetDateAndSubmit(t *testing.T) {
	d := newDateEntryWindow(t)
	d.OnChanged = func(v app.Date) { t.Errorf("SetDate called OnChanged(%+v)", v) }
	d.SetReference(time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC), "the source's date")
	d.SetDate(app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"})
	if d.Text() != "Tuesday" {
		t.Errorf("Text() = %q, want the phrase", d.Text())
	}
	if want := "20 June 2023, the Tuesday before the source's date of 21 June 2023"; d.Caption() != want {
		t.Errorf("caption %q, want %q", d.Caption(), want)
	}
	// A new reference does not change a stored date.
	d.SetReference(time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC), "the source's date")
	if date, _ := d.Date(); date.EDTF != "2023-06-20" {
		t.Errorf("stored date changed to %+v by a new reference", date)
	}
	if want := "on 20 June 2023"; d.Caption() != want {
		t.Errorf("caption %q, want %q", d.Caption(), want)
	}

	d.OnChanged = nil
	var submitted []app.Date
	d.OnSubmitted = func(v app.Date) { submitted = append(submitted, v) }
	d.SetDate(app.Date{EDTF: "197X"})
	if d.Text() != "197X" || !strings.Contains(d.Caption(), "1970s") {
		t.Errorf("SetDate(197X): text %q, caption %q", d.Text(), d.Caption())
	}
	d.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(submitted) != 1 || submitted[0].EDTF != "197X" {
		t.Errorf("Enter: OnSubmitted got %v", submitted)
	}
	d.SetDate(app.Date{EDTF: "2023-13"})
	if _, err := d.Date(); err == nil || d.imp != widget.DangerImportance {
		t.Errorf("SetDate with a bad EDTF: err %v, caption %q", err, d.Caption())
	}
	d.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(submitted) != 1 {
		t.Errorf("Enter on an invalid date called OnSubmitted: %v", submitted)
	}
	d.SetDate(app.Date{})
	if date, err := d.Date(); err != nil || !date.IsZero() || d.Caption() != "No date" {
		t.Errorf("SetDate(zero): %+v, %v, caption %q", date, err, d.Caption())
	}
}

// Escape in the field runs OnEscape (a dialog's Cancel), with the text
// kept as typed; without OnEscape the entry has Escape as any entry.
func TestDateEntryEscape(t *testing.T) {
	d := newDateEntryWindow(t)
	test.Type(d.entry, "June 2023")
	d.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // no OnEscape: nothing happens
	escaped := 0
	d.OnEscape = func() { escaped++ }
	d.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if escaped != 1 || d.Text() != "June 2023" {
		t.Errorf("Escape: OnEscape ran %d times, text %q", escaped, d.Text())
	}
}

func TestDateEntryFocusLostAndDisable(t *testing.T) {
	newLightApp(t)
	d := NewDateEntry()
	other := widget.NewEntry()
	w := showAlone(t, container.NewVBox(d, other), 420, 200)
	lost := 0
	d.OnFocusLost = func() { lost++ }
	w.Canvas().Focus(d.FocusTarget())
	test.Type(d.FocusTarget(), "2014~")
	w.Canvas().Focus(other)
	if lost != 1 {
		t.Errorf("OnFocusLost called %d times, want 1", lost)
	}
	d.Disable()
	if !d.Disabled() {
		t.Error("Disable did not disable")
	}
	test.Type(d.FocusTarget(), "5")
	if d.Text() != "2014~" {
		t.Errorf("a disabled entry took typing: %q", d.Text())
	}
	d.Enable()
	if d.Disabled() {
		t.Error("Enable did not enable")
	}
}

func TestDateEntryGolden(t *testing.T) {
	newLightApp(t)
	ok := NewDateEntry()
	ok.SetReference(time.Date(2023, 6, 21, 0, 0, 0, 0, time.UTC), "the source's date")
	bad := NewDateEntry()
	decade := NewDateEntry()
	w := showAlone(t, container.NewVBox(ok, bad, decade), 460, 260)
	test.Type(decade.FocusTarget(), "in the 1970s")
	decade.entry.FocusLost()
	test.Type(ok.FocusTarget(), "Tuesday")
	test.Type(bad.FocusTarget(), "the week after")
	ok.entry.FocusLost() // test.Type focuses without the canvas knowing
	bad.entry.FocusLost()
	test.AssertImageMatches(t, "dateentry.png", w.Canvas().Capture())
}
