package exchange

import (
	"strings"
	"time"

	"casefile/app"
	"casefile/app/anchor"
)

// names returns an entity's name and its other names as aliases, each
// once (a spelling without diacritics stays: it is how the press writes it).
func names(e *ftmIn) (string, []app.Alias) {
	all := append(append([]string(nil), e.get("name")...), e.get("alias")...)
	all = append(all, e.get("weakAlias")...)
	all = append(all, e.get("previousName")...)
	if len(all) == 0 {
		return "", nil
	}
	var aliases []app.Alias
	for _, n := range all[1:] {
		dup := n == all[0]
		for _, a := range aliases {
			dup = dup || a.Name == n
		}
		if !dup {
			aliases = append(aliases, app.Alias{Name: n})
		}
	}
	return all[0], aliases
}

// ownNotes splits an entity's notes into the notes proper and the
// sentences EncodeFTM writes (aliases' notes, dates and country wording),
// which it reads back: alias notes onto the aliases, the phrase of a date
// ("as reported: “…”") by its label.
func ownNotes(e *ftmIn, aliases []app.Alias) (notes string, phrases map[string]string) {
	phrases = map[string]string{}
	var keep []string
	ours := strings.HasPrefix(e.ID, "casefile-") || e.ID == ""
	for _, n := range e.get("notes") {
		if !ours {
			keep = append(keep, n)
			continue
		}
		if rest, ok := strings.CutPrefix(n, "Alias “"); ok {
			if name, note, ok := strings.Cut(rest, "”: "); ok {
				found := false
				for i := range aliases {
					if aliases[i].Name == name {
						aliases[i].Note = strings.TrimSuffix(note, ".")
						found = true
					}
				}
				if found {
					continue
				}
			}
		}
		if label, ok := generatedNote(n); ok {
			if ph := reportedPhrase(n); ph != "" {
				phrases[label] = ph
			}
			if w := writtenDate(n, label); w != "" {
				phrases[label+" written"] = w
			}
			continue
		}
		keep = append(keep, n)
	}
	return strings.Join(keep, "\n\n"), phrases
}

// generatedNote reports whether a note is one of dateNote's or
// countryCodes' sentences ("Born: …", "Country: …"), and its label.
func generatedNote(n string) (string, bool) {
	for _, label := range []string{"Born", "Died", "Date", "Published", "Start", "End", "Country", "Nationality"} {
		if strings.HasPrefix(n, label+": ") && strings.HasSuffix(n, ".") {
			return label, true
		}
	}
	return "", false
}

// reportedPhrase is the phrase of a dateNote: "…; as reported: “X”." or
// "Label: “X”."; "" when there is none.
func reportedPhrase(n string) string {
	if _, rest, ok := strings.Cut(n, "as reported: “"); ok {
		return strings.TrimSuffix(strings.TrimSuffix(rest, "."), "”")
	}
	if _, rest, ok := strings.Cut(n, ": “"); ok && strings.HasSuffix(n, "”.") {
		return strings.TrimSuffix(rest, "”.")
	}
	return ""
}

// countryText is the wording of a country that EncodeFTM kept in the notes
// ("Country: Iran (members based in Albania)."), else the codes as names.
func countryText(e *ftmIn, label string, codes []string) string {
	for _, n := range e.get("notes") {
		if rest, ok := strings.CutPrefix(n, label+": "); ok && strings.HasPrefix(e.ID, "casefile-") && !strings.Contains(n, "“") {
			return strings.TrimSuffix(rest, ".")
		}
	}
	var out []string
	for _, c := range codes {
		out = append(out, countryName(c))
	}
	return strings.Join(out, ", ")
}

// writtenDate is the date in words of a dateNote ("Date: early 1980s."
// gives "early 1980s"), "" when the note has only a phrase.
func writtenDate(n, label string) string {
	rest := strings.TrimSuffix(strings.TrimPrefix(n, label+": "), ".")
	if strings.HasPrefix(rest, "“") {
		return ""
	}
	w, _, _ := strings.Cut(rest, "; as reported: “")
	return w
}

