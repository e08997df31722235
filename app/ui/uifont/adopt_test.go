package uifont

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestFacesRideInFynesDefaultResources: Fyne skips parsing its own
// default font of a style as a fallback only when the theme's font is that
// very resource (internal/painter, lookupFaces: theme == fallback). Each
// bundled face must therefore be Fyne's default resource of its style,
// holding DejaVu; otherwise every style drawn costs a second parse of
// Fyne's Noto Sans (1.5 MB of heap each).
func TestFacesRideInFynesDefaultResources(t *testing.T) {
	for _, c := range []struct {
		style fyne.TextStyle
		fyne  fyne.Resource
	}{
		{fyne.TextStyle{}, theme.DefaultTextFont()},
		{fyne.TextStyle{Bold: true}, theme.DefaultTextBoldFont()},
		{fyne.TextStyle{Italic: true}, theme.DefaultTextItalicFont()},
		{fyne.TextStyle{Bold: true, Italic: true}, theme.DefaultTextBoldItalicFont()},
		{fyne.TextStyle{Monospace: true}, theme.DefaultTextMonospaceFont()},
	} {
		if got := Font(c.style); got != c.fyne {
			t.Errorf("style %+v: the bundled face %s is not Fyne's default resource %s, so Fyne parses both", c.style, got.Name(), c.fyne.Name())
		}
	}
	if !bytes.Equal(theme.DefaultTextFont().Content(), regularTTF) || theme.DefaultTextFont().Name() != "DejaVuSans.ttf" {
		t.Errorf("Fyne's default text font holds %s, not the bundled DejaVu Sans", theme.DefaultTextFont().Name())
	}
}
