package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// markOnly are the theme's colours that the window's theme (app/ui/kit,
// readableTheme) holds to the contrast of marks (3:1), not of text
// (4.5:1): Casefile draws marks in them, never words.
var markOnly = map[string]bool{
	"SuccessImportance": true, "WarningImportance": true, // a label's or a rich text's importance
	"ColorNameSuccess": true, "ColorNameWarning": true,
}

// TestNoTextInMarkColours keeps the success and warning colours off text
// in the window and the widgets: a label of Success or Warning importance,
// or a text segment styled in their colour, would read at under 4.5:1.
// Buttons of those importances are fine (their text is checked on the
// fill) but Casefile has none; a new one should say why here.
func TestNoTextInMarkColours(t *testing.T) {
	for _, dir := range []string{"../../app", "../../widgets"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && markOnly[sel.Sel.Name] && textUse(f, sel) {
					t.Errorf("%s uses %s for text: it reads at under 4.5:1; use the text colour with an icon or a word", path, sel.Sel.Name)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// textUse says whether sel is an importance (always text, on a label) or a
// colour name given to a text style (ColorName: …, .ColorName = …). A
// colour fetched with Color(…) for drawing a mark is not.
func textUse(f *ast.File, sel *ast.SelectorExpr) bool {
	if strings.HasSuffix(sel.Sel.Name, "Importance") {
		return true
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if k, ok := n.Key.(*ast.Ident); ok && k.Name == "ColorName" && n.Value == sel {
				found = true
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if s, ok := l.(*ast.SelectorExpr); ok && s.Sel.Name == "ColorName" && i < len(n.Rhs) && n.Rhs[i] == sel {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
