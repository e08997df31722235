package itemedit

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
)

// openRelation opens the editor of relation id in list l.
func openRelation(t *testing.T, l *RelationList, id string) *relationEditor {
	t.Helper()
	w := l.row(id)
	if w == nil {
		t.Fatalf("relation %s is not listed for %s", id, l.actor)
	}
	test.Tap(w.editBtn)
	if w.ed == nil {
		t.Fatalf("the editor of %s did not open", id)
	}
	return w.ed
}

func TestRelationShowsOnBothEndsWordedFromEach(t *testing.T) {
	b := newBench(t, sampleCase())
	b.people.Show("p-cuci")
	pr := b.people
	if findHyperlink(pr.box, "National Police") == nil || !slices.Contains(labelsIn(pr.box), "member of") {
		t.Errorf("on the person: links %v", labelsIn(pr.box))
	}
	b.orgs.Show("o-police")
	or := b.orgs
	if findHyperlink(or.box, "Arben Çuçi") == nil || !slices.Contains(labelsIn(or.box), "member of this organization") {
		t.Errorf("on the organization: %v", labelsIn(or.box))
	}
	// Both organizations of an organization–organization relation list it.
	if findHyperlink(or.box, "Ministry of the Interior") == nil || !slices.Contains(labelsIn(or.box), "part of") {
		t.Errorf("o-police lacks its relation to the ministry: %v", labelsIn(or.box))
	}

	// An edit on one end shows on the other at once.
	ed := openRelation(t, or, "r-1")
	ed.kind.SetText("spokesperson for")
	b.h.Saver.Flush()
	if !slices.Contains(labelsIn(pr.box), "spokesperson for") {
		t.Errorf("the person's side still says %v", labelsIn(pr.box))
	}
	if !slices.Contains(labelsIn(or.box), "spokesperson for this organization") {
		t.Errorf("the organization's side says %v", labelsIn(or.box))
	}
}

func TestRelationKindsOfferCommonOnesAndFreeText(t *testing.T) {
	for _, k := range []string{"member of", "leads", "spokesperson for", "political arm of", "part of", "opposes"} {
		if !slices.Contains(relationKinds, k) {
			t.Errorf("%q is not offered", k)
		}
	}
	b := newBench(t, sampleCase())
	b.people.Show("p-cuci")
	ed := openRelation(t, b.people, "r-1")
	c := b.win.Canvas()
	c.Focus(ed.kind)
	ed.kind.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(ed.kind, "informant for")
	c.Unfocus() // leaving the field saves
	if r, _ := b.st.Relation("r-1"); r.Kind != "informant for" {
		t.Errorf("kind = %q", r.Kind)
	}
	// An empty kind is refused beside the field.
	ed.kind.SetText("")
	b.h.Saver.Flush()
	if r, _ := b.st.Relation("r-1"); r.Kind != "informant for" {
		t.Errorf("an empty kind was saved: %q", r.Kind)
	}
	if ed.form.ErrorText("kind") == "" {
		t.Error("no message beside the empty kind")
	}
}

func TestRelationDatesEditedInPlace(t *testing.T) {
	b := newBench(t, sampleCase())
	b.people.Show("p-cuci")
	l := b.people
	ed := openRelation(t, l, "r-1")
	if ed.start.Caption() != "No date" {
		t.Errorf("start caption = %q", ed.start.Caption())
	}
	b.editDate(ed.start, "early 1980s")
	if c := ed.start.Caption(); !strings.Contains(c, "1980") {
		t.Errorf("start caption = %q", c)
	}
	r, _ := b.st.Relation("r-1")
	if r.Start != (app.Date{EDTF: "1980/1983", Phrase: "early 1980s"}) || !r.End.IsZero() {
		t.Errorf("after editing the start, relation = %+v", r)
	}
	// The sentence says the span.
	if !slices.ContainsFunc(labelsIn(l.box), func(s string) bool { return strings.Contains(s, "from early 1980s") }) {
		t.Errorf("row = %v", labelsIn(l.box))
	}

	// A pause in typing saves too (the test's saver saves on flush only).
	b.win.Canvas().Focus(ed.end.FocusTarget())
	test.Type(ed.end.FocusTarget(), "2003")
	if !b.h.Saver.Pending() {
		t.Fatal("typing a date left nothing to save")
	}
	b.h.Saver.Flush()
	b.win.Canvas().Unfocus()
	if r, _ := b.st.Relation("r-1"); r.End != (app.Date{EDTF: "2003"}) {
		t.Errorf("end = %+v", r.End)
	}

	// A date that does not read saves nothing, not even the kind typed
	// with it, and says why beside the field.
	ed.kind.SetText("leads")
	b.editDate(ed.end, "the twelfth of Neverember")
	if r, _ := b.st.Relation("r-1"); r.End != (app.Date{EDTF: "2003"}) || r.Kind != "member of" {
		t.Errorf("an invalid date was saved: %+v", r)
	}
	if msg := ed.form.ErrorText("end"); !strings.Contains(msg, "Neverember") {
		t.Errorf("message beside the end = %q", msg)
	}
	if !strings.HasPrefix(b.bar.text, "Not saved") {
		t.Errorf("status = %q", b.bar.text)
	}
	// Corrected, it saves and the message goes.
	b.editDate(ed.end, "June 2003")
	if r, _ := b.st.Relation("r-1"); r.End != (app.Date{EDTF: "2003-06", Phrase: "June 2003"}) || r.Kind != "leads" {
		t.Errorf("after correcting, relation = %+v", r)
	}
	if msg := ed.form.ErrorText("end"); msg != "" {
		t.Errorf("the message stays: %q", msg)
	}
	got := b.reopen(t)
	for _, r := range got.Relations {
		if r.ID == "r-1" && r.Start.Phrase != "early 1980s" {
			t.Errorf("the file holds %+v", r)
		}
	}
}

