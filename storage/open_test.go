package storage

import (
	"database/sql"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"casefile/app"
)

// newCaseFile writes a case file holding sampleCase at dir/name, closed.
func newCaseFile(tb testing.TB, dir, name string) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	db, err := Create(path, sampleCase(), false)
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// rawExec runs SQL on a file with a plain connection (no checks).
func rawExec(tb testing.TB, path, q string) {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(q); err != nil {
		tb.Fatal(err)
	}
}

func TestOpenRefusesSafely(t *testing.T) {
	type tc struct {
		name string
		code string
		want string // in the message
		make func(t *testing.T, path string)
	}
	write := func(b []byte) func(*testing.T, string) {
		return func(t *testing.T, path string) {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	random := make([]byte, 8192)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	cases := []tc{
		{"empty.casefile", app.ENOTCASE, "is empty", write(nil)},
		{"notes.casefile", app.ENOTCASE, "is not a Casefile case file", write([]byte("Meeting notes\nNothing here.\n"))},
		{"case.json", app.ENOTCASE, "import it instead", write([]byte(`{"casefile": 1, "case": {"title": "x"}}`))},
		{"random.casefile", app.ENOTCASE, "is not a Casefile case file", write(random)},
		{"header-only.casefile", app.ENOTCASE, "is not a Casefile case file", write([]byte("SQLite format 3\x00"))},
		{"other.db", app.ENOTCASE, "database of another program", func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
		}},
		{"otherid.casefile", app.ENOTCASE, "database of another program", func(t *testing.T, path string) {
			rawExec(t, path, "PRAGMA application_id = 1234; CREATE TABLE t (x)")
		}},
		{"v0.casefile", app.ENOTCASE, "never completely written", func(t *testing.T, path string) {
			rawExec(t, path, "PRAGMA application_id = 1128354629; CREATE TABLE t (x)")
		}},
		{"truncated.casefile", app.ENOTCASE, "shorter than it should be", func(t *testing.T, path string) {
			newCaseFile(t, filepath.Dir(path), filepath.Base(path))
			fi, _ := os.Stat(path)
			os.Truncate(path, fi.Size()/2)
		}},
		{"cut.casefile", app.ENOTCASE, "shorter than it should be", func(t *testing.T, path string) {
			newCaseFile(t, filepath.Dir(path), filepath.Base(path))
			fi, _ := os.Stat(path)
			os.Truncate(path, fi.Size()-100)
		}},
		{"corrupt.casefile", app.ENOTCASE, "is damaged", func(t *testing.T, path string) {
			newCaseFile(t, filepath.Dir(path), filepath.Base(path))
			b, _ := os.ReadFile(path)
			// Overwrite every page after the first few (tables and
			// indexes) with noise, keeping the header intact.
			for i := 4096 * 3; i < len(b); i++ {
				b[i] = byte(rng.UintN(256))
			}
			os.WriteFile(path, b, 0o644)
		}},
		{"newer.casefile", app.ECONFLICT, "newer version of Casefile", func(t *testing.T, path string) {
			newCaseFile(t, filepath.Dir(path), filepath.Base(path))
			rawExec(t, path, "PRAGMA user_version = 99")
		}},
	}
	// opensRO are the refusals that opening read-only gets round.
	opensRO := map[string]bool{"newer.casefile": true}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, c.name)
			c.make(t, path)
			sum, names := fileSHA(t, path), dirNames(t, dir)
			db, err := Open(path, Options{})
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if db != nil {
				t.Error("non-nil store with an error")
			}
			wantCode(t, err, c.code)
			msg := app.ErrorMessage(err)
			t.Logf("%s", msg)
			if !strings.Contains(msg, c.want) {
				t.Errorf("message %q lacks %q", msg, c.want)
			}
			oneSentence(t, msg, c.name)
			if app.OpensReadOnly(err) != opensRO[c.name] {
				t.Errorf("OpensReadOnly = %v, want %v", !opensRO[c.name], opensRO[c.name])
			}
			if fileSHA(t, path) != sum {
				t.Error("the file changed")
			}
			if got := dirNames(t, dir); !reflect.DeepEqual(got, names) {
				t.Errorf("files beside it: %v, want %v", got, names)
			}
			// Opener returns a nil interface on error.
			if st, err := (Opener{}).Open(path, false); st != nil || err == nil {
				t.Errorf("Opener.Open = %v, %v", st, err)
			}
		})
	}
}

func TestOpenMissingAndFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing.casefile")
	_, err := Open(path, Options{})
	wantCode(t, err, app.ENOTFOUND)
	oneSentence(t, app.ErrorMessage(err), "missing.casefile")
	_, err = Open(path, Options{ReadOnly: true})
	wantCode(t, err, app.ENOTFOUND)
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("files created: %v", names)
	}
	sub := filepath.Join(dir, "folder.casefile")
	os.Mkdir(sub, 0o755)
	_, err = Open(sub, Options{})
	wantCode(t, err, app.ENOTCASE)
	oneSentence(t, app.ErrorMessage(err), "folder.casefile")
	if names := dirNames(t, sub); len(names) != 0 {
		t.Errorf("files created: %v", names)
	}
}

