package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/ui/questions"
	"casefile/widgets"
)

// These tests make one change by each path a change can take — the
// reading view, Undo, Redo, a merge, an import into the case — and then
// look at every open view: the tab that lists the item, the network, the
// Find dialog, the counts in the status bar and the reading view. Every
// view must be current without anything but the change itself.

// seen reports where the views show actor id (a person or organization
// named name): its tab's list, the network, Find.
type seen struct{ list, network, found bool }

func lookEverywhere(t *testing.T, cw *caseWindow, k app.Kind, id, name string) seen {
	t.Helper()
	var s seen
	s.list = slices.Contains(rowIDs(cw.tabFor(k).Pane()), id)
	cw.selectTab(5)
	for _, n := range networkView(t, cw).Positions() {
		s.network = s.network || n.ID == id
	}
	f := findFor(t, cw, name)
	for _, r := range f.rows {
		s.found = s.found || r.Hit().ID == id
	}
	f.close()
	return s
}

// wantEverywhere fails unless every view shows the actor (or, with
// present false, none does), and the counts agree with the case.
func wantEverywhere(t *testing.T, cw *caseWindow, k app.Kind, id, name string, present bool, after string) {
	t.Helper()
	s := lookEverywhere(t, cw, k, id, name)
	if s.list != present || s.network != present || s.found != present {
		t.Errorf("after %s, %s %q should be shown (%v) in its list %v, the network %v, Find %v",
			after, k, name, present, s.list, s.network, s.found)
	}
	d := cw.idx().Data()
	if want := app.Plural(len(d.People), "person") + " · " + app.Plural(len(d.Organizations), "organization"); !strings.Contains(cw.counts.Text, want) {
		t.Errorf("after %s the status bar counts %q, want %q in it", after, cw.counts.Text, want)
	}
	n, err := storeOf(cw).Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(n.People) != len(d.People) || len(n.Organizations) != len(d.Organizations) {
		t.Errorf("after %s the window holds %d people, %d organizations; the file %d, %d",
			after, len(d.People), len(d.Organizations), len(n.People), len(n.Organizations))
	}
}

func TestEveryViewFollowsTheReadingViewUndoAndRedo(t *testing.T) {
	cw, _ := newTestWindow(t, annotCase())
	a := openSource(t, cw, "s-times")
	from := at(t, annotText, "Gent Hoxha")
	shiftSelect(t, cw, a, from, len("Gent Hoxha"))
	test.Tap(barButton(t, a, "New person"))
	tapOverlay(t, cw, "Save")
	var id string
	for _, p := range cw.idx().Data().People {
		if p.Name == "Gent Hoxha" {
			id = p.ID
		}
	}
	if id == "" {
		t.Fatal("the reading view made no person")
	}
	wantEverywhere(t, cw, app.KindPerson, id, "Hoxha", true, "New person from the text")
	openSource(t, cw, "s-times")
	if _, ok := highlightAt(a, from); !ok {
		t.Error("the reading view does not highlight the quote of the new person")
	}

	cw.Undo() // the person with its citation: one step
	wantEverywhere(t, cw, app.KindPerson, id, "Hoxha", false, "Undo")
	openSource(t, cw, "s-times")
	if h, ok := highlightAt(a, from); ok && h.Kind != widgets.HighlightSuggestion {
		t.Errorf("after Undo the reading view still marks the quote: %+v", h)
	}

	cw.Redo()
	wantEverywhere(t, cw, app.KindPerson, id, "Hoxha", true, "Redo")
}

func TestEveryViewFollowsAMerge(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindPerson, "p-maria")
	wantEverywhere(t, cw, app.KindPerson, "p-maria", "Núñez", true, "opening")
	cw.merger.Merge(app.KindPerson, "p-cuci", "p-maria")
	wantEverywhere(t, cw, app.KindPerson, "p-maria", "Núñez", false, "merging María Núñez into Arben Çuçi")
	if cw.people.Pane().Selected != "p-cuci" {
		t.Errorf("after the merge People shows %q, want the person kept", cw.people.Pane().Selected)
	}
	if names := cw.idx().Person("p-cuci").Aliases; !slices.ContainsFunc(names, func(a app.Alias) bool { return a.Name == "María Núñez" }) {
		t.Errorf("the kept person's aliases = %+v, want the merged name among them", names)
	}
}

