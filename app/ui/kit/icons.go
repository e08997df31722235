package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"casefile/app"
)

// FigureSupportIcon marks a figure's row: a tick where an independent
// source supports a value, a question mark where none does.
// The icons are made on first use, not at start-up: the theme's icons need
// a running Fyne app, which the command line never starts.
func FigureSupportIcon(indep bool) fyne.Resource {
	if indep {
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return theme.NewDisabledResource(theme.QuestionIcon())
}

// Icons drawn for Casefile (Material Design shapes, Apache 2.0): IconKeyEvent
// marks a key event, IconGovernment a government source, IconChart the
// figures tab, IconLink an affiliated source.
var (
	IconKeyEvent   = fyne.NewStaticResource("key-event.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"/></svg>`))
	IconGovernment = fyne.NewStaticResource("government.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M4 10h3v7H4zm6.5 0h3v7h-3zM2 19h20v3H2zm15-9h3v7h-3zm-5-9L2 6v2h20V6z"/></svg>`))
	IconChart      = fyne.NewStaticResource("chart.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M3 5h2v14H3zm4 3h9v3H7zm0 5h13v3H7zm0-8h5v2H7z"/></svg>`))
	IconLink       = fyne.NewStaticResource("link.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg>`))
)

// ActorIcon is the icon of a person (or, for app.KindOrganization, an
// organization) in links, pickers and results.
func ActorIcon(k app.Kind) fyne.Resource {
	if k == app.KindOrganization {
		return theme.NewThemedResource(IconGovernment)
	}
	return theme.AccountIcon()
}

// KindIcon is the icon of a kind of item in lists of results.
func KindIcon(k app.Kind) fyne.Resource {
	switch k {
	case app.KindPerson, app.KindOrganization:
		return ActorIcon(k)
	case app.KindEvent:
		return theme.HistoryIcon()
	case app.KindSource, app.KindAnnotation:
		return theme.DocumentIcon()
	case app.KindRelation:
		return theme.MoreHorizontalIcon()
	}
	return theme.InfoIcon()
}
