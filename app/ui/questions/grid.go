package questions

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
)

// grid is the matrix: evidence rows down the side (column 0 names the
// row), hypotheses across the top with their scores. A click on a cell
// offers the six ratings; with the keyboard, the arrow keys move and a
// letter rates (see keyRating). It is a widget.Table, so that only the
// rows on screen are drawn however long the matrix is.
type grid struct {
	widget.Table
	t       *Tab
	cur     widget.TableCellID // the cell the keyboard is on
	lastTap fyne.Position      // where the last click was, for its menu
	menu    *widget.PopUpMenu
	choices *fyne.Menu // the ratings the menu offers
	// headers are the header cells on screen, by column, so that new
	// scores redraw them alone.
	headers map[int]*header
	// cells are the cells on screen, by id: a change redraws its cells
	// through them, since the table's RefreshItem redraws every header too.
	cells map[widget.TableCellID]*cellBox
}

const (
	labelWidth  = 380
	ratingWidth = 118
)

func newGrid(t *Tab) *grid {
	g := &grid{t: t, cur: widget.TableCellID{Row: 0, Col: 1}, headers: map[int]*header{}, cells: map[widget.TableCellID]*cellBox{}}
	g.Length = func() (int, int) { return len(t.view.rows), 1 + len(t.view.cols) }
	g.CreateCell = newCell
	g.UpdateCell = g.updateCell
	g.ShowHeaderRow = true
	g.StickyColumnCount = 1
	g.CreateHeader = newHeader
	g.UpdateHeader = g.updateHeader
	g.OnSelected = g.selected
	g.ExtendBaseWidget(g)
	g.SetColumnWidth(0, labelWidth)
	return g
}

// setColumns sizes the rating columns to share the width the label
// column leaves (but no narrower than ratingWidth).
func (g *grid) setColumns(n int) {
	if n == 0 {
		return
	}
	lw := min(labelWidth, max(240, g.Size().Width*0.36))
	g.SetColumnWidth(0, lw)
	w := max(ratingWidth, (g.Size().Width-lw-theme.Padding()*float32(n+2))/float32(n))
	for c := 1; c <= n; c++ {
		g.SetColumnWidth(c, w)
	}
}

// Resize shares the new width among the rating columns.
func (g *grid) Resize(size fyne.Size) {
	if size == g.Size() {
		return
	}
	g.Table.Resize(size)
	g.setColumns(len(g.t.view.cols))
}

// cell is the template of every cell: a background, the cursor's frame,
// the row's three lines (column 0) and a rating's symbol (the others).
type cell struct {
	bg, frame *canvas.Rectangle
	lines     *fyne.Container
	title     *widget.Label
	detail    *widget.Label
	sym       *canvas.Text
}

func newCell() fyne.CanvasObject {
	c := &cell{bg: canvas.NewRectangle(color.Transparent), frame: canvas.NewRectangle(color.Transparent)}
	c.frame.StrokeWidth = 2
	c.title = widget.NewLabel("")
	c.title.Truncation = fyne.TextTruncateEllipsis
	c.title.TextStyle.Bold = true
	c.detail = widget.NewLabel("")
	c.detail.Truncation = fyne.TextTruncateEllipsis
	c.detail.SizeName = theme.SizeNameCaptionText
	c.lines = container.New(&tightRows{}, c.title, c.detail)
	c.sym = canvas.NewText("", nil)
	c.sym.Alignment = fyne.TextAlignCenter
	c.sym.TextStyle.Bold = true
	c.sym.TextSize = theme.TextSize() * 1.3
	b := &cellBox{c: c, box: container.NewStack(c.bg, c.lines, container.NewCenter(c.sym), c.frame)}
	b.ExtendBaseWidget(b)
	return b
}

// cellBox is the widget the table sizes, carrying its parts.
type cellBox struct {
	widget.BaseWidget
	c   *cell
	box *fyne.Container
	id  *widget.TableCellID // the cell it shows, once the table placed it
}

