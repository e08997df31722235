package exchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"casefile/app"
	"casefile/assets"
)

// update rewrites the golden files of the exporters under testdata/:
//
//	go test -tags sqlite_fts5 ./app/exchange/ -run Golden -update
//
// Look at the diff before committing the new files.
var update = flag.Bool("update", false, "rewrite the exporters' golden files in testdata/")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := readFile(t, path)
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (if the change is meant, rerun with -update):\n%s", path, firstDiff(got, want))
	}
}

// demoCase is the Ashraf-3 demo case as the exporters see it.
func demoCase(t testing.TB) app.CaseData {
	t.Helper()
	return mustDecode(t, assets.DemoCase)
}

// fixtures are the cases the exporters are tested on: the demo case, the
// fixture that uses every key of Casefile JSON and the one that uses every
// FollowTheMoney mapping.
func fixtures(t *testing.T) map[string]app.CaseData {
	t.Helper()
	return map[string]app.CaseData{
		"ashraf3":     demoCase(t),
		"every-field": mustDecode(t, readFile(t, "testdata/every-field.json")),
		// every FtM schema and property the export maps, once at least
		"ftm-every-mapped": mustDecode(t, readFile(t, "testdata/ftm-every-mapped.json")),
	}
}

func encodeFTM(t testing.TB, d app.CaseData) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeFTM(&buf, d); err != nil {
		t.Fatalf("EncodeFTM: %v", err)
	}
	return buf.Bytes()
}

// readFTM parses FtM lines, failing on a line that is not one entity.
func readFTM(t *testing.T, b []byte) []ftmEntity {
	t.Helper()
	if len(b) == 0 || b[len(b)-1] != '\n' {
		t.Fatal("the output does not end with a newline")
	}
	var out []ftmEntity
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", n, err, sc.Bytes())
		}
		if len(raw) != 3 || raw["id"] == nil || raw["schema"] == nil || raw["properties"] == nil {
			t.Fatalf("line %d does not have exactly id, schema and properties: %s", n, sc.Bytes())
		}
		var e ftmEntity
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFTMLines checks that every line is one entity with a "casefile-"
// id of its own and properties that are non-empty lists of non-blank
// strings, one entity per item and a Note per figure, claim and annotation.
// TestFTMRealLibrary checks schemata, properties and references.
func TestFTMLines(t *testing.T) {
	for name, d := range fixtures(t) {
		entities := readFTM(t, encodeFTM(t, d))
		ids := map[string]bool{}
		for _, e := range entities {
			if !strings.HasPrefix(e.ID, "casefile-") || ids[e.ID] {
				t.Errorf("%s: bad or repeated id %q", name, e.ID)
			}
			ids[e.ID] = true
			if len(e.Properties) == 0 {
				t.Errorf("%s: %s has no properties", name, e.ID)
			}
			for p, values := range e.Properties {
				if len(values) == 0 {
					t.Errorf("%s: %s.%s is an empty list", name, e.ID, p)
				}
				for _, v := range values {
					if strings.TrimSpace(v) == "" {
						t.Errorf("%s: %s.%s holds a blank value", name, e.ID, p)
					}
				}
			}
		}
		want := len(d.Sources) + len(d.People) + len(d.Organizations) + len(d.Relations) + len(d.Events)
		if got := len(entities) - countSchema(entities, "Documentation") - countSchema(entities, "Note"); got != want {
			t.Errorf("%s: %d entities besides Documentation and Note, want %d", name, got, want)
		}
		if got, want := countSchema(entities, "Note"), len(d.Figures)+claimCount(d)+len(d.Annotations); got != want {
			t.Errorf("%s: %d notes, want %d", name, got, want)
		}
	}
}

