// Package sourcefile reads the files a source arrives as — plain text,
// Markdown, HTML, PDF, Word (.docx), OpenDocument (.odt) and e-mail (.eml) —
// into a Document: the readable text for the reading view, where each page
// starts, what the file says about itself (title, author, date, sender…)
// and, for an e-mail, its attachments.
//
// It knows nothing of Fyne, SQL or the PDF writer. Every reader bounds what
// it reads (file size, decompressed size, attachment count) and turns bad
// input into an *app.Error with one sentence for a user.
package sourcefile
