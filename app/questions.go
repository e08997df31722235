package app

import "casefile/app/ach"

// KindQuestion is a disputed question: competing hypotheses weighed
// against the case's evidence (Analysis of Competing Hypotheses).
const KindQuestion Kind = "question"

// Rating is how an evidence row bears on a hypothesis: CC, C, N, I, II or
// NA, or "" when not yet rated. It is the ach package's type.
type Rating = ach.Rating

// Ratings lists the six ratings from very consistent to not applicable.
var Ratings = ach.Ratings

// The ratings of a cell of a question's matrix.
const (
	RatingUnrated          = ach.Unrated
	RatingVeryConsistent   = ach.VeryConsistent
	RatingConsistent       = ach.Consistent
	RatingNeutral          = ach.Neutral
	RatingInconsistent     = ach.Inconsistent
	RatingVeryInconsistent = ach.VeryInconsistent
	RatingNotApplicable    = ach.NotApplicable
)

// Level is an evidence row's credibility or relevance: high, medium or
// low; "" means the default (for credibility, the one derived from the
// source's grade; for relevance, medium).
type Level = ach.Level

// The levels of credibility and relevance.
const (
	LevelHigh   = ach.High
	LevelMedium = ach.Medium
	LevelLow    = ach.Low
)

// The number of hypotheses a question has: at least two to compete, at
// most seven to stay readable as a matrix.
const (
	MinHypotheses = 2
	MaxHypotheses = 7
)

// Question is a disputed question ("Why did the police enter the camp?"),
// its competing hypotheses, the evidence rated against them, and the
// analyst's conclusion.
type Question struct {
	ID         string
	Text       string
	Hypotheses []Hypothesis // 2 to 7, in the analyst's order
	Evidence   []Evidence   // in the analyst's order
	Conclusion Conclusion
}

// Hypothesis is one competing answer to a question, a short statement.
type Hypothesis struct {
	ID   string
	Text string
}

// Evidence is one row of a question's matrix: an item of the case (a
// claim, an event, an annotation, which carries a quote, or a disputed
// figure as a whole) or, with no item, a free-text assumption.
type Evidence struct {
	ID string
	// Item is the id of a claim, event, annotation or figure; empty for an
	// assumption.
	Item string
	// Assumption is the text of an assumption, when Item is empty.
	Assumption  string
	Credibility Level // "" derives it from the source's grade
	Relevance   Level // "" is medium
	Note        string
	// Ratings holds the row's rating for each hypothesis, by hypothesis
	// id; a hypothesis not in it is not yet rated.
	Ratings map[string]Rating
}

// IsAssumption reports whether the row is a free-text assumption rather
// than an item of the case.
func (e *Evidence) IsAssumption() bool { return e.Item == "" }

// Confidence is the analyst's confidence in a conclusion.
type Confidence string

// The confidence levels of a conclusion.
const (
	ConfidenceLow      Confidence = "low"
	ConfidenceModerate Confidence = "moderate"
	ConfidenceHigh     Confidence = "high"
)

// Confidences lists the confidence levels from low to high.
var Confidences = []Confidence{ConfidenceLow, ConfidenceModerate, ConfidenceHigh}

// Conclusion is the analyst's judgement on a question: which hypothesis,
// how likely in the case's likelihood words, with what confidence, why,
// and what would be seen if the judgement were wrong.
type Conclusion struct {
	Hypothesis string // a hypothesis id, or "" when no conclusion is drawn
	Likelihood string // a likelihood word's key (see Yardstick)
	Confidence Confidence
	Reasoning  string
	Indicators string
}

// IsZero reports whether no part of the conclusion is filled in.
func (c Conclusion) IsZero() bool { return c == Conclusion{} }

// Hypothesis returns the question's hypothesis with id, or nil.
func (q *Question) Hypothesis(id string) *Hypothesis {
	for i := range q.Hypotheses {
		if q.Hypotheses[i].ID == id {
			return &q.Hypotheses[i]
		}
	}
	return nil
}

// EvidenceRow returns the question's evidence row with id, or nil.
func (q *Question) EvidenceRow(id string) *Evidence {
	for i := range q.Evidence {
		if q.Evidence[i].ID == id {
			return &q.Evidence[i]
		}
	}
	return nil
}

// QuestionUse names a question that uses an item as evidence, for the
// warning before the item is deleted.
type QuestionUse struct {
	Question string // the question's id
	Text     string // the question
	Rows     int    // how many of its rows are the item
}

// QuestionStore is the part of Store that keeps disputed questions. Each
// change is one undoable transaction, like every other change to a case.
// Hypotheses and evidence rows are named by their own ids, which are
// unique in the case.
type QuestionStore interface {
	// Questions lists the disputed questions in store order, complete.
	Questions() ([]Question, error)
	// Question reads one question.
	Question(id string) (Question, error)
	// CreateQuestion adds a question with its hypotheses (2 to 7),
	// evidence and ratings; empty ids are assigned and written back.
	CreateQuestion(q *Question) error
	// UpdateQuestion changes a question's text and conclusion.
	UpdateQuestion(q Question) error
	// DeleteQuestion removes a question with its hypotheses, evidence rows
	// and ratings; the items the rows point to stay.
	DeleteQuestion(id string) error

	// AddHypothesis adds a hypothesis at the end of question's list.
	AddHypothesis(question string, h *Hypothesis) error
	// UpdateHypothesis changes a hypothesis's statement.
	UpdateHypothesis(h Hypothesis) error
	// DeleteHypothesis removes a hypothesis and its ratings (a question
	// keeps at least two); a conclusion naming it loses the hypothesis.
	DeleteHypothesis(id string) error
	// MoveHypothesis moves a hypothesis to position to (0-based).
	MoveHypothesis(id string, to int) error

	// AddEvidence adds a row (an item or an assumption) at the end of
	// question's matrix.
	AddEvidence(question string, e *Evidence) error
	// AddQuoteEvidence notes a quote of a source (the annotation a) and
	// adds it as row e of question in one change; e.Item becomes a.ID.
	AddQuoteEvidence(question string, a *Annotation, e *Evidence) error
	// UpdateEvidence changes a row's assumption, credibility, relevance
	// and note.
	UpdateEvidence(e Evidence) error
	// MoveEvidence moves a row to position to (0-based).
	MoveEvidence(id string, to int) error
	// DeleteEvidence removes a row and its ratings, not its item.
	DeleteEvidence(id string) error
	// Rate sets one cell of the matrix; RatingUnrated clears it.
	Rate(evidence, hypothesis string, r Rating) error

	// QuestionsUsing lists the questions that use item as evidence, for
	// the warning before the item is deleted (which removes those rows).
	QuestionsUsing(item string) ([]QuestionUse, error)
}
