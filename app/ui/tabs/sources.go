package tabs

import (
	"fmt"
	"math"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/app/ui/reader"
	"casefile/widgets"
)

// Sources lists the sources by title beside the selected one: above, a
// form for its title, publisher, author, URL, date, kind, reliability and
// interest, with the items that cite it; below, its text in a reading view
// for annotating (see reader.View), which Edit text turns into an editor.
type Sources struct {
	deps    *Deps
	frame   *tabFrame
	item    *container.TabItem
	list    *kit.ListPane
	has     bool
	cur     app.Source
	loading bool

	form        *kit.DetailForm
	title       *kit.FieldEntry
	publisher   *kit.FieldEntry
	author      *kit.FieldEntry
	url         *kit.FieldEntry
	openURL     *widgets.Button
	origFile    *widget.Label   // the file the source was imported from
	related     *fyne.Container // the mail it came with, the files that came with it
	openOrig    *widgets.Button // Open original
	published   *widgets.DateEntry
	srcKind     *widgets.Select
	reliability *widgets.Select
	interest    *widgets.Select
	interestIco *widget.Icon
	text        *kit.FieldEntry
	citedBy     *fyne.Container // citedLinks' rows
	citedLinks  *kit.Links
	reader      *reader.View
	body        *container.Split // the form above the text
	autoOffset  float64          // the divider's place as last set here (not dragged)
	// textLoaded says that the text entry holds the source's text (or the
	// analyst's edit of it). It is filled only for Edit text: Fyne's entry
	// is slow with a long text, and the reading view shows it instead.
	textLoaded bool
}

// NewSources makes the Sources tab from deps.
func NewSources(deps *Deps) *Sources {
	t := &Sources{deps: deps}
	t.item = container.NewTabItemWithIcon("Sources", theme.DocumentIcon(), t.buildUI())
	return t
}

// Kind is the kind of item the tab lists.
func (t *Sources) Kind() app.Kind { return app.KindSource }

// Pane is the tab's list.
func (t *Sources) Pane() *kit.ListPane { return t.list }

// Item is the tab as added to the window's AppTabs.
func (t *Sources) Item() *container.TabItem { return t.item }

func (t *Sources) formKey() string { return "source:" + t.cur.ID }

func (t *Sources) buildUI() fyne.CanvasObject {
	deps := t.deps
	t.form = kit.NewDetailForm()
	t.title = kit.NewFieldEntry()
	t.title.SetPlaceHolder("Headline or title of the document")
	t.form.Add("title", "Title", t.title)
	t.publisher = kit.NewFieldEntry()
	t.publisher.SetPlaceHolder("Outlet, agency or court")
	t.form.Add("publisher", "Publisher", t.publisher)
	t.author = kit.NewFieldEntry()
	t.form.Add("author", "Author", t.author)
	t.url = kit.NewFieldEntry()
	t.url.SetPlaceHolder("https://…")
	t.openURL = widgets.NewButton("Open", nil, t.onOpenURL)
	t.openURL.Importance = widget.LowImportance
	t.form.Add("url", "URL", container.NewBorder(nil, nil, nil, t.openURL, t.url))
	t.published = itemedit.DateInput(deps.Host, &t.loading, t.formKey, t.save)
	t.form.Add("published", "Published", t.published)

	saveNow := func(string) {
		if !t.loading {
			deps.Host.Edited(t.formKey(), t.save)
			deps.Host.Saver.Flush()
		}
	}
	t.srcKind = kit.NewSelect(sourceKindOptions(), saveNow)
	t.form.Add("kind", "Kind", container.NewHBox(t.srcKind))
	t.reliability = kit.NewSelect(reliabilityLabels, saveNow)
	t.form.Add("reliability", "Reliability", container.NewHBox(t.reliability))
	t.interestIco = widget.NewIcon(nil)
	t.interest = kit.NewSelect(interestOptions(), func(s string) {
		t.interestIco.SetResource(interestIcon(interestFromLabel(s)))
		saveNow(s)
	})
	t.form.Add("interest", "Interest", container.NewHBox(t.interestIco, t.interest))
	t.origFile = widget.NewLabel("")
	t.origFile.Wrapping = fyne.TextWrapWord
	t.openOrig = widgets.NewButton("Open original", nil, t.onOpenOriginal)
	t.openOrig.Importance = widget.LowImportance
	t.form.Add("original", "File", container.NewBorder(nil, nil, nil, t.openOrig, t.origFile))
	deps.Host.Guard(t.srcKind, t.reliability, t.interest)

	t.text = kit.NewTextArea(6)
	t.text.SetPlaceHolder("Paste or type the source's full text here, so that items can quote it.")
	for _, e := range []*kit.FieldEntry{t.title, t.publisher, t.author, t.url, t.text} {
		deps.Host.BindEntry(e, &t.loading, t.formKey, t.save)
	}
	urlTyped := t.url.OnChanged
	t.url.OnChanged = func(s string) {
		t.enableOpenURL()
		urlTyped(s)
	}
	t.enableOpenURL()
	typed := t.text.OnChanged
	t.text.OnChanged = func(s string) {
		if !t.loading {
			t.textLoaded = true
		}
		typed(s)
	}
	t.text.OnFocusLost = func() {
		deps.Host.Saver.Flush()
		t.reader.Settle()
	}
	textField, _ := t.form.Bare("text", t.text)
	t.citedLinks = kit.NewLinks(nil)
	t.citedBy = t.citedLinks.Object()
	t.related = container.NewVBox()
	form := container.NewVBox(t.form.Grid, t.related, kit.Section("Cited by", t.citedBy))
	t.frame = deps.newTabFrame(tabSpec{
		kind: app.KindSource, plural: "sources", noun: "source",
		modes: []session.SortMode{
			{Label: "Title A–Z", Cmp: session.ByName}, {Label: "Publisher", Cmp: session.ByDetail}, {Label: "Date published", Cmp: session.ByDate},
			{Label: "Order added", Cmp: session.ByOrder}, {Label: "Newest first", Cmp: session.ByNewest},
		},
		emptyText: "Select a source on the left, or add one with “Add source”.",
		onSelect:  t.ShowItem, onAdd: t.onAdd, onDelete: t.onDelete,
	}, form)
	t.list = t.frame.list
	t.reader = newReader(t, container.NewBorder(nil, textField.Err, nil, nil, t.text))
	t.layoutBody()
	return t.frame.content
}

