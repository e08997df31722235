package session

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"casefile/app"
	"casefile/app/anchor"
	"casefile/app/exchange"
	"casefile/app/textfind"
	"casefile/assets"
	"casefile/storage"
)

func num(v float64) *float64 { return &v }

// demoCase is the demo case built into Casefile.
func demoCase(t testing.TB) app.CaseData {
	t.Helper()
	d, _, err := exchange.Decode(bytes.NewReader(assets.DemoCase))
	if err != nil {
		t.Fatalf("decoding the demo case: %v", err)
	}
	return d
}

// openTest creates a case file holding data in a temporary folder and
// opens a session on it, closed when the test ends.
func openTest(t testing.TB, data app.CaseData) *Session {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.casefile")
	st, err := storage.Opener{}.Create(path, data, false)
	if err != nil {
		t.Fatalf("creating the case: %v", err)
	}
	s, err := Open(st)
	if err != nil {
		t.Fatalf("opening the session: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// encode writes d as Casefile JSON, the one form in which two cases are
// compared here: it is deterministic and holds every field.
func encode(t testing.TB, d app.CaseData) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := exchange.Encode(&b, d); err != nil {
		t.Fatalf("encoding: %v", err)
	}
	return b.Bytes()
}

// assertCurrent checks that the session's index holds exactly what the
// file holds, and that its list rows are those a fresh index would have.
func assertCurrent(t *testing.T, s *Session, after string) {
	t.Helper()
	fresh, err := s.Load()
	if err != nil {
		t.Fatalf("%s: Load: %v", after, err)
	}
	if got, want := encode(t, *s.Index().Data()), encode(t, fresh); !bytes.Equal(got, want) {
		t.Errorf("%s: the index differs from the file:\n%s", after, firstDiff(got, want))
	}
	x := NewIndex(fresh)
	for _, k := range ListKinds {
		got, want := s.Index().Rows(k), x.Rows(k)
		if len(got) != len(want) {
			t.Errorf("%s: %d %s rows, want %d", after, len(got), k, len(want))
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %s row %d = %+v, want %+v", after, k, i, got[i], want[i])
			}
		}
	}
	// The names kept for the reading view find what freshly prepared ones
	// find, in a text naming every person and organization by every name.
	var names []string
	for _, p := range fresh.People {
		names = append(names, p.Name)
		for _, a := range p.Aliases {
			names = append(names, a.Name)
		}
	}
	for _, o := range fresh.Organizations {
		names = append(names, o.Name)
		for _, a := range o.Aliases {
			names = append(names, a.Name)
		}
	}
	text := []rune(strings.Join(names, ". "))
	got := s.Index().Names().UnlinkedIn(s.Index().Data(), "", text)
	want := textfind.NewNames(&fresh).UnlinkedIn(&fresh, "", text)
	if !slices.Equal(got, want) {
		t.Errorf("%s: the kept names find %d names, freshly prepared ones %d", after, len(got), len(want))
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-120)
	return "got  …" + string(a[lo:min(len(a), i+120)]) + "\nwant …" + string(b[lo:min(len(b), i+120)])
}

// recorder keeps what subscribers heard.
type recorder struct{ got []Change }

func (r *recorder) listen(s *Session) func() {
	return s.Subscribe(func(c Change) { r.got = append(r.got, c) })
}

func (r *recorder) last(t *testing.T) Change {
	t.Helper()
	if len(r.got) == 0 {
		t.Fatal("no change was announced")
	}
	return r.got[len(r.got)-1]
}

// TestEveryChangeKeepsTheIndexCurrent makes one change of every kind and
// checks, after each, that the index is what a fresh load gives and that
// subscribers heard what changed.
func TestEveryChangeKeepsTheIndexCurrent(t *testing.T) {
	s := openTest(t, demoCase(t))
	var rec recorder
	rec.listen(s)
	x := s.Index
	d := x().Data()
	src := d.Sources[0]
	person, org := d.People[0], d.Organizations[0]
	heard := func(after string, k app.Kind, id string) {
		t.Helper()
		if c := rec.last(t); !c.Has(k, id) || !c.Touches(k) {
			t.Errorf("%s: subscribers heard %+v, not %s %s", after, c, k, id)
		}
		assertCurrent(t, s, after)
	}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	c := x().Case()
	c.Title = "Raid on Ashraf-3 (working copy)"
	must("UpdateCase", s.UpdateCase(c))
	heard("UpdateCase", KindCase, "")

	ev := app.Event{Title: "Protest in Tirana", Date: app.Date{EDTF: "2023-06-22"}, Participants: []string{person.ID}}
	must("CreateEvent", s.CreateEvent(&ev))
	heard("CreateEvent", app.KindEvent, ev.ID)
	ev.Place = "Tirana"
	must("UpdateEvent", s.UpdateEvent(ev))
	heard("UpdateEvent", app.KindEvent, ev.ID)

	cite := app.Citation{Item: ev.ID, Source: src.ID, Note: "page 2"}
	must("AddCitation", s.AddCitation(&cite))
	heard("AddCitation", app.KindEvent, ev.ID)
	if len(x().Event(ev.ID).Citations) != 1 {
		t.Fatal("the new citation is not in the index")
	}
	cite.Note = "page 3"
	must("UpdateCitation", s.UpdateCitation(cite))
	heard("UpdateCitation", app.KindCitation, cite.ID)

	p := person
	p.Name += " (spokesman)"
	p.Aliases = append(slices.Clone(p.Aliases), app.Alias{Name: "The Spokesman"})
	must("UpdatePerson", s.UpdatePerson(p))
	heard("UpdatePerson", app.KindPerson, p.ID) // the event rows naming them change too

	np := app.Person{Name: "Gent Hoxha", Role: "witness"}
	must("CreatePerson", s.CreatePerson(&np))
	heard("CreatePerson", app.KindPerson, np.ID)

	o := org
	o.Country = "Albania"
	must("UpdateOrganization", s.UpdateOrganization(o))
	heard("UpdateOrganization", app.KindOrganization, o.ID)
	no := app.Organization{Name: "Tirana Bar Association", Kind: "association"}
	must("CreateOrganization", s.CreateOrganization(&no))
	heard("CreateOrganization", app.KindOrganization, no.ID)

	rel := app.Relation{From: np.ID, To: no.ID, Kind: "member of"}
	must("CreateRelation", s.CreateRelation(&rel))
	heard("CreateRelation", app.KindRelation, rel.ID)
	if c := rec.last(t); !c.Has(app.KindPerson, np.ID) || !c.Has(app.KindOrganization, no.ID) {
		t.Errorf("a new relation does not name its parties: %+v", c)
	}
	rel.From, rel.To = no.ID, np.ID
	must("UpdateRelation", s.UpdateRelation(rel))
	heard("UpdateRelation", app.KindRelation, rel.ID)

	ns := app.Source{Title: "Bar association statement", Interest: app.InterestIndependent, Text: "The raid was lawful, the association said."}
	must("CreateSource", s.CreateSource(&ns))
	heard("CreateSource", app.KindSource, ns.ID)
	ns.Reliability = "C"
	must("UpdateSource", s.UpdateSource(ns))
	heard("UpdateSource", app.KindSource, ns.ID)

	fig := app.Figure{Question: "Lawyers present", Unit: "people", Event: ev.ID}
	must("CreateFigure", s.CreateFigure(&fig))
	heard("CreateFigure", app.KindFigure, fig.ID)
	fig.Assessment = "Unclear."
	must("UpdateFigure", s.UpdateFigure(fig))
	heard("UpdateFigure", app.KindFigure, fig.ID)
	cl := app.Claim{Figure: fig.ID, Source: ns.ID, Text: "two lawyers", Low: num(2), High: num(2), Qualifier: app.QualExact}
	must("CreateClaim", s.CreateClaim(&cl))
	heard("CreateClaim", app.KindClaim, cl.ID)
	if c := rec.last(t); !c.Has(app.KindFigure, fig.ID) {
		t.Errorf("a new claim does not name its figure: %+v", c)
	}
	cl.Credibility = 2
	must("UpdateClaim", s.UpdateClaim(cl))
	heard("UpdateClaim", app.KindClaim, cl.ID)

	q := app.Quote(anchor.Capture(ns.Text, 4, 8))
	n := app.Annotation{Source: ns.ID, Note: "Check who said so.", Quote: &q}
	must("CreateAnnotation", s.CreateAnnotation(&n))
	heard("CreateAnnotation", app.KindAnnotation, n.ID)
	n.Note = "Check who said so, and when."
	must("UpdateAnnotation", s.UpdateAnnotation(n))
	heard("UpdateAnnotation", app.KindAnnotation, n.ID)

	qc := app.Citation{Item: cl.ID, Source: ns.ID, Quote: &q}
	must("AddCitation with a quote", s.AddCitation(&qc))
	heard("AddCitation with a quote", app.KindClaim, cl.ID)
	ns.Text = "Indeed, " + ns.Text
	must("UpdateSource text", s.UpdateSource(ns))
	moved := app.Quote(anchor.Capture(ns.Text, 12, 16))
	must("MoveQuotes", s.MoveQuotes(ns.ID, []app.QuoteMove{{Citation: qc.ID, Quote: moved}, {Annotation: n.ID, Quote: moved}}))
	heard("MoveQuotes", app.KindCitation, qc.ID)
	if c := rec.last(t); !c.Has(app.KindAnnotation, n.ID) {
		t.Errorf("MoveQuotes does not name the note: %+v", c)
	}

	must("SetNodePosition", s.SetNodePosition(np.ID, app.Point{X: 1, Y: 2}))
	heard("SetNodePosition", KindNodePosition, np.ID)

	// Deletes read the case again: what goes with the item goes from the
	// index too.
	must("DeleteCitation", s.DeleteCitation(cite.ID))
	heard("DeleteCitation", app.KindEvent, ev.ID)
	must("DeleteAnnotation", s.DeleteAnnotation(n.ID))
	heard("DeleteAnnotation", app.KindAnnotation, n.ID)
	must("DeleteClaim", s.DeleteClaim(cl.ID))
	heard("DeleteClaim", app.KindFigure, fig.ID)
	must("DeleteRelation", s.DeleteRelation(rel.ID))
	heard("DeleteRelation", app.KindRelation, rel.ID)
	must("DeleteFigure", s.DeleteFigure(fig.ID))
	heard("DeleteFigure", app.KindFigure, fig.ID)
	must("DeleteSource", s.DeleteSource(ns.ID))
	heard("DeleteSource", app.KindSource, ns.ID)
	must("DeleteEvent", s.DeleteEvent(ev.ID))
	heard("DeleteEvent", app.KindEvent, ev.ID)
	must("DeleteOrganization", s.DeleteOrganization(no.ID))
	heard("DeleteOrganization", app.KindOrganization, no.ID)
	must("DeletePerson", s.DeletePerson(np.ID))
	heard("DeletePerson", app.KindPerson, np.ID)

	// Merge: one change, read again.
	dup := app.Person{Name: person.Name + " Jr"}
	must("CreatePerson", s.CreatePerson(&dup))
	must("Merge", s.Merge(person.ID, dup.ID))
	heard("Merge", app.KindPerson, dup.ID)
	if x().Person(dup.ID) != nil {
		t.Error("the merged person is still in the index")
	}
}

// TestUndoRedoReadAgain checks that Undo and Redo leave the index as the
// file is, and say which item they touched.
func TestUndoRedoReadAgain(t *testing.T) {
	s := openTest(t, demoCase(t))
	var rec recorder
	rec.listen(s)
	ev := app.Event{Title: "Press conference", Date: app.Date{EDTF: "2023-06-21"}}
	if err := s.CreateEvent(&ev); err != nil {
		t.Fatal(err)
	}
	if s.UndoLabel() == "" {
		t.Fatal("nothing to undo after a change")
	}
	ch, err := s.Undo()
	if err != nil {
		t.Fatal(err)
	}
	if s.Index().Event(ev.ID) != nil {
		t.Error("the undone event is still in the index")
	}
	c := rec.last(t)
	if !c.Reloaded || c.Undo == nil || c.Undo.Item != ch.Item || ch.Kind != app.KindEvent {
		t.Errorf("Undo announced %+v for %+v", c, ch)
	}
	assertCurrent(t, s, "Undo")
	if _, err := s.Redo(); err != nil {
		t.Fatal(err)
	}
	if s.Index().Event(ev.ID) == nil {
		t.Error("the redone event is not in the index")
	}
	assertCurrent(t, s, "Redo")
}

func TestSubscribeAndFailedChanges(t *testing.T) {
	s := openTest(t, demoCase(t))
	var a, b recorder
	stopA := a.listen(s)
	b.listen(s)
	ev := app.Event{Title: "Hearing", Date: app.Date{EDTF: "2023-07"}}
	if err := s.CreateEvent(&ev); err != nil {
		t.Fatal(err)
	}
	stopA()
	ev.Title = "Court hearing"
	if err := s.UpdateEvent(ev); err != nil {
		t.Fatal(err)
	}
	if len(a.got) != 1 || len(b.got) != 2 {
		t.Errorf("heard %d and %d changes, want 1 and 2", len(a.got), len(b.got))
	}
	// A change the store refuses changes nothing and announces nothing.
	bad := ev
	bad.Title = ""
	if err := s.UpdateEvent(bad); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("an event without a title: %v", err)
	}
	if len(b.got) != 2 || s.Index().Event(ev.ID).Title != "Court hearing" {
		t.Error("a refused change reached the index or the subscribers")
	}
	assertCurrent(t, s, "a refused change")
}

