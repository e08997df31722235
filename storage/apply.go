package storage

import (
	"errors"
	"fmt"

	"casefile/app"
)

// Apply writes a batch of new and changed items as one transaction and one
// undoable change labelled b.Label (app.Store.Apply): new items first, in
// the order sources, people, organizations, relations, events, figures
// (with their claims), claims of figures already in the case and
// annotations; then the changed items in the same order; then the
// citations added to items already in the case. Any error undoes all of it
// and names the item ("Event ‘e1’: …").
func (db *DB) Apply(b app.Batch) error {
	if b.Empty() {
		return nil
	}
	doing := "import into this case"
	if b.Item != "" {
		doing = "save the change"
	}
	return db.change(b.Kind, b.Item, doing, func(w *writer) (string, error) {
		if err := applyCreates(w, &b); err != nil {
			return "", err
		}
		if err := applyUpdates(w, &b); err != nil {
			return "", err
		}
		for i := range b.Citations {
			if b.Citations[i].ID == "" {
				b.Citations[i].ID = app.NewID(app.KindCitation)
			}
			if err := applyCitation(w, &b.Citations[i]); err != nil {
				return "", at(err, fmt.Sprintf("citations[%d].", i), "")
			}
		}
		for _, id := range b.Uncite {
			if err := deleteCitation(w, id); err != nil {
				return "", err
			}
		}
		return batchLabel(w, &b)
	})
}

// batchLabel names a batch for Undo: its own label, else the citations of
// its one item, else an import.
func batchLabel(w *writer, b *app.Batch) (string, error) {
	switch {
	case b.Label != "":
		return b.Label, nil
	case b.Item == "":
		return "import", nil
	}
	title, err := titleOf(w, b.Kind, b.Item)
	return "change the sources cited for " + b.Kind.Label() + " " + quoteName(truncate(title, maxLabelRunes)), err
}

// deleteCitation removes citation id, which must be in the case.
func deleteCitation(w *writer, id string) error {
	res, err := w.exec("DELETE FROM citations WHERE id = ?", id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return &app.Error{Code: app.ENOTFOUND, Field: "citation", Message: fmt.Sprintf("The citation %s is not in this case.", quoteName(id))}
	}
	return nil
}

// each runs fn on every element of xs, naming the failing one.
func each[T any](xs []T, what string, fn func(*T) error) error {
	for i := range xs {
		if err := fn(&xs[i]); err != nil {
			return at(err, fmt.Sprintf("%s[%d].", what, i), "")
		}
	}
	return nil
}

func applyCreates(w *writer, b *app.Batch) error {
	c := &b.Create
	return firstOf(
		func() error {
			return each(c.Sources, "sources", func(s *app.Source) error { return insertSource(w, s) })
		},
		func() error {
			return each(c.People, "people", func(p *app.Person) error { return people.insert(w, p) })
		},
		func() error {
			return each(c.Organizations, "organizations", func(o *app.Organization) error { return orgs.insert(w, o) })
		},
		func() error {
			return each(c.Relations, "relations", func(r *app.Relation) error { return insertRelation(w, r) })
		},
		func() error { return each(c.Events, "events", func(e *app.Event) error { return insertEvent(w, e) }) },
		func() error {
			return each(c.Figures, "figures", func(f *app.Figure) error { return insertFigure(w, f) })
		},
		func() error {
			return each(b.NewClaims, "claims", func(cl *app.Claim) error { return insertClaim(w, cl) })
		},
		func() error {
			return each(c.Annotations, "annotations", func(a *app.Annotation) error { return insertAnnotation(w, a) })
		},
	)
}

// unchangedOK turns errUnchanged into nil: an item of the batch that is
// already as it should be is no error.
func unchangedOK(err error) error {
	if errors.Is(err, errUnchanged) {
		return nil
	}
	return err
}

func applyUpdates(w *writer, b *app.Batch) error {
	u := &b.Update
	return firstOf(
		func() error {
			return each(u.Sources, "sources", func(s *app.Source) error {
				return unchangedOK(validThen(s.Validate, func() error { return saveSource(w, s) }))
			})
		},
		func() error {
			return each(u.People, "people", func(p *app.Person) error {
				return unchangedOK(validThen(p.Validate, func() error { return people.save(w, p) }))
			})
		},
		func() error {
			return each(u.Organizations, "organizations", func(o *app.Organization) error {
				return unchangedOK(validThen(o.Validate, func() error { return orgs.save(w, o) }))
			})
		},
		func() error {
			return each(u.Relations, "relations", func(r *app.Relation) error {
				return unchangedOK(validThen(r.Validate, func() error { return saveRelation(w, r) }))
			})
		},
		func() error {
			return each(u.Events, "events", func(e *app.Event) error {
				return unchangedOK(validThen(e.Validate, func() error { return saveEvent(w, e) }))
			})
		},
		func() error {
			return each(u.Figures, "figures", func(f *app.Figure) error {
				f.Claims = nil
				return unchangedOK(validThen(f.Validate, func() error { return saveFigure(w, f) }))
			})
		},
		func() error {
			return each(u.Annotations, "annotations", func(a *app.Annotation) error {
				return unchangedOK(validThen(a.Validate, func() error { return saveAnnotation(w, a) }))
			})
		},
		func() error {
			return each(b.UpdateClaims, "claims", func(c *app.Claim) error {
				return unchangedOK(validThen(c.Validate, func() error { return saveClaim(w, c) }))
			})
		},
	)
}

// firstOf runs the steps in order and returns the first error.
func firstOf(steps ...func() error) error {
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func validThen(validate func() error, then func() error) error {
	if err := validate(); err != nil {
		return err
	}
	return then()
}

// applyCitation adds a citation to an item already in the case.
func applyCitation(w *writer, c *app.Citation) error {
	k, err := kindOf(w, c.Item)
	if err != nil {
		return err
	}
	if k == "" {
		return &app.Error{Code: app.ENOTFOUND, Field: "item", Message: fmt.Sprintf("The cited item %s is not in this case.", quoteName(c.Item))}
	}
	if !citable[k] {
		return &app.Error{Code: app.EINVALID, Field: "item", Message: fmt.Sprintf("A %s cannot carry citations.", k.Label())}
	}
	return insertCitation(w, c)
}