// TestFTMRealLibrary reads the export of every fixture with the real
// @alephdata/followthemoney library (scripts/clients/check-ftm.js, after
// make clients): no entity may be refused.
func TestFTMRealLibrary(t *testing.T) {
	script := clientScript(t, "check-ftm.js", "@alephdata/followthemoney")
	dir := t.TempDir()
	args := []string{script}
	for name, d := range fixtures(t) {
		path := filepath.Join(dir, name+".ftm.json")
		if err := os.WriteFile(path, encodeFTM(t, d), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	out, err := exec.Command("node", args...).CombinedOutput()
	if err != nil {
		t.Errorf("check-ftm.js: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}

// clientScript returns the path of a check script in scripts/clients,
// skipping the test (failing it under CI) when node or the npm package it
// needs is not installed (make clients installs them).
func clientScript(t *testing.T, script, pkg string) string {
	t.Helper()
	dir, err := filepath.Abs("../../scripts/clients")
	if err != nil {
		t.Fatal(err)
	}
	_, errNode := exec.LookPath("node")
	_, errPkg := os.Stat(filepath.Join(dir, "node_modules", pkg, "package.json"))
	if errNode != nil || errPkg != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node and %s are needed (make clients): %v %v", pkg, errNode, errPkg)
		}
		t.Skipf("node or %s not installed; run make clients", pkg)
	}
	return filepath.Join(dir, script)
}

func countSchema(es []ftmEntity, schema string) int {
	n := 0
	for _, e := range es {
		if e.Schema == schema {
			n++
		}
	}
	return n
}

func TestFTMGolden(t *testing.T) {
	golden(t, "ashraf3.ftm.json", encodeFTM(t, demoCase(t)))
	golden(t, "every-field.ftm.json", encodeFTM(t, mustDecode(t, readFile(t, "testdata/every-field.json"))))
}

// TestExportDeterministic checks that each exporter writes the same bytes
// for the same case, also after the case has been through Casefile JSON.
func TestExportDeterministic(t *testing.T) {
	for name, d := range fixtures(t) {
		again := mustDecode(t, encode(t, d))
		for _, f := range []struct {
			format string
			write  func(app.CaseData) []byte
		}{
			{"ftm", func(d app.CaseData) []byte { return encodeFTM(t, d) }},
			{"timelinejs", func(d app.CaseData) []byte { return encodeTimeline(t, d, false) }},
			{"timelinejs key-only", func(d app.CaseData) []byte { return encodeTimeline(t, d, true) }},
			{"csv events", func(d app.CaseData) []byte { return encodeCSV(t, d, "events") }},
			{"csv people", func(d app.CaseData) []byte { return encodeCSV(t, d, "people") }},
			{"csv organizations", func(d app.CaseData) []byte { return encodeCSV(t, d, "organizations") }},
			{"csv relations", func(d app.CaseData) []byte { return encodeCSV(t, d, "relations") }},
			{"csv claims", func(d app.CaseData) []byte { return encodeCSV(t, d, "claims") }},
			{"csv sources", func(d app.CaseData) []byte { return encodeCSV(t, d, "sources") }},
		} {
			a, b, c := f.write(d), f.write(d), f.write(again)
			if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
				t.Errorf("%s, %s: two exports of the same case differ", name, f.format)
			}
		}
	}
}

func entityByID(t *testing.T, es []ftmEntity, id string) ftmEntity {
	t.Helper()
	for _, e := range es {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no entity %s", id)
	return ftmEntity{}
}

// TestFTMDemo checks how the demo case's items map to FtM.
func TestFTMDemo(t *testing.T) {
	es := readFTM(t, encodeFTM(t, demoCase(t)))
	for _, tc := range []struct {
		id, schema, prop string
		want             []string
	}{
		{"casefile-src-ncri", "PlainText", "publishedAt", []string{"2023-06-20"}},
		{"casefile-src-ncri", "PlainText", "summary", []string{"Statement; reliability D (Admiralty); party to the dispute."}},
		{"casefile-src-fox", "Article", "publishedAt", []string{"2023-06"}},
		{"casefile-src-fox", "Article", "notes", []string{"Published: 20–21 June 2023; as reported: “the day of the raid or the day after”."}},
		{"casefile-src-euronews", "Article", "notes", []string{"Published: “date not given in the citing article”."}},
		{"casefile-p-mostashari", "Person", "nationality", []string{"ir"}},
		{"casefile-p-mostashari", "Person", "birthDate", nil},
		{"casefile-p-mostashari", "Person", "deathDate", nil},
		{"casefile-p-mostashari", "Person", "position", []string{"Senior member of the MEK; activist during the Iranian revolution"}},
		{"casefile-p-cuci", "Person", "alias", []string{"Bledar Cuci"}},
		{"casefile-p-pahlavi", "Person", "birthDate", []string{"1919"}},
		{"casefile-o-mek", "Organization", "country", []string{"ir", "al"}},
		{"casefile-o-mek", "Organization", "alias", []string{"MEK", "PMOI", "MKO", "Mujahedeen-e-Khalq"}},
		{"casefile-o-ncri", "Organization", "country", []string{"fr", "al"}},
		{"casefile-o-us", "PublicBody", "country", []string{"us"}},
		{"casefile-r-cuci-interior", "Directorship", "director", []string{"casefile-p-cuci"}},
		{"casefile-r-cuci-interior", "Directorship", "organization", []string{"casefile-o-interior"}},
		{"casefile-r-cuci-interior", "Directorship", "role", []string{"leads"}},
		{"casefile-r-pahlavi-iran", "Directorship", "endDate", []string{"1979"}},
		{"casefile-r-rajavi-ncri", "Directorship", "role", []string{"president-elect of"}},
		{"casefile-r-safavi-ncri", "Membership", "member", []string{"casefile-p-safavi"}},
		{"casefile-r-mostashari-mek", "Membership", "endDate", nil},
		{"casefile-r-ncri-mek", "UnknownLink", "role", []string{"political arm of"}},
		{"casefile-r-ncri-mek", "UnknownLink", "subject", []string{"casefile-o-ncri"}},
		{"casefile-r-albania-eu", "UnknownLink", "role", []string{"candidate for membership of"}},
		{"casefile-r-state-mek", "UnknownLink", "endDate", []string{"2012"}},
		{"casefile-r-state-mek", "UnknownLink", "summary", []string{"Start: before 2009; as reported: “still in force in 2009”.", "End: 2012; as reported: “by 2012”."}},
		{"casefile-e-1980s-evasion", "Event", "date", nil},
		{"casefile-e-1980s-evasion", "Event", "startDate", []string{"1980"}},
		{"casefile-e-1980s-evasion", "Event", "endDate", []string{"1983"}},
		{"casefile-e-1980s-evasion", "Event", "notes", []string{"Date: early 1980s."}},
		{"casefile-e-1970s-campaign", "Event", "date", nil},
		{"casefile-e-2023-raid", "Event", "important", []string{"true"}},
		{"casefile-e-2023-raid", "Event", "country", []string{"al"}},
		{"casefile-e-2022-cyberattack", "Event", "date", []string{"2022-07"}},
		{"casefile-e-2023-raid", "Event", "date", []string{"2023-06-20"}},
		{"casefile-e-2023-raid", "Event", "location", []string{"Ashraf-3 camp, Maneza, western Albania"}},
		{"casefile-e-2023-raid", "Event", "involved", []string{"casefile-o-police", "casefile-o-spak", "casefile-o-mek"}},
	} {
		e := entityByID(t, es, tc.id)
		if e.Schema != tc.schema {
			t.Errorf("%s is a %s, want %s", tc.id, e.Schema, tc.schema)
		}
		if got := e.Properties[tc.prop]; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s.%s = %q, want %q", tc.id, tc.prop, got, tc.want)
		}
	}
	mostashari := entityByID(t, es, "casefile-p-mostashari")
	for _, want := range []string{
		"Born: 1956–1957; as reported: “66 years old in June 2023”.",
		"Died: 20 June 2023 (uncertain); as reported: “during the raid, according to the NCRI”.",
	} {
		if !containsString(mostashari.Properties["notes"], want) {
			t.Errorf("p-mostashari's notes %q lack %q", mostashari.Properties["notes"], want)
		}
	}
	if n := entityByID(t, es, "casefile-o-mek").Properties["notes"]; !containsString(n, "Country: Iran (members based in Albania).") ||
		!containsString(n, "Alias “MKO”: used by the Iranian government and Iranian state media.") {
		t.Errorf("o-mek's notes: %q", n)
	}
	for _, id := range []string{"casefile-e-2023-raid", "casefile-e-2022-cyberattack"} {
		if n := entityByID(t, es, id).Properties["notes"]; n != nil {
			t.Errorf("%s has notes %q; an exact date whose phrase adds nothing needs none", id, n)
		}
	}
}

// TestFTMDocumentation checks the Documentation entities of the fixture
// with every key: one per item and source, holding the quotes and notes.
func TestFTMDocumentation(t *testing.T) {
	es := readFTM(t, encodeFTM(t, mustDecode(t, readFile(t, "testdata/every-field.json"))))
	e := entityByID(t, es, "casefile-p-ozdemir-cites-src-ministry")
	want := map[string][]string{
		"document":    {"casefile-src-ministry"},
		"entity":      {"casefile-p-ozdemir"},
		"role":        {"cited as source"},
		"summary":     {"“Ünal Özdemir”"},
		"description": {"Named as spokesperson."},
	}
	if e.Schema != "Documentation" || !reflect.DeepEqual(e.Properties, want) {
		t.Errorf("got %s %q", e.Schema, e.Properties)
	}
	entityByID(t, es, "casefile-p-ozdemir-cites-src-union")
	r := entityByID(t, es, "casefile-r-spokes")
	if r.Schema != "Representation" || !reflect.DeepEqual(r.Properties["sourceUrl"], []string{"https://example.org/statement?id=1&lang=en"}) ||
		!reflect.DeepEqual(r.Properties["description"], []string{"Sources: Ministry statement on the depot fire."}) {
		t.Errorf("r-spokes: %s %q", r.Schema, r.Properties)
	}
}

func TestFTMDate(t *testing.T) {
	for _, tc := range []struct {
		edtf  string
		want  string
		exact bool
	}{
		{"", "", false},
		{"2023", "2023", true},
		{"2023-06", "2023-06", true},
		{"2023-06-20", "2023-06-20", true},
		{"2022-07-XX", "2022-07", true},
		{"2022-XX-XX", "2022", true},
		{"1986-04-26T01:23:40+04:00", "1986-04-25T21:23:40", true},
		{"1984?", "", false},
		{"1950~", "", false},
		{"2023-06-20?", "", false},
		{"198X", "", false},
		{"19XX", "", false},
		{"2023-21", "2023", false},
		{"2009-24", "", false},
		{"1980/1983", "", false},
		{"2023-06-20/2023-06-21", "2023-06", false},
		{"2023-06-01/2023-06-30", "2023-06", false},
		{"2009/..", "", false},
		{"../2009", "", false},
		{"/2009", "", false},
		{"0800", "", false},
		{"-0044", "", false},
		{"3001", "", false},
	} {
		got, exact := ftmDate(app.Date{EDTF: tc.edtf})
		if got != tc.want || exact != tc.exact {
			t.Errorf("ftmDate(%q) = %q, %v; want %q, %v", tc.edtf, got, exact, tc.want, tc.exact)
		}
	}
	for _, tc := range []struct{ edtf, start, end string }{
		{"1980/1983", "1980", "1983"},
		{"2023-06-20/2023-06-21", "2023-06-20", "2023-06-21"},
		{"2014/..", "2014", ""},
		{"../2009", "", "2009"},
		{"198X/1995", "", "1995"},
		{"2001?/2003", "", "2003"},
		{"2023", "", ""},
		{"-0100/0050", "", ""},
	} {
		if s, e := ftmRange(app.Date{EDTF: tc.edtf}); s != tc.start || e != tc.end {
			t.Errorf("ftmRange(%q) = %q, %q; want %q, %q", tc.edtf, s, e, tc.start, tc.end)
		}
	}
	// A phrase alone gives no value; it goes to the notes.
	if got, _ := ftmDate(app.Date{Phrase: "last spring"}); got != "" {
		t.Errorf("phrase only: %q", got)
	}
	if n := dateNote("Date", app.Date{Phrase: "last spring"}, false); n != "Date: “last spring”." {
		t.Errorf("note for a phrase only: %q", n)
	}
	if n := dateNote("Date", app.Date{EDTF: "2023-06-20", Phrase: "Tuesday"}, true); n != "" {
		t.Errorf("note for an exact date whose phrase adds nothing: %q", n)
	}
	if n := dateNote("Date", app.Date{EDTF: "2009", Phrase: "since at least 2009"}, true); n != "Date: 2009; as reported: “since at least 2009”." {
		t.Errorf("note for an exact date whose phrase says more: %q", n)
	}
}

func TestCountryCodes(t *testing.T) {
	for _, tc := range []struct {
		text  string
		codes []string
		note  bool
	}{
		{"", nil, false},
		{"Albania", []string{"al"}, false},
		{"albania", []string{"al"}, false},
		{"Iranian", []string{"ir"}, false},
		{"Albanian", []string{"al"}, false},
		{"Iraqi", []string{"iq"}, false},
		{"Sudanese", []string{"sd"}, false},
		{"Nigerian", []string{"ng"}, false},
		{"Egyptian", []string{"eg"}, false},
		{"French", []string{"fr"}, false},
		{"Turkish", []string{"tr"}, false},
		{"Türkiye", []string{"tr"}, false},
		{"United States", []string{"us"}, false},
		{"the United States", []string{"us"}, false},
		{"U.S.", []string{"us"}, false},
		{"USA", []string{"us"}, false},
		{"UK", []string{"gb"}, false},
		{"the Netherlands", []string{"nl"}, false},
		{"Bosnia and Herzegovina", []string{"ba"}, false},
		{"Saint Lucia", []string{"lc"}, false},
		{"St Kitts and Nevis", []string{"kn"}, false},
		{"Côte d'Ivoire", []string{"ci"}, false},
		{"Cote d’Ivoire", []string{"ci"}, false},
		{"Papua New Guinea", []string{"pg"}, false},
		{"Guinea", []string{"gn"}, false},
		{"South Korean", []string{"kr"}, false},
		{"France and Albania", []string{"fr", "al"}, false},
		{"France, Albania", []string{"fr", "al"}, false},
		{"Iraq and Iraq", []string{"iq"}, false},
		{"AL", []string{"al"}, false},
		{"xk", []string{"xk"}, false},
		{"Iran (members based in Albania)", []string{"ir", "al"}, true},
		{"Examplestan", nil, true},
		{"stateless", nil, true},
	} {
		codes, note := countryCodes(tc.text, "Country")
		if !reflect.DeepEqual(codes, tc.codes) || (note != "") != tc.note {
			t.Errorf("countryCodes(%q) = %q, %q; want %q, note %v", tc.text, codes, note, tc.codes, tc.note)
		}
		if tc.note && note != "Country: "+tc.text+"." {
			t.Errorf("countryCodes(%q) note %q", tc.text, note)
		}
	}
}

// TestCountryList checks countryList against CLDR as golang.org/x/text
// has it: every ISO 3166-1 country is there under its CLDR name, and no
// name stands for two countries.
func TestCountryList(t *testing.T) {
	first := map[string]string{} // code -> first name
	owner := map[string]string{} // folded name -> code
	for _, entry := range strings.Split(countryList, ";") {
		if entry == "" {
			continue
		}
		code, names, _ := strings.Cut(entry, " ")
		if _, dup := first[code]; dup {
			t.Errorf("%s is listed twice", code)
		}
		list := strings.Split(names, "|")
		first[code] = list[0]
		for _, n := range list {
			key := strings.Join(countryWords(n), " ")
			if c, ok := owner[key]; ok && c != code {
				t.Errorf("%q stands for both %s and %s", n, c, code)
			}
			owner[key] = code
			// A listed name must not also be read as another country's
			// adjective by the suffix rules.
			if c := countries().lookup(key); c != code {
				t.Errorf("%q is read as %s, not %s", n, c, code)
			}
		}
	}
	want := map[string]bool{"xk": true, "suhh": true, "yucs": true, "cshh": true} // Kosovo and historical states: not in ISO 3166-1, but FtM has them
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.M49() == 0 || r.ISO3() == "ZZZ" {
				continue
			}
			name := display.English.Regions().Name(r)
			if name == "" {
				continue
			}
			lc := strings.ToLower(code)
			want[lc] = true
			if first[lc] != name {
				t.Errorf("%s: listed as %q, CLDR says %q", lc, first[lc], name)
			}
		}
	}
	for code := range first {
		if !want[code] {
			t.Errorf("%s is not an ISO 3166-1 country", code)
		}
	}
}

