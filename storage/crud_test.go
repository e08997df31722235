package storage

import (
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

func TestCase(t *testing.T) {
	db := mustOpen(t)
	c, err := db.Case()
	if err != nil || c.Title != "Ashraf-3 raid" || c.AsOf.EDTF != "2023-07" {
		t.Fatalf("Case() = %+v, %v", c, err)
	}
	c.Title, c.Summary = "Raid", "New summary"
	if err := db.UpdateCase(c); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Case(); got != c {
		t.Fatalf("after UpdateCase: %+v", got)
	}
	if db.UndoLabel() != "edit case details" {
		t.Errorf("undo label %q", db.UndoLabel())
	}
	c.Title = ""
	wantCode(t, db.UpdateCase(c), app.EINVALID)
	c.Title, c.AsOf.EDTF = "x", "2023-13-45"
	err = db.UpdateCase(c)
	wantCode(t, err, app.EINVALID)
	if app.ErrorField(err) != "as_of" {
		t.Errorf("field %q", app.ErrorField(err))
	}
}

func TestSources(t *testing.T) {
	db := mustOpen(t)
	s := app.Source{Title: "New report", Kind: app.SourceReport, Reliability: "A", Interest: app.InterestUnknown, Text: "Long text about Ashraf."}
	if err := db.CreateSource(&s); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.ID, "source-") {
		t.Errorf("id %q", s.ID)
	}
	got, err := db.Source(s.ID)
	if err != nil || !got.Equal(&s) {
		t.Fatalf("Source = %+v, %v", got, err)
	}
	ss, _ := db.Sources()
	if len(ss) != 3 || ss[2].ID != s.ID || ss[0].ID != "s1" {
		t.Fatalf("Sources order: %+v", ss)
	}
	s.Title, s.Publisher = "Renamed report", "UN"
	if err := db.UpdateSource(s); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Source(s.ID); !got.Equal(&s) {
		t.Fatalf("after update %+v", got)
	}
	if db.UndoLabel() != "edit source ‘Renamed report’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	s.Reliability = "G"
	err = db.UpdateSource(s)
	wantCode(t, err, app.EINVALID)
	if app.ErrorField(err) != "reliability" {
		t.Errorf("field %q", app.ErrorField(err))
	}
	wantCode(t, db.UpdateSource(app.Source{ID: "nope", Title: "x"}), app.ENOTFOUND)
	dup := app.Source{ID: "p1", Title: "Clash"}
	err = db.CreateSource(&dup)
	wantCode(t, err, app.ECONFLICT)
	if !strings.Contains(app.ErrorMessage(err), "Bledar Çuçi") {
		t.Errorf("message %q", app.ErrorMessage(err))
	}
	if err := db.DeleteSource(s.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteSource(s.ID), app.ENOTFOUND)
	_, err = db.Source(s.ID)
	wantCode(t, err, app.ENOTFOUND)

	// Deleting a source takes its claims, citations and annotations along.
	if err := db.DeleteSource("s1"); err != nil {
		t.Fatal(err)
	}
	d := mustLoad(t, db)
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			if c.Source == "s1" {
				t.Errorf("claim %s of deleted source remains", c.ID)
			}
		}
	}
	if len(d.Figures[0].Claims) != 2 || len(d.Annotations) != 1 || len(d.People[0].Citations) != 0 || len(d.Events[0].Citations) != 0 {
		t.Errorf("after deleting s1: %+v", d)
	}
}

