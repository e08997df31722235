package uitest

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// PopUpItem is one item of a pop-up menu as the analyst sees it: its
// words, and a tap on it (which runs it and closes the menu).
type PopUpItem struct {
	Label string
	Tap   func()
}

// PopUpItems lists the items of the pop-up menu on top of win (separators
// left out), failing the test when no menu is open. Fyne keeps a menu
// item's *fyne.MenuItem in an exported field of an unexported type, which
// reflection reads.
func PopUpItems(t testing.TB, win fyne.Window) []PopUpItem {
	t.Helper()
	var pop *widget.PopUpMenu
	if top := win.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if p, ok := o.(*widget.PopUpMenu); ok {
				pop = p
			}
		}
	}
	if pop == nil {
		t.Fatal("no pop-up menu is open")
	}
	var items []PopUpItem
	for _, o := range pop.Items {
		v := reflect.ValueOf(o)
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
			continue
		}
		f := v.Elem().FieldByName("Item")
		if !f.IsValid() {
			continue // a separator
		}
		mi, ok := f.Interface().(*fyne.MenuItem)
		if !ok || mi == nil {
			continue
		}
		tap, ok := o.(fyne.Tappable)
		if !ok {
			continue
		}
		items = append(items, PopUpItem{Label: mi.Label, Tap: func() { tap.Tapped(&fyne.PointEvent{}) }})
	}
	return items
}
