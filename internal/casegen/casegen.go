// Package casegen makes large, valid, deterministic cases for tests and
// benchmarks: events with fuzzy dates of mixed precision, people and
// organizations (some names with diacritics, some aliases), relations,
// disputed figures with claims, sources with long texts, and citations and
// annotations whose quotes really occur in those texts (with code-point
// positions). The same Config always gives the same case.
package casegen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"casefile/app"
)

// Config says how much to generate. Zero counts make none of that kind.
type Config struct {
	Seed            uint64 // the same seed gives the same case
	Events          int
	People          int
	Organizations   int
	Relations       int
	Figures         int
	ClaimsPerFigure int
	Sources         int
	SourceTextBytes int // about this many bytes of text per source (0: no text)
	Citations       int // spread over events, people, organizations, relations and claims
	Annotations     int
}

// LargeConfig is the configuration of Large.
var LargeConfig = Config{
	Seed:            1,
	Events:          10_000,
	People:          2_000,
	Organizations:   500,
	Relations:       1_000,
	Figures:         500,
	ClaimsPerFigure: 5,
	Sources:         200,
	SourceTextBytes: 20_000,
	Citations:       5_000,
	Annotations:     500,
}

// SmallConfig is the configuration of Small: the same mix as Large, about a
// hundredth of it.
var SmallConfig = Config{
	Seed:            1,
	Events:          100,
	People:          20,
	Organizations:   5,
	Relations:       10,
	Figures:         5,
	ClaimsPerFigure: 5,
	Sources:         4,
	SourceTextBytes: 4_000,
	Citations:       50,
	Annotations:     5,
}

// Large returns the benchmark case: 10,000 events, 2,000 people, 500
// organizations, 1,000 relations, 500 figures with 5 claims each, 200
// sources with 20 KB of text each, 5,000 citations and 500 annotations.
func Large() app.CaseData { return Generate(LargeConfig) }

// Small returns a case of the same shape as Large, a hundredth of its size.
func Small() app.CaseData { return Generate(SmallConfig) }

// Generate makes a case as cfg says. Ids are "source-0001", "person-0001"
// and so on; every reference points to an item in the case, every item
// passes its Validate method, and every quote's Exact is the source text
// between Start and End (in code points), with Prefix and Suffix around it.
func Generate(cfg Config) app.CaseData {
	g := &gen{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x43415345)), seq: map[app.Kind]int{}}
	return g.run()
}

type gen struct {
	cfg    Config
	rng    *rand.Rand
	d      app.CaseData
	actors []string // person and organization ids
	names  []string // their names, for texts
	texts  [][]rune // each source's text as code points
	starts [][]int  // each source's word starts (code point offsets)
	places []string // place names
	seq    map[app.Kind]int
}

// id returns the next id of kind k: "event-00001".
func (g *gen) id(k app.Kind) string {
	g.seq[k]++
	return fmt.Sprintf("%s-%05d", k, g.seq[k])
}

// actorName returns the name of a random person or organization.
func (g *gen) actorName() string {
	if len(g.names) == 0 {
		return "The police"
	}
	return g.pick(g.names)
}

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

