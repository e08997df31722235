// Package search is the Find dialog (Ctrl+F): one entry over the whole
// case, with the results grouped by kind as the analyst types; a result
// opens its item through the window's navigator. It reads the case from the
// session and hears its changes, so an open dialog never names what is gone.
package search

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
)

// Delay is how long Find waits after the last key before searching
// (0: at once).
var Delay = 150 * time.Millisecond

// limit is the most results Find shows.
const limit = 60

// searchKinds orders the groups of results and names their headers.
var searchKinds = []struct {
	kind   app.Kind
	header string
}{
	{app.KindEvent, "Events"},
	{app.KindPerson, "People"},
	{app.KindOrganization, "Organizations"},
	{app.KindRelation, "Relations"},
	{app.KindFigure, "Disputed figures"},
	{app.KindClaim, "Claims"},
	{app.KindSource, "Sources"},
	{app.KindAnnotation, "Notes on sources"},
}

// box is the Find dialog (Ctrl+F): one entry over the whole case, with
// results grouped by kind as the analyst types.
type box struct {
	h       *host.Host
	dlg     *dialog.CustomDialog
	entry   *Entry
	results *fyne.Container
	scroll  *container.Scroll
	note    *widget.Label

	query   string
	hits    []app.SearchHit // in the order shown
	rows    []*Row
	current int // index into hits of the highlighted row
	timer   *time.Timer
	gen     int // bumped by every keystroke, so stale timers do nothing
}

// Entry is the Find box's entry: Up and Down move through the results,
// Enter opens the highlighted one.
type Entry struct {
	widget.Entry
	box *box
}

func newEntry(b *box) *Entry {
	e := &Entry{box: b}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey moves the highlight with Up and Down and passes other keys on.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		e.box.move(1)
	case fyne.KeyUp:
		e.box.move(-1)
	case fyne.KeyEscape:
		e.box.dlg.Hide()
	default:
		e.Entry.TypedKey(k)
	}
}

// Open opens the Find dialog over the window (Ctrl+F, Edit ▸ Find…).
func Open(h *host.Host) { open(h) }

func open(h *host.Host) *box {
	h.Saver.Flush()
	b := &box{h: h}
	b.entry = newEntry(b)
	b.entry.SetPlaceHolder("Find events, people, organizations, figures, sources and their text…")
	b.entry.OnChanged = b.changed
	b.entry.OnSubmitted = func(string) { b.runNow(); b.open(b.current) }
	b.note = widget.NewLabel("Type a word or the start of one; case and accents do not matter.")
	b.note.Importance = widget.LowImportance
	b.note.Wrapping = fyne.TextWrapWord
	b.results = container.NewVBox()
	b.scroll = container.NewVScroll(b.results)
	content := kit.NewBorder(container.NewVBox(b.entry, b.note), nil, nil, nil, kit.NewWheel(b.scroll))
	b.dlg = kit.NewCustomDialog("Find in this case", "Close", content, h.Window)
	b.dlg.Resize(kit.DialogSize(h.Window, 760, 560))
	unsubscribe := h.Session.Subscribe(b.caseChanged)
	b.dlg.SetOnClosed(unsubscribe)
	(&kit.DialogKeys{Submit: func() { b.runNow(); b.open(b.current) }, Cancel: b.dlg.Hide}).Attach(h.Window, b.dlg)
	b.dlg.Show()
	h.Window.Canvas().Focus(b.entry)
	return b
}

// caseChanged runs the search again after a change to the case, so that
// the results never name what is gone or miss what was just added.
func (b *box) caseChanged(session.Change) {
	if b.hits != nil && strings.TrimSpace(b.query) != "" {
		cur := b.current
		b.run(b.query)
		if cur < len(b.hits) {
			b.current = cur
			b.show()
		}
	}
}

// changed (re)starts the pause after a keystroke.
func (b *box) changed(q string) {
	b.gen++
	if b.timer != nil {
		b.timer.Stop()
	}
	if Delay <= 0 {
		b.run(q)
		return
	}
	gen := b.gen
	b.timer = time.AfterFunc(Delay, func() {
		fyne.Do(func() {
			if gen == b.gen {
				b.run(q)
			}
		})
	})
}

