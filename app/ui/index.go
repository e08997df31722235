package ui

import (
	"slices"
	"strings"

	"casefile/app"
)

// listRow is one line of a tab's list, with its search key folded once per
// load (lower case, no diacritics) so that filtering as you type only
// compares strings.
type listRow struct {
	id     string
	title  string  // the item's name or title
	detail string  // a second column: a date, a role, a publisher
	key    string  // folded text the filter matches: names, aliases, detail
	name   string  // folded title, for sorting by name
	order  int     // position in store order, for "order added"
	date   dateKey // for sorting by date
	mark   bool    // a key event
	indep  bool    // a figure: an independent source supports a value
	third  string  // a third line, for figures: whether a source is independent
}

// caseIndex is the case in memory with lookups by id and the rows of every
// tab. It is built off the UI goroutine when a case opens and patched in
// place as the analyst edits.
type caseIndex struct {
	data        app.CaseData
	at          map[app.Kind]map[string]int // kind -> id -> position in data
	claimFigure map[string]string           // claim id -> figure id
	rows        map[app.Kind][]listRow      // rows of the five tabs, in store order
}

// tabKinds are the kinds that have a tab, in tab order.
var tabKinds = []app.Kind{app.KindEvent, app.KindPerson, app.KindOrganization, app.KindFigure, app.KindSource}

// newCaseIndex indexes data. It does no UI work, so it may run on any
// goroutine.
func newCaseIndex(data app.CaseData) *caseIndex {
	x := &caseIndex{data: data}
	x.reindex()
	for _, k := range tabKinds {
		x.rebuildRows(k)
	}
	return x
}

// reindex rebuilds the id lookups after items were added or removed.
func (x *caseIndex) reindex() {
	x.at = map[app.Kind]map[string]int{}
	put := func(k app.Kind, id string, i int) {
		if x.at[k] == nil {
			x.at[k] = map[string]int{}
		}
		x.at[k][id] = i
	}
	d := &x.data
	for i := range d.Sources {
		put(app.KindSource, d.Sources[i].ID, i)
	}
	for i := range d.People {
		put(app.KindPerson, d.People[i].ID, i)
	}
	for i := range d.Organizations {
		put(app.KindOrganization, d.Organizations[i].ID, i)
	}
	for i := range d.Relations {
		put(app.KindRelation, d.Relations[i].ID, i)
	}
	for i := range d.Events {
		put(app.KindEvent, d.Events[i].ID, i)
	}
	x.claimFigure = map[string]string{}
	for i := range d.Figures {
		put(app.KindFigure, d.Figures[i].ID, i)
		for _, c := range d.Figures[i].Claims {
			x.claimFigure[c.ID] = d.Figures[i].ID
		}
	}
}

// rebuildRows recomputes the rows of one tab's kind.
func (x *caseIndex) rebuildRows(k app.Kind) {
	if x.rows == nil {
		x.rows = map[app.Kind][]listRow{}
	}
	d := &x.data
	var rows []listRow
	switch k {
	case app.KindEvent:
		rows = make([]listRow, len(d.Events))
		for i := range d.Events {
			rows[i] = x.eventRow(&d.Events[i], i)
		}
	case app.KindPerson:
		rows = make([]listRow, len(d.People))
		for i := range d.People {
			rows[i] = personRow(&d.People[i], i)
		}
	case app.KindOrganization:
		rows = make([]listRow, len(d.Organizations))
		for i := range d.Organizations {
			rows[i] = orgRow(&d.Organizations[i], i)
		}
	case app.KindFigure:
		rows = make([]listRow, len(d.Figures))
		for i := range d.Figures {
			rows[i] = x.figureRow(&d.Figures[i], i)
		}
	case app.KindSource:
		rows = make([]listRow, len(d.Sources))
		for i := range d.Sources {
			rows[i] = sourceRow(&d.Sources[i], i)
		}
	}
	x.rows[k] = rows
}

// foldKey joins parts into one folded search key.
func foldKey(parts ...string) string {
	return fold(strings.Join(parts, " \x00 "))
}

// fold is app.Fold with a fast path for plain ASCII text, which only needs
// lower-casing; most names and titles in a large case are ASCII.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return app.Fold(s)
		}
	}
	return strings.ToLower(s)
}