func TestPeople(t *testing.T) {
	db := mustOpen(t)
	p := app.Person{Name: "Ali Khamenei", Aliases: []app.Alias{{Name: "Supreme Leader", Note: "title"}, {Name: "Rahbar"}},
		Role: "Leader", Nationality: "Iranian", Born: app.Date{EDTF: "1939-04-19"},
		Citations: []app.Citation{{Source: "s2", Note: "named"}}}
	if err := db.CreatePerson(&p); err != nil {
		t.Fatal(err)
	}
	if p.Citations[0].ID == "" || p.Citations[0].Item != p.ID {
		t.Errorf("citation not written back: %+v", p.Citations[0])
	}
	got, err := db.Person(p.ID)
	if err != nil || !reflect.DeepEqual(got, p) {
		t.Fatalf("Person = %+v, %v; want %+v", got, err, p)
	}
	if db.UndoLabel() != "add person ‘Ali Khamenei’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	p.Aliases = []app.Alias{{Name: "Rahbar", Note: "Persian"}}
	p.Notes = "Head of state."
	if err := db.UpdatePerson(p); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Person(p.ID)
	if !reflect.DeepEqual(got.Aliases, p.Aliases) || got.Notes != p.Notes || len(got.Citations) != 1 {
		t.Fatalf("after update %+v", got)
	}
	// An update with nothing new records no undo step.
	label := db.UndoLabel()
	if err := db.UpdatePerson(got); err != nil {
		t.Fatal(err)
	}
	if got := db.UndoLabel(); got != label {
		t.Fatalf("undo label %q after an update that changed nothing, want %q", got, label)
	}
	ps, _ := db.People()
	if len(ps) != 3 || ps[2].ID != p.ID {
		t.Fatalf("People: %+v", ps)
	}
	p.Born.EDTF = "19xx-99"
	wantCode(t, db.UpdatePerson(p), app.EINVALID)
	p.Born.EDTF = ""
	p.Aliases = []app.Alias{{Name: " "}}
	err = db.UpdatePerson(p)
	wantCode(t, err, app.EINVALID)
	if app.ErrorField(err) != "aliases" {
		t.Errorf("field %q", app.ErrorField(err))
	}
	bad := app.Person{Name: "X", Citations: []app.Citation{{Source: "s1"}, {Source: "nope"}}}
	err = db.CreatePerson(&bad)
	wantCode(t, err, app.ENOTFOUND)
	if app.ErrorField(err) != "citations[1].source" {
		t.Errorf("field %q", app.ErrorField(err))
	}
	if _, err := db.Person(bad.ID); app.ErrorCode(err) != app.ENOTFOUND {
		t.Errorf("half-created person: %v", err)
	}

	// Deleting a person takes relations, participation and citations
	// along and clears claims' claimant.
	if err := db.DeletePerson("p1"); err != nil {
		t.Fatal(err)
	}
	if db.UndoLabel() != "delete person ‘Bledar Çuçi’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	c, _ := db.Claim("c1")
	if c.Claimant != "" {
		t.Errorf("claimant kept: %+v", c)
	}
	if err := db.DeletePerson("p2"); err != nil {
		t.Fatal(err)
	}
	rs, _ := db.Relations()
	if len(rs) != 1 || rs[0].ID != "r1" {
		t.Errorf("relations after deleting p2: %+v", rs)
	}
	cs, _ := db.Citations("r2")
	if len(cs) != 0 {
		t.Errorf("citations of deleted relation remain: %+v", cs)
	}
	wantCode(t, db.DeletePerson("p2"), app.ENOTFOUND)
}

func TestOrganizations(t *testing.T) {
	db := mustOpen(t)
	o := app.Organization{Name: "Ministry of Interior", Aliases: []app.Alias{{Name: "MoI"}}, Kind: "ministry", Country: "Albania"}
	if err := db.CreateOrganization(&o); err != nil {
		t.Fatal(err)
	}
	got, err := db.Organization(o.ID)
	if err != nil || !reflect.DeepEqual(got, o) {
		t.Fatalf("Organization = %+v, %v", got, err)
	}
	o.Name = "Ministry of the Interior"
	o.Aliases = nil
	if err := db.UpdateOrganization(o); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Organization(o.ID)
	if got.Name != o.Name || len(got.Aliases) != 0 {
		t.Fatalf("after update %+v", got)
	}
	os, _ := db.Organizations()
	if len(os) != 4 || os[3].ID != o.ID || os[0].Aliases[1].Note != "own use" {
		t.Fatalf("Organizations %+v", os)
	}
	// Deleting o1 takes relations r1, r2 and participation in e1, e2.
	if err := db.DeleteOrganization("o1"); err != nil {
		t.Fatal(err)
	}
	d := mustLoad(t, db)
	if len(d.Relations) != 0 {
		t.Errorf("relations remain: %+v", d.Relations)
	}
	if !reflect.DeepEqual(d.Events[0].Participants, []string{"o3"}) || d.Events[1].Participants != nil {
		t.Errorf("participants: %+v %+v", d.Events[0].Participants, d.Events[1].Participants)
	}
	wantCode(t, db.UpdateOrganization(app.Organization{ID: "o1", Name: "x"}), app.ENOTFOUND)
}

