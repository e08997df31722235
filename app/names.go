package app

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// NameKey is what two names of people or organizations must share to be
// taken for the same (the same-name rule): the name folded (lower case, no
// diacritics, see Fold) with everything but letters and digits left out, so
// that "Mujahedin-e Khalq", "Mujahedin e Khalq" and "MUJAHEDIN-E-KHALQ" have
// one key ("mujahedinekhalq"), as have "Çuçi" and "cuci". A name of only
// spaces and punctuation has the key "".
func NameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			b.WriteByte(byte(r))
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + ('a' - 'A'))
		case r >= utf8.RuneSelf:
			b.WriteString(foldKeyRune(r))
		}
	}
	return b.String()
}

// SameName reports whether a and b name the same person or organization
// by the same-name rule (NameKey); two names with an empty key are never
// the same.
func SameName(a, b string) bool {
	ka := NameKey(a)
	return ka != "" && ka == NameKey(b)
}

// SameActorName reports whether any of the names of one actor (its name
// and aliases) is, by SameName, one of the other's.
func SameActorName(aName string, aAliases []Alias, bName string, bAliases []Alias) bool {
	keys := map[string]bool{}
	for _, n := range append([]string{aName}, aliasNames(aAliases)...) {
		if k := NameKey(n); k != "" {
			keys[k] = true
		}
	}
	for _, n := range append([]string{bName}, aliasNames(bAliases)...) {
		if keys[NameKey(n)] {
			return true
		}
	}
	return false
}

func aliasNames(as []Alias) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

// foldKeyRune is NameKey for one non-ASCII character: Fold of it, letters
// and digits only. Folding character by character gives what folding the
// whole name gives, since Fold drops the combining marks that canonical
// decomposition might reorder. Results are kept, as names use few distinct
// characters.
func foldKeyRune(r rune) string {
	if k, ok := foldKeys.Load(r); ok {
		return k.(string)
	}
	var b strings.Builder
	for _, f := range Fold(string(r)) {
		if unicode.IsLetter(f) || unicode.IsNumber(f) {
			b.WriteRune(f)
		}
	}
	k := b.String()
	foldKeys.Store(r, k)
	return k
}

var foldKeys sync.Map // rune -> string
