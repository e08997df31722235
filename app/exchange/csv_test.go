package exchange

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"strings"
	"testing"

	"casefile/app"
)

func encodeCSV(t testing.TB, d app.CaseData, table string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeCSV(&buf, d, table); err != nil {
		t.Fatalf("EncodeCSV(%s): %v", table, err)
	}
	return buf.Bytes()
}

// readCSV reads a table back with encoding/csv, which also checks that
// every row has as many fields as the header.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	b = bytes.TrimPrefix(b, []byte(bom))
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v", err)
	}
	return rows
}

func TestCSVGolden(t *testing.T) {
	d := demoCase(t)
	for _, table := range CSVTables {
		golden(t, "ashraf3."+table+".csv", encodeCSV(t, d, table))
	}
}

func aliasCount(d app.CaseData) int {
	n := 0
	for _, p := range d.People {
		n += len(p.Aliases)
	}
	for _, o := range d.Organizations {
		n += len(o.Aliases)
	}
	return n
}

func claimCount(d app.CaseData) int {
	n := 0
	for _, f := range d.Figures {
		n += len(f.Claims)
	}
	return n
}

// TestCSVReread reads every table back: one row per item after the header,
// a byte order mark, CRLF line ends.
func TestCSVReread(t *testing.T) {
	for name, d := range fixtures(t) {
		counts := map[string]int{
			"events":        len(d.Events),
			"people":        len(d.People),
			"organizations": len(d.Organizations),
			"aliases":       aliasCount(d),
			"relations":     len(d.Relations),
			"claims":        claimCount(d),
			"sources":       len(d.Sources),
		}
		for _, table := range CSVTables {
			b := encodeCSV(t, d, table)
			if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
				t.Errorf("%s %s: does not start with a byte order mark", name, table)
			}
			if !bytes.HasSuffix(b, []byte("\r\n")) || bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) {
				t.Errorf("%s %s: not every line ends with CRLF", name, table)
			}
			rows := readCSV(t, b)
			if got := len(rows) - 1; got != counts[table] {
				t.Errorf("%s %s: %d rows, want %d", name, table, got, counts[table])
			}
			if len(rows) == 0 || !strings.HasSuffix(rows[0][0], "id") {
				t.Errorf("%s %s: header %q", name, table, rows[0])
			}
		}
	}
}

// TestCSVDemo checks some cells of the demo case's tables.
func TestCSVDemo(t *testing.T) {
	d := demoCase(t)
	cell := func(table, id, column string) string {
		t.Helper()
		rows := readCSV(t, encodeCSV(t, d, table))
		col := -1
		for i, h := range rows[0] {
			if h == column {
				col = i
			}
		}
		if col < 0 {
			t.Fatalf("%s has no column %s", table, column)
		}
		for _, r := range rows[1:] {
			if r[0] == id {
				return r[col]
			}
		}
		t.Fatalf("%s has no row %s", table, id)
		return ""
	}
	for _, tc := range []struct{ table, id, column, want string }{
		{"events", "e-1980s-evasion", "date", "1980/1983"},
		{"events", "e-1980s-evasion", "date_text", "early 1980s"},
		{"events", "e-1980s-evasion", "date_human", "early 1980s"},
		{"events", "e-1980s-evasion", "earliest", "1980-01-01"},
		{"events", "e-1980s-evasion", "latest", "1983-12-31"},
		{"events", "e-2023-raid", "key", "true"},
		{"events", "e-2023-raid", "participants", "Albanian State Police; Special Prosecution against Corruption and Organized Crime; Mujahedin-e Khalq"},
		{"events", "e-2023-raid", "participant_ids", "o-police; o-spak; o-mek"},
		{"events", "e-2022-cyberattack", "date_human", "July 2022"},
		{"people", "p-cuci", "aliases", "Bledar Cuci"},
		{"people", "p-mostashari", "died_human", "20 June 2023 (uncertain)"},
		{"organizations", "o-mek", "aliases", "MEK; PMOI; MKO; Mujahedeen-e-Khalq"},
		{"relations", "r-state-mek", "start_human", "before 2009"},
		{"relations", "r-state-mek", "from", "US Department of State"},
		{"claims", "c-residents-fox", "low", "3000"},
		{"claims", "c-residents-fox", "high", ""},
		{"claims", "c-residents-fox", "amount", "at least 3,000"},
		{"claims", "c-injured-ncri", "grade", "D4"},
		{"claims", "c-injured-ncri", "claimant", "National Council of Resistance of Iran"},
		{"claims", "c-injured-ncri", "figure", "People injured in the raid"},
		{"claims", "c-injured-ncri", "source", "NCRI statement on the raid (as reported by Fox News Digital)"},
		{"claims", "c-injured-local", "claimant", ""},
		{"claims", "c-residents-euronews", "as_of_human", "since 2014"},
		{"sources", "src-fox", "published_human", "20–21 June 2023"},
		{"sources", "src-euronews", "published_text", "date not given in the citing article"},
		{"sources", "src-euronews", "published_human", ""},
		{"events", "e-2023-raid", "source_ids", "src-summary; src-adn; src-fox"},
	} {
		if got := cell(tc.table, tc.id, tc.column); got != tc.want {
			t.Errorf("%s %s %s = %q, want %q", tc.table, tc.id, tc.column, got, tc.want)
		}
	}
	rows := readCSV(t, encodeCSV(t, d, "events"))
	for i := 2; i < len(rows); i++ {
		if rows[i][4] < rows[i-1][4] { // earliest
			t.Errorf("events are not in date order: %s (%s) after %s (%s)", rows[i][0], rows[i][4], rows[i-1][0], rows[i-1][4])
		}
	}
}

