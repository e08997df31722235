package exchange

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"casefile/app"
)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decodeString(t testing.TB, s string) (app.CaseData, []Warning, error) {
	t.Helper()
	return Decode(strings.NewReader(s))
}

func mustDecode(t testing.TB, b []byte) app.CaseData {
	t.Helper()
	d, w, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(w) > 0 {
		t.Fatalf("Decode warnings: %v", w)
	}
	return d
}

func encode(t testing.TB, d app.CaseData) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, d); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

func problemPaths(t *testing.T, err error) []string {
	t.Helper()
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("error %v (%T) is not a *DecodeError", err, err)
	}
	var paths []string
	for _, p := range de.Problems {
		paths = append(paths, p.Path)
	}
	return paths
}

// TestEveryFieldRoundTrip decodes the fixture that uses every key of the
// format and checks that encoding gives back the very same bytes.
func TestEveryFieldRoundTrip(t *testing.T) {
	want := readFile(t, "testdata/every-field.json")
	d := mustDecode(t, want)
	got := encode(t, d)
	if !bytes.Equal(got, want) {
		t.Errorf("encode(decode(fixture)) differs from the fixture:\n%s", firstDiff(got, want))
	}
	again := mustDecode(t, got)
	if !reflect.DeepEqual(again, d) {
		t.Error("decode(encode(d)) != d")
	}
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + x + "\nwant: " + y
		}
	}
	return "(no line differs)"
}

