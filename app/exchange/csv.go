package exchange

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"casefile/app"
	"casefile/app/edtf"
)

// CSVTables lists the tables EncodeCSV writes, in the order that
// casefile export --csv writes them.
var CSVTables = []string{"events", "people", "organizations", "aliases", "relations", "claims", "sources"}

// listSep joins several values in one cell: aliases, participants, sources.
const listSep = "; "

// CSVOptions are the choices of a CSV export. The zero value is what a
// spreadsheet wants: a byte order mark, and formula cells neutralised.
type CSVOptions struct {
	// NoBOM leaves out the UTF-8 byte order mark that otherwise starts
	// the file (Excel reads a file without one as the system's legacy
	// code page, so "Çuçi" shows as "Ã‡uÃ§i").
	NoBOM bool
	// Raw writes every cell as it is, without neutralising cells that a
	// spreadsheet would run as a formula (see neutralise).
	Raw bool
}

// bom is the UTF-8 byte order mark.
const bom = "\uFEFF"

// EncodeCSV writes one table of d as CSV with the default options (a byte
// order mark, formula cells neutralised); see CSVOptions.Encode.
func EncodeCSV(w io.Writer, d app.CaseData, table string) error {
	return CSVOptions{}.Encode(w, d, table)
}

// Encode writes one table of d as CSV: a header row of column names,
// then one row per item. table is one of CSVTables:
//
//   - events, in the timeline's order (app.SortEvents): id, date (EDTF),
//     date_text (the source's phrase), date_human ("early 1980s"),
//     earliest and latest (the first and last possible day, YYYY-MM-DD,
//     empty for an open end or a year outside 1–9999, for sorting in a
//     spreadsheet), title, description, place, key (true or false),
//     participants (names), participant_ids, sources (titles of the cited
//     sources), source_ids;
//   - people: id, name, aliases, role, nationality, born, born_text,
//     born_human, died, died_text, died_human, notes, sources, source_ids;
//   - organizations: id, name, aliases, kind, country, notes, sources,
//     source_ids;
//   - aliases, one row per alias of a person or an organization (people
//     first): owner_id, owner_kind (person or organization), owner (the
//     name), alias, note — the table to use when aliases must be told
//     apart, since the aliases cell of people and organizations joins them
//     with "; " and an alias may itself hold one;
//   - relations: id, from_id, from, kind, to_id, to, start, start_text,
//     start_human, end, end_text, end_human, sources, source_ids;
//   - claims, figure by figure: id, figure_id, figure (the question), unit,
//     source_id, source (its title), claimant_id, claimant (the name), phrase
//     (as said), low, high, qualifier, amount ("about 100"), as_of,
//     as_of_text, as_of_human, grade (Admiralty, "B3"), note;
//   - sources: id, title, publisher, author, url, published,
//     published_text, published_human, kind, reliability, interest.
//
// Lists in a cell (aliases, participants, sources) are joined with "; ".
// A *_human cell is the date in words, edtf's Human ("early 1980s"), and
// is empty when the date has only a phrase.
// Numbers are written in plain decimal ("3000", "0.5"). Items other than
// events are in the case's order.
//
// The file is UTF-8 and starts with a byte order mark unless o.NoBOM.
// Records end with CRLF (RFC 4180); a cell holding a comma, a quote, a CR
// or an LF is quoted, and its line breaks are kept exactly as they are (an
// LF stays an LF, a lone CR stays). Unless o.Raw, a cell that a spreadsheet
// would run as a formula gets a leading apostrophe (see neutralise). Full
// source texts, citations' quotes and annotations are not written;
// Casefile JSON holds them.
//
// An unknown table is an app.EINVALID error; a claim number that is not
// finite is refused as Encode refuses it.
func (o CSVOptions) Encode(w io.Writer, d app.CaseData, table string) error {
	var rows [][]string
	x := newIndex(&d)
	switch table {
	case "events":
		rows = csvEvents(&d, x)
	case "people":
		rows = csvPeople(&d, x)
	case "organizations":
		rows = csvOrganizations(&d, x)
	case "aliases":
		rows = csvAliases(&d)
	case "relations":
		rows = csvRelations(&d, x)
	case "claims":
		if err := checkNumbers(d); err != nil {
			return err
		}
		rows = csvClaims(&d, x)
	case "sources":
		rows = csvSources(&d)
	default:
		return app.Errorf(app.EINVALID, "There is no CSV table %q; the tables are %s.", table, strings.Join(CSVTables, ", "))
	}
	var buf bytes.Buffer
	if !o.NoBOM {
		buf.WriteString(bom)
	}
	for _, row := range rows {
		for i, cell := range row {
			if i > 0 {
				buf.WriteByte(',')
			}
			if !o.Raw {
				cell = neutralise(cell)
			}
			writeCSVCell(&buf, cell)
		}
		buf.WriteString("\r\n")
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return app.Internal(err, "The case could not be written.")
	}
	return nil
}

