package storage

import (
	"sort"

	"casefile/app"
)

// nameKey is the same-name rule of the domain, app.NameKey.
func nameKey(s string) string { return app.NameKey(s) }

// actorIndex is an in-memory list of every person's and organization's
// name and aliases, by nameKey. The store builds it when first needed and
// again after any change (see DB.gen): three queries (read as JSON, see
// jsonrows.go), a few milliseconds on a case with thousands of people.
type actorIndex struct {
	gen    uint64
	actors []actorEntry
	names  []actorName
	byKey  map[string][]int32 // nameKey -> indexes into names, in order
	// aliasOwner maps an alias's seq to its owner's index in actors.
	aliasOwner map[int64]int32
	// byID maps an id to its index in actors.
	byID map[string]int32
}

// actorEntry is one person or organization.
type actorEntry struct {
	kind app.Kind
	id   string
	name string
	seq  int64
}

// actorName is a name or an alias of actors[actor].
type actorName struct {
	actor int32
	text  string
	alias bool
}

// actorCols are the columns the actor index reads, as text even should a
// damaged file hold something else, since JSON cannot hold a BLOB.
const actorCols = "CAST(id AS TEXT), CAST(name AS TEXT)"

// actorIndexLocked returns the current actor index, building it when the
// case has changed since it was last built. db.mu must be held.
func (db *DB) actorIndexLocked() (*actorIndex, error) {
	if ix := db.actors; ix != nil && ix.gen == db.gen {
		return ix, nil
	}
	ix := &actorIndex{gen: db.gen}
	tables := []struct {
		kind  app.Kind
		query string
	}{
		{app.KindPerson, jsonQuery(actorCols, "people")},
		{app.KindOrganization, jsonQuery(actorCols, "organizations")},
	}
	for _, tb := range tables {
		t, n, err := queryJSONTable(db.sql, tb.query)
		if err != nil {
			return nil, err
		}
		if ix.actors == nil {
			ix.actors = make([]actorEntry, 0, 2*n)
		}
		for t.next() {
			seq, _ := t.int()
			ix.actors = append(ix.actors, actorEntry{kind: tb.kind, seq: seq, id: t.str(), name: t.str()})
		}
		if t.err != nil {
			return nil, t.err
		}
	}
	sort.SliceStable(ix.actors, func(i, j int) bool {
		a, b := ix.actors[i], ix.actors[j]
		return a.kind == app.KindPerson && b.kind != app.KindPerson || a.kind == b.kind && a.seq < b.seq
	})
	byID := make(map[string]int32, len(ix.actors))
	for i, a := range ix.actors {
		byID[a.id] = int32(i)
	}
	ix.byID = byID
	t, n, err := queryJSONTable(db.sql, jsonQuery("CAST(owner AS TEXT), CAST(name AS TEXT)", "aliases"))
	if err != nil {
		return nil, err
	}
	ix.names = make([]actorName, 0, len(ix.actors)+n)
	ix.byKey = make(map[string][]int32, len(ix.actors)+n)
	ix.aliasOwner = make(map[int64]int32, n)
	for i, a := range ix.actors {
		ix.add(int32(i), a.name, false)
	}
	type alias struct {
		seq   int64
		owner int32
		name  string
	}
	as := make([]alias, 0, n)
	for t.next() {
		seq, _ := t.int()
		owner, name := t.str(), t.str()
		if i, ok := byID[owner]; ok {
			as = append(as, alias{seq, i, name})
		}
	}
	if t.err != nil {
		return nil, t.err
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].seq < as[j].seq })
	for _, a := range as {
		ix.aliasOwner[a.seq] = a.owner
		ix.add(a.owner, a.name, true)
	}
	db.actors = ix
	return ix, nil
}

func (ix *actorIndex) add(actor int32, text string, alias bool) {
	k := nameKey(text)
	if k == "" {
		return
	}
	ix.byKey[k] = append(ix.byKey[k], int32(len(ix.names)))
	ix.names = append(ix.names, actorName{actor: actor, text: text, alias: alias})
}

// SimilarActors lists the people and organizations whose name or an alias
// has the same nameKey as name or one of aliases: likely duplicates of an
// item being added or edited. exclude is the id of the item being edited
// (or ""); it is never listed. Each item is listed once, people before
// organizations and each in store order; MatchedOn is its name when that
// matched, else the first of its aliases that did.
func (db *DB) SimilarActors(name string, aliases []string, exclude string) ([]app.ActorMatch, error) {
	keys := make([]string, 0, 1+len(aliases))
	for _, s := range append([]string{name}, aliases...) {
		if k := nameKey(s); k != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	ix, err := db.actorIndexLocked()
	if err != nil {
		return nil, db.sqlErr(err, "look for people and organizations with the same name")
	}
	// best[actor] is the index in ix.names of the name to report.
	best := map[int32]int32{}
	for _, k := range keys {
		for _, n := range ix.byKey[k] {
			an := ix.names[n]
			if ix.actors[an.actor].id == exclude {
				continue
			}
			if cur, ok := best[an.actor]; !ok || (ix.names[cur].alias && !an.alias) || (ix.names[cur].alias == an.alias && n < cur) {
				best[an.actor] = n
			}
		}
	}
	if len(best) == 0 {
		return nil, nil
	}
	var out []app.ActorMatch
	for i, a := range ix.actors {
		if n, ok := best[int32(i)]; ok {
			out = append(out, app.ActorMatch{Kind: a.kind, ID: a.id, Name: a.name, MatchedOn: ix.names[n].text})
		}
	}
	return out, nil
}
