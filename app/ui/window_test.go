package ui

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/ui/kit"
	"casefile/app/ui/uitest"
)

func TestWindowTitleAndTabs(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	if got, want := cw.win.Title(), "Raid on the camp — Casefile"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	var names []string
	for _, it := range cw.tabs.Items {
		names = append(names, it.Text)
	}
	want := []string{"Timeline", "People", "Organizations", "Disputed figures", "Sources", "Network", "Questions"}
	if !slices.Equal(names, want) {
		t.Errorf("tabs = %v, want %v", names, want)
	}
	if cw.status.Text != "All changes saved" {
		t.Errorf("status = %q", cw.status.Text)
	}
	if cw.banner != nil {
		t.Error("a writable case shows the read-only banner")
	}
}

func TestWindowFitsSmallLaptop(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	for i := range cw.all {
		cw.selectTab(i)
		cw.show(cw.all[i].Kind(), cw.all[i].Pane().Rows[0].ID)
		min := cw.win.Content().MinSize()
		if min.Width > minWindowSize.Width || min.Height > minWindowSize.Height {
			t.Errorf("tab %s needs %v, more than %v", cw.tabs.Items[i].Text, min, minWindowSize)
		}
	}
}

func TestTimelineInDateOrder(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	got := rowIDs(cw.timeline.Pane())
	want := []string{"e-founding", "e-raid", "e-statement"}
	if !slices.Equal(got, want) {
		t.Errorf("timeline order = %v, want %v", got, want)
	}
	cw.timeline.Pane().SortSel.SetSelectedIndex(1) // newest first
	if got := rowIDs(cw.timeline.Pane()); !slices.Equal(got, []string{"e-statement", "e-raid", "e-founding"}) {
		t.Errorf("newest first = %v", got)
	}
}

func TestFilterIgnoresCaseAndDiacriticsAndMatchesAliases(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	p := cw.people.Pane()
	for _, tc := range []struct {
		filter string
		want   []string
	}{
		{"cuci", []string{"p-cuci"}},
		{"ÇUÇI", []string{"p-cuci"}},
		{"colonel", []string{"p-cuci"}}, // an alias
		{"nunez", []string{"p-maria"}},
		{"maria spokes", []string{"p-maria"}}, // every word must match
		{"", []string{"p-cuci", "p-maria"}},
		{"nobody", nil},
	} {
		test.Type(p.Filter, "")
		p.Filter.SetText(tc.filter)
		if got := rowIDs(p); !slices.Equal(got, tc.want) {
			t.Errorf("filter %q shows %v, want %v", tc.filter, got, tc.want)
		}
	}
	cw.orgs.Pane().Filter.SetText("pn")
	if got := rowIDs(cw.orgs.Pane()); !slices.Equal(got, []string{"o-police"}) {
		t.Errorf("org alias filter shows %v", got)
	}
}

func TestFindFocusesFilter(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.selectTab(2)
	cw.focusFilter()
	if cw.win.Canvas().Focused() != cw.orgs.Pane().Filter {
		t.Error("Find did not focus the Organizations filter")
	}
}