// pythonCSV reads a CSV file with Python's csv module (utf-8-sig, as a
// spreadsheet's importer reads it, newline="" so that line breaks inside
// cells come back exactly).
func pythonCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3 is needed to read the CSV back")
		}
		t.Skip("python3 not installed")
	}
	script := `import csv, io, json, sys
text = sys.stdin.buffer.read().decode("utf-8-sig")
json.dump(list(csv.reader(io.StringIO(text, newline=""), strict=True)), sys.stdout)`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python csv: %v", err)
	}
	var rows [][]string
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

// trickyCase has, in every text field the CSV tables write, commas,
// quotes, LF, CRLF, a lone CR, non-ASCII letters and formula starts.
func trickyCase() app.CaseData {
	v := func(s string) string { return s + " Said \"no\", then\nleft;\r\nÇuçi’s\roffice" }
	low := -3.5
	return app.CaseData{
		Sources: []app.Source{{ID: "s1", Title: v("=HYPERLINK(\"x\")"), Publisher: v("+p"), Author: v("@a"), URL: "https://example.org/a,b"}},
		People: []app.Person{{ID: "p1", Name: v("-n"), Role: v("\tr"), Nationality: "Iranian", Notes: v("\rnote"),
			Aliases: []app.Alias{{Name: "a;b", Note: v("=1+1")}, {Name: "c"}}}},
		Organizations: []app.Organization{{ID: "o1", Name: v("o"), Kind: v("k"), Country: "Albania", Notes: v("n"),
			Aliases: []app.Alias{{Name: "MEK", Note: "used, often"}}}},
		Relations: []app.Relation{{ID: "r1", From: "p1", To: "o1", Kind: v("member of")}},
		Events:    []app.Event{{ID: "e1", Title: v("t"), Description: v("d"), Place: v("pl"), Date: app.Date{EDTF: "2023-06-20"}, Participants: []string{"p1"}}},
		Figures: []app.Figure{{ID: "f1", Question: v("q"), Unit: "people", Claims: []app.Claim{
			{ID: "c1", Source: "s1", Claimant: "o1", Text: v("some"), Low: &low, Qualifier: app.QualAtLeast, Note: v("cn")}}}},
	}
}