// CreateRenderer draws the cell's parts.
func (b *cellBox) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.box) }

func (g *grid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*cellBox)
	if b.id != nil && g.cells[*b.id] == b {
		delete(g.cells, *b.id)
	}
	b.id = &id
	g.cells[id] = b
	g.fillCell(id, b.c)
}

// refreshCell redraws cell id if it is on screen.
func (g *grid) refreshCell(id widget.TableCellID) {
	if b := g.cells[id]; b != nil {
		g.fillCell(id, b.c)
	}
}

func (g *grid) fillCell(id widget.TableCellID, c *cell) {
	v := &g.t.view
	if id.Row >= len(v.rows) {
		return
	}
	r := &v.rows[id.Row]
	c.frame.StrokeColor = color.Transparent
	if id == g.cur && g.t.focused {
		c.frame.StrokeColor = theme.Color(theme.ColorNamePrimary)
	}
	if id.Col == 0 {
		c.bg.FillColor = color.Transparent
		if r.sensitive {
			c.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
		}
		c.lines.Show()
		c.sym.Hide()
		title := evidenceLabel(r.idx) + "  " + r.origin.Title
		if r.sensitive {
			title = evidenceLabel(r.idx) + " ◆ " + r.origin.Title
		}
		detail := r.detail()
		if m := r.marks(); m != "" {
			detail = m + " · " + detail
		}
		// A truncating label measures its text again on every SetText.
		if c.title.Text != title {
			c.title.SetText(title)
		}
		if c.detail.Text != detail {
			c.detail.SetText(detail)
		}
	} else {
		h := v.q.Hypotheses[v.cols[id.Col-1]]
		rating := r.e.Ratings[h.ID]
		c.lines.Hide()
		c.sym.Show()
		c.bg.FillColor = fill(rating)
		c.sym.Text = rating.Mark()
		c.sym.Color = ink(rating)
		c.sym.Refresh()
	}
	c.bg.Refresh()
	c.frame.Refresh()
}

// header is a column's heading: the hypothesis and its scores.
type header struct {
	widget.BaseWidget
	name, score *widget.Label
}

func newHeader() fyne.CanvasObject {
	h := &header{name: widget.NewLabel(""), score: widget.NewLabel("")}
	h.name.TextStyle.Bold = true
	h.name.Truncation = fyne.TextTruncateEllipsis
	h.score.SizeName = theme.SizeNameCaptionText
	h.score.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer draws the two lines.
func (h *header) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(&tightRows{}, h.name, h.score))
}

func (g *grid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*header)
	for c, x := range g.headers {
		if x == h {
			delete(g.headers, c)
		}
	}
	g.headers[id.Col] = h
	g.fillHeader(id.Col, h)
}

// refreshHeaders redraws the header cells on screen.
func (g *grid) refreshHeaders() {
	for c, h := range g.headers {
		g.fillHeader(c, h)
	}
}

func (g *grid) fillHeader(col int, h *header) {
	id := widget.TableCellID{Row: -1, Col: col}
	v := &g.t.view
	if id.Col <= 0 {
		h.name.SetText("Evidence")
		h.score.SetText("click a cell or type C, N, I, A")
		return
	}
	if id.Col-1 >= len(v.cols) {
		return
	}
	c := v.cols[id.Col-1]
	score := v.scoreLine(c)
	imp := widget.MediumImportance
	if v.isLeast(c) {
		score = "★ " + score
		imp = widget.HighImportance // the star says it; the colour only repeats it
	}
	// Labels that truncate measure their text again on every SetText:
	// set only what changed.
	if name := hypothesisLabel(c) + " " + v.q.Hypotheses[c].Text; h.name.Text != name || h.name.Importance != imp {
		h.name.Importance = imp
		h.name.SetText(name)
	}
	if h.score.Text != score {
		h.score.SetText(score)
	}
}

// Tapped remembers where the click was, for the ratings menu.
func (g *grid) Tapped(e *fyne.PointEvent) {
	g.lastTap = e.AbsolutePosition
	g.Table.Tapped(e)
}

