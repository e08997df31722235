package app

// Store is an open case. Every method that changes the case is one
// transaction, committed (and fsynced) before it returns: there is no Save.
// Each change is recorded for Undo, labelled in words ("delete event ‘Police
// raid’"). A read-only store returns an EREADONLY error from every change.
//
// Create methods assign an ID when the item's ID is empty and write it back.
// Update methods replace the item's own fields, including aliases and
// participants, but not its citations (use AddCitation and friends) nor a
// figure's claims (use the claim methods). Delete methods remove what
// belongs to the item (a figure's claims, an item's citations, relations of a
// person) and clear references to it (a claim's claimant); Undo restores all.
type Store interface {
	// Path returns the case file's path.
	Path() string
	// ReadOnly reports whether the case cannot be changed and, if so, a
	// sentence saying why.
	ReadOnly() (bool, string)
	// Close closes the case file.
	Close() error

	// Load reads the whole case.
	Load() (CaseData, error)

	// Case reads the case's own fields.
	Case() (Case, error)
	// UpdateCase changes the case's own fields.
	UpdateCase(c Case) error

	// Sources lists the sources in store order.
	Sources() ([]Source, error)
	// Source reads one source.
	Source(id string) (Source, error)
	// CreateSource adds a source.
	CreateSource(s *Source) error
	// UpdateSource changes a source.
	UpdateSource(s Source) error
	// DeleteSource removes a source with its citations, claims and annotations.
	DeleteSource(id string) error
	// ImportSource adds a source imported from the file name (of media
	// type mediaType, with the bytes data): the source with s.Original
	// describing the file, and the bytes when at most MaxOriginalBytes.
	ImportSource(s *Source, name, mediaType string, data []byte) error
	// OriginalFile returns the bytes of the file a source was imported
	// from, with its description.
	OriginalFile(id string) ([]byte, Original, error)

	// People lists the people in store order.
	People() ([]Person, error)
	// Person reads one person.
	Person(id string) (Person, error)
	// CreatePerson adds a person.
	CreatePerson(p *Person) error
	// UpdatePerson changes a person.
	UpdatePerson(p Person) error
	// DeletePerson removes a person with their relations and citations.
	DeletePerson(id string) error

	// Organizations lists the organizations in store order.
	Organizations() ([]Organization, error)
	// Organization reads one organization.
	Organization(id string) (Organization, error)
	// CreateOrganization adds an organization.
	CreateOrganization(o *Organization) error
	// UpdateOrganization changes an organization.
	UpdateOrganization(o Organization) error
	// DeleteOrganization removes an organization with its relations and citations.
	DeleteOrganization(id string) error

	// Relations lists the relations in store order.
	Relations() ([]Relation, error)
	// Relation reads one relation.
	Relation(id string) (Relation, error)
	// CreateRelation adds a relation.
	CreateRelation(r *Relation) error
	// UpdateRelation changes a relation.
	UpdateRelation(r Relation) error
	// DeleteRelation removes a relation and its citations.
	DeleteRelation(id string) error

	// Events lists the events in store order (the window sorts by date).
	Events() ([]Event, error)
	// Event reads one event.
	Event(id string) (Event, error)
	// CreateEvent adds an event.
	CreateEvent(e *Event) error
	// UpdateEvent changes an event.
	UpdateEvent(e Event) error
	// DeleteEvent removes an event and its citations; figures about it keep
	// their claims and lose the link.
	DeleteEvent(id string) error

	// Figures lists the disputed figures with their claims.
	Figures() ([]Figure, error)
	// Figure reads one figure with its claims.
	Figure(id string) (Figure, error)
	// CreateFigure adds a figure (and any claims it carries).
	CreateFigure(f *Figure) error
	// UpdateFigure changes a figure's own fields.
	UpdateFigure(f Figure) error
	// DeleteFigure removes a figure with its claims and their citations.
	DeleteFigure(id string) error

	// Claim reads one claim.
	Claim(id string) (Claim, error)
	// CreateClaim adds a claim to the figure c.Figure.
	CreateClaim(c *Claim) error
	// UpdateClaim changes a claim.
	UpdateClaim(c Claim) error
	// DeleteClaim removes a claim and its citations.
	DeleteClaim(id string) error

	// Annotations lists the notes on sources' texts.
	Annotations() ([]Annotation, error)
	// CreateAnnotation adds a note on a source's text.
	CreateAnnotation(a *Annotation) error
	// UpdateAnnotation changes a note.
	UpdateAnnotation(a Annotation) error
	// DeleteAnnotation removes a note.
	DeleteAnnotation(id string) error

	// Citations lists the citations of one item in store order.
	Citations(item string) ([]Citation, error)
	// AddCitation cites a source (optionally a quote in it) for c.Item.
	AddCitation(c *Citation) error
	// UpdateCitation changes a citation's source, quote or note.
	UpdateCitation(c Citation) error
	// DeleteCitation removes a citation.
	DeleteCitation(id string) error
	// MoveQuotes re-anchors quotes of citations and annotations in the
	// text of source after it was edited, as one undoable change
	// ("move 37 quotes with the text of ‘Source’"). Every citation and
	// annotation named must quote that source.
	MoveQuotes(source string, moves []QuoteMove) error

	// Search finds items whose text matches query (words, prefix matching,
	// case and diacritics ignored), best first.
	Search(query string, limit int) ([]SearchHit, error)

	// SimilarActors lists the people and organizations whose name or an
	// alias equals name or one of aliases once case, diacritics, spaces
	// and punctuation are ignored ("Mujahedin-e Khalq" and "mujahedin e
	// khalq" are the same), so that the window can warn before a duplicate
	// is saved and offer the existing item. exclude is the id of the item
	// being edited (or ""), which is never listed. Each item is listed
	// once, people before organizations, in store order; MatchedOn is its
	// name if that matched, else its first alias that did.
	SimilarActors(name string, aliases []string, exclude string) ([]ActorMatch, error)
	// Merge folds the person or organization dropID into keepID (both
	// people or both organizations) and deletes dropID, as one undoable
	// change labelled "merge ‘X’ into ‘Y’": dropID's name becomes an alias
	// of keepID (unless it is the same name), and its aliases, relations,
	// citations, event participations and the claims it made move to
	// keepID, without duplicates; a relation between the two is removed.
	// Fields keepID lacks are taken from dropID, and dropID's notes (and
	// any field both have with different values) are appended to keepID's
	// notes after "Merged from ‘X’".
	Merge(keepID, dropID string) error

	// Apply writes a batch of new and changed items (an import into this
	// case, see app/casemerge) as one transaction and one undoable change
	// labelled b.Label: all of it or, on any error, nothing.
	Apply(b Batch) error

	// NodePositions returns where the analyst placed nodes in the network
	// view, by item id; items whose node was never moved are absent.
	NodePositions() (map[string]Point, error)
	// SetNodePosition keeps where the analyst dropped the node of item id
	// in the network view, as one undoable change labelled "move ‘X’ in
	// the network" (call it once, when a drag ends). Positions are part of
	// the case file but not of Casefile JSON.
	SetNodePosition(id string, p Point) error

	// QuestionStore keeps the disputed questions.
	QuestionStore

	// UndoLabel names the change Undo would revert ("delete event ‘Raid’"),
	// or "" when there is nothing to undo.
	UndoLabel() string
	// RedoLabel names the change Redo would repeat, or "".
	RedoLabel() string
	// Undo reverts the last change and says what it was.
	Undo() (Change, error)
	// Redo repeats the last undone change.
	Redo() (Change, error)

	// SaveCopy writes a complete copy of the case to path (temp file beside
	// it, fsync, rename), leaving this store open on its own file.
	SaveCopy(path string) error
	// Check counts the items and runs SQLite's integrity check, the
	// foreign key check and a comparison of the file's schema with the
	// expected one.
	Check() (CheckReport, error)
}

