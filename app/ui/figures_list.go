package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// figureSupportIcon marks a figure's row: a tick where an independent
// source supports a value, a question mark where none does.
// The icons are made on first use, not at start-up: the theme's icons need
// a running Fyne app, which the command line never starts.
func figureSupportIcon(indep bool) fyne.Resource {
	if indep {
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return theme.NewDisabledResource(theme.QuestionIcon())
}