// runNow searches at once for what is typed, if that has not been done.
func (b *box) runNow() {
	if b.timer != nil {
		b.timer.Stop()
	}
	if q := b.entry.Text; q != b.query || b.hits == nil {
		b.run(q)
	}
}

// run searches the case and shows the results.
func (b *box) run(q string) {
	b.query = q
	b.hits = []app.SearchHit{}
	b.current = 0
	if strings.TrimSpace(q) == "" {
		b.note.SetText("Type a word or the start of one; case and accents do not matter.")
		b.show()
		return
	}
	hits, err := b.h.Session.Search(q, limit)
	if err != nil {
		b.note.SetText("The search failed: " + app.ErrorMessage(err))
		b.show()
		return
	}
	b.hits = groupHits(hits)
	switch n := len(b.hits); {
	case n == 0:
		b.note.SetText("Nothing in this case matches “" + strings.TrimSpace(q) + "”.")
	case n >= limit:
		b.note.SetText("The first " + app.Plural(n, "result") + ", best first · Enter opens the highlighted one")
	default:
		b.note.SetText(app.Plural(n, "result") + ", best first · Enter opens the highlighted one")
	}
	b.show()
}

// groupHits orders hits by kind (the kind of the best hit first), keeping
// the store's ranking within each kind.
func groupHits(hits []app.SearchHit) []app.SearchHit {
	rank := map[app.Kind]int{}
	for _, h := range hits {
		if _, ok := rank[h.Kind]; !ok {
			rank[h.Kind] = len(rank)
		}
	}
	out := slices.Clone(hits)
	slices.SortStableFunc(out, func(a, c app.SearchHit) int { return rank[a.Kind] - rank[c.Kind] })
	return out
}

// kindHeader names a group of results ("People").
func kindHeader(k app.Kind) string {
	for _, s := range searchKinds {
		if s.kind == k {
			return s.header
		}
	}
	return strings.ToUpper(string(k[:1])) + string(k[1:])
}

// show lays out the results under their kinds' headers.
func (b *box) show() {
	b.results.RemoveAll()
	b.rows = b.rows[:0]
	var last app.Kind
	for i, h := range b.hits {
		if h.Kind != last {
			b.results.Add(searchHeader(kindHeader(h.Kind)))
			last = h.Kind
		}
		i := i
		r := newRow(h, kit.KindIcon(h.Kind), func() { b.open(i) })
		b.rows = append(b.rows, r)
		b.results.Add(r)
	}
	b.highlight()
	b.results.Refresh()
	b.scroll.ScrollToTop()
}

func searchHeader(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewVBox(widget.NewSeparator(), l)
}

// move highlights the next (1) or previous (-1) result.
func (b *box) move(d int) {
	if len(b.hits) == 0 {
		return
	}
	b.current = min(max(b.current+d, 0), len(b.hits)-1)
	b.highlight()
	if r := b.rows[b.current]; r.Position().Y < b.scroll.Offset.Y || r.Position().Y+r.Size().Height > b.scroll.Offset.Y+b.scroll.Size().Height {
		b.scroll.Offset.Y = max(0, r.Position().Y-r.Size().Height)
		b.scroll.Refresh()
	}
}

func (b *box) highlight() {
	for i, r := range b.rows {
		r.setCurrent(i == b.current)
	}
}

// open closes the dialog and shows hit i in its tab (Back returns).
func (b *box) open(i int) {
	if i < 0 || i >= len(b.hits) {
		return
	}
	b.dlg.Hide()
	openHit(b.h, b.hits[i])
}

// openHit jumps to the item a search hit found: a source-text hit opens
// the source scrolled to the match, a note on a source opens the source at
// the note's quote.
func openHit(h *host.Host, hit app.SearchHit) {
	switch {
	case hit.Kind == app.KindSource && hit.Offset >= 0:
		if q, ok := hitQuote(hit); ok {
			h.Nav.OpenQuote(hit.ID, &q)
			return
		}
		h.Nav.GoTo(app.KindSource, hit.ID)
	case hit.Kind == app.KindAnnotation:
		for _, a := range h.Index().Data().Annotations {
			if a.ID == hit.ID {
				h.Nav.OpenQuote(a.Source, a.Quote)
				return
			}
		}
	default:
		h.Nav.GoTo(hit.Kind, hit.ID)
	}
}

