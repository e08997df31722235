package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit"
	"casefile/app/ui/uitest"
	"casefile/widgets"
)

// claimView is one row of the Figures tab's claims table as a test finds
// it on the canvas: its fields, what it says about its source, its
// buttons.
type claimView struct {
	obj                     *fyne.Container
	phrase, low, high, note *kit.FieldEntry
	qual, cred              *widgets.Select
	asOf                    *widgets.DateEntry
	grade, intWord          *widget.Label
	claimant, del           *widget.Button
}

// claimAt is row i of the claims table.
func claimAt(t testing.TB, cw *caseWindow, i int) claimView {
	t.Helper()
	rows := claimRows(t, cw)
	if i < 0 || i >= len(rows) {
		t.Fatalf("the claims table has %d rows, no row %d", len(rows), i)
	}
	return claimOf(t, rows[i])
}

// lastClaim is the last row of the claims table.
func lastClaim(t testing.TB, cw *caseWindow) claimView {
	t.Helper()
	return claimAt(t, cw, len(claimRows(t, cw))-1)
}

// claimOf reads a claim row: a separator above a stack of the row's
// background and its parts (numbers, source line, as-of and note).
func claimOf(t testing.TB, row fyne.CanvasObject) claimView {
	t.Helper()
	v := claimView{}
	var ok bool
	if v.obj, ok = row.(*fyne.Container); !ok || len(v.obj.Objects) != 2 {
		t.Fatal("a claim row is not a separator above its parts")
	}
	stack, ok := v.obj.Objects[1].(*fyne.Container)
	if !ok || len(stack.Objects) != 2 {
		t.Fatal("a claim row has no background")
	}
	fs := uitest.All[*kit.FieldEntry](v.obj)
	ss := uitest.All[*widgets.Select](v.obj)
	if len(fs) != 4 || len(ss) != 2 {
		t.Fatalf("a claim row has %d text fields and %d drop-downs, want 4 and 2", len(fs), len(ss))
	}
	v.phrase, v.low, v.high, v.note = fs[0], fs[1], fs[2], fs[3]
	v.qual, v.cred = ss[0], ss[1]
	if v.asOf, ok = uitest.Find[*widgets.DateEntry](v.obj); !ok {
		t.Fatal("a claim row has no as-of date")
	}
	for _, c := range uitest.All[*fyne.Container](v.obj) {
		if len(c.Objects) != 5 {
			continue
		}
		g, ok1 := c.Objects[0].(*widget.Label)
		w, ok2 := c.Objects[2].(*widget.Label)
		d, ok3 := c.Objects[4].(*widgets.Button)
		if ok1 && ok2 && ok3 {
			v.grade, v.intWord, v.del = g, w, &d.Button
		}
	}
	if v.grade == nil {
		t.Fatal("a claim row shows no grade")
	}
	for _, c := range uitest.All[*fyne.Container](v.obj) {
		for _, x := range c.Objects {
			if l, ok := x.(*widget.Label); ok && l.Text == "by" {
				if b, ok := uitest.Find[*widgets.Button](c); ok {
					v.claimant = &b.Button
				}
			}
		}
	}
	if v.claimant == nil {
		t.Fatal("a claim row has no button to choose the claimant")
	}
	return v
}

// errorOf is the error shown under input in the row ("" when none).
func (v claimView) errorOf(t testing.TB, input fyne.CanvasObject) string {
	t.Helper()
	for _, c := range uitest.All[*fyne.Container](v.obj) {
		if len(c.Objects) == 2 && c.Objects[0] == input {
			if l, ok := c.Objects[1].(*widget.Label); ok {
				if !l.Visible() {
					return ""
				}
				return l.Text
			}
		}
	}
	t.Fatal("the field has no room for an error")
	return ""
}