func TestFTMID(t *testing.T) {
	if got := ftmID("p-cuci_2"); got != "casefile-p-cuci_2" {
		t.Errorf("safe id: %q", got)
	}
	long := strings.Repeat("x", 120)
	for _, id := range []string{"my event", "a.b", "a/b", "Çuçi", long, ""} {
		got := ftmID(id)
		if len(got) != len("casefile-")+32 || !strings.HasPrefix(got, "casefile-") || got != ftmID(id) {
			t.Errorf("ftmID(%q) = %q", id, got)
		}
	}
	if ftmID("a.b") == ftmID("a/b") {
		t.Error("two unsafe ids share a hash")
	}
	if got := ftmID(strings.Repeat("x", 119)); got != "casefile-"+strings.Repeat("x", 119) {
		t.Errorf("an id of 128 characters in all was hashed: %q", got)
	}
}

func TestLinkFor(t *testing.T) {
	for _, tc := range []struct {
		from, to, kind, want string
	}{
		{"Person", "PublicBody", "leads", "Directorship"},
		{"Person", "Organization", "heads", "Directorship"},
		{"Person", "PublicBody", "head of state of", "Directorship"},
		{"Person", "Organization", "President-elect of", "Directorship"},
		{"Person", "Company", "deputy chief engineer of", "Employment"},
		{"Person", "Company", "chief of", "Directorship"},
		{"Person", "Organization", "member of", "Membership"},
		{"Person", "Organization", "senior member of", "Membership"},
		{"Person", "Organization", "former member of", "Membership"},
		{"Person", "Organization", "spokesperson for", "Representation"},
		{"Person", "Organization", "candidate for membership of", "UnknownLink"},
		{"Organization", "Organization", "part of", "Membership"},
		{"Organization", "Organization", "political arm of", "UnknownLink"},
		{"Person", "Company", "owns", "Ownership"},
		{"Person", "Organization", "owns", "UnknownLink"}, // an Organization is not an FtM Asset
		{"Company", "Company", "subsidiary of", "Ownership"},
		{"Person", "Company", "works for", "Employment"},
		{"Person", "Person", "married to", "Family"},
		{"Person", "Person", "business associate of", "Associate"},
		{"Person", "Person", "member of", "UnknownLink"},
		{"Person", "Person", "leads", "UnknownLink"},
		{"Person", "", "member of", "UnknownLink"},
		{"Person", "Organization", "membership", "UnknownLink"},
		{"Person", "Organization", "remembers", "UnknownLink"},
		{"Person", "Organization", "chiefly hostile to", "UnknownLink"},
	} {
		if got := linkFor(tc.kind, tc.from, tc.to).schema; got != tc.want {
			t.Errorf("linkFor(%q, %s, %s) = %s, want %s", tc.kind, tc.from, tc.to, got, tc.want)
		}
	}
	if l := linkFor("subsidiary of", "Company", "Company"); !l.swap || l.from != "owner" {
		t.Errorf("subsidiary of: %+v", l)
	}
}

