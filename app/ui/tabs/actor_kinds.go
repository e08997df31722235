package tabs

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
	"casefile/app/session"
	"casefile/app/ui/itemedit"
	"casefile/app/ui/kit"
)

// peopleKind is what the People tab lists and how it words it.
var peopleKind = &actorKind[app.Person]{
	kind: app.KindPerson, title: "People", icon: theme.AccountIcon,
	plural: "people", noun: "person",
	namePlaceholder: "Full name as usually written",
	detailSort:      "Role",
	emptyText:       "Select a person on the left, or add one with “Add person”.",
	mergeNote:       "The same person entered twice? Merge this entry into the other.",
	subj:            "They are", obj: "them", poss: "Their",
	newTitle: "New person",
	newFields: []newItemField{
		{label: "Name", placeholder: "Full name", validate: kit.RequiredText("person's name")},
		{label: "Role", placeholder: "optional: spokesperson, minister…"},
	},
	fromNew: func(v []string) app.Person { return app.Person{Name: v[0], Role: v[1]} },
	texts: []actorText[app.Person]{
		{key: "role", label: "Role", placeholder: "e.g. spokesperson, minister, witness", field: func(p *app.Person) *string { return &p.Role }},
		{key: "nationality", label: "Nationality", field: func(p *app.Person) *string { return &p.Nationality }},
	},
	dates: []actorDate[app.Person]{
		{key: "born", label: "Born", field: func(p *app.Person) *app.Date { return &p.Born }},
		{key: "died", label: "Died", field: func(p *app.Person) *app.Date { return &p.Died }},
	},
	get: (*session.Index).Person,
	parts: func(p *app.Person) actorParts {
		return actorParts{id: p.ID, name: &p.Name, aliases: &p.Aliases, notes: &p.Notes, citations: &p.Citations}
	},
	validate:   (*app.Person).Validate,
	update:     (*session.Session).UpdatePerson,
	create:     (*session.Session).CreatePerson,
	remove:     (*session.Session).DeletePerson,
	notDeleted: "The person was not deleted",
}

// orgsKind is what the Organizations tab lists and how it words it.
var orgsKind = &actorKind[app.Organization]{
	kind: app.KindOrganization, title: "Organizations",
	icon:   func() fyne.Resource { return theme.NewThemedResource(kit.IconGovernment) },
	plural: "organizations", noun: "organization",
	namePlaceholder: "Name as usually written",
	detailSort:      "Kind",
	emptyText:       "Select an organization on the left, or add one with “Add organization”.",
	mergeNote:       "The same organization entered twice? Merge this entry into the other.",
	subj:            "It is", obj: "it", poss: "Its",
	newTitle: "New organization",
	newFields: []newItemField{
		{label: "Name", placeholder: "Name", validate: kit.RequiredText("organization's name")},
		{label: "Kind", placeholder: "optional: ministry, party, newspaper…"},
	},
	fromNew: func(v []string) app.Organization { return app.Organization{Name: v[0], Kind: v[1]} },
	texts: []actorText[app.Organization]{
		{key: "kind", label: "Kind", placeholder: "e.g. ministry, party, armed group, court, newspaper", field: func(o *app.Organization) *string { return &o.Kind }},
		{key: "country", label: "Country", field: func(o *app.Organization) *string { return &o.Country }},
	},
	get: (*session.Index).Organization,
	parts: func(o *app.Organization) actorParts {
		return actorParts{id: o.ID, name: &o.Name, aliases: &o.Aliases, notes: &o.Notes, citations: &o.Citations}
	},
	validate:   (*app.Organization).Validate,
	update:     (*session.Session).UpdateOrganization,
	create:     (*session.Session).CreateOrganization,
	remove:     (*session.Session).DeleteOrganization,
	notDeleted: "The organization was not deleted",
}

// showEventsOf lists, as links, the events an actor took part in.
func showEventsOf(deps *Deps, links *kit.Links, actor string) {
	rows := deps.Host.Index().Rows(app.KindEvent)
	var mine []session.Row
	for i := range deps.Host.Index().Data().Events {
		if i < len(rows) && slices.Contains(deps.Host.Index().Data().Events[i].Participants, actor) {
			mine = append(mine, rows[i])
		}
	}
	n := len(mine)
	items := make([]kit.LinkItem, 0, min(n, 50))
	for k, i := range session.SortedOrder(mine, session.ByDate) {
		if k == 50 {
			break
		}
		it := itemedit.LinkItem(deps.Host, app.KindEvent, mine[i].ID)
		it.Side = mine[i].Detail
		items = append(items, it)
	}
	more := ""
	if n > 50 {
		more = fmt.Sprintf("… and %d more.", n-50)
	}
	links.SetFolded(actor, items, "Not a participant in any event yet (add participants on the Timeline).", more)
}

// actorConsequences says what deleting a person or organization takes
// with it.
func actorConsequences(x *session.Index, id string, citations int, subj, obj, poss string) string {
	var goes []string
	if n := len(x.RelationsOf(id)); n > 0 {
		goes = append(goes, app.Plural(n, "relation"))
	}
	if citations > 0 {
		goes = append(goes, app.Plural(citations, "citation"))
	}
	out := ""
	if len(goes) > 0 {
		out = poss + " " + app.JoinAnd(goes) + " go with " + obj + "."
	}
	events, claims := 0, 0
	for _, e := range x.Data().Events {
		for _, p := range e.Participants {
			if p == id {
				events++
				break
			}
		}
	}
	for _, f := range x.Data().Figures {
		for _, c := range f.Claims {
			if c.Claimant == id {
				claims++
			}
		}
	}
	if events > 0 {
		out = kit.JoinNonEmpty(" ", out, fmt.Sprintf("%s removed from the participants of %s.", subj, app.Plural(events, "event")))
	}
	if claims > 0 {
		out = kit.JoinNonEmpty(" ", out, fmt.Sprintf("%s lose their claimant.", app.Plural(claims, "claim")))
	}
	return out
}