// withPhrase gives a date read from FtM the phrase its note recorded and,
// when FtM could hold no value for it (a decade, an uncertain day), the
// date its note writes in words, read back as EDTF (app.ReadDate).
func withPhrase(d app.Date, phrases map[string]string, label string) app.Date {
	if w := phrases[label+" written"]; d.EDTF == "" && w != "" {
		if back, _, err := app.ReadDate(w, time.Time{}); err == nil && back.EDTF != "" {
			d.EDTF = back.EDTF
		}
	}
	if ph := phrases[label]; ph != "" && d.Phrase == "" {
		d.Phrase = ph
	}
	if d.EDTF == "" && d.Phrase != "" {
		return app.Date{} // a phrase with no date cannot be stored; it stays in the notes
	}
	return d
}

func (fd *ftmDecoder) person(e *ftmIn) app.Person {
	name, aliases := names(e)
	notes, phrases := ownNotes(e, aliases)
	p := app.Person{ID: caseID(e.ID), Name: name, Aliases: aliases, Notes: notes}
	p.Role = strings.Join(e.get("position"), "; ")
	if p.Role == "" {
		p.Role = strings.Join(e.get("description"), "; ")
	}
	p.Nationality = countryText(e, "Nationality", append(e.get("nationality"), e.get("citizenship")...))
	p.Born = withPhrase(ftmDateIn(e.first("birthDate")), phrases, "Born")
	p.Died = withPhrase(ftmDateIn(e.first("deathDate")), phrases, "Died")
	return p
}

func (fd *ftmDecoder) organization(e *ftmIn) app.Organization {
	name, aliases := names(e)
	notes, _ := ownNotes(e, aliases)
	o := app.Organization{ID: caseID(e.ID), Name: name, Aliases: aliases, Notes: notes}
	o.Kind = strings.Join(e.get("description"), "; ")
	if o.Kind == "" && e.Schema != "Organization" && e.Schema != "LegalEntity" {
		o.Kind = map[string]string{"Company": "company", "PublicBody": "public body"}[e.Schema]
	}
	o.Country = countryText(e, "Country", append(e.get("country"), e.get("jurisdiction")...))
	return o
}

func (fd *ftmDecoder) source(e *ftmIn) app.Source {
	s := app.Source{ID: caseID(e.ID), Title: e.first("title"), Publisher: e.first("publisher"), URL: e.first("sourceUrl"), Text: strings.Join(e.get("bodyText"), "\n\n")}
	if s.Title == "" {
		s.Title = e.first("fileName")
	}
	if s.Title == "" {
		s.Title = e.first("name")
	}
	s.Author = strings.Join(e.get("author"), "; ")
	_, phrases := ownNotes(e, nil)
	pub := e.first("publishedAt")
	if pub == "" {
		pub = e.first("date")
	}
	s.Published = withPhrase(ftmDateIn(pub), phrases, "Published")
	if e.Schema == "Article" {
		s.Kind = app.SourceArticle
	}
	readSourceSummary(&s, e.first("summary"))
	return s
}

// readSourceSummary reads what sourceSummary writes: "Statement;
// reliability D (Admiralty); party to the dispute."
func readSourceSummary(s *app.Source, summary string) {
	for _, part := range strings.Split(strings.TrimSuffix(summary, "."), "; ") {
		for _, k := range app.SourceKinds {
			if strings.EqualFold(part, string(k)) {
				s.Kind = k
			}
		}
		if g, ok := strings.CutPrefix(part, "reliability "); ok && strings.HasSuffix(g, " (Admiralty)") {
			r := app.Reliability(strings.TrimSuffix(g, " (Admiralty)"))
			for _, known := range app.Reliabilities {
				if r == known {
					s.Reliability = r
				}
			}
		}
		for _, in := range app.Interests {
			if part == in.Words() {
				s.Interest = in
			}
		}
	}
}

