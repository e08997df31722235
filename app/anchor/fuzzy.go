package anchor

// Approximate matching: Myers' bit-parallel algorithm ("A fast bit-vector
// algorithm for approximate string matching based on dynamic programming",
// J. ACM 1999) in its blocked form, 64 pattern code points per machine
// word, so that a scan costs len(text) × ⌈len(pattern)/64⌉ word steps.

// scanApprox calls fn(j, k) for every j in 1..len(text) such that some
// substring of text ending just before j is within k ≤ maxK edits
// (Levenshtein: insertions, deletions, substitutions) of pat, k being the
// least such number. pat must not be empty.
func scanApprox(pat, text []rune, maxK int, fn func(j, k int)) {
	m := len(pat)
	blocks := (m + 63) / 64
	// peq[c][b]: bit i set when pat[64b+i] == c.
	var ascii [128][]uint64
	other := map[rune][]uint64{}
	for i, c := range pat {
		var row []uint64
		if c >= 0 && c < 128 {
			if ascii[c] == nil {
				ascii[c] = make([]uint64, blocks)
			}
			row = ascii[c]
		} else {
			row = other[c]
			if row == nil {
				row = make([]uint64, blocks)
				other[c] = row
			}
		}
		row[i/64] |= 1 << (uint(i) % 64)
	}
	zero := make([]uint64, blocks)
	pv := make([]uint64, blocks)
	mv := make([]uint64, blocks)
	for b := range pv {
		pv[b] = ^uint64(0)
	}
	lastBit := make([]uint64, blocks)
	for b := range lastBit {
		lastBit[b] = 1 << 63
	}
	lastBit[blocks-1] = 1 << (uint(m-1) % 64)
	score := m
	for j, c := range text {
		var eq []uint64
		if c >= 0 && c < 128 {
			eq = ascii[c]
		} else {
			eq = other[c]
		}
		if eq == nil {
			eq = zero
		}
		carry := 0 // the top row is all zeros: a match may start anywhere
		for b := 0; b < blocks; b++ {
			carry = advanceBlock(&pv[b], &mv[b], eq[b], carry, lastBit[b])
		}
		score += carry
		if score <= maxK {
			fn(j+1, score)
		}
	}
}

// advanceBlock advances one 64-row block of the vertical delta vectors by
// one text column, given the horizontal delta hin (−1, 0 or +1) entering
// at its top row, and returns the horizontal delta leaving its last row.
func advanceBlock(pvp, mvp *uint64, eq uint64, hin int, lastBit uint64) int {
	pv, mv := *pvp, *mvp
	var hinNeg uint64
	if hin < 0 {
		hinNeg = 1
	}
	eq |= hinNeg
	xv := eq | mv
	xh := (((eq & pv) + pv) ^ pv) | eq
	ph := mv | ^(xh | pv)
	mh := pv & xh
	hout := 0
	if ph&lastBit != 0 {
		hout = 1
	} else if mh&lastBit != 0 {
		hout = -1
	}
	ph <<= 1
	mh <<= 1
	mh |= hinNeg
	if hin > 0 {
		ph |= 1
	}
	*pvp = mh | ^(xv | ph)
	*mvp = ph & xv
	return hout
}

// matchStart finds where the best approximate match of pat ending at end
// (exclusive) in text starts, looking back at most len(pat)+maxK code
// points, and returns that start with the match's edit distance. Among
// equally good starts it prefers the one whose length is nearest len(pat).
func matchStart(pat, text []rune, end, maxK int) (start, dist int) {
	m := len(pat)
	w := min(end, m+maxK) // how far back a match within maxK can reach
	// prev[l] = distance between the last i code points of pat and the
	// last l code points of text[:end], computed for i = 0..m.
	prev := make([]int32, w+1)
	cur := make([]int32, w+1)
	for l := range prev {
		prev[l] = int32(l)
	}
	for i := 1; i <= m; i++ {
		pc := pat[m-i]
		cur[0] = int32(i)
		for l := 1; l <= w; l++ {
			cost := int32(1)
			if text[end-l] == pc {
				cost = 0
			}
			v := prev[l-1] + cost
			if d := prev[l] + 1; d < v {
				v = d
			}
			if d := cur[l-1] + 1; d < v {
				v = d
			}
			cur[l] = v
		}
		prev, cur = cur, prev
	}
	bestL, best := 0, prev[0]
	for l := 1; l <= w; l++ {
		if prev[l] < best || (prev[l] == best && abs(l-m) < abs(bestL-m)) {
			bestL, best = l, prev[l]
		}
	}
	return end - bestL, int(best)
}
