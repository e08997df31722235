package kit

import (
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

// FileURL is the file:// address of path, for the system to open (a
// document in its application, a folder in the file manager) on Linux,
// Windows and macOS alike.
func FileURL(path string) *url.URL {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") { // C:/Users/… on Windows
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

// ShowWritten says that a file was written and offers to open it (Open,
// the default: Enter), to show it in its folder (Show in folder) or to
// close the message (Close, or Escape). open opens an address, as
// fyne.App.OpenURL does; openFile, when not nil, opens the file instead
// (a case file opens in Casefile itself).
func ShowWritten(win fyne.Window, title, message, path string, open func(*url.URL) error, openFile func()) {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(title, l, win)
	launch := func(u *url.URL, what string) {
		d.Hide()
		if err := open(u); err != nil {
			ShowError(win, what+" could not be opened", err)
		}
	}
	openBtn := widgets.NewButton("Open", theme.FileIcon(), func() {
		if openFile != nil {
			d.Hide()
			openFile()
			return
		}
		launch(FileURL(path), filepath.Base(path))
	})
	openBtn.Importance = widget.HighImportance
	folder := widgets.NewButton("Show in folder", theme.FolderOpenIcon(), func() {
		launch(FileURL(filepath.Dir(path)), "The folder")
	})
	closeBtn := widgets.NewButton("Close", theme.CancelIcon(), d.Hide)
	SetDialogButtons(d, d.Hide, closeBtn, folder, openBtn)
	(&DialogKeys{Submit: openBtn.OnTapped, Cancel: d.Hide}).Attach(win, d)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}
