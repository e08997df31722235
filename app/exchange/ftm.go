package exchange

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"casefile/app"
	"casefile/app/edtf"
)

// EncodeFTM writes d as FollowTheMoney (FtM) entities, one JSON object a
// line, as the ftm tools and Aleph read them:
//
//	{"id": "casefile-p-cuci", "schema": "Person", "properties": {"name": ["Bledar Çuçi"], …}}
//
// Sources become Document entities (with their full text as bodyText, for
// searching in Aleph), people Person, organizations Organization, events
// Event. A relation to an organization becomes a Directorship when its kind
// speaks of leading ("leads", "heads", "president of"…) and a Membership
// when it speaks of membership ("member of", "spokesperson for"…); any
// other relation is an UnknownLink; the kind is always the role (see
// linkSchema). A citation of a source by a person, an organization or an
// event becomes a Documentation entity (one for each item and source,
// holding the quotes); a relation's sources are its proof. The case's own
// fields, disputed figures, claims and annotations have no FtM counterpart
// and are left out.
//
// Every id is "casefile-" and the item's id (see ftmID). Every property
// value is a list of strings; properties with no value are left out. Dates
// follow the rule of ftmDate: a plain date is written as its ISO prefix
// (2023, 2023-06, 2023-06-20); a fuzzy one as its earliest year, with the
// wording in notes or summary. Countries and nationalities are written as
// ISO 3166-1 codes (countryCodes), the wording kept in notes when it says
// more.
//
// The output is deterministic: entities in the order documents, people,
// organizations, relations, events, documentation, each in the case's
// order; properties in alphabetical order; no timestamps.
func EncodeFTM(w io.Writer, d app.CaseData) error {
	var out []*ftmEntity
	actorSchema := map[string]string{}
	for i := range d.People {
		actorSchema[d.People[i].ID] = "Person"
	}
	for i := range d.Organizations {
		actorSchema[d.Organizations[i].ID] = "Organization"
	}

	for i := range d.Sources {
		out = append(out, ftmDocument(&d.Sources[i]))
	}
	for i := range d.People {
		out = append(out, ftmPerson(&d.People[i]))
	}
	for i := range d.Organizations {
		out = append(out, ftmOrganization(&d.Organizations[i]))
	}
	for i := range d.Relations {
		out = append(out, ftmRelation(&d.Relations[i], actorSchema))
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
	e := newEntity("Document", s.ID)
	e.add("title", s.Title)
	e.add("publisher", s.Publisher)
	e.add("author", s.Author)
	e.add("sourceUrl", s.URL)
	published, exact := ftmDate(s.Published)
	e.add("publishedAt", published)
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
	if len(parts) > 0 {
		e.add("summary", strings.Join(parts, "; ")+".")
	}
	e.add("notes", dateNote("Published", s.Published, exact))
	e.add("bodyText", s.Text)
	return e
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
	e.add("description", p.Role)
	e.add("notes", p.Notes, note, dateNote("Born", p.Born, bornExact), dateNote("Died", p.Died, diedExact))
	e.add("notes", aliasNotes(p.Aliases)...)
	return e
}

func ftmOrganization(o *app.Organization) *ftmEntity {
	e := newEntity("Organization", o.ID)
	e.add("name", o.Name)
	e.add("alias", aliasNames(o.Aliases)...)
	codes, note := countryCodes(o.Country, "Country")
	e.add("country", codes...)
	e.add("description", o.Kind)
	e.add("notes", o.Notes, note)
	e.add("notes", aliasNotes(o.Aliases)...)
	return e
}

func ftmRelation(r *app.Relation, actorSchema map[string]string) *ftmEntity {
	schema, from, to := linkSchema(actorSchema[r.To], r.Kind)
	e := newEntity(schema, r.ID)
	e.add(from, ftmID(r.From))
	e.add(to, ftmID(r.To))
	e.add("role", r.Kind)
	start, startExact := ftmDate(r.Start)
	e.add("startDate", start)
	end, endExact := ftmDate(r.End)
	e.add("endDate", end)
	e.add("summary", dateNote("Start", r.Start, startExact), dateNote("End", r.End, endExact))
	for _, s := range citedSources(r.Citations) {
		e.add("proof", ftmID(s))
	}
	return e
}

// Words in a relation's kind that make it a Directorship or a Membership.
var (
	leadWords = wordSet("lead leads leader leaders led heads head chair chairs chairman chairwoman chairperson president director directs ceo chief commander commands")
	// memberWords make a Membership unless a notMemberWord is there too
	// ("candidate for membership of").
	memberWords    = wordSet("member members membership spokesperson spokesman spokeswoman belongs joined")
	notMemberWords = wordSet("candidate candidates applicant applied applies prospective aspiring former")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// linkSchema chooses the FtM schema for a relation whose target has the
// schema toSchema ("Person", "Organization" or "" when unknown), and the
// properties that hold its two ends. A relation to an organization whose
// kind has a leadership word ("leads", "heads", "head of state of",
// "president-elect of") is a Directorship; one with a membership word
// ("member of", "senior member of", "spokesperson for") is a Membership,
// unless the kind says it is not one yet ("candidate for membership of").
// Anything else is an UnknownLink with the kind as its role.
func linkSchema(toSchema, kind string) (schema, from, to string) {
	if toSchema == "Organization" {
		words := strings.FieldsFunc(strings.ToLower(kind), func(r rune) bool { return !unicode.IsLetter(r) })
		lead, member, not := false, false, false
		for _, w := range words {
			lead = lead || leadWords[w]
			member = member || memberWords[w]
			not = not || notMemberWords[w]
		}
		switch {
		case lead:
			return "Directorship", "director", "organization"
		case member && !not:
			return "Membership", "member", "organization"
		}
	}
	return "UnknownLink", "subject", "object"
}

func ftmEvent(ev *app.Event) *ftmEntity {
	e := newEntity("Event", ev.ID)
	e.add("name", ev.Title)
	date, exact := ftmDate(ev.Date)
	e.add("date", date)
	e.add("summary", ev.Description)
	e.add("location", ev.Place)
	for _, p := range ev.Participants {
		e.add("involved", ftmID(p))
	}
	e.add("notes", dateNote("Date", ev.Date, exact))
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

// ftmDate returns the FtM value for a case date ("" for none) and whether
// it says exactly what the date's EDTF says. FtM dates are ISO 8601
// prefixes with years from 1000 to 2999:
//
//   - A plain date (a year, a month or a day, with no qualifier, written
//     with or without unspecified parts such as 2022-07-XX) is written as its
//     prefix: 2023, 2023-06, 2023-06-20; a date with a time as
//     2023-06-20T01:23:40, in UTC. It is exact.
//   - Any other date (an interval such as 1980/1983, a decade 198X, a
//     century, a season, a date marked uncertain or approximate) is written
//     as the year of its earliest day, and is not exact. An interval with an
//     open or unknown start has no earliest day and gets no value.
//   - A year outside 1000–2999, a date that is not valid EDTF, and a date
//     with only a phrase get no value.
//
// A date that is not exact, or whose phrase says more than the written
// date, is also written out in words by dateNote, in the entity's notes or
// summary.
func ftmDate(d app.Date) (string, bool) {
	ed, ok := parseDate(d)
	if !ok {
		return "", false
	}
	lo := ed.Earliest()
	if lo.Equal(edtf.MinTime()) || lo.Year() < 1000 || lo.Year() > 2999 {
		return "", false
	}
	if !ed.IsInterval() && !ed.Approximate() && !ed.Uncertain() {
		switch ed.Precision() {
		case edtf.PrecisionSecond:
			return lo.Format("2006-01-02T15:04:05"), true
		case edtf.PrecisionDay:
			return lo.Format("2006-01-02"), true
		case edtf.PrecisionMonth:
			return lo.Format("2006-01"), true
		case edtf.PrecisionYear:
			return lo.Format("2006"), true
		}
	}
	return strconv.Itoa(lo.Year()), false
}

// dateNote writes a date in words for an entity's notes: "Born:
// 1956–1957; as reported: “66 years old in June 2023”." It is "" for an unset date,
// and for an exact date (see ftmDate) whose phrase adds nothing.
func dateNote(label string, d app.Date, exact bool) string {
	if d.IsZero() {
		return ""
	}
	written := humanDate(d, false)
	extra := extraPhrase(d, humanDate(d, true))
	switch {
	case exact && extra == "":
		return ""
	case d.EDTF == "":
		return label + ": “" + strings.TrimSpace(d.Phrase) + "”."
	case extra != "":
		return label + ": " + written + "; as reported: “" + extra + "”."
	}
	return label + ": " + written + "."
}

// parseDate reads a case date's EDTF; ok is false when it is unset or not
// valid.
func parseDate(d app.Date) (edtf.Date, bool) {
	if d.EDTF == "" {
		return edtf.Date{}, false
	}
	ed, err := edtf.Parse(d.EDTF)
	if err != nil || ed.IsZero() {
		return edtf.Date{}, false
	}
	return ed, true
}

// humanDate writes a case date as people read it: edtf's Human (or
// HumanWithWeekday), "July 2022", "early 1980s"; the EDTF as stored when it
// is not valid; the phrase when there is no EDTF; "" when unset.
func humanDate(d app.Date, weekday bool) string {
	if d.EDTF == "" {
		return strings.TrimSpace(d.Phrase)
	}
	ed, ok := parseDate(d)
	switch {
	case !ok:
		return d.EDTF
	case weekday:
		return ed.HumanWithWeekday()
	}
	return ed.Human()
}

// extraPhrase returns the phrase the source used for d when it says more
// than written, the date in words: "since at least 2009" for 2009, but ""
// for "Tuesday" beside "Tuesday 20 June 2023" or "July 2022" beside "July
// 2022" (compared without case and diacritics). It is "" when d has no
// EDTF, because then the phrase is the written date.
func extraPhrase(d app.Date, written string) string {
	ph := strings.TrimSpace(d.Phrase)
	if ph == "" || d.EDTF == "" || strings.Contains(app.Fold(written), app.Fold(ph)) {
		return ""
	}
	return ph
}

// sentence ends s with a full stop unless it already ends with one, a
// question mark, an exclamation mark or an ellipsis.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// countryCodes reads a country or nationality as written in the case
// ("Albania", "Iranian", "France and Albania", "Iran (members based in
// Albania)") and returns the ISO 3166-1 alpha-2 codes, in lower case, of
// the countries it names, as FtM's country type wants them ("al", "ir",
// "fr"). It knows the English names of every country (CLDR's, as
// golang.org/x/text/language/display writes them, and common variants such
// as "UK", "USA" and "Ivory Coast"), adjectives made from them by adding
// "n", "ian", "i" or "ese" ("Albanian", "Iranian", "Iraqi", "Sudanese") or
// listed ("French", "German", "Swiss"), and a bare two-letter code. Case,
// diacritics, punctuation, "and" and "the" do not matter.
//
// When the text says more than the codes (words that name no country, or
// no country at all) note is the text as written, as a sentence for the
// entity's notes: "Country: Iran (members based in Albania)."
func countryCodes(text, label string) (codes []string, note string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, ""
	}
	table := countries()
	if len(text) == 2 {
		if c := strings.ToLower(text); table.codes[c] {
			return []string{c}, ""
		}
	}
	words := countryWords(text)
	complete := len(words) > 0
	for i := 0; i < len(words); {
		found := false
		for n := min(table.maxWords, len(words)-i); n > 0; n-- {
			if c := table.lookup(strings.Join(words[i:i+n], " ")); c != "" {
				if !containsString(codes, c) {
					codes = append(codes, c)
				}
				i += n
				found = true
				break
			}
		}
		if !found {
			complete = false
			i++
		}
	}
	if complete && len(codes) > 0 {
		return codes, ""
	}
	return codes, label + ": " + sentence(text)
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// countryWords folds s (lower case, no diacritics) and splits it into
// words of letters and digits, leaving out "and" and "the" and reading
// "st" as "saint".
func countryWords(s string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(app.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "and", "the":
			continue
		case "st":
			w = "saint"
		}
		words = append(words, w)
	}
	return words
}

// countryTable maps country names, folded by countryWords and joined with
// spaces, to codes.
type countryTable struct {
	names    map[string]string
	codes    map[string]bool
	maxWords int
}

// lookup finds the code for a name or for an adjective made from one by
// adding "n" ("Albanian"), "ian" ("Iranian"), "i" ("Iraqi") or "ese"
// ("Sudanese"); "" when there is none.
func (t *countryTable) lookup(name string) string {
	if c, ok := t.names[name]; ok {
		return c
	}
	for _, suffix := range []string{"n", "ian", "i", "ese"} {
		if base, ok := strings.CutSuffix(name, suffix); ok && base != "" {
			if c, ok := t.names[base]; ok {
				return c
			}
		}
	}
	return ""
}

var countries = sync.OnceValue(func() *countryTable {
	t := &countryTable{names: map[string]string{}, codes: map[string]bool{}}
	for _, entry := range strings.Split(countryList, ";") {
		if entry == "" {
			continue
		}
		code, names, _ := strings.Cut(entry, " ")
		t.codes[code] = true
		for _, n := range strings.Split(names, "|") {
			words := countryWords(n)
			t.names[strings.Join(words, " ")] = code
			t.maxWords = max(t.maxWords, len(words))
		}
	}
	return t
})

// countryList holds, for every ISO 3166-1 country (and Kosovo, xk, as FtM
// has it), its code and English names separated by "|": first CLDR's
// name, as golang.org/x/text/language/display gives it (TestCountryList
// checks this), then other names and adjectives in common use that the
// suffix rules of countryTable.lookup do not find.
const countryList = "ad Andorra;ae United Arab Emirates|UAE|Emirati;" +
	"af Afghanistan|Afghan;ag Antigua & Barbuda;ai Anguilla;al Albania;" +
	"am Armenia;ao Angola;aq Antarctica;" +
	"ar Argentina|Argentine|Argentinian;as American Samoa;at Austria;" +
	"au Australia;aw Aruba;ax Åland Islands;az Azerbaijan;" +
	"ba Bosnia & Herzegovina|Bosnian;bb Barbados;bd Bangladesh;" +
	"be Belgium|Belgian;bf Burkina Faso;bg Bulgaria;bh Bahrain;" +
	"bi Burundi;bj Benin;bl St. Barthélemy;bm Bermuda;bn Brunei;" +
	"bo Bolivia;bq Caribbean Netherlands;br Brazil|Brazilian;" +
	"bs Bahamas;bt Bhutan;bv Bouvet Island;bw Botswana;" +
	"by Belarus|Belarusian;bz Belize;ca Canada|Canadian;" +
	"cc Cocos (Keeling) Islands;" +
	"cd Congo - Kinshasa|Democratic Republic of the Congo|DR Congo|DRC;" +
	"cf Central African Republic;" +
	"cg Congo - Brazzaville|Republic of the Congo;ch Switzerland|Swiss;" +
	"ci Côte d’Ivoire|Ivory Coast|Ivorian;ck Cook Islands;" +
	"cl Chile|Chilean;cm Cameroon;cn China|Chinese;co Colombia;" +
	"cr Costa Rica;cu Cuba;cv Cape Verde|Cabo Verde;cw Curaçao;" +
	"cx Christmas Island;cy Cyprus|Cypriot;" +
	"cz Czechia|Czech Republic|Czech;de Germany|German;dj Djibouti;" +
	"dk Denmark|Danish;dm Dominica;do Dominican Republic;dz Algeria;" +
	"ec Ecuador|Ecuadorian;ee Estonia;eg Egypt;eh Western Sahara;" +
	"er Eritrea;es Spain|Spanish;et Ethiopia;fi Finland|Finnish;" +
	"fj Fiji;fk Falkland Islands;fm Micronesia;fo Faroe Islands;" +
	"fr France|French;ga Gabon;" +
	"gb United Kingdom|UK|U.K.|Great Britain|Britain|British;" +
	"gd Grenada;ge Georgia;gf French Guiana;gg Guernsey;gh Ghana;" +
	"gi Gibraltar;gl Greenland;gm Gambia;gn Guinea;gp Guadeloupe;" +
	"gq Equatorial Guinea;gr Greece|Greek;" +
	"gs South Georgia & South Sandwich Islands;gt Guatemala;gu Guam;" +
	"gw Guinea-Bissau;gy Guyana;hk Hong Kong SAR China|Hong Kong;" +
	"hm Heard & McDonald Islands;hn Honduras;hr Croatia|Croatian;" +
	"ht Haiti;hu Hungary|Hungarian;id Indonesia;ie Ireland|Irish;" +
	"il Israel;im Isle of Man;in India;" +
	"io British Indian Ocean Territory;iq Iraq;" +
	"ir Iran|Islamic Republic of Iran;is Iceland|Icelandic;" +
	"it Italy|Italian;je Jersey;jm Jamaica;jo Jordan;jp Japan;ke Kenya;" +
	"kg Kyrgyzstan|Kyrgyz;kh Cambodia;ki Kiribati;km Comoros;" +
	"kn St. Kitts & Nevis;" +
	"kp North Korea|DPRK|Democratic People's Republic of Korea;" +
	"kr South Korea|Republic of Korea;kw Kuwait;ky Cayman Islands;" +
	"kz Kazakhstan|Kazakh;la Laos|Laotian|Lao;lb Lebanon|Lebanese;" +
	"lc St. Lucia;li Liechtenstein;lk Sri Lanka;lr Liberia;ls Lesotho;" +
	"lt Lithuania;lu Luxembourg|Luxembourgish;lv Latvia;ly Libya;" +
	"ma Morocco|Moroccan;mc Monaco;md Moldova;" +
	"me Montenegro|Montenegrin;mf St. Martin;mg Madagascar;" +
	"mh Marshall Islands;mk Macedonia|North Macedonia;ml Mali|Malian;" +
	"mm Myanmar (Burma)|Myanmar|Burma|Burmese;mn Mongolia;" +
	"mo Macau SAR China|Macau|Macao;mp Northern Mariana Islands;" +
	"mq Martinique;mr Mauritania;ms Montserrat;mt Malta|Maltese;" +
	"mu Mauritius;mv Maldives;mw Malawi;mx Mexico|Mexican;my Malaysia;" +
	"mz Mozambique;na Namibia;nc New Caledonia;ne Niger;" +
	"nf Norfolk Island;ng Nigeria;ni Nicaragua;nl Netherlands|Dutch;" +
	"no Norway|Norwegian;np Nepal;nr Nauru;nu Niue;nz New Zealand;" +
	"om Oman;pa Panama;pe Peru|Peruvian;pf French Polynesia;" +
	"pg Papua New Guinea;ph Philippines|Filipino;pk Pakistan;" +
	"pl Poland|Polish;pm St. Pierre & Miquelon;pn Pitcairn Islands;" +
	"pr Puerto Rico;" +
	"ps Palestinian Territories|Palestine|State of Palestine|Palestinian;" +
	"pt Portugal|Portuguese;pw Palau;py Paraguay;qa Qatar;re Réunion;" +
	"ro Romania;rs Serbia;ru Russia|Russian Federation;rw Rwanda;" +
	"sa Saudi Arabia|Saudi;sb Solomon Islands;sc Seychelles;sd Sudan;" +
	"se Sweden|Swedish;sg Singapore|Singaporean;sh St. Helena;" +
	"si Slovenia;sj Svalbard & Jan Mayen;sk Slovakia|Slovak;" +
	"sl Sierra Leone;sm San Marino;sn Senegal;so Somalia|Somali;" +
	"sr Suriname;ss South Sudan;st São Tomé & Príncipe;sv El Salvador;" +
	"sx Sint Maarten;sy Syria|Syrian Arab Republic;" +
	"sz Swaziland|Eswatini;tc Turks & Caicos Islands;td Chad;" +
	"tf French Southern Territories;tg Togo;th Thailand|Thai;" +
	"tj Tajikistan|Tajik;tk Tokelau;tl Timor-Leste|East Timor;" +
	"tm Turkmenistan|Turkmen;tn Tunisia;to Tonga;" +
	"tr Turkey|Türkiye|Turkish;tt Trinidad & Tobago;tv Tuvalu;" +
	"tw Taiwan;tz Tanzania;ua Ukraine|Ukrainian;ug Uganda;" +
	"um U.S. Outlying Islands;" +
	"us United States|US|U.S.|USA|U.S.A.|United States of America|American;" +
	"uy Uruguay;uz Uzbekistan|Uzbek;va Vatican City|Holy See|Vatican;" +
	"vc St. Vincent & Grenadines;ve Venezuela;" +
	"vg British Virgin Islands;vi U.S. Virgin Islands;" +
	"vn Vietnam|Viet Nam;vu Vanuatu;wf Wallis & Futuna;ws Samoa;" +
	"xk Kosovo;ye Yemen;yt Mayotte;za South Africa;zm Zambia;" +
	"zw Zimbabwe;"
