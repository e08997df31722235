// Package kit holds the window's building blocks that know nothing of an
// open case's window: the list pane every tab shows on its left, form
// fields and the detail form, the autosaver, dialogs (errors, messages,
// confirmations, progress, file choosers), links and notes, the muted
// theme and Casefile's icons. The shell, the tabs and the other views of
// app/ui build on it; it imports none of them.
package kit
