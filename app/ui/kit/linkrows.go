package kit

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

// LinkItem is what one row of a Links section shows.
type LinkItem struct {
	// Icon is drawn before the link (a person or an organization), or
	// nothing when nil.
	Icon fyne.Resource
	// Text is the link's text; OnTap runs when it is clicked. An empty
	// Text shows Missing in grey instead of a link.
	Text    string
	OnTap   func()
	Missing string
	// Side is a grey note at the end of the line, before the button.
	Side string
	// Below is a second line under the link, wrapped: grey text, or an
	// italic link when OnBelow is set.
	Below   string
	OnBelow func()
	// OnRemove, when set, shows the small remove button at the end.
	OnRemove func()
}

// Links is a links section's rows, kept and filled in place: showing
// another item's links updates the same widgets instead of building new
// ones, so that the window's widget, renderer and canvas caches do not grow
// with every selection (Fyne keeps a removed widget's renderer for a
// minute). Rows beyond the number shown wait, hidden from the tree, for
// the next item with more links.
type Links struct {
	box   *fyne.Container
	rows  []*linkRow
	empty *widget.Label
	more  *widget.Label
	// unfold is the "Show N more" link of a folded section (SetFolded).
	unfold *widget.Hyperlink
	// folded is what SetFolded showed last, for unfold to show in full;
	// openKey is the key of the section unfolded, "" when none is.
	folded  foldedSet
	openKey string
	// guard disables a new remove button in a read-only case.
	guard func(fyne.Disableable)
}

// FoldAt is how many rows a section shown with SetFolded shows until its
// "Show N more" link is clicked. Each row shown costs its texts' drawing
// on every selection, below the fold of the form too (Fyne draws what a
// scroll hides): "Cited by" on a source of the large case took half the
// texts drawn anew when the source was selected (docs/BENCHMARKS.md).
const FoldAt = 10

// foldedSet is one call of SetFolded.
type foldedSet struct {
	key         string
	items       []LinkItem
	empty, more string
}

// linkRow is one reusable row: [icon] link / below … side [remove].
type linkRow struct {
	obj     *fyne.Container
	icon    *widget.Icon
	link    *widget.Hyperlink
	missing *widget.Label
	below   *widget.Label
	belowL  *widget.Hyperlink
	side    *widget.Label
	remove  *widgets.Button
	end     *fyne.Container
	under   *fyne.Container
	item    LinkItem
}

// NewLinks makes an empty section body. guard, if not nil, is called with
// each remove button made, so a read-only case can disable it.
func NewLinks(guard func(fyne.Disableable)) *Links {
	l := &Links{box: container.NewVBox(), guard: guard}
	l.empty = lowLabel(fyne.TextWrapWord)
	l.more = lowLabel(fyne.TextWrapWord)
	l.unfold = widget.NewHyperlink("", nil)
	l.unfold.OnTapped = l.unfoldTapped
	return l
}

// Object is the section body to put into a form: a VBox holding the rows
// shown (and the empty or "more" note).
func (l *Links) Object() *fyne.Container { return l.box }

// Len is the number of rows shown.
func (l *Links) Len() int {
	n := 0
	for _, o := range l.box.Objects {
		if o != l.empty && o != l.more && o != l.unfold {
			n++
		}
	}
	return n
}

// Set shows items, one row each, then more as a grey last line (as "… and
// 12 more.") when it is not empty; with no items it shows empty as a grey
// note instead (nothing when empty is "").
func (l *Links) Set(items []LinkItem, empty, more string) {
	l.folded, l.openKey = foldedSet{}, ""
	l.set(items, empty, more, 0)
}

// SetFolded shows items as Set does, except that when there are more than
// FoldAt, it shows the first FoldAt and a "Show N more" link instead of the
// rest (and of more). The link shows them all, and they stay shown while
// the section is set again for the same key (the item whose section it
// is: an edit shows it again), until another key is set.
func (l *Links) SetFolded(key string, items []LinkItem, empty, more string) {
	if key != l.openKey {
		l.openKey = ""
	}
	l.folded = foldedSet{key: key, items: items, empty: empty, more: more}
	if l.openKey == "" && len(items) > FoldAt {
		l.set(items[:FoldAt], empty, "", len(items)-FoldAt)
		return
	}
	l.set(items, empty, more, 0)
}