func TestRelations(t *testing.T) {
	db := mustOpen(t)
	r := app.Relation{From: "p1", To: "o3", Kind: "commands", Start: app.Date{EDTF: "2021"}, Citations: []app.Citation{{Source: "s1"}}}
	if err := db.CreateRelation(&r); err != nil {
		t.Fatal(err)
	}
	if db.UndoLabel() != "add relation ‘Bledar Çuçi commands Albanian S…’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	got, err := db.Relation(r.ID)
	if err != nil || !reflect.DeepEqual(got, r) {
		t.Fatalf("Relation = %+v, %v", got, err)
	}
	r.End = app.Date{EDTF: "2024"}
	r.To = "o1"
	if err := db.UpdateRelation(r); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Relation(r.ID)
	if got.To != "o1" || got.End.EDTF != "2024" {
		t.Fatalf("after update %+v", got)
	}
	for _, tc := range []struct {
		r     app.Relation
		code  string
		field string
	}{
		{app.Relation{From: "p1", To: "nobody", Kind: "knows"}, app.ENOTFOUND, "to"},
		{app.Relation{From: "e1", To: "p1", Kind: "knows"}, app.EINVALID, "from"},
		{app.Relation{From: "p1", To: "p1", Kind: "knows"}, app.EINVALID, "to"},
		{app.Relation{From: "p1", To: "p2"}, app.EINVALID, "kind"},
	} {
		err := db.CreateRelation(&tc.r)
		wantCode(t, err, tc.code)
		if app.ErrorField(err) != tc.field {
			t.Errorf("%+v: field %q, want %q", tc.r, app.ErrorField(err), tc.field)
		}
	}
	if err := db.DeleteRelation(r.ID); err != nil {
		t.Fatal(err)
	}
	rs, _ := db.Relations()
	if len(rs) != 2 {
		t.Errorf("Relations %+v", rs)
	}
}

func TestEvents(t *testing.T) {
	db := mustOpen(t)
	e := app.Event{Title: "Police raid on Ashraf-3 and the arrest of several residents", Date: app.Date{EDTF: "2023-06-20"},
		Participants: []string{"o3", "p1"}, Citations: []app.Citation{{Source: "s1", Note: "see"}}}
	if err := db.CreateEvent(&e); err != nil {
		t.Fatal(err)
	}
	if db.UndoLabel() != "add event ‘Police raid on Ashraf-3 and the…’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	got, err := db.Event(e.ID)
	if err != nil || !reflect.DeepEqual(got, e) {
		t.Fatalf("Event = %+v, %v", got, err)
	}
	e.Participants = []string{"p1", "o1", "p2"}
	e.Key = true
	if err := db.UpdateEvent(e); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Event(e.ID)
	if !reflect.DeepEqual(got.Participants, e.Participants) || !got.Key {
		t.Fatalf("after update %+v", got)
	}
	for _, tc := range []struct {
		e     app.Event
		code  string
		field string
	}{
		{app.Event{Title: "x", Date: app.Date{EDTF: "2023"}, Participants: []string{"ghost"}}, app.ENOTFOUND, "participants"},
		{app.Event{Title: "x", Date: app.Date{EDTF: "2023"}, Participants: []string{"s1"}}, app.EINVALID, "participants"},
		{app.Event{Title: "x", Date: app.Date{EDTF: "2023"}, Participants: []string{"p1", "p1"}}, app.EINVALID, "participants"},
		{app.Event{Title: "x"}, app.EINVALID, "date"},
		{app.Event{Title: "x", Date: app.Date{EDTF: "soon"}}, app.EINVALID, "date"},
		{app.Event{Title: "x", Date: app.Date{EDTF: "2023"}, Citations: []app.Citation{{Source: "s1", Quote: &app.Quote{Exact: "x", Start: 5, End: 2}}}}, app.EINVALID, "citations[0].quote"},
		{app.Event{ID: "e1", Title: "x", Date: app.Date{EDTF: "2023"}}, app.ECONFLICT, "id"},
	} {
		err := db.CreateEvent(&tc.e)
		wantCode(t, err, tc.code)
		if app.ErrorField(err) != tc.field {
			t.Errorf("%+v: field %q, want %q (%v)", tc.e, app.ErrorField(err), tc.field, err)
		}
	}
	// Deleting an event keeps figures about it, without the link.
	if err := db.DeleteEvent("e1"); err != nil {
		t.Fatal(err)
	}
	f, _ := db.Figure("f1")
	if f.Event != "" || len(f.Claims) != 4 {
		t.Errorf("figure after deleting its event: %+v", f)
	}
	es, _ := db.Events()
	if len(es) != 2 || es[0].ID != "e2" {
		t.Errorf("Events %+v", es)
	}
}