func TestRelationSwapDirectionAndUndo(t *testing.T) {
	b := newBench(t, sampleCase())
	b.orgs.Show("o-police")
	l := b.orgs
	test.Tap(l.row("r-1").swapBtn)
	r, _ := b.st.Relation("r-1")
	if r.From != "o-police" || r.To != "p-cuci" || r.Kind != "member of" {
		t.Fatalf("after swapping, relation = %+v", r)
	}
	// The organization is now the first party.
	if !slices.Contains(labelsIn(l.box), "member of") || findHyperlink(l.box, "Arben Çuçi") == nil {
		t.Errorf("after swapping the row says %v", labelsIn(l.box))
	}
	b.h.History.Undo()
	if r, _ := b.st.Relation("r-1"); r.From != "p-cuci" || r.To != "o-police" {
		t.Errorf("after Undo, relation = %+v", r)
	}
	b.h.History.Redo()
	if r, _ := b.st.Relation("r-1"); r.From != "o-police" {
		t.Errorf("after Redo, relation = %+v", r)
	}
}

func TestRelationCitationsAddedAndRemoved(t *testing.T) {
	b := newBench(t, sampleCase())
	b.people.Show("p-cuci")
	l := b.people
	w := l.row("r-1")
	test.Tap(w.citeBtn) // the source count opens the editor too
	if w.ed == nil {
		t.Fatal("the cite button did not open the editor")
	}
	test.Tap(w.ed.cites.addBtn)
	b.pickFirst(t, "police raid camp")
	cs, _ := b.st.Citations("r-1")
	if len(cs) != 1 || cs[0].Source != "s-times" {
		t.Fatalf("citations = %+v", cs)
	}
	if w.citeBtn.Text != "1" {
		t.Errorf("cite button = %q", w.citeBtn.Text)
	}
	if findHyperlink(w.ed.cites.box, "Police raid camp at dawn") == nil {
		t.Error("the cited source is not linked")
	}
	// × removes it.
	var del *widget.Button
	for _, x := range test.LaidOutObjects(w.ed.cites.box) {
		if b, ok := asButton(x); ok && b.Text == "" {
			del = b
		}
	}
	if del == nil {
		t.Fatal("no remove button on the citation")
	}
	test.Tap(del)
	if cs, _ := b.st.Citations("r-1"); len(cs) != 0 {
		t.Errorf("after removing, citations = %+v", cs)
	}
	if w.citeBtn.Text != "cite" {
		t.Errorf("cite button = %q", w.citeBtn.Text)
	}
}

func TestRelationDeleteAsksFirst(t *testing.T) {
	b := newBench(t, sampleCase())
	b.orgs.Show("o-ministry")
	l := b.orgs
	del := l.row("r-2").delBtn
	test.Tap(del)
	msg := strings.Join(b.overlayLabels(), "\n")
	if !strings.Contains(msg, "“National Police part of Ministry of the Interior”") {
		t.Errorf("confirmation = %q", msg)
	}
	b.tapOverlay(t, "Keep")
	if _, err := b.st.Relation("r-2"); err != nil {
		t.Fatal("Keep deleted the relation")
	}
	test.Tap(del)
	b.tapOverlay(t, "Delete")
	if _, err := b.st.Relation("r-2"); err == nil {
		t.Fatal("the relation was not deleted")
	}
	if l.row("r-2") != nil {
		t.Error("the deleted relation is still listed")
	}
	b.h.History.Undo()
	if _, err := b.st.Relation("r-2"); err != nil {
		t.Errorf("after Undo: %v", err)
	}
}

