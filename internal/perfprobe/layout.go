package perfprobe

import (
	"encoding/json"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Box is where a list is on screen, in the window's pixels (Fyne's units
// times the canvas scale), for a script that scrolls it with the mouse.
type Box struct {
	X, Y, W, H int
	Rows       int
}

// Layout is the file the probe writes on SIGUSR2 (FILE.layout): written
// only once the window has handled everything queued before it, so a
// script waits for it instead of sleeping.
type Layout struct {
	Seq   int   `json:"seq"`
	Lists []Box `json:"lists"` // the lists on screen, largest first
}

// writeLayout waits for the window and writes the visible lists' boxes.
func (p *probe) writeLayout() error {
	var boxes []Box
	fyne.DoAndWait(func() {
		for _, w := range fyne.CurrentApp().Driver().AllWindows() {
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
	l := Layout{Seq: p.layouts, Lists: boxes}
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
