package exchange

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"casefile/app"
)

// EncodeFTM writes d as FollowTheMoney (FtM) entities, one JSON object a
// line, as the ftm tools and Aleph read them:
//
//	{"id": "casefile-p-cuci", "schema": "Person", "properties": {"name": ["Bledar Çuçi"], …}}
//
// Sources become Article entities (PlainText, a Document holding text,
// for other kinds), with their full text as bodyText; people Person (the role as position);
// organizations Organization, Company or PublicBody by their kind
// (orgSchema); events Event (the key flag as important, the countries the
// place names as country); relations the link schema of the vocabulary in
// ftmLinks, the kind as its role; a citation of a source by a person, an
// organization or an event a Documentation entity (one for each item and
// source, holding the quotes), and every cited source also the item's
// proof. FtM link schemata cannot hold a proof, so a relation names its
// sources in its description and gives their URLs as sourceUrl.
//
// What FtM has no schema for goes into Note entities (see ftmNotes): a
// disputed figure is a Note on its event, each claim a Note on its claimant
// and the figure's event with its source as proof, each annotation a Note
// on its source's Document. The case's own fields are left out.
//
// Every id is "casefile-" and the item's id (see ftmID). Every property
// value is a list of strings; properties with no value are left out. Dates
// follow ftmDate and ftmRange; the wording goes to notes or summary.
// Countries and nationalities are ISO 3166-1 codes (countryCodes), the
// wording kept in notes when it says more.
//
// The output is deterministic: entities in the order documents, people,
// organizations, relations, events, documentation, notes, each in the
// case's order; properties in alphabetical order; no timestamps.
func EncodeFTM(w io.Writer, d app.CaseData) error {
	var out []*ftmEntity
	schemaOf := map[string]string{}
	for i := range d.People {
		schemaOf[d.People[i].ID] = "Person"
	}
	for i := range d.Organizations {
		schemaOf[d.Organizations[i].ID] = orgSchema(d.Organizations[i].Kind)
	}
	x := newIndex(&d)
	for i := range d.Sources {
		out = append(out, ftmDocument(&d.Sources[i]))
	}
	for i := range d.People {
		out = append(out, ftmPerson(&d.People[i]))
	}
	for i := range d.Organizations {
		out = append(out, ftmOrganization(&d.Organizations[i], schemaOf[d.Organizations[i].ID]))
	}
	for i := range d.Relations {
		out = append(out, ftmRelation(&d.Relations[i], schemaOf, x))
	}
	for i := range d.Events {
		out = append(out, ftmEvent(&d.Events[i]))
	}
	for i := range d.People {
		out = append(out, ftmDocumentation(d.People[i].ID, d.People[i].Citations)...)
	}
	for i := range d.Organizations {
		out = append(out, ftmDocumentation(d.Organizations[i].ID, d.Organizations[i].Citations)...)
	}
	for i := range d.Events {
		out = append(out, ftmDocumentation(d.Events[i].ID, d.Events[i].Citations)...)
	}
	out = append(out, ftmNotes(&d, x)...)

	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, e := range out {
		if err := enc.Encode(e); err != nil { // writes one line and "\n"
			return app.Internal(err, "The case could not be written as FollowTheMoney.")
		}
	}
	if _, err := io.WriteString(w, buf.String()); err != nil {
		return app.Internal(err, "The case could not be written.")
	}
	return nil
}

// ftmEntity is one FtM entity as its JSON is written. encoding/json writes
// the properties' keys in sorted order.
type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func newEntity(schema, id string) *ftmEntity {
	return &ftmEntity{ID: ftmID(id), Schema: schema, Properties: map[string][]string{}}
}

// add appends values to a property, leaving out blank values and values
// the property already holds.
func (e *ftmEntity) add(prop string, values ...string) {
next:
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			continue
		}
		for _, have := range e.Properties[prop] {
			if have == v {
				continue next
			}
		}
		e.Properties[prop] = append(e.Properties[prop], v)
	}
}