// loadText puts the source's text into the entry, for editing.
func (t *Sources) loadText() {
	if t.textLoaded {
		return
	}
	t.loading = true
	setEntry(t.text, t.cur.Text)
	t.loading = false
	t.textLoaded = true
}

// Where the divider between form and text goes: the text takes most of
// the height, unless there is none yet.
const (
	textOffset   = 0.3
	noTextOffset = 0.58
)

// fitBody moves the divider to suit a source with or without text, unless
// the analyst has moved it.
func (t *Sources) fitBody() {
	want := textOffset
	if t.cur.Text == "" {
		want = noTextOffset
	}
	want = t.snap(want)
	if t.body.Offset == t.autoOffset && want != t.autoOffset {
		t.body.SetOffset(want)
		t.autoOffset = want
	}
}

// snap moves a divider place to the row boundary of the form nearest it
// (within a fifth to three quarters of the height), so that the divider
// never cuts a row in half; before the form is laid out it keeps want.
func (t *Sources) snap(want float64) float64 {
	d := fyne.CurrentApp().Driver()
	pad := theme.Padding()
	avail := t.body.Size().Height - 2*pad
	grid := t.form.Grid
	if avail <= 0 || grid.Size().Height <= 0 {
		return want
	}
	top := d.AbsolutePositionForObject(grid).Y - d.AbsolutePositionForObject(t.body).Y + t.frame.scroll.Offset.Y
	best, bestD := want, math.Inf(1)
	for i := 0; i+1 < len(grid.Objects); i += 2 {
		a, b := grid.Objects[i], grid.Objects[i+1]
		bottom := top + max(a.Position().Y+a.Size().Height, b.Position().Y+b.Size().Height) + pad
		off := float64(bottom / avail)
		if off < 0.2 || off > 0.75 {
			continue
		}
		if dist := math.Abs(off - want); dist < bestD {
			best, bestD = off, dist
		}
	}
	return best
}

// layoutBody puts the form above the text on the right of the list, the
// text taking most of the height.
func (t *Sources) layoutBody() {
	f := t.frame
	t.body = container.NewVSplit(kit.NewWheel(f.scroll), t.reader.Content())
	t.body.Offset = textOffset
	t.autoOffset = textOffset
	t.body.Hide()
	f.split.Trailing = container.NewStack(f.empty, refitOnResize(t.body, t.fitBody))
}

