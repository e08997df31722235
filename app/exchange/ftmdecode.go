package exchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"casefile/app"
	"casefile/app/edtf"
)

// DecodeFTM reads FollowTheMoney entities, one JSON object a line (what
// Aleph and the ftm tools export, and what EncodeFTM writes), as a case:
//
//   - Person as people; Organization, Company, PublicBody and LegalEntity
//     as organizations (name, the other names and alias, weakAlias and
//     previousName as aliases, country, description as kind, notes);
//   - Event as events (a date, or startDate and endDate as an interval;
//     summary; location; important; involved and organizer as
//     participants); an event without any date cannot be placed and is
//     reported;
//   - the link schemata of ftmLinks and UnknownLink as relations, their
//     role (or relationship) as the kind, else the link's own words
//     ("member of");
//   - Document and its text-bearing kinds (Article, PlainText, HyperText,
//     Pages, Email) as sources with their bodyText;
//   - Documentation as citations of the documented item, and a Note on a
//     Document as an annotation; a Note on a person, organization or event
//     is added to its notes.
//
// The case is titled "Imported from FollowTheMoney". An entity id
// "casefile-X" becomes the id X, so that what EncodeFTM wrote
// comes back with its own ids; other ids are kept as they are. Anything
// not used (other schemata, Notes that EncodeFTM wrote for disputed
// figures and claims, links whose ends are not in the file, lines that are
// not entities) is counted and reported, by schema name, in the warnings;
// nothing is left out silently. A document larger than MaxDocumentSize,
// one that holds no entity, and one with nothing Casefile can use are
// refused with an EINVALID error.
func DecodeFTM(r io.Reader) (app.CaseData, []Warning, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentSize+1))
	if err != nil {
		return app.CaseData{}, nil, app.Internal(err, "The FollowTheMoney file could not be read.")
	}
	if len(data) > MaxDocumentSize {
		return app.CaseData{}, nil, app.Errorf(app.EINVALID, "The file is larger than %d MiB, the most Casefile imports.", MaxDocumentSize>>20)
	}
	fd := &ftmDecoder{byID: map[string]*ftmIn{}, unused: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), MaxDocumentSize+1)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var e ftmIn
		if err := json.Unmarshal(b, &e); err != nil || e.ID == "" || e.Schema == "" {
			fd.badLines = append(fd.badLines, line)
			continue
		}
		if fd.byID[e.ID] != nil {
			fd.dupes++
			continue
		}
		fd.byID[e.ID] = &e
		fd.order = append(fd.order, &e)
	}
	if err := sc.Err(); err != nil {
		return app.CaseData{}, nil, app.Internal(err, "The FollowTheMoney file could not be read.")
	}
	if len(fd.order) == 0 {
		return app.CaseData{}, nil, app.Errorf(app.EINVALID, "The file holds no FollowTheMoney entity (one JSON object a line, each with an id and a schema).")
	}
	d := fd.decode()
	d.Case.Title = "Imported from FollowTheMoney" // FtM has no case; the analyst renames it
	if len(d.People)+len(d.Organizations)+len(d.Events)+len(d.Sources) == 0 {
		return app.CaseData{}, fd.warnings(), app.Errorf(app.EINVALID, "The file holds no person, organization, event or document that Casefile can import.")
	}
	return d, fd.warnings(), nil
}

// ftmIn is an entity as read: properties are lists of strings (a value of
// another type is skipped).
type ftmIn struct {
	ID         string                       `json:"id"`
	Schema     string                       `json:"schema"`
	Properties map[string][]json.RawMessage `json:"properties"`
	values     map[string][]string
}

// get returns the string values of a property, trimmed, blanks left out.
func (e *ftmIn) get(prop string) []string {
	if e.values == nil {
		e.values = map[string][]string{}
		for k, raws := range e.Properties {
			for _, raw := range raws {
				var s string
				if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
					e.values[k] = append(e.values[k], strings.TrimSpace(s))
				}
			}
		}
	}
	return e.values[prop]
}

func (e *ftmIn) first(prop string) string {
	if v := e.get(prop); len(v) > 0 {
		return v[0]
	}
	return ""
}

type ftmDecoder struct {
	order    []*ftmIn
	byID     map[string]*ftmIn
	unused   map[string]int // schema (or a description) -> entities not imported
	badLines []int
	dupes    int
	invalid  []Warning
	// kinds maps a case id to the kind of item it became.
	kinds map[string]app.Kind
}

// caseID is the case's id for an FtM id.
func caseID(ftm string) string {
	if id, ok := strings.CutPrefix(ftm, "casefile-"); ok && id != "" {
		return id
	}
	return ftm
}

var (
	ftmActorSchemata = map[string]bool{"Person": true, "Organization": true, "Company": true, "PublicBody": true, "LegalEntity": true}
	ftmDocSchemata   = map[string]bool{"Document": true, "Article": true, "PlainText": true, "HyperText": true, "Pages": true, "Email": true}
)

