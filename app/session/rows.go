package session

import (
	"slices"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/edtf"
)

// Row is one line of a list (the Timeline, People, Organizations, Disputed
// figures and Sources tabs), with its filter text folded once per change
// (lower case, no diacritics) so that filtering as the analyst types only
// compares strings.
type Row struct {
	ID     string
	Title  string  // the item's name or title
	Detail string  // a second line: a date, a role, a publisher
	Filter string  // folded text the list's filter matches: names, aliases, detail
	Name   string  // folded title, for sorting by name
	Order  int     // position in store order, for "order added"
	Date   DateKey // for sorting by date
	Mark   bool    // a key event
	Indep  bool    // a figure: an independent source supports a value
	Third  string  // a third line, for figures: whether a source is independent
}

// rebuildRows recomputes the rows of one list's kind.
func (x *Index) rebuildRows(k app.Kind) {
	if x.rows == nil {
		x.rows = map[app.Kind][]Row{}
	}
	d := &x.data
	var rows []Row
	switch k {
	case app.KindEvent:
		rows = make([]Row, len(d.Events))
		for i := range d.Events {
			rows[i] = x.eventRow(&d.Events[i], i)
		}
	case app.KindPerson:
		rows = make([]Row, len(d.People))
		for i := range d.People {
			rows[i] = personRow(&d.People[i], i)
		}
	case app.KindOrganization:
		rows = make([]Row, len(d.Organizations))
		for i := range d.Organizations {
			rows[i] = orgRow(&d.Organizations[i], i)
		}
	case app.KindFigure:
		rows = make([]Row, len(d.Figures))
		for i := range d.Figures {
			rows[i] = x.figureRow(&d.Figures[i], i)
		}
	case app.KindSource:
		rows = make([]Row, len(d.Sources))
		for i := range d.Sources {
			rows[i] = sourceRow(&d.Sources[i], i)
		}
	}
	x.rows[k] = rows
}

// refreshRow recomputes the row of the item id of kind k after an edit,
// or adds it when the item was just appended. Lists holding the rows are
// told to take them again by the change the session announces next.
func (x *Index) refreshRow(k app.Kind, id string) {
	i, ok := x.at[k][id]
	rows := x.rows[k]
	if !ok || i > len(rows) {
		x.rebuildRows(k)
		return
	}
	var r Row
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

// FoldKey joins parts into one folded filter text.
func FoldKey(parts ...string) string {
	return Fold(strings.Join(parts, " \x00 "))
}

// foldKeys is a row's FoldKey(parts...) and Fold(parts[0]), the second a
// part of the first's memory wherever it begins it (as it does unless
// folding changed the first part's end in the join): one string kept per
// row instead of two, half a megabyte on a case of 10,000 events.
func foldKeys(parts ...string) (filter, name string) {
	filter, name = FoldKey(parts...), Fold(parts[0])
	if strings.HasPrefix(filter, name) {
		name = filter[:len(name)]
	}
	return filter, name
}

// Fold is app.Fold with a fast path for plain ASCII text, which only needs
// lower-casing; most names and titles in a large case are ASCII.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return app.Fold(s)
		}
	}
	return strings.ToLower(s)
}

func (x *Index) eventRow(e *app.Event, i int) Row {
	parts := []string{e.Title, e.Place, e.Date.Phrase, e.Date.EDTF}
	for _, p := range e.Participants {
		parts = append(parts, x.ActorName(p))
	}
	dk := NewDateKey(e.Date)
	detail := e.Date.Phrase
	if dk.OK {
		detail = app.HumanParsed(e.Date, dk.D)
	} else if e.Date.EDTF != "" {
		detail = e.Date.EDTF
	}
	filter, name := foldKeys(parts...)
	return Row{
		ID: e.ID, Title: e.Title, Detail: detail,
		Filter: filter, Name: name, Order: i,
		Date: dk, Mark: e.Key,
	}
}

// AliasParts appends the names of aliases to parts, for a filter text.
func AliasParts(parts []string, aliases []app.Alias) []string {
	for _, a := range aliases {
		parts = append(parts, a.Name)
	}
	return parts
}

func personRow(p *app.Person, i int) Row {
	filter, name := foldKeys(AliasParts([]string{p.Name, p.Role, p.Nationality}, p.Aliases)...)
	return Row{
		ID: p.ID, Title: p.Name, Detail: p.Role,
		Filter: filter, Name: name, Order: i, Date: NewDateKey(p.Born),
	}
}

func orgRow(o *app.Organization, i int) Row {
	filter, name := foldKeys(AliasParts([]string{o.Name, o.Kind, o.Country}, o.Aliases)...)
	return Row{
		ID: o.ID, Title: o.Name, Detail: o.Kind,
		Filter: filter, Name: name, Order: i,
	}
}

func (x *Index) figureRow(f *app.Figure, i int) Row {
	detail, third, indep := FigureListDetail(&x.data, f)
	ev := ""
	if e := x.Event(f.Event); e != nil {
		ev = e.Title
	}
	filter, name := foldKeys(f.Question, f.Unit, ev)
	return Row{
		ID: f.ID, Title: f.Question, Detail: detail,
		Filter: filter, Name: name, Order: i, Indep: indep, Third: third,
	}
}

