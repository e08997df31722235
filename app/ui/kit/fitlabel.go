package kit

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FitLabel is a one-line label that shortens its text with an ellipsis to
// fit its width. Fyne's own ellipsis truncation measures the text again
// for every shorter prefix; in a list that refreshes on each keystroke of
// the filter that adds up. FitLabel adds up the widths of the letters
// (each measured once: Fyne caches them) and clips whatever that estimate
// misses, so a row costs one measurement: the label's own.
type FitLabel struct {
	widget.Label
	full  string
	short string  // shown instead of a shortened full text, if set
	width float32 // the width the text was fitted to
	// look is the theme's text colour when the label was last drawn: a
	// list sets the same text again after a theme change, and the label
	// must then be drawn again in the new colours.
	look color.Color
}

// NewFitLabel makes an empty FitLabel.
func NewFitLabel() *FitLabel {
	l := &FitLabel{}
	l.Truncation = fyne.TextTruncateClip
	l.ExtendBaseWidget(l)
	return l
}

// SetFull sets the text to show, shortened to fit.
func (l *FitLabel) SetFull(s string) {
	if s == l.full && l.short == "" && l.width == l.Size().Width && l.sameLook() {
		return
	}
	l.full, l.short = s, ""
	l.fit()
}

// SetFullShort sets the text to show and a shorter one to show instead
// when the whole text does not fit ("19 events", else "19").
func (l *FitLabel) SetFullShort(full, short string) {
	if full == l.full && short == l.short && l.width == l.Size().Width && l.sameLook() {
		return
	}
	l.full, l.short = full, short
	l.fit()
}

// Resize fits the text to the new width.
func (l *FitLabel) Resize(s fyne.Size) {
	l.Label.Resize(s)
	if s.Width != l.width {
		l.fit()
	}
}

// MinSize is one line high and as narrow as an ellipsis, or as the short
// text if there is one, so that a long text never widens its column.
func (l *FitLabel) MinSize() fyne.Size {
	m := l.Label.MinSize()
	pad := 2 * l.Theme().Size(theme.SizeNameInnerPadding)
	if l.short != "" {
		return fyne.NewSize(pad+l.measure(l.short)+1, m.Height)
	}
	return fyne.NewSize(min(m.Width, pad+l.measure("…")), m.Height)
}

func (l *FitLabel) measure(s string) float32 {
	th := l.Theme()
	size := th.Size(theme.SizeNameText)
	if l.SizeName != "" {
		size = th.Size(l.SizeName)
	}
	return fyne.MeasureText(s, size, l.TextStyle).Width
}

// sameLook reports whether the theme still draws text as it did when the
// label was last drawn.
func (l *FitLabel) sameLook() bool { return l.look == l.textColor() }

// textColor is the theme's colour for text, as the label is drawn now.
func (l *FitLabel) textColor() color.Color {
	return l.Theme().Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
}

// Full is the whole text, of which the label shows what fits.
func (l *FitLabel) Full() string { return l.full }

// fit sets the label's text to the full text, or the longest prefix that
// fits with an ellipsis after it.
func (l *FitLabel) fit() {
	l.width = l.Size().Width
	text := l.full
	avail := l.width - 2*l.Theme().Size(theme.SizeNameInnerPadding)
	if l.short != "" && l.width > 0 && l.measure(text) > avail {
		text = l.short
	}
	if l.width > 0 {
		room := avail - l.measure("…")
		used := float32(0)
		cut := -1
		for i, r := range text {
			used += l.measure(string(r))
			if cut < 0 && used > room {
				cut = i
			}
			if used > avail {
				text = strings.TrimRight(text[:cut], " ") + "…"
				break
			}
		}
	}
	look := l.textColor()
	if l.Text != text {
		l.SetText(text)
	} else if look != l.look {
		l.Refresh()
	}
	l.look = look
}
