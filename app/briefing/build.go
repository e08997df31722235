package briefing

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/chartlayout"
	"casefile/app/timelinelayout"
)

// Sections names the parts of a briefing printed by default, in the order
// they are printed, as the --sections flag and the export dialog know them
// (OptionalSections are printed only when asked for). The cover, with the
// contents, is always printed. SectionTitle gives each one's printed title.
var Sections = []string{"summary", "questions", "timeline", "people", "figures", "notes", "sources"}

var sectionTitles = map[string]string{
	"summary":   "Bottom line up front",
	"questions": "Disputed questions",
	"timeline":  "Timeline",
	"people":    "People and organizations",
	"figures":   "Disputed figures",
	"notes":     "Notes on sources",
	"sources":   "Sources",
	"network":   "Network",
}

// SectionTitle returns the printed title of a section named in Sections,
// such as "Bottom line up front" for "summary", or "" for an unknown name.
func SectionTitle(name string) string { return sectionTitles[name] }

// Options says how to print a briefing. The zero value prints every section
// on A4 with the case's own marking and today's date.
type Options struct {
	// Paper is "a4" (the default when empty) or "letter", in any case.
	Paper string
	// Marking, when not empty, replaces the case's marking (the handling
	// caveat printed at the top and bottom of every page).
	Marking string
	// Sections lists the sections to print, by the names in Sections, in any
	// order; empty means all of them.
	Sections []string
	// KeyOnly limits the timeline to key events.
	KeyOnly bool
	// Printed is the date printed on the cover and stored as the PDF's
	// creation date; the zero time means today. Fix it for byte-identical
	// output across days.
	Printed time.Time
}

// Paper sizes in millimetres. The margins suit both: 20 mm at the sides
// leaves 170 mm of text on A4 and 176 mm on Letter.
var papers = map[string]Paper{
	"a4":     {Name: "a4", Width: 210, Height: 297, Left: 20, Right: 20, Top: 22, Bottom: 22},
	"letter": {Name: "letter", Width: 215.9, Height: 279.4, Left: 20, Right: 20, Top: 22, Bottom: 22},
}

// Type sizes in points.
const (
	sizeBody  = 9.5
	sizeLead  = 10.5
	sizeTable = 8.5
	sizeSmall = 7.5
	sizeChart = 7
	sizeStrip = 6.5
)

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72

// paperFor checks and resolves the paper option.
func paperFor(name string) (Paper, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		n = "a4"
	}
	p, ok := papers[n]
	if !ok {
		return Paper{}, &app.Error{Code: app.EINVALID, Field: "paper", Message: fmt.Sprintf("The paper size %q is not one Casefile prints on; use a4 or letter.", name)}
	}
	return p, nil
}

// sectionSet checks the sections option and returns the chosen sections.
func sectionSet(names []string) (map[string]bool, error) {
	set := map[string]bool{}
	if len(names) == 0 {
		for _, s := range Sections {
			set[s] = true
		}
		return set, nil
	}
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		if _, ok := sectionTitles[n]; !ok {
			return nil, &app.Error{Code: app.EINVALID, Field: "sections", Message: fmt.Sprintf("There is no section %q in a briefing; the sections are %s.", n, strings.Join(AllSections(), ", "))}
		}
		set[n] = true
	}
	if len(set) == 0 {
		return nil, &app.Error{Code: app.EINVALID, Field: "sections", Message: "No sections were chosen; choose at least one of " + strings.Join(Sections, ", ") + "."}
	}
	return set, nil
}

// builder holds what Build works out once: numbers and names.
type builder struct {
	data    *app.CaseData
	opts    Options
	paper   Paper
	m       *metrics
	srcNum  map[string]int    // source id → its number in the Sources section
	actors  map[string]string // person or organization id → printable name
	events  []eventRow        // shown events in date order
	evByID  map[string]*app.Event
	srcByID map[string]*app.Source
}

type eventRow struct {
	ev   *app.Event
	date dateInfo
	num  int
}

