package kit

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// linksWindow shows l in a test window, so that its rows are laid out and
// drawn like in the case window.
func linksWindow(t testing.TB, l *Links) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("links")
	w.SetContent(l.Object())
	w.Resize(fyne.NewSize(500, 400))
	t.Cleanup(w.Close)
	return w
}

// visibleTexts is the text of every visible label and hyperlink under o,
// in tree order, and whether any hidden one still holds text.
func visibleTexts(o fyne.CanvasObject) (texts []string, staleHidden bool) {
	var walk func(o fyne.CanvasObject, shown bool)
	walk = func(o fyne.CanvasObject, shown bool) {
		shown = shown && o.Visible()
		switch w := o.(type) {
		case *widget.Label:
			if shown {
				texts = append(texts, w.Text)
			} else if w.Text != "" {
				staleHidden = true
			}
		case *widget.Hyperlink:
			if shown {
				texts = append(texts, w.Text)
			} else if w.Text != "" {
				staleHidden = true
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c, shown)
			}
		}
	}
	walk(o, true)
	return texts, staleHidden
}

func TestLinksReuseTheirRows(t *testing.T) {
	var guarded []fyne.Disableable
	l := NewLinks(func(d fyne.Disableable) { guarded = append(guarded, d) })
	linksWindow(t, l)
	var tapped, removed []string
	item := func(name string) LinkItem {
		return LinkItem{Text: name, OnTap: func() { tapped = append(tapped, name) },
			OnRemove: func() { removed = append(removed, name) }}
	}
	l.Set([]LinkItem{item("Amal"), item("Bruno"), {Missing: "(missing source)", Below: "a note"}}, "none", "")
	first := append([]fyne.CanvasObject(nil), l.Object().Objects...)
	if texts, stale := visibleTexts(l.Object()); len(texts) != 4 || texts[0] != "Amal" || texts[2] != "(missing source)" || texts[3] != "a note" || stale {
		t.Fatalf("rows show %q (stale hidden text: %v)", texts, stale)
	}
	if len(guarded) != 3 {
		t.Errorf("%d remove buttons guarded, want 3", len(guarded))
	}

	// Another item with fewer links: the same row widgets, filled again.
	l.Set([]LinkItem{{Text: "Chen", Icon: theme.AccountIcon(), Side: "12 May 2003", OnTap: func() { tapped = append(tapped, "Chen") }}}, "none", "")
	if l.Len() != 1 || l.Object().Objects[0] != first[0] {
		t.Fatalf("the row was not reused: %d rows", l.Len())
	}
	texts, stale := visibleTexts(l.Object())
	if len(texts) != 2 || texts[0] != "Chen" || texts[1] != "12 May 2003" || stale {
		t.Errorf("the reused row shows %q (stale hidden text: %v)", texts, stale)
	}
	tapLink(findLink(t, l, "Chen"))
	if len(tapped) != 1 || tapped[0] != "Chen" {
		t.Errorf("tapping the reused row ran %q, want the new item's handler", tapped)
	}

	// More items again: the first rows come back, one new one is made.
	l.Set([]LinkItem{item("Dara"), item("Emil"), item("Farah"), item("Gil")}, "none", "… and 3 more.")
	objs := l.Object().Objects
	if len(objs) != 5 || objs[0] != first[0] || objs[1] != first[1] || objs[2] != first[2] {
		t.Fatalf("rows not reused in order: %d objects", len(objs))
	}
	if len(guarded) != 4 {
		t.Errorf("%d remove buttons made in all, want 4 (one new row)", len(guarded))
	}
	if texts, _ := visibleTexts(objs[4]); len(texts) != 1 || texts[0] != "… and 3 more." {
		t.Errorf("the last line is %q", texts)
	}

	l.Set(nil, "No source cited yet.", "")
	if texts, _ := visibleTexts(l.Object()); l.Len() != 0 || len(texts) != 1 || texts[0] != "No source cited yet." {
		t.Errorf("an empty section shows %q", texts)
	}
}

