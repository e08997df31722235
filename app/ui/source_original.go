package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"casefile/app"
	"casefile/app/filename"
)

// showOriginal says which file the source was imported from (name, size,
// whether the case keeps it, the mail it came with) and offers Open
// original when the case keeps it.
func (t *sourcesTab) showOriginal(s *app.Source) {
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
	if s.AttachedTo != "" {
		what += " · attached to " + app.Quoted(t.cw.idx().ItemName(app.KindSource, s.AttachedTo))
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
func (t *sourcesTab) onOpenOriginal() {
	data, o, err := t.cw.s.OriginalFile(t.cur.ID)
	if err != nil {
		t.cw.showError("The original file could not be opened", err)
		return
	}
	dir, err := os.MkdirTemp("", "casefile-original-")
	if err != nil {
		t.cw.showError("The original file could not be opened", app.Internal(err, "Casefile cannot write in the temporary folder."))
		return
	}
	path := filepath.Join(dir, filename.Name(trimExt(o.Name), filepath.Ext(o.Name)))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.cw.showError("The original file could not be opened", app.Internal(err, "Casefile cannot write in the temporary folder."))
		return
	}
	u := &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // C:/Users/… on Windows
	}
	if err := t.cw.app.OpenURL(u); err != nil {
		t.cw.showError("The original file could not be opened", err)
	}
}

// trimExt is name without its extension.
func trimExt(name string) string { return name[:len(name)-len(filepath.Ext(name))] }