// Build makes the document model of a case's briefing. It fails only on bad
// options, with an *app.Error that says which.
func Build(data app.CaseData, opts Options) (*Document, error) {
	paper, err := paperFor(opts.Paper)
	if err != nil {
		return nil, err
	}
	set, err := sectionSet(opts.Sections)
	if err != nil {
		return nil, err
	}
	b := &builder{data: &data, opts: opts, paper: paper, m: getMetrics()}
	b.number()

	printed := opts.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	day := time.Date(printed.Year(), printed.Month(), printed.Day(), 0, 0, 0, 0, time.UTC)
	c := data.Case
	marking := c.Marking
	if strings.TrimSpace(opts.Marking) != "" {
		marking = opts.Marking
	}
	doc := &Document{
		Title:   app.OneLine(clean(c.Title)),
		Marking: app.OneLine(clean(strings.TrimSpace(marking))),
		Author:  app.OneLine(clean(c.Author)),
		AsOf:    readDate(c.AsOf).human,
		Printed: day.Format("2 January 2006"),
		Created: day.Format(time.RFC3339),
		Paper:   paper,
	}
	if doc.Title == "" {
		doc.Title = "Untitled case"
	}
	doc.Subject = "Briefing: " + doc.Title
	if doc.AsOf != "" {
		doc.Subject += ", as of " + doc.AsOf
	}
	kw := []string{"Casefile", "briefing"}
	if doc.Marking != "" {
		kw = append(kw, doc.Marking)
	}
	doc.Keywords = strings.Join(kw, ", ")
	doc.Stats = b.stats()

	for _, name := range printOrder {
		if !set[name] {
			continue
		}
		s := Section{Name: name, Title: sectionTitles[name]}
		switch name {
		case "summary":
			s.Blocks = b.summary()
		case "questions":
			if len(data.Questions) == 0 {
				continue // a case without questions has no such section
			}
			s.Blocks = b.questions()
		case "timeline":
			s.Blocks = b.timeline()
		case "people":
			s.Blocks = b.people()
		case "network":
			s.Blocks = b.network()
		case "figures":
			s.Blocks = b.figures()
		case "notes":
			s.Blocks = b.notes()
		case "sources":
			s.Blocks = b.sources()
			for i := range data.Sources {
				doc.Cited = append(doc.Cited, i+1)
			}
		}
		doc.Sections = append(doc.Sections, s)
	}
	return doc, nil
}

// number works out source numbers, actor names and the events to show.
func (b *builder) number() {
	d := b.data
	b.srcNum = make(map[string]int, len(d.Sources))
	b.srcByID = make(map[string]*app.Source, len(d.Sources))
	for i, s := range d.Sources {
		b.srcNum[s.ID] = i + 1
		b.srcByID[s.ID] = &d.Sources[i]
	}
	b.evByID = make(map[string]*app.Event, len(d.Events))
	for i := range d.Events {
		b.evByID[d.Events[i].ID] = &d.Events[i]
	}
	b.actors = make(map[string]string, len(d.People)+len(d.Organizations))
	for _, p := range d.People {
		b.actors[p.ID] = printableName(p.Name, p.Aliases)
	}
	for _, o := range d.Organizations {
		b.actors[o.ID] = printableName(o.Name, o.Aliases)
	}
	for i := range d.Events {
		e := &d.Events[i]
		if b.opts.KeyOnly && !e.Key {
			continue
		}
		b.events = append(b.events, eventRow{ev: e, date: readDate(e.Date)})
	}
	slices.SortStableFunc(b.events, func(x, y eventRow) int {
		switch {
		case x.date.valid != y.date.valid:
			if x.date.valid {
				return -1
			}
			return 1
		case x.date.valid:
			if c := x.date.earliestKey.Compare(y.date.earliestKey); c != 0 {
				return c
			}
			if c := x.date.latestKey.Compare(y.date.latestKey); c != 0 {
				return c
			}
		}
		return cmp.Compare(x.ev.Title, y.ev.Title)
	})
	for i := range b.events {
		b.events[i].num = i + 1
	}
}

const arabicNote = "[text in Arabic script not shown]"

// printableName cleans a name for print. A name whose script cannot be
// printed is replaced by its first alias that can, with a note.
func printableName(name string, aliases []app.Alias) string {
	n := app.OneLine(clean(name))
	if strings.Contains(n, " not shown]") {
		for _, a := range aliases {
			an := app.OneLine(clean(a.Name))
			if an != "" && !strings.Contains(an, " not shown]") {
				return an + " " + n
			}
		}
	}
	if n == "" {
		n = "(no name)"
	}
	return n
}

func (b *builder) actorName(id string) string {
	if n, ok := b.actors[id]; ok {
		return n
	}
	return "[unknown: " + id + "]"
}