// TestFixtureUsesEveryKey makes sure the every-field fixture keeps up with
// the format: every key the decoder knows appears in it somewhere.
func TestFixtureUsesEveryKey(t *testing.T) {
	var problems []problem
	root, err := parseDocument(readFile(t, "testdata/every-field.json"), &problems)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var walk func(kind string, n *node)
	walk = func(kind string, n *node) {
		switch n.kind {
		case kindArray:
			for i := range n.elems {
				walk(kind, &n.elems[i])
			}
		case kindObject:
			for i := range n.members {
				m := &n.members[i]
				seen[kind+"."+m.key] = true
				child := m.key
				switch m.key {
				case "sources", "people", "organizations", "relations", "events", "figures", "annotations", "claims", "citations", "aliases", "quote", "case",
					"questions", "hypotheses", "evidence", "conclusion":
				default:
					child = "" // a scalar or participants
				}
				walk(child, &m.val)
			}
		}
	}
	walk("", &root)
	lists := map[string][]string{
		"": topKeys, "case": caseKeys, "sources": sourceKeys, "people": personKeys,
		"organizations": orgKeys, "relations": relationKeys, "events": eventKeys,
		"figures": figureKeys, "claims": claimKeys, "citations": citationKeys,
		"quote": quoteKeys, "annotations": annotationKeys, "aliases": aliasKeys,
		"questions": questionKeys, "hypotheses": hypothesisKeys, "evidence": evidenceKeys, "conclusion": conclusionKeys,
	}
	var missing []string
	for kind, keys := range lists {
		for _, k := range keys {
			if !seen[kind+"."+k] {
				missing = append(missing, kind+"."+k)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the fixture does not use these keys: %v", missing)
	}
}

// TestEveryFieldValues checks what the fixture decodes to, beyond the round
// trip: links filled in from the nesting, numbers, nil for left-out numbers.
func TestEveryFieldValues(t *testing.T) {
	d := mustDecode(t, readFile(t, "testdata/every-field.json"))
	if d.Case.AsOf != (app.Date{EDTF: "2024-03-05", Phrase: "early March 2024"}) {
		t.Errorf("case as_of = %+v", d.Case.AsOf)
	}
	if got := d.People[0].Citations[0].Item; got != "p-ozdemir" {
		t.Errorf("citation item = %q, want the person's id", got)
	}
	if d.People[0].Died.EDTF != "2024-03-XX?" || d.People[0].Born.Phrase != "in the 1970s" {
		t.Errorf("person dates = %+v %+v", d.People[0].Born, d.People[0].Died)
	}
	claims := d.Figures[0].Claims
	if len(claims) != 4 {
		t.Fatalf("%d claims", len(claims))
	}
	for _, c := range claims {
		if c.Figure != "f-injured" {
			t.Errorf("claim %s figure = %q", c.ID, c.Figure)
		}
	}
	if c := claims[0]; c.Low == nil || *c.Low != 0 || c.High == nil || *c.High != 0 || c.Credibility != 4 || c.Qualifier != app.QualExact {
		t.Errorf("denial claim = %+v", c)
	}
	if c := claims[1]; *c.Low != 30 || *c.High != 50.5 {
		t.Errorf("range claim = %v..%v", *c.Low, *c.High)
	}
	if c := claims[2]; c.Low == nil || *c.Low != 12 || c.High != nil {
		t.Errorf("open claim: high should be nil, got %+v", c)
	}
	if c := claims[3]; c.Low != nil || c.High != nil || c.Credibility != 0 || c.Qualifier != "" {
		t.Errorf("claim without numbers = %+v", c)
	}
	if !d.Events[0].Key || d.Events[1].Key || !reflect.DeepEqual(d.Events[0].Participants, []string{"o-ministry", "o-union"}) {
		t.Errorf("events = %+v", d.Events)
	}
	text := d.Sources[0].Text
	for _, q := range []*app.Quote{d.People[0].Citations[0].Quote, d.Figures[0].Claims[0].Citations[0].Quote, d.Annotations[0].Quote} {
		if !Anchored(text, *q) {
			t.Errorf("quote %+v is not anchored", *q)
		}
	}
	// The two "no one was injured" quotes are the two different occurrences.
	if a, b := d.Figures[0].Claims[0].Citations[0].Quote.Start, d.Annotations[0].Quote.Start; a == b {
		t.Errorf("both repeats anchored at %d", a)
	}
}

// TestDecodeReportsEveryProblem reads one document with many different
// mistakes and checks that each is reported, at its path, in document order.
func TestDecodeReportsEveryProblem(t *testing.T) {
	d, _, err := Decode(bytes.NewReader(readFile(t, "testdata/many-problems.json")))
	if err == nil {
		t.Fatal("no error")
	}
	if !reflect.DeepEqual(d, app.CaseData{}) {
		t.Error("a failed decode returned data")
	}
	want := []string{
		"case.title",                       // empty required text
		"case.as_of",                       // invalid EDTF
		"sources[0].kind",                  // bad enum values
		"sources[0].reliability",           //
		"sources[0].interest",              //
		"sources[1].id",                    // duplicate id
		"sources[2].id",                    // missing id
		"sources[2].published",             // not EDTF
		"people[0].aliases[0].name",        // missing alias name
		"people[0].born",                   // a number, not a date
		"people[0].citations[0].source",    // names an organization
		"people[0].citations[1].source",    // missing
		"relations[0].to",                  // missing id
		"relations[1].to",                  // same as from
		"relations[1].start",               // interval backwards
		"relations[2].kind",                // missing
		"relations[2].from",                // names a source
		"events[0].date",                   // a phrase, not EDTF
		"events[0].key",                    // text, not a boolean
		"events[0].participants[1]",        // listed twice
		"events[0].participants[2]",        // missing id
		"events[0].participants[3]",        // a number
		"events[1].date",                   // missing date
		"figures[0].event",                 // names a person
		"figures[0].claims[0].source",      // missing source
		"figures[0].claims[0].claimant",    // names a source
		"figures[0].claims[0].low",         // text, not a number
		"figures[0].claims[0].high",        // negative
		"figures[0].claims[0].qualifier",   // bad enum
		"figures[0].claims[0].credibility", // out of range
		"figures[0].claims[1].high",        // below low
		"figures[0].claims[1].credibility", // not whole
		"figures[0].claims[2].text",        // missing phrase
		"figures[0].claims[2].id",          // duplicates an event's id
		"figures[1]",                       // not an object
		"annotations[0].quote.exact",       // empty exact
		"annotations[0].quote.end",         // before start
		"annotations[1].source",            // missing
		"annotations[1].quote",             // not an object
	}
	got := problemPaths(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problem paths:\n got %q\nwant %q", got, want)
	}
	msg := err.Error()
	for _, s := range []string{
		"figures[0].claims[0].low: Expected a number, found text.",
		`sources[1].id: The id "s1" is already used by sources[0]`,
		`relations[2].from: The id "s1" names a source (sources[0]), not a person or organization.`,
		`figures[0].event: The id "p1" names a person (people[0]), not an event.`,
		`case.as_of: The case's date (as_of) is not a valid date: "2023-13"`,
		"(39 problems)",
	} {
		if !strings.Contains(msg, s) {
			t.Errorf("error message lacks %q:\n%s", s, msg)
		}
	}
}

func TestDecodeErrorIsAppInvalid(t *testing.T) {
	_, _, err := decodeString(t, `{"casefile": 1, "case": {}}`)
	var ae *app.Error
	if !errors.As(err, &ae) || ae.Code != app.EINVALID {
		t.Fatalf("errors.As(*app.Error) = %v, %+v", errors.As(err, &ae), ae)
	}
	if app.ErrorCode(err) != app.EINVALID {
		t.Errorf("ErrorCode = %q", app.ErrorCode(err))
	}
	if got := app.ErrorMessage(err); got != "The case cannot be imported: case.title: The case's title is required." {
		t.Errorf("ErrorMessage = %q", got)
	}
	_, _, err = decodeString(t, `{"casefile": 1, "case": {}, "events": [{}]}`)
	if got := app.ErrorMessage(err); !strings.Contains(got, "4 problems were found, the first at case.title") {
		t.Errorf("ErrorMessage = %q", got)
	}
}

func TestUnknownKeysWarn(t *testing.T) {
	doc := `{"casefile": 1, "generator": "x",
	  "case": {"title": "T", "colour": "red"},
	  "sources": [{"id": "s", "title": "S", "Kind": "article"}],
	  "events": [{"id": "e", "title": "E", "date": "2020", "odd key": 1,
	     "citations": [{"source": "s", "page": 4, "quote": {"exact": "x", "selector": {}}}]}]}`
	d, w, err := decodeString(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, x := range w {
		paths = append(paths, x.Path)
	}
	want := []string{"generator", "case.colour", "sources[0].Kind", `events[0]["odd key"]`, "events[0].citations[0].page", "events[0].citations[0].quote.selector"}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("warning paths %q, want %q", paths, want)
	}
	if d.Sources[0].Kind != "" {
		t.Error("an unknown key changed the case")
	}
	if !strings.Contains(w[0].String(), `generator: The key "generator" is not part of Casefile JSON v1`) {
		t.Errorf("warning = %q", w[0])
	}
}

func TestVersion(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{`{"casefile": 2, "case": {"title": "T"}}`, "This document is Casefile JSON version 2; this Casefile reads version 1 only."},
		{`{"casefile": 1.5, "case": {}}`, "version 1.5; this Casefile reads version 1 only"},
		{`{"casefile": "1", "case": {"title": "T"}}`, "must be the number 1, not text"},
		{`{"case": {"title": "T"}}`, `add "casefile": 1 at the top`},
	} {
		_, _, err := decodeString(t, tc.doc)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.doc, err, tc.want)
			continue
		}
		if got := problemPaths(t, err); !reflect.DeepEqual(got, []string{"casefile"}) {
			t.Errorf("%s: paths %q (other problems must not be reported with a wrong version)", tc.doc, got)
		}
	}
	for _, v := range []string{"1", "1.0", "10e-1"} {
		if _, _, err := decodeString(t, `{"casefile": `+v+`, "case": {"title": "T"}}`); err != nil {
			t.Errorf("version %s: %v", v, err)
		}
	}
}

