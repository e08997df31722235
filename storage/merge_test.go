package storage

import (
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

// mergeCase is sampleCase with a second record of Bledar Çuçi (p3, spelled
// without diacritics) that shares and adds aliases, relations, citations,
// participations, claims and notes, and a second record of the MEK (o4).
func mergeCase() app.CaseData {
	d := sampleCase()
	d.People = append(d.People, app.Person{
		ID: "p3", Name: "Bledar Cuci", Role: "Interior minister", Born: app.Date{EDTF: "1970"}, Died: app.Date{Phrase: "unknown"},
		Nationality: "", Notes: "Quoted by the ministry.",
		Aliases: []app.Alias{{Name: "ÇUÇI"}, {Name: "B. Çuçi", Note: "ministry usage"}, {Name: "cuci", Note: "used by the press, too"}},
		Citations: []app.Citation{
			{Source: "s1", Quote: &app.Quote{Exact: "Bledar Çuçi", Prefix: "Ashraf-3. ", Suffix: " said", Start: 44, End: 55}}, // same as p1's
			{Source: "s2", Note: "named in the statement"},
		},
	})
	d.Organizations = append(d.Organizations, app.Organization{
		ID: "o4", Name: "Mujahedeen-e-Khalq", Aliases: []app.Alias{{Name: "Mujahedin-e Khalq"}, {Name: "mek", Note: "Iranian usage"}},
		Kind: "armed group", Country: "Iran", Notes: "Listed separately by mistake.",
	})
	d.Relations = append(d.Relations,
		app.Relation{ID: "r3", From: "p3", To: "o3", Kind: "Oversees", Citations: []app.Citation{{Source: "s1", Note: "decree"}}}, // twin of r4 after the merge
		app.Relation{ID: "r4", From: "p1", To: "o3", Kind: "oversees"},
		app.Relation{ID: "r5", From: "p3", To: "p1", Kind: "same as", Citations: []app.Citation{{Source: "s2"}}},               // would link p1 to itself
		app.Relation{ID: "r6", From: "o2", To: "p3", Kind: "criticised", Citations: []app.Citation{{Source: "s1", Note: "x"}}}, // moves
	)
	d.Events[0].Participants = append(d.Events[0].Participants, "p1", "p3") // e1: both
	d.Events[1].Participants = append(d.Events[1].Participants, "p3")       // e2: only p3
	d.Figures[0].Claims[1].Claimant = "p3"
	d.Figures[0].Claims[2].Claimant = "o4"
	return d
}

// mergeCounts counts what a merge must keep.
type mergeCounts struct {
	aliases, relations, citations, participations, claimants int
}

func countForMerge(tb testing.TB, db *DB, ids ...string) mergeCounts {
	tb.Helper()
	var c mergeCounts
	in := "('" + strings.Join(ids, "','") + "')"
	for _, q := range []struct {
		n   *int
		sql string
	}{
		{&c.aliases, "SELECT count(*) FROM aliases WHERE owner IN " + in},
		{&c.relations, "SELECT count(*) FROM relations WHERE from_actor IN " + in + " OR to_actor IN " + in},
		{&c.citations, "SELECT count(*) FROM citations WHERE item IN " + in},
		{&c.participations, "SELECT count(*) FROM event_participants WHERE actor IN " + in},
		{&c.claimants, "SELECT count(*) FROM claims WHERE claimant IN " + in},
	} {
		if err := db.sql.QueryRow(q.sql).Scan(q.n); err != nil {
			tb.Fatal(err)
		}
	}
	return c
}

func TestMergePeople(t *testing.T) {
	db := mustCreate(t, mergeCase())
	if err := db.SetNodePosition("p3", app.Point{X: 1, Y: 2}); err != nil {
		t.Fatal(err)
	}
	before := mustLoad(t, db)
	beforePos, _ := db.NodePositions()
	n0 := countForMerge(t, db, "p1", "p3")

	if err := db.Merge("p1", "p3"); err != nil {
		t.Fatal(err)
	}
	if got, want := db.UndoLabel(), "merge ‘Bledar Cuci’ into ‘Bledar Çuçi’"; got != want {
		t.Errorf("undo label %q, want %q", got, want)
	}
	after := mustLoad(t, db)
	if _, err := db.Person("p3"); app.ErrorCode(err) != app.ENOTFOUND {
		t.Errorf("p3 still there: %v", err)
	}
	p, err := db.Person("p1")
	if err != nil {
		t.Fatal(err)
	}
	// Aliases: "B. Çuçi" is new; "ÇUÇI" and "cuci" are the alias "Cuci"
	// p1 has, and the dropped name "Bledar Cuci" is p1's name once folded.
	wantAliases := []app.Alias{{Name: "Cuci", Note: "used by the press"}, {Name: "B. Çuçi", Note: "ministry usage"}}
	if !reflect.DeepEqual(p.Aliases, wantAliases) {
		t.Errorf("aliases %+v, want %+v", p.Aliases, wantAliases)
	}
	// Fields p1 lacked come from p3; differing ones go to the notes.
	if p.Role != "Minister of the Interior" || p.Nationality != "Albanian" || p.Born.EDTF != "1970" || p.Died.Phrase != "unknown" {
		t.Errorf("fields: %+v", p)
	}
	if want := "Spoke after the raid.\n\nMerged from ‘Bledar Cuci’ (role: Interior minister): Quoted by the ministry."; p.Notes != want {
		t.Errorf("notes %q, want %q", p.Notes, want)
	}
	// Citations: p3's quote of s1 is p1's already; the s2 one moves.
	if len(p.Citations) != 2 || p.Citations[1].Source != "s2" || p.Citations[1].Note != "named in the statement" {
		t.Errorf("citations %+v", p.Citations)
	}
	rels := map[string]app.Relation{}
	for _, r := range after.Relations {
		rels[r.ID] = r
	}
	if _, ok := rels["r5"]; ok {
		t.Error("the relation linking p1 to itself was kept")
	}
	if _, ok := rels["r3"]; ok {
		t.Error("the twin relation r3 was kept")
	}
	if r := rels["r4"]; len(r.Citations) != 1 || r.Citations[0].Note != "decree" {
		t.Errorf("r4 did not take r3's citation: %+v", r)
	}
	if r := rels["r6"]; r.To != "p1" || len(r.Citations) != 1 {
		t.Errorf("r6 did not move: %+v", r)
	}
	if got := after.Events[0].Participants; !reflect.DeepEqual(got, []string{"o3", "o1", "p1"}) {
		t.Errorf("e1 participants %v", got)
	}
	if got := after.Events[1].Participants; !reflect.DeepEqual(got, []string{"o1", "p1"}) {
		t.Errorf("e2 participants %v", got)
	}
	if got := after.Figures[0].Claims[1].Claimant; got != "p1" {
		t.Errorf("claimant %q", got)
	}
	if pos, _ := db.NodePositions(); pos["p1"] != (app.Point{X: 1, Y: 2}) || len(pos) != 1 {
		t.Errorf("positions %v", pos)
	}
	// Nothing lost: every row is still there, or was a duplicate.
	n1 := countForMerge(t, db, "p1")
	want := mergeCounts{
		aliases:        2, // Cuci + B. Çuçi
		relations:      n0.relations - 2,
		citations:      n0.citations - 1,
		participations: n0.participations - 1,
		claimants:      n0.claimants,
	}
	if n1 != want {
		t.Errorf("after merge %+v, want %+v (before %+v)", n1, want, n0)
	}
	checkIndex(t, db)
	if hits := mustSearch(t, db, "ministry usage"); !has(hits, app.KindPerson, "p1", "alias_note") {
		t.Errorf("moved alias note not found: %v", hitIDs(hits))
	}
	if hits := mustSearch(t, db, "named statement"); !has(hits, app.KindPerson, "p1", "citation_note") {
		t.Errorf("moved citation note not found: %v", hitIDs(hits))
	}

	ch, err := db.Undo()
	if err != nil {
		t.Fatal(err)
	}
	if ch.Item != "p1" || ch.Kind != app.KindPerson {
		t.Errorf("undo change %+v", ch)
	}
	sameCase(t, "after undo of the merge", mustLoad(t, db), before)
	if pos, _ := db.NodePositions(); !reflect.DeepEqual(pos, beforePos) {
		t.Errorf("positions after undo %v, want %v", pos, beforePos)
	}
	if n := countForMerge(t, db, "p1", "p3"); n != n0 {
		t.Errorf("counts after undo %+v, want %+v", n, n0)
	}
	checkIndex(t, db)
	if _, err := db.Redo(); err != nil {
		t.Fatal(err)
	}
	sameCase(t, "after redo of the merge", mustLoad(t, db), after)
	checkIndex(t, db)
}

func TestMergeOrganizations(t *testing.T) {
	db := mustCreate(t, mergeCase())
	before := mustLoad(t, db)
	if err := db.Merge("o1", "o4"); err != nil {
		t.Fatal(err)
	}
	o, _ := db.Organization("o1")
	// "MEK" is there already (its note comes along); the dropped name and
	// "Mujahedin-e Khalq" are new.
	want := []app.Alias{{Name: "MEK", Note: "Iranian usage"}, {Name: "PMOI", Note: "own use"}, {Name: "Mujahedeen-e-Khalq"}, {Name: "Mujahedin-e Khalq"}}
	if !reflect.DeepEqual(o.Aliases, want) {
		t.Errorf("aliases %+v", o.Aliases)
	}
	if o.Notes != "Merged from ‘Mujahedeen-e-Khalq’ (kind: armed group): Listed separately by mistake." {
		t.Errorf("notes %q", o.Notes)
	}
	f, _ := db.Figure("f1")
	if f.Claims[2].Claimant != "o1" {
		t.Errorf("claimant %q", f.Claims[2].Claimant)
	}
	if hits := mustSearch(t, db, "mujahedin"); len(hits) == 0 || hits[0].ID != "o1" {
		t.Errorf("mujahedin: %v", hitIDs(hits))
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	sameCase(t, "after undo", mustLoad(t, db), before)
	checkIndex(t, db)
}

func TestMergeRefuses(t *testing.T) {
	db := mustCreate(t, mergeCase())
	before := mustLoad(t, db)
	for _, c := range []struct {
		keep, drop, code, msg string
	}{
		{"p1", "o1", app.EINVALID, "A person cannot be merged with an organization: ‘Bledar Çuçi’ is a person and ‘People's Mojahedin Organization…’ an organization."},
		{"o1", "p1", app.EINVALID, "A person cannot be merged with an organization"},
		{"p1", "p1", app.EINVALID, "cannot be merged into itself"},
		{"p1", "e1", app.EINVALID, "Only people and organizations can be merged, and ‘Police raid on Ashraf-3’ is an event."},
		{"p1", "ghost", app.ENOTFOUND, "‘ghost’"},
		{"ghost", "p1", app.ENOTFOUND, "‘ghost’"},
	} {
		err := db.Merge(c.keep, c.drop)
		if app.ErrorCode(err) != c.code || !strings.Contains(app.ErrorMessage(err), c.msg) {
			t.Errorf("Merge(%s, %s) = %v (%s), want %s containing %q", c.keep, c.drop, err, app.ErrorCode(err), c.code, c.msg)
		}
	}
	if db.UndoLabel() != "" {
		t.Errorf("a refused merge left an undo step %q", db.UndoLabel())
	}
	sameCase(t, "after refused merges", mustLoad(t, db), before)

	path := db.Path()
	db.Close()
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	wantCode(t, ro.Merge("p1", "p3"), app.EREADONLY)
}
