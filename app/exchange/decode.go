package exchange

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"casefile/app"
	"casefile/app/anchor"
)

// problem is a Problem with the byte offset it concerns, for sorting.
type problem struct {
	off int64
	Problem
}

// refKind is what a reference may name.
type refKind uint8

const (
	refSource refKind = iota
	refActor          // a person or an organization
	refEvent
	refEvidence // a claim, an event, an annotation or a disputed figure
)

func (k refKind) label() string {
	switch k {
	case refSource:
		return "source"
	case refActor:
		return "person or organization"
	case refEvidence:
		return "claim, event, annotation or disputed figure"
	default:
		return "event"
	}
}

// reference is an id named somewhere in the document, checked once every
// id is known.
type reference struct {
	path string
	off  int64
	id   string
	want refKind
}

// idInfo is where an id was defined.
type idInfo struct {
	kind app.Kind
	path string
}

// quoteRef is a quote to anchor once every source is known.
type quoteRef struct {
	path   string
	source string
	q      *app.Quote
}

type decoder struct {
	problems []problem
	warnings []Warning
	ids      map[string]idInfo
	refs     []reference
	quotes   []quoteRef
}

// Decode reads a Casefile JSON v1 document. It is all or nothing: when
// anything is wrong it returns an empty case and a *DecodeError listing
// every problem found, each with its JSON path; a document that cannot be
// read at all (not JSON, too large) gives a *DecodeError with one problem,
// and a failing reader an app.EINTERNAL error. The warnings (unknown keys,
// quotes not found in their source's text) come with the case, and with the
// error too when the document was readable JSON in the supported version.
//
// Quotes are anchored in their source's text: kept at start/end (counted in
// Unicode code points) when the text there equals exact, otherwise moved to
// where exact occurs, with prefix and suffix choosing among repeats. A quote
// that is not found is kept as written and reported as a warning.
func Decode(r io.Reader) (app.CaseData, []Warning, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentSize+1))
	if err != nil {
		return app.CaseData{}, nil, app.Internal(err, "The document could not be read.")
	}
	if len(data) > MaxDocumentSize {
		return app.CaseData{}, nil, newDecodeError([]Problem{{Message: fmt.Sprintf("The document is larger than %d MiB, the most Casefile imports.", MaxDocumentSize>>20)}})
	}
	return decodeBytes(data)
}

func decodeBytes(data []byte) (app.CaseData, []Warning, error) {
	d := &decoder{}
	root, err := parseDocument(data, &d.problems)
	if err != nil {
		return app.CaseData{}, nil, d.err()
	}
	if root.kind != kindObject {
		d.fail("", root.off, "The document must be a JSON object starting with {\"casefile\": 1}, not %s.", root.kind.label())
		return app.CaseData{}, nil, d.err()
	}
	top := d.object("", &root, topKeys)
	if !d.version(top) {
		// With another version, every other message would be noise.
		return app.CaseData{}, nil, d.err()
	}
	cd := d.caseData(top)
	if len(d.problems) > 0 {
		return app.CaseData{}, d.warnings, d.err()
	}
	d.anchorQuotes(&cd)
	return cd, d.warnings, nil
}

// err returns the problems as a *DecodeError in document order.
func (d *decoder) err() error {
	if len(d.problems) == 0 {
		return nil
	}
	sort.SliceStable(d.problems, func(i, j int) bool { return d.problems[i].off < d.problems[j].off })
	ps := make([]Problem, len(d.problems))
	for i, p := range d.problems {
		ps[i] = p.Problem
	}
	return newDecodeError(ps)
}

func (d *decoder) fail(path string, off int64, format string, args ...any) {
	d.problems = append(d.problems, problem{off: off, Problem: Problem{Path: path, Message: fmt.Sprintf(format, args...)}})
}

func (d *decoder) warn(path, format string, args ...any) {
	d.warnings = append(d.warnings, Warning{Path: path, Message: fmt.Sprintf(format, args...)})
}