func TestEventCreateEditDeleteUndo(t *testing.T) {
	cw, path := newTestWindow(t, sampleCase())
	tl := cw.timeline

	// Add: the dialog asks for the title and date.
	test.Tap(tabButton(t, tl, "Add event"))
	newItem(t, cw, "Protest outside the ministry", "early June 2023")
	d := load(t, cw)
	if len(d.Events) != 4 {
		t.Fatalf("events after Add = %d, want 4", len(d.Events))
	}
	added := d.Events[3]
	if added.Title != "Protest outside the ministry" || added.Date.Phrase != "early June 2023" || added.Date.EDTF == "" {
		t.Errorf("added event = %+v", added)
	}
	if tl.Pane().Selected != added.ID || field(t, tl, "Title").Text != added.Title {
		t.Errorf("the new event is not selected and shown")
	}

	// Edit: typing then leaving the field saves; the status bar says so.
	edit(cw, field(t, tl, "Place"), "Tirana")
	edit(cw, field(t, tl, "Description"), "Several hundred people gathered.")
	if e, _ := storeOf(cw).Event(added.ID); e.Place != "Tirana" || e.Description != "Several hundred people gathered." {
		t.Errorf("after editing, the case holds %+v", e)
	}
	if !strings.HasPrefix(cw.status.Text, "All changes saved at ") {
		t.Errorf("status = %q", cw.status.Text)
	}
	// The Key checkbox saves at once.
	// Tapped in the middle of its row: Fyne's check takes a tap only
	// within its own height, centred in a row that may be taller.
	key := tabCheck(t, tl, "Key event (leads the briefing)")
	test.TapAt(key, fyne.NewPos(key.MinSize().Height/2, key.Size().Height/2))
	if e, _ := storeOf(cw).Event(added.ID); !e.Key {
		t.Error("ticking Key event did not save")
	}

	// Invalid input: an impossible date shows beside the field and saves nothing.
	editDate(cw, dateField(t, tl, "Date"), "30 February 2023")
	if msg := fieldError(t, tl, "Date"); msg == "" {
		t.Error("an impossible date shows no inline error")
	}
	if e, _ := storeOf(cw).Event(added.ID); e.Date.Phrase != "early June 2023" {
		t.Errorf("an invalid date was saved: %+v", e.Date)
	}
	// An empty title too.
	editDate(cw, dateField(t, tl, "Date"), "2023-06-05")
	edit(cw, field(t, tl, "Title"), "")
	if msg := fieldError(t, tl, "Title"); !strings.Contains(msg, "required") {
		t.Errorf("empty title error = %q", msg)
	}
	if e, _ := storeOf(cw).Event(added.ID); e.Title != "Protest outside the ministry" || e.Date.EDTF != "2023-06-05" {
		t.Errorf("after an invalid title, the case holds %+v", e)
	}
	edit(cw, field(t, tl, "Title"), "Protest in Tirana")
	if fieldError(t, tl, "Title") != "" {
		t.Error("the inline error stays after the title was fixed")
	}

	// Delete asks first, naming the event.
	cw.show(app.KindEvent, "e-raid")
	test.Tap(tabButton(t, tl, "Delete"))
	msg := strings.Join(overlayLabels(cw), "\n")
	if !strings.Contains(msg, "Police raid on the camp") || !strings.Contains(msg, "1 citation") {
		t.Errorf("delete confirmation says %q", msg)
	}
	tapOverlay(t, cw, "Delete")
	if _, err := storeOf(cw).Event("e-raid"); app.ErrorCode(err) != app.ENOTFOUND {
		t.Errorf("after Delete, Event = %v", err)
	}
	if slices.Contains(rowIDs(tl.Pane()), "e-raid") {
		t.Error("the deleted event is still listed")
	}
	if f, _ := storeOf(cw).Figure("f-injured"); f.Event != "" {
		t.Error("the figure still names the deleted event")
	}

	// Undo names the deletion, restores it and selects it.
	if got := cw.undoItem.Label; got != "Undo delete event ‘Police raid on the camp’" {
		t.Errorf("Undo menu item = %q", got)
	}
	cw.Undo()
	if _, err := storeOf(cw).Event("e-raid"); err != nil {
		t.Errorf("after Undo, Event = %v", err)
	}
	if tl.Pane().Selected != "e-raid" || cw.tabs.SelectedIndex() != 0 {
		t.Errorf("after Undo, selected %q on tab %d", tl.Pane().Selected, cw.tabs.SelectedIndex())
	}
	if findHyperlink(sectionBody(t, tl, "Participants"), "Arben Çuçi") == nil {
		t.Error("undo did not restore the participants")
	}
	if cw.redoItem.Disabled {
		t.Error("Redo is disabled after Undo")
	}
	cw.Redo()
	if _, err := storeOf(cw).Event("e-raid"); err == nil {
		t.Error("Redo did not delete again")
	}
	cw.Undo()

	got := reopen(t, cw, path)
	if len(got.Events) != 4 {
		t.Errorf("the file holds %d events, want 4", len(got.Events))
	}
	for _, e := range got.Events {
		if e.ID == added.ID && (e.Title != "Protest in Tirana" || e.Place != "Tirana" || !e.Key) {
			t.Errorf("the file holds %+v", e)
		}
	}
}

func TestUndoWhileTypingUndoesTheEdit(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindEvent, "e-raid")
	e := field(t, cw.timeline, "Title")
	cw.win.Canvas().Focus(e)
	test.Type(e, " at dawn")
	if !cw.saver.Pending() {
		t.Fatal("typing left no pending save")
	}
	e.TypedShortcut(&fyne.ShortcutUndo{}) // the entry hands Undo to the case
	if ev, _ := storeOf(cw).Event("e-raid"); ev.Title != "Police raid on the camp" {
		t.Errorf("after Undo the title is %q", ev.Title)
	}
	if e.Text != "Police raid on the camp" {
		t.Errorf("after Undo the field shows %q", e.Text)
	}
}