func (b *builder) stats() string {
	d := b.data
	keys, claims := 0, 0
	for _, e := range d.Events {
		if e.Key {
			keys++
		}
	}
	for _, f := range d.Figures {
		claims += len(f.Claims)
	}
	ev := app.Plural(len(d.Events), "event")
	if keys > 0 {
		ev += " (" + strconv.Itoa(keys) + " key)"
	}
	fig := app.Plural(len(d.Figures), "disputed figure")
	if claims > 0 {
		fig += " (" + app.Plural(claims, "claim") + ")"
	}
	return strings.Join([]string{ev, app.Plural(len(d.People), "person"),
		app.Plural(len(d.Organizations), "organization"), fig,
		app.Plural(len(d.Sources), "source")}, " · ")
}

// ---- text helpers ----

func plain(s string) Text {
	s = clean(s)
	if s == "" {
		return nil
	}
	return Text{{Text: s}}
}

func boldText(s string) Text {
	s = clean(s)
	if s == "" {
		return nil
	}
	return Text{{Text: s, Bold: true}}
}

// urlText prints a source's address as a link to it: clickable when it is
// a web or mail address (http, https, ftp, mailto), plain text otherwise.
func urlText(u string) Text {
	t := plain(app.OneLine(u))
	if len(t) == 0 {
		return nil
	}
	lower := strings.ToLower(strings.TrimSpace(u))
	for _, scheme := range []string{"http://", "https://", "ftp://", "mailto:"} {
		if strings.HasPrefix(lower, scheme) && !strings.ContainsAny(u, " \n\t") {
			t[0].URL = strings.TrimSpace(u)
		}
	}
	return t
}

// lines joins texts, each starting on a new line.
func lines(ts ...Text) Text {
	var out Text
	for _, t := range ts {
		if len(t) == 0 {
			continue
		}
		if len(out) > 0 {
			t = append(Text{}, t...)
			t[0].Break = true
		}
		out = append(out, t...)
	}
	return out
}

func small(t Text) Text {
	out := make(Text, len(t))
	for i, s := range t {
		s.Small = true
		out[i] = s
	}
	return out
}

// cite returns the citation span of a source id, or nothing for an unknown
// source.
func (b *builder) cite(source string) Span {
	n := b.srcNum[source]
	if n == 0 {
		return Span{}
	}
	return Span{Text: "[" + strconv.Itoa(n) + "]", Cite: n}
}

// citeQuote returns the citation span of a quote: the source's number
// and, in a paged source, the quote's page ("[3, p. 12]").
func (b *builder) citeQuote(source string, q *app.Quote) Span {
	sp := b.cite(source)
	if src := b.srcByID[source]; sp.Cite > 0 && src != nil {
		if p := app.QuotePages(src, q); p.First > 0 {
			sp.Text = "[" + strconv.Itoa(sp.Cite) + ", " + p.String() + "]"
		}
	}
	return sp
}

// cites returns the citation numbers of an item, sorted and each once, and
// extra source ids first cited by the item itself (a claim's source).
func (b *builder) cites(cs []app.Citation, extra ...string) Text {
	var nums []int
	for _, id := range extra {
		if n := b.srcNum[id]; n > 0 {
			nums = append(nums, n)
		}
	}
	for _, c := range cs {
		if n := b.srcNum[c.Source]; n > 0 {
			nums = append(nums, n)
		}
	}
	slices.Sort(nums)
	nums = slices.Compact(nums)
	var t Text
	for _, n := range nums {
		t = append(t, Span{Text: "[" + strconv.Itoa(n) + "]", Cite: n})
	}
	return t
}

// quotes returns the quotes of an item's citations, each verbatim in
// quotation marks followed by its citation number, one per line.
func (b *builder) quotes(cs []app.Citation) Text {
	var t Text
	for _, c := range cs {
		if c.Quote == nil || strings.TrimSpace(c.Quote.Exact) == "" {
			continue
		}
		q := Text{{Text: "“" + clean(c.Quote.Exact) + "”", Italic: true, Break: true}}
		if cs := b.citeQuote(c.Source, c.Quote); cs.Cite > 0 {
			q = append(q, Span{Text: " "}, cs)
		}
		if n := clean(c.Note); n != "" {
			q = append(q, Span{Text: " — " + n})
		}
		t = append(t, q...)
	}
	return small(t)
}

