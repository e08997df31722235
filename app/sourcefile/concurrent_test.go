package sourcefile

import (
	"context"
	"os"
	"sync"
	"testing"
)

// TestConcurrentReads: the window reads files off its UI goroutine, maybe
// two at once; PDFs take turns in the one engine, the rest run side by
// side, and each gives what it gives alone.
func TestConcurrentReads(t *testing.T) {
	files := []string{"report-1col.pdf", "report-2col.pdf", "report.docx", "report.odt", "forward.eml"}
	want := map[string]string{}
	for _, f := range files {
		want[f] = readTestdata(t, f, Options{}).Text
	}
	var wg sync.WaitGroup
	for range 2 {
		for _, f := range files {
			wg.Add(1)
			go func() {
				defer wg.Done()
				raw, err := os.ReadFile("testdata/" + f)
				if err != nil {
					t.Error(err)
					return
				}
				doc, err := Read(context.Background(), f, raw, Options{})
				if err != nil || doc.Text != want[f] {
					t.Errorf("%s read at the same time as others: %v", f, err)
				}
			}()
		}
	}
	wg.Wait()
}
