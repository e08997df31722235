package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit"
	"casefile/app/ui/kit/kittest"
	"casefile/widgets"
)

// OverlayObjects lists what the topmost dialog of win holds, laid out.
func OverlayObjects(t testing.TB, win fyne.Window) []fyne.CanvasObject {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return test.LaidOutObjects(top)
}

// OverlayLabels lists the texts of the labels in the topmost dialog (none
// when no dialog is open).
func OverlayLabels(win fyne.Window) []string {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	return LabelsIn(top)
}

// OverlayButton finds the button reading text in the topmost dialog.
func OverlayButton(t testing.TB, win fyne.Window, text string) *widget.Button {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open (looking for %q)", text)
	}
	if b := FindButton(top, text); b != nil {
		return b
	}
	t.Fatalf("no button %q in the dialog", text)
	return nil
}

// TapOverlay taps the button reading text in the topmost dialog.
func TapOverlay(t testing.TB, win fyne.Window, text string) {
	t.Helper()
	test.Tap(OverlayButton(t, win, text))
}

// FindButton walks the tree under o for a button reading text.
func FindButton(o fyne.CanvasObject, text string) *widget.Button {
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := kittest.Button(x); ok && b.Text == text {
			return b
		}
	}
	return nil
}

// OverlayEntries lists the text entries of the topmost dialog, in order.
func OverlayEntries(t testing.TB, win fyne.Window) []*widget.Entry {
	t.Helper()
	var out []*widget.Entry
	for _, o := range OverlayObjects(t, win) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *kit.FieldEntry:
			out = append(out, &e.Entry)
		case *kit.KeyEntry:
			out = append(out, &e.Entry)
		case *widgets.DateEntry:
			out = append(out, e.TextEntry())
		}
	}
	return out
}

// OverlayField is the entry labelled label in the topmost dialog's form.
func OverlayField(t testing.TB, win fyne.Window, label string) *widget.Entry {
	t.Helper()
	for _, o := range OverlayObjects(t, win) {
		f, ok := o.(*widget.Form)
		if !ok {
			continue
		}
		for _, it := range f.Items {
			if it.Text != label {
				continue
			}
			switch e := it.Widget.(type) {
			case *widget.Entry:
				return e
			case *kit.KeyEntry:
				return &e.Entry
			}
		}
	}
	t.Fatalf("no field %q in the dialog", label)
	return nil
}

// OverlayList is the list in the topmost dialog (a picker's).
func OverlayList(t testing.TB, win fyne.Window) *widget.List {
	t.Helper()
	for _, o := range OverlayObjects(t, win) {
		if l, ok := o.(*widget.List); ok {
			return l
		}
	}
	t.Fatal("no list in the dialog")
	return nil
}

// PickFirst types into the open picker's filter and chooses its first row.
func PickFirst(t testing.TB, win fyne.Window, filter string) {
	t.Helper()
	entries := OverlayEntries(t, win)
	if len(entries) == 0 {
		t.Fatal("no picker is open")
	}
	entries[0].SetText(filter)
	l := OverlayList(t, win)
	if l.Length() == 0 {
		t.Fatalf("the picker shows nothing for %q", filter)
	}
	l.Select(0)
}

// LabelsIn lists the texts of the labels under o.
func LabelsIn(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

// FindHyperlink is the link under o that reads text, or nil.
func FindHyperlink(o fyne.CanvasObject, text string) *widget.Hyperlink {
	for _, x := range test.LaidOutObjects(o) {
		if h, ok := x.(*widget.Hyperlink); ok && h.Text == text {
			return h
		}
	}
	return nil
}

// EditDate replaces the text of a date field in win as a user does:
// focus, select all, type, leave the field.
func EditDate(win fyne.Window, d *widgets.DateEntry, text string) {
	c := win.Canvas()
	f := d.FocusTarget()
	c.Focus(f)
	f.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{})
	if text == "" {
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	} else {
		test.Type(f, text)
	}
	c.Unfocus()
}
