// Package archtest holds the tests that keep docs/ARCHITECTURE.md true:
// the import directions (the domain imports nothing of ours, the window
// never speaks SQL, the PDF code never imports Fyne), and the theme's
// rule that the success and warning colours mark things but never colour
// text.
package archtest