// selected follows a click: the cell becomes the cursor, its row is shown
// below the matrix, and a rating cell offers the ratings.
func (g *grid) selected(id widget.TableCellID) {
	g.moveTo(id)
	g.UnselectAll() // the cursor frame marks the cell; a second click opens the menu again
	if c := fyne.CurrentApp().Driver().CanvasForObject(g); c != nil {
		c.Focus(g) // before the menu, which would keep the focus to itself
	}
	if id.Col > 0 && !g.t.readOnly {
		g.showMenu(id)
	}
}

func (g *grid) moveTo(id widget.TableCellID) {
	old := g.cur
	g.cur = id
	g.refreshCell(old)
	g.refreshCell(id)
	g.t.rowChosen(id.Row)
}

// showMenu offers the six ratings (and clearing) for cell id.
func (g *grid) showMenu(id widget.TableCellID) {
	c := fyne.CurrentApp().Driver().CanvasForObject(g)
	if c == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, r := range append(append([]app.Rating{}, app.Ratings...), app.RatingUnrated) {
		label := r.Mark() + "  " + string(r) + " " + r.Words()
		if r == app.RatingUnrated {
			label = "Clear the rating"
		}
		items = append(items, fyne.NewMenuItem(label, func() { g.rate(id, r) }))
	}
	g.choices = fyne.NewMenu("", items...)
	g.menu = widget.NewPopUpMenu(g.choices, c)
	g.menu.ShowAtPosition(g.lastTap)
}

// rate rates cell id (a rating column) with r.
func (g *grid) rate(id widget.TableCellID, r app.Rating) {
	v := &g.t.view
	if id.Col < 1 || id.Col > len(v.cols) || id.Row >= len(v.rows) {
		return
	}
	h := v.q.Hypotheses[v.cols[id.Col-1]]
	g.t.rate(v.rows[id.Row].e.ID, h.ID, r)
}

// TypedKey moves the cursor with the arrow keys (the table moves its own
// focus mark the same way); Delete and Backspace clear the cell.
func (g *grid) TypedKey(e *fyne.KeyEvent) {
	rows, cols := g.Length()
	next := g.cur
	switch e.Name {
	case fyne.KeyUp:
		next.Row = max(0, next.Row-1)
	case fyne.KeyDown:
		next.Row = min(rows-1, next.Row+1)
	case fyne.KeyLeft:
		next.Col = max(0, next.Col-1)
	case fyne.KeyRight:
		next.Col = min(cols-1, next.Col+1)
	case fyne.KeyDelete, fyne.KeyBackspace:
		g.rate(g.cur, app.RatingUnrated)
		return
	default:
		return
	}
	if rows == 0 {
		return
	}
	g.Table.TypedKey(e)
	g.moveTo(next)
	g.ScrollTo(next)
}

// TypedRune rates the cell under the cursor.
func (g *grid) TypedRune(r rune) {
	v := &g.t.view
	if g.cur.Col < 1 || g.cur.Col > len(v.cols) || g.cur.Row >= len(v.rows) {
		return
	}
	h := v.q.Hypotheses[v.cols[g.cur.Col-1]]
	if rating, ok := keyRating(r, v.rows[g.cur.Row].e.Ratings[h.ID]); ok {
		g.rate(g.cur, rating)
	}
}

// FocusGained shows the cursor.
func (g *grid) FocusGained() {
	g.t.focused = true
	g.Table.FocusGained()
	g.refreshCell(g.cur)
}

// FocusLost hides the cursor.
func (g *grid) FocusLost() {
	g.t.focused = false
	g.Table.FocusLost()
	g.refreshCell(g.cur)
}

// tightRows stacks objects top to bottom at their minimum heights with no
// padding between them, each as wide as the container.
type tightRows struct{}

func (tightRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.Padding()
	}
	return s
}

func (tightRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.Padding()
	}
}