func TestEveryViewFollowsAnImportIntoTheCase(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	theirs := sampleCase()
	theirs.Organizations = append(theirs.Organizations, app.Organization{ID: "o-bar", Name: "Tirana Bar Association", Kind: "professional body"})
	theirs.Relations = append(theirs.Relations, app.Relation{ID: "r-bar", From: "p-maria", To: "o-bar", Kind: "member of"})
	theirs.People[1].Role = "lawyer"
	path := filepath.Join(t.TempDir(), "colleague.json")
	writeJSON(t, path, theirs)

	data, note, err := decodeFile(path)
	if err != nil || note != "" {
		t.Fatalf("decodeFile: %v %q", err, note)
	}
	plan, err := cw.s.PlanImport(data, "colleague.json")
	if err != nil {
		t.Fatal(err)
	}
	cw.reviewImport(plan, note)
	labels := strings.Join(overlayLabels(cw), "\n")
	if !strings.Contains(labels, "Tirana Bar Association") || !strings.Contains(labels, "adds 2 items and changes 1 item") {
		t.Errorf("the review does not say what the import does:\n%s", labels)
	}
	tapOverlay(t, cw, "Import")
	var id string
	for _, o := range cw.idx().Data().Organizations {
		if o.Name == "Tirana Bar Association" {
			id = o.ID
		}
	}
	wantEverywhere(t, cw, app.KindOrganization, id, "Tirana", true, "importing colleague.json")
	if role := cw.idx().Person("p-maria").Role; role != "spokesperson" {
		t.Errorf("a change left unticked was taken: role %q", role)
	}
	if got := cw.s.UndoLabel(); !strings.Contains(got, "colleague.json") {
		t.Errorf("Undo names %q, want the import", got)
	}
	cw.Undo()
	wantEverywhere(t, cw, app.KindOrganization, id, "Tirana", false, "undoing the import")
}

func TestImportIntoCaseWithNothingNew(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	plan, err := cw.s.PlanImport(load(t, cw), "copy.json")
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Empty() {
		t.Fatalf("the case against itself plans adds %v, changes %v", plan.Adds, plan.Changes)
	}
}

// writeJSON writes d as Casefile JSON at path.
func writeJSON(t *testing.T, path string, d app.CaseData) {
	t.Helper()
	var b strings.Builder
	if err := exchange.Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEvidenceFromAnItemsForm(t *testing.T) {
	cw := demoWindow(t)
	q := cw.idx().Data().Questions[0]
	before := len(q.Evidence)
	cw.show(app.KindEvent, "e-1970s-killings")
	var b *widget.Button
	for _, o := range test.LaidOutObjects(cw.timeline.Item().Content) {
		if x, ok := asButton(o); ok && x.Text == "Evidence for…" {
			b = x
		}
	}
	if b == nil {
		t.Fatal("the event's form has no Evidence for…")
	}
	test.Tap(b)
	var item *fyne.MenuItem
	for _, it := range questions.EvidenceFor(cw.s, cw.win, questions.AddItem(cw.s, "e-1970s-killings")).ChildMenu.Items {
		if strings.HasPrefix(q.Text, strings.TrimSuffix(it.Label, "…")) {
			item = it
		}
	}
	if item == nil {
		t.Fatal("the menu does not list the question")
	}
	item.Action()
	if n := len(cw.idx().Question(q.ID).Evidence); n != before+1 {
		t.Errorf("the question has %d rows, want %d", n, before+1)
	}
	if !strings.Contains(questions.DeleteNote(cw.idx(), app.KindEvent, "e-1970s-killings"), app.Quoted(q.Text)) {
		t.Errorf("deleting the event would not name the question: %q", questions.DeleteNote(cw.idx(), app.KindEvent, "e-1970s-killings"))
	}
}
