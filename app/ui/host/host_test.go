package host

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"casefile/app/ui/kit"
)

// bar counts what the status bar was told.
type bar struct{ editing, saved int }

func (b *bar) Editing()                      { b.editing++ }
func (b *bar) Saved()                        { b.saved++ }
func (b *bar) Failed(*kit.DetailForm, error) {}
func (b *bar) Done(string)                   { b.saved++ }
func (b *bar) Say(string)                    {}

// edits counts Undo and Redo.
type edits struct{ undo, redo int }

func (e *edits) Undo() { e.undo++ }
func (e *edits) Redo() { e.redo++ }

func TestGuardDisablesOnlyWhenReadOnly(t *testing.T) {
	test.NewTempApp(t)
	b := widget.NewButton("Add", nil)
	(&Host{}).Guard(b)
	if b.Disabled() {
		t.Error("a writable case disabled the button")
	}
	(&Host{ReadOnly: true}).Guard(b)
	if !b.Disabled() {
		t.Error("a read-only case left the button enabled")
	}
}

func TestBindEntrySavesAfterTypingNotWhileLoading(t *testing.T) {
	test.NewTempApp(t)
	st, hist := &bar{}, &edits{}
	h := &Host{Saver: &kit.Autosaver{}, Status: st, History: hist}
	e := kit.NewFieldEntry()
	loading, saves := true, 0
	h.BindEntry(e, &loading, func() string { return "event:e-1" }, func() { saves++ })
	e.SetText("filled by the form")
	h.Saver.Flush()
	if saves != 0 || st.editing != 0 {
		t.Errorf("filling the form: %d saves, %d editing notes; want none", saves, st.editing)
	}
	loading = false
	e.SetText("typed")
	if st.editing != 1 {
		t.Errorf("typing told the status bar %d times, want once", st.editing)
	}
	e.OnFocusLost()
	if saves != 1 {
		t.Errorf("leaving the field saved %d times, want once", saves)
	}
	e.OnUndo()
	e.OnRedo()
	if hist.undo != 1 || hist.redo != 1 {
		t.Errorf("Undo %d, Redo %d; want each once", hist.undo, hist.redo)
	}
}