// The keys each object may have, in the order Encode writes them.
var (
	topKeys        = []string{"casefile", "case", "sources", "people", "organizations", "relations", "events", "figures", "annotations", "questions"}
	caseKeys       = []string{"title", "summary", "marking", "author", "as_of", "as_of_text", "yardstick"}
	sourceKeys     = []string{"id", "title", "publisher", "author", "url", "published", "published_text", "kind", "reliability", "interest", "text", "pages", "original", "attached_to"}
	originalKeys   = []string{"name", "type", "size", "sha256"}
	aliasKeys      = []string{"name", "note"}
	personKeys     = []string{"id", "name", "aliases", "role", "nationality", "born", "born_text", "died", "died_text", "notes", "citations"}
	orgKeys        = []string{"id", "name", "aliases", "kind", "country", "notes", "citations"}
	relationKeys   = []string{"id", "from", "to", "kind", "start", "start_text", "end", "end_text", "citations"}
	eventKeys      = []string{"id", "title", "date", "date_text", "description", "place", "key", "participants", "citations"}
	figureKeys     = []string{"id", "question", "unit", "event", "assessment", "summary", "claims"}
	claimKeys      = []string{"id", "source", "claimant", "text", "low", "high", "qualifier", "as_of", "as_of_text", "credibility", "note", "citations"}
	citationKeys   = []string{"source", "quote", "note"}
	quoteKeys      = []string{"exact", "prefix", "suffix", "start", "end"}
	annotationKeys = []string{"id", "source", "note", "quote"}
)

// obj is a JSON object being read, with its path.
type obj struct {
	d    *decoder
	path string
	n    *node
}

// object checks that n is an object, warns about keys not in known, and
// returns a view of it; for anything else it records a problem and returns
// a view with no keys, so that callers can go on without checking.
func (d *decoder) object(path string, n *node, known []string) obj {
	if n.kind != kindObject {
		d.fail(path, n.off, "Expected an object, found %s.", n.kind.label())
		return obj{d: d, path: path, n: &node{kind: kindObject, off: n.off}}
	}
	for i := range n.members {
		k := n.members[i].key
		if !contains(known, k) {
			d.warn(joinKey(path, k), "The key %q is not part of Casefile JSON v1; it was left out.", k)
		}
	}
	return obj{d: d, path: path, n: n}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// get returns the value of key, or nil when it is absent or null.
func (o obj) get(key string) *node {
	for i := range o.n.members {
		if o.n.members[i].key == key {
			if o.n.members[i].val.kind == kindNull {
				return nil
			}
			return &o.n.members[i].val
		}
	}
	return nil
}

func (o obj) at(key string) string { return joinKey(o.path, key) }

func (o obj) typeErr(key string, v *node, want string) {
	o.d.fail(o.at(key), v.off, "Expected %s, found %s.", want, v.kind.label())
}

// str reads an optional text value.
func (o obj) str(key string) string {
	v := o.get(key)
	if v == nil {
		return ""
	}
	if v.kind != kindString {
		o.typeErr(key, v, "text")
		return ""
	}
	return v.s
}

// required reads a text value that must be present and not blank.
func (o obj) required(key, what string) string {
	v := o.get(key)
	if v == nil {
		o.d.fail(o.at(key), o.n.off, "The %s is required.", what)
		return ""
	}
	if v.kind != kindString {
		o.typeErr(key, v, "text")
		return ""
	}
	if strings.TrimSpace(v.s) == "" {
		o.d.fail(o.at(key), v.off, "The %s must not be empty.", what)
	}
	return v.s
}

// date reads an EDTF date at key and its phrase at key_text.
func (o obj) date(key, what string, required bool) app.Date {
	dt := app.Date{EDTF: o.str(key), Phrase: o.str(key + "_text")}
	v := o.get(key)
	switch {
	case dt.EDTF == "" && required:
		off := o.n.off
		if v != nil {
			off = v.off
		}
		if v == nil || v.kind == kindString {
			o.d.fail(o.at(key), off, "The %s is required (a year, a decade or a range is enough).", what)
		}
	case dt.EDTF != "":
		if err := app.ValidateDate(what, dt); err != nil {
			o.d.fail(o.at(key), v.off, "%s", app.ErrorMessage(err))
		}
	}
	return dt
}

// enum reads an optional text value that must be one of allowed.
func (o obj) enum(key string, allowed []string, what string) string {
	s := o.str(key)
	if s == "" || contains(allowed, s) {
		return s
	}
	o.d.fail(o.at(key), o.get(key).off, "The %s %q is not one of %s.", what, s, orList(allowed))
	return ""
}

func orList(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " or " + list[len(list)-1]
}

// number reads an optional number of zero or more; nil when absent or null.
func (o obj) number(key string) *float64 {
	v := o.get(key)
	if v == nil {
		return nil
	}
	if v.kind != kindNumber {
		o.typeErr(key, v, "a number")
		return nil
	}
	f, err := strconv.ParseFloat(v.s, 64)
	if err != nil || math.IsInf(f, 0) {
		o.d.fail(o.at(key), v.off, "The number %s is too large.", v.s)
		return nil
	}
	if f < 0 {
		o.d.fail(o.at(key), v.off, "The number must be zero or more, not %s.", v.s)
		return nil
	}
	if !keptExactly(v.s, f) {
		o.d.fail(o.at(key), v.off, "The number %s cannot be kept exactly (Casefile keeps about 15 significant digits, and nothing smaller than 1e-307); write it with fewer digits.", v.s)
		return nil
	}
	return &f
}

// integer reads an optional whole number from lo to hi; ok is false when
// the key is absent or null.
func (o obj) integer(key string, lo, hi int) (n int, ok bool) {
	v := o.get(key)
	if v == nil {
		return 0, false
	}
	if v.kind != kindNumber {
		o.typeErr(key, v, "a whole number")
		return 0, false
	}
	i, err := strconv.ParseInt(v.s, 10, 64)
	if err != nil {
		f, ferr := strconv.ParseFloat(v.s, 64)
		if ferr != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
			o.d.fail(o.at(key), v.off, "Expected a whole number, found %s.", v.s)
			return 0, false
		}
		i = int64(f)
	}
	if i < int64(lo) || i > int64(hi) {
		o.d.fail(o.at(key), v.off, "The %s must be from %d to %d, not %s.", key, lo, hi, v.s)
		return 0, false
	}
	return int(i), true
}

