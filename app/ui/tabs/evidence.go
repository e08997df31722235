package tabs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit"
	"casefile/widgets"
)

// evidenceButton is "Evidence for…" on an item's form: a menu of the
// case's disputed questions; choosing one adds the item (item() gives its
// id) as an evidence row of that question.
func (deps *Deps) evidenceButton(item func() string) *widgets.Button {
	var b *widgets.Button
	b = widgets.NewButton("Evidence for…", theme.QuestionIcon(), func() {
		id := item()
		if id == "" {
			return
		}
		it := deps.Evidence(id)
		if it == nil {
			kit.ShowMessage(deps.Host.Window, "No disputed questions yet", "Add a question on the Questions tab (Ctrl+7); then an item can be added to it as evidence from here.")
			return
		}
		c := deps.Host.Window.Canvas()
		widget.ShowPopUpMenuAtRelativePosition(it.ChildMenu, c, fyne.NewPos(0, b.Size().Height), b)
	})
	b.Importance = widget.LowImportance
	deps.Host.Guard(b)
	return b
}
