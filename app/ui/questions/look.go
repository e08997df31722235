package questions

import (
	"image/color"

	"casefile/app"
)

// Each rating has a colour and a symbol, so that the matrix reads without
// colour too (printed in grey, or by someone who does not tell red from
// green apart). The colours run from blue (consistent) to orange
// (inconsistent), a pair that stays apart for the common colour-vision
// deficiencies.

// fill is the cell's background for a rating; nil leaves the cell plain.
func fill(r app.Rating) color.Color {
	switch r {
	case app.RatingVeryConsistent:
		return color.NRGBA{R: 0x1f, G: 0x6f, B: 0xb4, A: 0xff}
	case app.RatingConsistent:
		return color.NRGBA{R: 0x8c, G: 0xbc, B: 0xe6, A: 0xff}
	case app.RatingNeutral:
		return color.NRGBA{R: 0xd9, G: 0xd9, B: 0xd9, A: 0xff}
	case app.RatingInconsistent:
		return color.NRGBA{R: 0xf6, G: 0xb2, B: 0x6b, A: 0xff}
	case app.RatingVeryInconsistent:
		return color.NRGBA{R: 0xd9, G: 0x5f, B: 0x0e, A: 0xff}
	case app.RatingNotApplicable:
		return color.NRGBA{R: 0xf2, G: 0xf2, B: 0xf2, A: 0xff}
	}
	return color.Transparent
}

// ink is the symbol's colour on the rating's fill.
func ink(r app.Rating) color.Color {
	switch r {
	case app.RatingVeryConsistent, app.RatingVeryInconsistent:
		return color.White
	case app.RatingUnrated:
		return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
	}
	return color.Black
}

// legend explains the symbols in one line.
func legend() string {
	s := ""
	for i, r := range app.Ratings {
		if i > 0 {
			s += "   "
		}
		s += r.Mark() + " " + string(r) + " " + r.Words()
	}
	return s
}

// keyRating is the rating a typed letter or digit asks for in a cell now
// rated cur: c consistent (again: very consistent), i inconsistent (again:
// very inconsistent), n neutral, a not applicable, 1–6 the ratings in
// legend order; ok is false for any other key.
func keyRating(r rune, cur app.Rating) (app.Rating, bool) {
	switch r {
	case 'c', 'C', '+':
		if cur == app.RatingConsistent {
			return app.RatingVeryConsistent, true
		}
		return app.RatingConsistent, true
	case 'i', 'I', '-':
		if cur == app.RatingInconsistent {
			return app.RatingVeryInconsistent, true
		}
		return app.RatingInconsistent, true
	case 'n', 'N', '0':
		return app.RatingNeutral, true
	case 'a', 'A':
		return app.RatingNotApplicable, true
	}
	if r >= '1' && r <= '6' {
		return app.Ratings[r-'1'], true
	}
	return "", false
}

// levelWord writes a level for a row: "High".
func levelWord(l app.Level) string {
	switch l {
	case app.LevelHigh:
		return "High"
	case app.LevelLow:
		return "Low"
	}
	return "Medium"
}