// TestRelationSentenceFollowsTheKind: the New relation dialog reads the
// relation as a sentence that follows the kind as it is typed; a kind with
// a complement reads naturally from both ends, and the editor's row
// follows the typing too.
func TestRelationSentenceFollowsTheKind(t *testing.T) {
	b := newBench(t, sampleCase())
	b.orgs.Show("o-ministry")
	test.Tap(b.orgs.addBtn)
	b.pickFirst(t, "national police")
	kind := b.findKindField()
	if kind == nil {
		t.Fatal("no kind field")
	}
	if labels := b.overlayLabels(); !slices.Contains(labels, "Ministry of the Interior … National Police") {
		t.Errorf("before a kind the dialog says %q", labels)
	}
	test.Type(kind, "designated as a terrorist organization")
	if labels := b.overlayLabels(); !slices.Contains(labels, "Ministry of the Interior designated National Police as a terrorist organization") {
		t.Errorf("after typing the kind the dialog says %q", labels)
	}
	press(kind, fyne.KeyReturn)
	b.noDialog(t, "Enter")

	// From the second party's end.
	b.orgs.Show("o-police")
	if !slices.Contains(labelsIn(b.orgs.box), "designated this organization as a terrorist organization") {
		t.Errorf("on the second party: %q", labelsIn(b.orgs.box))
	}
	// From the first party's: the link between "designated" and the rest.
	b.orgs.Show("o-ministry")
	if l := labelsIn(b.orgs.box); !slices.Contains(l, "designated") || !slices.Contains(l, "as a terrorist organization") {
		t.Errorf("on the first party: %q", l)
	}

	// The editor's row follows the kind as it is typed, before it is saved.
	b.orgs.Show("o-police")
	ed := openRelation(t, b.orgs, "r-1")
	ed.kind.SetText("commander of")
	if !slices.Contains(labelsIn(b.orgs.box), "commander of this organization") {
		t.Errorf("while typing the kind the row says %q", labelsIn(b.orgs.box))
	}
}

// TestRelationEditedInPlaceRemovedAndUndone: a relation's editor opens
// under its row and saves the kind typed; removing it deletes it, and
// Undo brings it back as it was edited.
func TestRelationEditedInPlaceRemovedAndUndone(t *testing.T) {
	b := newBench(t, sampleCase())
	b.orgs.Show("o-police")
	b.orgs.onEdit(relationsOf(t, b, "o-police")[1])
	b.orgs.editor("r-2").kind.SetText("department of") // edited in place
	b.h.Saver.Flush()
	if r, _ := b.st.Relation("r-2"); r.Kind != "department of" {
		t.Errorf("edited relation = %+v", r)
	}
	b.orgs.onRemove(app.Relation{ID: "r-2"})
	if _, err := b.st.Relation("r-2"); err == nil {
		t.Error("the relation was not removed")
	}
	b.h.History.Undo()
	if r, err := b.st.Relation("r-2"); err != nil || r.Kind != "department of" {
		t.Errorf("after Undo: %+v, %v", r, err)
	}
}

// relationsOf lists the relations of item id in the case file.
func relationsOf(t *testing.T, b *bench, id string) []app.Relation {
	t.Helper()
	d, err := b.h.Session.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var out []app.Relation
	for _, r := range d.Relations {
		if r.From == id || r.To == id {
			out = append(out, r)
		}
	}
	return out
}

// TestRelationRowsAreReused: the next item's relations fill the rows made
// for the last one, worded and linked for the new item.
func TestRelationRowsAreReused(t *testing.T) {
	b := newBench(t, sampleCase())
	or := b.orgs
	or.Show("o-police")
	if len(or.rows) != 2 {
		t.Fatalf("o-police lists %d relations, want 2", len(or.rows))
	}
	made := map[*relationRow]bool{or.rows[0]: true, or.rows[1]: true}
	or.Show("o-ministry")
	if len(or.rows) != 1 || !made[or.rows[0]] {
		t.Fatalf("o-ministry: %d rows, reused %v", len(or.rows), len(or.rows) == 1 && made[or.rows[0]])
	}
	if findHyperlink(or.box, "National Police") == nil || findHyperlink(or.box, "Arben Çuçi") != nil ||
		!slices.Contains(labelsIn(or.box), "part of this organization") {
		t.Errorf("o-ministry shows %v", labelsIn(or.box))
	}
	findHyperlink(or.box, "National Police").OnTapped() // what a click on its text runs
	if b.nav.kind != app.KindOrganization || b.nav.id != "o-police" {
		t.Errorf("the reused link went to %s %q, want the organization o-police", b.nav.kind, b.nav.id)
	}
}
