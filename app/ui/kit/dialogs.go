package kit

import (
	"casefile/app"
	"casefile/app/exchange"
	"casefile/app/filename"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/widgets"
)

// ShowError shows err in plain language (app.ErrorMessage), never a raw
// SQL or Go error, under a heading saying what did not happen.
func ShowError(win fyne.Window, heading string, err error) {
	if err == nil {
		return
	}
	fyne.LogError(heading, err)
	msg := app.ErrorMessage(err)
	var de *exchange.DecodeError
	if errors.As(err, &de) && len(de.Problems) > 1 {
		var b strings.Builder
		b.WriteString(msg)
		b.WriteString("\n")
		for i, p := range de.Problems {
			if i == 20 {
				fmt.Fprintf(&b, "\n… and %d more.", len(de.Problems)-20)
				break
			}
			b.WriteString("\n• " + p.String())
		}
		msg = b.String()
	}
	ShowMessage(win, heading, msg)
}

// ShowMessage shows a titled message with an OK button.
func ShowMessage(win fyne.Window, title, message string) {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	content := fyne.CanvasObject(l)
	if strings.Count(message, "\n") > 8 {
		s := container.NewVScroll(l)
		s.SetMinSize(fyne.NewSize(480, 300))
		content = NewWheel(s)
	}
	d := NewCustomDialog(title, "OK", content, win)
	(&DialogKeys{Submit: d.Hide, Cancel: d.Hide}).Attach(win, d)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}

// Confirm asks a yes-or-no question: Enter answers with confirm, Escape
// with dismiss; onYes runs after a yes.
func Confirm(win fyne.Window, title, message, confirm, dismiss string, onYes func()) *ConfirmDialog {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	d := NewConfirmDialog(title, confirm, dismiss, l, func(ok bool) {
		if ok {
			onYes()
		}
	}, win)
	(&DialogKeys{Submit: d.Confirm, Cancel: d.Hide}).Attach(win, d)
	d.Resize(fyne.NewSize(480, d.MinSize().Height+40))
	d.Show()
	return d
}

// ConfirmDelete asks before deleting, naming the item and what goes with it.
func ConfirmDelete(win fyne.Window, what, consequences string, onYes func()) {
	msg := "Delete " + what + "?"
	if consequences != "" {
		msg += "\n\n" + consequences
	}
	msg += "\n\nYou can undo this with Edit ▸ Undo (Ctrl+Z)."
	Confirm(win, "Delete?", msg, "Delete", "Keep", onYes)
}

// Progress is a modal "please wait" dialog for work off the UI goroutine.
// It appears only if the work takes more than a moment.
type Progress struct {
	mu     sync.Mutex
	done   bool
	Shown  bool
	d      *dialog.CustomDialog
	label  *widget.Label
	Cancel func()
}

// ShowProgress prepares a Progress dialog on win and shows it after a
// short delay unless Hide was called. With cancel, it has a Cancel button.
func ShowProgress(win fyne.Window, title, message string, cancel func()) *Progress {
	p := &Progress{Cancel: cancel}
	p.label = widget.NewLabel(message)
	p.label.Wrapping = fyne.TextWrapWord
	bar := widget.NewProgressBarInfinite()
	content := container.NewVBox(p.label, bar)
	p.d = dialog.NewCustomWithoutButtons(title, content, win)
	var btn *widgets.Button
	if cancel != nil {
		btn = widgets.NewButton("Cancel", nil, func() {
			btn.Disable()
			p.label.SetText("Cancelling…")
			cancel()
		})
		SetDialogButtons(p.d, btn.OnTapped, btn)
	}
	p.d.Resize(fyne.NewSize(420, p.d.MinSize().Height))
	time.AfterFunc(150*time.Millisecond, func() {
		fyne.Do(func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			if !p.done {
				p.Shown = true
				if btn != nil { // Escape cancels as the button does
					(&DialogKeys{Cancel: func() {
						if !btn.Disabled() {
							btn.OnTapped()
						}
					}}).Attach(win, p.d)
				}
				p.d.Show()
			}
		})
	})
	return p
}

// SetMessage changes what the dialog says (how far the work got).
func (p *Progress) SetMessage(message string) { p.label.SetText(message) }

// Hide closes the dialog (or stops it from appearing).
func (p *Progress) Hide() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = true
	if p.Shown {
		p.d.Hide()
	}
}

// ChooseOpenFile shows Fyne's file dialog, starting in the last folder used
// (else ~/Documents, else home), and calls onChosen with the path picked.
func ChooseOpenFile(a fyne.App, win fyne.Window, title string, exts []string, onChosen func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ShowError(win, "The file could not be opened", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		a.Preferences().SetString(PrefLastDir, filepath.Dir(path))
		onChosen(path)
	}, win)
	d.SetTitleText(title)
	d.SetConfirmText("Open")
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(StartDir(a.Preferences()))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(DialogSize(win, 900, 600))
	d.Show()
}

// ChooseSaveFile asks for a folder and a file name to write to, starting in
// the last folder used. Unlike Fyne's save dialog it does not create or
// empty the file: an existing file is replaced only after the analyst
// confirms, by the caller's own write.
func ChooseSaveFile(a fyne.App, win fyne.Window, title, name, ext string, onChosen func(path string)) {
	dir := StartDir(a.Preferences())
	folder := widget.NewLabel(dir)
	folder.Truncation = fyne.TextTruncateEllipsis
	pickFolder := widgets.NewButton("Choose…", theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				dir = l.Path()
				folder.SetText(dir)
			}
		}, win)
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			fd.SetLocation(l)
		}
		fd.Resize(DialogSize(win, 900, 600))
		fd.Show()
	})
	var d *FormDialog
	entry := NewKeyEntry() // Enter saves, Escape cancels
	entry.OnSubmitted = func(string) { d.Submit() }
	entry.OnEscape = func() { d.Hide() }
	entry.SetText(suggestedName(name, ext))
	entry.Validator = func(s string) error {
		if p := filename.Problem(strings.TrimSpace(s)); p != "" {
			return errors.New(p)
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, pickFolder, folder)),
		widget.NewFormItem("File name", entry),
	}
	d = NewFormDialog(title, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		file := strings.TrimSpace(entry.Text)
		if ext != "" && !strings.EqualFold(filepath.Ext(file), ext) {
			file += ext
		}
		path := filepath.Join(dir, file)
		a.Preferences().SetString(PrefLastDir, dir)
		if _, err := os.Stat(path); err == nil {
			Confirm(win, "Replace the file?", "A file named "+file+" already exists in "+dir+". Replace it?", "Replace", "Cancel",
				func() { onChosen(path) })
			return
		}
		onChosen(path)
	}, win)
	(&DialogKeys{Submit: d.Submit, Cancel: d.Hide}).Attach(win, d)
	d.Resize(fyne.NewSize(620, d.MinSize().Height))
	d.Show()
	win.Canvas().Focus(entry)
}

// suggestedName is the file name a save dialog offers for name (a case
// title, with or without the extension ext): one every system accepts.
func suggestedName(name, ext string) string {
	if ext != "" && strings.EqualFold(filepath.Ext(name), ext) {
		name = name[:len(name)-len(ext)]
	}
	return filename.Name(name, ext)
}

// DialogSize fits a dialog of the wanted size inside the window.
func DialogSize(win fyne.Window, w, h float32) fyne.Size {
	s := win.Canvas().Size()
	if s.Width > 0 {
		w = min(w, s.Width-40)
	}
	if s.Height > 0 {
		h = min(h, s.Height-40)
	}
	return fyne.NewSize(w, h)
}
