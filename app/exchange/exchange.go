// Package exchange reads and writes cases in exchange formats. Casefile JSON
// v1 (Decode, Encode) is the complete, lossless one: a whole case as one
// UTF-8 JSON document that can be written by hand, diffed and archived.
//
// Decode is all or nothing. It walks the whole document and collects every
// problem it finds, each with its JSON path (figures[2].claims[0].low), into
// one *DecodeError; keys it does not know are left out of the case and
// reported as Warnings. Encode writes a case deterministically, so that
// export, import and export again give the same bytes.
//
// The other formats are export-only views for other tools: FollowTheMoney
// entities (EncodeFTM) for Aleph and OpenSanctions-style graphs, TimelineJS
// (EncodeTimelineJS) for a browsable timeline, and CSV tables (EncodeCSV)
// for spreadsheets.
package exchange

import (
	"fmt"
	"strings"

	"casefile/app"
)

// Version is the version of Casefile JSON that this package reads and
// writes: the value of the document's "casefile" key.
const Version = 1

// MaxDocumentSize is the largest document Decode accepts, in bytes.
const MaxDocumentSize = 512 << 20

// Warning is something in a document that does not stop the import but that
// the user should know about: a key Casefile does not know (which is left
// out of the case), or a quote that could not be found in its source's text
// (which is kept, unanchored).
type Warning struct {
	Path    string // JSON path, e.g. "events[3].colour"
	Message string // a sentence for the user
}

// String returns the warning as "path: message".
func (w Warning) String() string {
	if w.Path == "" {
		return w.Message
	}
	return w.Path + ": " + w.Message
}

// Problem is one error found in a document, at a JSON path.
type Problem struct {
	Path    string // JSON path, e.g. "figures[2].claims[0].low"; "" for the whole document
	Message string // a sentence for the user
}

// String returns the problem as "path: message".
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// DecodeError lists every problem that stopped a document from being
// imported, in document order. errors.As finds an *app.Error with code
// app.EINVALID in it, whose message is one sentence summing it up.
type DecodeError struct {
	Problems []Problem
	summary  *app.Error
}

func newDecodeError(problems []Problem) *DecodeError {
	e := &DecodeError{Problems: problems}
	var msg string
	switch {
	case len(problems) == 0:
		msg = "The case cannot be imported."
	case len(problems) == 1:
		msg = "The case cannot be imported: " + lowerFirst(problems[0].String())
	default:
		msg = fmt.Sprintf("The case cannot be imported: %d problems were found, the first at %s.", len(problems), pathOrTop(problems[0].Path))
	}
	e.summary = &app.Error{Code: app.EINVALID, Field: firstPath(problems), Message: msg}
	return e
}

func firstPath(ps []Problem) string {
	if len(ps) == 0 {
		return ""
	}
	return ps[0].Path
}

func pathOrTop(p string) string {
	if p == "" {
		return "the top of the document"
	}
	return p
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	// Only lower a leading capital that starts an ordinary word ("The",
	// "Expected"), never a path or an acronym.
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z' {
		return string(s[0]+('a'-'A')) + s[1:]
	}
	return s
}

// maxListed is how many problems Error lists; Problems holds them all.
const maxListed = 100

// Error lists the problems, one a line after a summary line (the first
// hundred of them; Problems holds every one).
func (e *DecodeError) Error() string {
	var b strings.Builder
	if len(e.Problems) == 0 {
		return "the case cannot be imported"
	}
	if len(e.Problems) == 1 {
		b.WriteString("the case cannot be imported: ")
		b.WriteString(e.Problems[0].String())
		return b.String()
	}
	fmt.Fprintf(&b, "the case cannot be imported (%d problems):", len(e.Problems))
	for i, p := range e.Problems {
		if i == maxListed {
			fmt.Fprintf(&b, "\n  … and %d more problems.", len(e.Problems)-maxListed)
			break
		}
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns an *app.Error with code app.EINVALID that sums the
// problems up in one sentence, for callers that show a single message.
func (e *DecodeError) Unwrap() error {
	if e.summary == nil {
		e.summary = newDecodeError(e.Problems).summary
	}
	return e.summary
}
