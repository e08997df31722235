package storage

import (
	"database/sql"
	"errors"
	"maps"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"casefile/app"
)

// Search.
//
// Every text field of every item is one row of the FTS5 table search (see
// docs/FORMAT.md); a row's rowid says which table, item (seq) and field it
// is. Search finds items in two ways and ranks what it finds in Go:
//
//  1. Rows holding every word of the query (FTS5, all words required),
//     ranked by tier, then bm25. The tiers are: 0, the name of a person or
//     organization; 1, an alias of one; 2, another name or title (a
//     source's or event's title, a figure's question, a claim's phrase, a
//     relation's kind); 3, any other text (descriptions, notes, a source's
//     full text…). bm25 costs a few microseconds a row, so it ranks only
//     what is worth it: rows of other text only when there are at most
//     bodyRankCap of them (else the shorter fields first, then in store
//     order), and no rows at all when the query matches more than rankCap
//     (then rows are taken table by table, names first, in store order).
//  2. For a query of several words, when (1) found fewer than limit items
//     by a name or title: items whose fields together hold every word
//     ("Police raid Manëz" finds the event titled "Police raid" at Manëz),
//     and then, while there is room, items holding some of the words, the
//     most words first. A word matching more than spreadCap rows is too
//     common for this, and (2) is skipped.
//
// Each item is one hit, by its best row (a source's full text is a hit of
// its own, beside the source's title, since it leads into the text). The
// score orders hits: how many of the words the item holds, then the tier
// of its row, then all words in one field before words spread over
// fields, then bm25.

// maxQueryWords bounds how many words of a query are searched for.
const maxQueryWords = 16

// rankArgs ranks hits: bm25 with names and titles (column name) counting
// ten times as much as longer text (column body); the unindexed columns
// item and field have no weight. bm25 is lower for better hits.
const rankArgs = "bm25(0.0, 0.0, 10.0, 1.0)"

// The limits that keep a search within a few milliseconds on a large case
// (variables so that tests can lower them).
var (
	// rankCap is the most rows a query may match to be ranked with bm25.
	rankCap = 2500
	// spreadCap is the most rows each word may match for items to be
	// found by words spread over several fields.
	spreadCap = 4000
	// bodyRankCap is the most rows of other text (tier 3) that are ranked
	// with bm25, counting sources' full texts apart from the shorter
	// fields; more are taken in store order. bm25 costs a few
	// microseconds a row, and more for a long text.
	bodyRankCap = 400
)

// tierSQL is rowTier in SQL.
const tierSQL = "CASE WHEN (rowid & 15) <> 0 THEN 3 WHEN (rowid >> 40) IN (2, 3) THEN 0 WHEN (rowid >> 40) = 4 THEN 1 WHEN (rowid >> 40) <= 8 THEN 2 ELSE 3 END"

// Search index table codes (rowid >> 40).
const (
	codeSources     = 1
	codeAliases     = 4
	codeCitations   = 9
	codeAnnotations = 10
)

// rowTier is the tier of a search row (see above).
func rowTier(rowid int64) int {
	table, slot := rowid>>40, rowid&15
	switch {
	case slot != 0:
		return 3
	case table == 2 || table == 3:
		return 0
	case table == codeAliases:
		return 1
	case table <= 8:
		return 2
	default:
		return 3
	}
}

// isSourceText reports whether a search row is a source's full text.
func isSourceText(rowid int64) bool { return rowid>>40 == codeSources && rowid&15 == 3 }

// qword is a word of a query.
type qword struct {
	text   string // as typed
	folded string // lower case, without diacritics
	prefix bool   // matched as the start of a word; else as a whole word
}

// isTokenRune reports whether r belongs to a word, as the unicode61
// tokenizer sees it (letters, numbers, private use; marks stay with their
// letter).
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r)
}

// queryWords splits what a user typed into words, as the unicode61
// tokenizer splits text, and drops repeated words. A word of two or more
// characters is matched as the start of a word ("cuc" finds "Çuçi"); a
// word of one character only as a whole word, because as a prefix it
// matches a large part of any case: "some 1" finds "some 1 or 2", not
// every number and year that begins with 1.
func queryWords(q string) []qword {
	var out []qword
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !isTokenRune(r) }) {
		qw := qword{text: w, folded: foldToken(w), prefix: utf8.RuneCountInString(w) >= 2}
		if seen[qw.folded] {
			continue
		}
		seen[qw.folded] = true
		out = append(out, qw)
		if len(out) == maxQueryWords {
			break
		}
	}
	return out
}

