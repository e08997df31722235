package quantity

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// reading is a proposal's numbers before they become pointers.
type reading struct {
	low, high       float64
	hasLow, hasHigh bool
	q               Qualifier
}

func pointR(v float64, q Qualifier) reading {
	return reading{low: v, high: v, hasLow: true, hasHigh: true, q: q}
}

func (r reading) finite() bool {
	bad := func(v float64) bool { return math.IsInf(v, 0) || math.IsNaN(v) || v < 0 }
	return !(r.hasLow && bad(r.low)) && !(r.hasHigh && bad(r.high)) &&
		!(r.hasLow && r.hasHigh && r.low > r.high)
}

// parser walks the tokens of one phrase.
type parser struct {
	t []token
}

// word is the word at i, or "" when i is out of range or not a word.
func (p *parser) word(i int) string {
	if i >= 0 && i < len(p.t) && p.t[i].kind == tWord {
		return p.t[i].text
	}
	return ""
}

// punct is the punctuation at i, or "".
func (p *parser) punct(i int) string {
	if i >= 0 && i < len(p.t) && p.t[i].kind == tPunct {
		return p.t[i].text
	}
	return ""
}

// glued reports whether the token at i exists and has no space before it.
func (p *parser) glued(i int) bool { return i >= 0 && i < len(p.t) && !p.t[i].sp }

// isMonth reports whether the token at i is a month name.
func (p *parser) isMonth(i int) bool {
	w := p.word(i)
	if !months[w] {
		return false
	}
	return (w != "may" && w != "march" && w != "mar") || p.t[i].cap
}

// numExpr is one number: digits or words, with scale words.
type numExpr struct {
	start, end int
	val        float64
	approx     bool // counted in dozens
	scaled     bool // a hundred, scale word, suffix or dozen was applied
	tailExp    int  // power of ten of a scale word ending it, 0 if none
	unclear    bool // cannot be read ("3,5", too large)
	year       bool // four bare digits from 1800 to 2199
	percent    bool
}

// grammar states of numberAt.
const (
	kStart = iota
	kDigit
	kA    // "a"/"an" before hundred, thousand, dozen…
	kFrac // "half", "a quarter" before a scale
	kUnit
	kTeen
	kTens
	kTensUnit
	kHundred
	kScale
	kDozen
	kHalf // "… and a half"
	kAnd  // "and" after hundred or a scale word
	kEnd  // nothing may follow
)

// scaleAt is the power of ten of a scale word at j (not "hundred"); after
// is the token index of the number it would follow, for suffixes.
func (p *parser) scaleAt(j int, digitAt int) (int, bool) {
	w := p.word(j)
	if w == "" {
		return 0, false
	}
	if e, ok := scaleExps[w]; ok {
		return e, true
	}
	if digitAt >= 0 && j == digitAt+1 && p.glued(j) {
		switch w {
		case "k":
			return 3, true
		case "m", "b":
			if currencySigns[p.punct(digitAt-1)] || currencyWords[p.word(digitAt-1)] {
				if w == "m" {
					return 6, true
				}
				return 9, true
			}
		}
	}
	return 0, false
}

// multiplierAfter reports whether a scale word, "hundred" or "dozen" follows
// the number at i.
func (p *parser) multiplierAfter(i int, digit bool) bool {
	d := -1
	if digit {
		d = i
	}
	if _, ok := p.scaleAt(i+1, d); ok {
		return true
	}
	switch p.word(i + 1) {
	case "hundred", "hundreds", "dozen", "dozens":
		return true
	}
	return false
}

