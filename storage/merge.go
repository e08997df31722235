package storage

import (
	"errors"
	"fmt"
	"strings"

	"casefile/app"
)

// actorRecord is what Merge reads of a person or an organization: the
// name, aliases and notes, and the other fields as (label, value) pairs
// in a fixed order, so that people and organizations merge alike.
type actorRecord struct {
	kind    app.Kind
	id      string
	name    string
	aliases []app.Alias
	notes   string
	fields  []actorField
	person  app.Person
	org     app.Organization
}

// actorField is a field of a person or organization other than its name,
// aliases and notes. A date's value is its EDTF and phrase.
type actorField struct {
	label string
	value string
	date  *app.Date // for dates: the field itself
	text  *string   // for text: the field itself
}

func readActorRecord(w *writer, k app.Kind, id string) (*actorRecord, error) {
	r := &actorRecord{kind: k, id: id}
	switch k {
	case app.KindPerson:
		p, err := people.read(w, id, false)
		if err != nil {
			return nil, err
		}
		r.person = p
		r.name, r.aliases, r.notes = p.Name, p.Aliases, p.Notes
		rp := &r.person
		r.fields = []actorField{
			{label: "role", value: rp.Role, text: &rp.Role},
			{label: "nationality", value: rp.Nationality, text: &rp.Nationality},
			{label: "born", value: dateWords(rp.Born), date: &rp.Born},
			{label: "died", value: dateWords(rp.Died), date: &rp.Died},
		}
	case app.KindOrganization:
		o, err := orgs.read(w, id, false)
		if err != nil {
			return nil, err
		}
		r.org = o
		r.name, r.aliases, r.notes = o.Name, o.Aliases, o.Notes
		ro := &r.org
		r.fields = []actorField{
			{label: "kind", value: ro.Kind, text: &ro.Kind},
			{label: "country", value: ro.Country, text: &ro.Country},
		}
	}
	return r, nil
}

// dateWords writes a date for a note: its EDTF, and the phrase in
// parentheses.
func dateWords(d app.Date) string {
	switch {
	case d.Phrase == "":
		return d.EDTF
	case d.EDTF == "":
		return d.Phrase
	default:
		return d.EDTF + " (" + d.Phrase + ")"
	}
}

