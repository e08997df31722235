package itemedit

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/host"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// iconSwap is the ⇄ of the button that swaps a relation's direction.
var iconSwap = fyne.NewStaticResource("swap.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M6.99 11L3 15l3.99 4v-3H14v-2H6.99v-3zM21 9l-3.99-4v3H10v2h7.01v3L21 9z"/></svg>`))

// RelationList is the Relations section of a person or organization: each
// relation reads as a sentence with the other party as a link, worded from
// this item's side. A row's editor, opened under it, edits the kind, the
// dates (saved as they are typed, like the form's fields) and the sources
// cited; the row's buttons swap the direction and delete the relation.
// New relations start from a picker.
type RelationList struct {
	h      *host.Host
	own    func(change func() error) error // makes a change as the form's own
	box    *fyne.Container
	addBtn *widgets.Button
	actor  string
	rows   []*relationRow
	spare  []*relationRow // rows made for an earlier item, filled again by show
	openID string         // the relation whose editor is open, or ""
}

// relationRow is one relation: its sentence, its buttons and, when open,
// its editor. Rows are kept and filled again for the next item's
// relations, so that selecting items does not make new widgets each time
// (Fyne keeps a dropped widget's renderer for its cache duration).
type relationRow struct {
	r       *RelationList
	id      string
	other   string          // the other party, whom the link opens
	line    *fyne.Container // the sentence: lead, link, tail
	layout  *relationLineLayout
	lead    *widget.Label
	icon    *widget.Icon
	link    *widget.Hyperlink
	missing *widget.Label // instead of the link when the other party is gone
	tail    *widget.Label
	citeBtn *widgets.Button
	editBtn *widgets.Button
	swapBtn *widgets.Button
	delBtn  *widgets.Button
	ed      *relationEditor // nil while closed
	obj     *fyne.Container
}

// relationEditor edits one relation in place.
type relationEditor struct {
	form       *kit.DetailForm
	kind       *kindEntry
	start, end *widgets.DateEntry
	cites      *CitationList
	obj        fyne.CanvasObject
	loading    bool
}

// NewRelationList makes the Relations section of a form. own makes an
// edit of a relation as the form's own change (the form shows it already,
// so it is not filled again while the analyst types).
func NewRelationList(h *host.Host, own func(change func() error) error) *RelationList {
	r := &RelationList{h: h, own: own}
	r.box = container.NewVBox()
	r.addBtn = widgets.NewButton("Add relation…", theme.ContentAddIcon(), r.onAdd)
	h.Guard(r.addBtn)
	return r
}

// Object returns the section.
func (r *RelationList) Object() fyne.CanvasObject {
	return kit.Section("Relations", r.box, r.addBtn)
}

// Show lists the relations of actor, keeping the open editor open when
// the actor is the same and its relation still exists.
func (r *RelationList) Show(actor string) {
	if actor != r.actor {
		r.openID = ""
	}
	r.actor = actor
	for _, w := range r.rows {
		w.closeEditor()
	}
	r.spare = append(r.spare, r.rows...)
	r.rows = r.rows[:0]
	r.box.RemoveAll()
	rels := r.h.Index().RelationsOf(actor)
	if len(rels) == 0 {
		r.box.Add(kit.EmptyNote("No relations yet: “member of”, “leads”, “political arm of”…"))
	}
	open := ""
	for _, rel := range rels {
		w := r.takeRow()
		w.id = rel.ID
		w.fill(rel)
		r.rows = append(r.rows, w)
		r.box.Add(w.obj)
		if rel.ID == r.openID {
			w.openEditor()
			open = rel.ID
		}
	}
	r.openID = open
	r.box.Refresh()
}

// row returns the row of relation id, or nil.
func (r *RelationList) row(id string) *relationRow {
	for _, w := range r.rows {
		if w.id == id {
			return w
		}
	}
	return nil
}

// editor returns the open editor of relation id, or nil.
func (r *RelationList) editor(id string) *relationEditor {
	if w := r.row(id); w != nil {
		return w.ed
	}
	return nil
}

// takeRow returns a spare row, or a new one when none is spare.
func (r *RelationList) takeRow() *relationRow {
	if n := len(r.spare); n > 0 {
		w := r.spare[n-1]
		r.spare = r.spare[:n-1]
		return w
	}
	return r.newRow()
}

func (r *RelationList) newRow() *relationRow {
	w := &relationRow{r: r, layout: &relationLineLayout{}}
	label := func() *widget.Label {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	w.lead, w.tail = label(), label()
	w.icon = widget.NewIcon(nil)
	w.link = kit.NewLink("", func() { r.h.Nav.GoTo(r.h.Index().ActorKind(w.other), w.other) })
	w.missing = widget.NewLabel("")
	w.missing.Importance = widget.LowImportance
	w.line = container.New(w.layout, w.lead,
		container.NewBorder(nil, nil, w.icon, nil, container.NewStack(w.link, w.missing)), w.tail)
	w.citeBtn = widgets.NewButton("", theme.DocumentIcon(), w.toggle)
	w.citeBtn.Importance = widget.LowImportance
	w.swapBtn = widgets.NewButton("", theme.NewThemedResource(iconSwap), func() { r.onSwap(w.id) })
	w.swapBtn.Importance = widget.LowImportance
	w.editBtn = widgets.NewButton("", theme.DocumentCreateIcon(), w.toggle)
	w.editBtn.Importance = widget.LowImportance
	r.h.Guard(w.swapBtn)
	w.delBtn = RemoveButton(r.h, "Delete relation", func() { r.onDelete(w.id) })
	w.obj = container.NewVBox(kit.LinkRow(w.line, w.citeBtn, w.swapBtn, w.editBtn, w.delBtn))
	return w
}

// fill shows rel's sentence, worded by app.RelationParts: "‹kind› ‹link›
// · ‹span›" when this item is the first party ("designated ‹link› as a
// terrorist organization"), "‹link› ‹kind› this organization · ‹span›"
// when it is the second ("‹link› designated this organization as a
// terrorist organization"). The other party's name is shown whole before
// the words around it; they give way first (ellipsis) in a narrow window.
func (w *relationRow) fill(rel app.Relation) {
	r := w.r
	span := relationSpan(rel)
	before, after := app.RelationParts(rel.Kind)
	if after != "" {
		after = " " + after
	}
	lead, tail := before, strings.TrimPrefix(after+spaceBefore(span), " ")
	other := rel.To
	if rel.From != r.actor {
		lead, tail, other = "", before+" "+r.thisActor()+after+spaceBefore(span), rel.From
	}
	idx := r.h.Index()
	k := idx.ActorKind(other)
	name := idx.ItemName(k, other)
	w.other = other
	w.layout.lead = naturalWidth(lead)
	w.layout.link = naturalWidth(idx.ActorName(other)) + theme.IconInlineSize() + theme.Padding()
	w.lead.SetText(lead)
	w.lead.Hidden = lead == ""
	w.tail.SetText(tail)
	w.icon.SetResource(kit.ActorIcon(k))
	// The part not shown holds no text, so nothing looking through the
	// row finds a stale name in it.
	w.link.SetText(name)
	w.link.Hidden = name == ""
	w.missing.SetText("")
	if name == "" {
		w.missing.SetText("(missing " + k.Label() + ")")
	}
	w.missing.Hidden = name != ""
	w.line.Refresh()
	w.citeBtn.SetText(citeCount(len(rel.Citations)))
}

// naturalWidth is the width a label or link needs to show s untruncated.
func naturalWidth(s string) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 2
}

// relationLineLayout lays out a relation's sentence in one line: the
// words before the link, the link, the words after it. The link keeps its
// whole width when it can; the words before it give way to at most half
// the line, and the words after it take what is left.
type relationLineLayout struct {
	lead, link float32 // untruncated widths
}

func (l *relationLineLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	lead, link, tail := objs[0], objs[1], objs[2]
	lw := float32(0)
	if lead.Visible() {
		lw = min(l.lead, max(size.Width/2, lead.MinSize().Width))
	}
	kw := min(l.link, max(size.Width-lw, 0))
	kw = max(kw, min(link.MinSize().Width, size.Width-lw))
	lead.Move(fyne.NewPos(0, 0))
	lead.Resize(fyne.NewSize(lw, size.Height))
	link.Move(fyne.NewPos(lw, 0))
	link.Resize(fyne.NewSize(kw, size.Height))
	tail.Move(fyne.NewPos(lw+kw, 0))
	tail.Resize(fyne.NewSize(max(size.Width-lw-kw, 0), size.Height))
}

func (l *relationLineLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	return s
}

// thisActor names the item being shown, as the second party of a relation.
func (r *RelationList) thisActor() string {
	if r.h.Index().ActorKind(r.actor) == app.KindOrganization {
		return "this organization"
	}
	return "this person"
}

// toggle opens the row's editor (closing any other) or closes it.
func (w *relationRow) toggle() {
	r := w.r
	r.h.Saver.Flush()
	if w.ed != nil {
		w.closeEditor()
		r.openID = ""
		return
	}
	if o := r.row(r.openID); o != nil {
		o.closeEditor()
	}
	w.openEditor()
	r.openID = w.id
}

func (w *relationRow) closeEditor() {
	if w.ed == nil {
		return
	}
	w.obj.Remove(w.ed.obj)
	w.ed = nil
	w.editBtn.SetIcon(theme.DocumentCreateIcon())
}

// openEditor shows the editor under the row.
func (w *relationRow) openEditor() {
	if w.ed != nil {
		return
	}
	rel := w.r.h.Index().Relation(w.id)
	if rel == nil {
		return
	}
	w.ed = w.newEditor(*rel)
	w.obj.Add(w.ed.obj)
	w.editBtn.SetIcon(theme.MenuDropUpIcon())
}

func (w *relationRow) key() string { return "relation:" + w.id }

func (w *relationRow) newEditor(rel app.Relation) *relationEditor {
	h := w.r.h
	ed := &relationEditor{form: kit.NewDetailForm()}
	ed.loading = true
	ed.kind = newKindEntry()
	ed.kind.SetText(rel.Kind)
	ed.kind.OnChanged = func(kind string) {
		if !ed.loading {
			h.Edited(w.key(), w.save)
			if cur := h.Index().Relation(w.id); cur != nil { // the sentence follows the typing
				typed := *cur
				typed.Kind = strings.TrimSpace(kind)
				w.fill(typed)
			}
		}
	}
	ed.kind.onFocusLost = h.Saver.Flush
	ed.kind.onUndo, ed.kind.onRedo = h.History.Undo, h.History.Redo
	h.Guard(ed.kind)
	ed.start = DateInput(h, &ed.loading, w.key, w.save)
	ed.start.SetDate(rel.Start)
	ed.end = DateInput(h, &ed.loading, w.key, w.save)
	ed.end.SetDate(rel.End)
	ed.loading = false

	ed.cites = NewCitationList(h, app.KindRelation, func(id string, cs []app.Citation) {
		if rel := h.Index().Relation(id); rel != nil {
			w.fill(*rel)
		}
	})
	ed.cites.Show(rel.ID, rel.Citations)

	ed.form.Add("kind", "Kind", ed.kind)
	_, startCell := ed.form.Bare("start", ed.start)
	_, endCell := ed.form.Bare("end", ed.end)
	until := widget.NewLabel("Until")
	until.TextStyle = fyne.TextStyle{Bold: true}
	dates := container.NewGridWithColumns(2, startCell, container.NewBorder(nil, nil, container.NewVBox(until), nil, endCell))
	from := widget.NewLabel("From")
	from.TextStyle = fyne.TextStyle{Bold: true}
	from.Alignment = fyne.TextAlignTrailing
	ed.form.Grid.Add(container.NewVBox(from))
	ed.form.Grid.Add(dates)
	srcs := widget.NewLabel("Sources")
	srcs.TextStyle = fyne.TextStyle{Bold: true}
	srcs.Alignment = fyne.TextAlignTrailing
	ed.cites.addBtn.Importance = widget.LowImportance
	ed.form.Grid.Add(container.NewVBox(srcs))
	ed.form.Grid.Add(container.NewVBox(ed.cites.box, container.NewHBox(ed.cites.addBtn)))

	indent := canvas.NewRectangle(color.Transparent)
	indent.SetMinSize(fyne.NewSize(theme.Padding()*4, 0))
	ed.obj = container.NewBorder(nil, widget.NewSeparator(), indent, nil, ed.form.Grid)
	return ed
}

// save writes the open editor's kind and dates when they changed and read;
// otherwise it says beside the field why nothing was saved.
func (w *relationRow) save() {
	ed, h := w.ed, w.r.h
	cur := h.Index().Relation(w.id)
	if ed == nil || cur == nil {
		return
	}
	rel := *cur
	rel.Kind = strings.TrimSpace(ed.kind.Text)
	var err error
	if rel.Start, err = ReadDate("start", ed.start); err != nil {
		h.Status.Failed(ed.form, err)
		return
	}
	if rel.End, err = ReadDate("end", ed.end); err != nil {
		h.Status.Failed(ed.form, err)
		return
	}
	if rel.Kind == cur.Kind && rel.Start == cur.Start && rel.End == cur.End {
		ed.form.ClearErrors()
		h.Status.Saved()
		return
	}
	if err := rel.Validate(); err != nil {
		h.Status.Failed(ed.form, err)
		return
	}
	if err := w.r.own(func() error { return h.Session.UpdateRelation(rel) }); err != nil {
		h.Status.Failed(ed.form, err)
		return
	}
	ed.form.ClearErrors()
	w.fill(*h.Index().Relation(w.id))
}

// spaceBefore is " · s", or "" for no s.
func spaceBefore(s string) string {
	if s == "" {
		return ""
	}
	return " · " + s
}

// relationSpan is "(1981–2003)", "(from 1981)", "(until 2003)" or "".
func relationSpan(rel app.Relation) string {
	s, e := app.HumanDate(rel.Start), app.HumanDate(rel.End)
	switch {
	case s != "" && e != "":
		return s + " – " + e
	case s != "":
		return "from " + s
	case e != "":
		return "until " + e
	}
	return ""
}

// citeCount is the source count on a relation's row: "cite" while it
// cites none, else the number of sources.
func citeCount(n int) string {
	if n == 0 {
		return "cite"
	}
	return strconv.Itoa(n)
}

// onEdit opens the editor of relation rel under its row.
func (r *RelationList) onEdit(rel app.Relation) {
	if w := r.row(rel.ID); w != nil && w.ed == nil {
		w.toggle()
	}
}

// onSwap exchanges the relation's first and second parties ("A leads B"
// becomes "B leads A"), as one undoable change.
func (r *RelationList) onSwap(id string) {
	r.h.Saver.Flush()
	cur := r.h.Index().Relation(id)
	if cur == nil {
		return
	}
	rel := *cur
	rel.From, rel.To = rel.To, rel.From
	if err := r.h.Session.UpdateRelation(rel); err != nil {
		r.h.ShowError("The direction was not changed", err)
		return
	}
	r.Show(r.actor)
	r.h.Status.Saved()
}

// relationSentence is the relation as a quoted sentence, for dialogs:
// "“Massoud Rajavi leads Mujahedin-e Khalq”".
func (r *RelationList) relationSentence(rel app.Relation) string {
	return "“" + app.RelationSentence(app.Shorten(r.h.Index().ActorName(rel.From), 40), rel.Kind, app.Shorten(r.h.Index().ActorName(rel.To), 40)) + "”"
}

// onDelete asks, then deletes relation id.
func (r *RelationList) onDelete(id string) {
	r.h.Saver.Flush()
	rel := r.h.Index().Relation(id)
	if rel == nil {
		return
	}
	consequences := ""
	if n := len(rel.Citations); n > 0 {
		consequences = "Its " + app.Plural(n, "citation") + " of sources go with it."
	}
	kit.ConfirmDelete(r.h.Window, "the relation "+r.relationSentence(*rel), consequences, func() { r.onRemove(*rel) })
}

// onRemove deletes the relation at once.
func (r *RelationList) onRemove(rel app.Relation) {
	r.h.Saver.Flush()
	if err := r.h.Session.DeleteRelation(rel.ID); err != nil {
		r.h.ShowError("The relation was not removed", err)
		return
	}
	r.h.Status.Saved()
}