// numberAt reads a number in digits or words starting at i.
func (p *parser) numberAt(i int) (numExpr, bool) {
	e := numExpr{start: i}
	if i >= len(p.t) {
		return e, false
	}
	var total, cur float64
	lastExp := 100
	kind := kStart
	digitAt := -1
	j := i
	t := p.t[i]
	switch {
	case t.kind == tNum:
		if t.fault == numDateLike {
			return e, false
		}
		mult := p.multiplierAfter(i, true)
		lit := t.lit
		if mult && t.alt != "" {
			lit = t.alt
		}
		if t.fault == numUnclear && !(mult && t.alt != "") {
			e.unclear, e.end = true, i+1
			return e, true
		}
		v, err := strconv.ParseFloat(lit, 64)
		if err != nil {
			e.unclear, e.end = true, i+1
			return e, true
		}
		cur, kind, digitAt, j = v, kDigit, i, i+1
	case t.kind == tWord:
		if k, v, ok := p.fractionAt(i); ok {
			cur, kind, j = v, kFrac, k
			break
		}
		w := t.text
		if (w == "a" || w == "an") && p.multiplierAfter(i, false) {
			cur, kind, j = 1, kA, i+1
			break
		}
		if v, ok := smallNums[w]; ok {
			cur, kind, j = v, kTeen, i+1
			if v < 10 {
				kind = kUnit
			}
			break
		}
		if v, ok := tensNums[w]; ok {
			cur, kind, j = v, kTens, i+1
			break
		}
		return e, false
	default:
		return e, false
	}

	countable := func() bool {
		switch kind {
		case kDigit, kA, kFrac, kUnit, kTeen, kTens, kTensUnit, kHalf:
			return cur > 0
		}
		return false
	}
loop:
	for j < len(p.t) && kind != kEnd {
		// "twenty-one"
		if kind == kTens && p.punct(j) == "-" && p.glued(j) && p.glued(j+1) {
			if u, ok := smallNums[p.word(j+1)]; ok && u >= 1 && u <= 9 {
				cur += u
				kind = kTensUnit
				j += 2
				continue
			}
		}
		w := p.word(j)
		if w == "" {
			break
		}
		if exp, ok := p.scaleAt(j, digitAt); ok {
			if !(countable() || kind == kHundred) || exp >= lastExp || (kind == kDigit && j != digitAt+1) {
				break
			}
			total += scale(cur, exp)
			cur, lastExp, kind = 0, exp, kScale
			e.scaled = true
			j++
			continue
		}
		switch {
		case kind == kTens && smallNums[w] >= 1 && smallNums[w] <= 9:
			cur += smallNums[w]
			kind = kTensUnit
		case (kind == kHundred || kind == kScale || kind == kAnd) && (smallNums[w] > 0 || tensNums[w] > 0):
			if v, ok := smallNums[w]; ok {
				cur += v
				kind = kTeen
				if v < 10 {
					kind = kUnit
				}
			} else {
				cur += tensNums[w]
				kind = kTens
			}
		case w == "hundred" || w == "hundreds":
			if !countable() || cur >= 100 || (w == "hundreds" && kind == kStart) {
				break loop
			}
			cur = scale(cur, 2)
			kind = kHundred
			e.scaled = true
		case w == "dozen" || w == "dozens":
			if !countable() {
				break loop
			}
			cur *= 12
			kind = kDozen
			e.scaled, e.approx = true, true
		case w == "and":
			if p.word(j+1) == "a" && p.word(j+2) == "half" {
				switch kind {
				case kDigit, kUnit, kTeen, kTens, kTensUnit:
					cur += 0.5
					kind = kHalf
				case kScale:
					total += scale(5, lastExp-1)
					kind = kEnd
				case kDozen:
					cur += 6
					kind = kEnd
				default:
					break loop
				}
				j += 3
				continue
			}
			if (kind == kHundred || kind == kScale) && (smallNums[p.word(j+1)] > 0 || tensNums[p.word(j+1)] > 0) {
				kind = kAnd
			} else {
				break loop
			}
		default:
			break loop
		}
		j++
	}
	if kind == kA || kind == kFrac {
		return e, false
	}
	e.end = j
	e.val = total + cur
	switch {
	case kind == kScale:
		e.tailExp = lastExp
	case kind == kHundred && total == 0:
		e.tailExp = 2
	case kind == kDigit:
		e.year = t.year
	}
	if math.IsInf(e.val, 0) || math.IsNaN(e.val) {
		e.unclear = true
	}
	return e, true
}

// fractionAt reads "half a", "a half", "a quarter of a", "three quarters
// of a" before a scale word, hundred or dozen; it returns the index of that
// word and the fraction.
func (p *parser) fractionAt(i int) (int, float64, bool) {
	k := i
	var v float64
	switch {
	case p.word(k) == "a" || p.word(k) == "an" || p.word(k) == "one":
		k++
		switch p.word(k) {
		case "half":
			v = 0.5
		case "quarter":
			v = 0.25
		default:
			return 0, 0, false
		}
	case p.word(k) == "half":
		v = 0.5
	case p.word(k) == "quarter":
		v = 0.25
	case p.word(k) == "three" && p.word(k+1) == "quarters":
		k++
		v = 0.75
	default:
		return 0, 0, false
	}
	k++
	switch {
	case p.word(k) == "a" || p.word(k) == "an":
		k++
	case p.word(k) == "of" && (p.word(k+1) == "a" || p.word(k+1) == "an"):
		k += 2
	}
	if !p.multiplierAfter(k-1, false) {
		return 0, 0, false
	}
	return k, v, true
}

