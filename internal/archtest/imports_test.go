package archtest

import (
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "casefile"

type pkg struct {
	ImportPath string
	Imports    []string
	Deps       []string
	Standard   bool
}

// listPackages runs `go list -deps -json` over the module's packages (not
// their tests) and returns our own packages.
func listPackages(t *testing.T) map[string]pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", "sqlite_fts5", "-json", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(out)
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decoding go list output: %v", err)
		}
		pkgs[p.ImportPath] = p
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	return pkgs
}

func ours(path string) bool { return path == module || strings.HasPrefix(path, module+"/") }

// domainLeaf lists the leaf packages under app/ that are part of the domain
// and that the domain may import.
var domainLeaf = map[string]bool{
	module + "/app/anchor":         true,
	module + "/app/netlayout":      true,
	module + "/app/edtf":           true,
	module + "/app/quantity":       true,
	module + "/app/chartlayout":    true,
	module + "/app/timelinelayout": true,
	module + "/app/textfind":       true,
	module + "/app/ach":            true,
	module + "/app/filename":       true,
}

func isDomain(path string) bool { return path == module+"/app" || domainLeaf[path] }

func hasPrefixAny(path string, prefixes ...string) bool {
	for _, p := range prefixes {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// uiBelow lists the packages under app/ui and which of the others under
// app/ui each may depend on. None may depend on app/ui itself (the shell
// builds them, never the other way round), and a view (a tab, Find, the
// reading view) never depends on another view: the views meet only in the
// window, through the session's changes and the host's navigator (the
// reading view lies in the Sources tab, which alone may build it). A new
// package under app/ui must be added here; its own sub-packages (kit/kittest)
// count as part of it.
var uiBelow = map[string][]string{
	"kit":       nil,
	"uifont":    nil,
	"host":      {"kit"},
	"search":    {"kit", "host"},
	"questions": {"kit", "host"},
	"itemedit":  {"kit", "host"},
	"reader":    {"kit", "host", "itemedit"},
	"tabs":      {"kit", "host", "itemedit", "reader"},
	"uitest":    {"kit"}, // test support: imported by tests only
}

func TestUIPackagesBelowTheShell(t *testing.T) {
	const ui = module + "/app/ui"
	for path, p := range listPackages(t) {
		if path != ui+"/uitest" && slices.Contains(p.Deps, ui+"/uitest") {
			t.Errorf("%s depends on app/ui/uitest, which only tests may import", path)
		}
		if path != ui && !strings.HasPrefix(path, ui+"/tabs") && slices.Contains(p.Imports, ui+"/tabs") {
			t.Errorf("%s imports app/ui/tabs, which only the window (app/ui) builds", path)
		}
		if !strings.HasPrefix(path, ui+"/") {
			continue
		}
		name := strings.SplitN(strings.TrimPrefix(path, ui+"/"), "/", 2)[0] // kit/kittest is part of kit
		allowed, known := uiBelow[name]
		if !known {
			t.Errorf("%s is not in archtest's uiBelow: say which packages under app/ui it may depend on", path)
			continue
		}
		for _, dep := range p.Deps {
			if dep == ui {
				t.Errorf("%s depends on app/ui: the shell builds the views, not the other way round", path)
				continue
			}
			if !strings.HasPrefix(dep, ui+"/") {
				continue
			}
			d := strings.SplitN(strings.TrimPrefix(dep, ui+"/"), "/", 2)[0]
			if d != name && !slices.Contains(allowed, d) {
				t.Errorf("%s depends on %s; it may use only %v of app/ui", path, dep, allowed)
			}
		}
	}
}

func TestImportDirections(t *testing.T) {
	pkgs := listPackages(t)
	const (
		fyne    = "fyne.io/fyne/v2"
		sqlite  = "github.com/mattn/go-sqlite3"
		sqlPkg  = "database/sql"
		fpdf    = "codeberg.org/go-pdf/fpdf"
		storage = module + "/storage"
	)
	for path, p := range pkgs {
		for _, dep := range p.Deps {
			if dep == sqlPkg+"/driver" {
				// Only interfaces: github.com/google/uuid (under go-pdfium)
				// implements them for its ids; it opens no database.
				continue
			}
			switch {
			case isDomain(path):
				// The domain: standard library and golang.org/x/text only,
				// and of ours only its own leaf packages.
				if ours(dep) && !isDomain(dep) {
					t.Errorf("%s (domain) depends on %s", path, dep)
				}
				if !ours(dep) && strings.Contains(strings.SplitN(dep, "/", 2)[0], ".") && !hasPrefixAny(dep, "golang.org/x/text") {
					t.Errorf("%s (domain) depends on %s; only the standard library and golang.org/x/text are allowed", path, dep)
				}
			case hasPrefixAny(path, storage):
				if hasPrefixAny(dep, fyne) {
					t.Errorf("%s (storage) depends on Fyne (%s)", path, dep)
				}
			case hasPrefixAny(path, module+"/app/briefing"):
				if hasPrefixAny(dep, fyne, storage, sqlPkg, sqlite) {
					t.Errorf("%s (PDF briefing) depends on %s", path, dep)
				}
			case hasPrefixAny(path, module+"/app/ui", module+"/widgets"):
				if hasPrefixAny(dep, storage, sqlPkg, sqlite) {
					t.Errorf("%s (window) depends on %s: the window talks to the case only through app.Store", path, dep)
				}
			case hasPrefixAny(path, module+"/app/session"):
				// The case session sits between the window and the store:
				// it holds the case in memory and knows nothing of Fyne,
				// SQL or the PDF.
				if hasPrefixAny(dep, fyne, storage, sqlPkg, sqlite, fpdf) {
					t.Errorf("%s (case session) depends on %s", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/buildinfo"):
				// Build information: a leaf on the standard library.
				if ours(dep) || strings.Contains(strings.SplitN(dep, "/", 2)[0], ".") {
					t.Errorf("%s (build information) depends on %s; it uses the standard library only", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/atomicfile"):
				// The file writer is a leaf: the standard library only.
				if ours(dep) || strings.Contains(strings.SplitN(dep, "/", 2)[0], ".") {
					t.Errorf("%s (atomic file writer) depends on %s; it uses the standard library only", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/writeerr"):
				// The words for a failed write: the domain's error type
				// and the writer's sentinels, nothing else of ours.
				if ours(dep) && !isDomain(dep) && !hasPrefixAny(dep, module+"/internal/atomicfile") || hasPrefixAny(dep, fyne, storage, sqlPkg, sqlite, fpdf) {
					t.Errorf("%s (write errors) depends on %s", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/memtune"):
				// The runtime's memory policy: a leaf on the standard library,
				// which also lets its init set FYNE_CACHE before Fyne reads it.
				if ours(dep) || strings.Contains(strings.SplitN(dep, "/", 2)[0], ".") {
					t.Errorf("%s (memory policy) depends on %s; it uses the standard library only", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/perfprobe"):
				// The measuring hook of scripts/memcheck.sh looks at the
				// window only: no case file, no SQL, no domain.
				if hasPrefixAny(dep, storage, sqlPkg, sqlite, fpdf) || ours(dep) {
					t.Errorf("%s (measuring hook) depends on %s", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/framecost"):
				// A bare Fyne window that measures frames: Fyne and nothing of ours.
				if hasPrefixAny(dep, storage, sqlPkg, sqlite, fpdf) || ours(dep) {
					t.Errorf("%s (frame measuring command) depends on %s", path, dep)
				}
			case hasPrefixAny(path, module+"/internal/cli"):
				// The command line is handed its store by main.go.
				if hasPrefixAny(dep, storage, sqlPkg, sqlite) {
					t.Errorf("%s (command line) depends on %s: main.go hands it an app.Opener", path, dep)
				}
			case hasPrefixAny(path, module+"/app/casemerge"):
				// Planning an import into an open case: the domain only.
				if ours(dep) && !isDomain(dep) || !ours(dep) && strings.Contains(strings.SplitN(dep, "/", 2)[0], ".") && !hasPrefixAny(dep, "golang.org/x/text") {
					t.Errorf("%s (import planning) depends on %s; it uses the domain only", path, dep)
				}
			case hasPrefixAny(path, module+"/app/sourcefile"):
				// The file readers: the domain and their parsers only; no
				// window, no case file, no PDF writer.
				if hasPrefixAny(dep, fyne, storage, sqlPkg, sqlite, fpdf) || (ours(dep) && !isDomain(dep)) {
					t.Errorf("%s (file readers) depends on %s", path, dep)
				}
			case hasPrefixAny(path, module+"/assets", module+"/app/exchange"):
				if hasPrefixAny(dep, fyne, storage, sqlPkg, sqlite, fpdf) {
					t.Errorf("%s depends on %s", path, dep)
				}
			}
		}
		for _, imp := range p.Imports {
			if hasPrefixAny(imp, fpdf) && !hasPrefixAny(path, module+"/app/briefing") {
				t.Errorf("%s imports the PDF library; only app/briefing may", path)
			}
			if hasPrefixAny(imp, sqlPkg, sqlite) && !hasPrefixAny(path, storage) {
				t.Errorf("%s imports %s; only storage speaks SQL", path, imp)
			}
		}
	}
}