func TestParticipantsPickedAndLinked(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindEvent, "e-statement")
	test.Tap(tabButton(t, cw.timeline, "Add participant…"))
	pickFirst(t, cw, "nunez")
	if e, _ := storeOf(cw).Event("e-statement"); !slices.Equal(e.Participants, []string{"o-ministry", "p-maria"}) {
		t.Errorf("participants = %v", e.Participants)
	}
	// Every participant is a link that jumps to them; Back returns.
	link := findHyperlink(sectionBody(t, cw.timeline, "Participants"), "María Núñez")
	if link == nil {
		t.Fatal("no link to the new participant")
	}
	tapLink(link)
	if cw.tabs.SelectedIndex() != 1 || cw.people.Pane().Selected != "p-maria" || field(t, cw.people, "Name").Text != "María Núñez" {
		t.Errorf("the link went to tab %d, %q", cw.tabs.SelectedIndex(), cw.people.Pane().Selected)
	}
	if cw.backBtn.Disabled() {
		t.Error("Back is disabled after following a link")
	}
	cw.back()
	if cw.tabs.SelectedIndex() != 0 || cw.timeline.Pane().Selected != "e-statement" {
		t.Errorf("Back went to tab %d, %q", cw.tabs.SelectedIndex(), cw.timeline.Pane().Selected)
	}
	// Removing a participant saves too.
	test.Tap(rowRemoveButton(t, sectionBody(t, cw.timeline, "Participants"), "Ministry of the Interior"))
	if e, _ := storeOf(cw).Event("e-statement"); !slices.Equal(e.Participants, []string{"p-maria"}) {
		t.Errorf("after removing, participants = %v", e.Participants)
	}
}

func TestCitationsPickedAndRemoved(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	cw.show(app.KindPerson, "p-maria")
	test.Tap(sectionButton(t, section(t, cw.people, "Sources cited"), "Cite a source…"))
	pickFirst(t, cw, "ministry statement")
	cs, _ := storeOf(cw).Citations("p-maria")
	if len(cs) != 1 || cs[0].Source != "s-ministry" {
		t.Fatalf("citations = %+v", cs)
	}
	link := findHyperlink(section(t, cw.people, "Sources cited"), "Statement on the operation")
	if link == nil {
		t.Fatal("no link to the cited source")
	}
	tapLink(link)
	if cw.tabs.SelectedIndex() != 4 || cw.sources.Pane().Selected != "s-ministry" {
		t.Errorf("the citation link went to tab %d, %q", cw.tabs.SelectedIndex(), cw.sources.Pane().Selected)
	}
	cw.back()
	test.Tap(removeButton(t, section(t, cw.people, "Sources cited")))
	if cs, _ := storeOf(cw).Citations("p-maria"); len(cs) != 0 {
		t.Errorf("after removing, citations = %+v", cs)
	}
	cw.Undo()
	if cs, _ := storeOf(cw).Citations("p-maria"); len(cs) != 1 {
		t.Errorf("after Undo, citations = %+v", cs)
	}
}

