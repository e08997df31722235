package storage

import (
	"sort"

	"casefile/app"
)

// The whole-table readers of Load and the list methods. Each reads its
// table as one JSON array (see jsonrows.go) and falls back to reading it
// row by row (the read* functions beside each kind's other code) should
// that fail, so that a damaged value costs speed, never the case. The
// column lists are the row readers' (eventCols and so on), with seq first;
// TestFastReadersMatchRowReaders checks that both ways read the same.

// viaJSON runs the JSON reader fast and, if it fails, the row reader slow.
func viaJSON[T any](q querier, fast, slow func(querier) (T, error)) (T, error) {
	if v, err := fast(q); err == nil {
		return v, nil
	}
	return slow(q)
}

// jsonQuery is the query that counts the rows of table and reads cols
// (after seq) of every row as one JSON array.
func jsonQuery(cols, table string) string {
	return "SELECT count(*), json_group_array(json_array(seq, " + cols + ")) FROM " + table
}

// inOrder sorts rows by seq unless they are in that order already, as a
// table scan gives them; json_group_array promises no order.
func inOrder[T any](seqs []int64, rows []T) {
	if sort.SliceIsSorted(seqs, func(i, j int) bool { return seqs[i] < seqs[j] }) {
		return
	}
	idx := make([]int, len(seqs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return seqs[idx[i]] < seqs[idx[j]] })
	sorted := make([]T, len(rows))
	sortedSeqs := make([]int64, len(seqs))
	for i, k := range idx {
		sorted[i], sortedSeqs[i] = rows[k], seqs[k]
	}
	copy(rows, sorted)
	copy(seqs, sortedSeqs)
}

// groupBy returns the values (in order) for each key, all sharing one
// backing array; keys[i] is the key of vals[i]. Each group's capacity is
// its length, so that appending to one never writes into another.
func groupBy[T any](keys []string, vals []T) map[string][]T {
	group := make(map[string]int32, len(keys)/2+1)
	var counts []int32
	gi := make([]int32, len(keys))
	for i, k := range keys {
		g, ok := group[k]
		if !ok {
			g = int32(len(counts))
			group[k] = g
			counts = append(counts, 0)
		}
		counts[g]++
		gi[i] = g
	}
	starts := make([]int32, len(counts)+1)
	for g, n := range counts {
		starts[g+1] = starts[g] + n
	}
	out := make([]T, len(vals))
	pos := append([]int32(nil), starts[:len(counts)]...)
	for i := range vals {
		g := gi[i]
		out[pos[g]] = vals[i]
		pos[g]++
	}
	m := make(map[string][]T, len(counts))
	for k, g := range group {
		m[k] = out[starts[g]:starts[g+1]:starts[g+1]]
	}
	return m
}

// quoteFrom reads the five quote columns; q is where to keep a quote.
func quoteFrom(t *jsonTable, q *app.Quote) *app.Quote {
	exact, ok := t.optStr()
	prefix, suffix := t.str(), t.str()
	start, _ := t.int()
	end, _ := t.int()
	if !ok {
		return nil
	}
	*q = app.Quote{Exact: exact, Prefix: prefix, Suffix: suffix, Start: int(start), End: int(end)}
	return q
}

func jsonAllCitations(q querier) (map[string][]app.Citation, error) {
	t, n, err := queryJSONTable(q, jsonQuery(citationCols, "citations"))
	if err != nil {
		return nil, err
	}
	seqs, cs := make([]int64, 0, n), make([]app.Citation, 0, n)
	var quotes []app.Quote // one backing array for the quotes
	for t.next() {
		seq, _ := t.int()
		var c app.Citation
		c.ID, c.Item, c.Source, c.Note = t.str(), t.str(), t.str(), t.str()
		if len(quotes) == cap(quotes) {
			quotes = make([]app.Quote, 0, max(64, n-len(cs)))
		}
		quotes = quotes[:len(quotes)+1]
		if c.Quote = quoteFrom(t, &quotes[len(quotes)-1]); c.Quote == nil {
			quotes = quotes[:len(quotes)-1]
		}
		seqs, cs = append(seqs, seq), append(cs, c)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, cs)
	items := make([]string, len(cs))
	for i := range cs {
		items[i] = cs[i].Item
	}
	return groupBy(items, cs), nil
}

