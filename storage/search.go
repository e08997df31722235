package storage

import (
	"database/sql"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"casefile/app"
)

// maxQueryWords bounds how many words of a query are searched for.
const maxQueryWords = 16

// rankArgs ranks hits: bm25 with names and titles (column name) counting
// ten times as much as longer text (column body); the unindexed columns
// item and field have no weight. bm25 is lower for better hits.
const rankArgs = "bm25(0.0, 0.0, 10.0, 1.0)"

// ftsQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: each word (a run of letters, digits and marks, as the
// unicode61 tokenizer splits text) quoted as a string and matched as a
// prefix, all words required. It returns "" when there is no word.
func ftsQuery(q string) string {
	words := queryWords(q)
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"*`)
	}
	return strings.Join(parts, " ")
}

// isTokenRune reports whether r belongs to a word, as the unicode61
// tokenizer sees it (letters, numbers, private use; marks stay with their
// letter).
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r)
}

// queryWords splits what a user typed into words.
func queryWords(q string) []string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !isTokenRune(r) })
	if len(words) > maxQueryWords {
		words = words[:maxQueryWords]
	}
	return words
}

// Search finds items whose text matches query: every word, as a prefix,
// ignoring case and diacritics ("cuci" finds "Çuçi"), best first (names and
// titles rank above longer text). Each hit is one field of one item: an
// alias hit leads to its person or organization, a citation note to the
// cited item. limit <= 0 means 50.
func (db *DB) Search(query string, limit int) ([]app.SearchHit, error) {
	expr := ftsQuery(query)
	if expr == "" {
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
	hits, err := db.search(expr, limit, queryWords(query))
	if err != nil {
		return nil, db.sqlErr(err, "search the case")
	}
	return hits, nil
}

func (db *DB) search(expr string, limit int, words []string) ([]app.SearchHit, error) {
	// FTS5 finds and ranks the rows; the snippets are made here, for the
	// few rows shown (FTS5's snippet() would evaluate the query again for
	// each row).
	rows, err := db.sql.Query(`SELECT rowid, item, field, name || body, rank FROM search
		WHERE search MATCH ? AND rank MATCH '`+rankArgs+`'
		ORDER BY rank LIMIT ?`, expr, limit)
	if err != nil {
		return nil, err
	}
	var hits []app.SearchHit
	var texts []string
	for rows.Next() {
		var h app.SearchHit
		var rowid int64
		var text string
		var bm25 float64
		if err := rows.Scan(&rowid, &h.ID, &h.Field, &text, &bm25); err != nil {
			rows.Close()
			return nil, err
		}
		h.Score, h.Offset = -bm25, -1
		hits = append(hits, h)
		texts = append(texts, text)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = foldToken(w)
	}
	for i := range hits {
		h := &hits[i]
		k, err := kindOf(db.sql, h.ID)
		if err != nil {
			return nil, err
		}
		h.Kind = k
		if h.Title, err = searchTitle(db.sql, h.Kind, h.ID); err != nil {
			return nil, err
		}
		var offset int
		h.Snippet, h.Marks, offset = snippet(texts[i], folded, snippetTokens)
		if h.Kind == app.KindSource && h.Field == "text" {
			h.Offset = offset
		}
	}
	return hits, nil
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
// word matched). words are folded query words; a word of text matches one
// when its folded form starts with it.
func snippet(text string, words []string, n int) (string, [][2]int, int) {
	var toks []token
	runes, start, startRune := 0, -1, 0
	for i, r := range text {
		if isTokenRune(r) {
			if start < 0 {
				start, startRune = i, runes
			}
		} else if start >= 0 {
			toks = append(toks, token{start: start, end: i, runeStart: startRune})
			start = -1
		}
		runes++
	}
	if start >= 0 {
		toks = append(toks, token{start: start, end: len(text), runeStart: startRune})
	}
	for i := range toks {
		toks[i].match = matchWord(text[toks[i].start:toks[i].end], words)
	}
	// Choose the window.
	first, last := 0, len(toks)
	if len(toks) > n {
		best, bestScore := 0, -1
		for i := range toks {
			if toks[i].match < 0 {
				continue
			}
			from := max(0, min(i-n/4, len(toks)-n))
			seen := map[int]bool{}
			for _, t := range toks[from : from+n] {
				if t.match >= 0 {
					seen[t.match] = true
				}
			}
			if len(seen) > bestScore {
				best, bestScore = from, len(seen)
			}
		}
		first, last = best, best+n
	}
	if len(toks) == 0 {
		return truncate(text, 80), nil, -1
	}
	from, to := toks[first].start, toks[last-1].end
	if first == 0 {
		from = 0
	}
	if last == len(toks) {
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
	for _, t := range toks[first:last] {
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

// matchWord returns the index of the first of the folded words that the
// word tok starts with once folded, or -1.
func matchWord(tok string, words []string) int {
	ascii := true
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for j, w := range words {
			if len(tok) >= len(w) && strings.EqualFold(tok[:len(w)], w) {
				return j
			}
		}
		return -1
	}
	f := app.Fold(tok)
	for j, w := range words {
		if strings.HasPrefix(f, w) {
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