func (fd *ftmDecoder) decode() app.CaseData {
	var d app.CaseData
	fd.kinds = map[string]app.Kind{}
	// Items first, so that links, citations and notes can find them.
	for _, e := range fd.order {
		switch {
		case e.Schema == "Person":
			d.People = append(d.People, fd.person(e))
		case ftmActorSchemata[e.Schema]:
			d.Organizations = append(d.Organizations, fd.organization(e))
		case ftmDocSchemata[e.Schema]:
			d.Sources = append(d.Sources, fd.source(e))
		case e.Schema == "Event":
			if ev, ok := fd.event(e); ok {
				d.Events = append(d.Events, ev)
			}
		}
	}
	d.People = keepValid(fd, d.People, app.KindPerson, func(p *app.Person) (string, error) { return p.ID, p.Validate() })
	d.Organizations = keepValid(fd, d.Organizations, app.KindOrganization, func(o *app.Organization) (string, error) { return o.ID, o.Validate() })
	d.Sources = keepValid(fd, d.Sources, app.KindSource, func(s *app.Source) (string, error) { return s.ID, s.Validate() })
	for i := range d.Events {
		d.Events[i].Participants = fd.actorsOnly(d.Events[i].Participants, "Event")
	}
	d.Events = keepValid(fd, d.Events, app.KindEvent, func(e *app.Event) (string, error) { return e.ID, e.Validate() })
	for _, e := range fd.order {
		switch {
		case ftmActorSchemata[e.Schema] || ftmDocSchemata[e.Schema] || e.Schema == "Event":
		case e.Schema == "Documentation":
			fd.documentation(&d, e)
		case e.Schema == "Note":
			fd.note(&d, e)
		default:
			if r, ok := fd.relation(e); ok {
				d.Relations = append(d.Relations, r)
			} else if !isLinkSchema(e.Schema) {
				fd.unused[e.Schema]++
			}
		}
	}
	d.Relations = keepValid(fd, d.Relations, app.KindRelation, func(r *app.Relation) (string, error) { return r.ID, r.Validate() })
	return d
}

// keepValid drops the items that fail their Validate, with a warning each,
// and records the kind of those kept.
func keepValid[T any](fd *ftmDecoder, items []T, kind app.Kind, check func(*T) (string, error)) []T {
	out := items[:0]
	for i := range items {
		id, err := check(&items[i])
		if err != nil {
			fd.invalid = append(fd.invalid, Warning{Path: "ftm:" + id, Message: "Not imported: " + app.ErrorMessage(err)})
			delete(fd.kinds, id)
			continue
		}
		fd.kinds[id] = kind
		out = append(out, items[i])
	}
	return out
}

// actorsOnly keeps the ids (FtM ids) that became people or organizations,
// as case ids, counting the rest as references to entities not imported.
func (fd *ftmDecoder) actorsOnly(ftmIDs []string, schema string) []string {
	var out []string
	for _, id := range ftmIDs {
		k := fd.kinds[caseID(id)]
		if (k == app.KindPerson || k == app.KindOrganization) && !containsString(out, caseID(id)) {
			out = append(out, caseID(id))
		} else if k != app.KindPerson && k != app.KindOrganization {
			fd.unused[schema+" participant not in the file"]++
		}
	}
	return out
}

// warnings writes what was not imported as sentences, by schema name.
func (fd *ftmDecoder) warnings() []Warning {
	var out []Warning
	names := make([]string, 0, len(fd.unused))
	for k := range fd.unused {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		out = append(out, Warning{Path: "ftm", Message: fmt.Sprintf("%s not imported: %s.", app.Plural(fd.unused[k], "entity"), k)})
	}
	if n := len(fd.badLines); n > 0 {
		out = append(out, Warning{Path: "ftm", Message: fmt.Sprintf("%s not read as FollowTheMoney entities (the first is line %d).", app.Plural(n, "line"), fd.badLines[0])})
	}
	if fd.dupes > 0 {
		out = append(out, Warning{Path: "ftm", Message: fmt.Sprintf("%s repeated an id already read and %s left out.", app.Plural(fd.dupes, "entity"), isAre(fd.dupes))})
	}
	return append(out, fd.invalid...)
}

func isAre(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// ftmDateIn reads an FtM date (an ISO 8601 prefix, possibly with a time)
// as EDTF: "2023", "2023-06", "2023-06-20"; a time is cut to its day.
// A value that is not a date is kept as the phrase.
func ftmDateIn(v string) app.Date {
	if v == "" {
		return app.Date{}
	}
	day := v
	if i := strings.IndexByte(day, 'T'); i > 0 {
		day = day[:i]
	}
	if ed, err := edtf.Parse(day); err == nil && !ed.IsZero() && !ed.IsInterval() {
		return app.Date{EDTF: day}
	}
	return app.Date{Phrase: v}
}
