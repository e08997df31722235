package ui

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"casefile/app/briefing"
	"casefile/app/ui/kit"
)

// pdfChoices are the export dialog's choices, remembered in Preferences.
type pdfChoices struct {
	paper    string
	marking  string
	sections []string
	keyOnly  bool
}

func loadPDFChoices(p fyne.Preferences, caseMarking string) pdfChoices {
	return pdfChoices{
		paper:    p.StringWithFallback(prefPDFPaper, "a4"),
		marking:  p.StringWithFallback(prefPDFMarking, caseMarking),
		sections: p.StringListWithFallback(prefPDFSections, briefing.Sections),
		keyOnly:  p.BoolWithFallback(prefPDFKeyOnly, false),
	}
}

func (c pdfChoices) save(p fyne.Preferences) {
	p.SetString(prefPDFPaper, c.paper)
	p.SetString(prefPDFMarking, c.marking)
	p.SetStringList(prefPDFSections, c.sections)
	p.SetBool(prefPDFKeyOnly, c.keyOnly)
}

var paperLabels = map[string]string{"a4": "A4", "letter": "US Letter"}

// onExportPDF asks how to print the briefing, then where, and writes it.
func (cw *caseWindow) onExportPDF() {
	cw.saver.Flush()
	ch := loadPDFChoices(cw.app.Preferences(), cw.idx().Data().Case.Marking)
	var d *kit.FormDialog
	keys := &kit.DialogKeys{Submit: func() { d.Submit() }, Cancel: func() { d.Hide() }}
	paper := keys.Select([]string{"A4", "US Letter"}, nil)
	paper.SetSelected(paperLabels[ch.paper])
	marking := keys.Entry()
	marking.SetText(ch.marking)
	marking.SetPlaceHolder("e.g. UNCLASSIFIED, OFFICIAL-SENSITIVE")
	sections := container.NewVBox()
	checks := map[string]*kit.KeyCheck{}
	for _, s := range briefing.AllSections() {
		checks[s] = keys.Check(briefing.SectionTitle(s), nil)
		checks[s].SetChecked(slices.Contains(ch.sections, s))
		sections.Add(checks[s])
	}
	keyOnly := keys.Check("Only key events in the timeline", nil)
	keyOnly.SetChecked(ch.keyOnly)
	items := []*widget.FormItem{
		widget.NewFormItem("Paper", paper),
		widget.NewFormItem("Marking", marking),
		widget.NewFormItem("Sections", sections),
		widget.NewFormItem("", keyOnly),
	}
	d = kit.NewFormDialog("PDF briefing", "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		ch.paper = "a4"
		if paper.Selected == "US Letter" {
			ch.paper = "letter"
		}
		ch.marking = strings.TrimSpace(marking.Text)
		ch.sections = nil
		for _, s := range briefing.AllSections() {
			if checks[s].Checked {
				ch.sections = append(ch.sections, s)
			}
		}
		ch.keyOnly = keyOnly.Checked
		if len(ch.sections) == 0 {
			kit.ShowMessage(cw.win, "Nothing to print", "Choose at least one section.")
			return
		}
		ch.save(cw.app.Preferences())
		cw.writePDF(ch)
	}, cw.win)
	keys.Attach(cw.win, d)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	cw.win.Canvas().Focus(marking)
}

func (cw *caseWindow) writePDF(ch pdfChoices) {
	name := cw.idx().Data().Case.Title
	if name == "" {
		name = "briefing"
	}
	kit.ChooseSaveFile(cw.app, cw.win, "Save the PDF briefing", name+".pdf", ".pdf", func(path string) {
		opts := briefing.Options{Paper: ch.paper, Marking: ch.marking, Sections: ch.sections, KeyOnly: ch.keyOnly}
		cw.runAsync("Writing the briefing…", func() error {
			data, err := cw.s.Load()
			if err != nil {
				return err
			}
			return briefing.WriteFile(path, data, opts)
		}, func(err error) {
			if err != nil {
				cw.showError("The briefing was not written", err)
				return
			}
			cw.status.SetText("Wrote the briefing " + filepath.Base(path))
			cw.showWritten("Briefing written", "The briefing", path, nil)
		})
	})
}