// numAt reads a number and a percent sign or word after it.
func (p *parser) numAt(i int) (numExpr, bool) {
	e, ok := p.numberAt(i)
	if !ok {
		return e, false
	}
	j := e.end
	switch {
	case p.punct(j) == "%":
		j++
	case p.word(j) == "percent" || p.word(j) == "pct" || p.word(j) == "percentage":
		j++
	case p.word(j) == "per" && p.word(j+1) == "cent":
		j += 2
	case p.word(j) == "per" && p.punct(j+1) == "-" && p.word(j+2) == "cent":
		j += 3
	}
	e.percent = j > e.end
	e.end = j
	return e, true
}

// scale multiplies v by 10^exp exactly in decimal, so that 1.2 million is
// 1200000 and not 1199999.9999999998.
func scale(v float64, exp int) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	s := strconv.FormatFloat(v, 'e', -1, 64)
	k := strings.IndexByte(s, 'e')
	if k < 0 {
		return v * math.Pow10(exp)
	}
	e, err := strconv.Atoi(s[k+1:])
	if err != nil {
		return v * math.Pow10(exp)
	}
	r, _ := strconv.ParseFloat(s[:k]+"e"+strconv.Itoa(e+exp), 64)
	return r
}

// pluralAt reads a vague plural ("hundreds", "1000s") at j: its base and
// the number of tokens.
func (p *parser) pluralAt(j int) (float64, int) {
	if b, ok := pluralBase[p.word(j)]; ok {
		return b, 1
	}
	if j < len(p.t) && p.t[j].kind == tNum && p.t[j].fault == numOK && p.word(j+1) == "s" && p.glued(j+1) {
		for b := 10.0; b <= 1e12; b *= 10 {
			if p.t[j].val == b {
				return b, 2
			}
		}
	}
	return 0, 0
}

// vagueAt reads a vague amount: "dozens", "tens of thousands", "several
// hundred", "a few", "a couple of", "a handful".
func (p *parser) vagueAt(i int) (reading, int, bool) {
	j := i
	mult, q := 2.0, AtLeast
	hasMult, need := false, false
	switch {
	case p.word(j) == "several":
		mult, hasMult = 3, true
		j++
	case p.word(j) == "a" && p.word(j+1) == "few":
		hasMult = true
		j += 2
	case p.word(j) == "many":
		hasMult, need = true, true
		j++
	case p.word(j) == "a" && p.word(j+1) == "couple":
		hasMult, q = true, Approximate
		j += 2
		if p.word(j) == "of" {
			j++
		} else {
			need = true
		}
	case p.word(j) == "a" && p.word(j+1) == "handful":
		return reading{low: 3, high: 5, hasLow: true, hasHigh: true, q: Range}, j + 2, true
	}
	val := mult
	if hasMult {
		scaled := false
		prev := 0.0
		for {
			b, ok := singularBase[p.word(j)]
			if !ok || b <= prev {
				break
			}
			val *= b
			prev = b
			scaled = true
			j++
		}
		if !scaled {
			if b, k := p.pluralAt(j); k > 0 {
				val *= b
				j += k
				scaled = true
				for p.word(j) == "of" {
					b2, k2 := p.pluralAt(j + 1)
					if k2 == 0 {
						break
					}
					val *= b2
					j += 1 + k2
				}
			}
		}
		if !scaled && need {
			return reading{}, 0, false
		}
	} else {
		b, k := p.pluralAt(j)
		if k == 0 {
			return reading{}, 0, false
		}
		val = 2 * b
		j += k
		for p.word(j) == "of" {
			b2, k2 := p.pluralAt(j + 1)
			if k2 == 0 {
				break
			}
			val *= b2
			j += 1 + k2
		}
	}
	if q == Approximate {
		return pointR(val, Approximate), j, true
	}
	return reading{low: val, hasLow: true, q: AtLeast}, j, true
}

