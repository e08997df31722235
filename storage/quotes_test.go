package storage

import (
	"strings"
	"testing"

	"casefile/app"
)

func TestMoveQuotesIsOneUndoStep(t *testing.T) {
	text := "Police raided the camp on Tuesday. Some 100 were hurt."
	db := mustCreate(t, app.CaseData{
		Case:    app.Case{Title: "Quotes"},
		Sources: []app.Source{{ID: "s", Title: "Report", Text: text}},
		Events: []app.Event{{ID: "e", Title: "Raid", Date: app.Date{EDTF: "2023-06-20"}, Citations: []app.Citation{
			{Source: "s", Quote: &app.Quote{Exact: "raided", Start: 7, End: 13}},
		}}},
		Annotations: []app.Annotation{{ID: "n", Source: "s", Note: "check", Quote: &app.Quote{Exact: "Some 100", Start: 35, End: 43}}},
	})
	defer db.Close()
	before := mustLoad(t, db)
	edited := "Yesterday police raided the camp on Tuesday. Some 100 were hurt."
	src := before.Sources[0]
	src.Text = edited
	if err := db.UpdateSource(src); err != nil {
		t.Fatal(err)
	}
	afterText := mustLoad(t, db)
	cite := afterText.Events[0].Citations[0]
	moves := []app.QuoteMove{
		{Citation: cite.ID, Quote: app.Quote{Exact: "raided", Prefix: "police ", Start: 17, End: 23}},
		{Annotation: "n", Quote: app.Quote{Exact: "Some 100", Start: 45, End: 53}},
	}
	if err := db.MoveQuotes("s", moves); err != nil {
		t.Fatal(err)
	}
	if got := db.UndoLabel(); got != "move 2 quotes with the text of ‘Report’" {
		t.Errorf("undo label %q", got)
	}
	moved := mustLoad(t, db)
	if q := moved.Events[0].Citations[0].Quote; q.Start != 17 || q.End != 23 || q.Prefix != "police " {
		t.Errorf("citation quote %+v", q)
	}
	if q := moved.Annotations[0].Quote; q.Start != 45 || q.End != 53 {
		t.Errorf("annotation quote %+v", q)
	}
	if _, err := db.Undo(); err != nil {
		t.Fatal(err)
	}
	sameCase(t, "after one undo", mustLoad(t, db), afterText)

	// A quote of another source, or an unknown id, moves nothing.
	err := db.MoveQuotes("s", []app.QuoteMove{{Citation: "nope", Quote: app.Quote{Exact: "x", Start: 0, End: 1}}})
	wantCode(t, err, app.ENOTFOUND)
	err = db.MoveQuotes("s", []app.QuoteMove{{Quote: app.Quote{Exact: "x", Start: 0, End: 1}}})
	if app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "citation or one annotation") {
		t.Errorf("a move naming nothing: %v", err)
	}
	sameCase(t, "after refused moves", mustLoad(t, db), afterText)
}
