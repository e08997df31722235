package widgets

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/edtf"
)

// DateEntry is an entry for a fuzzy date written as an analyst writes it:
// EDTF ("1980/1983", "2014~") or a phrase ("early 1980s", "Tuesday", "20
// June 2023"). Under the field a caption shows, as the analyst types, how
// the text reads in words (edtf.Reading.Words: "early 1980s (1980 to
// 1983)", "20 June 2023, the Tuesday before the source's date of 21 June
// 2023"), then, smaller and muted, the EDTF where it says more than the
// words ("EDTF 197X" after "in the 1970s"); or why it does not read: an
// invalid date, or a phrase that is not understood, in which case nothing
// is guessed.
//
// Words for days ("Tuesday", "yesterday") are read against the reference
// date given by SetReference: the source's published date, or the case's
// as-of date.
type DateEntry struct {
	widget.BaseWidget

	// OnChanged is called after each edit whose text reads as a date (or is
	// empty: no date). It is not called while the text does not read; Date
	// then returns the reason.
	OnChanged func(app.Date)
	// OnSubmitted is called when the analyst presses Enter on text that
	// reads as a date (or is empty).
	OnSubmitted func(app.Date)
	// OnFocusLost is called when the field loses keyboard focus, for a
	// window that saves edits then.
	OnFocusLost func()
	// OnEscape, if set, is called when Escape is pressed in the field: a
	// dialog's Cancel. Without it the entry handles Escape as any entry.
	OnEscape func()

	entry   *dateField
	caption *widget.RichText // the reading in words, then its EDTF muted
	words   string           // the caption's words
	code    string           // the EDTF shown muted after the words, if it adds anything
	imp     widget.Importance

	ref      time.Time
	refLabel string
	date     app.Date
	err      error
	edited   bool // the text was typed, not set by SetDate
}

// dateField is the entry inside a DateEntry; it reports losing focus and
// Escape.
type dateField struct {
	widget.Entry
	lost   func()
	escape func() bool // runs the DateEntry's OnEscape; false if it has none
}

// TypedKey gives Escape to the DateEntry's OnEscape when there is one.
func (f *dateField) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && f.escape != nil && f.escape() {
		return
	}
	f.Entry.TypedKey(ev)
}

func newDateField() *dateField {
	f := &dateField{}
	f.ExtendBaseWidget(f)
	return f
}

// FocusLost tells the DateEntry after the entry has handled it.
func (f *dateField) FocusLost() {
	f.Entry.FocusLost()
	if f.lost != nil {
		f.lost()
	}
}

// dateExamples are offered when a phrase is not understood.
const dateExamples = "Try 1983, early 1980s, July 2022, 20 June 2023, Tuesday or 1980/1983."

// NewDateEntry returns an empty date entry.
func NewDateEntry() *DateEntry {
	d := &DateEntry{entry: newDateField(), caption: widget.NewRichText()}
	d.entry.SetPlaceHolder("Date, e.g. early 1980s, 20 June 2023, 1980/1983")
	d.entry.OnChanged = d.typed
	d.entry.OnSubmitted = d.submitted
	d.entry.lost = d.focusLost
	d.entry.escape = d.escaped
	d.caption.Wrapping = fyne.TextWrapWord
	d.ExtendBaseWidget(d)
	return d
}

// SetReference sets the date that words for days are read against, and how
// the caption names it ("the source's date"; empty: "the reference date").
// A zero t means there is none, and "Tuesday" cannot be read. Text the
// analyst has typed is read again, calling OnChanged if its date changes; a
// date given by SetDate is kept as it was stored.
func (d *DateEntry) SetReference(t time.Time, label string) {
	d.ref, d.refLabel = t, label
	if !d.edited {
		d.showStored()
		return
	}
	before := d.date
	d.interpret(d.entry.Text)
	if d.err == nil && d.date != before && d.OnChanged != nil {
		d.OnChanged(d.date)
	}
}

// ReadAgain reads the shown text again against the reference date, as if
// the analyst had typed it, and calls OnChanged when that gives another
// date: for a change of the reference the analyst made (citing a dated
// source makes "Tuesday" the Tuesday before its date), not for showing an
// item, whose stored date stands as it was saved. A text that no longer
// reads keeps the stored date.
func (d *DateEntry) ReadAgain() {
	if d.edited {
		return // SetReference read the typed text again already
	}
	stored := d.date
	d.interpret(d.entry.Text)
	if d.err != nil || d.date == stored {
		d.date, d.err = stored, nil
		d.showStored()
		return
	}
	d.edited = true
	if d.OnChanged != nil {
		d.OnChanged(d.date)
	}
}