// zeroAt reads a denial: "none", "no one", "nobody", "not a single", "no
// civilian casualties", "denied any deaths".
func (p *parser) zeroAt(i int) (int, bool) {
	switch p.word(i) {
	case "none", "nobody", "noone", "nil":
		return i + 1, true
	case "no":
		if p.word(i+1) == "one" {
			return i + 2, true
		}
		if p.punct(i+1) == "-" && p.word(i+2) == "one" {
			return i + 3, true
		}
		return p.zeroNounAt(i + 1)
	case "not":
		switch {
		case p.word(i+1) == "a" && p.word(i+2) == "single":
			return i + 3, true
		case p.word(i+1) == "a" && p.word(i+2) == "soul":
			return i + 3, true
		case p.word(i+1) == "one" || p.word(i+1) == "anyone" || p.word(i+1) == "anybody":
			return i + 2, true
		}
	case "denied", "denies", "deny", "denying":
		k := i + 1
		if p.word(k) == "that" {
			k++
		}
		switch p.word(k) {
		case "anyone", "anybody":
			return k + 1, true
		case "any":
			if k+1 >= len(p.t) || p.punct(k+1) != "" {
				return k + 1, true
			}
			return p.zeroNounAt(k + 1)
		}
	}
	return 0, false
}

// zeroNounAt finds a casualty noun at i or after at most two other words.
func (p *parser) zeroNounAt(i int) (int, bool) {
	for k := i; k < i+3; k++ {
		w := p.word(k)
		if w == "" || zeroStop[w] {
			return 0, false
		}
		if zeroNouns[w] {
			return k + 1, true
		}
	}
	return 0, false
}

// class says whether a candidate may be chosen.
type class uint8

const (
	plain    class = iota // may be chosen
	reserve               // chosen only when nothing else is there
	notCount              // never chosen: a date, an age, a modifier
)

// posNote is a note word with where it stands, to keep their order.
type posNote struct {
	pos  int
	note string
}

// cand is one quantity found in the phrase.
type cand struct {
	start, end int // the whole span, words before and after included
	nums       []numExpr
	r          reading
	cue        bool // a word marks it as a quantity
	wordCue    bool // cue, or a weak word such as "over"
	dateRange  bool // "2014-15"
	percent    bool
	unclear    bool
	class      class
	notes      []posNote
}

// maxBefore is the most hedges and note words read before a number.
const maxBefore = 6

// candidateAt reads a quantity starting at token i.
func (p *parser) candidateAt(i int) (cand, bool) {
	c := cand{start: i}
	var atLeast, atMost, approx, exact bool
	apply := func(h hedge) {
		switch h.q {
		case AtLeast:
			atLeast = true
		case AtMost:
			atMost = true
		case Approximate:
			approx = true
		case Exact:
			exact = true
		}
		c.wordCue = true
		if !h.weak {
			c.cue = true
		}
	}
	j := i
	// At most maxBefore hedges and notes: a long run of them with no number
	// would otherwise be walked again from each of its words.
	for n := 0; j < len(p.t) && n < maxBefore; n++ {
		if h, k := p.match(preHedges, j); k > 0 {
			apply(h)
			j += k
			continue
		}
		w := p.word(j)
		if note, ok := noteBefore[w]; ok {
			c.notes = append(c.notes, posNote{j, note})
			c.cue, c.wordCue = true, true
			j++
			continue
		}
		if (w == "a" || w == "an") && noteBefore[p.word(j+1)] != "" {
			j++
			continue
		}
		if p.punct(j) == "," && len(c.notes) > 0 && noteBefore[p.word(j+1)] != "" {
			j++
			continue
		}
		break
	}
	if k, ok := p.zeroAt(j); ok {
		c.r = pointR(0, Exact)
		c.cue, c.wordCue = true, true
		j = k
	} else if r, k, ok := p.vagueAt(j); ok {
		c.r = r
		c.cue, c.wordCue = true, true
		j = k
	} else if p.word(j) == "a" && p.word(j+1) == "single" {
		c.r = pointR(1, Exact)
		j += 2
	} else if ok := p.rangeAt(j, &c); ok {
		j = c.end
	} else {
		return c, false
	}
	for n := 0; n < 3; n++ {
		h, k := p.match(postHedges, j)
		if k == 0 {
			break
		}
		apply(h)
		j += k
	}
	c.end = j
	r, ok := combine(c.r, atLeast, atMost, approx, exact)
	if !ok {
		c.unclear = true
	}
	c.r = r
	return c, true
}

