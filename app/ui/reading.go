package ui

import (
	"casefile/app"
)

// openQuote opens the Sources tab on source src, scrolled to the quote q
// and with it selected (Back returns).
func (cw *caseWindow) openQuote(src string, q app.Quote) {
	if cw.idx().Source(src) == nil {
		return
	}
	cw.goTo(app.KindSource, src)
	cw.sources.Reveal(q)
}