// Merge folds the person or organization dropID into keepID and deletes
// dropID, in one transaction recorded as one undo step labelled "merge
// ‘X’ into ‘Y’" (X dropped, Y kept):
//
//   - dropID's name becomes an alias of keepID, and its aliases move there;
//     a name whose nameKey equals keepID's name or an alias it already has
//     is left out (an alias note keepID lacks is taken over);
//   - relations move; one that would link keepID to itself is removed, and
//     one identical to a relation keepID has (same other party, kind, case
//     and diacritics aside, and dates) is removed after its citations move
//     to that relation;
//   - citations move, except those identical to one keepID has (same
//     source, quote and note); event participations move, except where
//     keepID takes part already; claims dropID made become keepID's;
//   - fields keepID leaves empty (role, nationality, born, died; kind,
//     country) are taken from dropID; dropID's notes, and the values of
//     fields both have but differ in, are appended to keepID's notes in a
//     paragraph beginning "Merged from ‘X’";
//   - dropID's node position in the network view is kept when keepID has
//     none.
//
// Both must be people or both organizations (EINVALID otherwise).
func (db *DB) Merge(keepID, dropID string) error {
	if keepID == dropID {
		return app.FieldError("id", "An item cannot be merged into itself; choose two different people or organizations.")
	}
	if db.readOnly {
		return db.readOnlyErr()
	}
	kk, err := db.kindOfItem(keepID)
	if err != nil {
		return err
	}
	return db.change(kk, keepID, "merge the two", func(w *writer) (string, error) {
		kd, err := kindOf(w, dropID)
		if err != nil {
			return "", err
		}
		for _, it := range []struct {
			id string
			k  app.Kind
		}{{keepID, kk}, {dropID, kd}} {
			if it.k == "" {
				return "", &app.Error{Code: app.ENOTFOUND, Field: "id", Message: fmt.Sprintf("There is no person or organization with the id %s in this case.", quoteName(it.id))}
			}
			if it.k != app.KindPerson && it.k != app.KindOrganization {
				title, _ := titleOf(w, it.k, it.id)
				return "", &app.Error{Code: app.EINVALID, Field: "id", Message: fmt.Sprintf("Only people and organizations can be merged, and %s is %s.", quoteName(truncate(title, maxLabelRunes)), withArticle(it.k.Label()))}
			}
		}
		keep, err := readActorRecord(w, kk, keepID)
		if err != nil {
			return "", err
		}
		drop, err := readActorRecord(w, kd, dropID)
		if err != nil {
			return "", err
		}
		if kk != kd {
			p, o := keep, drop
			if kk == app.KindOrganization {
				p, o = drop, keep
			}
			return "", &app.Error{Code: app.EINVALID, Field: "id", Message: fmt.Sprintf("A person cannot be merged with an organization: %s is a person and %s an organization.",
				quoteName(truncate(p.name, maxLabelRunes)), quoteName(truncate(o.name, maxLabelRunes)))}
		}
		if err := mergeOwnFields(w, keep, drop); err != nil {
			return "", err
		}
		if err := mergeRelations(w, keepID, dropID); err != nil {
			return "", err
		}
		if err := mergeCitations(w, keepID, dropID); err != nil {
			return "", err
		}
		// Participations: where keepID takes part already, dropID's row
		// goes with dropID; elsewhere it moves and keeps its place in the
		// event's list.
		if _, err := w.exec(`UPDATE event_participants SET actor = ?1 WHERE actor = ?2
			AND NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.event = event_participants.event AND p.actor = ?1)`, keepID, dropID); err != nil {
			return "", err
		}
		if _, err := w.exec("UPDATE claims SET claimant = ? WHERE claimant = ?", keepID, dropID); err != nil {
			return "", err
		}
		if db.version >= positionsVersion {
			if _, err := w.exec(`UPDATE node_positions SET item = ?1 WHERE item = ?2
				AND NOT EXISTS (SELECT 1 FROM node_positions WHERE item = ?1)`, keepID, dropID); err != nil {
				return "", err
			}
		}
		table := "people"
		if kk == app.KindOrganization {
			table = "organizations"
		}
		if _, err := w.exec("DELETE FROM "+table+" WHERE id = ?", dropID); err != nil {
			return "", err
		}
		return "merge " + quoteName(truncate(drop.name, maxLabelRunes)) + " into " + quoteName(truncate(keep.name, maxLabelRunes)), nil
	})
}

// mergeOwnFields gives keep dropID's name as an alias, its aliases, the
// fields keep lacks and a note of the rest, and writes keep.
func mergeOwnFields(w *writer, keep, drop *actorRecord) error {
	// Aliases.
	aliases := append([]app.Alias(nil), keep.aliases...)
	seen := map[string]int{nameKey(keep.name): -1}
	for i, a := range aliases {
		if _, ok := seen[nameKey(a.Name)]; !ok {
			seen[nameKey(a.Name)] = i
		}
	}
	for _, a := range append([]app.Alias{{Name: drop.name}}, drop.aliases...) {
		k := nameKey(a.Name)
		if i, ok := seen[k]; ok {
			if i >= 0 && aliases[i].Note == "" && a.Note != "" {
				aliases[i].Note = a.Note
			}
			continue
		}
		seen[k] = len(aliases)
		aliases = append(aliases, a)
	}
	// Fields, and the note of what could not be kept in them.
	var differ []string
	for i := range keep.fields {
		kf, df := &keep.fields[i], drop.fields[i]
		switch {
		case df.value == "" || df.value == kf.value:
		case kf.value == "":
			if kf.text != nil {
				*kf.text = *df.text
			} else {
				*kf.date = *df.date
			}
		default:
			differ = append(differ, df.label+": "+df.value)
		}
	}
	notes := keep.notes
	if drop.notes != "" || len(differ) > 0 {
		para := "Merged from " + quoteName(drop.name)
		if len(differ) > 0 {
			para += " (" + strings.Join(differ, "; ") + ")"
		}
		if drop.notes != "" {
			para += ": " + drop.notes
		} else {
			para += "."
		}
		if notes != "" {
			notes += "\n\n"
		}
		notes += para
	}
	switch keep.kind {
	case app.KindPerson:
		p := keep.person
		p.Aliases, p.Notes = aliases, notes
		if err := p.Validate(); err != nil {
			return mergeInvalid(err, keep.name)
		}
		return ignoreUnchanged(people.save(w, &p))
	default:
		o := keep.org
		o.Aliases, o.Notes = aliases, notes
		if err := o.Validate(); err != nil {
			return mergeInvalid(err, keep.name)
		}
		return ignoreUnchanged(orgs.save(w, &o))
	}
}