func TestReadOnlySession(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ro.casefile")
	st, err := storage.Opener{}.Create(path, demoCase(t), false)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro, err := storage.Opener{}.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ro)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if on, why := s.ReadOnly(); !on || why == "" {
		t.Errorf("ReadOnly = %v, %q", on, why)
	}
	ev := app.Event{Title: "x", Date: app.Date{EDTF: "2023"}}
	if err := s.CreateEvent(&ev); app.ErrorCode(err) != app.EREADONLY {
		t.Errorf("a change to a read-only case: %v", err)
	}
}

func TestIndexLookups(t *testing.T) {
	x := openTest(t, demoCase(t)).Index()
	d := x.Data()
	for _, p := range d.People {
		if x.ActorKind(p.ID) != app.KindPerson || x.ActorName(p.ID) != p.Name || x.KindOf(p.ID) != app.KindPerson {
			t.Errorf("person %s looked up wrong", p.ID)
		}
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			if fig, cl := x.Claim(c.ID); fig == nil || cl == nil || fig.ID != f.ID || x.KindOf(c.ID) != app.KindClaim {
				t.Errorf("claim %s looked up wrong", c.ID)
			}
			for _, ct := range c.Citations {
				if _, k, item, ok := x.Citation(ct.ID); !ok || k != app.KindClaim || item != c.ID {
					t.Errorf("citation %s of claim %s looked up as %s %s %v", ct.ID, c.ID, k, item, ok)
				}
			}
		}
	}
	r := d.Relations[0]
	if got := x.ItemName(app.KindRelation, r.ID); got != x.ActorName(r.From)+" "+r.Kind+" "+x.ActorName(r.To) {
		t.Errorf("relation name = %q", got)
	}
	if x.Event("nope") != nil || x.ItemName(app.KindEvent, "nope") != "" || x.ActorKind("nope") != "" {
		t.Error("a missing id was found")
	}
	if n := len(x.RelationsOf(r.From)); n == 0 {
		t.Error("RelationsOf found nothing")
	}
}

