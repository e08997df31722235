package sourcefile

import (
	"unicode"
	"unicode/utf8"
)

// footnotesLast moves a page's footnotes after its other lines, so that a
// paragraph the notes interrupt (at a column's or the page's foot) reads
// on. A footnote is a run of lines in the lower half of the page, in a
// smaller type than the page's text, that starts with a note's number or
// sign and goes on to the end of its column.
func footnotesLast(ls []line, pageH float64) []line {
	var sizes []float64
	for _, l := range ls {
		if len(l.text) > 10 {
			sizes = append(sizes, l.size)
		}
	}
	if len(sizes) < 5 {
		return ls
	}
	body := median(sizes)
	small := func(l line) bool { return l.size < 0.9*body && l.y1 < pageH/2 }
	var text, notes []line
	for i := 0; i < len(ls); {
		j := i
		if small(ls[i]) && startsNote(ls[i].text) {
			for j < len(ls) && small(ls[j]) && ls[j].col == ls[i].col {
				j++
			}
			// Only a run that ends its column (or the page) is a note.
			if j == len(ls) || ls[j].col != ls[i].col || ls[j].y1 > ls[i].y1 {
				for k := i; k < j; k++ {
					ls[k].note = true
				}
				notes = append(notes, ls[i:j]...)
				i = j
				continue
			}
		}
		text = append(text, ls[i])
		i++
	}
	return append(text, notes...)
}

// startsNote reports whether a line begins as a footnote does: with its
// number or sign.
func startsNote(text []rune) bool {
	if len(text) == 0 {
		return false
	}
	r := text[0]
	return unicode.IsDigit(r) || r == '*' || r == '†' || r == '‡' || r == '§'
}

// noteStart reports whether a footnote line starts a new note.
func noteStart(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return startsNote([]rune{r})
}
