package exchange

import (
	"bytes"
	"encoding/json"
	"strings"
)

// FTMExtensions are the file names FollowTheMoney entities usually come in
// (an Aleph or ftm export, one entity per line).
var FTMExtensions = []string{".ftm", ".ftm.json", ".jsonl", ".ndjson"}

// IsFTM reports whether a file holds FollowTheMoney entities rather than
// Casefile JSON: by its name, else by its first line (head is the start of
// the file) being a whole JSON object with an id and a schema.
func IsFTM(name string, head []byte) bool {
	lower := strings.ToLower(name)
	for _, ext := range FTMExtensions {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	line, _, _ := bytes.Cut(bytes.TrimLeft(head, " \t\r\n"), []byte("\n"))
	var first struct {
		ID     string          `json:"id"`
		Schema string          `json:"schema"`
		Props  json.RawMessage `json:"properties"`
	}
	return json.Unmarshal(line, &first) == nil && first.ID != "" && first.Schema != ""
}
