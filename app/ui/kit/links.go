package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// NewLink is a clickable name: a hyperlink-styled widget that runs onTap
// instead of opening a URL.
func NewLink(text string, onTap func()) *widget.Hyperlink {
	h := widget.NewHyperlink(text, nil)
	h.Truncation = fyne.TextTruncateEllipsis
	h.OnTapped = onTap
	return h
}

// LinkRow is one line of a links section: the link (and any detail)
// stretched, with buttons at the end.
func LinkRow(main fyne.CanvasObject, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), main)
}

// EmptyNote is the grey line a links section shows when it has nothing.
func EmptyNote(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// DetailText is a grey one-line note beside a link.
func DetailText(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	return l
}

// JoinNonEmpty joins the parts that are not empty with sep.
func JoinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}
