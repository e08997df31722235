// Package widgets holds Casefile's reusable custom Fyne widgets: the
// fuzzy-date entry (DateEntry), the timeline strip (Timeline, with
// NewTimelineView for its toolbar), the claim spread chart (ClaimChart) and
// the annotatable source text. They know Fyne and the app's value types,
// nothing of storage or of the window around them: each takes plain input
// (TimelineItem, ChartClaim, app.Date) and reports what the analyst does
// through On… callbacks. Each embeds widget.BaseWidget and draws through an
// unexported renderer that takes its colours and sizes from the theme.
//
// The layout rules the PDF briefing shares (chart axis, calendar ticks) come
// from app/chartlayout and app/timelinelayout; the files chartlayout.go and
// timelinelayout.go here hold the window-only rest, without Fyne.
package widgets
