package reader

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"casefile/app"
	"casefile/app/textfind"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
	"casefile/widgets"
)

// The actions of the bar beside a selection. Each new item opens a small
// form filled in from the phrase, with the quote it will cite shown at the
// top: when the suggestion is right, Save (or Enter) is all it takes, and
// the window then goes to the new item (Back returns to the text).

// onNewEvent opens a new event: its title from the phrase, its date from
// a date phrase in the sentence, read against the source's date.
func (v *View) onNewEvent() {
	q, ok := v.selectedQuote()
	if !ok {
		return
	}
	src := v.source()
	ref := textfind.Reference(src.Published)
	f := v.newQuickForm("New event", q)
	title := f.entry("Title", textfind.TitleFromPhrase(q.Exact), "What happened", kit.RequiredText("event's title"))
	date := widgets.NewDateEntry()
	date.SetReference(ref, "the source's date")
	if d, ok := textfind.DateNear([]rune(v.shownText), q.Start, q.End, ref); ok {
		date.SetDate(d)
	}
	date.OnSubmitted = func(app.Date) { f.submit() }
	date.OnEscape = f.cancel
	f.add("Date", date)
	f.onSave = func() (func(), error) {
		d, err := itemedit.ReadDate("date", date)
		if err != nil {
			return nil, err
		}
		ev := app.Event{Title: strings.TrimSpace(title.Text), Date: d, Citations: v.quoted(q)}
		if err := ev.Validate(); err != nil {
			return nil, err
		}
		if err := v.h.Session.CreateEvent(&ev); err != nil {
			return nil, err
		}
		return v.madeFrom(app.KindEvent, ev.ID, ev.Title), nil
	}
	f.show()
}

// onNewActor opens a new person or organization named by the phrase,
// saying so when the name is one the case already has.
func (v *View) onNewActor(k app.Kind) {
	q, ok := v.selectedQuote()
	if !ok {
		return
	}
	noun, detail, hint := "person", "Role", "optional: spokesperson, minister, witness"
	if k == app.KindOrganization {
		noun, detail, hint = "organization", "Kind", "optional: party, ministry, police force, outlet"
	}
	f := v.newQuickForm("New "+noun, q)
	name := textfind.NameFromPhrase(q.Exact)
	nameE := f.entry("Name", name, "Name as usually written", kit.RequiredText(noun+"'s name"))
	detailE := f.entry(detail, "", hint, nil)
	if same, err := v.h.Session.SimilarActors(name, nil, ""); err == nil && len(same) > 0 {
		f.add("", v.duplicateNote(f, same[0], q))
	}
	f.onSave = func() (func(), error) {
		id, title, err := v.createActor(k, strings.TrimSpace(nameE.Text), strings.TrimSpace(detailE.Text), v.quoted(q))
		if err != nil {
			return nil, err
		}
		return v.madeFrom(k, id, title), nil
	}
	f.show()
}

// duplicateNote warns that the name is already in the case and offers to
// cite the selection for that item instead.
func (v *View) duplicateNote(f *quickForm, h app.ActorMatch, q app.Quote) fyne.CanvasObject {
	l := widget.NewLabel(v.h.Index().ActorName(h.ID) + " is already in the case (" + h.Kind.Label() + ").")
	l.Wrapping = fyne.TextWrapWord
	b := widgets.NewButton("Cite for it instead", theme.MailAttachmentIcon(), func() {
		f.dlg.Hide()
		v.citeFor(h.Kind, h.ID, q)
	})
	// The icon marks the warning; the words stay in the text colour.
	warn := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
	return container.NewVBox(warn, container.NewHBox(b))
}

// createActor adds a person or organization with its citations to the
// case, as one change.
func (v *View) createActor(k app.Kind, name, detail string, cites []app.Citation) (id, title string, err error) {
	s := v.h.Session
	if k == app.KindOrganization {
		o := app.Organization{Name: name, Kind: detail, Citations: cites}
		if err := o.Validate(); err != nil {
			return "", "", err
		}
		if err := s.CreateOrganization(&o); err != nil {
			return "", "", err
		}
		return o.ID, o.Name, nil
	}
	p := app.Person{Name: name, Role: detail, Citations: cites}
	if err := p.Validate(); err != nil {
		return "", "", err
	}
	if err := s.CreatePerson(&p); err != nil {
		return "", "", err
	}
	return p.ID, p.Name, nil
}

