package session

import (
	"testing"
	"unsafe"
)

// TestFoldKeysShareTheRowsMemory: a row's folded name is the folded title,
// kept inside its filter text rather than as a string of its own.
func TestFoldKeysShareTheRowsMemory(t *testing.T) {
	for _, parts := range [][]string{
		{"Police raid on the Ashraf-3 camp", "Manëz", "Tuesday"},
		{"Bledar Çuçi", "Minister of Interior", "Albanian"},
		{"ΣΟΦΙΑ Ἀριστοτέλης", "Αθήνα"},
		{"cafe\u0301", "decomposed"},
		{"", "no title"},
	} {
		filter, name := foldKeys(parts...)
		if filter != FoldKey(parts...) || name != Fold(parts[0]) {
			t.Errorf("%q: foldKeys gives %q and %q, want %q and %q", parts, filter, name, FoldKey(parts...), Fold(parts[0]))
		}
		if name != "" && unsafe.StringData(name) != unsafe.StringData(filter) {
			t.Errorf("%q: the folded name %q is a string of its own, not the start of the filter text", parts, name)
		}
	}
}
