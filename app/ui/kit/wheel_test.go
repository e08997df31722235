package kit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit/kittest"
)

// wheelForm is a tall form of one-line fields with a notes field third,
// in a short window; wheel says whether the form has our Wheel over it.
func wheelForm(t *testing.T, wheel bool) (fyne.Window, *container.Scroll, *FieldEntry, *FieldEntry) {
	t.Helper()
	test.NewTempApp(t)
	box := container.NewVBox()
	var first *FieldEntry
	notes := NewTextArea(3)
	for i := 0; i < 20; i++ {
		e := NewFieldEntry()
		e.SetText("a field")
		if first == nil {
			first = e
		}
		box.Add(e)
		if i == 2 {
			box.Add(notes)
		}
	}
	scroll := container.NewVScroll(box)
	var content fyne.CanvasObject = scroll
	if wheel {
		content = NewWheel(scroll)
	}
	w := test.NewWindow(content)
	w.Resize(fyne.NewSize(300, 300))
	t.Cleanup(w.Close)
	return w, scroll, first, notes
}

// middle is the centre of o on c.
func middle(c fyne.Canvas, o fyne.CanvasObject) fyne.Position {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

func TestWheelOverAFieldScrollsTheForm(t *testing.T) {
	// Without the Wheel, Fyne gives the wheel to the entry's own scroller
	// and the form does not move: the fault this guards against.
	w, scroll, field, _ := wheelForm(t, false)
	kittest.Wheel(w.Canvas(), middle(w.Canvas(), field), -25)
	if scroll.Offset.Y != 0 {
		t.Fatalf("without the Wheel the form moved to %v; the test no longer shows Fyne's behaviour", scroll.Offset.Y)
	}

	w, scroll, field, _ = wheelForm(t, true)
	got := kittest.Wheel(w.Canvas(), middle(w.Canvas(), field), -25)
	if _, ok := got.(*wheelLayer); !ok {
		t.Fatalf("the wheel over a field went to %T, not the form's Wheel", got)
	}
	if want := WheelStep(); scroll.Offset.Y != want {
		t.Errorf("one notch over a field moved the form %v, want %v (three lines)", scroll.Offset.Y, want)
	}
	if WheelStep() < 45 || WheelStep() > 90 {
		t.Errorf("WheelStep %v is not about three lines of text", WheelStep())
	}
	kittest.Wheel(w.Canvas(), fyne.NewPos(150, 150), 25)
	if scroll.Offset.Y != 0 {
		t.Errorf("a notch back left the form at %v", scroll.Offset.Y)
	}
	kittest.Wheel(w.Canvas(), fyne.NewPos(150, 150), 25)
	if scroll.Offset.Y != 0 {
		t.Errorf("a notch up at the top moved the form to %v", scroll.Offset.Y)
	}
}

func TestWheelOverNotesScrollsThemOnlyWhenTheyOverflow(t *testing.T) {
	w, scroll, _, notes := wheelForm(t, true)
	kittest.Wheel(w.Canvas(), middle(w.Canvas(), notes), -25)
	if scroll.Offset.Y == 0 {
		t.Error("the wheel over short notes did not scroll the form")
	}

	w, scroll, _, notes = wheelForm(t, true)
	notes.SetText(strings.Repeat("a line of notes\n", 12))
	text := notes.textScroll()
	if text == nil {
		t.Fatal("the notes field has no scroller of its text")
	}
	at := middle(w.Canvas(), notes)
	kittest.Wheel(w.Canvas(), at, -25)
	if scroll.Offset.Y != 0 || text.Offset.Y == 0 {
		t.Errorf("over overflowing notes: form at %v, notes at %v; want the notes to move", scroll.Offset.Y, text.Offset.Y)
	}
	for i := 0; i < 20; i++ { // to the end of the notes, then on
		kittest.Wheel(w.Canvas(), at, -25)
	}
	if scroll.Offset.Y == 0 {
		t.Error("at the end of the notes the wheel did not go on to the form")
	}
}

func TestWheelStepsAList(t *testing.T) {
	test.NewTempApp(t)
	l := widget.NewList(func() int { return 200 },
		func() fyne.CanvasObject { return widget.NewLabel("row") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	w := test.NewWindow(NewWheel(l))
	w.Resize(fyne.NewSize(300, 300))
	t.Cleanup(w.Close)
	kittest.Wheel(w.Canvas(), fyne.NewPos(100, 100), -25)
	if got, want := l.GetScrollOffset(), WheelStep(); got != want {
		t.Errorf("one notch moved the list %v, want %v", got, want)
	}
}

// zoomer is a widget that uses the wheel for itself.
type zoomer struct {
	widget.BaseWidget
	got []fyne.ScrollEvent
}

func (z *zoomer) Scrolled(ev *fyne.ScrollEvent) { z.got = append(z.got, *ev) }
func (z *zoomer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(widget.NewLabel("zoom"))
}

func TestWheelLeavesAZoomItsOwnWheel(t *testing.T) {
	test.NewTempApp(t)
	z := &zoomer{}
	z.ExtendBaseWidget(z)
	scroll := container.NewVScroll(container.NewVBox(z, widget.NewLabel(strings.Repeat("tall\n", 40))))
	w := test.NewWindow(NewWheel(scroll))
	w.Resize(fyne.NewSize(300, 300))
	t.Cleanup(w.Close)
	kittest.Wheel(w.Canvas(), middle(w.Canvas(), z), -25)
	if len(z.got) != 1 || z.got[0].Scrolled.DY != -25 || scroll.Offset.Y != 0 {
		t.Errorf("the zooming widget got %v and the form moved to %v; want the raw notch and no move", z.got, scroll.Offset.Y)
	}
}

func TestWheelLetsTapsThrough(t *testing.T) {
	test.NewTempApp(t)
	tapped := 0
	b := widget.NewButton("Open", func() { tapped++ })
	w := test.NewWindow(NewWheel(container.NewVScroll(container.NewVBox(b))))
	w.Resize(fyne.NewSize(300, 300))
	t.Cleanup(w.Close)
	test.TapCanvas(w.Canvas(), middle(w.Canvas(), b))
	if tapped != 1 {
		t.Errorf("a click on a button under the Wheel reached it %d times", tapped)
	}
}