func (fd *ftmDecoder) event(e *ftmIn) (app.Event, bool) {
	_, phrases := ownNotes(e, nil)
	ev := app.Event{ID: caseID(e.ID), Title: e.first("name"), Place: strings.Join(e.get("location"), "; ")}
	ev.Description = strings.Join(append(e.get("summary"), e.get("description")...), "\n\n")
	start, end, date := e.first("startDate"), e.first("endDate"), e.first("date")
	switch {
	case start != "" || end != "":
		s, en := ftmDateIn(start).EDTF, ftmDateIn(end).EDTF
		if s == "" {
			s = ".."
		}
		if en == "" {
			en = ".."
		}
		ev.Date = app.Date{EDTF: s + "/" + en}
	default:
		ev.Date = ftmDateIn(date)
	}
	ev.Date = withPhrase(ev.Date, phrases, "Date")
	if ev.Date.EDTF == "" || ev.Date.EDTF == "../.." {
		fd.unused["Event without a date"]++
		return ev, false
	}
	for _, v := range e.get("important") {
		ev.Key = ev.Key || v == "true"
	}
	ev.Participants = append(e.get("involved"), e.get("organizer")...)
	return ev, true
}

// ftmLinkWords are the kinds a link gets when it has no role.
var ftmLinkWords = map[string]string{
	"Ownership": "owns", "Employment": "works for", "Family": "related to", "Associate": "associate of",
	"Membership": "member of", "Directorship": "director of", "Representation": "represents", "UnknownLink": "linked to",
}

func isLinkSchema(schema string) bool { _, ok := ftmLinkWords[schema]; return ok }

// relation reads a link entity; ok is false for other schemata and for a
// link whose ends are not both imported people or organizations (counted).
func (fd *ftmDecoder) relation(e *ftmIn) (app.Relation, bool) {
	if !isLinkSchema(e.Schema) {
		return app.Relation{}, false
	}
	l := ftmUnknown
	for _, cand := range ftmLinks {
		if cand.schema == e.Schema {
			l = cand
			break
		}
	}
	kind := e.first(l.role)
	if kind == "" {
		kind = e.first("role")
	}
	if kind == "" {
		kind = ftmLinkWords[e.Schema]
	}
	from, to := caseID(e.first(l.from)), caseID(e.first(l.to))
	if e.Schema == "Ownership" {
		for _, cand := range ftmLinks {
			if cand.swap && hasAnyPhrase(kindWords(kind), cand.phrases) {
				from, to = to, from // "subsidiary of": the asset is the relation's From
			}
		}
	}
	isActor := func(id string) bool { k := fd.kinds[id]; return k == app.KindPerson || k == app.KindOrganization }
	if !isActor(from) || !isActor(to) {
		fd.unused[e.Schema+" whose ends are not both people or organizations in the file"]++
		return app.Relation{}, false
	}
	_, phrases := ownNotes(&ftmIn{values: map[string][]string{"notes": e.get("summary")}}, nil)
	r := app.Relation{ID: caseID(e.ID), From: from, To: to, Kind: kind}
	r.Start = withPhrase(ftmDateIn(e.first("startDate")), phrases, "Start")
	r.End = withPhrase(ftmDateIn(e.first("endDate")), phrases, "End")
	return r, true
}

func hasAnyPhrase(words []string, ps [][]string) bool {
	for _, p := range ps {
		if hasPhrase(words, p) {
			return true
		}
	}
	return false
}

