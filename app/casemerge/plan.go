// Package casemerge compares a colleague's copy of a case with the open
// case and plans what importing it would do: the items it would add, the
// items it would change (field by field, with both values, and a choice
// for each field), and the items that are the same. Plan.Batch turns the
// plan, with the analyst's choices, into one app.Batch that the store
// writes as one transaction and one undo step.
//
// Items are matched by id, then people and organizations by the same-name
// rule (app.SameActorName: a name or alias in common), sources by their
// URL, and relations, events, figures, claims and annotations by what
// they say (ends and kind; title and date; question; figure, source and
// phrase; source, quote and note). References of theirs to a matched
// item are rewritten to our id, so a colleague's relation to "MEK" lands
// on our MEK even when the two copies gave it different ids.
//
// Nothing is lost from either side: a change keeps ours unless the
// analyst takes theirs, a field ours leaves empty takes theirs, lists
// (aliases, participants, citations) keep both, and nothing of ours is
// ever deleted. The package imports only the domain.
package casemerge

import (
	"casefile/app"
)

// Choice is what the import does with one field that differs.
type Choice int

// The choices for a field.
const (
	// KeepOurs leaves the field as the open case has it.
	KeepOurs Choice = iota
	// TakeTheirs writes the other copy's value.
	TakeTheirs
	// KeepBoth, for a list (aliases, participants, citations), adds the
	// other copy's entries that ours lacks.
	KeepBoth
)

// String names the choice as the command line prints it.
func (c Choice) String() string {
	switch c {
	case TakeTheirs:
		return "take theirs"
	case KeepBoth:
		return "keep both"
	}
	return "keep ours"
}

// Item names one item of a plan.
type Item struct {
	Kind  app.Kind
	ID    string // our id (for an added item, the id it will have)
	Title string // its name or title as a user reads it
}

// Field is one field of an item that differs between the two copies.
type Field struct {
	Name   string // "name", "aliases", "date"…
	Ours   string // our value as a user reads it ("" when empty)
	Theirs string // theirs
	// List is set for aliases, participants and citations, whose choices
	// are KeepOurs and KeepBoth.
	List bool
	Take Choice
}

// Change is an item in both copies whose fields differ.
type Change struct {
	Item
	TheirID string // the item's id in the other copy
	Fields  []Field
}

// Plan is what importing the other copy would do.
type Plan struct {
	// Source names the other copy for the undo label ("colleague.json").
	Source  string
	Adds    []Item
	Changes []Change
	Same    []Item

	ours   *app.CaseData
	theirs app.CaseData // remapped onto our ids
	// adds are their items ours lacks, on our ids.
	adds app.CaseData
	// newClaims are claims of theirs added to figures of ours.
	newClaims []app.Claim
	// pending writes each change into a batch.
	pending []pending
}

// Empty reports whether the import would change nothing.
func (p *Plan) Empty() bool { return len(p.Adds) == 0 && len(p.Changes) == 0 }