// boolean reads an optional true/false value.
func (o obj) boolean(key string) bool {
	v := o.get(key)
	if v == nil {
		return false
	}
	if v.kind != kindBool {
		o.typeErr(key, v, "true or false")
		return false
	}
	return v.b
}

// list reads an optional list; nil when absent, null or empty.
func (o obj) list(key string) []node {
	v := o.get(key)
	if v == nil {
		return nil
	}
	if v.kind != kindArray {
		o.typeErr(key, v, "a list")
		return nil
	}
	return v.elems
}

// ref reads an optional id that must name an item of kind want.
func (o obj) ref(key string, want refKind, required bool, what string) string {
	var id string
	if required {
		id = o.required(key, what)
	} else {
		id = o.str(key)
	}
	if strings.TrimSpace(id) != "" {
		o.d.refs = append(o.d.refs, reference{path: o.at(key), off: o.get(key).off, id: id, want: want})
	}
	return id
}

// id reads an item's required id and registers it.
func (o obj) id(kind app.Kind) string {
	id := o.required("id", "id")
	if strings.TrimSpace(id) == "" {
		return id
	}
	if len(id) > app.MaxNameLen {
		o.d.fail(o.at("id"), o.get("id").off, "The id is too long (at most %d bytes).", app.MaxNameLen)
		return id
	}
	if prev, dup := o.d.ids[id]; dup {
		o.d.fail(o.at("id"), o.get("id").off, "The id %q is already used by %s (ids must be unique across the whole document).", id, prev.path)
		return id
	}
	o.d.ids[id] = idInfo{kind: kind, path: o.path}
	return id
}

// version checks the "casefile" key.
func (d *decoder) version(top obj) bool {
	v := top.get("casefile")
	switch {
	case v == nil:
		d.fail("casefile", top.n.off, "The document does not say which format it is in: add \"casefile\": %d at the top.", Version)
		return false
	case v.kind != kindNumber:
		d.fail("casefile", v.off, "The format version must be the number %d, not %s.", Version, v.kind.label())
		return false
	}
	if f, err := strconv.ParseFloat(v.s, 64); err != nil || f != Version {
		d.fail("casefile", v.off, "This document is Casefile JSON version %s; this Casefile reads version %d only.", v.s, Version)
		return false
	}
	return true
}

// check runs an item's own validation as a safety net for the rules not
// checked field by field (lengths, UTF-8), when the walk found nothing
// wrong with the item.
func (d *decoder) check(path string, off int64, before int, validate func() error) {
	if len(d.problems) != before {
		return
	}
	if err := validate(); err != nil {
		p := path
		if f := app.ErrorField(err); f != "" {
			p = joinKey(path, f)
		}
		d.fail(p, off, "%s", app.ErrorMessage(err))
	}
}