func TestMalformedDocuments(t *testing.T) {
	for _, tc := range []struct{ doc, path, want string }{
		{"", "", "The document is empty"},
		{"  \n ", "", "The document is empty"},
		{"[1, 2]", "", "must be a JSON object"},
		{"{\"casefile\": 1,\n \"case\": {\"title\": \"T\",}}", "case", "line 2, column 24: found '}' where a key in quotes was expected."},
		{`{"casefile": 1, "case": {"title": "T"`, "case", "ends too early"},
		{`{"casefile": 1, "case": {"title": "T"}} {}`, "", "goes on after its closing brace"},
		{`{"casefile": 1, "case": {"title": "T", "title": "U"}}`, "case.title", `The key "title" appears twice`},
		{`{"casefile": 1, "case": {"title": "T"}, "events": [` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `]}`, "events[0]" + strings.Repeat("[0]", maxDepth-2), "nested more than"},
	} {
		_, _, err := decodeString(t, tc.doc)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.doc, err, tc.want)
			continue
		}
		if got := problemPaths(t, err); len(got) != 1 || got[0] != tc.path {
			t.Errorf("%q: paths %q, want [%q]", tc.doc, got, tc.path)
		}
	}
}

func TestNullMeansAbsent(t *testing.T) {
	d, w, err := decodeString(t, `{"casefile": 1, "case": {"title": "T", "summary": null},
	  "sources": [{"id": "s", "title": "S", "kind": null}],
	  "figures": [{"id": "f", "question": "Q", "event": null, "claims": [
	    {"id": "c", "source": "s", "text": "at least 3,000", "low": 3000, "high": null, "credibility": null}]}],
	  "events": null}`)
	if err != nil || len(w) > 0 {
		t.Fatal(err, w)
	}
	c := d.Figures[0].Claims[0]
	if c.High != nil || *c.Low != 3000 || d.Events != nil {
		t.Errorf("claim = %+v", c)
	}
	if strings.Contains(string(encode(t, d)), `"high"`) {
		t.Error("a nil high was written")
	}
}

