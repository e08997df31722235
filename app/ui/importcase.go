package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/casemerge"
	"casefile/app/exchange"
	"casefile/app/ui/kit"
)

// importExts are the files a case can be imported from: Casefile JSON and
// FollowTheMoney (an Aleph or ftm export, one entity per line).
var importExts = append([]string{".json"}, exchange.FTMExtensions...)

// decodeFile reads a Casefile JSON or FollowTheMoney document and sums up
// what Casefile noted in it (warnings, or what FtM had that it does not
// use) in a note for the analyst.
func decodeFile(src string) (app.CaseData, string, error) {
	f, err := os.Open(src)
	if err != nil {
		return app.CaseData{}, "", app.Errorf(app.ENOTFOUND, "The file %s could not be read.", filepath.Base(src))
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := f.Read(head)
	if _, err := f.Seek(0, 0); err != nil {
		return app.CaseData{}, "", app.Errorf(app.ENOTFOUND, "The file %s could not be read.", filepath.Base(src))
	}
	var data app.CaseData
	var warnings []exchange.Warning
	if exchange.IsFTM(src, head[:n]) {
		data, warnings, err = exchange.DecodeFTM(f)
	} else {
		data, warnings, err = exchange.Decode(f)
	}
	if err != nil || len(warnings) == 0 {
		return data, "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Casefile noted %s in the document:\n", app.Plural(len(warnings), "thing"))
	for i, w := range warnings {
		if i == 20 {
			fmt.Fprintf(&b, "\n… and %d more.", len(warnings)-20)
			break
		}
		b.WriteString("\n• " + w.String())
	}
	return data, b.String(), nil
}

// onImportIntoCase reads a colleague's copy of the case (Casefile JSON) or
// an Aleph export (FollowTheMoney), shows what importing it would add and
// change, and writes what the analyst accepts as one undoable change.
func (cw *caseWindow) onImportIntoCase() {
	cw.saver.Flush()
	kit.ChooseOpenFile(cw.app, cw.win, "Import into this case", importExts, cw.importIntoCase)
}

// importIntoCase plans the import of the file at src and opens the review.
func (cw *caseWindow) importIntoCase(src string) {
	var plan *casemerge.Plan
	var note string
	cw.runAsync("Reading "+filepath.Base(src)+"…", func() error {
		theirs, n, err := decodeFile(src)
		if err != nil {
			return err
		}
		note = n
		plan, err = cw.s.PlanImport(theirs, filepath.Base(src))
		return err
	}, func(err error) {
		if err != nil {
			cw.showError("Nothing was imported", err)
			return
		}
		if plan.Empty() {
			kit.ShowMessage(cw.win, "Nothing to import", "Everything in "+filepath.Base(src)+" is already in this case ("+
				app.Plural(len(plan.Same), "item")+" the same).")
			return
		}
		cw.reviewImport(plan, note)
	})
}

// reviewImport shows a plan: the items it adds, and for each item that
// differs, its fields with both values and a choice (ours by default).
// Import writes it through the session, so every view follows.
func (cw *caseWindow) reviewImport(plan *casemerge.Plan, note string) {
	box := container.NewVBox()
	head := fmt.Sprintf("Importing %s adds %s and changes %s; %s the same.", plan.Source,
		app.Plural(len(plan.Adds), "item"), app.Plural(len(plan.Changes), "item"), app.Plural(len(plan.Same), "item"))
	l := widget.NewLabel(head)
	l.Wrapping = fyne.TextWrapWord
	box.Add(l)
	if note != "" {
		box.Add(kit.DetailText(note))
	}
	if len(plan.Adds) > 0 {
		box.Add(kit.Section("New in "+plan.Source, addList(plan.Adds)))
	}
	if len(plan.Changes) > 0 {
		box.Add(kit.Section("Different in "+plan.Source+" (tick what to take)", changeList(plan)))
	}
	d := kit.NewConfirmDialog("Import into this case", "Import", "Cancel", kit.NewWheel(container.NewVScroll(box)), func(ok bool) {
		if !ok {
			return
		}
		if err := cw.s.Apply(plan); err != nil {
			cw.showError("Nothing was imported", err)
			return
		}
		cw.status.SetText("Imported " + plan.Source + " · all changes saved at " + time.Now().Format("15:04"))
	}, cw.win)
	(&kit.DialogKeys{Submit: d.Confirm, Cancel: d.Hide}).Attach(cw.win, d)
	d.Resize(kit.DialogSize(cw.win, 760, 560))
	d.Show()
}

// addList names the items an import adds, by kind.
func addList(adds []casemerge.Item) fyne.CanvasObject {
	box := container.NewVBox()
	for i, it := range adds {
		if i == 200 {
			box.Add(kit.EmptyNote(fmt.Sprintf("… and %d more.", len(adds)-200)))
			break
		}
		box.Add(widget.NewLabel(it.Kind.Label() + ": " + app.Shorten(it.Title, 90)))
	}
	return box
}

// changeList shows each field that differs with a tick that takes the
// other copy's value (or, for a list, adds its entries to ours).
func changeList(plan *casemerge.Plan) fyne.CanvasObject {
	box := container.NewVBox()
	for ci := range plan.Changes {
		c := &plan.Changes[ci]
		t := widget.NewLabel(c.Kind.Label() + ": " + app.Shorten(c.Title, 80))
		t.TextStyle = fyne.TextStyle{Bold: true}
		box.Add(t)
		for fi := range c.Fields {
			f := &c.Fields[fi]
			ours := f.Ours
			if ours == "" {
				ours = "(empty)"
			}
			verb, take := "take theirs: ", casemerge.TakeTheirs
			if f.List {
				verb, take = "add theirs: ", casemerge.KeepBoth
			}
			check := widget.NewCheck(verb+app.Shorten(app.OneLine(f.Theirs), 120), func(on bool) {
				if on {
					f.Take = take
				} else {
					f.Take = casemerge.KeepOurs
				}
			})
			check.SetChecked(f.Take != casemerge.KeepOurs)
			box.Add(container.NewVBox(kit.DetailText(f.Name+" — ours: "+app.Shorten(app.OneLine(ours), 120)), check))
		}
	}
	return box
}