// writeCSVCell writes one cell, quoted when it holds a comma, a double
// quote, a CR or an LF (or starts with a space, which some readers trim),
// with quotes doubled; nothing else changes.
func writeCSVCell(buf *bytes.Buffer, cell string) {
	if cell == "" || !strings.ContainsAny(cell, ",\"\r\n") && cell[0] != ' ' {
		buf.WriteString(cell)
		return
	}
	buf.WriteByte('"')
	buf.WriteString(strings.ReplaceAll(cell, `"`, `""`))
	buf.WriteByte('"')
}

// neutralise returns a cell that a spreadsheet would run as a formula
// with a leading apostrophe, as OWASP's guidance on CSV injection has it:
// a cell starting with "=", "+", "-", "@", a tab or a CR. A plain number
// ("-3", "+4.5") is left alone: a spreadsheet reads it as the number.
func neutralise(cell string) string {
	if cell == "" || !strings.ContainsRune("=+-@\t\r", rune(cell[0])) || plainNumber(cell) {
		return cell
	}
	return "'" + cell
}

// plainNumber reports whether s is a decimal number: an optional sign,
// digits, at most one point, and nothing else.
func plainNumber(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	digits, points := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
		case s[i] == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// dateCells returns a date's EDTF, phrase and wording (empty when there
// is no EDTF: the phrase is then the only wording there is).
func dateCells(d app.Date) []string {
	var human string
	if d.EDTF != "" {
		human = humanDate(d, false)
	}
	return []string{d.EDTF, d.Phrase, human}
}

// dayCell writes an instant's day as YYYY-MM-DD, or "" for the open-end
// sentinels and years outside 1–9999.
func dayCell(t time.Time) string {
	if t.IsZero() || t.Equal(edtf.MinTime()) || t.Equal(edtf.MaxTime()) || t.Year() < 1 || t.Year() > 9999 {
		return ""
	}
	return t.Format("2006-01-02")
}

func numberCell(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// sourceCells returns the titles and the ids of the sources cs cite,
// each once, in order.
func sourceCells(x *caseIndex, cs []app.Citation) []string {
	ids := citedSources(cs)
	titles := make([]string, 0, len(ids))
	for _, id := range ids {
		titles = append(titles, x.sourceTitle(id))
	}
	return []string{strings.Join(titles, listSep), strings.Join(ids, listSep)}
}

// caseIndex finds people's and organizations' names and sources by id, for
// exporters that look them up for every row.
type caseIndex struct {
	actors  map[string]string
	sources map[string]*app.Source
}

func newIndex(d *app.CaseData) *caseIndex {
	x := &caseIndex{actors: map[string]string{}, sources: map[string]*app.Source{}}
	for i := range d.Organizations {
		x.actors[d.Organizations[i].ID] = d.Organizations[i].Name
	}
	for i := range d.People { // people win, as in app.CaseData.ActorName
		x.actors[d.People[i].ID] = d.People[i].Name
	}
	for i := range d.Sources {
		x.sources[d.Sources[i].ID] = &d.Sources[i]
	}
	return x
}

// actor is the name of the person or organization with the id, or the id
// itself when there is none.
func (x *caseIndex) actor(id string) string {
	if n, ok := x.actors[id]; ok && n != "" {
		return n
	}
	return id
}

// sourceTitle is the title of the source with the id, or the id itself
// when there is none.
func (x *caseIndex) sourceTitle(id string) string {
	if s := x.sources[id]; s != nil {
		return s.Title
	}
	return id
}

func joinAliases(as []app.Alias) string {
	return strings.Join(aliasNames(as), listSep)
}

func csvEvents(d *app.CaseData, x *caseIndex) [][]string {
	rows := [][]string{{"id", "date", "date_text", "date_human", "earliest", "latest", "title", "description", "place", "key", "participants", "participant_ids", "sources", "source_ids"}}
	events := append([]app.Event(nil), d.Events...)
	app.SortEvents(events)
	for i := range events {
		ev := &events[i]
		var earliest, latest string
		if ed, ok := parseDate(ev.Date); ok {
			earliest, latest = dayCell(ed.Earliest()), dayCell(ed.Latest())
		}
		names := make([]string, 0, len(ev.Participants))
		for _, id := range ev.Participants {
			names = append(names, x.actor(id))
		}
		row := []string{ev.ID}
		row = append(row, dateCells(ev.Date)...)
		row = append(row, earliest, latest, ev.Title, ev.Description, ev.Place, strconv.FormatBool(ev.Key),
			strings.Join(names, listSep), strings.Join(ev.Participants, listSep))
		row = append(row, sourceCells(x, ev.Citations)...)
		rows = append(rows, row)
	}
	return rows
}

func csvPeople(d *app.CaseData, x *caseIndex) [][]string {
	rows := [][]string{{"id", "name", "aliases", "role", "nationality", "born", "born_text", "born_human", "died", "died_text", "died_human", "notes", "sources", "source_ids"}}
	for i := range d.People {
		p := &d.People[i]
		row := []string{p.ID, p.Name, joinAliases(p.Aliases), p.Role, p.Nationality}
		row = append(row, dateCells(p.Born)...)
		row = append(row, dateCells(p.Died)...)
		row = append(row, p.Notes)
		row = append(row, sourceCells(x, p.Citations)...)
		rows = append(rows, row)
	}
	return rows
}

func csvOrganizations(d *app.CaseData, x *caseIndex) [][]string {
	rows := [][]string{{"id", "name", "aliases", "kind", "country", "notes", "sources", "source_ids"}}
	for i := range d.Organizations {
		o := &d.Organizations[i]
		row := []string{o.ID, o.Name, joinAliases(o.Aliases), o.Kind, o.Country, o.Notes}
		rows = append(rows, append(row, sourceCells(x, o.Citations)...))
	}
	return rows
}

func csvAliases(d *app.CaseData) [][]string {
	rows := [][]string{{"owner_id", "owner_kind", "owner", "alias", "note"}}
	for i := range d.People {
		p := &d.People[i]
		for _, a := range p.Aliases {
			rows = append(rows, []string{p.ID, string(app.KindPerson), p.Name, a.Name, a.Note})
		}
	}
	for i := range d.Organizations {
		o := &d.Organizations[i]
		for _, a := range o.Aliases {
			rows = append(rows, []string{o.ID, string(app.KindOrganization), o.Name, a.Name, a.Note})
		}
	}
	return rows
}

func csvRelations(d *app.CaseData, x *caseIndex) [][]string {
	rows := [][]string{{"id", "from_id", "from", "kind", "to_id", "to", "start", "start_text", "start_human", "end", "end_text", "end_human", "sources", "source_ids"}}
	for i := range d.Relations {
		r := &d.Relations[i]
		row := []string{r.ID, r.From, x.actor(r.From), r.Kind, r.To, x.actor(r.To)}
		row = append(row, dateCells(r.Start)...)
		row = append(row, dateCells(r.End)...)
		row = append(row, sourceCells(x, r.Citations)...)
		rows = append(rows, row)
	}
	return rows
}

func csvClaims(d *app.CaseData, x *caseIndex) [][]string {
	rows := [][]string{{"id", "figure_id", "figure", "unit", "source_id", "source", "claimant_id", "claimant", "phrase", "low", "high", "qualifier", "amount", "as_of", "as_of_text", "as_of_human", "grade", "note"}}
	for i := range d.Figures {
		f := &d.Figures[i]
		for j := range f.Claims {
			c := &f.Claims[j]
			var reliability app.Reliability
			if s := x.sources[c.Source]; s != nil {
				reliability = s.Reliability
			}
			var claimant string
			if c.Claimant != "" {
				claimant = x.actor(c.Claimant)
			}
			row := []string{c.ID, f.ID, f.Question, f.Unit, c.Source, x.sourceTitle(c.Source), c.Claimant, claimant,
				c.Text, numberCell(c.Low), numberCell(c.High), string(c.Qualifier), c.Amount()}
			row = append(row, dateCells(c.AsOf)...)
			row = append(row, app.Grade(reliability, c.Credibility), c.Note)
			rows = append(rows, row)
		}
	}
	return rows
}

func csvSources(d *app.CaseData) [][]string {
	rows := [][]string{{"id", "title", "publisher", "author", "url", "published", "published_text", "published_human", "kind", "reliability", "interest"}}
	for i := range d.Sources {
		s := &d.Sources[i]
		row := []string{s.ID, s.Title, s.Publisher, s.Author, s.URL}
		row = append(row, dateCells(s.Published)...)
		row = append(row, string(s.Kind), string(s.Reliability), string(s.Interest))
		rows = append(rows, row)
	}
	return rows
}