// evidenceMenu lists the case's questions: choosing one notes the
// selection and adds it as evidence to that question, in one change.
func (v *View) evidenceMenu() *fyne.Menu {
	q, ok := v.selectedQuote()
	if !ok {
		return nil
	}
	var it *fyne.MenuItem
	if v.evidence != nil {
		it = v.evidence(v.shown, q)
	}
	if it == nil {
		none := fyne.NewMenuItem("No disputed questions yet: add one on the Questions tab", nil)
		none.Disabled = true
		return fyne.NewMenu("Evidence for", none)
	}
	return fyne.NewMenu("Evidence for", it.ChildMenu.Items...)
}

// quoted is the citation of the quote q of the shown source that a new
// item made from the selection is created with: the item and its citation
// are one change, so one Undo takes both away.
func (v *View) quoted(q app.Quote) []app.Citation {
	return []app.Citation{{Source: v.source().ID, Quote: &q}}
}

// madeFrom returns what to do once the dialog that made a new item from
// the selection has closed: go to the item, Back leading to the text.
func (v *View) madeFrom(k app.Kind, id, name string) func() {
	v.remember(k, id)
	v.collapse()
	src := v.source().Title
	return func() {
		v.h.Status.Saved()
		v.h.Nav.GoTo(k, id)
		v.h.Status.Say("Added " + k.Label() + " " + app.Quoted(name) + ", citing " + app.Quoted(src) +
			" · Back returns to the text · all changes saved at " + time.Now().Format("15:04"))
	}
}

// onNote opens a note on the selection.
func (v *View) onNote() {
	q, ok := v.selectedQuote()
	if !ok {
		return
	}
	f := v.newQuickForm("Note on the text", q)
	text := f.noteEntry()
	text.SetPlaceHolder("Your note: what to check, what it contradicts…")
	text.Validator = kit.RequiredText("note")
	f.add("Note", text)
	f.first = text
	f.onSave = func() (func(), error) {
		if err := text.Validate(); err != nil {
			return nil, err
		}
		n := app.Annotation{Source: v.source().ID, Note: strings.TrimSpace(text.Text), Quote: &q}
		if err := n.Validate(); err != nil {
			return nil, err
		}
		if err := v.h.Session.CreateAnnotation(&n); err != nil {
			return nil, err
		}
		v.collapse()
		v.refresh()
		return func() {
			v.h.Status.Done("Added a note on the text")
		}, nil
	}
	f.show()
}

// editNote opens a note clicked in the text, to change or delete it.
func (v *View) editNote(n app.Annotation) {
	q := app.Quote{}
	if n.Quote != nil {
		q = *n.Quote
	}
	f := v.newQuickForm("Note on the text", q)
	text := f.noteEntry()
	text.SetText(n.Note)
	v.h.Guard(text)
	f.add("Note", text)
	f.first = text
	del := widgets.NewButton("Delete note", theme.DeleteIcon(), func() {
		f.dlg.Hide()
		v.deleteNote(n)
	})
	del.Importance = widget.LowImportance
	v.h.Guard(del)
	f.add("", container.NewHBox(del))
	f.onSave = func() (func(), error) {
		if v.h.ReadOnly || strings.TrimSpace(text.Text) == n.Note {
			return nil, nil
		}
		m := n
		m.Note = strings.TrimSpace(text.Text)
		if err := m.Validate(); err != nil {
			return nil, err
		}
		if err := v.h.Session.UpdateAnnotation(m); err != nil {
			return nil, err
		}
		v.refresh()
		return v.h.Status.Saved, nil
	}
	f.show()
}

// deleteNote deletes a note (Undo brings it back).
func (v *View) deleteNote(n app.Annotation) {
	if err := v.h.Session.DeleteAnnotation(n.ID); err != nil {
		v.h.ShowError("The note was not deleted", err)
		return
	}
	v.refresh()
	v.h.Status.Saved()
	v.h.Status.Say("Deleted the note · Edit ▸ Undo brings it back")
}