func jsonAllAliases(q querier) (map[string][]app.Alias, error) {
	t, n, err := queryJSONTable(q, jsonQuery("owner, name, note", "aliases"))
	if err != nil {
		return nil, err
	}
	seqs, owners, as := make([]int64, 0, n), make([]string, 0, n), make([]app.Alias, 0, n)
	for t.next() {
		seq, _ := t.int()
		owner := t.str()
		a := app.Alias{Name: t.str(), Note: t.str()}
		seqs, owners, as = append(seqs, seq), append(owners, owner), append(as, a)
	}
	if t.err != nil {
		return nil, t.err
	}
	if !sort.SliceIsSorted(seqs, func(i, j int) bool { return seqs[i] < seqs[j] }) {
		return nil, errJSONShape // rare: let the row reader order them
	}
	return groupBy(owners, as), nil
}

func jsonAllParticipants(q querier) (map[string][]string, error) {
	t, n, err := queryJSONTable(q, jsonQuery("event, actor", "event_participants"))
	if err != nil {
		return nil, err
	}
	seqs, events, actors := make([]int64, 0, n), make([]string, 0, n), make([]string, 0, n)
	for t.next() {
		seq, _ := t.int()
		seqs, events, actors = append(seqs, seq), append(events, t.str()), append(actors, t.str())
	}
	if t.err != nil {
		return nil, t.err
	}
	if !sort.SliceIsSorted(seqs, func(i, j int) bool { return seqs[i] < seqs[j] }) {
		return nil, errJSONShape
	}
	return groupBy(events, actors), nil
}

func jsonPeople(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]app.Person, error) {
	t, n, err := queryJSONTable(q, jsonQuery(personCols, "people"))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil // as the row reader gives
	}
	seqs, ps := make([]int64, 0, n), make([]app.Person, 0, n)
	for t.next() {
		seq, _ := t.int()
		var p app.Person
		p.ID, p.Name, p.Role, p.Nationality = t.str(), t.str(), t.str(), t.str()
		p.Born.EDTF, p.Born.Phrase, p.Died.EDTF, p.Died.Phrase, p.Notes = t.str(), t.str(), t.str(), t.str(), t.str()
		p.Aliases, p.Citations = aliases[p.ID], cites[p.ID]
		seqs, ps = append(seqs, seq), append(ps, p)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, ps)
	return ps, nil
}

func jsonOrgs(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]app.Organization, error) {
	t, n, err := queryJSONTable(q, jsonQuery(orgCols, "organizations"))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil // as the row reader gives
	}
	seqs, os := make([]int64, 0, n), make([]app.Organization, 0, n)
	for t.next() {
		seq, _ := t.int()
		var o app.Organization
		o.ID, o.Name, o.Kind, o.Country, o.Notes = t.str(), t.str(), t.str(), t.str(), t.str()
		o.Aliases, o.Citations = aliases[o.ID], cites[o.ID]
		seqs, os = append(seqs, seq), append(os, o)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, os)
	return os, nil
}

func jsonRelations(q querier, cites map[string][]app.Citation) ([]app.Relation, error) {
	t, n, err := queryJSONTable(q, jsonQuery(relationCols, "relations"))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil // as the row reader gives
	}
	seqs, rs := make([]int64, 0, n), make([]app.Relation, 0, n)
	for t.next() {
		seq, _ := t.int()
		var r app.Relation
		r.ID, r.From, r.To, r.Kind = t.str(), t.str(), t.str(), t.str()
		r.Start.EDTF, r.Start.Phrase, r.End.EDTF, r.End.Phrase = t.str(), t.str(), t.str(), t.str()
		r.Citations = cites[r.ID]
		seqs, rs = append(seqs, seq), append(rs, r)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, rs)
	return rs, nil
}

func jsonEvents(q querier, parts map[string][]string, cites map[string][]app.Citation) ([]app.Event, error) {
	t, n, err := queryJSONTable(q, jsonQuery(eventCols, "events"))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil // as the row reader gives
	}
	seqs, es := make([]int64, 0, n), make([]app.Event, 0, n)
	for t.next() {
		seq, _ := t.int()
		var e app.Event
		e.ID, e.Title, e.Date.EDTF, e.Date.Phrase, e.Description, e.Place = t.str(), t.str(), t.str(), t.str(), t.str(), t.str()
		key, _ := t.int()
		e.Key = key != 0
		e.Participants, e.Citations = parts[e.ID], cites[e.ID]
		seqs, es = append(seqs, seq), append(es, e)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, es)
	return es, nil
}