// ignoreUnchanged treats "nothing to write" as success: a merge changes
// the kept item's fields only where the dropped one adds something.
func ignoreUnchanged(err error) error {
	if errors.Is(err, errUnchanged) {
		return nil
	}
	return err
}

// mergeInvalid explains a merged item that would break a rule (notes too
// long together).
func mergeInvalid(err error, name string) error {
	return &app.Error{Code: app.EINVALID, Field: app.ErrorField(err),
		Message: fmt.Sprintf("The two cannot be merged: %s would break a rule (%s)", quoteName(truncate(name, maxLabelRunes)), strings.TrimSuffix(app.ErrorMessage(err), ".")) + ".", Err: err}
}

// mergeRelations moves dropID's relations to keepID (see Merge).
func mergeRelations(w *writer, keepID, dropID string) error {
	rows, err := w.Query("SELECT "+relationCols+" FROM relations WHERE from_actor = ?1 OR to_actor = ?1 ORDER BY seq", dropID)
	if err != nil {
		return err
	}
	var rs []app.Relation
	for rows.Next() {
		r, err := scanRelation(rows)
		if err != nil {
			rows.Close()
			return err
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range rs {
		if r.From == dropID {
			r.From = keepID
		}
		if r.To == dropID {
			r.To = keepID
		}
		if r.From == r.To {
			if _, err := w.exec("DELETE FROM relations WHERE id = ?", r.ID); err != nil {
				return err
			}
			continue
		}
		twin, err := twinRelation(w, r)
		if err != nil {
			return err
		}
		if twin != "" {
			if err := mergeCitations(w, twin, r.ID); err != nil {
				return err
			}
			if _, err := w.exec("DELETE FROM relations WHERE id = ?", r.ID); err != nil {
				return err
			}
			continue
		}
		if _, err := w.exec("UPDATE relations SET from_actor = ?, to_actor = ? WHERE id = ?", r.From, r.To, r.ID); err != nil {
			return err
		}
	}
	return nil
}

// twinRelation returns the id of another relation with r's ends, kind
// (case and diacritics aside) and dates, or "".
func twinRelation(w *writer, r app.Relation) (string, error) {
	rows, err := w.Query("SELECT "+relationCols+" FROM relations WHERE from_actor = ? AND to_actor = ? AND id <> ? ORDER BY seq", r.From, r.To, r.ID)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		o, err := scanRelation(rows)
		if err != nil {
			return "", err
		}
		if app.Fold(strings.TrimSpace(o.Kind)) == app.Fold(strings.TrimSpace(r.Kind)) && o.Start == r.Start && o.End == r.End {
			return o.ID, nil
		}
	}
	return "", rows.Err()
}

// mergeCitations moves the citations of item from to item to, except those
// identical to one to has already (they go when from is deleted).
func mergeCitations(w *writer, to, from string) error {
	have, err := readCitations(w, to)
	if err != nil {
		return err
	}
	moving, err := readCitations(w, from)
	if err != nil {
		return err
	}
	for _, c := range moving {
		dup := false
		for _, h := range have {
			if h.Source == c.Source && h.Note == c.Note && sameQuote(h.Quote, c.Quote) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if _, err := w.exec("UPDATE citations SET item = ? WHERE id = ?", to, c.ID); err != nil {
			return err
		}
		have = append(have, c)
	}
	return nil
}

// withArticle puts "a" or "an" before a kind's label.
func withArticle(label string) string {
	if label != "" && strings.ContainsRune("aeiou", rune(label[0])) {
		return "an " + label
	}
	return "a " + label
}