// ftsTerm is one word as an FTS5 query that cannot be a syntax error: a
// quoted string, with * for a prefix.
func ftsTerm(w qword) string {
	t := `"` + strings.ReplaceAll(w.text, `"`, `""`) + `"`
	if w.prefix {
		t += "*"
	}
	return t
}

// ftsQuery is an FTS5 query requiring every word.
func ftsQuery(words []qword) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = ftsTerm(w)
	}
	return strings.Join(parts, " ")
}

// Search finds the items whose text matches query, best first: an item
// holding all the words before one holding some, a person's or
// organization's name or alias before another name or title, and those
// before other text; see the comment at the top of this section. Words
// match the start of words (one-letter words whole words), ignoring case
// and diacritics ("cuci" finds "Çuçi"). Each item is one hit, by its best
// field (a source's full text is a hit beside the source's title): an
// alias leads to its person or organization, a citation note to the cited
// item. limit <= 0 means 50.
func (db *DB) Search(query string, limit int) ([]app.SearchHit, error) {
	words := queryWords(query)
	if len(words) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	unlock, err := db.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	hits, err := db.search(words, limit)
	if err != nil {
		return nil, db.sqlErr(err, "search the case")
	}
	return hits, nil
}

// candidate is a search row that may become a hit.
type candidate struct {
	rowid   int64
	matched int  // query words the item holds
	tier    int  // rowTier(rowid)
	inRow   bool // all matched words are in this row
	// rowWords is how many query words the row holds (0: all).
	rowWords int
	bm25     float64 // FTS5's bm25 (negative; lower is better), or 0
	score    float64
}

// setScore sets c.score from the rest of c: 100 for each query word the
// item holds, 10 for each tier above the last, 5 for holding them all in
// this row, and bm25 squeezed into [0, 1).
func (c *candidate) setScore() {
	c.score = float64(c.matched)*100 + float64(3-c.tier)*10
	if c.inRow {
		x := -c.bm25
		if x < 0 {
			x = 0
		}
		c.score += 5 + x/(1+x)
	}
}

// search runs a search of words for at most limit hits; db.mu is held.
func (db *DB) search(words []qword, limit int) ([]app.SearchHit, error) {
	ix, err := db.actorIndexLocked()
	if err != nil {
		return nil, err
	}
	s := &searcher{db: db, ix: ix, words: words, limit: limit, seen: map[int64]bool{}}
	// The rows each word matches, unless one is too common.
	lists := make([][]int64, len(words))
	for i, w := range words {
		if lists[i], err = s.rowids(ftsTerm(w), spreadCap+1); err != nil {
			return nil, err
		}
		if len(lists[i]) > spreadCap {
			lists = nil
			break
		}
	}
	switch {
	case lists == nil && len(words) == 1:
		err = s.allInRowCommon(ftsQuery(words))
	case lists == nil:
		err = s.allInRow()
	default:
		err = s.ranked(intersect(lists), lists)
	}
	if err != nil {
		return nil, err
	}
	sort.SliceStable(s.found, func(i, j int) bool { return s.found[i].score > s.found[j].score })
	return s.hits()
}

// searcher is one search under way.
type searcher struct {
	db    *DB
	ix    *actorIndex
	words []qword
	limit int
	found []candidate
	seen  map[int64]bool // item keys found
	// The items found, by how they score: names counts those holding
	// every word by a name or title (tiers 0 to 2); others those holding
	// every word by other text, in one field; weak all the rest.
	names, others, weak int
}

// itemKey names the item (or a source's text) a row leads to, as a
// number: the rowid without its field slot, an alias's owner's; 0 for a
// citation note, whose item is known only from the row itself.
func (s *searcher) itemKey(rowid int64) int64 {
	switch rowid >> 40 {
	case codeAliases:
		i, ok := s.ix.aliasOwner[(rowid>>4)&(1<<36-1)]
		if !ok {
			return 0
		}
		a := s.ix.actors[i]
		table := int64(2)
		if a.kind == app.KindOrganization {
			table = 3
		}
		return table<<40 | a.seq<<4
	case codeCitations:
		return 0
	}
	if isSourceText(rowid) {
		return rowid
	}
	return rowid &^ 15
}

