package ui

import (
	"image"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/image/font/sfnt"

	"casefile/app/ui/uifont"
)

// TestBuildLeavesOutFynesEmojiFont: the program is built with Fyne's
// no_emoji tag (scripts/buildinfo.sh tags). With Fyne's own emoji font
// compiled in, Fyne parses that 4 MB font again for every text style it
// draws (internal/painter, CachedFontFace → lookupFaces), some 5 MB of
// heap each (docs/BENCHMARKS.md, "Memory").
func TestBuildLeavesOutFynesEmojiFont(t *testing.T) {
	if theme.DefaultEmojiFont() != nil {
		t.Error("Fyne's emoji font is compiled in: build and test with -tags sqlite_fts5,no_emoji (scripts/buildinfo.sh tags; make does)")
	}
}

// TestEmojiInTextComeFromTheSystemFonts: without Fyne's emoji font, an
// emoji in a case's text (a quoted post, an e-mail) is drawn from the
// system's fonts, as any character the bundled fonts lack, not as the box
// of a missing character. Debian's fonts-noto-color-emoji provides them
// here (make test installs it); Windows and macOS have an emoji font of
// their own.
func TestEmojiInTextComeFromTheSystemFonts(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(themeFor(themeLight))
	draw := func(s string) image.Image {
		w := test.NewWindow(widget.NewLabel(s))
		defer w.Close()
		w.Resize(fyne.NewSize(90, 50))
		return w.Canvas().Capture()
	}
	blank := draw("")
	missing := draw("\u0378") // unassigned: no font has it, drawn as the missing-character box
	emoji := draw("🚨")
	if sameImage(missing, blank) {
		t.Fatal("a missing character draws nothing: the comparison below would prove nothing")
	}
	if sameImage(emoji, missing) {
		t.Fatal("🚨 is drawn as the box of a missing character: no font on this computer has it (on Debian, install fonts-noto-color-emoji)")
	}
	if sameImage(emoji, blank) {
		t.Fatal("🚨 is not drawn at all")
	}
}

// TestScriptsTheBundledFontsLeaveOutComeFromTheSystemFonts: the bundled
// faces are subsets of DejaVu (Latin, Greek, Cyrillic; uifont), so a case's
// Arabic, Hebrew or Georgian text is drawn from the system's fonts, not as
// the boxes of missing characters. fonts-dejavu-core provides them here
// (make test installs it).
func TestScriptsTheBundledFontsLeaveOutComeFromTheSystemFonts(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(themeFor(themeLight))
	draw := func(s string, style fyne.TextStyle) image.Image {
		l := widget.NewLabel(s)
		l.TextStyle = style
		w := test.NewWindow(l)
		defer w.Close()
		w.Resize(fyne.NewSize(90, 50))
		return w.Canvas().Capture()
	}
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
		face, err := sfnt.Parse(uifont.Font(style).Content())
		if err != nil {
			t.Fatal(err)
		}
		missing := draw("\u0378", style) // unassigned: no font has it
		var buf sfnt.Buffer
		for _, r := range []rune{'ش', 'ש', 'თ'} {
			if gi, _ := face.GlyphIndex(&buf, r); gi != 0 {
				t.Fatalf("%s has %q, so this test proves nothing about the fallback", uifont.Font(style).Name(), r)
			}
			got := draw(string(r), style)
			if sameImage(got, missing) || sameImage(got, draw("", style)) {
				t.Errorf("%s (style %+v) is drawn as a missing character or not at all: no system font gives it (on Debian, install fonts-dejavu-core)", strconv.QuoteRune(r), style)
			}
		}
	}
}

// sameImage reports whether two captures have the same pixels.
func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ar, ag, ab, aa := a.At(x, y).RGBA()
			br, bg, bb, ba := b.At(x, y).RGBA()
			if ar != br || ag != bg || ab != bb || aa != ba {
				return false
			}
		}
	}
	return true
}
