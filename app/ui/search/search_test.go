package search

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
)

func TestSearchRanksAndFoldsDiacritics(t *testing.T) {
	h, _ := demoHost(t)
	b := findFor(t, h, "cuci")
	if len(b.hits) == 0 {
		t.Fatal("“cuci” finds nothing")
	}
	if h := b.hits[0]; h.Kind != app.KindPerson || h.ID != "p-cuci" || h.Title != "Bledar Çuçi" {
		t.Errorf("first hit for “cuci” = %+v, want Bledar Çuçi", h)
	}
	if hs := shownHeaders(b); len(hs) == 0 || hs[0] != "People" {
		t.Errorf("headers = %v, want People first", hs)
	}

	b = findFor(t, h, "mujahedin")
	if len(b.hits) == 0 || b.hits[0].ID != "o-mek" {
		t.Fatalf("“mujahedin” hits = %v, want the MEK first", b.hits)
	}
	b = findFor(t, h, "PMOI") // an alias only
	if len(b.hits) == 0 || b.hits[0].ID != "o-mek" || b.hits[0].Kind != app.KindOrganization {
		t.Errorf("“PMOI” hits = %v, want the MEK first", b.hits)
	}
	if hs := shownHeaders(b); len(hs) == 0 || hs[0] != "Organizations" {
		t.Errorf("headers = %v, want Organizations first", hs)
	}
}

func TestSearchResultsRenderGrouped(t *testing.T) {
	h, _ := demoHost(t)
	b := findFor(t, h, "albania")
	headers := shownHeaders(b)
	if len(headers) < 2 {
		t.Fatalf("“albania” shows the groups %v, want several", headers)
	}
	seen := map[string]bool{}
	for _, h := range headers {
		if seen[h] {
			t.Errorf("the group %q appears twice in %v", h, headers)
		}
		seen[h] = true
	}
	// Each kind's hits are together, under their header, in the order shown.
	var kinds []app.Kind
	for i, h := range b.hits {
		if i == 0 || h.Kind != b.hits[i-1].Kind {
			kinds = append(kinds, h.Kind)
		}
	}
	if len(kinds) != len(headers) {
		t.Errorf("%d runs of kinds for %d headers", len(kinds), len(headers))
	}
	for i, k := range kinds {
		if i < len(headers) && kindHeader(k) != headers[i] {
			t.Errorf("header %d = %q, want %q", i, headers[i], kindHeader(k))
		}
	}
	// The matched words are bold in the snippet.
	row := b.rows[0]
	var bold []string
	for _, o := range test.LaidOutObjects(row) {
		if rt, ok := o.(*widget.RichText); ok {
			for _, s := range rt.Segments {
				if ts, ok := s.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold {
					bold = append(bold, ts.Text)
				}
			}
		}
	}
	if len(bold) == 0 || !strings.Contains(strings.ToLower(strings.Join(bold, " ")), "alban") {
		t.Errorf("bold segments %v of the first result do not hold the match", bold)
	}
}

func TestSearchEnterDownAndTapOpen(t *testing.T) {
	h, nav := demoHost(t)
	b := findFor(t, h, "cuci")
	b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if v := nav.last(t); v.kind != app.KindPerson || v.id != "p-cuci" {
		t.Fatalf("Enter opened %+v, want Bledar Çuçi", v)
	}
	if h.Window.Canvas().Overlays().Top() != nil {
		t.Error("the Find dialog is still open")
	}

	// Down highlights the second result; a tap opens the row tapped.
	b = findFor(t, h, "mujahedin")
	b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if b.current != 1 {
		t.Errorf("Down highlights %d, want 1", b.current)
	}
	test.Tap(b.rows[0])
	if v := nav.last(t); v.kind != app.KindOrganization || v.id != "o-mek" {
		t.Errorf("tapping the MEK opened %+v", v)
	}
}

func TestSearchSourceTextHitOpensQuote(t *testing.T) {
	h, nav := demoHost(t)
	b := findFor(t, h, "cuci")
	for i, hit := range b.hits {
		if hit.Kind == app.KindSource && hit.Offset >= 0 {
			b.open(i)
			v := nav.last(t)
			if v.source != hit.ID || v.quote == nil || v.quote.Start != hit.Offset || !strings.EqualFold(v.quote.Exact, "çuçi") {
				t.Errorf("the text hit in %s opened %+v, want its words at %d", hit.ID, v, hit.Offset)
			}
			return
		}
	}
	t.Fatal("no hit in a source's text for “cuci”")
}

func TestSnippetSegments(t *testing.T) {
	segs := snippetSegments("Bledar Çuçi said\nno", [][2]int{{7, 13}})
	var texts []string
	for _, s := range segs {
		texts = append(texts, s.(*widget.TextSegment).Text)
	}
	if strings.Join(texts, "|") != "Bledar |Çuçi| said no" {
		t.Errorf("segments = %q", texts)
	}
	// Bad marks are ignored, never a panic.
	if got := snippetSegments("abc", [][2]int{{2, 9}, {-1, 1}, {5, 4}}); len(got) == 0 {
		t.Error("no segments for a snippet with bad marks")
	}
}
