package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// dividerStep is how far one "Move the divider" moves it: a twentieth of
// the panes' width or height.
const dividerStep = 0.05

// holder is a widget of ours that lays out other objects and says which
// (Fyne's own containers are walked through their exported fields).
type holder interface {
	Held() []fyne.CanvasObject
}

// visibleSplits lists the splits on screen inside o, outermost first.
func visibleSplits(o fyne.CanvasObject) []*container.Split {
	var out []*container.Split
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch v := o.(type) {
		case *container.Split:
			out = append(out, v)
			walk(v.Leading)
			walk(v.Trailing)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(v.Content)
		case holder:
			for _, c := range v.Held() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// moveDivider moves the outermost divider of the tab on screen that runs
// the way asked (between left and right panes for a horizontal move, else
// between upper and lower ones) by dividerStep towards by's sign: the
// keyboard's way to do what dragging a divider does. It reports whether
// there was such a divider.
func (cw *caseWindow) moveDivider(horizontal bool, by float64) bool {
	ti := cw.tabs.Selected()
	if ti == nil {
		return false
	}
	for _, s := range visibleSplits(ti.Content) {
		if s.Horizontal == horizontal {
			s.SetOffset(min(max(s.Offset+by*dividerStep, 0), 1))
			return true
		}
	}
	return false
}
