package kit

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// PrefLastDir is the preference that keeps the folder of the last file
// chosen, so that the next file dialog starts there.
const PrefLastDir = "files.last_dir"

// StartDir is where file dialogs open: the folder used last, else
// ~/Documents when it exists, else the home folder.
func StartDir(p fyne.Preferences) string {
	if d := p.String(PrefLastDir); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return documentsDir()
}

// documentsDir returns ~/Documents when it exists, else the home folder.
func documentsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	docs := filepath.Join(home, "Documents")
	if st, err := os.Stat(docs); err == nil && st.IsDir() {
		return docs
	}
	return home
}
