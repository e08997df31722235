package briefing

import (
	"casefile/app/chartlayout"
	"casefile/app/timelinelayout"
)

// Document is a briefing as plain data: what Build makes of a case and what
// Render draws. Every length is in millimetres, laid out for Paper. It has
// no behaviour and marshals to JSON, so that tests can read it as data.
type Document struct {
	Title   string // the case's title
	Marking string // printed at the top and bottom of every page; may be empty
	Author  string // the case's author, also the PDF's Author property
	AsOf    string // the case's "as of" date, written for people
	Printed string // the date printed, such as "26 November 2025"
	// Created is the PDF's creation and modification date, RFC 3339: the
	// printed date at midnight UTC, so that the same case printed the same
	// day gives the same bytes.
	Created  string
	Subject  string // the PDF's Subject property
	Keywords string // the PDF's Keywords property, comma-separated
	Stats    string // what the case holds, one line for the cover

	Paper Paper // the page geometry every length is laid out for
	// Cited lists the source numbers that have an entry in the Sources
	// section, which citation numbers link to; empty when it is not printed.
	Cited    []int     `json:",omitempty"`
	Sections []Section // in print order, after the cover
}

// Paper is the page geometry.
type Paper struct {
	Name          string  // "a4" or "letter"
	Width, Height float64 // the page
	Left, Right   float64 // margins
	Top, Bottom   float64 // margins of the body, clear of the marking lines
}

// TextWidth is the width between the margins.
func (p Paper) TextWidth() float64 { return p.Width - p.Left - p.Right }

// Section is one part of the briefing, with a bookmark in the PDF outline
// and an entry in the contents.
type Section struct {
	Name   string  // as in Sections: "summary", "timeline", …
	Title  string  // as printed: "Bottom line up front"
	Blocks []Block // the section's content, top to bottom
}

// Block is one piece of a section. Exactly one field is set.
type Block struct {
	Heading   *Heading   `json:",omitempty"`
	Paragraph *Paragraph `json:",omitempty"`
	Table     *Table     `json:",omitempty"`
	Strip     *Strip     `json:",omitempty"`
	Chart     *Chart     `json:",omitempty"`
	Network   *Network   `json:",omitempty"`
}

// Heading is a heading within a section. Bookmarked headings (one per
// disputed figure) also get an outline entry and a line in the contents.
type Heading struct {
	Text     string
	Bookmark bool `json:",omitempty"` // in the outline and the contents
}

// ParaStyle is how a paragraph is set.
type ParaStyle string

// The paragraph styles.
const (
	StyleBody  ParaStyle = "body"  // running text
	StyleLead  ParaStyle = "lead"  // the bottom line, a little larger
	StyleNote  ParaStyle = "note"  // small print: legends, keys, remarks
	StyleLabel ParaStyle = "label" // a bold run-in line above a table or list
)

// Paragraph is a block of running text.
type Paragraph struct {
	Style  ParaStyle
	Indent float64 `json:",omitempty"` // left indent
	Bullet bool    `json:",omitempty"` // a list item: a bullet, and the text indented beside it
	Text   Text    // wrapped to the text width less the indent
	// KeepWithNext keeps the paragraph's last lines on the page where the
	// next block starts, so that a closing line is never left alone at the
	// top of a page.
	KeepWithNext bool `json:",omitempty"`
}

// Text is a run of styled spans.
type Text []Span

// Span is a piece of text in one style. A span with Cite set is a citation:
// it prints as "[n]" and links to source n's entry.
type Span struct {
	Text   string `json:",omitempty"` // printed as it is, after cleaning for print
	Bold   bool   `json:",omitempty"`
	Italic bool   `json:",omitempty"` // quotes and phrases as said
	Small  bool   `json:",omitempty"` // 1.5 pt smaller: notes, places, quotes under an item
	Cite   int    `json:",omitempty"` // a source number: a citation linking to that source
	URL    string `json:",omitempty"` // a web address the span links to (the text is the address as printed)
	// Break starts a new line before the span (within a paragraph or cell).
	Break bool `json:",omitempty"`
}

// Table is a table whose header row is repeated after each page break.
type Table struct {
	Columns []Column // their widths add up to the text width
	Rows    []Row
}

// Column is one column of a table.
type Column struct {
	Title string  // the header cell
	Width float64 // millimetres
	Align string  `json:",omitempty"` // "" (left), "C" or "R"
}

// Row is one row of a table.
type Row struct {
	Cells []Text // one per column
	Key   bool   `json:",omitempty"` // a key event: shaded, and marked in its text
	// Target is the number of the source whose entry this row is, the
	// destination of its citation links; 0 for none.
	Target int `json:",omitempty"`
}

// Strip is a laid-out timeline strip.
type Strip struct {
	Title  string                 // "Whole span: 1970s to 2023"
	Width  float64                // millimetres, the text width
	Lanes  int                    // rows of marks
	Ticks  []timelinelayout.Tick  // calendar ticks, x in millimetres
	Marks  []StripMark            // the events drawn one by one
	Counts []timelinelayout.Count `json:",omitempty"` // events that found no lane: "+12"
	Keys   []float64              `json:",omitempty"` // x of each key event's marker
	Labels []timelinelayout.Label `json:",omitempty"` // key event labels (their numbers)
	Legend bool                   `json:",omitempty"` // draw the key to the symbols below
}

// Certainty is how a date is qualified.
type Certainty string

// The certainties of a date, each drawn distinctly.
const (
	Certain     Certainty = "certain"     // solid
	Approximate Certainty = "approximate" // hollow, solid outline
	Uncertain   Certainty = "uncertain"   // hollow, dotted outline
	Both        Certainty = "both"        // uncertain and approximate: grey, dotted outline
)

// StripMark is one event on a strip.
type StripMark struct {
	X0, X1    float64   // extent in millimetres from the strip's left
	Lane      int       // 0 is the top lane
	Dot       bool      `json:",omitempty"` // a day: drawn as a dot
	Key       bool      `json:",omitempty"` // a key event
	Certainty Certainty // drawn as fill and outline
	OpenStart bool      `json:",omitempty"` // arrow to the left
	OpenEnd   bool      `json:",omitempty"` // arrow to the right
}

// Chart is a claim-spread chart of one disputed figure: one row per claim,
// in the order of the claims table.
type Chart struct {
	Unit       string           `json:",omitempty"` // the figure's unit, named in the caption
	LabelWidth float64          // millimetres for the row labels at the left
	PlotWidth  float64          // millimetres for the plot
	Axis       chartlayout.Axis // linear from zero or logarithmic, with ticks
	Rows       []ChartRow
}

// ChartRow is one claim on the chart.
type ChartRow struct {
	Label string           // "3 Albanian Daily News", cut to fit LabelWidth
	Cite  int              // the claim's source number
	Mark  chartlayout.Mark // where the claim is drawn, as fractions of PlotWidth
	Value string           // the numbers, as the table writes them
}