func TestPersonCreateEditRelateDeleteUndo(t *testing.T) {
	cw, path := newTestWindow(t, sampleCase())
	pt := cw.people
	cw.selectTab(1)
	test.Tap(tabButton(t, pt, "Add person"))
	newItem(t, cw, "Ilir Hoxha", "journalist")
	id := pt.Pane().Selected
	if p, err := storeOf(cw).Person(id); err != nil || p.Name != "Ilir Hoxha" || p.Role != "journalist" {
		t.Fatalf("new person = %+v, %v", p, err)
	}
	edit(cw, field(t, pt, "Nationality"), "Albanian")
	editDate(cw, dateField(t, pt, "Born"), "1975")
	test.Tap(tabButton(t, pt, "Add alias"))
	edit(cw, aliasFields(t, pt)[0], "Hoxha junior")
	edit(cw, aliasFields(t, pt)[1], "in his byline")
	p, _ := storeOf(cw).Person(id)
	if p.Nationality != "Albanian" || p.Born.EDTF != "1975" || len(p.Aliases) != 1 || p.Aliases[0] != (app.Alias{Name: "Hoxha junior", Note: "in his byline"}) {
		t.Errorf("after editing, person = %+v", p)
	}
	// The alias is searchable at once.
	pt.Pane().Filter.SetText("junior")
	if got := rowIDs(pt.Pane()); !slices.Equal(got, []string{id}) {
		t.Errorf("alias filter = %v", got)
	}
	pt.Pane().Filter.SetText("")

	// A relation: picker for the other party, then its kind.
	test.Tap(sectionButton(t, section(t, pt, "Relations"), "Add relation…"))
	pickFirst(t, cw, "national police")
	if cw.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no relation dialog")
	}
	kind := findKindField(cw)
	kind.SetText("spokesperson for")
	tapOverlay(t, cw, "Save")
	rels := relationsOf(load(t, cw), id)
	if len(rels) != 1 || rels[0].To != "o-police" || rels[0].Kind != "spokesperson for" {
		t.Fatalf("relations = %+v", rels)
	}
	if findHyperlink(section(t, pt, "Relations"), "National Police") == nil {
		t.Error("the relation does not link to the organization")
	}

	// Delete names what goes with the person.
	test.Tap(tabButton(t, pt, "Delete"))
	msg := strings.Join(overlayLabels(cw), "\n")
	if !strings.Contains(msg, "Ilir Hoxha") || !strings.Contains(msg, "1 relation") {
		t.Errorf("confirmation = %q", msg)
	}
	tapOverlay(t, cw, "Delete")
	if _, err := storeOf(cw).Person(id); err == nil {
		t.Error("the person was not deleted")
	}
	if len(relationsOf(load(t, cw), id)) != 0 {
		t.Error("their relation was not deleted")
	}
	cw.Undo()
	if pt.Pane().Selected != id {
		t.Errorf("after Undo, %q is selected", pt.Pane().Selected)
	}
	got := reopen(t, cw, path)
	if len(relationsOf(got, id)) != 1 {
		t.Error("after Undo the file lacks the relation")
	}
}

func relationsOf(d app.CaseData, id string) []app.Relation {
	var out []app.Relation
	for _, r := range d.Relations {
		if r.From == id || r.To == id {
			out = append(out, r)
		}
	}
	return out
}

func TestOrganizationEditAndDelete(t *testing.T) {
	cw, path := newTestWindow(t, sampleCase())
	ot := cw.orgs
	cw.selectTab(2)
	test.Tap(tabButton(t, ot, "Add organization"))
	newItem(t, cw, "Shqiptarja.com", "newspaper")
	id := ot.Pane().Selected
	test.Tap(tabButton(t, ot, "Add alias"))
	edit(cw, aliasFields(t, ot)[0], "Shqiptarja")
	if o, err := storeOf(cw).Organization(id); err != nil || o.Kind != "newspaper" || len(o.Aliases) != 1 {
		t.Errorf("new organization = %+v, %v", o, err)
	}
	cw.show(app.KindOrganization, "o-ministry")
	edit(cw, field(t, ot, "Country"), "Albania")
	edit(cw, field(t, ot, "Name"), "Ministry of Internal Affairs")
	o, _ := storeOf(cw).Organization("o-ministry")
	if o.Country != "Albania" || o.Name != "Ministry of Internal Affairs" {
		t.Errorf("organization = %+v", o)
	}
	// The participant link on the timeline now says the new name.
	cw.show(app.KindEvent, "e-statement")
	if findHyperlink(sectionBody(t, cw.timeline, "Participants"), "Ministry of Internal Affairs") == nil {
		t.Error("the timeline still shows the old name")
	}
	cw.show(app.KindOrganization, "o-ministry")
	test.Tap(tabButton(t, ot, "Delete"))
	msg := strings.Join(overlayLabels(cw), "\n")
	if !strings.Contains(msg, "1 relation") || !strings.Contains(msg, "1 event") || !strings.Contains(msg, "1 claim") {
		t.Errorf("confirmation = %q", msg)
	}
	tapOverlay(t, cw, "Delete")
	if c, _ := storeOf(cw).Claim("c-2"); c.Claimant != "" {
		t.Error("the claim keeps the deleted claimant")
	}
	cw.Undo()
	if c, _ := storeOf(cw).Claim("c-2"); c.Claimant != "o-ministry" {
		t.Error("Undo did not restore the claimant")
	}
	got := reopen(t, cw, path)
	found := false
	for _, o := range got.Organizations {
		found = found || o.ID == id && o.Name == "Shqiptarja.com"
	}
	if !found || len(got.Organizations) != 3 {
		t.Errorf("the file holds %d organizations (new one found: %v)", len(got.Organizations), found)
	}
}

