package casemerge

import (
	"strconv"
	"strings"

	"casefile/app"
)

// field is one comparable field of an item of type T.
type field[T any] struct {
	name string
	// show writes the value as a user reads it; for a list, each entry.
	show func(*T) []string
	// take copies the field of src into dst.
	take func(dst, src *T)
	// list fields keep both: both adds src's entries that dst lacks.
	both func(dst, src *T)
}

// scalar is a field of one value.
func scalar[T any](name string, get func(*T) *string) field[T] {
	return field[T]{name: name,
		show: func(x *T) []string { return []string{*get(x)} },
		take: func(dst, src *T) { *get(dst) = *get(src) }}
}

// shown is a field of one value of another type, shown with show.
func shown[T any](name string, show func(*T) string, take func(dst, src *T)) field[T] {
	return field[T]{name: name, show: func(x *T) []string { return []string{show(x)} }, take: take}
}

func dateText(d app.Date) string {
	switch {
	case d.EDTF == "":
		return d.Phrase
	case d.Phrase == "":
		return d.EDTF
	}
	return d.EDTF + " (" + d.Phrase + ")"
}

func dateField[T any](name string, get func(*T) *app.Date) field[T] {
	return shown(name, func(x *T) string { return dateText(*get(x)) }, func(dst, src *T) { *get(dst) = *get(src) })
}

func aliasField[T any](get func(*T) *[]app.Alias) field[T] {
	return field[T]{name: "aliases",
		show: func(x *T) []string {
			var out []string
			for _, a := range *get(x) {
				s := a.Name
				if a.Note != "" {
					s += " (" + a.Note + ")"
				}
				out = append(out, s)
			}
			return out
		},
		take: func(dst, src *T) { *get(dst) = append([]app.Alias(nil), *get(src)...) },
		both: func(dst, src *T) {
			*get(dst) = append([]app.Alias(nil), *get(dst)...) // never write into ours
			have := map[string]int{}
			for i, a := range *get(dst) {
				have[a.Name] = i
			}
			for _, a := range *get(src) {
				if i, ok := have[a.Name]; ok {
					if (*get(dst))[i].Note == "" {
						(*get(dst))[i].Note = a.Note
					}
					continue
				}
				*get(dst) = append(*get(dst), a)
			}
		}}
}

// citeKey is what makes two citations the same: source, quote and note.
func citeKey(c app.Citation) string {
	return join(c.Source, quoteText(c.Quote), c.Note)
}

// citationField compares the citations; keeping both adds theirs that ours
// lacks (Plan.Batch writes them as new citations).
func citationField[T any](m *matcher, get func(*T) *[]app.Citation) field[T] {
	return field[T]{name: "citations",
		show: func(x *T) []string {
			var out []string
			for _, c := range *get(x) {
				s := m.name(c.Source)
				if c.Quote != nil {
					s += ": “" + app.Shorten(c.Quote.Exact, 60) + "”"
				}
				if c.Note != "" {
					s += " — " + c.Note
				}
				out = append(out, s)
			}
			return out
		},
		take: func(dst, src *T) { *get(dst) = append([]app.Citation(nil), *get(src)...) },
		both: func(dst, src *T) {
			*get(dst) = append([]app.Citation(nil), *get(dst)...)
			have := map[string]bool{}
			for _, c := range *get(dst) {
				have[citeKey(c)] = true
			}
			for _, c := range *get(src) {
				if !have[citeKey(c)] {
					*get(dst) = append(*get(dst), c)
				}
			}
		}}
}

// diff lists the fields in which theirs differs from ours. A scalar field
// is taken from theirs when ours is empty, else kept; a list field keeps
// both when theirs has entries ours lacks, and is not listed when it has
// none.
func diff[T any](fields []field[T], ours, theirs *T) []Field {
	var out []Field
	for _, f := range fields {
		o, t := f.show(ours), f.show(theirs)
		if f.both == nil {
			if o[0] == t[0] {
				continue
			}
			take := KeepOurs
			if strings.TrimSpace(o[0]) == "" {
				take = TakeTheirs
			}
			out = append(out, Field{Name: f.name, Ours: o[0], Theirs: t[0], Take: take})
			continue
		}
		have := map[string]bool{}
		for _, v := range o {
			have[v] = true
		}
		extra := false
		for _, v := range t {
			extra = extra || !have[v]
		}
		if extra {
			out = append(out, Field{Name: f.name, Ours: strings.Join(o, "; "), Theirs: strings.Join(t, "; "), List: true, Take: KeepBoth})
		}
	}
	return out
}

// merged returns ours with the choices of changes applied from theirs.
func merged[T any](fields []field[T], changes []Field, ours, theirs T) T {
	out := ours
	for _, c := range changes {
		for _, f := range fields {
			if f.name != c.Name {
				continue
			}
			switch {
			case c.Take == TakeTheirs && f.both == nil:
				f.take(&out, &theirs)
			case c.Take != KeepOurs && f.both != nil:
				f.both(&out, &theirs) // a list keeps both: nothing of ours is removed
			}
		}
	}
	return out
}

func numText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
