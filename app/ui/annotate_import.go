package ui

import (
	"context"

	"casefile/app/sourcefile"
)

// importedText is a document's readable text, with what it says about
// itself, for File ▸ Import source text… (read by app/sourcefile).
type importedText = sourcefile.Document

// sourceTextExts are the kinds of file Import source text reads.
var sourceTextExts = sourcefile.TextExtensions()

// readSourceText reads a text, Markdown or HTML file into readable text
// (see sourcefile.Read).
func readSourceText(path string) (importedText, error) {
	return sourcefile.ReadFile(context.Background(), path, sourcefile.Options{})
}
