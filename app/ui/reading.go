package ui

import (
	"casefile/app"
	"casefile/app/ui/reader"
)

// barFollow is how often the reading view's action bar follows its
// selection when the text scrolls (reader.Parts.Follow), given to the
// Sources tab through tabs.Deps. The tests place the bar themselves and
// set it to 0, so that no timer races with them.
var barFollow = reader.FollowEvery

// openQuote opens the Sources tab on source src, scrolled to the quote q
// and with it selected (Back returns).
func (cw *caseWindow) openQuote(src string, q app.Quote) {
	if cw.idx().Source(src) == nil {
		return
	}
	cw.goTo(app.KindSource, src)
	cw.sources.Reveal(q)
}
