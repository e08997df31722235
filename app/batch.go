package app

// Batch is a set of changes written as one: what importing a colleague's
// copy into an open case writes (see Store.Apply and app/casemerge), or
// one analyst's action that changes an item and its citations together
// (citing a source reads the event's "Tuesday" again). Every
// id in it is the case's: new items carry ids that are not yet in the case,
// and every reference names an item that is in the case or in Create.
type Batch struct {
	// Label names the change for Undo: "import ‘colleague.json’". Left
	// empty for a change about one item (Kind and Item), the store names
	// it after the item.
	Label string
	// Kind and Item name the one item the change is about, which Undo and
	// Redo report so that the window can show it; an import, about many
	// items, leaves them empty.
	Kind Kind
	Item string
	// Create holds the new items, with their citations; a figure with its
	// new claims. Create.Case is not used.
	Create CaseData
	// NewClaims are claims added to figures already in the case.
	NewClaims []Claim
	// Update holds items that replace the stored ones: their own fields,
	// aliases and participants, not their citations nor a figure's claims.
	// Update.Case is not used.
	Update CaseData
	// UpdateClaims are claims that replace stored ones.
	UpdateClaims []Claim
	// Citations are added to items already in the case (Item set).
	Citations []Citation
	// Uncite names citations (by id) removed from items in the case.
	Uncite []string
}

// Empty reports whether the batch changes nothing.
func (b *Batch) Empty() bool {
	return b.Create.count() == 0 && b.Update.count() == 0 && len(b.NewClaims) == 0 && len(b.UpdateClaims) == 0 && len(b.Citations) == 0 && len(b.Uncite) == 0
}

// count is the number of items in d's lists (not the claims inside figures).
func (d *CaseData) count() int {
	return len(d.Sources) + len(d.People) + len(d.Organizations) + len(d.Relations) + len(d.Events) + len(d.Figures) + len(d.Annotations)
}
