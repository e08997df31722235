package session

import (
	"slices"

	"casefile/app"
)

// ImportSource adds a source read from a file (see app.Store.ImportSource):
// the source, its page map and its details, with the file's bytes kept in
// the case when at most app.MaxOriginalBytes. Its id and Original are
// written back into src. To import an e-mail's attachment, set
// src.AttachedTo to the mail's source id.
func (s *Session) ImportSource(src *app.Source, name, mediaType string, data []byte) error {
	if err := s.store.ImportSource(src, name, mediaType, data); err != nil {
		return err
	}
	s.idx.putSource(*src)
	c := changed(string(app.KindSource), src.ID)
	if src.AttachedTo != "" {
		c = changed(string(app.KindSource), src.ID, string(app.KindSource), src.AttachedTo)
	}
	s.notify(c)
	return nil
}

// OriginalFile returns the bytes of the file source id was imported from,
// for "Open original", with its description.
func (s *Session) OriginalFile(id string) ([]byte, app.Original, error) {
	return s.store.OriginalFile(id)
}

// Attachments lists the sources that came attached to the source id (an
// e-mail), in store order.
func (s *Session) Attachments(id string) []app.Source {
	var out []app.Source
	for _, src := range s.idx.Data().Sources {
		if src.AttachedTo == id && id != "" {
			out = append(out, src)
		}
	}
	return out
}

// QuotePages is the page or pages a citation's quote stands on in its
// source ("p. 12"; the zero PageRef for an unpaged source).
func (s *Session) QuotePages(source string, q *app.Quote) app.PageRef {
	src := s.idx.Source(source)
	if src == nil {
		return app.PageRef{}
	}
	return app.QuotePages(src, q)
}

// withMovedPages carries cur's page map over to next's text when the text
// changed but the page map was left as it was.
func withMovedPages(cur *app.Source, next app.Source) app.Source {
	if cur == nil || len(cur.Pages) == 0 || cur.Text == next.Text || !slices.Equal(cur.Pages, next.Pages) {
		return next
	}
	next.Pages = app.MovePages(cur.Pages, cur.Text, next.Text)
	return next
}
