package app

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NewID returns a fresh id for an item of kind k, such as "event-3f9a0c1b2d4e".
func NewID(k Kind) string {
	var b [6]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return string(k) + "-" + hex.EncodeToString(b[:])
}

// letters that do not decompose into a base letter plus marks.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'ð': "d",
}

// Fold returns s in lower case with diacritics removed, so that "Çuçi"
// and "cuci" compare equal. Used for filtering and duplicate detection.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if sp, ok := foldSpecial[r]; ok {
			b.WriteString(sp)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ActorName finds the name of the person or organization with the given id
// in d, or "" when there is none.
func (d *CaseData) ActorName(id string) string {
	for i := range d.People {
		if d.People[i].ID == id {
			return d.People[i].Name
		}
	}
	for i := range d.Organizations {
		if d.Organizations[i].ID == id {
			return d.Organizations[i].Name
		}
	}
	return ""
}

// SourceByID returns the source with the given id in d, or nil.
func (d *CaseData) SourceByID(id string) *Source {
	for i := range d.Sources {
		if d.Sources[i].ID == id {
			return &d.Sources[i]
		}
	}
	return nil
}
