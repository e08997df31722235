package briefing

import (
	"bytes"
	"testing"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/assets"
	"casefile/internal/casegen"
)

// demoCase is the project's demo case (assets.DemoCase), which the golden
// model and the text tests print.
func demoCase(t testing.TB) app.CaseData {
	t.Helper()
	d, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatalf("decoding the demo case: %v", err)
	}
	return d
}

// largeCase is the case of BenchmarkRenderLarge: casegen.Large(), 10,000
// events.
func largeCase(t testing.TB) app.CaseData {
	t.Helper()
	return casegen.Large()
}

// paginationCase is a generated case with 1,000 events and one figure of
// 300 claims.
func paginationCase() app.CaseData {
	return casegen.Generate(casegen.Config{Seed: 7, Events: 1000, People: 60, Organizations: 20, Relations: 40,
		Figures: 1, ClaimsPerFigure: 300, Sources: 25, SourceTextBytes: 3000, Citations: 900, Annotations: 30})
}