// TestCitedByFoldsLongLists: a source cited by more than kit.FoldAt items
// lists the first of them and a link that shows the rest; the list stays
// open for that source while it is shown, and folds for the next one.
func TestCitedByFoldsLongLists(t *testing.T) {
	cw := demoWindow(t)
	st := cw.sources
	cw.selectTab(4)
	links := func() (rows int, unfold *widget.Hyperlink) {
		for _, o := range test.LaidOutObjects(sectionBody(t, st, "Cited by")) {
			if h, ok := o.(*widget.Hyperlink); ok && h.Visible() && h.Text != "" {
				if strings.HasPrefix(h.Text, "Show ") && strings.HasSuffix(h.Text, " more") {
					unfold = h
				} else {
					rows++
				}
			}
		}
		return rows, unfold
	}
	cw.show(app.KindSource, "src-summary")
	rows, unfold := links()
	if rows != kit.FoldAt || unfold == nil {
		t.Fatalf("Cited by shows %d links and unfold link %v; want %d and one", rows, unfold, kit.FoldAt)
	}
	var hidden int
	if _, err := fmt.Sscanf(unfold.Text, "Show %d more", &hidden); err != nil || hidden < 1 {
		t.Fatalf("unfold link %q", unfold.Text)
	}
	tapLink(unfold)
	if rows, unfold := links(); rows != kit.FoldAt+hidden || unfold != nil {
		t.Errorf("unfolded, Cited by shows %d links (want %d) and unfold link %v", rows, kit.FoldAt+hidden, unfold)
	}
	cw.show(app.KindSource, "src-fox")
	cw.show(app.KindSource, "src-summary")
	if rows, unfold := links(); rows != kit.FoldAt || unfold == nil {
		t.Errorf("shown again after another source, Cited by shows %d links and unfold link %v; want it folded", rows, unfold)
	}
}

func TestSourceEditGradeAndText(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	st := cw.sources
	cw.selectTab(4)
	test.Tap(tabButton(t, st, "Add source"))
	newItem(t, cw, "Camp residents describe the raid", "Euronews", "https://example.org/raid")
	id := st.Pane().Selected
	choice(t, st, "Kind").SetSelected("interview")
	if s, err := storeOf(cw).Source(id); err != nil || s.Publisher != "Euronews" || s.URL != "https://example.org/raid" || s.Kind != app.SourceInterview {
		t.Errorf("new source = %+v, %v", s, err)
	}
	// Cite it for an event; the source then lists the event under Cited by.
	cw.show(app.KindEvent, "e-founding")
	test.Tap(sectionButton(t, section(t, cw.timeline, "Sources cited"), "Cite a source…"))
	pickFirst(t, cw, "camp residents")
	cw.show(app.KindSource, id)
	if findHyperlink(sectionBody(t, st, "Cited by"), "Camp founded") == nil {
		t.Error("the citing event is not listed under Cited by")
	}
	cw.show(app.KindSource, "s-ministry")
	choice(t, st, "Reliability").SetSelected("E unreliable")
	choice(t, st, "Interest").SetSelected("party to the dispute")
	edit(cw, sourceText(t, cw), "No one was injured in the operation.")
	editDate(cw, dateField(t, st, "Published"), "22 June 2023")
	s, _ := storeOf(cw).Source("s-ministry")
	if s.Reliability != "E" || s.Interest != app.InterestParty || s.Text != "No one was injured in the operation." || s.Published.EDTF != "2023-06-22" {
		t.Errorf("source = %+v", s)
	}
	// The claims from this source show the new grade.
	cw.show(app.KindFigure, "f-injured")
	row := labelsIn(claimRows(t, cw)[1])
	if !slices.Contains(row, "E5") {
		t.Errorf("the second claim reads %q, want grade E5", row)
	}
	if !slices.Contains(row, "party to the dispute") {
		t.Errorf("the second claim reads %q, want its interest", row)
	}
	cw.show(app.KindSource, "s-times")
	test.Tap(tabButton(t, st, "Delete"))
	msg := strings.Join(overlayLabels(cw), "\n")
	if !strings.Contains(msg, "1 claim") {
		t.Errorf("confirmation = %q", msg)
	}
	tapOverlay(t, cw, "Delete")
	if f, _ := storeOf(cw).Figure("f-injured"); len(f.Claims) != 1 {
		t.Errorf("claims after deleting the source = %d", len(f.Claims))
	}
	cw.Undo()
	if f, _ := storeOf(cw).Figure("f-injured"); len(f.Claims) != 2 {
		t.Errorf("claims after Undo = %d", len(f.Claims))
	}
}