// scale stretches relative column widths to the text width.
func (b *builder) columns(titles []string, rel []float64, align ...string) []Column {
	sum := 0.0
	for _, r := range rel {
		sum += r
	}
	tw := b.paper.TextWidth()
	cols := make([]Column, len(titles))
	for i, t := range titles {
		cols[i] = Column{Title: t, Width: round2(rel[i] / sum * tw)}
		if i < len(align) {
			cols[i].Align = align[i]
		}
	}
	return cols
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

func note(s string) Block {
	return Block{Paragraph: &Paragraph{Style: StyleNote, Text: plain(s)}}
}

func label(s string) Block {
	return Block{Paragraph: &Paragraph{Style: StyleLabel, Text: boldText(s)}}
}

// paragraphs splits text at blank lines into paragraphs of a style.
func paragraphs(s string, style ParaStyle) []Block {
	var out []Block
	for _, p := range strings.Split(clean(s), "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		out = append(out, Block{Paragraph: &Paragraph{Style: style, Text: Text{{Text: p}}}})
	}
	return out
}

// ---- sections ----

func (b *builder) summary() []Block {
	out := paragraphs(b.data.Case.Summary, StyleLead)
	if len(out) == 0 {
		out = append(out, note("No summary has been written for this case."))
	}
	if len(b.data.Figures) > 0 {
		out = append(out, label("Disputed figures"))
		for i := range b.data.Figures {
			f := &b.data.Figures[i]
			t := Text{{Text: clean(f.Question), Bold: true}, {Text: ": " + clean(b.figureLine(f))}}
			out = append(out, Block{Paragraph: &Paragraph{Style: StyleBody, Bullet: true, Text: t}})
		}
	}
	return append(out, b.questionLines()...)
}

// figureLine is a figure's one-line summary, as the window shows it: the
// analyst's own line when there is one, else the line generated from the
// claims (who says what, and what the independent sources give).
func (b *builder) figureLine(f *app.Figure) string {
	if s := app.OneLine(f.Summary); s != "" {
		return s
	}
	return b.data.FigureSummary(f)
}

func (b *builder) timeline() []Block {
	var out []Block
	total := len(b.data.Events)
	if b.opts.KeyOnly {
		out = append(out, note(fmt.Sprintf("Only key events are shown: %d of %d.", len(b.events), total)))
	}
	if len(b.events) == 0 {
		return append(out, note("There are no events to show."))
	}
	out = append(out, b.strips()...)

	cols := b.columns([]string{"#", "Date", "Event", "Participants", "Sources"}, []float64{8, 30, 79, 36, 17}, "R")
	t := &Table{Columns: cols}
	undated := 0
	for _, er := range b.events {
		e := er.ev
		date := plain(er.date.weekday)
		if !er.date.valid {
			undated++
			if len(date) == 0 {
				date = Text{{Text: "no date", Italic: true}}
			}
		}
		if er.date.phrase != "" {
			date = lines(date, small(Text{{Text: "said: “" + clean(er.date.phrase) + "”", Italic: true}}))
		}
		title := boldText(e.Title)
		if e.Key {
			title = append(Text{{Text: "◆ Key: ", Bold: true}}, title...)
		}
		var place Text
		if p := app.OneLine(clean(e.Place)); p != "" {
			place = small(Text{{Text: "Place: " + p}})
		}
		ev := lines(title, plain(e.Description), place, b.quotes(e.Citations))
		var parts []Text
		for _, id := range e.Participants {
			parts = append(parts, plain(b.actorName(id)))
		}
		t.Rows = append(t.Rows, Row{Key: e.Key, Cells: []Text{
			plain(strconv.Itoa(er.num)), date, ev, lines(parts...), b.cites(e.Citations),
		}})
	}
	out = append(out, Block{Table: t})
	if undated > 0 {
		out = append(out, note(fmt.Sprintf("%s no usable date and %s left off the strip.",
			app.Plural(undated, "event")+" "+app.PluralNoun(undated, "has"), app.PluralNoun(undated, "is"))))
	}
	return out
}

// strips lays out the whole-span strip and, when the key events crowd into
// a small part of it, a detail strip over them.
func (b *builder) strips() []Block {
	var items []timelinelayout.Item
	var rows []*eventRow
	lo, hi := math.Inf(1), math.Inf(-1)
	klo, khi := math.Inf(1), math.Inf(-1)
	keys := 0
	for i := range b.events {
		er := &b.events[i]
		d := er.date
		if !d.valid {
			continue
		}
		items = append(items, timelinelayout.Item{Start: d.start, End: d.end, OpenStart: d.openStart, OpenEnd: d.openEnd,
			Dot: d.dot, Key: er.ev.Key, Label: strconv.Itoa(er.num)})
		rows = append(rows, er)
		lo, hi = math.Min(lo, d.start), math.Max(hi, d.end)
		if er.ev.Key {
			keys++
			klo, khi = math.Min(klo, d.start), math.Max(khi, d.end)
		}
	}
	if len(items) == 0 {
		return nil
	}
	var out []Block
	out = append(out, Block{Strip: b.strip("All dated events", lo, hi, items, rows)})
	if keys >= 2 && khi-klo < (hi-lo)/8 {
		out = append(out, Block{Strip: b.strip("Detail: the key events", klo, khi, items, rows)})
	}
	out[len(out)-1].Strip.Legend = true
	return out
}

func (b *builder) strip(title string, lo, hi float64, items []timelinelayout.Item, rows []*eventRow) *Strip {
	title += ", " + spanWords(timelinelayout.Time(lo), timelinelayout.Time(hi), hi-lo)
	span := hi - lo
	if span < 2 {
		lo, hi = lo-1, hi+1
		span = hi - lo
	}
	lo, hi = lo-span*0.02, hi+span*0.02
	// Labels are measured in bold, the widest face they are drawn in.
	measure := func(s string) float64 { return b.m.textWidth(s, bold, sizeStrip) }
	cfg := timelinelayout.Config{From: lo, To: hi, Width: b.paper.TextWidth(), Lanes: 6,
		MinWidth: 1.8, Gap: 0.6, Measure: measure, LabelGap: 1.5}
	lay := timelinelayout.Layout(items, cfg)
	s := &Strip{Title: title, Width: cfg.Width, Lanes: cfg.Lanes}
	for _, t := range timelinelayout.Ticks(cfg) {
		t.X = round2(t.X)
		s.Ticks = append(s.Ticks, t)
	}
	for _, m := range lay.Marks {
		er := rows[m.Item]
		s.Marks = append(s.Marks, StripMark{X0: round2(m.X0), X1: round2(m.X1), Lane: m.Lane, Dot: m.Dot,
			Key: er.ev.Key, Certainty: er.date.certainty, OpenStart: m.ClipStart, OpenEnd: m.ClipEnd})
	}
	for _, c := range lay.Counts {
		c.X0, c.X1, c.X = round2(c.X0), round2(c.X1), round2(c.X)
		s.Counts = append(s.Counts, c)
	}
	for _, k := range lay.Keys {
		s.Keys = append(s.Keys, round2(k.X))
	}
	for _, l := range lay.KeyLabels {
		l.X = round2(l.X)
		s.Labels = append(s.Labels, l)
	}
	return s
}

// spanWords names a window: "1975 to 2024", "June 2022 to July 2023",
// "19 to 23 June 2023".
func spanWords(from, to time.Time, days float64) string {
	switch {
	case days > 3*365:
		return strconv.Itoa(from.Year()) + " to " + strconv.Itoa(to.Year())
	case days > 60:
		return from.Format("January 2006") + " to " + to.Format("January 2006")
	}
	return from.Format("2 January 2006") + " to " + to.Format("2 January 2006")
}

// relationText writes a relation as a line: "NCRI — political arm of — MEK
// (since 1981) [3]".
func (b *builder) relationText(r *app.Relation) Text {
	s := b.actorName(r.From) + " — " + app.OneLine(clean(r.Kind)) + " — " + b.actorName(r.To)
	st, en := readDate(r.Start), readDate(r.End)
	switch {
	case st.human != "" && en.human != "":
		s += " (" + st.human + " to " + en.human + ")"
	case st.human != "":
		s += " (from " + st.human + ")"
	case en.human != "":
		s += " (until " + en.human + ")"
	}
	t := Text{{Text: s}}
	if c := b.cites(r.Citations); len(c) > 0 {
		t = append(t, Span{Text: " "})
		t = append(t, c...)
	}
	return t
}

func aliasesText(as []app.Alias) Text {
	var parts []Text
	for _, a := range as {
		n := app.OneLine(clean(a.Name))
		if n == "" {
			continue
		}
		t := Text{{Text: n}}
		if nt := app.OneLine(clean(a.Note)); nt != "" {
			t = append(t, Span{Text: " (" + nt + ")", Small: true, Italic: true})
		}
		parts = append(parts, t)
	}
	return lines(parts...)
}

func (b *builder) people() []Block {
	d := b.data
	rels := map[string][]Text{}
	for i := range d.Relations {
		r := &d.Relations[i]
		t := b.relationText(r)
		rels[r.From] = append(rels[r.From], t)
		if r.To != r.From {
			rels[r.To] = append(rels[r.To], t)
		}
	}
	var out []Block
	out = append(out, Block{Heading: &Heading{Text: "People"}})
	if len(d.People) == 0 {
		out = append(out, note("No people are recorded in this case."))
	} else {
		t := &Table{Columns: b.columns([]string{"Name", "Aliases", "Role", "Relations", "Sources"}, []float64{40, 35, 29, 49, 17})}
		for i := range d.People {
			p := &d.People[i]
			var facts []string
			if n := app.OneLine(clean(p.Nationality)); n != "" {
				facts = append(facts, n)
			}
			if bd := readDate(p.Born).human; bd != "" {
				facts = append(facts, "born "+bd)
			}
			if dd := readDate(p.Died).human; dd != "" {
				facts = append(facts, "died "+dd)
			}
			name := lines(boldText(b.actors[p.ID]), small(plain(strings.Join(facts, "; "))), small(plain(p.Notes)), b.quotes(p.Citations))
			t.Rows = append(t.Rows, Row{Cells: []Text{name, aliasesText(p.Aliases), plain(p.Role), lines(rels[p.ID]...), b.cites(p.Citations)}})
		}
		out = append(out, Block{Table: t})
	}
	out = append(out, Block{Heading: &Heading{Text: "Organizations"}})
	if len(d.Organizations) == 0 {
		out = append(out, note("No organizations are recorded in this case."))
	} else {
		t := &Table{Columns: b.columns([]string{"Name", "Aliases", "Kind", "Relations", "Sources"}, []float64{40, 35, 29, 49, 17})}
		for i := range d.Organizations {
			o := &d.Organizations[i]
			name := lines(boldText(b.actors[o.ID]), small(plain(o.Notes)), b.quotes(o.Citations))
			kind := lines(plain(o.Kind), small(plain(o.Country)))
			t.Rows = append(t.Rows, Row{Cells: []Text{name, aliasesText(o.Aliases), kind, lines(rels[o.ID]...), b.cites(o.Citations)}})
		}
		out = append(out, Block{Table: t})
	}
	return out
}

// sourceShort is a source's name for a chart label: its publisher, or its
// title.
func (b *builder) sourceShort(id string) string {
	s := b.srcByID[id]
	if s == nil {
		return "[unknown source]"
	}
	if p := app.OneLine(clean(s.Publisher)); p != "" {
		return p
	}
	return app.OneLine(clean(s.Title))
}

func (b *builder) figures() []Block {
	d := b.data
	if len(d.Figures) == 0 {
		return []Block{note("No disputed figures are recorded in this case.")}
	}
	out := []Block{note(app.GradeLegend())}
	evNum := map[string]int{}
	for _, er := range b.events {
		evNum[er.ev.ID] = er.num
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		q := app.OneLine(clean(f.Question))
		if q == "" {
			q = "(no question)"
		}
		out = append(out, Block{Heading: &Heading{Text: q, Bookmark: true}})
		var facts []string
		if u := app.OneLine(clean(f.Unit)); u != "" {
			facts = append(facts, "Unit: "+u+".")
		}
		if ev := b.evByID[f.Event]; ev != nil {
			s := "Event: " + app.OneLine(clean(ev.Title))
			if n := evNum[f.Event]; n > 0 {
				s += " (number " + strconv.Itoa(n) + " in the timeline)"
			}
			facts = append(facts, s+".")
		}
		facts = append(facts, "Claims: "+strconv.Itoa(len(f.Claims))+".")
		out = append(out, note(strings.Join(facts, " ")))
		if len(f.Claims) > 0 {
			out = append(out, Block{Chart: b.chart(f)})
			out = append(out, Block{Table: b.claimsTable(f)})
		}
		out = append(out, label("Assessment"))
		if a := paragraphs(f.Assessment, StyleBody); len(a) > 0 {
			out = append(out, a...)
		} else {
			out = append(out, note("No assessment has been written yet."))
		}
	}
	return out
}

func (b *builder) claimsTable(f *app.Figure) *Table {
	t := &Table{Columns: b.columns([]string{"#", "Claimant", "Source", "As said", "Numbers", "Grade"}, []float64{7, 30, 34, 54, 30, 15}, "R", "", "", "", "", "C")}
	for i := range f.Claims {
		c := &f.Claims[i]
		claimant := Text{{Text: "not named", Italic: true}}
		if c.Claimant != "" {
			claimant = plain(b.actorName(c.Claimant))
		}
		src := Text{{Text: b.sourceShort(c.Source)}}
		if cs := b.cites(c.Citations, c.Source); len(cs) > 0 {
			src = append(src, Span{Text: " "})
			src = append(src, cs...)
		}
		said := Text{{Text: "“" + clean(c.Text) + "”", Italic: true}}
		said = lines(said, small(plain(c.Note)), b.quotes(c.Citations))
		nums := formatNumbers(*c)
		numText := plain(nums)
		if nums == "" {
			numText = Text{{Text: "no number", Italic: true}}
		}
		if u := app.OneLine(clean(f.Unit)); u != "" && nums != "" {
			if isOne(c.Low) && (c.High == nil || isOne(c.High)) {
				u = singular(u)
			}
			numText = append(numText, Span{Text: " " + u})
		}
		if a := readDate(c.AsOf).human; a != "" {
			numText = lines(numText, small(plain(asOf(a))))
		}
		g := app.Grade(b.srcReliability(c.Source), c.Credibility)
		t.Rows = append(t.Rows, Row{Cells: []Text{plain(strconv.Itoa(i + 1)), claimant, src, said, numText, boldText(g)}})
	}
	return t
}

func (b *builder) srcReliability(id string) app.Reliability {
	if s := b.srcByID[id]; s != nil {
		return s.Reliability
	}
	return ""
}

// chart lays out a figure's claims on one axis.
func (b *builder) chart(f *app.Figure) *Chart {
	tw := b.paper.TextWidth()
	ch := &Chart{Unit: app.OneLine(clean(f.Unit)), LabelWidth: 46}
	ch.PlotWidth = tw - ch.LabelWidth - 4
	claims := make([]chartlayout.Claim, len(f.Claims))
	for i, c := range f.Claims {
		claims[i] = chartlayout.Claim{Low: c.Low, High: c.High, Qualifier: string(c.Qualifier)}
	}
	// The most ticks whose labels fit side by side.
	var axis chartlayout.Axis
	var marks []chartlayout.Mark
	for maxTicks := 11; maxTicks >= 2; maxTicks-- {
		axis, marks = chartlayout.Layout(claims, maxTicks)
		if b.ticksFit(axis, ch.PlotWidth) {
			break
		}
	}
	for i := range axis.Ticks {
		axis.Ticks[i].Pos = math.Round(axis.Ticks[i].Pos*1e4) / 1e4
	}
	ch.Axis = axis
	for i, c := range f.Claims {
		m := marks[i]
		m.From, m.To = math.Round(m.From*1e4)/1e4, math.Round(m.To*1e4)/1e4
		row := ChartRow{Cite: b.srcNum[c.Source], Mark: m, Value: formatNumbers(c)}
		cw := 0.0
		if row.Cite > 0 {
			cw = b.m.textWidth(" ["+strconv.Itoa(row.Cite)+"]", regular, sizeChart)
		}
		row.Label = b.fit(strconv.Itoa(i+1)+"  "+b.sourceShort(c.Source), ch.LabelWidth-cw-1, sizeChart)
		ch.Rows = append(ch.Rows, row)
	}
	return ch
}

// ticksFit reports whether the axis's tick labels fit side by side.
func (b *builder) ticksFit(a chartlayout.Axis, width float64) bool {
	prev := math.Inf(-1)
	for _, t := range a.Ticks {
		w := b.m.textWidth(t.Label, regular, sizeChart)
		x := t.Pos*width - w/2
		x = math.Max(0, math.Min(x, width-w))
		if x < prev+2 {
			return false
		}
		prev = x + w
	}
	return true
}

// fit cuts s with an ellipsis to fit width at size.
func (b *builder) fit(s string, width, size float64) string {
	if b.m.textWidth(s, regular, size) <= width {
		return s
	}
	rs := []rune(s)
	ell := b.m.textWidth("…", regular, size)
	w := 0.0
	for i, r := range rs {
		w += b.m.textWidth(string(r), regular, size)
		if w+ell > width {
			return strings.TrimSpace(string(rs[:i])) + "…"
		}
	}
	return s
}

func (b *builder) notes() []Block {
	d := b.data
	bySource := map[string][]*app.Annotation{}
	for i := range d.Annotations {
		a := &d.Annotations[i]
		bySource[a.Source] = append(bySource[a.Source], a)
	}
	var out []Block
	for i := range d.Sources {
		s := &d.Sources[i]
		as := bySource[s.ID]
		if len(as) == 0 {
			continue
		}
		head := Text{{Text: app.OneLine(clean(s.Title)), Bold: true}, {Text: " "}, b.cite(s.ID)}
		out = append(out, Block{Paragraph: &Paragraph{Style: StyleLabel, Text: head}})
		for _, a := range as {
			var t Text
			if a.Quote != nil && strings.TrimSpace(a.Quote.Exact) != "" {
				t = append(t, Span{Text: "“" + clean(a.Quote.Exact) + "”", Italic: true})
				if p := app.QuotePages(s, a.Quote); p.First > 0 {
					t = append(t, Span{Text: " (" + p.String() + ")"})
				}
			}
			if n := clean(a.Note); n != "" {
				if len(t) > 0 {
					t = append(t, Span{Text: " — "})
				}
				t = append(t, Span{Text: n})
			}
			out = append(out, Block{Paragraph: &Paragraph{Style: StyleBody, Indent: 5, Text: t}})
		}
	}
	if len(out) == 0 {
		out = append(out, note("There are no notes on the sources."))
	}
	return out
}

func (b *builder) sources() []Block {
	d := b.data
	if len(d.Sources) == 0 {
		return []Block{note("No sources are recorded in this case.")}
	}
	t := &Table{Columns: b.columns([]string{"#", "Source", "Reliability", "Interest"}, []float64{8, 104, 30, 28}, "R")}
	for i := range d.Sources {
		s := &d.Sources[i]
		var facts []string
		for _, v := range []string{s.Publisher, s.Author} {
			if v = app.OneLine(clean(v)); v != "" {
				facts = append(facts, v)
			}
		}
		if p := readDate(s.Published).human; p != "" {
			facts = append(facts, p)
		}
		if s.Kind != "" {
			facts = append(facts, string(s.Kind))
		}
		src := lines(boldText(s.Title), plain(strings.Join(facts, " · ")), small(urlText(s.URL)), b.fileFacts(s))
		rel := Text{{Text: "not graded", Italic: true}}
		if s.Reliability != "" {
			rel = Text{{Text: string(s.Reliability), Bold: true}, {Text: " " + s.Reliability.Words()}}
		}
		in := s.Interest.Words()
		t.Rows = append(t.Rows, Row{Target: i + 1, Cells: []Text{plain(strconv.Itoa(i + 1)), src, rel, plain(in)}})
	}
	return []Block{Block{Table: t}}
}

// fileFacts describes the file a source was imported from, so that a
// printed quote can be traced to the exact document: its name, type,
// size, pages and SHA-256, and the mail it came attached to.
func (b *builder) fileFacts(s *app.Source) Text {
	var facts []string
	if o := s.Original; o != nil {
		facts = append(facts, app.OneLine(clean(o.Name)))
		if o.Type != "" {
			facts = append(facts, clean(o.Type))
		}
		facts = append(facts, app.ByteSize(o.Size))
	}
	if n := len(s.Pages); n > 0 {
		facts = append(facts, app.Plural(n, "page"))
	}
	if n := b.srcNum[s.AttachedTo]; n > 0 {
		facts = append(facts, "attached to ["+strconv.Itoa(n)+"]")
	}
	if s.Original != nil && s.Original.SHA256 != "" {
		facts = append(facts, "SHA-256 "+s.Original.SHA256)
	}
	if len(facts) == 0 {
		return nil
	}
	return small(plain(strings.Join(facts, " · ")))
}

// asOf words a claim's date: "as of 20 June 2023", but "since 2014" and
// "before 2012" stand alone, since "as of since 2014" reads wrong.
func asOf(human string) string {
	for _, p := range []string{"since ", "before ", "after ", "until ", "by "} {
		if strings.HasPrefix(human, p) {
			return human
		}
	}
	return "as of " + human
}

func isOne(v *float64) bool { return v != nil && *v == 1 }

// singular writes a plural unit for a count of one: "people" → "person",
// "officers" → "officer". Units it does not know are left as they are.
func singular(unit string) string {
	switch {
	case unit == "people":
		return "person"
	case strings.HasSuffix(unit, "ies") && len(unit) > 4:
		return strings.TrimSuffix(unit, "ies") + "y"
	case strings.HasSuffix(unit, "s") && !strings.HasSuffix(unit, "ss") && len(unit) > 2:
		return strings.TrimSuffix(unit, "s")
	}
	return unit
}
