package reader

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/quantity"
	"casefile/app/session"
	"casefile/app/textfind"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// New claim ▸: a claim about a disputed figure from the selected phrase,
// its numbers read from it.

// claimMenu lists the disputed figures a claim from the selection could
// be about, and New disputed figure….
func (v *View) claimMenu() *fyne.Menu {
	if _, ok := v.selectedQuote(); !ok {
		return nil
	}
	const most = 12
	var items []*fyne.MenuItem
	rows := v.h.Index().Rows(app.KindFigure)
	for _, i := range v.figureOrder(rows) {
		if len(items) == most {
			break
		}
		id := rows[i].ID
		items = append(items, fyne.NewMenuItem(app.Shorten(rows[i].Title, 60), func() { v.onNewClaim(id) }))
	}
	if len(rows) > most {
		items = append(items, fyne.NewMenuItem("Other disputed figure…", func() {
			itemedit.Pick(v.h.Window, "Which disputed figure is the claim about?", v.figureItems(), v.onNewClaim)
		}))
	}
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	items = append(items, fyne.NewMenuItem("New disputed figure…", func() { v.onNewClaim("") }))
	return fyne.NewMenu("New claim", items...)
}

// figureOrder orders the figures for the claim menu: those a claim was
// last made for first, then by question.
func (v *View) figureOrder(rows []session.Row) []int {
	order := session.SortedOrder(rows, session.ByName)
	var out []int
	for _, r := range v.recent {
		if r.kind != app.KindClaim {
			continue
		}
		fig := v.h.Index().ClaimFigure(r.id)
		for _, i := range order {
			if rows[i].ID == fig {
				out = append(out, i)
			}
		}
	}
	for _, i := range order {
		dup := false
		for _, j := range out {
			dup = dup || i == j
		}
		if !dup {
			out = append(out, i)
		}
	}
	return out
}

// figureItems lists the disputed figures for a picker.
func (v *View) figureItems() []itemedit.PickItem {
	var items []itemedit.PickItem
	for _, r := range v.h.Index().Rows(app.KindFigure) {
		items = append(items, itemedit.PickItem{ID: r.ID, Label: r.Title, Detail: r.Detail, Icon: theme.NewThemedResource(kit.IconChart), Key: r.Filter})
	}
	itemedit.SortPickItems(items)
	return items
}

// claimFields are a claim's fields in a quick form, proposed from the
// phrase (quantity.Read) until the analyst types numbers of their own.
type claimFields struct {
	phrase, low, high *widget.Entry
	qual              *widgets.Select
	claimant          string
	manual            bool // the analyst typed numbers of their own
	proposing         bool // propose is filling the numbers in
}

// addClaimFields adds the claim's fields to f, filled in from q.
func (v *View) addClaimFields(f *quickForm, q app.Quote) *claimFields {
	c := &claimFields{}
	c.phrase = f.entry("As said", app.OneLine(q.Exact), "what the source said, e.g. some 100", kit.RequiredText("claim's phrase"))
	c.low = f.entry("Low", "", "low", nil)
	c.high = f.entry("High", "", "high", nil)
	c.qual = widgets.NewSelect(itemedit.QualifierOptions(), nil)
	f.add("Qualifier", c.qual)
	c.propose(c.phrase.Text)
	c.phrase.OnChanged = c.propose
	for _, e := range []*widget.Entry{c.low, c.high} {
		e.OnChanged = func(string) { c.manual = c.manual || !c.proposing }
	}
	who := container.NewStack(kit.EmptyNote("no one named"))
	set := func(id string) {
		c.claimant = id
		who.RemoveAll()
		if id == "" {
			who.Add(kit.EmptyNote("no one named"))
		} else {
			who.Add(widget.NewLabel(v.h.Index().ActorName(id)))
		}
	}
	choose := widgets.NewButton("Choose…", theme.SearchIcon(), func() {
		items := append([]itemedit.PickItem{{ID: "", Label: "— No one named —", Detail: "the source speaks for itself", Key: "no one none"}},
			itemedit.ActorItems(v.h.Index(), nil)...)
		itemedit.Pick(v.h.Window, "Who makes the claim?", items, set)
	})
	choose.Importance = widget.LowImportance
	f.add("Claimant", container.NewBorder(nil, nil, nil, choose, who))
	if named := v.namedNear(q); len(named) > 0 {
		row := container.NewHBox(widget.NewLabel("Named here:"))
		for _, h := range named {
			b := widgets.NewButton(app.Shorten(v.h.Index().ActorName(h.ID), 30), nil, func() { set(h.ID) })
			b.Importance = widget.LowImportance
			row.Add(b)
		}
		f.add("", row)
	}
	return c
}