var (
	firstNames = []string{"Bledar", "Edi", "Erion", "Arben", "Maryam", "Massoud", "Ali", "Hassan", "Fatemeh", "Zahra",
		"Olta", "Élodie", "Søren", "Łukasz", "Dóra", "Jürgen", "Ñeco", "Mehmet", "Ayşe", "Çelik", "Zoë", "Đorđe",
		"Anna", "John", "Sara", "Omid", "Reza", "Leila", "Nasrin", "Petra", "Ilir", "Besnik", "Gëzim", "Ergys"}
	lastNames = []string{"Çuçi", "Rama", "Veliaj", "Rajavi", "Hoxha", "Berisha", "Meta", "Basha", "Kryeziu", "Mërkuri",
		"Müller", "Núñez", "Østergaard", "Wiśniewski", "Kovács", "Öztürk", "Đoković", "Dubois", "Smith", "Karimi",
		"Hosseini", "Tehrani", "Ahmadi", "Sadeghi", "Shahidi", "Gashi", "Leka", "Dervishi", "Xhafa", "Zeneli"}
	orgWords = []string{"Ministry of the Interior", "State Police", "Resistance Council", "Human Rights Watch", "Red Cross",
		"Helsinki Committee", "Ombudsman", "Refugee Agency", "Mojahedin", "Prosecutor's Office", "Supreme Court",
		"Socialist Party", "Democratic Party", "Press Association", "Bar Association", "Migration Office", "Border Police"}
	orgKinds  = []string{"ministry", "police", "party", "NGO", "court", "agency", "outlet", "coalition", "armed group"}
	countries = []string{"Albania", "Iran", "Iraq", "France", "Germany", "Kosovo", "Türkiye", "United States", "Denmark"}
	roles     = []string{"minister", "spokesperson", "leader", "journalist", "lawyer", "resident", "police chief", "prosecutor", "judge", "activist"}
	placeList = []string{"Manëz", "Durrës", "Tirana", "Ashraf-3", "Camp Liberty", "Baghdad", "Paris", "Auvers-sur-Oise",
		"Tehran", "Shkodër", "Vlorë", "Gjirokastër", "Köln", "Priština", "Ankara"}
	relKinds = []string{"member of", "leads", "political arm of", "spokesperson for", "funded by", "allied with", "employed by", "opposes"}
	verbs    = []string{"raided", "visited", "searched", "closed", "protested at", "reported on", "left", "entered", "inspected", "guarded"}
	nouns    = []string{"camp", "office", "court hearing", "press conference", "demonstration", "border crossing", "interview",
		"statement", "archive", "server room", "checkpoint", "hospital", "residence", "meeting"}
	fillers = []string{"according to", "witnesses said", "officials denied", "the report claims", "it was later confirmed",
		"several residents", "the ministry", "a spokesperson", "police sources", "human rights groups", "local media",
		"in the early hours", "the following week", "despite objections", "without a warrant", "after the elections"}
	units     = []string{"people", "arrests", "computers", "euros", "days", "residents", "injured", "dead", "documents"}
	questions = []string{"people injured in the %s", "people arrested at the %s", "computers seized at the %s",
		"residents present at the %s", "days the %s lasted", "police officers deployed at the %s", "cost of the %s in euros"}
	phrases = []string{"Tuesday", "early 1980s", "that spring", "last week", "the night of the raid", "around New Year", "mid-2010s"}
)

func (g *gen) personName() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

// date returns a valid EDTF date of varied precision, with sometimes the
// phrase a source used.
func (g *gen) date() app.Date {
	y := 1950 + g.rng.IntN(74)
	m, day := 1+g.rng.IntN(12), 1+g.rng.IntN(28)
	var s string
	switch g.rng.IntN(12) {
	case 0, 1:
		s = fmt.Sprintf("%04d", y)
	case 2, 3:
		s = fmt.Sprintf("%04d-%02d", y, m)
	case 4, 5, 6:
		s = fmt.Sprintf("%04d-%02d-%02d", y, m, day)
	case 7:
		s = fmt.Sprintf("%03dX", y/10)
	case 8:
		s = fmt.Sprintf("%04d/%04d", y, y+1+g.rng.IntN(6))
	case 9:
		s = fmt.Sprintf("%04d~", y)
	case 10:
		s = fmt.Sprintf("%04d?", y)
	default:
		s = fmt.Sprintf("%04d-%02d-XX", y, m)
	}
	d := app.Date{EDTF: s}
	if g.chance(0.1) {
		d.Phrase = g.pick(phrases)
	}
	return d
}