func sourceRow(s *app.Source, i int) Row {
	filter, name := foldKeys(s.Title, s.Publisher, s.Author, s.URL, string(s.Kind))
	return Row{
		ID: s.ID, Title: s.Title, Detail: s.Publisher,
		Filter: filter, Name: name, Order: i, Date: NewDateKey(s.Published),
	}
}

// The words of the figure list's support marker, beside its icon, so that
// the mark does not rest on colour alone: SupportYes where an independent
// source supports a value, SupportNo where none does.
const (
	SupportYes = "independent support"
	SupportNo  = "no independent source"
)

// FigureListDetail is what a figure's row in the list says under its
// question: how many claims and the range they span ("3 claims · 0 – about
// 100"), and on a third line whether an independent source supports a
// value (SupportYes or SupportNo; empty while there is no claim). indep is
// the same for the row's icon.
func FigureListDetail(d *app.CaseData, f *app.Figure) (detail, support string, indep bool) {
	st := d.Stats(f)
	detail = app.Plural(st.Claims, "claim")
	if st.Claims == 0 {
		return "no claims", "", false
	}
	if st.Numeric == 0 {
		return detail + " · none with a number", SupportNo, false
	}
	detail += " · " + f.RangeText(st)
	if st.Independent {
		return detail, SupportYes, true
	}
	return detail, SupportNo, false
}

// DateKey orders dates in lists. It is computed once per change of the
// item, not per comparison.
type DateKey struct {
	OK bool      // the date reads
	D  edtf.Date // the date, when OK
	// D's bounds, worked out once: a sort compares each key many times.
	zero   bool
	lo, hi time.Time
}

// NewDateKey parses d for ordering; unset or invalid dates sort last.
func NewDateKey(d app.Date) DateKey {
	if d.EDTF == "" {
		return DateKey{}
	}
	p, err := edtf.Parse(d.EDTF)
	if err != nil {
		return DateKey{}
	}
	return DateKey{OK: true, D: p, zero: p.IsZero(), lo: p.Earliest(), hi: p.Latest()}
}

// CompareDateKeys orders a before b (-1), with b (0) or after b (+1);
// unset dates come last.
func CompareDateKeys(a, b DateKey) int {
	switch {
	case !a.OK && !b.OK:
		return 0
	case !a.OK:
		return 1
	case !b.OK:
		return -1
	}
	switch { // as edtf.Compare, from the bounds NewDateKey worked out
	case a.zero && b.zero:
		return 0
	case a.zero:
		return 1
	case b.zero:
		return -1
	}
	if c := a.lo.Compare(b.lo); c != 0 {
		return c
	}
	return a.hi.Compare(b.hi)
}

// SortMode is one way of ordering a list.
type SortMode struct {
	Label string
	Cmp   func(a, b *Row) int
}

// ByName orders rows by their folded title, then by store order.
func ByName(a, b *Row) int {
	if c := strings.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return a.Order - b.Order
}

// ByNameDesc is ByName backwards.
func ByNameDesc(a, b *Row) int { return ByName(b, a) }

// ByOrder keeps store order: the order items were added.
func ByOrder(a, b *Row) int { return a.Order - b.Order }

// ByNewest is store order backwards: the last added first.
func ByNewest(a, b *Row) int { return b.Order - a.Order }

// ByDate orders rows by date (undated last), then by name.
func ByDate(a, b *Row) int {
	if c := CompareDateKeys(a.Date, b.Date); c != 0 {
		return c
	}
	return ByName(a, b)
}

// ByDateDesc orders rows newest first; undated rows stay last.
func ByDateDesc(a, b *Row) int {
	if a.Date.OK != b.Date.OK {
		if a.Date.OK {
			return -1
		}
		return 1
	}
	if c := CompareDateKeys(b.Date, a.Date); c != 0 {
		return c
	}
	return ByName(a, b)
}

// ByDetail orders rows by their second line (a role, a kind, a publisher),
// then by name.
func ByDetail(a, b *Row) int {
	if c := strings.Compare(Fold(a.Detail), Fold(b.Detail)); c != 0 {
		return c
	}
	return ByName(a, b)
}

// SortedOrder returns the positions of rows ordered by cmp.
func SortedOrder(rows []Row, cmp func(a, b *Row) int) []int {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp(&rows[i], &rows[j]) })
	return order
}

// QueryWords folds a filter into the words every shown row must contain.
func QueryWords(q string) []string {
	return strings.Fields(Fold(q))
}

// FilterKeys appends to out[:0] the rows of order whose filter text
// (keys[i] is the text of order[i]) contains every word.
func FilterKeys(keys []string, order []int, words []string, out []int) []int {
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

// FilterShown keeps, in place, the shown rows whose filter text contains
// every word.
func FilterShown(rows []Row, shown []int, words []string) []int {
	out := shown[:0]
next:
	for _, i := range shown {
		for _, w := range words {
			if !strings.Contains(rows[i].Filter, w) {
				continue next
			}
		}
		out = append(out, i)
	}
	return out
}

// Narrows reports whether rows matching words all match old too: every
// old word is inside some new word. Typing on at the end of the filter
// narrows; deleting does not.
func Narrows(old, words []string) bool {
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
