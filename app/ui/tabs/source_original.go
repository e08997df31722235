package tabs

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"casefile/app"
	"casefile/app/filename"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"

	"fyne.io/fyne/v2/container"
)

// showOriginal says which file the source was imported from (name, size,
// whether the case keeps it, the mail it came with) and offers Open
// original when the case keeps it.
func (t *Sources) showOriginal(s *app.Source) {
	t.showRelated(s)
	o := s.Original
	if o == nil {
		t.origFile.SetText("—")
		t.openOrig.Hide()
		return
	}
	what := fmt.Sprintf("%s · %s", o.Name, app.ByteSize(o.Size))
	if !o.Kept {
		what += " · not kept in the case (too large): only its text, name and checksum"
	}
	t.origFile.SetText(what)
	if o.Kept {
		t.openOrig.Show()
	} else {
		t.openOrig.Hide()
	}
}

// onOpenOriginal writes the file the source was imported from into a
// folder of its own under the system's temporary folder and opens it with
// the program the system opens such files with.
func (t *Sources) onOpenOriginal() {
	data, o, err := t.deps.Host.Session.OriginalFile(t.cur.ID)
	if err != nil {
		t.deps.Host.ShowError("The original file could not be opened", err)
		return
	}
	dir, err := os.MkdirTemp("", "casefile-original-")
	if err != nil {
		t.deps.Host.ShowError("The original file could not be opened", app.Internal(err, "Casefile cannot write in the temporary folder."))
		return
	}
	path := filepath.Join(dir, filename.Name(trimExt(o.Name), filepath.Ext(o.Name)))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.deps.Host.ShowError("The original file could not be opened", app.Internal(err, "Casefile cannot write in the temporary folder."))
		return
	}
	u := &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // C:/Users/… on Windows
	}
	if err := t.deps.OpenURL(u); err != nil {
		t.deps.Host.ShowError("The original file could not be opened", err)
	}
}

// trimExt is name without its extension.
func trimExt(name string) string { return name[:len(name)-len(filepath.Ext(name))] }

// showRelated links a mail's attachment to the mail, and a mail to the
// attachments imported as sources of their own.
func (t *Sources) showRelated(s *app.Source) {
	t.related.RemoveAll()
	if s.AttachedTo != "" {
		t.related.Add(kit.Section("Attached to", itemedit.ItemLink(t.deps.Host, app.KindSource, s.AttachedTo)))
	}
	if files := t.deps.Host.Session.Attachments(s.ID); len(files) > 0 {
		box := container.NewVBox()
		for _, f := range files {
			box.Add(itemedit.ItemLink(t.deps.Host, app.KindSource, f.ID))
		}
		t.related.Add(kit.Section("Its attachments", box))
	}
	t.related.Hidden = len(t.related.Objects) == 0
	t.related.Refresh()
}