// hitQuote is the matched words of a source-text hit as a quote to
// reveal: the first marked span of the snippet, at the hit's offset.
func hitQuote(h app.SearchHit) (app.Quote, bool) {
	if len(h.Marks) == 0 {
		return app.Quote{}, false
	}
	m := h.Marks[0]
	if m[0] < 0 || m[1] > len(h.Snippet) || m[0] >= m[1] {
		return app.Quote{}, false
	}
	exact := h.Snippet[m[0]:m[1]]
	return app.Quote{Exact: exact, Start: h.Offset, End: h.Offset + utf8.RuneCountInString(exact)}, true
}

// snippetSegments turns a snippet into rich-text segments, the marked
// byte ranges bold in the primary colour. Line breaks become spaces.
func snippetSegments(snippet string, marks [][2]int) []widget.RichTextSegment {
	snippet = strings.NewReplacer("\r", " ", "\n", " ", "\t", " ").Replace(snippet)
	ms := slices.Clone(marks)
	slices.SortFunc(ms, func(a, b [2]int) int { return a[0] - b[0] })
	var segs []widget.RichTextSegment
	plain := func(s string) {
		if s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline})
		}
	}
	at := 0
	for _, m := range ms {
		lo, hi := max(m[0], at), min(m[1], len(snippet))
		if lo >= hi || !utf8.RuneStart(snippet[lo]) || (hi < len(snippet) && !utf8.RuneStart(snippet[hi])) {
			continue
		}
		plain(snippet[at:lo])
		style := widget.RichTextStyleStrong
		style.ColorName = theme.ColorNamePrimary
		segs = append(segs, &widget.TextSegment{Text: snippet[lo:hi], Style: style})
		at = hi
	}
	plain(snippet[at:])
	return segs
}

// Row is one result: icon, title and the snippet with the matched words
// in bold. Tapping it opens the item.
type Row struct {
	widget.BaseWidget
	hit     app.SearchHit
	onTap   func()
	bg      *fyne.Container
	current bool
	obj     fyne.CanvasObject
}

func newRow(h app.SearchHit, icon fyne.Resource, onTap func()) *Row {
	r := &Row{hit: h, onTap: onTap}
	title := widget.NewLabel(h.Title)
	title.Truncation = fyne.TextTruncateEllipsis
	title.TextStyle = fyne.TextStyle{Bold: true}
	snippet := widget.NewRichText(snippetSegments(h.Snippet, h.Marks)...)
	snippet.Truncation = fyne.TextTruncateEllipsis
	field := widget.NewLabel(fieldLabel(h.Field))
	field.Importance = widget.LowImportance
	head := container.NewBorder(nil, nil, nil, field, title)
	body := container.New(&kit.TightVBox{}, head, snippet)
	r.bg = container.NewStack()
	r.obj = container.NewStack(r.bg, container.NewBorder(nil, nil, widget.NewIcon(icon), nil, body))
	r.ExtendBaseWidget(r)
	return r
}

// fieldLabel says where a hit matched, for the right of its row.
func fieldLabel(field string) string {
	switch field {
	case "", "name", "title":
		return ""
	case "text":
		return "in the text"
	}
	return "in " + field
}

// setCurrent marks the row Enter would open.
func (r *Row) setCurrent(on bool) {
	if r.current == on {
		return
	}
	r.current = on
	r.bg.RemoveAll()
	if on {
		r.bg.Add(newSelectionBackground())
	}
	r.bg.Refresh()
}

// Hit is the search hit the row shows.
func (r *Row) Hit() app.SearchHit { return r.hit }

// Tapped opens the result.
func (r *Row) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// CreateRenderer draws the row.
func (r *Row) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.obj)
}

// newSelectionBackground is the tint behind the highlighted result.
func newSelectionBackground() fyne.CanvasObject {
	return canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
}