func (x *caseIndex) eventRow(e *app.Event, i int) listRow {
	parts := []string{e.Title, e.Place, e.Date.Phrase, e.Date.EDTF}
	for _, p := range e.Participants {
		parts = append(parts, x.actorName(p))
	}
	dk := newDateKey(e.Date)
	detail := e.Date.Phrase
	if dk.ok {
		detail = listDate(e.Date, dk.d)
	} else if e.Date.EDTF != "" {
		detail = e.Date.EDTF
	}
	return listRow{
		id: e.ID, title: e.Title, detail: detail,
		key: foldKey(parts...), name: fold(e.Title), order: i,
		date: dk, mark: e.Key,
	}
}

func aliasParts(parts []string, aliases []app.Alias) []string {
	for _, a := range aliases {
		parts = append(parts, a.Name)
	}
	return parts
}

func personRow(p *app.Person, i int) listRow {
	return listRow{
		id: p.ID, title: p.Name, detail: p.Role,
		key:  foldKey(aliasParts([]string{p.Name, p.Role, p.Nationality}, p.Aliases)...),
		name: fold(p.Name), order: i, date: newDateKey(p.Born),
	}
}

func orgRow(o *app.Organization, i int) listRow {
	return listRow{
		id: o.ID, title: o.Name, detail: o.Kind,
		key:  foldKey(aliasParts([]string{o.Name, o.Kind, o.Country}, o.Aliases)...),
		name: fold(o.Name), order: i,
	}
}

func (x *caseIndex) figureRow(f *app.Figure, i int) listRow {
	detail, third, indep := figureListDetail(&x.data, f)
	ev := ""
	if e := x.event(f.Event); e != nil {
		ev = e.Title
	}
	return listRow{
		id: f.ID, title: f.Question, detail: detail,
		key:  foldKey(f.Question, f.Unit, ev),
		name: fold(f.Question), order: i, indep: indep, third: third,
	}
}

func sourceRow(s *app.Source, i int) listRow {
	return listRow{
		id: s.ID, title: s.Title, detail: s.Publisher,
		key:  foldKey(s.Title, s.Publisher, s.Author, s.URL, string(s.Kind)),
		name: fold(s.Title), order: i, date: newDateKey(s.Published),
	}
}

func claimCount(n int) string {
	switch n {
	case 0:
		return "no claims"
	case 1:
		return "1 claim"
	}
	return itoa(n) + " claims"
}

// refreshRow recomputes the row of the item id of kind k after an edit,
// or adds it when the item was just appended.
func (x *caseIndex) refreshRow(k app.Kind, id string) {
	i, ok := x.at[k][id]
	rows := x.rows[k]
	if !ok || i > len(rows) {
		x.rebuildRows(k)
		return
	}
	var r listRow
	switch k {
	case app.KindEvent:
		r = x.eventRow(&x.data.Events[i], i)
	case app.KindPerson:
		r = personRow(&x.data.People[i], i)
	case app.KindOrganization:
		r = orgRow(&x.data.Organizations[i], i)
	case app.KindFigure:
		r = x.figureRow(&x.data.Figures[i], i)
	case app.KindSource:
		r = sourceRow(&x.data.Sources[i], i)
	default:
		return
	}
	if i == len(rows) {
		x.rows[k] = append(rows, r)
		return
	}
	rows[i] = r
}

// Lookups by id; each returns nil when there is no such item.

func (x *caseIndex) source(id string) *app.Source {
	if i, ok := x.at[app.KindSource][id]; ok {
		return &x.data.Sources[i]
	}
	return nil
}

func (x *caseIndex) person(id string) *app.Person {
	if i, ok := x.at[app.KindPerson][id]; ok {
		return &x.data.People[i]
	}
	return nil
}

func (x *caseIndex) org(id string) *app.Organization {
	if i, ok := x.at[app.KindOrganization][id]; ok {
		return &x.data.Organizations[i]
	}
	return nil
}

func (x *caseIndex) relation(id string) *app.Relation {
	if i, ok := x.at[app.KindRelation][id]; ok {
		return &x.data.Relations[i]
	}
	return nil
}

func (x *caseIndex) event(id string) *app.Event {
	if i, ok := x.at[app.KindEvent][id]; ok {
		return &x.data.Events[i]
	}
	return nil
}