// enableOpenURL lets Open be pressed only when there is an address to
// open.
func (t *Sources) enableOpenURL() {
	if strings.TrimSpace(t.url.Text) == "" {
		t.openURL.Disable()
	} else {
		t.openURL.Enable()
	}
}

func (t *Sources) onOpenURL() {
	u, err := url.Parse(strings.TrimSpace(t.url.Text))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		kit.ShowMessage(t.deps.Host.Window, "Not a web address", "The URL must start with http:// or https://.")
		return
	}
	if err := t.deps.OpenURL(u); err != nil {
		t.deps.Host.ShowError("The browser could not be opened", err)
	}
}

// ShowItem fills the form with a source ("" shows the placeholder).
func (t *Sources) ShowItem(id string) {
	t.deps.Host.Saver.Flush()
	t.reader.Settle()
	t.fill(id)
}

// fill shows the source id and its text ("" shows the placeholder).
func (t *Sources) fill(id string) {
	s := t.deps.Host.Index().Source(id)
	t.has = s != nil
	if s == nil {
		t.list.Selected = ""
		t.frame.showForm(false, t.deps.Host.ReadOnly)
		t.body.Hide()
		return
	}
	t.list.Selected = id
	same := t.cur.ID == id
	t.cur = *s
	t.loading = true
	setEntry(t.title, s.Title)
	setEntry(t.publisher, s.Publisher)
	setEntry(t.author, s.Author)
	setEntry(t.url, s.URL)
	setDate(t.published, s.Published)
	t.srcKind.SetSelected(sourceKindLabel(s.Kind))
	t.reliability.SetSelected(reliabilityLabel(s.Reliability))
	t.interest.SetSelected(interestLabel(s.Interest))
	t.interestIco.SetResource(interestIcon(s.Interest))
	t.showOriginal(s)
	if same && t.reader.Editing() {
		setEntry(t.text, s.Text) // shown again (after Undo, say) while being edited
	} else {
		setEntry(t.text, "")
	}
	t.textLoaded = same && t.reader.Editing()
	t.loading = false
	t.form.ClearErrors()
	t.showCitedBy()
	t.frame.showForm(true, t.deps.Host.ReadOnly)
	t.body.Show()
	t.reader.Show()
}

// citer is an item that cites the shown source (or a claim it makes).
type citer struct {
	kind app.Kind
	id   string
	what string
}

// citersOf lists what cites source id: items with a citation of it, and
// claims it makes.
func citersOf(x *session.Index, id string) []citer {
	var out []citer
	cites := func(cs []app.Citation) bool {
		for _, c := range cs {
			if c.Source == id {
				return true
			}
		}
		return false
	}
	d := x.Data()
	for _, e := range d.Events {
		if cites(e.Citations) {
			out = append(out, citer{app.KindEvent, e.ID, "event"})
		}
	}
	for _, p := range d.People {
		if cites(p.Citations) {
			out = append(out, citer{app.KindPerson, p.ID, "person"})
		}
	}
	for _, o := range d.Organizations {
		if cites(o.Citations) {
			out = append(out, citer{app.KindOrganization, o.ID, "organization"})
		}
	}
	for _, r := range d.Relations {
		if cites(r.Citations) {
			out = append(out, citer{app.KindRelation, r.ID, "relation"})
		}
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			if c.Source == id || cites(c.Citations) {
				out = append(out, citer{app.KindFigure, f.ID, "claim: “" + app.Shorten(c.Text, 40) + "”"})
			}
		}
	}
	return out
}

func (t *Sources) showCitedBy() {
	cs := citersOf(t.deps.Host.Index(), t.cur.ID)
	items := make([]kit.LinkItem, 0, min(len(cs), 50))
	for _, c := range cs[:min(len(cs), 50)] {
		it := itemedit.LinkItem(t.deps.Host, c.kind, c.id)
		it.Side = c.what
		items = append(items, it)
	}
	more := ""
	if len(cs) > 50 {
		more = fmt.Sprintf("… and %d more.", len(cs)-50)
	}
	t.citedLinks.SetFolded(t.cur.ID, items, "Nothing cites this source yet.", more)
}