// TestCSVEveryCell reads every table of trickyCase back with Python's csv
// module and compares the text cells with the case, byte for byte.
func TestCSVEveryCell(t *testing.T) {
	d := trickyCase()
	p, o, s, r, e, c := d.People[0], d.Organizations[0], d.Sources[0], d.Relations[0], d.Events[0], d.Figures[0].Claims[0]
	want := map[string][]map[string]string{
		"events":        {{"id": e.ID, "title": e.Title, "description": e.Description, "place": e.Place, "participants": p.Name, "participant_ids": "p1", "date": "2023-06-20"}},
		"people":        {{"id": p.ID, "name": p.Name, "role": p.Role, "nationality": p.Nationality, "notes": p.Notes, "aliases": "a;b; c"}},
		"organizations": {{"id": o.ID, "name": o.Name, "kind": o.Kind, "country": o.Country, "notes": o.Notes, "aliases": "MEK"}},
		"aliases": {
			{"owner_id": "p1", "owner_kind": "person", "owner": p.Name, "alias": "a;b", "note": p.Aliases[0].Note},
			{"owner_id": "p1", "owner_kind": "person", "owner": p.Name, "alias": "c", "note": ""},
			{"owner_id": "o1", "owner_kind": "organization", "owner": o.Name, "alias": "MEK", "note": "used, often"}},
		"relations": {{"id": r.ID, "from_id": "p1", "from": p.Name, "kind": r.Kind, "to_id": "o1", "to": o.Name}},
		"claims":    {{"id": c.ID, "figure_id": "f1", "figure": d.Figures[0].Question, "source": s.Title, "claimant": o.Name, "phrase": c.Text, "low": "-3.5", "note": c.Note}},
		"sources":   {{"id": s.ID, "title": s.Title, "publisher": s.Publisher, "author": s.Author, "url": s.URL}},
	}
	for _, table := range CSVTables {
		var buf bytes.Buffer
		if err := (CSVOptions{Raw: true}).Encode(&buf, d, table); err != nil {
			t.Fatal(err)
		}
		rows := pythonCSV(t, buf.Bytes())
		if len(rows)-1 != len(want[table]) {
			t.Fatalf("%s: %d rows, want %d", table, len(rows)-1, len(want[table]))
		}
		for i, cells := range want[table] {
			for col, v := range cells {
				j := slices.Index(rows[0], col)
				if j < 0 {
					t.Fatalf("%s has no column %s", table, col)
				}
				if got := rows[i+1][j]; got != v {
					t.Errorf("%s row %d %s = %q, want %q", table, i+1, col, got, v)
				}
			}
		}
	}
}

// TestCSVNeutralise checks the cells a spreadsheet would run as formulas,
// and that --raw-style output and no BOM are there when asked for.
func TestCSVNeutralise(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(1)": "'=HYPERLINK(1)", "+1+2": "'+1+2", "-2+3": "'-2+3", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "\rx": "'\rx", "-3": "-3", "+4.5": "+4.5", "-": "'-", "-0044-03-15": "'-0044-03-15",
		"a=b": "a=b", "": "", " =x": " =x",
	} {
		if got := neutralise(in); got != want {
			t.Errorf("neutralise(%q) = %q, want %q", in, got, want)
		}
	}
	d := trickyCase()
	var buf bytes.Buffer
	if err := EncodeCSV(&buf, d, "sources"); err != nil {
		t.Fatal(err)
	}
	rows := pythonCSV(t, buf.Bytes())
	if got := rows[1][1]; got != "'"+d.Sources[0].Title {
		t.Errorf("title %q is not neutralised", got)
	}
	buf.Reset()
	if err := (CSVOptions{NoBOM: true}).Encode(&buf, d, "sources"); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("id,title,")) {
		t.Errorf("NoBOM output starts %q", buf.Bytes()[:10])
	}
}

func TestCSVErrors(t *testing.T) {
	var buf bytes.Buffer
	err := EncodeCSV(&buf, demoCase(t), "figures")
	var ae *app.Error
	if !errors.As(err, &ae) || ae.Code != app.EINVALID || buf.Len() != 0 {
		t.Errorf("unknown table: %v, %d bytes", err, buf.Len())
	}
	inf := math.Inf(1)
	d := app.CaseData{
		Sources: []app.Source{{ID: "s", Title: "S"}},
		Figures: []app.Figure{{ID: "f", Question: "Q", Claims: []app.Claim{{ID: "c", Source: "s", Text: "x", Low: &inf}}}},
	}
	if err := EncodeCSV(&buf, d, "claims"); err == nil || buf.Len() != 0 {
		t.Errorf("infinite number: %v, %d bytes", err, buf.Len())
	}
	if rows := readCSV(t, encodeCSV(t, d, "sources")); !reflect.DeepEqual(rows[1][:2], []string{"s", "S"}) {
		t.Errorf("sources %q", rows)
	}
}
