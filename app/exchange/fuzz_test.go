package exchange

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// FuzzDecode checks that Decode never panics, and that whatever it accepts
// encodes to a document that decodes to the same case and encodes to the
// same bytes again.
func FuzzDecode(f *testing.F) {
	// Small seeds only: the fuzzer minimizes every input that finds new
	// code, and minimizing a mutated 7 KB fixture takes a minute each time.
	for _, s := range []string{
		`{"casefile": 1, "case": {"title": "T"}}`,
		`{"casefile":1,"case":{"title":"T","as_of":"2023-06-21","as_of_text":"now"},"sources":[{"id":"s","title":"S","kind":"article","reliability":"B","interest":"party","published":"2023-06?","text":"Çuçi said none; some 100 said none."}],"people":[{"id":"p","name":"P","aliases":[{"name":"Q","note":"n"}],"born":"195X","citations":[{"source":"s","quote":{"exact":"none","prefix":"said ","suffix":".","start":9,"end":13},"note":"n"}]}],"organizations":[{"id":"o","name":"O","kind":"k"}],"relations":[{"id":"r","from":"p","to":"o","kind":"member of","start":"../2012"}],"events":[{"id":"e","title":"E","date":"2023-06-20","key":true,"participants":["p","o"]}],"figures":[{"id":"f","question":"Q","event":"e","claims":[{"id":"c","source":"s","claimant":"o","text":"some 100","low":100,"high":100,"qualifier":"approximate","credibility":3}]}],"annotations":[{"id":"a","source":"s","note":"n","quote":{"exact":"some 100"}}],"extra":{}}`,
		`{"casefile":1,"case":{"title":""},"sources":[{"id":"s"},{"id":"s"}],"events":[{"id":"e","date":"x","participants":["z",1]}],"figures":[{"claims":[{"low":"1","high":-1,"credibility":9}]}]}`,
		`{"casefile": 1, "case": {"title": "T"}, "sources": [{"id": "s", "title": "S", "text": "aé😀a"}], "annotations": [{"id": "a", "source": "s", "note": "n", "quote": {"exact": "a", "prefix": "😀", "start": 1, "end": 2}}]}`,
		`{"casefile": 1, "case": {"title": "T"}, "sources": [{"id": "s", "title": "S"}], "figures": [{"id": "f", "question": "Q", "claims": [{"id": "c", "source": "s", "text": "x", "low": 1e21, "high": null, "credibility": 6}]}]}`,
		`{"casefile": 1, "case": {"title": "T", "x": [1, {"y": null}]}, "events": [{"id": "e", "title": "E", "date": "198X~", "key": true}]}`,
		`{"casefile":1,"case":{"title":"T","yardstick":"icd203"},"sources":[{"id":"s","title":"S"}],"events":[{"id":"e","title":"E","date":"2023"}],"questions":[{"id":"q","question":"Q?","hypotheses":[{"id":"h1","text":"a"},{"id":"h2","text":"b"}],"evidence":[{"id":"v1","item":"e","credibility":"high","ratings":{"h1":"CC","h2":"II"}},{"id":"v2","assumption":"x","relevance":"low","ratings":{}}],"conclusion":{"hypothesis":"h2","likelihood":"likely","confidence":"low","reasoning":"r","indicators":"i"}}]}`,
		`{"casefile":1,"case":{"title":"T"},"questions":[{"id":"q","question":"Q?","hypotheses":[{"id":"h1","text":"a"}],"evidence":[{"id":"v","item":"zz","assumption":"y","ratings":{"h9":"X","h1":2}}],"conclusion":{"hypothesis":"h7","likelihood":"maybe"}}]}`,
		`{"casefile": 2}`, `[]`, `{"casefile": 1, "case": {"title": "T", "title": "U"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, _, err := Decode(bytes.NewReader(data))
		if err != nil {
			if _, ok := err.(*DecodeError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		var first bytes.Buffer
		if err := Encode(&first, d); err != nil {
			t.Fatalf("Encode after a successful Decode: %v", err)
		}
		d2, _, err := Decode(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("Decode of an encoded case: %v\n%s", err, first.Bytes())
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatalf("decode(encode(d)) != d\n%+v\n%+v", d, d2)
		}
		var second bytes.Buffer
		if err := Encode(&second, d2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("encodings differ:\n%s\n%s", first.Bytes(), second.Bytes())
		}
	})
}

// FuzzParse checks the hand-written JSON reader against encoding/json: it
// accepts the same documents (besides a leading byte order mark, which it
// skips) and reads the same values.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"a": [1, -2.5e+3, true, false, null, "x"]}`, `"\u00e9\ud83d\ude00\ud800x\\\/\b\f\n\r\t"`,
		"\"bad \xff utf8\"", `[]`, `{}`, ` 0 `, `-0.0E-0`, `01`, `[1,]`, `{"a" 1}`, `"\u12"`, "\ufeff{}", `{"a":1,"a":2}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var problems []problem
		n, err := parseDocument(data, &problems)
		std := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		valid := json.Valid(std)
		if err != nil {
			if valid && len(problems) == 1 && strings.Contains(problems[0].Message, "nested more than") {
				return
			}
			if valid && len(bytes.TrimSpace(std)) > 0 {
				t.Fatalf("rejected valid JSON %q: %v", data, problems)
			}
			return
		}
		if !valid {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		if len(problems) > 0 { // duplicate keys: encoding/json keeps the last
			return
		}
		dec := json.NewDecoder(bytes.NewReader(std))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if got := toAny(&n); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: read %#v, encoding/json reads %#v", data, got, want)
		}
	})
}

func toAny(n *node) any {
	switch n.kind {
	case kindNull:
		return nil
	case kindBool:
		return n.b
	case kindNumber:
		return json.Number(n.s)
	case kindString:
		return n.s
	case kindArray:
		out := make([]any, len(n.elems))
		for i := range n.elems {
			out[i] = toAny(&n.elems[i])
		}
		return out
	default:
		out := map[string]any{}
		for i := range n.members {
			out[n.members[i].key] = toAny(&n.members[i].val)
		}
		return out
	}
}