// namedNear lists (at most three of) the people and organizations named
// in the sentence around a quote: the likely claimants.
func (v *View) namedNear(q app.Quote) []textfind.Hit {
	runes := []rune(v.shownText)
	s, e := textfind.SentenceAround(runes, q.Start, q.End)
	named := textfind.ActorsNamedIn(v.h.Index().Data(), string(runes[s:e]))
	return named[:min(len(named), 3)]
}

// propose fills the numbers and qualifier from the phrase.
func (c *claimFields) propose(phrase string) {
	if c.manual {
		return
	}
	p, ok := quantity.Read(phrase)
	if !ok {
		p = quantity.Proposal{}
	}
	c.proposing = true
	defer func() { c.proposing = false }()
	c.low.SetText(itemedit.FormatNumber(p.Low))
	c.high.SetText(itemedit.FormatNumber(p.High))
	c.qual.SetSelected(itemedit.QualifierLabel(app.Qualifier(p.Qualifier)))
}

// claim reads the fields into a claim from source src about figure fig.
func (c *claimFields) claim(fig, src string) (app.Claim, error) {
	cl := app.Claim{Figure: fig, Source: src, Claimant: c.claimant, Text: strings.TrimSpace(c.phrase.Text),
		Qualifier: itemedit.QualifierFromLabel(c.qual.Selected)}
	var err error
	if cl.Low, err = itemedit.ParseNumber("low", c.low.Text); err != nil {
		return cl, err
	}
	if cl.High, err = itemedit.ParseNumber("high", c.high.Text); err != nil {
		return cl, err
	}
	return cl, nil
}

// onNewClaim opens a new claim about figure fig ("" asks for a new
// figure's question too), made by the shown source.
func (v *View) onNewClaim(fig string) {
	q, ok := v.selectedQuote()
	if !ok {
		return
	}
	title := "New claim"
	if f := v.h.Index().Figure(fig); f != nil {
		title = "New claim: " + app.Shorten(f.Question, 50)
	} else if fig != "" {
		return
	}
	f := v.newQuickForm(title, q)
	var question, unit *widget.Entry
	if fig == "" {
		question = f.entry("Question", "", "the disputed figure, e.g. people injured in the raid", kit.RequiredText("figure's question"))
		unit = f.entry("Unit", "", "optional: people, tonnes, US dollars", nil)
	}
	cf := v.addClaimFields(f, q)
	f.onSave = func() (func(), error) {
		cl, err := cf.claim(fig, v.source().ID)
		if err != nil {
			return nil, err
		}
		cl.Citations = v.quoted(q)
		if fig != "" {
			if err := v.h.Session.CreateClaim(&cl); err != nil {
				return nil, err
			}
			return v.madeFrom(app.KindClaim, cl.ID, cl.Text), nil
		}
		if err := cl.Validate(); err != nil { // named as the claim's, not the figure's
			return nil, err
		}
		// A new figure and its first claim are one change and one undo step.
		fg := app.Figure{Question: strings.TrimSpace(question.Text), Unit: strings.TrimSpace(unit.Text), Claims: []app.Claim{cl}}
		if err := fg.Validate(); err != nil {
			return nil, err
		}
		if err := v.h.Session.CreateFigure(&fg); err != nil {
			return nil, err
		}
		return v.madeFrom(app.KindClaim, fg.Claims[0].ID, cl.Text), nil
	}
	f.show()
}