// SetDate shows a stored date: its phrase if it has one, else its EDTF. It
// does not call OnChanged.
func (d *DateEntry) SetDate(date app.Date) {
	d.date, d.err, d.edited = date, nil, false
	text := date.Phrase
	if text == "" {
		text = date.EDTF
	}
	d.entry.OnChanged = nil
	d.entry.SetText(text)
	d.entry.OnChanged = d.typed
	d.showStored()
}

// Date returns the date the text reads as: the EDTF, and the phrase as
// typed when it was not EDTF itself. The error says why the text does not
// read (it wraps edtf.ErrNotUnderstood for a phrase that is not
// understood); an empty text is the zero Date and no error.
func (d *DateEntry) Date() (app.Date, error) {
	if d.err != nil {
		return app.Date{}, d.err
	}
	return d.date, nil
}

// Text returns the text in the field.
func (d *DateEntry) Text() string { return d.entry.Text }

// Caption returns the caption under the field: the reading or the reason.
func (d *DateEntry) Caption() string { return d.words }

// Code is the EDTF the caption shows after the reading ("197X" for "in the
// 1970s"), or "" when it would add nothing (the text typed is EDTF, there
// is no date, or it does not read).
func (d *DateEntry) Code() string { return d.code }

// FocusTarget returns the field that takes keyboard focus, for
// Canvas.Focus and for test.Type.
func (d *DateEntry) FocusTarget() fyne.Focusable { return d.entry }

// TextEntry returns the entry the analyst types in, for a form that sets
// its Validator or a test that types into it.
func (d *DateEntry) TextEntry() *widget.Entry { return &d.entry.Entry }

// Validate runs the text entry's Validator (none: always valid), so that a
// form holding a DateEntry can refuse to submit an unreadable date.
func (d *DateEntry) Validate() error { return d.entry.Validate() }

// SetOnValidationChanged tells a form when the text entry's validity
// changes; DateEntry is thereby a fyne.Validatable.
func (d *DateEntry) SetOnValidationChanged(f func(error)) { d.entry.SetOnValidationChanged(f) }

// Disable stops the analyst editing the date.
func (d *DateEntry) Disable() { d.entry.Disable() }

// Enable lets the analyst edit the date again.
func (d *DateEntry) Enable() { d.entry.Enable() }

// Disabled reports whether the date can be edited.
func (d *DateEntry) Disabled() bool { return d.entry.Disabled() }

func (d *DateEntry) typed(text string) {
	d.edited = true
	d.interpret(text)
	if d.err == nil && d.OnChanged != nil {
		d.OnChanged(d.date)
	}
}

func (d *DateEntry) submitted(string) {
	if d.err == nil && d.OnSubmitted != nil {
		d.OnSubmitted(d.date)
	}
}

// escaped runs OnEscape and reports whether there is one.
func (d *DateEntry) escaped() bool {
	if d.OnEscape == nil {
		return false
	}
	d.OnEscape()
	return true
}

func (d *DateEntry) focusLost() {
	if d.OnFocusLost != nil {
		d.OnFocusLost()
	}
}

// interpret reads text (app.ReadDate, as every date field of Casefile
// does) and shows the reading or the reason.
func (d *DateEntry) interpret(text string) {
	date, r, err := app.ReadDate(text, d.ref)
	switch {
	case err != nil:
		d.date, d.err = app.Date{}, err
		d.show(d.reason(err), widget.DangerImportance)
		return
	case date.IsZero():
		d.show("No date", widget.LowImportance)
	case date.Phrase == "":
		d.show(r.Date.Words(), widget.MediumImportance)
	default:
		d.showReading(r.Words(d.refLabel), codeAdds(date.EDTF), widget.MediumImportance)
	}
	d.date, d.err = date, nil
}

// reason turns a reading error into the caption's words.
func (d *DateEntry) reason(err error) string {
	switch {
	case errors.Is(err, edtf.ErrNeedsReference):
		ref := d.refLabel
		if ref == "" {
			ref = "a reference date"
		}
		return err.Error() + ": set " + ref + ", or write the date itself, e.g. 20 June 2023."
	case errors.Is(err, edtf.ErrNotUnderstood):
		return err.Error() + " — nothing was guessed. " + dateExamples
	}
	return "Not a valid date: " + err.Error()
}

