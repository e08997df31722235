// Package briefing prints a case as a PDF briefing that a principal can
// read in five minutes and check line by line: a cover with the marking,
// dates and contents; the bottom line up front; a timeline (a strip and a
// table); people and organizations; the disputed figures, each with a chart
// of its claims, a table of claims and the analyst's assessment; notes on
// sources; and the numbered sources that every citation links to.
//
// It works in two steps. Build turns an app.CaseData into a Document, a
// plain model of exported, JSON-marshalable structs in which everything is
// already decided: what is printed, in which order, in which style, and the
// layout of the timeline strips (app/timelinelayout) and claim charts
// (app/chartlayout), in millimetres for the chosen paper. Render draws a
// Document with fpdf; it is the only code that touches the PDF library, and
// the package never imports Fyne or storage. WriteFile does both and writes
// the file safely (a temporary file beside the target, then a rename).
//
// # Print quality
//
// The text is DejaVu Sans (regular, bold, oblique) from the go-fonts
// modules, embedded as subsets, so Latin with every diacritic (Albanian Ç
// and ë, Turkish, Vietnamese), Greek and Cyrillic print as written. fpdf
// neither joins Arabic letters nor reorders right-to-left text, so the
// package does it: Arabic and Persian letters are replaced by their
// contextual presentation forms (with the lam-alef ligatures), and each
// right-to-left run is put in visual order, line by line, with digits kept
// left to right and brackets mirrored (script.go). Vowel marks (harakat) are
// left out, since they cannot be positioned. Text the font cannot show
// correctly (Chinese, Devanagari, Urdu letters outside the table, emoji…)
// is replaced by a note such as "[text in Chinese script not shown]"; a name
// in such a script is printed as its first printable alias, with the note.
// So the briefing never shows empty boxes, unjoined letters or reversed
// text. Text is composed (NFC) and control characters are dropped; quotes
// are otherwise printed verbatim, in quotation marks.
//
// Every line is measured with the fonts' own advance widths and set into
// its column; pages are broken by hand, so tables repeat their header row
// after a break and a row taller than a page continues under the header.
// Lines are 1.28 times the type size apart, more than the font's ascent
// plus descent, so no two lines overlap. The marking is printed at the top
// and the bottom of every page, with "Page X of Y"; the outline has one
// bookmark per section and per disputed figure. Nothing carries meaning by
// colour alone: the briefing is grey, and certainty, claim kinds and key
// events are drawn with shapes, outlines and labels, with a legend.
//
// # Deterministic output
//
// The same case and options give the same bytes: the creation and
// modification dates are the printed day (Options.Printed) at midnight UTC,
// the catalog is sorted, and nothing random or local (no path, no user
// name) is written; the document properties hold the title, the author (the
// case's own field), a subject and keywords.
package briefing
