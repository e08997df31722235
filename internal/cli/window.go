package cli

import (
	"os"
	"path/filepath"
	"strings"

	"casefile/app"
	"casefile/app/ui"
)

// window opens the window on the case named in args, if any.
func (c *CLI) window(args []string) error {
	const usage = "casefile [FILE.casefile]"
	var path string
	switch {
	case len(args) > 1:
		return usagef(usage, "%q is not a command (the commands are import, export and check).", args[0])
	case len(args) == 1 && strings.HasPrefix(args[0], "-") && args[0] != "-":
		return usagef("", "Unknown option %s.", args[0])
	case len(args) == 1:
		path = args[0]
		if strings.EqualFold(filepath.Ext(path), ".json") {
			return usagef(usage, "%s is a JSON document, not a case file; import it first: casefile import %s -o %s.casefile", path, path, strings.TrimSuffix(path, filepath.Ext(path)))
		}
		if _, err := os.Stat(path); err != nil {
			return app.Errorf(app.ENOTFOUND, "There is no file %s.", path)
		}
	}
	return c.OpenWindow(ui.Options{
		Opener:   c.Opener,
		Path:     path,
		Version:  c.Version,
		DemoPath: func() (string, error) { return demoPath(c.Opener) },
	})
}
