package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"

	"casefile/app"
	"casefile/app/exchange"
	"casefile/internal/atomicfile"
)

// ruleProblems checks a loaded case against the rules an import applies:
// every text is valid UTF-8, and the rest are checked by applying them: the case is written as Casefile JSON and read back
// (every field and reference, as import reads it), and with build set it
// is also built into a scratch case file (the store's own checks), which
// is then removed. Each problem names the item by its list, place and id.
func (c *CLI) ruleProblems(d app.CaseData, build bool) []string {
	if bad := invalidText(d); len(bad) > 0 {
		return bad
	}
	var buf bytes.Buffer
	if err := exchange.Encode(&buf, d); err != nil {
		return []string{"The case cannot be written as Casefile JSON: " + errorText(err)}
	}
	decoded, _, err := exchange.Decode(&buf)
	var de *exchange.DecodeError
	if errors.As(err, &de) {
		out := make([]string, 0, len(de.Problems))
		for _, p := range de.Problems {
			out = append(out, describeProblem(d, p.Path, p.Message))
		}
		return out
	}
	if err != nil {
		return []string{"The case cannot be read back: " + errorText(err)}
	}
	if !build {
		return nil
	}
	dir, release, err := atomicfile.MkdirTemp("casefile-check")
	if err != nil {
		return []string{"Casefile could not make a scratch folder to check the case's rules."}
	}
	defer release()
	store, err := c.Opener.Create(filepath.Join(dir, "check.casefile"), decoded, false)
	if err != nil {
		return []string{describeProblem(d, app.ErrorField(err), errorText(err))}
	}
	store.Close()
	return nil
}

// itemPath matches the start of a JSON path: "events[3]".
var itemPath = regexp.MustCompile(`^([a-z]+)\[(\d+)\]`)

// itemNames are what the items of each list a JSON path can start with
// are called.
var itemNames = map[string]string{
	"sources": "Source", "people": "Person", "organizations": "Organization",
	"relations": "Relation", "events": "Event", "figures": "Disputed figure",
	"annotations": "Annotation", "questions": "Question",
}

// listIDs returns the ids of the items of each list of d as Casefile JSON
// writes them ("events": their ids in order), read from the JSON itself
// so that every list a path names is covered; nil if d cannot be written.
func listIDs(d app.CaseData) map[string][]string {
	var buf bytes.Buffer
	var lists map[string]json.RawMessage
	if exchange.Encode(&buf, d) != nil || json.Unmarshal(buf.Bytes(), &lists) != nil {
		return nil
	}
	out := make(map[string][]string, len(lists))
	for name, raw := range lists {
		var items []struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(raw, &items) != nil {
			continue // not a list of items ("case", "format")
		}
		for _, it := range items {
			out[name] = append(out[name], it.ID)
		}
	}
	return out
}

// describeProblem says which item a problem at the JSON path is about:
// "Event ‘e3’ (events[2].date): The date … ".
func describeProblem(d app.CaseData, path, msg string) string {
	if path == "" {
		return msg
	}
	m := itemPath.FindStringSubmatch(path)
	if m == nil {
		return fmt.Sprintf("%s: %s", path, msg)
	}
	i, _ := strconv.Atoi(m[2])
	kind, id := itemNames[m[1]], ""
	if ids := listIDs(d)[m[1]]; kind != "" && i < len(ids) {
		id = ids[i]
	}
	if id == "" {
		return fmt.Sprintf("%s: %s", path, msg)
	}
	return fmt.Sprintf("%s ‘%s’ (%s): %s", kind, id, path, msg)
}