func (g *gen) run() app.CaseData {
	cfg := g.cfg
	g.places = placeList
	g.d.Case = app.Case{
		Title:   "Generated case",
		Summary: "A generated case for tests and benchmarks.",
		Marking: "UNCLASSIFIED",
		Author:  "casegen",
		AsOf:    app.Date{EDTF: "2024-01-15"},
	}
	for i := 0; i < cfg.People; i++ {
		p := app.Person{ID: g.id(app.KindPerson), Name: g.personName(), Role: g.pick(roles), Nationality: g.pick(countries)}
		if g.chance(0.2) {
			p.Aliases = append(p.Aliases, app.Alias{Name: strings.Fields(p.Name)[1], Note: "used by the press"})
		}
		if g.chance(0.3) {
			p.Born = app.Date{EDTF: fmt.Sprintf("%04d", 1930+g.rng.IntN(70))}
		}
		if g.chance(0.3) {
			p.Notes = g.sentence() + " " + g.sentence()
		}
		g.d.People = append(g.d.People, p)
		g.actors, g.names = append(g.actors, p.ID), append(g.names, p.Name)
	}
	for i := 0; i < cfg.Organizations; i++ {
		o := app.Organization{ID: g.id(app.KindOrganization), Kind: g.pick(orgKinds), Country: g.pick(countries)}
		o.Name = fmt.Sprintf("%s of %s", g.pick(orgWords), g.pick(g.places))
		if i < len(orgWords) {
			o.Name = orgWords[i]
		}
		if g.chance(0.3) {
			o.Aliases = append(o.Aliases, app.Alias{Name: acronym(o.Name)})
		}
		if g.chance(0.3) {
			o.Notes = g.sentence()
		}
		g.d.Organizations = append(g.d.Organizations, o)
		g.actors, g.names = append(g.actors, o.ID), append(g.names, o.Name)
	}
	for i := 0; i < cfg.Sources; i++ {
		s := app.Source{
			ID:          g.id(app.KindSource),
			Title:       fmt.Sprintf("%s %s %s", g.actorName(), g.pick(verbs), "the "+g.pick(nouns)),
			Publisher:   g.pick([]string{"Tirana Times", "Reuters", "BIRN", "Le Monde", "Government of Albania", "NCRI", "Amnesty International"}),
			Author:      g.personName(),
			URL:         fmt.Sprintf("https://example.org/%d", i+1),
			Published:   g.date(),
			Kind:        app.SourceKinds[g.rng.IntN(len(app.SourceKinds))],
			Reliability: app.Reliabilities[g.rng.IntN(len(app.Reliabilities))],
			Interest:    app.Interests[g.rng.IntN(len(app.Interests))],
		}
		if cfg.SourceTextBytes > 0 {
			s.Text = g.text(cfg.SourceTextBytes)
		}
		g.d.Sources = append(g.d.Sources, s)
		r := []rune(s.Text)
		g.texts = append(g.texts, r)
		g.starts = append(g.starts, wordStarts(r))
	}
	for i := 0; i < cfg.Relations && len(g.actors) >= 2; i++ {
		a, b := g.rng.IntN(len(g.actors)), g.rng.IntN(len(g.actors)-1)
		if b >= a {
			b++
		}
		r := app.Relation{ID: g.id(app.KindRelation), From: g.actors[a], To: g.actors[b], Kind: g.pick(relKinds)}
		if g.chance(0.5) {
			r.Start = app.Date{EDTF: fmt.Sprintf("%04d", 1970+g.rng.IntN(50))}
		}
		g.d.Relations = append(g.d.Relations, r)
	}
	for i := 0; i < cfg.Events; i++ {
		e := app.Event{
			ID:    g.id(app.KindEvent),
			Date:  g.date(),
			Place: g.pick(g.places),
			Key:   g.chance(0.05),
		}
		e.Title = fmt.Sprintf("%s %s the %s in %s", g.actorName(), g.pick(verbs), g.pick(nouns), e.Place)
		if g.chance(0.6) {
			e.Description = g.sentence() + " " + g.sentence() + " " + g.sentence()
		}
		n := g.rng.IntN(5)
		seen := map[string]bool{}
		for j := 0; j < n && len(g.actors) > 0; j++ {
			a := g.actors[g.rng.IntN(len(g.actors))]
			if !seen[a] {
				seen[a] = true
				e.Participants = append(e.Participants, a)
			}
		}
		g.d.Events = append(g.d.Events, e)
	}
	for i := 0; i < cfg.Figures; i++ {
		f := app.Figure{ID: g.id(app.KindFigure), Unit: g.pick(units)}
		f.Question = fmt.Sprintf(g.pick(questions), g.pick(nouns))
		if len(g.d.Events) > 0 && g.chance(0.7) {
			f.Event = g.d.Events[g.rng.IntN(len(g.d.Events))].ID
		}
		if g.chance(0.5) {
			f.Assessment = g.sentence()
		}
		for j := 0; j < cfg.ClaimsPerFigure && len(g.d.Sources) > 0; j++ {
			f.Claims = append(f.Claims, g.claim(f.ID))
		}
		g.d.Figures = append(g.d.Figures, f)
	}
	g.citations()
	for i := 0; i < cfg.Annotations && len(g.d.Sources) > 0; i++ {
		si := g.rng.IntN(len(g.d.Sources))
		a := app.Annotation{ID: g.id(app.KindAnnotation), Source: g.d.Sources[si].ID, Note: g.sentence(), Quote: g.quote(si)}
		g.d.Annotations = append(g.d.Annotations, a)
	}
	return g.d
}

