// Package archtest holds the test that keeps the import directions of
// docs/ARCHITECTURE.md true: the domain imports nothing of ours, the window
// never speaks SQL, the PDF code never imports Fyne.
package archtest
