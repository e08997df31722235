package perfprobe

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Box is where a list is on screen, in the window's pixels (Fyne's units
// times the canvas scale), for a script that scrolls it with the mouse.
type Box struct {
	X, Y, W, H int
	Rows       int
}

// Focus describes the widget that has the keyboard focus, for a script
// that drives the window by keys alone and must know where Tab has got to.
type Focus struct {
	Type        string `json:"type"`                  // the Go type, such as "*widget.Button"
	Text        string `json:"text,omitempty"`        // a button's label, an entry's text
	PlaceHolder string `json:"placeholder,omitempty"` // an entry's placeholder
}

// WindowState is one window as the keyboard sees it.
type WindowState struct {
	Title   string `json:"title"`
	Tab     string `json:"tab,omitempty"`     // the selected tab's title
	Dialogs int    `json:"dialogs"`           // overlays open: dialogs, pickers, menus
	Focused *Focus `json:"focused,omitempty"` // nil when nothing has the focus
}

// Layout is the file the probe writes on SIGUSR2 (FILE.layout): written
// only once the window has handled everything queued before it and the
// input events that came before the signal, so a script waits for it
// instead of sleeping.
type Layout struct {
	Seq     int           `json:"seq"`
	Lists   []Box         `json:"lists"` // the lists on screen, largest first
	Windows []WindowState `json:"windows"`
}

// writeLayout waits for the window and writes the visible lists' boxes.
func (p *probe) writeLayout() error {
	var boxes []Box
	var windows []WindowState
	afterEvents()
	fyne.DoAndWait(func() {
		for _, w := range fyne.CurrentApp().Driver().AllWindows() {
			windows = append(windows, windowState(w))
			scale := w.Canvas().Scale()
			walkShown(w.Content(), func(o fyne.CanvasObject) {
				l, ok := o.(*widget.List)
				if !ok || l.Size().Width <= 0 || l.Length == nil {
					return
				}
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
				s := l.Size()
				boxes = append(boxes, Box{X: int(pos.X * scale), Y: int(pos.Y * scale),
					W: int(s.Width * scale), H: int(s.Height * scale), Rows: l.Length()})
			})
		}
	})
	for i := 1; i < len(boxes); i++ { // largest first: the tab's own list
		for j := i; j > 0 && boxes[j].W*boxes[j].H > boxes[j-1].W*boxes[j-1].H; j-- {
			boxes[j], boxes[j-1] = boxes[j-1], boxes[j]
		}
	}
	p.mu.Lock()
	p.layouts++
	l := Layout{Seq: p.layouts, Lists: boxes, Windows: windows}
	p.mu.Unlock()
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	tmp := p.path + ".layout.tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, p.path+".layout")
}

// afterEvents returns once Fyne's loop has polled the window system's
// events after the call, so a script that sent keys before its signal
// reads the window as those keys left it. The loop takes a queued function
// and its event tick in either order when both are ready (a select in
// internal/driver/glfw/loop.go), so a function queued while the loop was
// busy drawing could run before keys that came in meanwhile were polled.
// Each tick polls the events first and then ticks the animations; an
// animation started from the loop is first ticked on a later tick, after
// its poll.
func afterEvents() {
	ticked := make(chan struct{})
	var once sync.Once
	a := fyne.NewAnimation(time.Millisecond, func(float32) { once.Do(func() { close(ticked) }) })
	fyne.DoAndWait(a.Start)
	select {
	case <-ticked:
	case <-time.After(5 * time.Second): // a loop that stopped ticking is read as it is
	}
}

// windowState reads a window's title, selected tab, open overlays and focus.
func windowState(w fyne.Window) WindowState {
	s := WindowState{Title: w.Title(), Dialogs: len(w.Canvas().Overlays().List())}
	walkShown(w.Content(), func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && s.Tab == "" && t.Selected() != nil {
			s.Tab = t.Selected().Text
		}
	})
	if f := w.Canvas().Focused(); f != nil {
		s.Focused = describe(f)
	}
	return s
}

// describe names a focused widget by its type and the text it shows,
// read from the exported fields Text and PlaceHolder (promoted from an
// embedded widget.Entry or widget.Button too).
func describe(f fyne.Focusable) *Focus {
	d := &Focus{Type: reflect.TypeOf(f).String()}
	v := reflect.ValueOf(f)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return d
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return d
	}
	field := func(name string) string {
		if x := v.FieldByName(name); x.IsValid() && x.Kind() == reflect.String {
			return x.String()
		}
		return ""
	}
	d.Text = strings.TrimSpace(field("Text"))
	d.PlaceHolder = field("PlaceHolder")
	return d
}