// maxFTMID is the longest id written; FtM's entity references hold at
// most 128 characters.
const maxFTMID = 128

// ftmID returns the FtM id for a case item's id: "casefile-" and the id,
// when the id is made of ASCII letters, digits, "-" and "_" and the whole
// fits in 128 characters (as every id the window makes does). Any other id
// (one with spaces, dots, slashes or other letters, or a long one) is
// written as "casefile-" and 32 hex digits of its SHA-256, so that the id
// is safe in Aleph's URLs and still the same on every export.
func ftmID(id string) string {
	safe := len("casefile-")+len(id) <= maxFTMID && id != ""
	for i := 0; safe && i < len(id); i++ {
		c := id[i]
		safe = c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	if safe {
		return "casefile-" + id
	}
	sum := sha256.Sum256([]byte(id))
	return "casefile-" + hex.EncodeToString(sum[:16])
}

func ftmDocument(s *app.Source) *ftmEntity {
	schema := "PlainText" // FtM's Document wants a file name
	if s.Kind == app.SourceArticle {
		schema = "Article"
	}
	e := newEntity(schema, s.ID)
	e.add("title", s.Title)
	e.add("publisher", s.Publisher)
	e.add("author", splitAuthors(s.Author)...)
	e.add("sourceUrl", s.URL)
	published, exact := ftmDate(s.Published)
	e.add("publishedAt", published)
	e.add("summary", sourceSummary(s))
	e.add("notes", dateNote("Published", s.Published, exact))
	e.add("bodyText", s.Text)
	return e
}

// sourceSummary writes a source's kind, reliability and interest as one
// sentence: "Article; reliability B (Admiralty); independent of the
// parties." DecodeFTM reads it back.
func sourceSummary(s *app.Source) string {
	var parts []string
	if s.Kind != "" {
		parts = append(parts, upperFirst(string(s.Kind)))
	}
	if s.Reliability != "" {
		parts = append(parts, "reliability "+string(s.Reliability)+" (Admiralty)")
	}
	if s.Interest != "" {
		parts = append(parts, s.Interest.Words())
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "; ") + "."
}

// splitAuthors splits a source's author field into authors: at semicolons;
// else at " and ", " & " and commas, when every part then has two words or
// more (so that "Smith, John" stays one author).
func splitAuthors(s string) []string {
	if strings.Contains(s, ";") {
		return trimAll(strings.Split(s, ";"))
	}
	parts := strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",").Replace(s), func(r rune) bool { return r == ',' })
	parts = trimAll(parts)
	if len(parts) < 2 {
		return []string{strings.TrimSpace(s)}
	}
	for _, p := range parts {
		if len(strings.Fields(p)) < 2 {
			return []string{strings.TrimSpace(s)}
		}
	}
	return parts
}