func TestLinksFoldLongSections(t *testing.T) {
	l := NewLinks(nil)
	w := linksWindow(t, l)
	items := func(n int) []LinkItem {
		var its []LinkItem
		for i := range n {
			its = append(its, LinkItem{Text: fmt.Sprintf("Event %d", i+1), OnTap: func() {}})
		}
		return its
	}
	lines := func() []string { texts, _ := visibleTexts(l.Object()); return texts }
	last := func() string { ts := lines(); return ts[len(ts)-1] }

	l.SetFolded("s1", items(13), "none", "… and 7 more.")
	if l.Len() != FoldAt || last() != "Show 3 more" {
		t.Fatalf("a folded section of 13 shows %d rows and ends with %q", l.Len(), last())
	}
	tapLink(findLink(t, l, "Show 3 more"))
	if l.Len() != 13 || last() != "… and 7 more." {
		t.Fatalf("unfolded, the section shows %d rows and ends with %q", l.Len(), last())
	}
	if f := w.Canvas().Focused(); f != fyne.Focusable(findLink(t, l, "Event 11")) {
		t.Errorf("after unfolding the focus is on %v, want the first row it added", f)
	}
	// Set again for the same item (after an edit): it stays unfolded.
	l.SetFolded("s1", items(14), "none", "")
	if l.Len() != 14 {
		t.Errorf("the same item set again shows %d rows, want all 14", l.Len())
	}
	// Another item folds again, and so does the first one after it.
	for _, key := range []string{"s2", "s1"} {
		l.SetFolded(key, items(12), "none", "")
		if l.Len() != FoldAt || last() != "Show 2 more" {
			t.Errorf("%s: %d rows, last line %q; want it folded", key, l.Len(), last())
		}
	}
	// A short section has no link, and Set never folds.
	l.SetFolded("s3", items(FoldAt), "none", "")
	if l.Len() != FoldAt || last() != fmt.Sprintf("Event %d", FoldAt) {
		t.Errorf("a section of %d ends with %q", FoldAt, last())
	}
	l.Set(items(12), "none", "")
	if l.Len() != 12 {
		t.Errorf("Set shows %d rows of 12", l.Len())
	}
}

func TestLinksBelowIsALinkOnlyWithAHandler(t *testing.T) {
	l := NewLinks(nil)
	linksWindow(t, l)
	opened := 0
	l.Set([]LinkItem{{Text: "Report", Below: "“raided the camp”", OnBelow: func() { opened++ }}}, "", "")
	tapLink(findLink(t, l, "“raided the camp”"))
	if opened != 1 {
		t.Errorf("the quote link ran %d times", opened)
	}
	l.Set([]LinkItem{{Text: "Report", Below: "only a note"}}, "", "")
	for _, o := range test.LaidOutObjects(l.Object()) {
		if h, ok := o.(*widget.Hyperlink); ok && h.Visible() && h.Text == "only a note" {
			t.Error("a note without a handler is drawn as a link")
		}
	}
}

func findLink(t *testing.T, l *Links, text string) *widget.Hyperlink {
	t.Helper()
	for _, o := range test.LaidOutObjects(l.Object()) {
		if h, ok := o.(*widget.Hyperlink); ok && h.Visible() && h.Text == text {
			return h
		}
	}
	t.Fatalf("no link %q", text)
	return nil
}

// tapLink taps h on its text (a hyperlink ignores taps beside it).
func tapLink(h *widget.Hyperlink) {
	test.TapAt(h, fyne.NewPos(theme.InnerPadding()+2, h.Size().Height/2))
}

// BenchmarkLinksSet fills a links section of 50 rows (as many as a
// source's "Cited by" shows) with one item's links, then another's.
func BenchmarkLinksSet(b *testing.B) {
	l := NewLinks(nil)
	linksWindow(b, l)
	lists := make([][]LinkItem, 2)
	for i := range 50 {
		for j := range lists {
			lists[j] = append(lists[j], LinkItem{Text: fmt.Sprintf("Event %d of list %d, with a name long enough to be cut", i, j),
				OnTap: func() {}, Side: "quoted"})
		}
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		l.Set(lists[n%2], "", "")
	}
}