func TestMenusAndShortcuts(t *testing.T) {
	cw, _ := newTestWindow(t, sampleCase())
	items := map[string]*fyne.MenuItem{}
	var walk func(m *fyne.Menu)
	walk = func(m *fyne.Menu) {
		for _, it := range m.Items {
			items[it.Label] = it
			if it.ChildMenu != nil {
				walk(it.ChildMenu)
			}
		}
	}
	for _, m := range cw.menu.Items {
		walk(m)
	}
	for label, key := range map[string]string{
		"New case…": "N", "Open…": "O", "Close": "W", "Quit": "Q", "Find…": "F", "PDF briefing…": "P",
		"Timeline": "1", "People": "2", "Organizations": "3", "Disputed figures": "4", "Sources": "5", "Network": "6",
	} {
		it := items[label]
		if it == nil {
			t.Errorf("no menu item %q", label)
			continue
		}
		ks, ok := it.Shortcut.(fyne.KeyboardShortcut)
		if !ok || string(ks.Key()) != key || ks.Mod() != fyne.KeyModifierShortcutDefault {
			t.Errorf("%q has shortcut %v", label, it.Shortcut)
		}
	}
	for _, label := range []string{"Open recent", "Save a copy…", "Import Casefile JSON…", "Casefile JSON…", "PDF briefing…",
		"Undo", "Redo", "Cut", "Copy", "Paste", "Back", "Light", "Dark", "User guide", "About Casefile"} {
		if items[label] == nil {
			t.Errorf("no menu item %q", label)
		}
	}
	if ks := items["Redo"].Shortcut.(fyne.KeyboardShortcut); ks.Key() != fyne.KeyZ || ks.Mod() != fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift {
		t.Errorf("Redo shortcut = %v", items["Redo"].Shortcut)
	}
	if ks := items["Back"].Shortcut.(fyne.KeyboardShortcut); ks.Key() != fyne.KeyLeft || ks.Mod() != fyne.KeyModifierAlt {
		t.Errorf("Back shortcut = %v", items["Back"].Shortcut)
	}
	items["Sources"].Action()
	if cw.tabs.SelectedIndex() != 4 {
		t.Error("Ctrl+5 did not show Sources")
	}
	items["Dark"].Action()
	if savedTheme(cw.app) != themeDark || !items["Dark"].Checked {
		t.Error("the theme choice is not remembered")
	}
}

func TestUserGuideCopyIsCurrent(t *testing.T) {
	doc, err := os.ReadFile("../../docs/USER_GUIDE.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(doc) != userGuide {
		t.Error("app/ui/userguide.md differs from docs/USER_GUIDE.md; run: cp docs/USER_GUIDE.md app/ui/userguide.md")
	}
}

// findHyperlink is the link under o that reads text, or nil.
func findHyperlink(o fyne.CanvasObject, text string) *widget.Hyperlink {
	return uitest.FindHyperlink(o, text)
}

// findButtonIn returns the n-th (0-based) button with the given text.
func findButtonIn(o fyne.CanvasObject, text string, n int) *widget.Button {
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := asButton(x); ok && b.Text == text {
			if n == 0 {
				return b
			}
			n--
		}
	}
	return nil
}

// findKindField is the relation dialog's Kind (its first KeyEntry).
func findKindField(cw *caseWindow) *kit.KeyEntry {
	for _, x := range test.LaidOutObjects(cw.win.Canvas().Overlays().Top()) {
		if s, ok := x.(*kit.KeyEntry); ok {
			return s
		}
	}
	return nil
}

// tapLink taps a hyperlink over its text (a tap in its padding does nothing).
func tapLink(h *widget.Hyperlink) {
	test.TapAt(h, fyne.NewPos(theme.InnerPadding()+2, h.Size().Height/2))
}
