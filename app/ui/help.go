package ui

import (
	_ "embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit"
	"casefile/assets"
)

// userGuide is a copy of docs/USER_GUIDE.md (a test keeps the two equal).
//
//go:embed userguide.md
var userGuide string

// guideWindow is the open User guide window, reused when asked again.
var guideWindow fyne.Window

// showUserGuide opens the user guide in a window of its own.
func showUserGuide(a fyne.App) {
	if guideWindow != nil {
		guideWindow.Show()
		guideWindow.RequestFocus()
		return
	}
	w := a.NewWindow("Casefile user guide")
	text := widget.NewRichTextFromMarkdown(userGuide)
	text.Wrapping = fyne.TextWrapWord
	w.SetContent(kit.NewWheel(container.NewVScroll(container.NewPadded(text))))
	w.Resize(fyne.NewSize(760, 680))
	w.SetOnClosed(func() { guideWindow = nil })
	guideWindow = w
	w.Show()
}

// appIcon is the window icon.
func appIcon() fyne.Resource { return fyne.NewStaticResource("casefile.png", assets.Icon) }