func (d *decoder) caseData(top obj) app.CaseData {
	d.ids = make(map[string]idInfo)
	var cd app.CaseData
	if v := top.get("case"); v == nil {
		d.fail("case", top.n.off, "The case's own fields (\"case\": {\"title\": …}) are missing.")
	} else if v.kind != kindObject {
		d.fail("case", v.off, "Expected an object, found %s.", v.kind.label())
	} else {
		cd.Case = d.caseFields(d.object("case", v, caseKeys))
	}
	cd.Sources = decodeList(d, top, "sources", sourceKeys, d.source)
	cd.People = decodeList(d, top, "people", personKeys, d.person)
	cd.Organizations = decodeList(d, top, "organizations", orgKeys, d.organization)
	cd.Relations = decodeList(d, top, "relations", relationKeys, d.relation)
	cd.Events = decodeList(d, top, "events", eventKeys, d.event)
	cd.Figures = decodeList(d, top, "figures", figureKeys, d.figure)
	cd.Annotations = decodeList(d, top, "annotations", annotationKeys, d.annotation)
	cd.Questions = decodeList(d, top, "questions", questionKeys, d.question)
	d.resolve()
	return cd
}

// decodeList reads the list at key of o, each element with item.
func decodeList[T any](d *decoder, o obj, key string, known []string, item func(obj) T) []T {
	elems := o.list(key)
	if len(elems) == 0 {
		return nil
	}
	out := make([]T, len(elems))
	base := o.at(key)
	for i := range elems {
		path := joinIndex(base, i)
		if elems[i].kind != kindObject {
			d.fail(path, elems[i].off, "Expected an object, found %s.", elems[i].kind.label())
			continue
		}
		out[i] = item(d.object(path, &elems[i], known))
	}
	return out
}

func (d *decoder) caseFields(o obj) app.Case {
	before := len(d.problems)
	c := app.Case{
		Title:   o.required("title", "case's title"),
		Summary: o.str("summary"),
		Marking: o.str("marking"),
		Author:  o.str("author"),
		AsOf:    o.date("as_of", "case's date (as_of)", false),
		// The likelihood words of the conclusions: absent for the UK PHIA
		// yardstick, "icd203" for the US scale.
		Yardstick: app.Yardstick(o.enum("yardstick", yardstickNames, "likelihood yardstick")),
	}
	d.check(o.path, o.n.off, before, c.Validate)
	return c
}

