package tabs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// shortTimeline is the height of the Timeline tab below which the strip
// moves over the form, beside the list, so that the list still shows
// several events: at 1024×640 and 125 % or more the tab is about 270–350
// high, and a strip across the whole width left the list one row.
const shortTimeline = 400

// timelineArrangement lays the Timeline tab out by its height: the strip
// across the top over list and form (tall), or the list at full height
// beside the strip over the form (short).
type timelineArrangement struct {
	widget.BaseWidget
	view  fyne.CanvasObject // the strip with its tools and legend
	split *container.Split  // the tab frame's list | form split
	right fyne.CanvasObject
	tall  *container.Split // strip over the frame
	over  *container.Split // strip over the form, when short
	short bool
	shown fyne.CanvasObject
}

// newTimelineArrangement arranges view (the strip with its tools) and the
// tab frame's split of list and form.
func newTimelineArrangement(view fyne.CanvasObject, split *container.Split) *timelineArrangement {
	a := &timelineArrangement{view: view, split: split, right: split.Trailing}
	a.tall = container.NewVSplit(view, split)
	a.tall.Offset = 0.22
	a.over = container.NewVSplit(view, a.right)
	a.over.Offset = 0.3
	a.split.Trailing = a.right
	a.shown = a.tall
	a.ExtendBaseWidget(a)
	return a
}

// arrange puts the strip where the height h leaves room for it.
func (a *timelineArrangement) arrange(h float32) {
	short := h < shortTimeline
	if short == a.short {
		return
	}
	a.short = short
	if short {
		a.split.Trailing = a.over
		a.over.Trailing = a.right
		a.shown = a.split
	} else {
		a.split.Trailing = a.right
		a.tall.Trailing = a.split
		a.shown = a.tall
	}
	a.split.Refresh()
}

// Held is the arrangement on screen, for the View menu's Divider moves.
func (a *timelineArrangement) Held() []fyne.CanvasObject { return []fyne.CanvasObject{a.shown} }

// CreateRenderer shows the arrangement that fits.
func (a *timelineArrangement) CreateRenderer() fyne.WidgetRenderer {
	return &arrangementRenderer{a: a}
}

type arrangementRenderer struct{ a *timelineArrangement }

func (r *arrangementRenderer) Destroy() {}

// Layout shows the arrangement for the height. The strip's legend goes
// beside or under its tools by the width it is laid out at, which changes
// its height: the splits are laid out again when it did.
func (r *arrangementRenderer) Layout(size fyne.Size) {
	r.a.arrange(size.Height)
	r.a.shown.Move(fyne.Position{})
	before := r.a.view.MinSize()
	r.a.shown.Resize(size)
	if r.a.view.MinSize() != before {
		r.a.shown.Refresh()
	}
}

func (r *arrangementRenderer) MinSize() fyne.Size {
	return r.a.split.MinSize().Min(r.a.tall.MinSize())
}

func (r *arrangementRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.a.shown} }

func (r *arrangementRenderer) Refresh() { r.a.shown.Refresh() }

// refitOnResize holds o at its full size and calls fit after o has been
// laid out at a new height (the Sources divider snaps to the form's rows
// again when the window is resized, not only when a source is shown).
func refitOnResize(o fyne.CanvasObject, fit func()) fyne.CanvasObject {
	return container.New(&refit{fit: fit}, o)
}

type refit struct {
	fit    func()
	height float32 // the height fit was last called for
}

// Layout gives the object the whole size, then refits at a new height.
func (r *refit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
	if size.Height != r.height && objects[0].Visible() {
		r.height = size.Height
		r.fit()
	}
}

// MinSize is the object's.
func (r *refit) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize()
}
