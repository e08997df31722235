package uifont

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// uiSources are the folders (from the module root) whose Go string literals
// the window draws: the window itself, the widgets, and the domain's words,
// messages, dates and numbers.
var uiSources = []string{"app/ui", "widgets", "app", "app/edtf", "app/quantity"}

// uiDocuments are other texts the window shows (Help ▸ User guide).
var uiDocuments = []string{"app/ui/userguide.md"}

// fyneRunes are characters Fyne's widgets draw themselves: the ellipsis of
// truncated text and the bullet of a password entry.
const fyneRunes = "…•"

// matchOnly are characters that appear in our string literals only to read
// what the user typed or pasted (never drawn by the interface itself), with
// the reason.
var matchOnly = map[rune]string{
	'\uFE58': "a dash app/quantity accepts in a typed number",
	'\uFE63': "a dash app/quantity accepts in a typed number",
	'\uFF0D': "a dash app/quantity accepts in a typed number",
	'\u066B': "the Arabic decimal separator the reading view keeps inside a word",
	'\u066C': "the Arabic thousands separator the reading view keeps inside a word",
}

func TestBundledFontsCoverUIText(t *testing.T) {
	root := moduleRoot(t)
	used := map[rune][]string{} // rune -> where it is used (first few)
	for _, dir := range uiSources {
		collectGo(t, root, dir, dir != "app" && dir != "app/edtf" && dir != "app/quantity", used)
	}
	for _, doc := range uiDocuments {
		b, err := os.ReadFile(filepath.Join(root, doc))
		if err != nil {
			t.Fatal(err)
		}
		addRunes(used, string(b), doc)
	}
	addRunes(used, fyneRunes, "Fyne's widgets")
	if len(used) < 20 {
		t.Fatalf("found only %d distinct characters in the interface's text; the scan is broken", len(used))
	}
	for _, face := range All() {
		f, err := sfnt.Parse(face.Content())
		if err != nil {
			t.Fatalf("%s: %v", face.Name(), err)
		}
		if face == Mono {
			continue // the monospaced face shows user text only (notes, ids)
		}
		var missing []string
		var buf sfnt.Buffer
		for r, where := range used {
			if _, ok := matchOnly[r]; ok {
				continue
			}
			if gi, err := f.GlyphIndex(&buf, r); err != nil || gi == 0 {
				missing = append(missing, strconv.QuoteRune(r)+" (in "+strings.Join(where, ", ")+")")
			}
		}
		sort.Strings(missing)
		for _, m := range missing {
			t.Errorf("%s has no glyph for %s", face.Name(), m)
		}
	}
}

// collectGo adds the characters of the string literals in the non-test Go
// files of dir (and, if deep, its subfolders) to used.
func collectGo(t *testing.T, root, dir string, deep bool, used map[rune][]string) {
	t.Helper()
	fset := token.NewFileSet()
	base := filepath.Join(root, dir)
	err := filepath.WalkDir(base, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != base && (!deep || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
				return true
			}
			var s string
			if lit.Kind == token.CHAR {
				r, _, _, err := strconv.UnquoteChar(lit.Value[1:len(lit.Value)-1], '\'')
				if err != nil {
					return true
				}
				s = string(r)
			} else if s, err = strconv.Unquote(lit.Value); err != nil {
				return true
			}
			addRunes(used, s, rel+":"+strconv.Itoa(fset.Position(lit.Pos()).Line))
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// addRunes notes each printable character of s beyond ASCII as used at where.
func addRunes(used map[rune][]string, s, where string) {
	for _, r := range s {
		if r < 0x80 || !unicode.IsPrint(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		if len(used[r]) < 3 {
			used[r] = append(used[r], where)
		}
	}
}

// moduleRoot is the folder of go.mod above this package.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}
