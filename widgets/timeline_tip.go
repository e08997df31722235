package widgets

// This file draws what the timeline strip shows on top of its marks: the
// list of the events under the pointer and the keyboard focus ring.

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// tipLines returns the lines of the list shown for node n, at most max of
// them: a count's events by title (the rest counted), or an event's title.
func (r *timelineRenderer) tipLines(n *tlNode, limit int) []string {
	t := r.t
	if n.item >= 0 {
		return append(r.tip[:0], t.items[n.item].Title)
	}
	lines := append(r.tip[:0], strconv.Itoa(n.count)+" events here:")
	members := r.layout.members[n.first : n.first+n.count]
	shown := min(len(members), max(limit-2, 1))
	if shown == len(members)-1 {
		shown = len(members) // the last line would only say "1 more"
	}
	shown = min(shown, max(limit-1, 1))
	for _, m := range members[:shown] {
		lines = append(lines, "• "+truncateLabel(t.items[m].Title, 60))
	}
	if rest := len(members) - shown; rest > 0 {
		lines = append(lines, "… and "+strconv.Itoa(rest)+" more: click to zoom in")
	}
	return lines
}

// drawTip shows the list beside the pointer, kept inside the strip.
func (r *timelineRenderer) drawTip(size fyne.Size) {
	t := r.t
	r.tipTexts.reset()
	if !t.hovering {
		return
	}
	n := r.hitTest(t.hover)
	if n == nil {
		return
	}
	lineH := r.textH + 2
	limit := max(int((size.Height-2*r.pad)/lineH), 1)
	r.tip = r.tipLines(n, limit)
	var w float32
	for i, l := range r.tip {
		w = max(w, fyne.MeasureText(l, r.textSize, fyne.TextStyle{Bold: i == 0 && n.item < 0}).Width)
	}
	boxW, boxH := w+2*r.pad, float32(len(r.tip))*lineH+2*r.pad
	x, y := t.hover.X+14, t.hover.Y+14
	if x+boxW > size.Width {
		x = max(t.hover.X-14-boxW, 0)
	}
	if y+boxH > size.Height {
		y = max(size.Height-boxH, 0)
	}
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	setRect(r.tipBg, th.Color(theme.ColorNameOverlayBackground, v), r.fg, 1, 4)
	r.tipBg.Move(fyne.NewPos(x, y))
	r.tipBg.Resize(fyne.NewSize(boxW, boxH))
	r.objects = append(r.objects, r.tipBg)
	for i, l := range r.tip {
		txt := r.tipTexts.get(newText)
		setText(txt, l, r.fg, r.textSize, i == 0 && n.item < 0)
		txt.Move(fyne.NewPos(x+r.pad, y+r.pad+float32(i)*lineH))
		r.objects = append(r.objects, txt)
	}
}

// drawFocus rings the strip while it has the keyboard focus.
func (r *timelineRenderer) drawFocus(size fyne.Size) {
	if !r.t.focused {
		return
	}
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	setRect(r.focusRing, nil, Legible(th.Color(theme.ColorNameFocus, v), r.bg, r.fg, MarkContrast), 2, 4)
	r.focusRing.Move(fyne.NewPos(1, 1))
	r.focusRing.Resize(fyne.NewSize(size.Width-2, size.Height-2))
	r.objects = append(r.objects, r.focusRing)
}
