package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestButtonTakesSpaceAndEnter(t *testing.T) {
	test.NewTempApp(t)
	n := 0
	b := NewButton("Add", nil, func() { n++ })
	w := test.NewTempWindow(t, b)
	w.Canvas().Focus(b)
	for _, k := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyTab, fyne.KeyA} {
		w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if n != 3 {
		t.Errorf("Space, Return, Enter, Tab and A pressed the button %d times, want 3", n)
	}
	b.Disable()
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if n != 3 {
		t.Error("Enter pressed a disabled button")
	}
}

func TestButtonEscapeRunsOnEscape(t *testing.T) {
	test.NewTempApp(t)
	pressed, escaped := 0, 0
	b := NewButton("Cancel", nil, func() { pressed++ })
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // no OnEscape: ignored
	b.OnEscape = func() { escaped++ }
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if pressed != 0 || escaped != 1 {
		t.Errorf("Escape pressed the button %d times and ran OnEscape %d times, want 0 and 1", pressed, escaped)
	}
}