// TestNewItemWithItsQuoteIsOneStep makes each kind of item the reading
// view makes from a selected phrase together with its citation of the
// quote, and checks that this is one change and one undo step: subscribers
// hear of the item, the citation and the source, and one Undo takes both
// away, one Redo brings both back.
func TestNewItemWithItsQuoteIsOneStep(t *testing.T) {
	s := openTest(t, demoCase(t))
	var rec recorder
	rec.listen(s)
	d := s.Index().Data()
	i := slices.IndexFunc(d.Sources, func(x app.Source) bool { return len(x.Text) > 100 })
	if i < 0 {
		t.Fatal("the demo case has no source with a text")
	}
	src := d.Sources[i]
	fig := d.Figures[0].ID
	q := app.Quote(anchor.Capture(src.Text, 10, 30))
	quoted := func() []app.Citation { return []app.Citation{{Source: src.ID, Quote: &q}} }
	cases := []struct {
		label string
		kind  app.Kind
		make  func() (id string, cites []app.Citation, err error)
	}{
		{"add event ‘Camp searched’", app.KindEvent, func() (string, []app.Citation, error) {
			e := app.Event{Title: "Camp searched", Date: app.Date{EDTF: "2023-06-20"}, Citations: quoted()}
			err := s.CreateEvent(&e)
			return e.ID, e.Citations, err
		}},
		{"add person ‘Arben Dervishi’", app.KindPerson, func() (string, []app.Citation, error) {
			p := app.Person{Name: "Arben Dervishi", Citations: quoted()}
			err := s.CreatePerson(&p)
			return p.ID, p.Citations, err
		}},
		{"add organization ‘Durrës Prosecutor's Office’", app.KindOrganization, func() (string, []app.Citation, error) {
			o := app.Organization{Name: "Durrës Prosecutor's Office", Citations: quoted()}
			err := s.CreateOrganization(&o)
			return o.ID, o.Citations, err
		}},
		{"add claim ‘dozens’", app.KindClaim, func() (string, []app.Citation, error) {
			c := app.Claim{Figure: fig, Source: src.ID, Text: "dozens", Citations: quoted()}
			err := s.CreateClaim(&c)
			return c.ID, c.Citations, err
		}},
		{"add disputed figure ‘phones seized’", app.KindClaim, func() (string, []app.Citation, error) {
			f := app.Figure{Question: "phones seized", Claims: []app.Claim{{Source: src.ID, Text: "over 150", Citations: quoted()}}}
			err := s.CreateFigure(&f)
			if err != nil {
				return "", nil, err
			}
			return f.Claims[0].ID, f.Claims[0].Citations, nil
		}},
	}
	for _, tc := range cases {
		before := encode(t, *s.Index().Data())
		id, cites, err := tc.make()
		if err != nil {
			t.Fatalf("%s: %v", tc.label, err)
		}
		after := encode(t, *s.Index().Data())
		c := rec.last(t)
		if len(cites) != 1 || cites[0].ID == "" || !c.Has(tc.kind, id) || !c.Has(app.KindCitation, cites[0].ID) || !c.Has(app.KindSource, src.ID) {
			t.Errorf("%s: subscribers heard %+v", tc.label, c)
		}
		if got := s.Index().CitationsOf(tc.kind, id); len(got) != 1 || got[0].Quote == nil || got[0].Quote.Exact != q.Exact {
			t.Errorf("%s: the index has the citations %+v", tc.label, got)
		}
		assertCurrent(t, s, tc.label)
		if got := s.UndoLabel(); got != tc.label {
			t.Errorf("undo label %q, want %q", got, tc.label)
		}
		if _, err := s.Undo(); err != nil {
			t.Fatalf("undo %s: %v", tc.label, err)
		}
		if got := encode(t, *s.Index().Data()); !bytes.Equal(got, before) {
			t.Errorf("one undo of %s left:\n%s", tc.label, firstDiff(got, before))
		}
		assertCurrent(t, s, "undo "+tc.label)
		if _, err := s.Redo(); err != nil {
			t.Fatalf("redo %s: %v", tc.label, err)
		}
		if got := encode(t, *s.Index().Data()); !bytes.Equal(got, after) {
			t.Errorf("one redo of %s left:\n%s", tc.label, firstDiff(got, after))
		}
	}
}

// TestUndoOfACitationNamesItsSource checks that Undo and Redo of a
// citation tell the subscribers which source it belongs to, also when the
// citation is gone, so that the window can show that source.
func TestUndoOfACitationNamesItsSource(t *testing.T) {
	s := openTest(t, demoCase(t))
	var rec recorder
	rec.listen(s)
	d := s.Index().Data()
	src, ev := d.Sources[len(d.Sources)-1].ID, d.Events[0].ID
	c := app.Citation{Item: ev, Source: src, Note: "also reported here"}
	if err := s.AddCitation(&c); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		name string
		do   func() (app.Change, error)
		item string
	}{{"Undo", s.Undo, ""}, {"Redo", s.Redo, c.ID}} {
		ch, err := step.do()
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		got := rec.last(t)
		if ch.Kind != app.KindCitation || ch.Item != step.item || ch.Source != src || got.Undo == nil || got.Undo.Source != src {
			t.Errorf("%s of a citation: %+v, announced %+v", step.name, ch, got)
		}
		if len(got.Items[app.KindSource]) != 1 || got.Items[app.KindSource][0] != src {
			t.Errorf("%s of a citation names the sources %q, want %q", step.name, got.Items[app.KindSource], src)
		}
	}
}
