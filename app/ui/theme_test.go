package ui

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestThemesHaveIconsOfTheirOwn: a theme gives the same resource for an
// icon every time, and another theme another one, drawn in its own colour,
// so that a widget.Icon on a tab hidden during View ▸ Theme draws its
// icon again when the tab is shown (widget.Icon redraws only for another
// resource).
func TestThemesHaveIconsOfTheirOwn(t *testing.T) {
	a := test.NewTempApp(t)
	dark := themeFor(themeDark)
	a.Settings().SetTheme(dark)
	darkArrow := dark.Icon(theme.IconNameArrowDropDown)
	if again := dark.Icon(theme.IconNameArrowDropDown); again != darkArrow {
		t.Error("the same theme gave two resources for one icon: every refresh would draw it again")
	}
	darkSVG := darkArrow.Content()

	light := themeFor(themeLight)
	a.Settings().SetTheme(light)
	lightArrow := light.Icon(theme.IconNameArrowDropDown)
	if lightArrow == darkArrow {
		t.Fatal("Light and Dark gave the same resource for the drop-down arrow: a hidden tab's arrows keep Dark's colour")
	}
	if bytes.Equal(lightArrow.Content(), darkSVG) {
		t.Error("the drop-down arrow is drawn in the same colour in Light as in Dark")
	}
	if _, ok := lightArrow.(*theme.ThemedResource); !ok {
		t.Errorf("the arrow is a %T: Fyne recolours only a *theme.ThemedResource (for disabled and highlighted widgets)", lightArrow)
	}
	if lightArrow.Name() == "" {
		t.Error("the arrow has no name: Fyne caches its drawing by name")
	}
}