func TestFiguresAndClaims(t *testing.T) {
	db := mustOpen(t)
	f := app.Figure{Question: "people arrested", Unit: "people", Event: "e1", Claims: []app.Claim{
		{Source: "s1", Text: "dozens", Low: f64(24), Qualifier: app.QualAtLeast},
		{Source: "s2", Claimant: "o3", Text: "none", Low: f64(0), High: f64(0), Credibility: 2, Citations: []app.Citation{{Source: "s2"}}},
	}}
	if err := db.CreateFigure(&f); err != nil {
		t.Fatal(err)
	}
	if db.UndoLabel() != "add disputed figure ‘people arrested’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	got, err := db.Figure(f.ID)
	if err != nil || !reflect.DeepEqual(got, f) {
		t.Fatalf("Figure = %+v, %v\nwant %+v", got, err, f)
	}
	f.Assessment = "Unclear."
	f.Event = ""
	if err := db.UpdateFigure(f); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Figure(f.ID)
	if got.Assessment != "Unclear." || got.Event != "" || len(got.Claims) != 2 {
		t.Fatalf("after update %+v", got)
	}
	c := app.Claim{Figure: f.ID, Source: "s1", Text: "0.1 percent", Low: f64(0.1), High: f64(0.1)}
	if err := db.CreateClaim(&c); err != nil {
		t.Fatal(err)
	}
	gc, err := db.Claim(c.ID)
	if err != nil || !reflect.DeepEqual(gc, c) {
		t.Fatalf("Claim = %+v, %v", gc, err)
	}
	c.High, c.Credibility, c.Note = nil, 5, "open"
	if err := db.UpdateClaim(c); err != nil {
		t.Fatal(err)
	}
	gc, _ = db.Claim(c.ID)
	if gc.High != nil || gc.Credibility != 5 || *gc.Low != 0.1 {
		t.Fatalf("after update %+v", gc)
	}
	for _, tc := range []struct {
		c     app.Claim
		code  string
		field string
	}{
		{app.Claim{Figure: "f1", Source: "ghost", Text: "x"}, app.ENOTFOUND, "source"},
		{app.Claim{Figure: "f1", Source: "p1", Text: "x"}, app.EINVALID, "source"},
		{app.Claim{Figure: "ghost", Source: "s1", Text: "x"}, app.ENOTFOUND, "figure"},
		{app.Claim{Source: "s1", Text: "x"}, app.EINVALID, "figure"},
		{app.Claim{Figure: "f1", Source: "s1", Claimant: "e1", Text: "x"}, app.EINVALID, "claimant"},
		{app.Claim{Figure: "f1", Source: "s1", Text: "x", Low: f64(5), High: f64(1)}, app.EINVALID, "high"},
		{app.Claim{Figure: "f1", Source: "s1", Text: "x", Credibility: 7}, app.EINVALID, "credibility"},
	} {
		err := db.CreateClaim(&tc.c)
		wantCode(t, err, tc.code)
		if app.ErrorField(err) != tc.field {
			t.Errorf("%+v: field %q, want %q (%v)", tc.c, app.ErrorField(err), tc.field, err)
		}
	}
	bad := app.Figure{Question: "q", Event: "s1"}
	wantCode(t, db.CreateFigure(&bad), app.EINVALID)
	bad = app.Figure{Question: "q", Claims: []app.Claim{{Source: "s1", Text: "ok"}, {Source: "s1", Text: "bad", Low: f64(-1)}}}
	err = db.CreateFigure(&bad)
	wantCode(t, err, app.EINVALID)
	if app.ErrorField(err) != "claims[1].low" {
		t.Errorf("field %q", app.ErrorField(err))
	}
	if err := db.DeleteClaim(c.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteFigure("f1"); err != nil {
		t.Fatal(err)
	}
	_, err = db.Claim("c1")
	wantCode(t, err, app.ENOTFOUND)
	cs, _ := db.Citations("c1")
	if len(cs) != 0 {
		t.Error("citations of deleted claim remain")
	}
	fs, _ := db.Figures()
	if len(fs) != 1 || fs[0].ID != f.ID {
		t.Errorf("Figures %+v", fs)
	}
}

func TestCitationsAndAnnotations(t *testing.T) {
	db := mustOpen(t)
	c := app.Citation{Item: "e2", Source: "s1", Note: "founding", Quote: &app.Quote{Exact: "Ashraf-3", Prefix: "raided ", Suffix: ".", Start: 34, End: 42}}
	if err := db.AddCitation(&c); err != nil {
		t.Fatal(err)
	}
	if db.UndoLabel() != "add citation to event ‘Camp founded’" {
		t.Errorf("label %q", db.UndoLabel())
	}
	cs, err := db.Citations("e2")
	if err != nil || len(cs) != 1 || !reflect.DeepEqual(cs[0], c) {
		t.Fatalf("Citations = %+v, %v", cs, err)
	}
	c.Quote = nil
	c.Source = "s2"
	if err := db.UpdateCitation(c); err != nil {
		t.Fatal(err)
	}
	cs, _ = db.Citations("e2")
	if cs[0].Quote != nil || cs[0].Source != "s2" {
		t.Fatalf("after update %+v", cs[0])
	}
	c.Item = "e1"
	wantCode(t, db.UpdateCitation(c), app.EINVALID)
	for _, tc := range []struct {
		c    app.Citation
		code string
	}{
		{app.Citation{Item: "ghost", Source: "s1"}, app.ENOTFOUND},
		{app.Citation{Item: "e1", Source: "ghost"}, app.ENOTFOUND},
		{app.Citation{Item: "e1", Source: "p1"}, app.EINVALID},
		{app.Citation{Item: "e1"}, app.EINVALID},
		{app.Citation{Source: "s1"}, app.EINVALID},
		{app.Citation{Item: "e1", Source: "s1", Quote: &app.Quote{}}, app.EINVALID},
	} {
		wantCode(t, db.AddCitation(&tc.c), tc.code)
	}
	// People, organizations, relations, events and claims carry citations;
	// other items do not.
	for _, item := range []string{"c2", "r1", "o2", "p2", "e1"} {
		cc := app.Citation{Item: item, Source: "s1"}
		if err := db.AddCitation(&cc); err != nil {
			t.Errorf("citing %s: %v", item, err)
		}
	}
	for _, item := range []string{"s2", "f1", "a1"} {
		cc := app.Citation{Item: item, Source: "s1"}
		wantCode(t, db.AddCitation(&cc), app.EINVALID)
	}
	if err := db.DeleteCitation(c.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteCitation(c.ID), app.ENOTFOUND)

	a := app.Annotation{Source: "s1", Note: "Compare with the ministry.", Quote: &app.Quote{Exact: "no one", Start: 100, End: 106}}
	if err := db.CreateAnnotation(&a); err != nil {
		t.Fatal(err)
	}
	as, _ := db.Annotations()
	if len(as) != 3 || !reflect.DeepEqual(as[2], a) {
		t.Fatalf("Annotations %+v", as)
	}
	a.Note, a.Quote = "Changed.", nil
	if err := db.UpdateAnnotation(a); err != nil {
		t.Fatal(err)
	}
	as, _ = db.Annotations()
	if as[2].Note != "Changed." || as[2].Quote != nil {
		t.Fatalf("after update %+v", as[2])
	}
	wantCode(t, db.CreateAnnotation(&app.Annotation{Source: "ghost", Note: "x"}), app.ENOTFOUND)
	wantCode(t, db.CreateAnnotation(&app.Annotation{Source: "s1"}), app.EINVALID)
	if err := db.DeleteAnnotation(a.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteAnnotation(a.ID), app.ENOTFOUND)
}

func TestCheck(t *testing.T) {
	db := mustOpen(t)
	r, err := db.Check()
	if err != nil || !r.OK() {
		t.Fatalf("Check = %+v, %v", r, err)
	}
	want := map[app.Kind]int{app.KindSource: 2, app.KindPerson: 2, app.KindOrganization: 3, app.KindRelation: 2,
		app.KindEvent: 2, app.KindFigure: 1, app.KindClaim: 4, app.KindAnnotation: 2, app.KindCitation: 4}
	if !reflect.DeepEqual(r.Counts, want) || r.Version != SchemaVersion() {
		t.Errorf("Check = %+v", r)
	}
}

func TestConcurrentUse(t *testing.T) {
	db := mustOpen(t)
	done := make(chan error, 3)
	go func() {
		for i := 0; i < 20; i++ {
			e := app.Event{Title: "Concurrent", Date: app.Date{EDTF: "2024"}, Participants: []string{"p1"}}
			if err := db.CreateEvent(&e); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for g := 0; g < 2; g++ {
		go func() {
			for i := 0; i < 20; i++ {
				if _, err := db.Load(); err != nil {
					done <- err
					return
				}
				if _, err := db.Search("concurrent", 10); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for i := 0; i < 3; i++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if es, _ := db.Events(); len(es) != 22 {
		t.Errorf("%d events", len(es))
	}
}

func TestCheckFTS5(t *testing.T) {
	if err := CheckFTS5(); err != nil {
		t.Fatalf("this build has FTS5, but CheckFTS5 says: %v", err)
	}
}