func TestOpenNewerReadOnly(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "newer.casefile")
	rawExec(t, path, "PRAGMA user_version = 99")
	sum := fileSHA(t, path)
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ro, why := db.ReadOnly()
	if !ro || !strings.Contains(why, "newer version") {
		t.Errorf("ReadOnly() = %v, %q", ro, why)
	}
	if d := mustLoad(t, db); d.Case.Title != "Ashraf-3 raid" {
		t.Errorf("loaded %+v", d.Case)
	}
	wantCode(t, db.CreateSource(&app.Source{Title: "x"}), app.EREADONLY)
	db.Close()
	if fileSHA(t, path) != sum {
		t.Error("the file changed")
	}
}

func TestOpenReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "locked.casefile")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	sum, names := fileSHA(t, path), dirNames(t, dir)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ro, why := db.ReadOnly()
	if !ro || !strings.Contains(why, "read-only file") {
		t.Errorf("ReadOnly() = %v, %q", ro, why)
	}
	mustLoad(t, db)
	mustSearch(t, db, "cuci")
	if _, err := db.Check(); err != nil {
		t.Error(err)
	}
	for _, err := range []error{
		db.CreateSource(&app.Source{Title: "x"}),
		db.UpdateCase(app.Case{Title: "x"}),
		db.DeletePerson("p1"),
		db.AddCitation(&app.Citation{Item: "p1", Source: "s1"}),
		func() error { _, err := db.Undo(); return err }(),
	} {
		wantCode(t, err, app.EREADONLY)
	}
	if !strings.Contains(app.ErrorMessage(db.DeletePerson("p1")), "read-only") {
		t.Error("message does not say read-only")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if fileSHA(t, path) != sum {
		t.Error("the file changed")
	}
	if got := dirNames(t, dir); !reflect.DeepEqual(got, names) {
		t.Errorf("files beside it: %v, want %v", got, names)
	}
	// Asking for read-only gives the plain reason.
	os.Chmod(path, 0o644)
	db, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ro, why := db.ReadOnly(); !ro || why != "The case was opened read-only." {
		t.Errorf("ReadOnly() = %v, %q", ro, why)
	}
}

func TestOpenTwiceInProcess(t *testing.T) {
	db := mustOpen(t)
	_, err := Open(db.Path(), Options{})
	wantCode(t, err, app.ECONFLICT)
	oneSentence(t, app.ErrorMessage(err), "test.casefile")
	ro, err := Open(db.Path(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, why := ro.ReadOnly(); !strings.Contains(why, "read-only copy") {
		t.Errorf("reason %q", why)
	}
	sameCase(t, "snapshot", mustLoad(t, ro), mustLoad(t, db))
	// The first store still works.
	if err := db.CreateSource(&app.Source{Title: "x"}); err != nil {
		t.Fatal(err)
	}
}

func TestOpenElsewhere(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "shared.casefile")
	c := startChild(t, "hold", path)
	defer c.kill()
	sum := fileSHA(t, path)
	_, err := Open(path, Options{})
	wantCode(t, err, app.ECONFLICT)
	msg := app.ErrorMessage(err)
	if !strings.Contains(msg, "is open in another Casefile window or program") {
		t.Errorf("message %q", msg)
	}
	oneSentence(t, msg, "shared.casefile")
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ro, why := db.ReadOnly(); !ro || !strings.Contains(why, "is open in another Casefile window or program") {
		t.Errorf("ReadOnly() = %v, %q", ro, why)
	}
	if d := mustLoad(t, db); len(d.Events) != 2 {
		t.Errorf("snapshot: %d events", len(d.Events))
	}
	if hits := mustSearch(t, db, "cuci"); len(hits) == 0 {
		t.Error("snapshot search found nothing")
	}
	db.Close()
	// Create refuses to replace a case open elsewhere.
	_, err = Create(path, sampleCase(), true)
	wantCode(t, err, app.ECONFLICT)
	if fileSHA(t, path) != sum {
		t.Error("the file changed")
	}
	c.stop()
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatalf("after the other program closed it: %v", err)
	}
	db.Close()
}

func TestCloseReleasesAndCleansUp(t *testing.T) {
	dir := t.TempDir()
	path := newCaseFile(t, dir, "a.casefile")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateSource(&app.Source{Title: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := db.Load(); err == nil {
		t.Error("Load after Close worked")
	}
	if got := dirNames(t, dir); !reflect.DeepEqual(got, []string{"a.casefile"}) {
		t.Errorf("files after close: %v", got)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}
