package questions

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/session"
	"casefile/storage"
)

// BenchmarkRedrawAfterRating is what the tab does after one rating of a
// 7 hypotheses × 300 rows matrix changes, once the session has told it:
// score every row again (weights, order, diagnosticity, sensitivity) and
// redraw the matrix, its headers and the line under it. The budget is one
// frame, 16 ms (docs/BENCHMARKS.md). The store's transaction is not in it:
// it is on disk before the tab hears of it.
func BenchmarkRedrawAfterRating(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(theme.DefaultTheme())
	d := app.CaseData{Case: app.Case{Title: "Large"}, Sources: []app.Source{{ID: "s", Title: "S", Reliability: "B"}}}
	q := app.Question{ID: "q", Text: "Which of seven?"}
	for h := 0; h < 7; h++ {
		q.Hypotheses = append(q.Hypotheses, app.Hypothesis{ID: fmt.Sprintf("h%d", h), Text: fmt.Sprintf("Hypothesis %d", h+1)})
	}
	for i := 0; i < 300; i++ {
		d.Annotations = append(d.Annotations, app.Annotation{ID: fmt.Sprintf("n%d", i), Source: "s", Note: fmt.Sprintf("note %d", i)})
		e := app.Evidence{ID: fmt.Sprintf("v%d", i), Item: fmt.Sprintf("n%d", i), Ratings: map[string]app.Rating{}}
		for h := 0; h < 7; h++ {
			e.Ratings[fmt.Sprintf("h%d", h)] = app.Ratings[(i+h*2)%len(app.Ratings)]
		}
		q.Evidence = append(q.Evidence, e)
	}
	d.Questions = []app.Question{q}
	st, err := storage.Opener{}.Create(filepath.Join(b.TempDir(), "big.casefile"), d, false)
	if err != nil {
		b.Fatal(err)
	}
	s, err := session.Open(st)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	w := test.NewTempWindow(b, nil)
	tab := New(s, w, nil)
	w.SetContent(tab.Item().Content)
	w.Resize(fyne.NewSize(1366, 768))
	// A rating changes as the session's change would leave the index: the
	// benchmark flips one cell of the question the tab shows.
	shown := s.Index().Question("q")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		e := &shown.Evidence[i%len(shown.Evidence)]
		if e.Ratings["h3"] == app.RatingInconsistent {
			e.Ratings["h3"] = app.RatingConsistent
		} else {
			e.Ratings["h3"] = app.RatingInconsistent
		}
		i++
		tab.redraw()
	}
}
