package widgets

// This file is how the network view owns up to the labels it leaves out:
// a note in the corner counts them, and the node under the pointer shows
// its label and its relations'.

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"casefile/app/netlayout"
)

// SeedPositions gives the positions (in netlayout's unit box) the next
// SetGraph starts from when the view shows nothing yet, such as those of
// the drawing the analyst last saw; nodes found there stay about where
// they were. Once a graph is shown, SetGraph starts from what is shown.
func (v *NetworkView) SeedPositions(prev []netlayout.Node) {
	v.seed = append(v.seed[:0], prev...)
}

// HiddenLabels returns how many node labels and relation labels of what is
// in view the last drawing left out for want of room.
func (v *NetworkView) HiddenLabels() (nodes, relations int) {
	if v.r == nil {
		return 0, 0
	}
	return v.r.hiddenNodes, v.r.hiddenEdges
}

// MouseIn is part of desktop.Hoverable; see MouseMoved.
func (v *NetworkView) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// MouseMoved shows the label of the node under the pointer, and its
// relations' labels, even where there was no room for them; part of
// desktop.Hoverable.
func (v *NetworkView) MouseMoved(ev *desktop.MouseEvent) {
	i := v.nodeAt(ev.Position)
	if i != v.hover {
		v.hover = i
		v.Refresh()
	}
}

// MouseOut is part of desktop.Hoverable.
func (v *NetworkView) MouseOut() {
	if v.hover >= 0 {
		v.hover = -1
		v.Refresh()
	}
}

// hiddenNote is the note's sentence, or "" when every label is shown.
func hiddenNote(nodes, relations int) string {
	if nodes == 0 && relations == 0 {
		return ""
	}
	var s string
	switch {
	case nodes > 0 && relations > 0:
		s = "+" + strconv.Itoa(nodes) + " " + plural(nodes, "name", "names") + " and " +
			strconv.Itoa(relations) + " relation " + plural(relations, "label", "labels")
	case nodes > 0:
		s = "+" + strconv.Itoa(nodes) + " " + plural(nodes, "name", "names")
	default:
		s = "+" + strconv.Itoa(relations) + " relation " + plural(relations, "label", "labels")
	}
	return s + " hidden: zoom in, or point at a node"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// noteBand is the height of the band at the bottom of the view that the
// hidden-labels note takes and Fit all leaves free of the drawing, so
// that the note covers no label.
func (v *NetworkView) noteBand() float32 {
	th := v.Theme()
	h := fyne.MeasureText("Mg", th.Size(theme.SizeNameCaptionText), fyne.TextStyle{}).Height
	return h + 2*th.Size(theme.SizeNamePadding)
}

// drawHiddenNote puts the note in the bottom left corner, over a
// background, if any label was left out.
func (r *networkRenderer) drawHiddenNote(size fyne.Size, fg, bg color.Color) {
	msg := hiddenNote(r.hiddenNodes, r.hiddenEdges)
	if msg == "" {
		return
	}
	th := r.v.Theme()
	ts := th.Size(theme.SizeNameCaptionText)
	pad := th.Size(theme.SizeNamePadding)
	netSetText(r.note, msg, fg, ts, fyne.TextStyle{})
	ms := r.note.MinSize()
	r.note.Resize(ms)
	r.note.Move(fyne.NewPos(2*pad, size.Height-ms.Height-pad))
	netSetRect(r.noteBg, bg, nil, 0, 3)
	r.noteBg.Move(fyne.NewPos(pad, size.Height-ms.Height-1.5*pad))
	r.noteBg.Resize(fyne.NewSize(ms.Width+2*pad, ms.Height+pad))
	r.objects = append(r.objects, r.noteBg, r.note)
}