// unfoldTapped shows the folded section in full and moves the focus to
// the first row it adds, where the link was.
func (l *Links) unfoldTapped() {
	f := l.folded
	if len(f.items) == 0 {
		return // nothing was folded (Set since)
	}
	l.openKey = f.key
	first := l.Len()
	l.SetFolded(f.key, f.items, f.empty, f.more)
	if first < l.Len() && l.rows[first].link.Visible() {
		if c := fyne.CurrentApp().Driver().CanvasForObject(l.box); c != nil {
			c.Focus(l.rows[first].link)
		}
	}
}

// set shows items, then more as a grey line, or, when hidden is not 0, the
// link that unfolds the hidden rows.
func (l *Links) set(items []LinkItem, empty, more string, hidden int) {
	old := l.box.Objects
	objs := old[:0]
	for i, it := range items {
		if i == len(l.rows) {
			l.rows = append(l.rows, l.newRow())
		}
		r := l.rows[i]
		r.fill(it)
		objs = append(objs, r.obj)
	}
	if len(items) == 0 && empty != "" {
		l.empty.SetText(empty)
		objs = append(objs, l.empty)
	}
	if hidden > 0 {
		l.unfold.Text = fmt.Sprintf("Show %d more", hidden)
		objs = append(objs, l.unfold)
	} else if more != "" {
		l.more.SetText(more)
		objs = append(objs, l.more)
	}
	if len(old) > len(objs) {
		clear(old[len(objs):]) // the same array: let go of what is no longer shown
	}
	l.box.Objects = objs
	l.box.Refresh()
}

func lowLabel(wrap fyne.TextWrap) *widget.Label {
	w := widget.NewLabel("")
	w.Importance = widget.LowImportance
	w.Wrapping = wrap
	return w
}

func (l *Links) newRow() *linkRow {
	r := &linkRow{icon: widget.NewIcon(nil), missing: lowLabel(fyne.TextWrapOff),
		below: lowLabel(fyne.TextWrapWord), side: lowLabel(fyne.TextWrapOff)}
	r.link = NewLink("", func() {
		if r.item.OnTap != nil {
			r.item.OnTap()
		}
	})
	r.belowL = widget.NewHyperlink("", nil)
	r.belowL.Wrapping = fyne.TextWrapWord
	r.belowL.TextStyle = fyne.TextStyle{Italic: true}
	r.belowL.OnTapped = func() {
		if r.item.OnBelow != nil {
			r.item.OnBelow()
		}
	}
	r.remove = widgets.NewButton("", theme.ContentClearIcon(), func() {
		if r.item.OnRemove != nil {
			r.item.OnRemove()
		}
	})
	r.remove.Importance = widget.LowImportance
	if l.guard != nil {
		l.guard(r.remove)
	}
	r.end = container.NewHBox(r.side, r.remove)
	head := container.NewBorder(nil, nil, r.icon, nil, container.NewStack(r.link, r.missing))
	// The line under the link is the bottom of a border, so that a link
	// alone gets the row's whole height and stays centred beside the
	// buttons, as a lone link does.
	r.under = container.NewVBox(r.below, r.belowL)
	r.obj = container.NewBorder(nil, nil, nil, r.end, container.NewBorder(nil, r.under, nil, nil, head))
	return r
}

// fill shows it in the row, hiding the parts it does not use. It only
// sets the texts and visibility: Set refreshes the section once, rows
// and all, afterwards (each refresh of a link lays its text out again,
// cutting it to the width, which made a section of 50 links cost tens of
// milliseconds when every part was refreshed on its own as well).
func (r *linkRow) fill(it LinkItem) {
	r.item = it
	// A part not used is hidden and holds no text, so that nothing looking
	// through the row finds a stale name in it.
	text := func(on bool, s string) string {
		if on {
			return s
		}
		return ""
	}
	r.icon.Resource = it.Icon
	show(r.icon, it.Icon != nil)
	show(r.link, it.Text != "")
	r.link.Text = it.Text
	show(r.missing, it.Text == "")
	r.missing.Text = text(it.Text == "", it.Missing)
	show(r.below, it.Below != "" && it.OnBelow == nil)
	r.below.Text = text(it.OnBelow == nil, it.Below)
	show(r.belowL, it.Below != "" && it.OnBelow != nil)
	r.belowL.Text = text(it.OnBelow != nil, it.Below)
	show(r.under, it.Below != "")
	show(r.side, it.Side != "")
	r.side.Text = it.Side
	show(r.remove, it.OnRemove != nil)
	show(r.end, it.Side != "" || it.OnRemove != nil)
}

// show shows or hides o when it is not so already (Show and Hide refresh
// a widget).
func show(o fyne.CanvasObject, on bool) {
	if o.Visible() == on {
		return
	}
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