// rangeAt reads a number or a range of two ("30-60", "between 2 and 3
// million", "two or three") into c.
func (p *parser) rangeAt(i int, c *cand) bool {
	j := i
	kw := p.word(j)
	if kw == "between" || kw == "from" {
		j++
	} else {
		kw = ""
	}
	a, ok := p.numAt(j)
	if !ok {
		return false
	}
	k := a.end
	conn := ""
	switch {
	case p.punct(k) == "-":
		conn = "-"
	case p.word(k) == "to":
		conn = "to"
	case p.word(k) == "and" && kw == "between":
		conn = "and"
	case p.word(k) == "or" && kw == "":
		conn = "or"
	}
	if conn != "" {
		k++
		// "$1.2bn to $1.5bn", "US$1m-US$2m"
		if currencyWords[p.word(k)] && currencySigns[p.punct(k+1)] {
			k++
		}
		if currencySigns[p.punct(k)] || currencyWords[p.word(k)] {
			k++
		}
		if b, ok := p.numAt(k); ok {
			lo := a.val
			if !a.scaled && b.tailExp > 0 && !a.unclear && !b.unclear {
				if s := scale(lo, b.tailExp); s <= b.val {
					lo = s
				}
			}
			if conn != "or" || (lo < b.val && !a.unclear && !b.unclear) {
				c.nums = []numExpr{a, b}
				c.end = b.end
				c.cue, c.percent = true, a.percent || b.percent
				// A high-to-low range, or "rose from 300 to 400", may be a
				// change over time.
				c.unclear = a.unclear || b.unclear || lo > b.val ||
					(kw == "from" && changeVerbs[p.word(i-1)])
				c.dateRange = a.year && conn == "-" && !b.scaled && b.val < 100 && b.end == b.start+1
				c.r = reading{low: lo, high: b.val, hasLow: true, hasHigh: true, q: Range}
				return true
			}
		}
	}
	if kw != "" {
		return false
	}
	c.nums = []numExpr{a}
	c.end = a.end
	c.percent, c.unclear = a.percent, a.unclear
	q := Exact
	if a.approx {
		q = Approximate
	}
	c.r = pointR(a.val, q)
	return true
}

// combine applies the words around a number to its reading: a bound beats
// approximate, which beats exact. ok is false for contradicting bounds.
func combine(r reading, atLeast, atMost, approx, exact bool) (reading, bool) {
	switch {
	case atLeast && atMost:
		return r, false
	case atLeast:
		switch r.q {
		case AtMost:
			return r, false
		case AtLeast:
			return r, true
		}
		return reading{low: r.low, hasLow: true, q: AtLeast}, true
	case atMost:
		switch r.q {
		case AtLeast:
			return r, false
		case AtMost:
			return r, true
		}
		return reading{high: r.high, hasHigh: true, q: AtMost}, true
	case approx:
		if r.q == Exact {
			r.q = Approximate
		}
	case exact:
		if r.q == Approximate {
			r.q = Exact
		}
	}
	return r, true
}

// classify sets c.class from the words around the candidate.
func (p *parser) classify(c *cand) {
	before, after := c.start-1, c.end
	switch {
	case c.dateRange:
		c.class = notCount
		return
	case len(c.nums) > 0 && p.t[c.nums[0].start].kind == tNum && p.glued(c.nums[0].start) && p.gluedToWord(c.nums[0].start-1):
		// "Ashraf-3", "mh17", "covid-19"
		c.class = notCount
		return
	case p.word(after) != "" && p.glued(after):
		// "3rd", "1990s", "5km"
		c.class = notCount
		return
	case p.punct(after) == "-" && p.glued(after) && p.word(after+1) != "" && p.glued(after+1):
		// "66-year-old", "3-day"
		c.class = notCount
		return
	case ageWords[p.word(before)], p.word(before) == "of" && ageWords[p.word(before-1)]:
		c.class = notCount
		return
	case (p.word(after) == "years" || p.word(after) == "year" || p.word(after) == "yrs") && p.word(after+1) == "old":
		c.class = notCount
		return
	case refWords[p.word(before)], p.punct(before) == "#",
		p.punct(before) == "." && refWords[p.word(before-1)] && p.glued(before):
		c.class = notCount
		return
	case p.isMonth(before), p.isMonth(after), p.word(after) == "of" && p.isMonth(after+1):
		c.class = notCount
		return
	case clockWords[p.word(after)],
		(p.word(after) == "a" || p.word(after) == "p") && p.punct(after+1) == "." && p.word(after+2) == "m":
		c.class = notCount
		return
	}
	if p.partOf(before) {
		// "half of the 300 residents": the claim is a share of the number.
		c.unclear = true
	}
	allYears := len(c.nums) > 0
	for _, n := range c.nums {
		allYears = allYears && n.year
	}
	if allYears {
		if datePreps[p.word(before)] || p.isMonth(before) {
			c.class = notCount
			return
		}
		if !c.wordCue && !c.percent {
			c.class = reserve
			return
		}
	}
	if timeUnits[p.word(after)] {
		c.class = reserve
	}
}