func TestOrgSchema(t *testing.T) {
	for kind, want := range map[string]string{
		"government ministry": "PublicBody", "police": "PublicBody", "court": "PublicBody", "prosecution office": "PublicBody",
		"oil company": "Company", "bank": "Company", "news outlet": "Organization", "Iranian opposition movement": "Organization",
		"union of states": "Organization", "": "Organization",
	} {
		if got := orgSchema(kind); got != want {
			t.Errorf("orgSchema(%q) = %s, want %s", kind, got, want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	for in, want := range map[string][]string{
		"Bledar Çuçi":                       {"Bledar Çuçi"},
		"Jane Roe and John Doe":             {"Jane Roe", "John Doe"},
		"Jane Roe, John Doe & Ann Lee":      {"Jane Roe", "John Doe", "Ann Lee"},
		"Roe, Jane":                         {"Roe, Jane"},
		"Roe, Jane; Doe, John":              {"Roe, Jane", "Doe, John"},
		"Press office":                      {"Press office"},
		"Reporters Without Borders and AFP": {"Reporters Without Borders and AFP"},
	} {
		if got := splitAuthors(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFTMEveryMapped checks the fixture that uses every FtM mapping: link
// schemata, Company and PublicBody, historical states, several authors,
// important, country, position, dates as certain prefixes and ranges.
func TestFTMEveryMapped(t *testing.T) {
	es := readFTM(t, encodeFTM(t, mustDecode(t, readFile(t, "testdata/ftm-every-mapped.json"))))
	for _, tc := range []struct {
		id, schema, prop string
		want             []string
	}{
		{"casefile-src-article", "Article", "author", []string{"Jane Roe", "John Doe"}},
		{"casefile-src-registry", "PlainText", "author", []string{"Roe, Jane", "Doe, John"}},
		{"casefile-src-registry", "PlainText", "publishedAt", []string{"1988"}},
		{"casefile-p-petar", "Person", "nationality", []string{"yucs"}},
		{"casefile-p-petar", "Person", "position", []string{"Shipowner"}},
		{"casefile-p-petar", "Person", "deathDate", []string{"1999-05"}},
		{"casefile-p-petar", "Person", "proof", []string{"casefile-src-article", "casefile-src-registry"}},
		{"casefile-p-vera", "Person", "nationality", []string{"suhh"}},
		{"casefile-p-vera", "Person", "birthDate", nil},
		{"casefile-p-jan", "Person", "nationality", []string{"cshh"}},
		{"casefile-p-jan", "Person", "birthDate", nil},
		{"casefile-o-dunav", "Company", "country", []string{"yucs"}},
		{"casefile-o-ministry", "PublicBody", "country", []string{"cshh"}},
		{"casefile-o-union", "Organization", "country", []string{"suhh", "yucs"}},
		{"casefile-r-owns", "Ownership", "owner", []string{"casefile-p-petar"}},
		{"casefile-r-owns", "Ownership", "asset", []string{"casefile-o-dunav"}},
		{"casefile-r-owns", "Ownership", "startDate", nil},
		{"casefile-r-subsidiary", "Ownership", "owner", []string{"casefile-o-adria"}},
		{"casefile-r-subsidiary", "Ownership", "asset", []string{"casefile-o-dunav"}},
		{"casefile-r-married", "Family", "relationship", []string{"married to"}},
		{"casefile-r-married", "Family", "relative", []string{"casefile-p-vera"}},
		{"casefile-r-associate", "Associate", "associate", []string{"casefile-p-jan"}},
		{"casefile-r-works", "Employment", "employer", []string{"casefile-o-ministry"}},
		{"casefile-r-works", "Employment", "endDate", []string{"1989-11"}},
		{"casefile-r-director", "Directorship", "director", []string{"casefile-p-petar"}},
		{"casefile-r-engineer", "Employment", "role", []string{"deputy chief engineer of"}},
		{"casefile-r-lawyer", "Representation", "client", []string{"casefile-o-dunav"}},
		{"casefile-r-member", "Membership", "member", []string{"casefile-p-jan"}},
		{"casefile-r-candidate", "UnknownLink", "role", []string{"candidate for membership of"}},
		{"casefile-e-founding", "Event", "country", []string{"yucs"}},
		{"casefile-e-founding", "Event", "date", nil},
		{"casefile-e-inspection", "Event", "important", []string{"true"}},
		{"casefile-e-inspection", "Event", "date", []string{"1988-06"}},
		{"casefile-e-inspection", "Event", "startDate", []string{"1988-06-01"}},
		{"casefile-e-inspection", "Event", "endDate", []string{"1988-06-03"}},
		{"casefile-e-strike", "Event", "date", nil},
		{"casefile-e-strike", "Event", "country", []string{"suhh"}},
		{"casefile-e-since", "Event", "startDate", []string{"1989-11"}},
		{"casefile-e-since", "Event", "endDate", nil},
		{"casefile-c-firm", "Note", "entity", []string{"casefile-o-dunav", "casefile-e-inspection"}},
		{"casefile-c-firm", "Note", "proof", []string{"casefile-src-statement"}},
		{"casefile-f-ships", "Note", "entity", []string{"casefile-e-inspection"}},
		{"casefile-a-owner", "Note", "summary", []string{"“owned by Petar Ilić”"}},
	} {
		e := entityByID(t, es, tc.id)
		if e.Schema != tc.schema {
			t.Errorf("%s is a %s, want %s", tc.id, e.Schema, tc.schema)
		}
		if got := e.Properties[tc.prop]; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s.%s = %q, want %q", tc.id, tc.prop, got, tc.want)
		}
	}
	if n := entityByID(t, es, "casefile-p-vera").Properties["notes"]; !containsString(n, "Born: 1950s; as reported: “in the 1950s”.") {
		t.Errorf("p-vera's notes %q lack the decade in words", n)
	}
}
