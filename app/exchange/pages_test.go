package exchange

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestSourceFileFields: a source's page map, original file and the mail
// it was attached to are read, and bad ones refused with their path.
func TestSourceFileFields(t *testing.T) {
	d := mustDecode(t, readFile(t, "testdata/every-field.json"))
	u := d.Sources[1]
	if !slices.Equal(u.Pages, []int{0, 0}) || u.AttachedTo != "src-ministry" || u.Original == nil ||
		u.Original.Name != "union-bulletin.pdf" || u.Original.Size != 48213 || u.Original.Type != "application/pdf" || u.Original.Kept {
		t.Errorf("source read as %+v, original %+v", u, u.Original)
	}
	if d.Sources[0].Pages != nil || d.Sources[0].Original != nil {
		t.Errorf("an unpaged source read as %+v", d.Sources[0])
	}
	doc := func(src string) []byte {
		return []byte(`{"casefile": 1, "case": {"title": "T"}, "sources": [{"id": "s1", "title": "A", "text": "abc"}, ` + src + `]}`)
	}
	for src, want := range map[string]string{
		`{"id": "s2", "title": "B", "text": "abc", "pages": [0, "x"]}`:                        "sources[1].pages[1]",
		`{"id": "s2", "title": "B", "text": "abc", "pages": [0, 9]}`:                          "sources[1].pages",
		`{"id": "s2", "title": "B", "text": "abc", "pages": [2]}`:                             "sources[1].pages",
		`{"id": "s2", "title": "B", "attached_to": "nope"}`:                                   "sources[1].attached_to",
		`{"id": "s2", "title": "B", "original": {"name": "b.pdf", "size": 3, "sha256": "x"}}`: "sources[1].original",
		`{"id": "s2", "title": "B", "original": {"size": 3}}`:                                 "sources[1].original.name",
	} {
		_, _, err := Decode(bytes.NewReader(doc(src)))
		var de *DecodeError
		if !errors.As(err, &de) || len(de.Problems) == 0 || !strings.HasPrefix(de.Problems[0].Path, want) {
			t.Errorf("%s: %v, want a problem at %s", src, err, want)
		}
	}
}
