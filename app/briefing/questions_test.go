package briefing

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"casefile/app"
)

// TestDemoQuestionsPrinted reads the demo's questions back from the PDF:
// the bottom line's sentence, the section with the judgement in the
// yardstick's words, the legend, the matrix's marks and scores, the most
// diagnostic evidence and the sensitivity line.
func TestDemoQuestionsPrinted(t *testing.T) {
	d := demoCase(t)
	pages := pdfText(t, render(t, d, Options{}))
	norm := strings.Join(strings.Fields(strings.Join(pages, "\n")), " ")
	for _, want := range []string{
		"Disputed questions",
		"Why did the police enter the Ashraf-3 camp on 20 June 2023?",
		"realistic possibility (40–50%), with low confidence.",
		"Judgement: ‘No one died on the day of the raid’: unlikely (25–35%), with low confidence.",
		"Indicators: what would be seen if the judgement were wrong",
		"Marks: ++ very consistent, + consistent, 0 neutral, − inconsistent, −− very inconsistent, n/a not applicable",
		"Against (weighted)",
		"The most diagnostic evidence",
		"Assumption: No account in the case says how the death came about.",
		"non-diagnostic",
	} {
		if !strings.Contains(norm, want) {
			t.Errorf("%q not in the briefing", want)
		}
	}
	// The bottom line comes first and names each question once.
	if i, j := strings.Index(norm, "Bottom line up front"), strings.Index(norm, "Was anyone killed in the raid?"); i < 0 || j < i {
		t.Error("the bottom line does not lead with the questions")
	}
	if strings.Count(norm, "Sensitivity:") != 2 {
		t.Errorf("%d sensitivity lines, want one per question", strings.Count(norm, "Sensitivity:"))
	}
}

// bigQuestion is a case with one question of 7 hypotheses and rows
// evidence rows, rated in a fixed pattern.
func bigQuestion(rows int) app.CaseData {
	d := app.CaseData{Case: app.Case{Title: "Large matrix", Marking: "TEST"}}
	q := app.Question{ID: "q", Text: "Which of seven?"}
	for h := 0; h < 7; h++ {
		q.Hypotheses = append(q.Hypotheses, app.Hypothesis{ID: fmt.Sprintf("h%d", h), Text: fmt.Sprintf("Hypothesis number %d", h+1)})
	}
	for i := 0; i < rows; i++ {
		e := app.Evidence{ID: fmt.Sprintf("v%d", i), Assumption: fmt.Sprintf("Assumption number %d, long enough to wrap once in its cell of the matrix table", i+1), Ratings: map[string]app.Rating{}}
		for h := 0; h < 7; h++ {
			e.Ratings[fmt.Sprintf("h%d", h)] = app.Ratings[(i+h*2)%len(app.Ratings)]
		}
		q.Evidence = append(q.Evidence, e)
	}
	d.Questions = []app.Question{q}
	return d
}

// TestLargeMatrixSplitsAcrossPages prints 7 hypotheses × 300 rows: the
// matrix goes on over pages, each with the header row again.
func TestLargeMatrixSplitsAcrossPages(t *testing.T) {
	pages := pdfText(t, render(t, bigQuestion(300), Options{Sections: []string{"questions"}}))
	withHeader, withRows := 0, 0
	for _, p := range pages {
		p = strings.Join(strings.Fields(p), " ")
		if strings.Contains(p, "Assumption number") {
			withRows++
			if strings.Contains(p, "Evidence") && strings.Contains(p, "H7") && strings.Contains(p, "Weight") {
				withHeader++
			}
		}
	}
	if withRows < 5 || withHeader != withRows {
		t.Errorf("rows on %d pages, a header on %d of them", withRows, withHeader)
	}
	all := strings.Join(strings.Fields(strings.Join(pages, "\n")), " ")
	for _, want := range []string{"E1 ", "E300", "Against (weighted)"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q missing", want)
		}
	}
}

// TestQuestionPagesImage renders the demo's questions section to PNG at 60
// dpi for a look ($BRIEFING_SHOTS keeps them; pdftoppm is required).
func TestQuestionPagesImage(t *testing.T) {
	needPoppler(t, "pdftoppm")
	dir := os.Getenv("BRIEFING_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	pdf := render(t, demoCase(t), Options{Sections: []string{"summary", "questions"}})
	path := filepath.Join(dir, "questions.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "60", path, filepath.Join(dir, "questions")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "questions-*.png"))
	if len(pngs) < 2 {
		t.Errorf("%d pages drawn", len(pngs))
	}
}

// BenchmarkQuestionSection builds and renders the 7 × 300 matrix.
func BenchmarkQuestionSection(b *testing.B) {
	d := bigQuestion(300)
	for b.Loop() {
		doc, err := Build(d, Options{Sections: []string{"questions"}, Printed: printed})
		if err != nil {
			b.Fatal(err)
		}
		if err := Render(doc, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestSensitivityNeverAloneOnAPage prints questions whose sections end at
// every height of a page: the closing sensitivity line always shares its
// page with the evidence above it, never opens a page by itself.
func TestSensitivityNeverAloneOnAPage(t *testing.T) {
	needPoppler(t, "pdftotext")
	for rows := 1; rows <= 28; rows++ {
		for _, long := range []bool{false, true} {
			d := bigQuestion(rows)
			if long {
				d.Questions[0].Text = "Which of seven hypotheses, asked at some length so that its heading takes two lines of the page?"
			}
			for p, page := range pdfText(t, render(t, d, Options{Sections: []string{"questions"}})) {
				body := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(page), "TEST"))
				if strings.HasPrefix(body, "Sensitivity:") {
					t.Errorf("%d rows (long heading %v): page %d opens with the sensitivity line alone", rows, long, p+1)
				}
			}
		}
	}
}