func (x *caseIndex) figure(id string) *app.Figure {
	if i, ok := x.at[app.KindFigure][id]; ok {
		return &x.data.Figures[i]
	}
	return nil
}

// claim finds a claim and its figure.
func (x *caseIndex) claim(id string) (*app.Figure, *app.Claim) {
	f := x.figure(x.claimFigure[id])
	if f == nil {
		return nil, nil
	}
	for i := range f.Claims {
		if f.Claims[i].ID == id {
			return f, &f.Claims[i]
		}
	}
	return f, nil
}

// actorKind says whether id is a person or an organization ("" if neither).
func (x *caseIndex) actorKind(id string) app.Kind {
	if _, ok := x.at[app.KindPerson][id]; ok {
		return app.KindPerson
	}
	if _, ok := x.at[app.KindOrganization][id]; ok {
		return app.KindOrganization
	}
	return ""
}

// actorName is the name of a person or organization, or "" when unknown.
func (x *caseIndex) actorName(id string) string {
	if p := x.person(id); p != nil {
		return p.Name
	}
	if o := x.org(id); o != nil {
		return o.Name
	}
	return ""
}

// itemName is the name or title of any item, for links and messages.
func (x *caseIndex) itemName(k app.Kind, id string) string {
	switch k {
	case app.KindPerson, app.KindOrganization:
		return x.actorName(id)
	case app.KindEvent:
		if e := x.event(id); e != nil {
			return e.Title
		}
	case app.KindSource:
		if s := x.source(id); s != nil {
			return s.Title
		}
	case app.KindFigure:
		if f := x.figure(id); f != nil {
			return f.Question
		}
	case app.KindClaim:
		if _, c := x.claim(id); c != nil {
			return c.Text
		}
	case app.KindRelation:
		if r := x.relation(id); r != nil {
			return x.actorName(r.From) + " " + r.Kind + " " + x.actorName(r.To)
		}
	}
	return ""
}

// relationsOf lists the relations that involve the actor id.
func (x *caseIndex) relationsOf(id string) []app.Relation {
	var out []app.Relation
	for _, r := range x.data.Relations {
		if r.From == id || r.To == id {
			out = append(out, r)
		}
	}
	return out
}

// sortMode is one way of ordering a tab's list.
type sortMode struct {
	label string
	cmp   func(a, b *listRow) int
}

func byName(a, b *listRow) int {
	if c := strings.Compare(a.name, b.name); c != 0 {
		return c
	}
	return a.order - b.order
}

func byNameDesc(a, b *listRow) int { return byName(b, a) }

func byOrder(a, b *listRow) int { return a.order - b.order }

func byNewest(a, b *listRow) int { return b.order - a.order }

func byDate(a, b *listRow) int {
	if c := compareDateKeys(a.date, b.date); c != 0 {
		return c
	}
	return byName(a, b)
}

func byDateDesc(a, b *listRow) int {
	// Undated rows stay last in both directions.
	if a.date.ok != b.date.ok {
		if a.date.ok {
			return -1
		}
		return 1
	}
	if c := compareDateKeys(b.date, a.date); c != 0 {
		return c
	}
	return byName(a, b)
}

func byDetail(a, b *listRow) int {
	if c := strings.Compare(fold(a.detail), fold(b.detail)); c != 0 {
		return c
	}
	return byName(a, b)
}

// sortedOrder returns the positions of rows ordered by cmp.
func sortedOrder(rows []listRow, cmp func(a, b *listRow) int) []int {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp(&rows[i], &rows[j]) })
	return order
}

// queryWords folds a filter into the words every shown row must contain.
func queryWords(q string) []string {
	return strings.Fields(fold(q))
}

// put replaces the item id in list (keeping what keep copies from the old
// version) or appends it, and updates the lookups and rows.
func put[T any](x *caseIndex, k app.Kind, list *[]T, id string, v T, keep func(old, v *T)) {
	if i, ok := x.at[k][id]; ok && i < len(*list) {
		if keep != nil {
			keep(&(*list)[i], &v)
		}
		(*list)[i] = v
		x.refreshRow(k, id)
		return
	}
	*list = append(*list, v)
	x.reindex()
	x.refreshRow(k, id)
}