func stringsOf[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

var (
	sourceKindNames  = stringsOf(app.SourceKinds)
	reliabilityNames = stringsOf(app.Reliabilities)
	interestNames    = stringsOf(app.Interests)
	qualifierNames   = stringsOf(app.Qualifiers)
)

func (d *decoder) source(o obj) app.Source {
	before := len(d.problems)
	s := app.Source{
		ID:          o.id(app.KindSource),
		Title:       o.required("title", "source's title"),
		Publisher:   o.str("publisher"),
		Author:      o.str("author"),
		URL:         o.str("url"),
		Published:   o.date("published", "date of publication", false),
		Kind:        app.SourceKind(o.enum("kind", sourceKindNames, "source kind")),
		Reliability: app.Reliability(o.enum("reliability", reliabilityNames, "reliability")),
		Interest:    app.Interest(o.enum("interest", interestNames, "interest")),
		Text:        o.str("text"),
		Pages:       d.pages(o),
		Original:    d.original(o),
		AttachedTo:  o.ref("attached_to", refSource, false, "source it is attached to"),
	}
	d.check(o.path, o.n.off, before, s.Validate)
	return s
}

// pages reads a source's page map: where each page starts in its text.
func (d *decoder) pages(o obj) []int {
	list := o.list("pages")
	if list == nil {
		return nil
	}
	pages := make([]int, 0, len(list))
	for i := range list {
		v := &list[i]
		n, err := strconv.Atoi(v.s)
		if v.kind != kindNumber || err != nil || n < 0 {
			d.fail(fmt.Sprintf("%s[%d]", o.at("pages"), i), v.off, "A page's start must be a whole number of zero or more.")
			return nil
		}
		pages = append(pages, n)
	}
	return pages
}

// original reads the description of the file a source was imported from.
func (d *decoder) original(o obj) *app.Original {
	v := o.get("original")
	if v == nil {
		return nil
	}
	f := d.object(o.at("original"), v, originalKeys)
	size, _ := f.integer("size", 0, 1<<53)
	return &app.Original{Name: f.required("name", "original file's name"), Type: f.str("type"), Size: int64(size), SHA256: f.str("sha256")}
}

func (d *decoder) aliases(o obj) []app.Alias {
	return decodeList(d, o, "aliases", aliasKeys, func(a obj) app.Alias {
		return app.Alias{Name: a.required("name", "alias's name"), Note: a.str("note")}
	})
}

func (d *decoder) citations(o obj, item string) []app.Citation {
	return decodeList(d, o, "citations", citationKeys, func(c obj) app.Citation {
		before := len(d.problems)
		cit := app.Citation{Item: item, Source: c.ref("source", refSource, true, "citation's source")}
		cit.Quote = d.quote(c, cit.Source)
		cit.Note = c.str("note")
		d.check(c.path, c.n.off, before, cit.Validate)
		return cit
	})
}

// quote reads the optional quote of o, to be anchored in the text of the
// source with id source.
func (d *decoder) quote(o obj, source string) *app.Quote {
	v := o.get("quote")
	if v == nil {
		return nil
	}
	q := d.object(o.at("quote"), v, quoteKeys)
	if v.kind != kindObject {
		return nil
	}
	quote := &app.Quote{
		Exact:  q.str("exact"),
		Prefix: q.str("prefix"),
		Suffix: q.str("suffix"),
	}
	if e := q.get("exact"); e == nil || (e.kind == kindString && e.s == "") {
		d.fail(q.at("exact"), v.off, "A quote needs its exact text.")
	}
	start, okS := q.integer("start", 0, math.MaxInt32)
	end, okE := q.integer("end", 0, math.MaxInt32)
	if okS && okE && end < start {
		d.fail(q.at("end"), q.get("end").off, "The quote's end (%d) is before its start (%d).", end, start)
	}
	quote.Start, quote.End = start, end
	if source != "" {
		d.quotes = append(d.quotes, quoteRef{path: q.path, source: source, q: quote})
	}
	return quote
}

func (d *decoder) person(o obj) app.Person {
	before := len(d.problems)
	p := app.Person{ID: o.id(app.KindPerson)}
	p.Name = o.required("name", "name")
	p.Aliases = d.aliases(o)
	p.Role = o.str("role")
	p.Nationality = o.str("nationality")
	p.Born = o.date("born", "date of birth", false)
	p.Died = o.date("died", "date of death", false)
	p.Notes = o.str("notes")
	p.Citations = d.citations(o, p.ID)
	d.check(o.path, o.n.off, before, p.Validate)
	return p
}

func (d *decoder) organization(o obj) app.Organization {
	before := len(d.problems)
	g := app.Organization{ID: o.id(app.KindOrganization)}
	g.Name = o.required("name", "name")
	g.Aliases = d.aliases(o)
	g.Kind = o.str("kind")
	g.Country = o.str("country")
	g.Notes = o.str("notes")
	g.Citations = d.citations(o, g.ID)
	d.check(o.path, o.n.off, before, g.Validate)
	return g
}

func (d *decoder) relation(o obj) app.Relation {
	before := len(d.problems)
	r := app.Relation{ID: o.id(app.KindRelation)}
	r.From = o.ref("from", refActor, true, "relation's first party")
	r.To = o.ref("to", refActor, true, "relation's second party")
	r.Kind = o.required("kind", "kind of relation")
	r.Start = o.date("start", "start date", false)
	r.End = o.date("end", "end date", false)
	r.Citations = d.citations(o, r.ID)
	if r.From != "" && r.From == r.To {
		d.fail(o.at("to"), o.get("to").off, "A relation must link two different people or organizations.")
	}
	d.check(o.path, o.n.off, before, r.Validate)
	return r
}

func (d *decoder) event(o obj) app.Event {
	before := len(d.problems)
	e := app.Event{ID: o.id(app.KindEvent)}
	e.Title = o.required("title", "event's title")
	e.Date = o.date("date", "event's date", true)
	e.Description = o.str("description")
	e.Place = o.str("place")
	e.Key = o.boolean("key")
	parts := o.list("participants")
	if len(parts) > 0 {
		base := o.at("participants")
		seen := make(map[string]bool, len(parts))
		e.Participants = make([]string, 0, len(parts))
		for i := range parts {
			p := &parts[i]
			path := joinIndex(base, i)
			switch {
			case p.kind != kindString:
				d.fail(path, p.off, "Expected the id of a person or organization, found %s.", p.kind.label())
			case strings.TrimSpace(p.s) == "":
				d.fail(path, p.off, "A participant's id must not be empty.")
			case seen[p.s]:
				d.fail(path, p.off, "The participant %q is listed twice.", p.s)
			default:
				seen[p.s] = true
				d.refs = append(d.refs, reference{path: path, off: p.off, id: p.s, want: refActor})
				e.Participants = append(e.Participants, p.s)
			}
		}
	}
	e.Citations = d.citations(o, e.ID)
	d.check(o.path, o.n.off, before, e.Validate)
	return e
}

func (d *decoder) figure(o obj) app.Figure {
	before := len(d.problems)
	f := app.Figure{ID: o.id(app.KindFigure)}
	f.Question = o.required("question", "figure's question")
	f.Unit = o.str("unit")
	f.Event = o.ref("event", refEvent, false, "event")
	f.Assessment = o.str("assessment")
	f.Summary = o.str("summary")
	f.Claims = decodeList(d, o, "claims", claimKeys, func(c obj) app.Claim { return d.claim(c, f.ID) })
	// Claims were checked one by one; check the figure's own fields.
	own := f
	own.Claims = nil
	d.check(o.path, o.n.off, before, own.Validate)
	return f
}

func (d *decoder) claim(o obj, figure string) app.Claim {
	before := len(d.problems)
	c := app.Claim{ID: o.id(app.KindClaim), Figure: figure}
	c.Source = o.ref("source", refSource, true, "claim's source")
	c.Claimant = o.ref("claimant", refActor, false, "claimant")
	c.Text = o.required("text", "phrase as said")
	c.Low = o.number("low")
	c.High = o.number("high")
	if c.Low != nil && c.High != nil && *c.Low > *c.High {
		d.fail(o.at("high"), o.get("high").off, "The high number (%s) is below the low number (%s).", o.get("high").s, o.get("low").s)
	}
	c.Qualifier = app.Qualifier(o.enum("qualifier", qualifierNames, "qualifier"))
	c.AsOf = o.date("as_of", "claim's date (as_of)", false)
	if n, ok := o.integer("credibility", 1, 6); ok {
		c.Credibility = n
	}
	c.Note = o.str("note")
	c.Citations = d.citations(o, c.ID)
	d.check(o.path, o.n.off, before, c.Validate)
	return c
}

func (d *decoder) annotation(o obj) app.Annotation {
	before := len(d.problems)
	a := app.Annotation{ID: o.id(app.KindAnnotation)}
	a.Source = o.ref("source", refSource, true, "annotation's source")
	a.Note = o.required("note", "note")
	a.Quote = d.quote(o, a.Source)
	d.check(o.path, o.n.off, before, a.Validate)
	return a
}

// resolve checks every reference against the ids defined.
func (d *decoder) resolve() {
	for _, r := range d.refs {
		info, ok := d.ids[r.id]
		if !ok {
			d.fail(r.path, r.off, "No %s has the id %q.", r.want.label(), r.id)
			continue
		}
		var fits bool
		switch r.want {
		case refSource:
			fits = info.kind == app.KindSource
		case refActor:
			fits = info.kind == app.KindPerson || info.kind == app.KindOrganization
		case refEvent:
			fits = info.kind == app.KindEvent
		case refEvidence:
			fits = slices.Contains(app.EvidenceKinds, info.kind)
		}
		if !fits {
			d.fail(r.path, r.off, "The id %q names %s (%s), not %s.", r.id, withArticle(info.kind.Label()), info.path, withArticle(r.want.label()))
		}
	}
}

// withArticle puts "a" or "an" before a noun.
func withArticle(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

// anchorQuotes anchors every quote in its source's text, warning about
// those not found. Sources without text are left alone: there is nothing
// to anchor into.
func (d *decoder) anchorQuotes(cd *app.CaseData) {
	if len(d.quotes) == 0 {
		return
	}
	texts := make(map[string]*anchor.Text)
	for i := range cd.Sources {
		if cd.Sources[i].Text != "" {
			texts[cd.Sources[i].ID] = nil // indexed on first use
		}
	}
	for _, qr := range d.quotes {
		ix, ok := texts[qr.source]
		if !ok {
			continue
		}
		if ix == nil {
			ix = anchor.NewText(cd.SourceByID(qr.source).Text)
			texts[qr.source] = ix
		}
		if !anchorIn(ix, qr.q) {
			d.warn(qr.path, "The quote %q was not found in the text of source %q; it is kept but not anchored.", clip(qr.q.Exact, 60), qr.source)
		}
	}
}

// clip shortens s to at most n characters for a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