// documentation reads a Documentation entity as citations of its entity
// by its document: one for each quote in its summary (anchored in the
// source's text where it is found there word for word), or one without a
// quote; the description is the citation's note.
func (fd *ftmDecoder) documentation(d *app.CaseData, e *ftmIn) {
	src, item := caseID(e.first("document")), caseID(e.first("entity"))
	cites := citationsOf(d, item)
	if fd.kinds[src] != app.KindSource || cites == nil {
		fd.unused["Documentation of entities not in the file"]++
		return
	}
	note := strings.Join(e.get("description"), " ")
	text := d.SourceByID(src).Text
	var quotes []*app.Quote
	for _, s := range e.get("summary") {
		exact := strings.TrimSuffix(strings.TrimPrefix(s, "“"), "”")
		if q := quoteIn(text, exact); q != nil {
			quotes = append(quotes, q)
		}
	}
	if len(quotes) == 0 {
		*cites = append(*cites, app.Citation{Item: item, Source: src, Note: note})
		return
	}
	for i, q := range quotes {
		c := app.Citation{Item: item, Source: src, Quote: q}
		if i == 0 {
			c.Note = note
		}
		*cites = append(*cites, c)
	}
}

// quoteIn anchors exact in text (its first occurrence), or nil when it is
// not there word for word.
func quoteIn(text, exact string) *app.Quote {
	i := strings.Index(text, exact)
	if exact == "" || i < 0 {
		return nil
	}
	start := len([]rune(text[:i]))
	q := app.Quote(anchor.Capture(text, start, start+len([]rune(exact))))
	return &q
}

// citationsOf returns the citation list of the person, organization or
// event id, or nil.
func citationsOf(d *app.CaseData, id string) *[]app.Citation {
	for i := range d.People {
		if d.People[i].ID == id {
			return &d.People[i].Citations
		}
	}
	for i := range d.Organizations {
		if d.Organizations[i].ID == id {
			return &d.Organizations[i].Citations
		}
	}
	for i := range d.Events {
		if d.Events[i].ID == id {
			return &d.Events[i].Citations
		}
	}
	return nil
}

// note reads a Note entity: on a Document, an annotation; on a person,
// organization or event, a paragraph of its notes. The Notes EncodeFTM
// writes for disputed figures and claims (keywords "disputed figure" and
// "claim") cannot be rebuilt and are counted.
func (fd *ftmDecoder) note(d *app.CaseData, e *ftmIn) {
	for _, k := range e.get("keywords") {
		if k == ftmFigureKeyword || k == ftmClaimKeyword {
			fd.unused["Note ("+k+")"]++
			return
		}
	}
	text := strings.Join(append(e.get("description"), e.get("notes")...), "\n\n")
	for _, target := range e.get("entity") {
		id := caseID(target)
		switch fd.kinds[id] {
		case app.KindSource:
			a := app.Annotation{ID: caseID(e.ID), Source: id, Note: text}
			if s := e.first("summary"); s != "" {
				a.Quote = quoteIn(d.SourceByID(id).Text, strings.TrimSuffix(strings.TrimPrefix(s, "“"), "”"))
			}
			if a.Note == "Marked in the text." {
				a.Note = ""
			}
			if a.Validate() == nil {
				d.Annotations = append(d.Annotations, a)
				return
			}
		case app.KindPerson, app.KindOrganization, app.KindEvent:
			if appendNote(d, id, strings.TrimSpace(e.first("name")+"\n"+text)) {
				return
			}
		}
	}
	fd.unused["Note on entities not in the file"]++
}

func appendNote(d *app.CaseData, id, text string) bool {
	add := func(notes *string) {
		if *notes != "" {
			*notes += "\n\n"
		}
		*notes += text
	}
	for i := range d.People {
		if d.People[i].ID == id {
			add(&d.People[i].Notes)
			return true
		}
	}
	for i := range d.Organizations {
		if d.Organizations[i].ID == id {
			add(&d.Organizations[i].Notes)
			return true
		}
	}
	for i := range d.Events {
		if d.Events[i].ID == id {
			add(&d.Events[i].Description)
			return true
		}
	}
	return false
}