// showStored captions a date given by SetDate without re-reading it
// against a reference that may have changed since it was stored.
func (d *DateEntry) showStored() {
	date := d.date
	if date.EDTF == "" {
		if date.Phrase != "" {
			d.err = errors.New("the date has a phrase but no EDTF")
			d.show("Stored without a date: retype it.", widget.DangerImportance)
			return
		}
		d.show("No date", widget.LowImportance)
		return
	}
	parsed, err := edtf.Parse(date.EDTF)
	if err != nil {
		d.err = err
		d.show("Not a valid date: "+err.Error(), widget.DangerImportance)
		return
	}
	if date.Phrase == "" {
		d.show(parsed.Words(), widget.MediumImportance)
		return
	}
	// The phrase's reading, if it still gives the stored date; otherwise
	// what is stored.
	if r, err := edtf.ParsePhrase(date.Phrase, d.ref); err == nil && r.EDTF == date.EDTF {
		d.showReading(r.Words(d.refLabel), codeAdds(date.EDTF), widget.MediumImportance)
		return
	}
	d.showReading(parsed.Words(), codeAdds(date.EDTF), widget.MediumImportance)
}

func (d *DateEntry) show(text string, imp widget.Importance) { d.showReading(text, "", imp) }

// codeAdds is the EDTF to show after a phrase's reading: "" for a plain
// day ("2023-06-20" says no more than "20 June 2023"), else the code.
func codeAdds(code string) string {
	if len(code) == len("2023-06-20") && !strings.ContainsAny(code, "X~?%/") {
		return ""
	}
	return code
}

// captionColors are the caption's colours by importance, as a label's.
var captionColors = map[widget.Importance]fyne.ThemeColorName{
	widget.LowImportance:    theme.ColorNameDisabled,
	widget.DangerImportance: theme.ColorNameError,
}

// showReading captions the field with words and, when it adds something,
// the EDTF the words stand for, smaller and muted after them: "some time
// in the 1970s (1970 to 1979)  EDTF 197X".
func (d *DateEntry) showReading(words, code string, imp widget.Importance) {
	if d.words == words && d.code == code && d.imp == imp && len(d.caption.Segments) > 0 {
		return
	}
	d.words, d.code, d.imp = words, code, imp
	color, ok := captionColors[imp]
	if !ok {
		color = theme.ColorNameForeground
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: words,
		Style: widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, ColorName: color}}}
	if code != "" {
		segs = append(segs, &widget.TextSegment{Text: "   EDTF " + code,
			Style: widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNamePlaceHolder}})
	}
	d.caption.Segments = segs
	d.caption.Refresh()
	d.Refresh()
}

// MinSize is the entry's height and the caption's.
func (d *DateEntry) MinSize() fyne.Size {
	d.ExtendBaseWidget(d)
	return d.BaseWidget.MinSize()
}

// CreateRenderer is part of fyne.Widget.
func (d *DateEntry) CreateRenderer() fyne.WidgetRenderer {
	d.ExtendBaseWidget(d)
	if len(d.caption.Segments) == 0 {
		d.interpret(d.entry.Text)
	}
	return &dateEntryRenderer{d: d, objects: []fyne.CanvasObject{d.entry, d.caption}}
}

type dateEntryRenderer struct {
	d       *DateEntry
	objects []fyne.CanvasObject
}

func (r *dateEntryRenderer) Destroy() {}

func (r *dateEntryRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Layout puts the entry on top and the caption, indented to the entry's
// text, below it; the caption gives back the label's own padding so that it
// sits close under the field.
func (r *dateEntryRenderer) Layout(size fyne.Size) {
	eh := r.d.entry.MinSize().Height
	r.d.entry.Move(fyne.NewPos(0, 0))
	r.d.entry.Resize(fyne.NewSize(size.Width, eh))
	pad := r.d.Theme().Size(theme.SizeNamePadding)
	r.d.caption.Move(fyne.NewPos(0, eh-pad))
	r.d.caption.Resize(fyne.NewSize(size.Width, max(size.Height-eh+pad, 0)))
}

func (r *dateEntryRenderer) MinSize() fyne.Size {
	e := r.d.entry.MinSize()
	c := r.d.caption.MinSize()
	pad := r.d.Theme().Size(theme.SizeNamePadding)
	return fyne.NewSize(max(e.Width, c.Width), e.Height+c.Height-pad)
}

func (r *dateEntryRenderer) Refresh() {
	r.Layout(r.d.Size())
	r.d.entry.Refresh()
	r.d.caption.Refresh()
}