// add keeps c unless its item was found already; it reports whether it did.
func (s *searcher) add(c candidate) bool {
	if k := s.itemKey(c.rowid); k != 0 {
		if s.seen[k] {
			return false
		}
		s.seen[k] = true
	}
	c.tier = rowTier(c.rowid)
	c.setScore()
	s.found = append(s.found, c)
	switch {
	case c.matched == len(s.words) && c.tier < 3:
		s.names++
	case c.matched == len(s.words) && c.inRow:
		s.others++
	default:
		s.weak++
	}
	return true
}

// allInRow finds the rows holding every word (way 1) of a query with a
// word too common to list all its rows: FTS5 finds the rows holding all
// the words, at most rankCap+1 of them.
func (s *searcher) allInRow() error {
	rows, err := s.rowids(ftsQuery(s.words), rankCap+1)
	if err != nil {
		return err
	}
	return s.ranked(rows, nil)
}

// nameRowsSQL is true for a row of tiers 0 to 2 (a name or title).
const nameRowsSQL = "(rowid & 15) = 0 AND (rowid >> 40) <= 8"

// sourceTextSQL is true for a row of a source's full text.
const sourceTextSQL = "((rowid >> 40) = 1 AND (rowid & 15) = 3)"

// ranked adds the rows holding every word (way 1), rows in rowid order,
// and the items found by way 2 when lists (the rows each word matches) are
// given, reading no more than the best limit hits need: names and titles
// first, ranked with bm25; then items holding every word spread over
// their fields; then, if those are fewer than limit, the shorter fields
// of other text, then sources' full texts, each ranked with bm25 when
// there are at most bodyRankCap rows of it (else in store order); then, if
// fewer than limit items hold every word, items holding some.
func (s *searcher) ranked(rows []int64, lists [][]int64) error {
	if len(rows) > rankCap {
		return s.allInRowCommon(ftsQuery(s.words))
	}
	var names, body, texts []int64
	for _, r := range rows {
		switch {
		case rowTier(r) < 3:
			names = append(names, r)
		case isSourceText(r):
			texts = append(texts, r)
		default:
			body = append(body, r)
		}
	}
	expr := ftsQuery(s.words)
	if len(names) > 0 {
		if err := s.rankQuery(expr, nameRowsSQL, len(names), s.limit); err != nil {
			return err
		}
	}
	var partial []candidate
	if lists != nil && len(s.words) > 1 && s.names < s.limit {
		partial = s.spread(lists)
	}
	// Rows of other text score below names and titles (s.names), and
	// above items holding only some words.
	for _, part := range []struct {
		rows  []int64
		where string
	}{
		{body, "NOT (" + nameRowsSQL + ") AND NOT " + sourceTextSQL},
		{texts, sourceTextSQL},
	} {
		room := s.limit - s.names - s.others
		switch {
		case room <= 0 || len(part.rows) == 0:
		case len(part.rows) <= bodyRankCap:
			if err := s.rankQuery(expr, part.where, len(part.rows), room); err != nil {
				return err
			}
		default:
			for _, r := range part.rows {
				if room == 0 {
					break
				}
				if s.add(candidate{rowid: r, matched: len(s.words), inRow: true}) {
					room--
				}
			}
		}
	}
	for _, c := range partial {
		if s.names+s.others+s.weak >= s.limit {
			break
		}
		s.add(c)
	}
	return nil
}

