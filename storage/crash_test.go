package storage

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCrashLosesNothing kills a process that is making edits with SIGKILL
// at random moments and checks, each time, that the file is intact, that
// every edit whose commit had returned is there, and that no edit is there
// in part. Each edit adds an event with three participants and a citation
// in one transaction.
func TestCrashLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	path := newCaseFile(t, dir, "crash.casefile")
	rng := rand.New(rand.NewPCG(7, uint64(time.Now().UnixNano())))
	acked := map[string]bool{}
	rounds, hot := 40, 0
	deadline := time.Now().Add(15 * time.Second)
	for round := 0; round < rounds; round++ {
		if time.Now().After(deadline) && round >= 30 {
			t.Logf("stopping after %d rounds to keep the test short", round)
			break
		}
		c := startChild(t, "edit", path)
		time.Sleep(time.Duration(rng.IntN(60_000)) * time.Microsecond)
		c.kill()
		n := 0
		for l := range c.lines {
			if strings.HasPrefix(l, "error:") {
				t.Fatalf("round %d: child: %s", round, l)
			}
			acked[l] = true
			n++
		}
		if hotJournal(path) {
			hot++
		}
		db, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("round %d: open after kill: %v", round, err)
		}
		r, err := db.Check()
		if err != nil || !r.OK() {
			t.Fatalf("round %d: check: %+v, %v", round, r, err)
		}
		d := mustLoad(t, db)
		present := map[string]bool{}
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Title, "Crash test event") {
				continue
			}
			present[e.ID] = true
			if len(e.Participants) != 3 || len(e.Citations) != 1 {
				t.Fatalf("round %d: event %s is there in part: %d participants, %d citations", round, e.ID, len(e.Participants), len(e.Citations))
			}
		}
		for id := range acked {
			if !present[id] {
				t.Fatalf("round %d: acknowledged event %s is lost", round, id)
			}
		}
		// The search index agrees with the events.
		var indexed int
		db.sql.QueryRow("SELECT count(*) FROM search WHERE search MATCH '\"crash\"' AND field = 'title'").Scan(&indexed)
		if indexed != len(present) {
			t.Fatalf("round %d: %d events, %d in the search index", round, len(present), indexed)
		}
		db.Close()
		if testing.Verbose() {
			t.Logf("round %d: %d edits acknowledged, %d events in all", round, n, len(present))
		}
	}
	t.Logf("%d acknowledged edits survived; %d kills left a journal to roll back", len(acked), hot)
	if len(acked) == 0 {
		t.Error("no edit was acknowledged; the test tested nothing")
	}
	_ = filepath.Join
}