// Change describes a change that Undo or Redo applied.
type Change struct {
	Label string // "delete event ‘Police raid’"
	Kind  Kind   // the kind of the main item changed
	Item  string // its id, when it still exists afterwards
	// Source is, for a change to a citation or a note on a text, the
	// source it belongs to (when that source exists afterwards), even when
	// the citation or note itself is gone: the window shows it.
	Source string
}

// SearchHit is one search result.
type SearchHit struct {
	Kind    Kind
	ID      string // the item's id (for a source-text hit, the source's id)
	Title   string // the item's name or title
	Field   string // the field that matched: "name", "alias", "text", …
	Snippet string // a short excerpt around the match
	// Marks are byte ranges of Snippet that matched the query words.
	Marks [][2]int
	// Offset is the code-point offset of the match in a source's text, or -1.
	Offset int
	Score  float64 // higher is better
}

// CheckReport is what Check found.
type CheckReport struct {
	Counts    map[Kind]int
	Integrity string // "ok" or SQLite's list of problems
	Version   int    // schema version of the file
	// Problems lists, one sentence each, what the checks beyond SQLite's
	// integrity check found: rows that refer to missing rows, and tables,
	// triggers, views or indexes that are foreign, missing or changed.
	Problems []string
}

// OK reports whether every check passed.
func (r CheckReport) OK() bool { return r.Integrity == "ok" && len(r.Problems) == 0 }

// Opener opens and creates case files. The storage package implements it;
// main hands it to the window and the command line, which never import
// storage themselves.
type Opener interface {
	// Open opens the case file at path. With readOnly, nothing can change
	// it. Errors are *Error values whose Message is a sentence for the user;
	// a file from a newer Casefile or open elsewhere has code ECONFLICT and
	// can be opened with readOnly.
	Open(path string, readOnly bool) (Store, error)
	// Create writes a new case file at path holding data, all or nothing:
	// on any error no file is left behind. It refuses to replace an
	// existing file unless overwrite is set.
	Create(path string, data CaseData, overwrite bool) (Store, error)
}