func trimAll(xs []string) []string {
	out := xs[:0]
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func ftmPerson(p *app.Person) *ftmEntity {
	e := newEntity("Person", p.ID)
	e.add("name", p.Name)
	e.add("alias", aliasNames(p.Aliases)...)
	codes, note := countryCodes(p.Nationality, "Nationality")
	e.add("nationality", codes...)
	born, bornExact := ftmDate(p.Born)
	e.add("birthDate", born)
	died, diedExact := ftmDate(p.Died)
	e.add("deathDate", died)
	e.add("position", p.Role)
	e.add("notes", p.Notes, note, dateNote("Born", p.Born, bornExact), dateNote("Died", p.Died, diedExact))
	e.add("notes", aliasNotes(p.Aliases)...)
	e.add("proof", citedIDs(p.Citations)...)
	return e
}

func ftmOrganization(o *app.Organization, schema string) *ftmEntity {
	e := newEntity(schema, o.ID)
	e.add("name", o.Name)
	e.add("alias", aliasNames(o.Aliases)...)
	codes, note := countryCodes(o.Country, "Country")
	e.add("country", codes...)
	e.add("description", o.Kind)
	e.add("notes", o.Notes, note)
	e.add("notes", aliasNotes(o.Aliases)...)
	e.add("proof", citedIDs(o.Citations)...)
	return e
}

func ftmRelation(r *app.Relation, schemaOf map[string]string, x *caseIndex) *ftmEntity {
	l := linkFor(r.Kind, schemaOf[r.From], schemaOf[r.To])
	e := newEntity(l.schema, r.ID)
	from, to := r.From, r.To
	if l.swap {
		from, to = to, from
	}
	e.add(l.from, ftmID(from))
	e.add(l.to, ftmID(to))
	e.add(l.role, r.Kind)
	var notes []string
	for _, p := range []struct {
		prop, label string
		d           app.Date
	}{{"startDate", "Start", r.Start}, {"endDate", "End", r.End}} {
		v, exact := ftmDate(p.d)
		e.add(p.prop, v)
		notes = append(notes, dateNote(p.label, p.d, exact))
	}
	e.add("summary", notes...)
	var titles []string
	for _, id := range citedSources(r.Citations) {
		titles = append(titles, x.sourceTitle(id))
		if s := x.sources[id]; s != nil {
			e.add("sourceUrl", s.URL)
		}
	}
	if len(titles) > 0 {
		e.add("description", "Sources: "+strings.Join(titles, "; ")+".")
	}
	return e
}

func ftmEvent(ev *app.Event) *ftmEntity {
	e := newEntity("Event", ev.ID)
	e.add("name", ev.Title)
	date, exact := ftmDate(ev.Date)
	e.add("date", date)
	start, end := ftmRange(ev.Date)
	e.add("startDate", start)
	e.add("endDate", end)
	e.add("summary", ev.Description)
	e.add("location", ev.Place)
	codes, _ := countryCodes(ev.Place, "")
	e.add("country", codes...)
	if ev.Key {
		e.add("important", "true")
	}
	for _, p := range ev.Participants {
		e.add("involved", ftmID(p))
	}
	e.add("notes", dateNote("Date", ev.Date, exact))
	e.add("proof", citedIDs(ev.Citations)...)
	return e
}

// ftmDocumentation writes one Documentation entity for each source an item
// cites, in the order of the first citation of each; its summary holds the
// quotes and its description the citations' notes.
func ftmDocumentation(item string, cs []app.Citation) []*ftmEntity {
	var out []*ftmEntity
	for _, src := range citedSources(cs) {
		e := newEntity("Documentation", item+"-cites-"+src)
		e.add("document", ftmID(src))
		e.add("entity", ftmID(item))
		e.add("role", "cited as source")
		for _, c := range cs {
			if c.Source != src {
				continue
			}
			if c.Quote != nil {
				e.add("summary", "“"+c.Quote.Exact+"”")
			}
			e.add("description", c.Note)
		}
		out = append(out, e)
	}
	return out
}

// citedSources returns the ids of the sources cs cite, each once, in order.
func citedSources(cs []app.Citation) []string {
	var ids []string
	seen := map[string]bool{}
	for _, c := range cs {
		if c.Source != "" && !seen[c.Source] {
			seen[c.Source] = true
			ids = append(ids, c.Source)
		}
	}
	return ids
}

func aliasNames(as []app.Alias) []string {
	names := make([]string, 0, len(as))
	for _, a := range as {
		names = append(names, a.Name)
	}
	return names
}

// aliasNotes writes each alias's note as a sentence: "Alias “MKO”: used
// by the Iranian government."
func aliasNotes(as []app.Alias) []string {
	var notes []string
	for _, a := range as {
		if strings.TrimSpace(a.Note) != "" {
			notes = append(notes, "Alias “"+a.Name+"”: "+sentence(a.Note))
		}
	}
	return notes
}

// citedIDs returns the FtM ids of the sources cs cite, each once.
func citedIDs(cs []app.Citation) []string {
	ids := citedSources(cs)
	for i := range ids {
		ids[i] = ftmID(ids[i])
	}
	return ids
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
