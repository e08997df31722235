package questions

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// overNotes lays out the matrix over its notes (the summary, then the
// legend): the notes take their whole height when the matrix keeps at
// least its own minimum, and on a short window they shrink to the
// summary's first line and scroll, so the matrix, the notes and the panes
// under them all fit a 1366×768 screen at 150 % and a 1024×640 one at
// 125 % without the whole tab scrolling. Objects: the matrix, then the
// notes (a scroller whose content is the notes).
type overNotes struct {
	notes func() fyne.Size // the notes' own size, not their scroller's
}

// notesMin is the least height the notes keep: one line of the summary,
// as high as a label of one line.
func (l *overNotes) notesMin() float32 {
	th := theme.Current()
	line := fyne.MeasureText("M", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	return min(l.notes().Height, line+2*th.Size(theme.SizeNameInnerPadding))
}

// MinSize is the matrix's with the notes at their least.
func (l *overNotes) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(max(m.Width, l.notes().Width), m.Height+theme.Padding()+l.notesMin())
}

// Layout gives the notes their height while the matrix keeps its minimum,
// and the matrix the rest.
func (l *overNotes) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	spare := size.Height - objs[0].MinSize().Height - pad
	h := max(l.notesMin(), min(l.notes().Height, spare))
	objs[0].Move(fyne.Position{})
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-h-pad))
	objs[1].Move(fyne.NewPos(0, size.Height-h))
	objs[1].Resize(fyne.NewSize(size.Width, h))
}