// partOf reports whether the words ending at token k are "half of", "a
// third of the", "1/3 of", "40% of"…: a share of the number that follows.
func (p *parser) partOf(k int) bool {
	if p.word(k) == "the" {
		k--
	}
	if p.word(k) != "of" {
		return false
	}
	k--
	if fractionWords[p.word(k)] || p.punct(k) == "%" || p.word(k) == "percent" || p.word(k) == "cent" {
		return true
	}
	return k >= 0 && k < len(p.t) && p.t[k].kind == tNum && strings.Contains(p.t[k].text, "/")
}

// gluedToWord reports whether token k is a word, or a dash glued to a word
// ("covid-" in "covid-19"). Currency words such as "Rs" do not count.
func (p *parser) gluedToWord(k int) bool {
	if w := p.word(k); w != "" {
		return !currencyWords[w]
	}
	return p.punct(k) == "-" && p.glued(k) && p.word(k-1) != ""
}

// read finds the quantity of a phrase.
func read(toks []token) (reading, []string, bool) {
	p := &parser{t: toks}
	var cs []cand
	for i := 0; i < len(toks); {
		c, ok := p.candidateAt(i)
		if !ok || c.end <= i {
			i++
			continue
		}
		p.classify(&c)
		cs = append(cs, c)
		i = c.end
	}
	k := choose(cs)
	if k < 0 || cs[k].unclear {
		return reading{}, nil, false
	}
	c := cs[k]
	r := c.r
	notes := c.notes
	// "at least 100 but no more than 200"
	if r.q == AtLeast && k+1 < len(cs) {
		nx := cs[k+1]
		if nx.class != notCount && !nx.unclear && nx.r.q == AtMost && nx.r.high >= r.low && p.joined(c.end, nx.start) {
			r = reading{low: r.low, high: nx.r.high, hasLow: true, hasHigh: true, q: Range}
			notes = append(notes, nx.notes...)
			c.percent = c.percent || nx.percent
		}
	}
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		if n, ok := noteAnywhere[t.text]; ok {
			notes = append(notes, posNote{i, n})
		}
	}
	sort.SliceStable(notes, func(a, b int) bool { return notes[a].pos < notes[b].pos })
	var out []string
	seen := map[string]bool{}
	for _, n := range notes {
		if !seen[n.note] {
			seen[n.note] = true
			out = append(out, n.note)
		}
	}
	if seen["estimated"] && r.q == Exact {
		r.q = Approximate
	}
	if c.percent {
		out = append(out, "percent")
	}
	if !r.finite() {
		return reading{}, nil, false
	}
	return r, out, true
}

// joined reports whether only joining words stand between tokens a and b.
func (p *parser) joined(a, b int) bool {
	for k := a; k < b; k++ {
		if !joinWords[p.t[k].text] || p.t[k].kind == tNum {
			return false
		}
	}
	return true
}

// choose picks the candidate to propose, or -1. See the package
// documentation, "Which number".
func choose(cs []cand) int {
	for k, c := range cs {
		if c.class == plain && c.cue {
			return k
		}
	}
	pick, n := -1, 0
	for k, c := range cs {
		if c.class == plain {
			pick, n = k, n+1
		}
	}
	if n == 1 {
		return pick
	}
	if n > 1 {
		return -1
	}
	pick, n = -1, 0
	for k, c := range cs {
		if c.class == reserve {
			pick, n = k, n+1
		}
	}
	if n == 1 {
		return pick
	}
	return -1
}