// claim makes a claim about figure fig, in one of the shapes claims take.
func (g *gen) claim(fig string) app.Claim {
	c := app.Claim{ID: g.id(app.KindClaim), Figure: fig, Source: g.d.Sources[g.rng.IntN(len(g.d.Sources))].ID}
	if len(g.actors) > 0 && g.chance(0.6) {
		c.Claimant = g.actors[g.rng.IntN(len(g.actors))]
	}
	n := float64(1 + g.rng.IntN(5000))
	num := func(v float64) *float64 { return &v }
	switch g.rng.IntN(6) {
	case 0:
		c.Text, c.Low, c.High, c.Qualifier = fmt.Sprintf("%g", n), num(n), num(n), app.QualExact
	case 1:
		// n*8/10 rather than n*0.8: a tenth of a whole number is the double
		// nearest that decimal, where n*0.8 carries binary noise into the
		// briefing ("5,949.599999999999")
		c.Text, c.Low, c.High, c.Qualifier = fmt.Sprintf("some %g", n), num(n*8/10), num(n*12/10), app.QualApproximate
	case 2:
		c.Text, c.Low, c.Qualifier = fmt.Sprintf("at least %g", n), num(n), app.QualAtLeast
	case 3:
		c.Text, c.Low, c.High, c.Qualifier = fmt.Sprintf("between %g and %g", n, n*2), num(n), num(n*2), app.QualRange
	case 4:
		c.Text, c.Low, c.High, c.Qualifier = "no one", num(0), num(0), app.QualExact
	default:
		c.Text = "no reliable estimate"
	}
	if g.chance(0.7) {
		c.Credibility = 1 + g.rng.IntN(6)
	}
	if g.chance(0.3) {
		c.AsOf = g.date()
	}
	if g.chance(0.2) {
		c.Note = g.sentence()
	}
	return c
}

