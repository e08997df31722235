// Package textfind finds what a source's text names, for the reading view:
// the case's people and organizations (for the faint suggestions and the
// Cite for menu), date phrases near a selection (to date a new event), and
// the words a selection should become (a name, a title, whole words).
// Matching ignores case and accents, and any run of white space matches
// any other; a name must stand as whole words. Short names ("PN", "MEK")
// must match letter case too, so that an acronym is not found inside
// ordinary words. Nothing here touches Fyne.
package textfind

import (
	"slices"
	"unicode"

	"casefile/app"
)

// Hit is a name of a person or organization found in a text.
type Hit struct {
	Kind       app.Kind // KindPerson or KindOrganization
	ID         string
	Name       string // the name or alias as the case writes it
	Start, End int    // code points in the text
}

// actorNeedle is one name or alias of an actor to look for.
type actorNeedle struct {
	kind      app.Kind
	id        string
	name      string
	orig      []rune // the name on one line
	folded    []rune // orig folded, one code point for one
	key       string // its first word, folded: the key into textIndex.words
	exactCase bool
}

// shortName is the length, in code points, up to which a name must match
// letter case too.
const shortName = 4

// minNameLen is the shortest name looked for.
const minNameLen = 2

// newNeedle prepares a name for searching; ok is false for a name too
// short, or one that does not start with a letter or digit.
func newNeedle(kind app.Kind, id, name string) (actorNeedle, bool) {
	orig := []rune(app.OneLine(name))
	if len(orig) < minNameLen || !isNameRune(orig[0]) {
		return actorNeedle{}, false
	}
	folded := foldRunes(orig)
	k := 0
	for k < len(folded) && isNameRune(folded[k]) {
		k++
	}
	return actorNeedle{kind: kind, id: id, name: name, orig: orig, folded: folded,
		key: string(folded[:k]), exactCase: len(orig) <= shortName}, true
}

// actorNeedles lists the names and aliases of the case's people and
// organizations.
func actorNeedles(d *app.CaseData) []actorNeedle {
	var out []actorNeedle
	add := func(k app.Kind, id, name string, aliases []app.Alias) {
		if n, ok := newNeedle(k, id, name); ok {
			out = append(out, n)
		}
		for _, a := range aliases {
			if n, ok := newNeedle(k, id, a.Name); ok {
				out = append(out, n)
			}
		}
	}
	for _, p := range d.People {
		add(app.KindPerson, p.ID, p.Name, p.Aliases)
	}
	for _, o := range d.Organizations {
		add(app.KindOrganization, o.ID, o.Name, o.Aliases)
	}
	return out
}

// textIndex is a text prepared for finding names: folded, with the start
// of every word listed by the word.
type textIndex struct {
	runes, folded []rune
	words         map[string][]int
}

// newTextIndex indexes runes.
func newTextIndex(runes []rune) *textIndex {
	x := &textIndex{runes: runes, folded: foldRunes(runes), words: map[string][]int{}}
	f := x.folded
	for i := 0; i < len(f); {
		if !isNameRune(f[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && isNameRune(f[j]) {
			j++
		}
		key := string(f[i:j])
		x.words[key] = append(x.words[key], i)
		i = j
	}
	return x
}

// find calls fn with the span of each occurrence of n in the text, at
// most limit of them, in order.
func (x *textIndex) find(n *actorNeedle, limit int, fn func(s, e int)) {
	count := 0
	for _, p := range x.words[n.key] {
		if count == limit {
			return
		}
		if e, ok := x.matchAt(n, p); ok {
			fn(p, e)
			count++
		}
	}
}

// matchAt reports whether n stands in the text at the word start p, and
// where it ends.
func (x *textIndex) matchAt(n *actorNeedle, p int) (int, bool) {
	f := x.folded
	i, j := p, 0
	for j < len(n.folded) {
		if i >= len(f) {
			return 0, false
		}
		if unicode.IsSpace(n.folded[j]) {
			if !unicode.IsSpace(f[i]) {
				return 0, false
			}
			for j < len(n.folded) && unicode.IsSpace(n.folded[j]) {
				j++
			}
			for i < len(f) && unicode.IsSpace(f[i]) {
				i++
			}
			continue
		}
		if f[i] != n.folded[j] || (n.exactCase && x.runes[i] != n.orig[j]) {
			return 0, false
		}
		i++
		j++
	}
	if i < len(f) && isNameRune(f[i]) {
		return 0, false
	}
	return i, true
}

// Bounds on suggestions, so that a common alias cannot flood the text.
const (
	maxHitsPerName = 500
	maxHits        = 3000
)

// findNames finds every needle in the text, longest first where two
// names of the same actor overlap ("National Police" over "Police"), in
// order of position.
func (x *textIndex) findNames(needles []actorNeedle) []Hit {
	var hits []Hit
	for i := range needles {
		n := &needles[i]
		x.find(n, maxHitsPerName, func(s, e int) {
			hits = append(hits, Hit{Kind: n.kind, ID: n.id, Name: n.name, Start: s, End: e})
		})
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := hits[:0]
	lastEnd := map[string]int{}
	for _, h := range hits {
		if end, ok := lastEnd[h.ID]; ok && h.Start < end {
			continue // inside a longer name of the same actor
		}
		lastEnd[h.ID] = h.End
		out = append(out, h)
		if len(out) == maxHits {
			break
		}
	}
	return out
}

// linkedTo lists the people and organizations that cite source src.
func linkedTo(d *app.CaseData, src string) map[string]bool {
	linked := map[string]bool{}
	cites := func(id string, cs []app.Citation) {
		for _, c := range cs {
			if c.Source == src {
				linked[id] = true
				return
			}
		}
	}
	for _, p := range d.People {
		cites(p.ID, p.Citations)
	}
	for _, o := range d.Organizations {
		cites(o.ID, o.Citations)
	}
	return linked
}

// Names is the case's people and organizations, their names and aliases
// prepared for searching. Preparing them (folding every name) costs about
// as much as searching a source's text for all of them, so a caller that
// searches one text after another keeps a Names until a person or
// organization changes (session.Index does).
type Names struct {
	needles []actorNeedle
}

// NewNames prepares the names and aliases of d's people and organizations.
func NewNames(d *app.CaseData) *Names {
	return &Names{needles: actorNeedles(d)}
}

// UnlinkedIn finds, in the text of source src, the names of the people and
// organizations that do not cite it yet; d must be the case the names
// were prepared from.
func (n *Names) UnlinkedIn(d *app.CaseData, src string, runes []rune) []Hit {
	if len(runes) == 0 {
		return nil
	}
	linked := linkedTo(d, src)
	needles := make([]actorNeedle, 0, len(n.needles))
	for _, nd := range n.needles {
		if !linked[nd.id] {
			needles = append(needles, nd)
		}
	}
	if len(needles) == 0 {
		return nil
	}
	return newTextIndex(runes).findNames(needles)
}

// ActorsNamedIn lists the people and organizations whose name or alias
// stands in text, each once, in order of first mention.
func ActorsNamedIn(d *app.CaseData, text string) []Hit {
	hits := newTextIndex([]rune(text)).findNames(actorNeedles(d))
	seen := map[string]bool{}
	out := hits[:0]
	for _, h := range hits {
		if !seen[h.ID] {
			seen[h.ID] = true
			out = append(out, h)
		}
	}
	return out
}