// putEvent stores an event created or changed through the store.
func (x *caseIndex) putEvent(e app.Event) {
	put(x, app.KindEvent, &x.data.Events, e.ID, e, func(old, v *app.Event) { v.Citations = old.Citations })
}

// putPerson stores a person; a new name refreshes the events naming them.
func (x *caseIndex) putPerson(p app.Person) {
	renamed := false
	put(x, app.KindPerson, &x.data.People, p.ID, p, func(old, v *app.Person) {
		v.Citations = old.Citations
		renamed = old.Name != v.Name
	})
	if renamed {
		x.rebuildRows(app.KindEvent)
	}
}

// putOrg stores an organization; a new name refreshes the events naming it.
func (x *caseIndex) putOrg(o app.Organization) {
	renamed := false
	put(x, app.KindOrganization, &x.data.Organizations, o.ID, o, func(old, v *app.Organization) {
		v.Citations = old.Citations
		renamed = old.Name != v.Name
	})
	if renamed {
		x.rebuildRows(app.KindEvent)
	}
}

// putSource stores a source; the rows of the figures it makes claims
// about are refreshed, as they show whether an independent source
// supports a value.
func (x *caseIndex) putSource(s app.Source) {
	put(x, app.KindSource, &x.data.Sources, s.ID, s, nil)
	for i := range x.data.Figures {
		for _, c := range x.data.Figures[i].Claims {
			if c.Source == s.ID {
				x.refreshRow(app.KindFigure, x.data.Figures[i].ID)
				break
			}
		}
	}
}

// putRelation stores a relation.
func (x *caseIndex) putRelation(r app.Relation) {
	put(x, app.KindRelation, &x.data.Relations, r.ID, r, func(old, v *app.Relation) { v.Citations = old.Citations })
}

// putFigure stores a figure's own fields, keeping its claims.
func (x *caseIndex) putFigure(f app.Figure) {
	put(x, app.KindFigure, &x.data.Figures, f.ID, f, func(old, v *app.Figure) { v.Claims = old.Claims })
}

// putClaim stores a claim in its figure.
func (x *caseIndex) putClaim(c app.Claim) {
	f := x.figure(c.Figure)
	if f == nil {
		return
	}
	for i := range f.Claims {
		if f.Claims[i].ID == c.ID {
			c.Citations = f.Claims[i].Citations
			f.Claims[i] = c
			x.refreshRow(app.KindFigure, f.ID)
			return
		}
	}
	f.Claims = append(f.Claims, c)
	x.claimFigure[c.ID] = f.ID
	x.refreshRow(app.KindFigure, f.ID)
}

// setCitations records an item's citations after one was added or removed.
func (x *caseIndex) setCitations(k app.Kind, id string, cites []app.Citation) {
	switch k {
	case app.KindEvent:
		if e := x.event(id); e != nil {
			e.Citations = cites
		}
	case app.KindPerson:
		if p := x.person(id); p != nil {
			p.Citations = cites
		}
	case app.KindOrganization:
		if o := x.org(id); o != nil {
			o.Citations = cites
		}
	case app.KindRelation:
		if r := x.relation(id); r != nil {
			r.Citations = cites
		}
	case app.KindClaim:
		if _, c := x.claim(id); c != nil {
			c.Citations = cites
		}
	}
}

// filterKeys appends to out[:0] the rows of order whose key (keys[i] is
// the key of order[i]) contains every word.
func filterKeys(keys []string, order []int, words []string, out []int) []int {
	out = out[:0]
	if len(words) == 0 {
		return append(out, order...)
	}
next:
	for i, key := range keys {
		for _, w := range words {
			if !strings.Contains(key, w) {
				continue next
			}
		}
		out = append(out, order[i])
	}
	return out
}

// filterShown keeps, in place, the shown rows whose key contains every word.
func filterShown(rows []listRow, shown []int, words []string) []int {
	out := shown[:0]
next:
	for _, i := range shown {
		for _, w := range words {
			if !strings.Contains(rows[i].key, w) {
				continue next
			}
		}
		out = append(out, i)
	}
	return out
}

// narrows reports whether rows matching words all match old too: every
// old word is inside some new word. Typing on at the end of the filter
// narrows; deleting does not.
func narrows(old, words []string) bool {
	for _, o := range old {
		found := false
		for _, w := range words {
			if strings.Contains(w, o) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
