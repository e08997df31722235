package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"reflect"
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

func claimCount(d app.CaseData) int {
	n := 0
	for _, f := range d.Figures {
		n += len(f.Claims)
	}
	return n
}

// TestCSVReread reads every table back: one row per item after the header,
// no byte order mark, CRLF line ends.
func TestCSVReread(t *testing.T) {
	for name, d := range fixtures(t) {
		counts := map[string]int{
			"events":        len(d.Events),
			"people":        len(d.People),
			"organizations": len(d.Organizations),
			"relations":     len(d.Relations),
			"claims":        claimCount(d),
			"sources":       len(d.Sources),
		}
		for _, table := range CSVTables {
			b := encodeCSV(t, d, table)
			if bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
				t.Errorf("%s %s: starts with a byte order mark", name, table)
			}
			if !bytes.HasSuffix(b, []byte("\r\n")) || bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) {
				t.Errorf("%s %s: not every line ends with CRLF", name, table)
			}
			rows := readCSV(t, b)
			if got := len(rows) - 1; got != counts[table] {
				t.Errorf("%s %s: %d rows, want %d", name, table, got, counts[table])
			}
			if len(rows) == 0 || rows[0][0] != "id" {
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

// TestCSVQuoting checks that commas, quotes, line breaks and non-ASCII
// letters come back as written.
func TestCSVQuoting(t *testing.T) {
	tricky := "Said \"no\", then\nleft; Çuçi’s ‘office’ = x"
	d := app.CaseData{
		People: []app.Person{{ID: "p,1", Name: tricky, Aliases: []app.Alias{{Name: "a;b"}, {Name: "c"}}, Notes: "\r\nx"}},
	}
	rows := readCSV(t, encodeCSV(t, d, "people"))
	if len(rows) != 2 || rows[1][0] != "p,1" || rows[1][1] != tricky || rows[1][2] != "a;b; c" || rows[1][11] != "\nx" {
		t.Errorf("rows %q", rows)
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