func TestEmptyListsDecodeToNil(t *testing.T) {
	d, _, err := decodeString(t, `{"casefile": 1, "case": {"title": "T"}, "sources": [], "people": [{"id": "p", "name": "P", "aliases": [], "citations": []}]}`)
	if err != nil {
		t.Fatal(err)
	}
	if d.Sources != nil || d.People[0].Aliases != nil || d.People[0].Citations != nil {
		t.Errorf("empty lists should decode to nil: %+v", d)
	}
}

func TestMinimalDocumentEncoding(t *testing.T) {
	got := string(encode(t, app.CaseData{Case: app.Case{Title: "T"}}))
	want := "{\n  \"casefile\": 1,\n  \"case\": {\n    \"title\": \"T\"\n  }\n}\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func f64(v float64) *float64 { return &v }

func TestEncodeNumbers(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{0, "0"}, {100, "100"}, {2700, "2700"}, {2.5, "2.5"}, {0.1, "0.1"},
		{1e21, "1e+21"}, {1e-7, "1e-7"}, {123456789012, "123456789012"},
	} {
		got := string(appendFloat(nil, tc.v))
		if got != tc.want {
			t.Errorf("appendFloat(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	d := app.CaseData{Case: app.Case{Title: "T"}, Sources: []app.Source{{ID: "s", Title: "S"}},
		Figures: []app.Figure{{ID: "f", Question: "Q", Claims: []app.Claim{
			{ID: "c1", Source: "s", Text: "a", Low: f64(1e21), High: f64(1.5e300)},
			{ID: "c2", Source: "s", Text: "b", Low: f64(0.000001)},
		}}}}
	b := encode(t, d)
	back := mustDecode(t, b)
	if *back.Figures[0].Claims[0].High != 1.5e300 || *back.Figures[0].Claims[1].Low != 0.000001 {
		t.Errorf("numbers did not survive: %s", b)
	}
	if !bytes.Equal(encode(t, back), b) {
		t.Error("second encoding differs")
	}
	d.Figures[0].Claims[0].Low = f64(nan())
	if err := Encode(&bytes.Buffer{}, d); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("NaN: err = %v", err)
	}
}

func nan() float64 { var z float64; return z / z }

func TestEncodeStrings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", `"plain"`},
		{"<a & b>", `"<a & b>"`},
		{"q\"b\\", `"q\"b\\"`},
		{"a\nb\tc\rd\x01\x1f", `"a\nb\tc\rd\u0001\u001f"`},
		{"Çuçi ’", `"Çuçi ’"`},
		{"x\u2028y\u2029", `"x\u2028y\u2029"`},
		{"bad\xffutf8", `"bad\ufffdutf8"`},
	} {
		if got := string(appendString(nil, tc.in)); got != tc.want {
			t.Errorf("appendString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestEncodeIsStable encodes a case that was not read from JSON (empty
// phrases, open claims, quotes) and checks export → import → export.
func TestEncodeIsStable(t *testing.T) {
	text := "Ünïcode: the raid was criminal. Then the raid was lawful."
	d := app.CaseData{
		Case:    app.Case{Title: "T", AsOf: app.Date{Phrase: "now"}},
		Sources: []app.Source{{ID: "s", Title: "S", Text: text}},
		Events: []app.Event{{ID: "e", Title: "E", Date: app.Date{EDTF: "2023-06-20"}, Key: true,
			Citations: []app.Citation{{Item: "e", Source: "s", Quote: &app.Quote{Exact: "the raid", Prefix: "Then ", Start: 0, End: 0}}}}},
	}
	first := encode(t, d)
	back, w, err := Decode(bytes.NewReader(first))
	if err != nil || len(w) > 0 {
		t.Fatal(err, w)
	}
	q := back.Events[0].Citations[0].Quote
	if q.Start != 37 || q.End != 45 {
		t.Errorf("quote anchored at %d..%d, want 37..45", q.Start, q.End)
	}
	second := encode(t, back)
	third := encode(t, mustDecode(t, second))
	if !bytes.Equal(second, third) {
		t.Errorf("export → import → export differs:\n%s", firstDiff(third, second))
	}
}

func TestManyProblemsAreAllKept(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"casefile": 1, "case": {"title": "T"}, "events": [`)
	for i := 0; i < 250; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id": "e` + strconv.Itoa(i) + `", "title": "E", "date": "not a date"}`)
	}
	b.WriteString("]}")
	_, _, err := decodeString(t, b.String())
	paths := problemPaths(t, err)
	if len(paths) != 250 || paths[249] != "events[249].date" {
		t.Fatalf("%d problems, last %q", len(paths), paths[len(paths)-1])
	}
	msg := err.Error()
	if !strings.Contains(msg, "(250 problems)") || !strings.Contains(msg, "… and 150 more problems.") || strings.Contains(msg, "events[100].date") {
		t.Errorf("message does not list 100 and count the rest:\n%.300s…", msg)
	}
}

func TestWrongContainerTypes(t *testing.T) {
	_, _, err := decodeString(t, `{"casefile": 1, "case": "Ashraf-3", "events": {"id": "e"}, "people": [[]],
	  "sources": [{"id": "s", "title": "S"}],
	  "annotations": [{"id": "a", "source": "s", "note": "n", "quote": ["x"]}]}`)
	want := []string{"case", "events", "people[0]", "annotations[0].quote"}
	if got := problemPaths(t, err); !reflect.DeepEqual(got, want) {
		t.Errorf("paths %q, want %q", got, want)
	}
}
