package storage

import (
	"reflect"
	"testing"

	"casefile/app"
)

func TestNameKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mujahedin-e Khalq", "mujahedinekhalq"},
		{"MUJAHEDIN E-KHALQ", "mujahedinekhalq"},
		{"  Bledar   Çuçi ", "bledarcuci"},
		{"People’s Mojahedin", "peoplesmojahedin"},
		{"M.E.K.", "mek"},
		{"Søren Østergaard", "sorenostergaard"},
		{"Straße", "strasse"},
		{"Ashraf-3", "ashraf3"},
		{"Đoković", "dokovic"},
		{"---", ""},
		{"", ""},
	} {
		if got := nameKey(c.in); got != c.want {
			t.Errorf("nameKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func matchIDs(ms []app.ActorMatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.Kind)+":"+m.ID+":"+m.MatchedOn)
	}
	return out
}

func TestSimilarActors(t *testing.T) {
	db := mustCreate(t, mergeCase())
	for _, c := range []struct {
		name    string
		aliases []string
		exclude string
		want    []string
	}{
		// By name, without diacritics; p3's name and alias match too.
		{"bledar cuci", nil, "", []string{"person:p1:Bledar Çuçi", "person:p3:Bledar Cuci"}},
		// By alias, hyphens and spaces aside; the item being edited is left out.
		{"Mujahedin e-Khalq", nil, "", []string{"organization:o4:Mujahedin-e Khalq"}},
		{"MUJAHEDIN-E KHALQ", nil, "o4", nil},
		// A new item's aliases are compared too, with names and aliases.
		{"Someone new", []string{"", "pmoi", "M.E.K."}, "", []string{"organization:o1:MEK", "organization:o4:mek"}},
		{"Cuci", nil, "", []string{"person:p1:Cuci", "person:p3:ÇUÇI"}},
		{"People’s Mojahedin Organization of Iran", nil, "", []string{"organization:o1:People's Mojahedin Organization of Iran"}},
		{"Bledar", nil, "", nil}, // a part of a name is not the name
		{"", nil, "", nil},
		{"  -- ", []string{"."}, "", nil},
	} {
		got, err := db.SimilarActors(c.name, c.aliases, c.exclude)
		if err != nil {
			t.Fatal(err)
		}
		if ids := matchIDs(got); !reflect.DeepEqual(ids, c.want) {
			t.Errorf("SimilarActors(%q, %q, %q) = %q, want %q", c.name, c.aliases, c.exclude, ids, c.want)
		}
	}
	got, _ := db.SimilarActors("Maryam Rajavi", nil, "")
	if len(got) != 1 || got[0] != (app.ActorMatch{Kind: app.KindPerson, ID: "p2", Name: "Maryam Rajavi", MatchedOn: "Maryam Rajavi"}) {
		t.Errorf("Maryam Rajavi: %+v", got)
	}

	// The index follows changes, undo and redo.
	p, _ := db.Person("p2")
	p.Name, p.Aliases = "Maryam Qajar Azodanlu", []app.Alias{{Name: "Rajavi"}}
	if err := db.UpdatePerson(p); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.SimilarActors("Maryam Rajavi", nil, ""); len(got) != 0 {
		t.Errorf("old name still matches: %v", matchIDs(got))
	}
	if got, _ := db.SimilarActors("rajavi", nil, ""); len(got) != 1 || got[0].MatchedOn != "Rajavi" {
		t.Errorf("new alias: %v", matchIDs(got))
	}
	db.Undo()
	if got, _ := db.SimilarActors("Maryam Rajavi", nil, ""); len(got) != 1 {
		t.Errorf("after undo: %v", matchIDs(got))
	}
	if err := db.CreateOrganization(&app.Organization{ID: "o9", Name: "Maryam-Rajavi"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.SimilarActors("Maryam Rajavi", nil, ""); !reflect.DeepEqual(matchIDs(got), []string{"person:p2:Maryam Rajavi", "organization:o9:Maryam-Rajavi"}) {
		t.Errorf("after create: %v", matchIDs(got))
	}
	if err := db.Merge("o1", "o4"); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.SimilarActors("Mujahedeen-e-Khalq", nil, ""); !reflect.DeepEqual(matchIDs(got), []string{"organization:o1:Mujahedeen-e-Khalq"}) {
		t.Errorf("after merge: %v", matchIDs(got))
	}
}

// BenchmarkSimilarActors looks up a name in the large case: "cold" builds
// the name index first (as after every change), "warm" uses it.
func BenchmarkSimilarActors(b *testing.B) {
	d, _ := largeCase(b)
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	name := d.People[100].Name
	for _, cold := range []bool{true, false} {
		b.Run(map[bool]string{true: "cold", false: "warm"}[cold], func(b *testing.B) {
			defer cpuMetric(b)()
			for b.Loop() {
				if cold {
					db.mu.Lock()
					db.gen++
					db.mu.Unlock()
				}
				got, err := db.SimilarActors(name, []string{"Another Name"}, "")
				if err != nil || len(got) == 0 {
					b.Fatalf("%q: %v, %v", name, got, err)
				}
			}
		})
	}
}