// citations spreads cfg.Citations over events (about 60%), people,
// organizations, relations and claims, four in five with a quote.
func (g *gen) citations() {
	if len(g.d.Sources) == 0 {
		return
	}
	for i := 0; i < g.cfg.Citations; i++ {
		si := g.rng.IntN(len(g.d.Sources))
		c := app.Citation{Source: g.d.Sources[si].ID}
		if g.chance(0.8) {
			c.Quote = g.quote(si)
		}
		if g.chance(0.2) {
			c.Note = g.sentence()
		}
		r := g.rng.IntN(100)
		switch {
		case r < 60 && len(g.d.Events) > 0:
			e := &g.d.Events[g.rng.IntN(len(g.d.Events))]
			e.Citations = append(e.Citations, c)
		case r < 75 && len(g.d.People) > 0:
			p := &g.d.People[g.rng.IntN(len(g.d.People))]
			p.Citations = append(p.Citations, c)
		case r < 80 && len(g.d.Organizations) > 0:
			o := &g.d.Organizations[g.rng.IntN(len(g.d.Organizations))]
			o.Citations = append(o.Citations, c)
		case r < 85 && len(g.d.Relations) > 0:
			rl := &g.d.Relations[g.rng.IntN(len(g.d.Relations))]
			rl.Citations = append(rl.Citations, c)
		case len(g.d.Figures) > 0 && len(g.d.Figures[0].Claims) > 0:
			f := &g.d.Figures[g.rng.IntN(len(g.d.Figures))]
			cl := &f.Claims[g.rng.IntN(len(f.Claims))]
			cl.Citations = append(cl.Citations, c)
		case len(g.d.Events) > 0:
			e := &g.d.Events[g.rng.IntN(len(g.d.Events))]
			e.Citations = append(e.Citations, c)
		}
	}
}

// quote picks 3 to 10 words of source si's text; nil when it has none.
func (g *gen) quote(si int) *app.Quote {
	r, ws := g.texts[si], g.starts[si]
	if len(ws) < 12 {
		return nil
	}
	i := g.rng.IntN(len(ws) - 11)
	n := 3 + g.rng.IntN(8)
	start := ws[i]
	end := ws[i+n] - 1 // before the space that ends the last word
	for end > start && !isWordRune(r[end-1]) {
		end--
	}
	pre := max(0, start-32)
	suf := min(len(r), end+32)
	return &app.Quote{
		Exact:  string(r[start:end]),
		Prefix: string(r[pre:start]),
		Suffix: string(r[end:suf]),
		Start:  start,
		End:    end,
	}
}

func isWordRune(r rune) bool { return r != ' ' && r != '\n' && r != '.' && r != ',' }

// wordStarts lists the code-point offsets where words begin.
func wordStarts(r []rune) []int {
	var ws []int
	for i := range r {
		if r[i] != ' ' && r[i] != '\n' && (i == 0 || r[i-1] == ' ' || r[i-1] == '\n') {
			ws = append(ws, i)
		}
	}
	return ws
}

// sentence makes one sentence of news-like prose.
func (g *gen) sentence() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s the %s in %s", g.actorName(), g.pick(verbs), g.pick(nouns), g.pick(g.places))
	for i := g.rng.IntN(3); i > 0; i-- {
		fmt.Fprintf(&b, ", %s", g.pick(fillers))
	}
	switch g.rng.IntN(4) {
	case 0:
		fmt.Fprintf(&b, "; some %d people were there", 10+g.rng.IntN(990))
	case 1:
		fmt.Fprintf(&b, " on %d %s %d", 1+g.rng.IntN(28), g.pick([]string{"January", "March", "June", "July", "October"}), 1980+g.rng.IntN(44))
	}
	b.WriteString(".")
	return b.String()
}

// text makes about n bytes of prose in paragraphs.
func (g *gen) text(n int) string {
	var b strings.Builder
	b.Grow(n + 200)
	for b.Len() < n+2 { // +2: the space and newline trimmed at the end
		for i := 3 + g.rng.IntN(4); i > 0 && b.Len() < n+2; i-- {
			b.WriteString(g.sentence())
			b.WriteString(" ")
		}
		b.WriteString("\n")
	}
	return strings.TrimSpace(b.String())
}

func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	if b.Len() < 2 {
		return strings.ToUpper(s[:min(3, len(s))])
	}
	return b.String()
}
