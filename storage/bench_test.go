package storage

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"casefile/app"
	"casefile/internal/casegen"
)

var (
	largeOnce sync.Once
	largeData app.CaseData
	largeDir  string
	largePath string
	largeErr  error
)

// largeCase returns casegen.Large() and a closed case file holding it,
// made once per test binary in a temp folder that TestMain removes.
func largeCase(b *testing.B) (app.CaseData, string) {
	b.Helper()
	largeOnce.Do(func() {
		largeData = casegen.Large()
		largeDir, largeErr = os.MkdirTemp("", "casefile-bench-")
		if largeErr != nil {
			return
		}
		largePath = filepath.Join(largeDir, "large.casefile")
		var db *DB
		db, largeErr = Create(largePath, largeData, false)
		if largeErr == nil {
			largeErr = db.Close()
		}
	})
	if largeErr != nil {
		b.Fatal(largeErr)
	}
	return largeData, largePath
}

// copyOfLarge copies the large case file into the benchmark's temp folder.
func copyOfLarge(b *testing.B) string {
	_, src := largeCase(b)
	dst := filepath.Join(b.TempDir(), "copy.casefile")
	if err := copyFile(src, dst); err != nil {
		b.Fatal(err)
	}
	return dst
}

// cpuMetric reports the process's CPU time per iteration beside the wall
// time, which on a busy shared machine says more about the code.
func cpuMetric(b *testing.B) func() {
	c0 := cpuTime()
	return func() {
		b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

func BenchmarkOpenLoad(b *testing.B) {
	path := copyOfLarge(b)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	defer b.ReportMetric(float64(fi.Size())/1e6, "MB-file")
	b.ResetTimer()
	defer cpuMetric(b)()
	for b.Loop() {
		db, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		d, err := db.Load()
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Events) != 10_000 {
			b.Fatalf("%d events", len(d.Events))
		}
		db.Close()
	}
}

// BenchmarkEditField changes one event's title per iteration: one
// transaction with its fsyncs, undo log and search index upkeep.
func BenchmarkEditField(b *testing.B) {
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	e, err := db.Event("event-05000")
	if err != nil {
		b.Fatal(err)
	}
	base := e.Title
	defer cpuMetric(b)()
	var times []time.Duration
	i := 0
	for b.Loop() {
		i++
		e.Title = fmt.Sprintf("%s (%d)", base, i)
		t0 := time.Now()
		if err := db.UpdateEvent(e); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
}

func BenchmarkSearch(b *testing.B) {
	path := copyOfLarge(b)
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"cuci", "ministry raid", "mërkuri durres", "some 1"} {
		b.Run(q, func(b *testing.B) {
			defer cpuMetric(b)()
			n := 0
			for b.Loop() {
				hits, err := db.Search(q, 50)
				if err != nil {
					b.Fatal(err)
				}
				n = len(hits)
			}
			if n == 0 {
				b.Fatalf("%q found nothing", q)
			}
		})
	}
}

// BenchmarkCreateLarge imports casegen.Large() into a new case file:
// validation, reference checks, search index, fsync, rename, and the open
// that follows (quick_check). Generating the data is not timed.
func BenchmarkCreateLarge(b *testing.B) {
	data, _ := largeCase(b)
	dir := b.TempDir()
	b.ResetTimer()
	defer cpuMetric(b)()
	for b.Loop() {
		db, err := Create(filepath.Join(dir, "new.casefile"), data, true)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// BenchmarkPlainInsertBaseline inserts the same rows into the same tables
// with plain prepared INSERTs in one transaction, without validation,
// reference checks or search index upkeep (the schema's triggers are
// dropped first), with the same connection settings as Create: the floor
// that Create's cost can be compared with.
func BenchmarkPlainInsertBaseline(b *testing.B) {
	data, _ := largeCase(b)
	dir := b.TempDir()
	b.ResetTimer()
	defer cpuMetric(b)()
	for b.Loop() {
		path := filepath.Join(dir, "plain.casefile")
		os.Remove(path)
		if err := plainInsert(path, data); err != nil {
			b.Fatal(err)
		}
	}
}

func plainInsert(path string, d app.CaseData) error {
	sdb, err := sql.Open("sqlite3", fileURI(path, "mode=rwc&_journal_mode=OFF&_synchronous=OFF&_foreign_keys=on&_locking_mode=EXCLUSIVE&_txlock=immediate"))
	if err != nil {
		return err
	}
	defer sdb.Close()
	sdb.SetMaxOpenConns(1)
	tx, err := sdb.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, m := range migrations {
		if _, err := tx.Exec(m.sql); err != nil {
			return err
		}
	}
	rows, err := tx.Query("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
	if err != nil {
		return err
	}
	var triggers []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		triggers = append(triggers, n)
	}
	rows.Close()
	for _, t := range triggers {
		if _, err := tx.Exec("DROP TRIGGER " + ident(t)); err != nil {
			return err
		}
	}
	w := newWriter(tx)
	defer w.close()
	item := func(id string, k app.Kind) error {
		_, err := w.exec("INSERT INTO items (id, kind) VALUES (?, ?)", id, string(k))
		return err
	}
	n := 0
	cites := func(item string, cs []app.Citation) error {
		for _, c := range cs {
			n++
			if _, err := w.exec("INSERT INTO citations ("+citationCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				append([]any{fmt.Sprintf("citation-%d", n), item, c.Source, c.Note}, quoteArgs(c.Quote)...)...); err != nil {
				return err
			}
		}
		return nil
	}
	must := func(_ sql.Result, err error) {
		if err != nil {
			panic(err)
		}
	}
	for i := range d.Sources {
		s := &d.Sources[i]
		must(nil, item(s.ID, app.KindSource))
		must(w.exec("INSERT INTO sources ("+sourceCols1+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sourceArgs(s)[:11]...))
	}
	for i := range d.People {
		p := &d.People[i]
		must(nil, item(p.ID, app.KindPerson))
		must(w.exec("INSERT INTO people ("+personCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", personArgs(p)...))
		for _, a := range p.Aliases {
			must(w.exec("INSERT INTO aliases (owner, name, note) VALUES (?, ?, ?)", p.ID, a.Name, a.Note))
		}
		must(nil, cites(p.ID, p.Citations))
	}
	for i := range d.Organizations {
		o := &d.Organizations[i]
		must(nil, item(o.ID, app.KindOrganization))
		must(w.exec("INSERT INTO organizations ("+orgCols+") VALUES (?, ?, ?, ?, ?)", orgArgs(o)...))
		for _, a := range o.Aliases {
			must(w.exec("INSERT INTO aliases (owner, name, note) VALUES (?, ?, ?)", o.ID, a.Name, a.Note))
		}
		must(nil, cites(o.ID, o.Citations))
	}
	for i := range d.Relations {
		r := &d.Relations[i]
		must(nil, item(r.ID, app.KindRelation))
		must(w.exec("INSERT INTO relations ("+relationCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", relationArgs(r)...))
		must(nil, cites(r.ID, r.Citations))
	}
	for i := range d.Events {
		e := &d.Events[i]
		must(nil, item(e.ID, app.KindEvent))
		must(w.exec("INSERT INTO events ("+eventCols+") VALUES (?, ?, ?, ?, ?, ?, ?)", eventArgs(e)...))
		for _, p := range e.Participants {
			must(w.exec("INSERT INTO event_participants (event, actor) VALUES (?, ?)", e.ID, p))
		}
		must(nil, cites(e.ID, e.Citations))
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		must(nil, item(f.ID, app.KindFigure))
		must(w.exec("INSERT INTO figures ("+figureCols+") VALUES (?, ?, ?, ?, ?, ?)", figureArgs(f)...))
		for j := range f.Claims {
			c := &f.Claims[j]
			must(nil, item(c.ID, app.KindClaim))
			must(w.exec("INSERT INTO claims ("+claimCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claimArgs(c)...))
			must(nil, cites(c.ID, c.Citations))
		}
	}
	for i := range d.Annotations {
		a := &d.Annotations[i]
		must(nil, item(a.ID, app.KindAnnotation))
		must(w.exec("INSERT INTO annotations ("+annotationCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
			append([]any{a.ID, a.Source, a.Note}, quoteArgs(a.Quote)...)...))
	}
	w.close()
	return tx.Commit()
}