// Changed takes the rows again when sources changed, and shows the source
// and its reading view again when anything they show changed (not after
// the form's own save).
func (t *Sources) Changed(c session.Change) {
	idx := t.deps.Host.Index()
	if c.Reloaded {
		t.reader.ForgetTextChange() // the case was read again: its quotes are as stored
	}
	if c.Touches(app.KindSource) {
		t.list.SetRows(idx.Rows(app.KindSource))
	}
	if t.deps.origin == Tab(t) || !c.Touches(app.KindSource, app.KindCitation, app.KindAnnotation, app.KindEvent,
		app.KindPerson, app.KindOrganization, app.KindRelation, app.KindFigure, app.KindClaim) {
		return
	}
	t.fill(t.list.Keep(func(id string) bool { return idx.Source(id) != nil }))
}

// save writes the form to the case when it changed and is valid.
func (t *Sources) save() {
	if !t.has {
		return
	}
	s := t.cur
	s.Title = trimmed(t.title)
	s.Publisher = trimmed(t.publisher)
	s.Author = trimmed(t.author)
	s.URL = trimmed(t.url)
	s.Kind = sourceKindFromLabel(t.srcKind.Selected)
	s.Reliability = reliabilityFromLabel(t.reliability.Selected)
	s.Interest = interestFromLabel(t.interest.Selected)
	if t.textLoaded {
		s.Text = t.text.Text
	}
	var err error
	if s.Published, err = itemedit.ReadDate("published", t.published); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	if sameItem(s, t.cur) {
		t.form.ClearErrors()
		t.deps.Host.Status.Saved()
		return
	}
	if err := s.Validate(); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	textChanged := s.Text != t.cur.Text
	if textChanged {
		t.reader.NoteTextChange(t.cur)
	}
	if err := t.deps.own(t, func() error { return t.deps.Host.Session.UpdateSource(s) }); err != nil {
		t.deps.Host.Status.Failed(t.form, err)
		return
	}
	t.form.ClearErrors()
	t.cur = s
	if textChanged && !t.reader.Editing() {
		t.reader.Show()
	}
	t.deps.Host.Status.Saved()
}

// onAdd asks for a new source's title and creates it.
func (t *Sources) onAdd() {
	t.deps.askNew("New source", []newItemField{
		{label: "Title", placeholder: "Headline or title", validate: kit.RequiredText("source's title")},
		{label: "Publisher", placeholder: "optional: outlet, agency, court"},
		{label: "URL", placeholder: "optional: https://…"},
	}, func(v []string) error {
		s := app.Source{Title: v[0], Publisher: v[1], URL: v[2]}
		if err := t.deps.Host.Session.CreateSource(&s); err != nil {
			return err
		}
		t.deps.Show(app.KindSource, s.ID)
		t.deps.Host.Status.Saved()
		t.deps.focusNew(t.title)
		return nil
	})
}

// onDelete asks, then deletes the selected source with its citations,
// claims and annotations.
func (t *Sources) onDelete() {
	if !t.has {
		return
	}
	t.deps.Host.Saver.Flush()
	s := t.cur
	claims, cites := 0, 0
	for _, c := range citersOf(t.deps.Host.Index(), s.ID) {
		if c.kind == app.KindFigure {
			claims++
		} else {
			cites++
		}
	}
	notes := 0
	for _, a := range t.deps.Host.Index().Data().Annotations {
		if a.Source == s.ID {
			notes++
		}
	}
	var goes []string
	if claims > 0 {
		goes = append(goes, app.Plural(claims, "claim"))
	}
	if cites > 0 {
		goes = append(goes, "the citations of "+app.Plural(cites, "item"))
	}
	if notes > 0 {
		goes = append(goes, app.Plural(notes, "annotation"))
	}
	cons := ""
	if len(goes) > 0 {
		cons = "Its " + app.JoinAnd(goes) + " go with it."
	}
	cons = kit.JoinNonEmpty(" ", cons, t.deps.DeleteNote(app.KindSource, s.ID))
	kit.ConfirmDelete(t.deps.Host.Window, "the source "+app.Quoted(s.Title), cons, func() {
		next := t.list.Neighbour(s.ID)
		if err := t.deps.Host.Session.DeleteSource(s.ID); err != nil {
			t.deps.Host.ShowError("The source was not deleted", err)
			return
		}
		t.deps.Show(app.KindSource, next)
		t.deps.Host.Status.Saved()
	})
}