func jsonFigures(q querier, cites map[string][]app.Citation) ([]app.Figure, error) {
	t, n, err := queryJSONTable(q, jsonQuery(claimCols, "claims"))
	if err != nil {
		return nil, err
	}
	seqs, figs, cs := make([]int64, 0, n), make([]string, 0, n), make([]app.Claim, 0, n)
	nums := make([]float64, 0, 2*n) // one backing array for the bounds
	num := func() *float64 {
		v, ok := t.float()
		if !ok {
			return nil
		}
		if len(nums) == cap(nums) {
			nums = make([]float64, 0, 64)
		}
		nums = append(nums, v)
		return &nums[len(nums)-1]
	}
	for t.next() {
		seq, _ := t.int()
		var c app.Claim
		c.ID, c.Figure, c.Source, c.Claimant, c.Text = t.str(), t.str(), t.str(), t.str(), t.str()
		c.Low, c.High = num(), num()
		c.Qualifier = app.Qualifier(t.str())
		c.AsOf.EDTF, c.AsOf.Phrase = t.str(), t.str()
		cred, _ := t.int()
		c.Credibility = int(cred)
		c.Note = t.str()
		c.Citations = cites[c.ID]
		seqs, figs, cs = append(seqs, seq), append(figs, c.Figure), append(cs, c)
	}
	if t.err != nil {
		return nil, t.err
	}
	if !sort.SliceIsSorted(seqs, func(i, j int) bool { return seqs[i] < seqs[j] }) {
		return nil, errJSONShape
	}
	byFig := groupBy(figs, cs)

	t, n, err = queryJSONTable(q, jsonQuery(figureCols, "figures"))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil
	}
	seqs = make([]int64, 0, n)
	fs := make([]app.Figure, 0, n)
	for t.next() {
		seq, _ := t.int()
		var f app.Figure
		f.ID, f.Question, f.Unit, f.Event, f.Assessment, f.Summary = t.str(), t.str(), t.str(), t.str(), t.str(), t.str()
		f.Claims = byFig[f.ID]
		seqs, fs = append(seqs, seq), append(fs, f)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, fs)
	return fs, nil
}

func jsonAnnotations(q querier) ([]app.Annotation, error) {
	t, n, err := queryJSONTable(q, jsonQuery(annotationCols, "annotations"))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil // as the row reader gives
	}
	seqs, as := make([]int64, 0, n), make([]app.Annotation, 0, n)
	quotes := make([]app.Quote, 0, n)
	for t.next() {
		seq, _ := t.int()
		var a app.Annotation
		a.ID, a.Source, a.Note = t.str(), t.str(), t.str()
		if len(quotes) == cap(quotes) {
			quotes = make([]app.Quote, 0, max(64, n-len(as)))
		}
		quotes = quotes[:len(quotes)+1]
		if a.Quote = quoteFrom(t, &quotes[len(quotes)-1]); a.Quote == nil {
			quotes = quotes[:len(quotes)-1]
		}
		seqs, as = append(seqs, seq), append(as, a)
	}
	if t.err != nil {
		return nil, t.err
	}
	inOrder(seqs, as)
	return as, nil
}

// The readers Load and the list methods use.

func loadCitations(q querier) (map[string][]app.Citation, error) {
	return viaJSON(q, jsonAllCitations, readAllCitations)
}

func loadAliases(q querier) (map[string][]app.Alias, error) {
	return viaJSON(q, jsonAllAliases, readAllAliases)
}

func loadParticipants(q querier) (map[string][]string, error) {
	return viaJSON(q, jsonAllParticipants, readAllParticipants)
}

func loadPeople(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]app.Person, error) {
	return viaJSON(q,
		func(q querier) ([]app.Person, error) { return jsonPeople(q, aliases, cites) },
		func(q querier) ([]app.Person, error) { return people.readAll(q, aliases, cites) })
}

func loadOrgs(q querier, aliases map[string][]app.Alias, cites map[string][]app.Citation) ([]app.Organization, error) {
	return viaJSON(q,
		func(q querier) ([]app.Organization, error) { return jsonOrgs(q, aliases, cites) },
		func(q querier) ([]app.Organization, error) { return orgs.readAll(q, aliases, cites) })
}

func loadRelations(q querier, cites map[string][]app.Citation) ([]app.Relation, error) {
	return viaJSON(q,
		func(q querier) ([]app.Relation, error) { return jsonRelations(q, cites) },
		func(q querier) ([]app.Relation, error) { return readRelations(q, cites) })
}

func loadEvents(q querier, parts map[string][]string, cites map[string][]app.Citation) ([]app.Event, error) {
	return viaJSON(q,
		func(q querier) ([]app.Event, error) { return jsonEvents(q, parts, cites) },
		func(q querier) ([]app.Event, error) { return readEvents(q, parts, cites) })
}

func loadFigures(q querier, cites map[string][]app.Citation) ([]app.Figure, error) {
	return viaJSON(q,
		func(q querier) ([]app.Figure, error) { return jsonFigures(q, cites) },
		func(q querier) ([]app.Figure, error) { return readFigures(q, cites) })
}

func loadAnnotations(q querier) ([]app.Annotation, error) {
	return viaJSON(q, jsonAnnotations, readAnnotations)
}