// rankQuery adds up to room items from the rows matching expr and the
// condition where on their rowid (of which there are n), by tier and bm25.
func (s *searcher) rankQuery(expr, where string, n, room int) error {
	for want := min(n, 3*room+10); ; want = min(n, 4*want) {
		rows, err := s.db.sql.Query(`SELECT rowid, rank FROM search WHERE search MATCH ? AND `+where+` AND rank MATCH '`+rankArgs+`'
			ORDER BY `+tierSQL+`, rank LIMIT ?`, expr, want)
		if err != nil {
			return err
		}
		var cs []candidate
		for rows.Next() {
			c := candidate{matched: len(s.words), inRow: true}
			if err := rows.Scan(&c.rowid, &c.bm25); err != nil {
				rows.Close()
				return err
			}
			cs = append(cs, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		saved := *s
		saved.found, saved.seen = s.found, maps.Clone(s.seen)
		added := 0
		for _, c := range cs {
			if added == room {
				break
			}
			if s.add(c) {
				added++
			}
		}
		if added == room || len(cs) < want || want == n {
			return nil
		}
		// Too many rows led to items found already: read more rows.
		*s = saved
	}
}

// intersect returns the rowids in every list (each in rowid order).
func intersect(lists [][]int64) []int64 {
	if len(lists) == 0 {
		return nil
	}
	out := append([]int64(nil), lists[0]...)
	for _, l := range lists[1:] {
		k, j := 0, 0
		for _, r := range out {
			for j < len(l) && l[j] < r {
				j++
			}
			if j < len(l) && l[j] == r {
				out[k] = r
				k++
			}
		}
		out = out[:k]
	}
	return out
}

// nameTables and bodyTables are the orders in which allInRowCommon takes
// tables: people, organizations and aliases, then the other tables whose
// first field is a name or title; for other text, the short fields first
// and sources' full texts last.
var (
	nameTables = []int64{2, 3, 4, 1, 6, 7, 8, 5, 11, 12}
	bodyTables = []int64{6, 2, 3, 7, 8, 9, 10, 11, 4, 1}
)

// allInRowCommon finds rows holding every word of a query too common to
// rank: table by table, names and titles first, each in store order.
// Every query stops at the rows it needs.
func (s *searcher) allInRowCommon(expr string) error {
	for pass, tables := range [][]int64{nameTables, bodyTables} {
		slot := "(rowid & 15) = 0"
		if pass == 1 {
			slot = "(rowid & 15) <> 0"
		}
		for _, table := range tables {
			if len(s.found) >= s.limit {
				return nil
			}
			rows, err := s.db.sql.Query("SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? AND "+slot+" LIMIT ?",
				expr, table<<40, (table+1)<<40-1, 3*(s.limit-len(s.found))+10)
			if err != nil {
				return err
			}
			var cs []candidate
			for rows.Next() {
				c := candidate{matched: len(s.words), inRow: true}
				if err := rows.Scan(&c.rowid); err != nil {
					rows.Close()
					return err
				}
				cs = append(cs, c)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			for _, c := range cs {
				if len(s.found) >= s.limit {
					break
				}
				s.add(c)
			}
		}
	}
	return nil
}

// spread adds items whose fields together hold every word (way 2), up to
// limit of them, and returns, best first, up to limit items holding some
// of the words; lists holds the rows each word matches, in rowid order.
func (s *searcher) spread(lists [][]int64) []candidate {
	// Walk the lists together in rowid order, so that the rows of an item
	// come one after the other (an alias's come after its owner's).
	type item struct {
		key      int64
		mask     uint32 // the words the item holds
		best     int64  // the row to show: the best tier, then the most words, then the first
		bestMask uint32 // the words in that row
	}
	var items []item
	actorItems := map[int64]int{} // item index of people and organizations, for their aliases
	heads := make([]int, len(lists))
	for {
		rowid := int64(math.MaxInt64)
		for i, l := range lists {
			if heads[i] < len(l) && l[heads[i]] < rowid {
				rowid = l[heads[i]]
			}
		}
		if rowid == math.MaxInt64 {
			break
		}
		var m uint32
		for i, l := range lists {
			if heads[i] < len(l) && l[heads[i]] == rowid {
				m |= 1 << i
				heads[i]++
			}
		}
		k := s.itemKey(rowid)
		if k == 0 {
			continue // a citation note: its item is not known here
		}
		if isSourceText(rowid) {
			k = rowid &^ 15 // a source's title and text count together here
		}
		var it *item
		if n := len(items); n > 0 && items[n-1].key == k {
			it = &items[n-1]
		} else if i, ok := actorItems[k]; ok {
			it = &items[i]
		} else {
			if t := k >> 40; t == 2 || t == 3 {
				actorItems[k] = len(items)
			}
			items = append(items, item{key: k, best: rowid, bestMask: m})
			it = &items[len(items)-1]
		}
		it.mask |= m
		if t, bt := rowTier(rowid), rowTier(it.best); t < bt || t == bt && bits.OnesCount32(m) > bits.OnesCount32(it.bestMask) {
			it.best, it.bestMask = rowid, m
		}
	}
	// Take the best items without sorting them all: by the number of
	// words held, then the tier of the row shown, then store order.
	buckets := make([][]candidate, (len(s.words)+1)*4)
	for _, it := range items {
		c := candidate{rowid: it.best, matched: bits.OnesCount32(it.mask), inRow: it.bestMask == it.mask, rowWords: bits.OnesCount32(it.bestMask)}
		b := (len(s.words)-c.matched)*4 + rowTier(c.rowid)
		if len(buckets[b]) < 2*s.limit {
			buckets[b] = append(buckets[b], c)
		}
	}
	room := s.limit
	for _, cs := range buckets[:4] {
		for _, c := range cs {
			if room == 0 {
				break
			}
			if s.add(c) {
				room--
			}
		}
	}
	var partial []candidate
	for _, cs := range buckets[4:] {
		for _, c := range cs {
			if len(partial) == s.limit {
				return partial
			}
			partial = append(partial, c)
		}
	}
	return partial
}

// rowids lists, in order, the rowids of at most n rows matching the FTS5
// query expr, read as one string (which saves a cgo call and an allocation
// a row).
func (s *searcher) rowids(expr string, n int) ([]int64, error) {
	var list sql.NullString
	if err := s.db.sql.QueryRow("SELECT group_concat(rowid) FROM (SELECT rowid FROM search WHERE search MATCH ? LIMIT ?)", expr, n).Scan(&list); err != nil {
		return nil, err
	}
	if list.String == "" {
		return nil, nil
	}
	ids := make([]int64, 0, strings.Count(list.String, ",")+1)
	for f := range strings.SplitSeq(list.String, ",") {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if !slices.IsSorted(ids) { // FTS5 gives rowid order; keep to it
		slices.Sort(ids)
	}
	return ids, nil
}

// hits turns the best candidates into search hits: each row's item, field
// and text, its kind and title, and a snippet.
func (s *searcher) hits() ([]app.SearchHit, error) {
	if len(s.found) > s.limit+8 {
		s.found = s.found[:s.limit+8] // room for citation notes of items found already
	}
	if len(s.found) == 0 {
		return nil, nil
	}
	ids := make([]string, len(s.found))
	for i, c := range s.found {
		ids[i] = strconv.FormatInt(c.rowid, 10)
	}
	type rowText struct{ item, field, text string }
	texts := map[int64]rowText{}
	rows, err := s.db.sql.Query("SELECT rowid, item, field, name || body FROM search WHERE rowid IN (" + strings.Join(ids, ",") + ")")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var rowid int64
		var r rowText
		if err := rows.Scan(&rowid, &r.item, &r.field, &r.text); err != nil {
			rows.Close()
			return nil, err
		}
		texts[rowid] = r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var hits []app.SearchHit
	var hitRows []int64
	var hitWords []int
	var hitTexts []string
	type hitKey struct {
		id   string
		text bool
	}
	seen := map[hitKey]bool{}
	byKind := map[app.Kind][]string{}
	for _, c := range s.found {
		if len(hits) == s.limit {
			break
		}
		r, ok := texts[c.rowid]
		if !ok {
			continue
		}
		hk := hitKey{r.item, isSourceText(c.rowid)}
		if seen[hk] {
			continue
		}
		seen[hk] = true
		h := app.SearchHit{ID: r.item, Field: r.field, Offset: -1, Score: c.score}
		if h.Kind, err = s.kindOf(c.rowid, r.item); err != nil {
			return nil, err
		}
		byKind[h.Kind] = append(byKind[h.Kind], h.ID)
		hits = append(hits, h)
		hitWords = append(hitWords, c.rowWords)
		hitRows = append(hitRows, c.rowid)
		hitTexts = append(hitTexts, r.text)
	}
	titles, err := s.titles(byKind)
	if err != nil {
		return nil, err
	}
	for i := range hits {
		h := &hits[i]
		h.Title = titles[titleKey{h.Kind, h.ID}]
		var offset int
		h.Snippet, h.Marks, offset = snippet(hitTexts[i], s.words, snippetTokens, hitWords[i])
		if isSourceText(hitRows[i]) {
			h.Offset = offset
		}
	}
	return hits, nil
}

// tableKinds are the kinds of item the search index's tables lead to.
var tableKinds = map[int64]app.Kind{
	1: app.KindSource, 2: app.KindPerson, 3: app.KindOrganization, 5: app.KindRelation,
	6: app.KindEvent, 7: app.KindFigure, 8: app.KindClaim, 10: app.KindAnnotation,
	11: app.KindQuestion, 12: app.KindQuestion,
}

// kindOf is the kind of the item a row leads to.
func (s *searcher) kindOf(rowid int64, id string) (app.Kind, error) {
	if k, ok := tableKinds[rowid>>40]; ok {
		return k, nil
	}
	if rowid>>40 == codeAliases {
		if i, ok := s.ix.aliasOwner[(rowid>>4)&(1<<36-1)]; ok {
			return s.ix.actors[i].kind, nil
		}
	}
	return kindOf(s.db.sql, id)
}

// titleKey names an item for titles.
type titleKey struct {
	kind app.Kind
	id   string
}

// batchTitles read the titles of several items of one kind: the query
// ends in "IN (" and is completed with the ids' placeholders.
var batchTitles = map[app.Kind]string{
	app.KindSource:     "SELECT id, title FROM sources WHERE id IN (",
	app.KindEvent:      "SELECT id, title FROM events WHERE id IN (",
	app.KindFigure:     "SELECT id, question FROM figures WHERE id IN (",
	app.KindClaim:      "SELECT c.id, c.text || ' — ' || f.question FROM claims c JOIN figures f ON f.id = c.figure WHERE c.id IN (",
	app.KindAnnotation: "SELECT id, note FROM annotations WHERE id IN (",
	app.KindQuestion:   "SELECT id, text FROM questions WHERE id IN (",
}

// titles returns the title each hit shows (see searchTitle), by kind and
// id: one query per kind, names of people and organizations from the
// actor index.
func (s *searcher) titles(byKind map[app.Kind][]string) (map[titleKey]string, error) {
	out := map[titleKey]string{}
	for k, ids := range byKind {
		if k == app.KindPerson || k == app.KindOrganization {
			for _, id := range ids {
				if i, ok := s.ix.byID[id]; ok {
					out[titleKey{k, id}] = s.ix.actors[i].name
				}
			}
			continue
		}
		q, ok := batchTitles[k]
		if !ok {
			for _, id := range ids {
				t, err := searchTitle(s.db.sql, k, id)
				if err != nil {
					return nil, err
				}
				out[titleKey{k, id}] = t
			}
			continue
		}
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		rows, err := s.db.sql.Query(q+strings.Repeat("?,", len(ids)-1)+"?)", args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, t string
			if err := rows.Scan(&id, &t); err != nil {
				rows.Close()
				return nil, err
			}
			out[titleKey{k, id}] = t
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// searchTitle is the title a hit shows: the item's name or title; for a
// claim its phrase and its figure's question.
func searchTitle(q querier, k app.Kind, id string) (string, error) {
	if k == app.KindClaim {
		var s string
		err := q.QueryRow("SELECT c.text || ' — ' || f.question FROM claims c JOIN figures f ON f.id = c.figure WHERE c.id = ?", id).Scan(&s)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		return s, err
	}
	return titleOf(q, k, id)
}

// snippetTokens is how many words a snippet of a long text shows.
const snippetTokens = 14

// snippetReach is how far past its best window so far snippet reads a
// long text for a better one.
const snippetReach = 8 << 10

// token is a word in a text: its byte span and code-point start.
type token struct {
	start, end int // bytes
	runeStart  int
	match      int // index of the query word it matches, or -1
}

// snippet returns a short stretch of text around its best match: the
// window of n words holding the most different query words (the earliest
// such), with "…" where text was cut, the byte ranges of the matched words
// in it, and the code-point offset in text of its first match (-1 when no
// word matched). A word of text matches a query word when its folded form
// starts with it (equals it, for a whole-word query word). want is how
// many different query words the text is known to hold (0: unknown):
// reading stops at the first window holding that many, which saves
// reading the rest of a long source text; so does reading snippetReach
// bytes past the best window found without finding a better one. Only
// the last n+1 words read are kept.
func snippet(text string, words []qword, n, want int) (string, [][2]int, int) {
	if want <= 0 || want > len(words) {
		want = len(words)
	}
	// The first letter of each query word, to pass over most words of the
	// text without folding them.
	var firsts []rune
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w.folded); r != utf8.RuneError {
			firsts = append(firsts, r)
		}
	}
	ring := make([]token, n+1) // word k is ring[k%(n+1)]
	count := 0                 // words read
	var pending []int          // matching words whose window is not yet weighed
	bestFrom, bestScore, bestAt := 0, -1, 0
	best := make([]token, n) // the words of the best window so far
	head := make([]token, 0, n)
	// weigh considers the window of n words from word from.
	weigh := func(from int) {
		var m uint32
		for k := from; k < from+n; k++ {
			if t := ring[k%(n+1)]; t.match >= 0 {
				m |= 1 << t.match
			}
		}
		if sc := bits.OnesCount32(m); sc > bestScore {
			bestFrom, bestScore, bestAt = from, sc, ring[(from+n-1)%(n+1)].end
			for k := range best {
				best[k] = ring[(from+k)%(n+1)]
			}
		}
	}
	// add takes in a word; it reports whether a window holds want words.
	add := func(start, end, startRune int) bool {
		t := token{start: start, end: end, runeStart: startRune, match: -1}
		if couldMatch(text[start:end], firsts) {
			t.match = matchWord(text[start:end], words)
		}
		ring[count%(n+1)] = t
		if count < n {
			head = append(head, t)
		}
		if t.match >= 0 {
			pending = append(pending, count)
		}
		count++
		// A window is weighed once it is complete with a word after it
		// (so that it is not the last, which is placed differently).
		for len(pending) > 0 {
			from := max(0, pending[0]-n/4)
			if from+n >= count {
				break
			}
			weigh(from)
			pending = pending[1:]
		}
		return bestScore >= want || bestScore > 0 && end-bestAt > snippetReach
	}
	runes, start, startRune := 0, -1, 0
	stopped := false
	for i := 0; i < len(text); {
		c := text[i]
		size, tok := 1, false
		if c < utf8.RuneSelf {
			tok = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			tok = isTokenRune(r)
		}
		if tok {
			if start < 0 {
				start, startRune = i, runes
			}
		} else if start >= 0 {
			if add(start, i, startRune) {
				stopped = true
				break
			}
			start = -1
		}
		i += size
		runes++
	}
	if start >= 0 && !stopped {
		add(start, len(text), startRune)
	}
	if count == 0 {
		return truncate(text, 80), nil, -1
	}
	// The window: the whole text when it is short; else the best one,
	// weighing the last windows now that the text has ended.
	win, atStart, atEnd := head, true, !stopped && count <= n
	if count > n {
		if !stopped {
			for _, i := range pending {
				weigh(max(0, min(i-n/4, count-n)))
			}
		}
		if bestScore >= 0 { // else no word matched (FTS5 split the text otherwise): show the start
			win, atStart = best, bestFrom == 0
			atEnd = !stopped && bestFrom+n == count
		}
	}
	from, to := win[0].start, win[len(win)-1].end
	if atStart {
		from = 0
	}
	if atEnd {
		to = len(text)
	}
	var b strings.Builder
	lead := 0
	if from > 0 {
		b.WriteString("…")
		lead = len("…")
	}
	b.WriteString(strings.Join(strings.Fields(text[from:to]), " "))
	if to < len(text) {
		b.WriteString("…")
	}
	out := b.String()
	// Marks: find the matched words in the (whitespace-squeezed) snippet.
	var marks [][2]int
	offset := -1
	pos := lead
	for _, t := range win {
		w := text[t.start:t.end]
		at := strings.Index(out[pos:], w)
		if at < 0 {
			continue
		}
		s := pos + at
		pos = s + len(w)
		if t.match >= 0 {
			marks = append(marks, [2]int{s, s + len(w)})
			if offset < 0 {
				offset = t.runeStart
			}
		}
	}
	return out, marks, offset
}

// couldMatch reports whether the word tok begins with the first letter of
// one of the query words (firsts), folded: a quick test before matchWord.
func couldMatch(tok string, firsts []rune) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
	} else {
		k := app.NameKey(string(r))
		if k == "" {
			return true // a mark or a letter that folds to nothing: let matchWord decide
		}
		r, _ = utf8.DecodeRuneInString(k)
	}
	for _, f := range firsts {
		if r == f {
			return true
		}
	}
	return false
}

// matchWord returns the index of the first of the query words that the
// word tok matches once folded, or -1.
func matchWord(tok string, words []qword) int {
	ascii := true
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for j, w := range words {
			if len(tok) >= len(w.folded) && strings.EqualFold(tok[:len(w.folded)], w.folded) && (w.prefix || len(tok) == len(w.folded)) {
				return j
			}
		}
		return -1
	}
	f := app.Fold(tok)
	for j, w := range words {
		if strings.HasPrefix(f, w.folded) && (w.prefix || len(f) == len(w.folded)) {
			return j
		}
	}
	return -1
}

// foldToken folds a word as the search index does: lower case, without
// diacritics. ASCII words take a fast path.
func foldToken(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return app.Fold(s)
		}
	}
	return strings.ToLower(s)
}
