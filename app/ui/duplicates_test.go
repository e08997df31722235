package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"casefile/app"
)

func TestAddDuplicatePersonWarnsAndOpensExisting(t *testing.T) {
	cw := demoWindow(t)
	before := len(load(t, cw).People)
	cw.selectTab(1)
	test.Tap(tabButton(t, cw.people, "Add person"))
	newItem(t, cw, "Bledar Cuci", "")
	if want := "‘Bledar Cuci’ looks like ‘Bledar Çuçi’ (person)"; !slices.ContainsFunc(overlayLabels(cw), func(s string) bool { return strings.Contains(s, want) }) {
		t.Errorf("warning %q, want %q", overlayLabels(cw), want)
	}
	tapOverlay(t, cw, "Open it")
	if cw.people.Pane().Selected != "p-cuci" || cw.tabs.Selected() != cw.people.Item() {
		t.Errorf("Open it selected %q", cw.people.Pane().Selected)
	}
	if n := len(load(t, cw).People); n != before {
		t.Errorf("people = %d, want %d (nothing added)", n, before)
	}

	// Add anyway adds.
	test.Tap(tabButton(t, cw.people, "Add person"))
	newItem(t, cw, "Bledar Cuci", "")
	tapOverlay(t, cw, "Add anyway")
	if n := len(load(t, cw).People); n != before+1 {
		t.Errorf("people after Add anyway = %d, want %d", n, before+1)
	}
	// The new entry's form says it looks like the other one.
	if !dupHint(t, cw).Visible() || !strings.Contains(dupText(t, cw), "Bledar Çuçi") {
		t.Errorf("no inline hint on the new entry: %q", dupText(t, cw))
	}
}

func TestAddOrganizationByAliasWarns(t *testing.T) {
	cw := demoWindow(t)
	cw.selectTab(2)
	test.Tap(tabButton(t, cw.orgs, "Add organization"))
	newItem(t, cw, "PMOI", "")
	tapOverlay(t, cw, "Open it")
	if cw.orgs.Pane().Selected != "o-mek" {
		t.Fatalf("the warning does not point at the MEK: Open it opened %q", cw.orgs.Pane().Selected)
	}
}

func TestRenameWarnsInline(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindPerson, "p-maria")
	if dupHint(t, cw).Visible() {
		t.Fatal("a hint before any duplicate")
	}
	edit(cw, field(t, cw.people, "Name"), "Arben Cuci")
	if !dupHint(t, cw).Visible() || !strings.Contains(dupText(t, cw), "Arben Çuçi") {
		t.Errorf("no inline warning after renaming: %q", dupText(t, cw))
	}
	if d := load(t, cw); d.People[1].Name != "Arben Cuci" {
		t.Errorf("the rename was blocked: %q", d.People[1].Name)
	}
}

// dupText is what the People form's same-name hint says.
func dupText(t testing.TB, cw *caseWindow) string {
	t.Helper()
	return strings.Join(labelsIn(dupHint(t, cw)), " ")
}
